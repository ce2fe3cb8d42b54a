import {describe, expect, it} from 'vitest';
import {render} from 'ink-testing-library';
import {createRuntime} from '../../source/app/runtime.js';
import {App} from '../../source/ink/app.js';
import {Engine} from '../../source/engine/engine.js';
import {createTranslator} from '../../source/i18n/index.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import {STATUS_GLYPH, POINTER} from '../../source/layout/glyphs.js';
import {controllableProbes} from '../helpers/probes.js';
import {KEYS, tick, waitForFrame} from '../helpers/ink.js';

const t = createTranslator('en');

/** The app on an engine already running, as the interactive session starts it. */
function app(engine: Engine, now?: () => number) {
	const runtime = createRuntime({engine, t, title: 'goenv-tui test', sys: createFakeSystem(), columns: 80, rows: 24, ...(now ? {now} : {})});
	return render(<App runtime={runtime} />);
}

function setup(ids = ['alpha', 'beta', 'gamma']) {
	const c = controllableProbes(ids);
	const engine = new Engine({probes: c.probes, sys: createFakeSystem(), t});
	void engine.run();
	const ui = app(engine);
	return {c, engine, ui};
}

// The title, the group header of the controllable probes' family, the rows, the footer.
const rowLines = (frame: string) => frame.split('\n').slice(2, -1);

describe('checklist', () => {
	it('draws one row per check at once, then fills rows in as probes resolve, in place', async () => {
		const {c, ui} = setup();
		const first = await waitForFrame(ui.lastFrame, (f) => f.includes('goenv-tui test'));
		expect(rowLines(first)).toHaveLength(3);
		expect(first).toContain('0/3 done');

		c.finish('gamma', {status: 'error', summary: 'gamma is broken'});
		let frame = await waitForFrame(ui.lastFrame, (f) => f.includes('gamma is broken'));
		expect(rowLines(frame)[2]).toContain(`${STATUS_GLYPH.error} `);
		expect(rowLines(frame)[2]).toContain('gamma is broken');
		expect(frame).toContain('1/3 done');

		c.finish('alpha', {status: 'ok', summary: 'alpha fine'});
		c.finish('beta', {status: 'warn', summary: 'beta so-so'});
		frame = await waitForFrame(ui.lastFrame, (f) => f.includes('alpha fine') && f.includes('beta so-so'));
		const lines = rowLines(frame);
		expect(lines[0]).toContain('alpha fine');
		expect(lines[1]).toContain('beta so-so');
		expect(lines[2]).toContain('gamma is broken');
		// Counts in the header, keys in the footer.
		expect(frame.split('\n')[0]).toContain(`${STATUS_GLYPH.ok} 1`);
		expect(frame.split('\n')[0]).toContain(`${STATUS_GLYPH.warn} 1`);
		expect(frame.split('\n').at(-1)).toContain('r re-run');
		ui.unmount();
	});

	it('moves with j/k and the arrows, and r re-runs only the selected check', async () => {
		const {c, ui} = setup();
		await waitForFrame(ui.lastFrame, (f) => f.includes('0/3'));
		for (const id of ['alpha', 'beta', 'gamma']) c.finish(id, {status: 'ok', summary: `${id} done`});
		let frame = await waitForFrame(ui.lastFrame, (f) => f.includes('gamma done'));
		expect(rowLines(frame)[0]!.startsWith(POINTER)).toBe(true);

		ui.stdin.write('j');
		frame = await waitForFrame(ui.lastFrame, (f) => rowLines(f)[1]!.startsWith(POINTER));
		ui.stdin.write(KEYS.down);
		frame = await waitForFrame(ui.lastFrame, (f) => rowLines(f)[2]!.startsWith(POINTER));
		ui.stdin.write(KEYS.down); // stays on the last row
		await tick();
		expect(rowLines(ui.lastFrame()!)[2]!.startsWith(POINTER)).toBe(true);
		ui.stdin.write('k');
		frame = await waitForFrame(ui.lastFrame, (f) => rowLines(f)[1]!.startsWith(POINTER));

		ui.stdin.write('r');
		frame = await waitForFrame(ui.lastFrame, (f) => !f.includes('beta done'));
		expect(c.started('beta')).toBe(2);
		expect(c.started('alpha')).toBe(1);
		expect(c.started('gamma')).toBe(1);
		c.finish('beta', {status: 'warn', summary: 'beta changed'});
		frame = await waitForFrame(ui.lastFrame, (f) => f.includes('beta changed'));
		expect(rowLines(frame)[1]).toContain(STATUS_GLYPH.warn);

		ui.stdin.write('R');
		await waitForFrame(ui.lastFrame, (f) => f.includes('0/3'));
		expect(['alpha', 'beta', 'gamma'].map(c.started)).toEqual([2, 3, 2]);
		ui.unmount();
	});

	it('times a re-run from when it starts: no frame shows a negative elapsed time or a blank spinner', async () => {
		// A clock the test moves: the checks finish at 1 s, R is pressed 6 s later.
		let time = 0;
		const now = () => time;
		const c = controllableProbes(['alpha', 'beta']);
		const engine = new Engine({probes: c.probes, sys: createFakeSystem(), t, now});
		void engine.run();
		const ui = app(engine, now);
		await waitForFrame(ui.lastFrame, (f) => f.includes('0/2'));
		time = 1000;
		for (const id of ['alpha', 'beta']) c.finish(id, {status: 'ok', summary: `${id} done`});
		await waitForFrame(ui.lastFrame, (f) => f.includes('beta done') && !f.includes('done ·'));
		time = 7000;
		const seen = ui.frames.length;
		ui.stdin.write('R');
		await waitForFrame(ui.lastFrame, (f) => f.includes('0/2'));
		const during = ui.frames.slice(seen).filter((f) => f.includes('0/2'));
		expect(during.length).toBeGreaterThan(0);
		for (const frame of during) {
			expect(frame.split('\n')[0]).toContain('0/2 done · 0.0 s');
			for (const row of rowLines(frame)) expect(row).toMatch(/^. \S /);
		}
		ui.unmount();
	});

	it('keeps the frame within rows − 1 lines by windowing the list', async () => {
		const ids = Array.from({length: 40}, (_, i) => `check${i}`);
		const {ui} = setup(ids);
		const frame = await waitForFrame(ui.lastFrame, (f) => f.includes('goenv-tui test'));
		// The test stream has no rows; the app assumes 24.
		expect(frame.split('\n').length).toBeLessThanOrEqual(23);
		expect(frame).toContain('more');
		ui.unmount();
	});

	it('quits on q and cancels the running checks', async () => {
		const {engine, ui} = setup();
		let cancelled = false;
		const cancel = engine.cancel.bind(engine);
		engine.cancel = () => {
			cancelled = true;
			cancel();
		};
		await waitForFrame(ui.lastFrame, (f) => f.includes('0/3'));
		ui.stdin.write('q');
		await tick();
		expect(cancelled).toBe(true);
	});
});

describe('checklist groups', () => {
	it('never ends the window with a group header whose rows are all below it', async () => {
		const ids = Array.from({length: 30}, (_, i) => `check${i}`);
		const c = controllableProbes(ids, Object.fromEntries(ids.map((id, i) => [id, {family: i < 19 ? ('toolchain' as const) : ('git' as const)}])));
		const engine = new Engine({probes: c.probes, sys: createFakeSystem(), t});
		void engine.run();
		const ui = app(engine);
		const frame = await waitForFrame(ui.lastFrame, (f) => f.includes('goenv-tui test'));
		const lines = frame.split('\n');
		expect(lines[1]).toBe('Go toolchain');
		expect(lines.at(-2)).not.toBe('Git');
		expect(lines.length).toBeLessThanOrEqual(23);
		ui.unmount();
	});
});
