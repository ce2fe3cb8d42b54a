import {afterEach, describe, expect, it} from 'vitest';
import {POINTER} from '../../source/layout/glyphs.js';
import type {Probe} from '../../source/engine/probe.js';
import {renderApp, reportFileOf, TOOLCHAIN_PROBES, type AppHarness} from '../helpers/app.js';
import {KEYS, tick} from '../helpers/ink.js';
import {scriptedFixes} from '../helpers/scripted-fixes.js';
import {everyEvidence, goEnvControl, offWorld} from '../helpers/triage-world.js';

/**
 * What the screen says after something the user started has finished (a fix, an undo, a
 * journal load, a resize): each of these once showed the state of before.
 */

let app: AppHarness | undefined;
afterEach(() => app?.ui.unmount());

const rowOf = (frame: string, text: string) => frame.split('\n').find((line) => line.includes(text)) ?? '';
const settled = (frame: string) => !/\d+\/\d+ done/.test(frame) && frame.includes('GO111MODULE');
const seconds = (frame: string) => Number(/(\d+\.\d) s\s*$/m.exec(frame.split('\n')[0]!)?.[1]);

/** A check that takes its time, so the run it belongs to lasts a measurable while. */
const SLOW_MS = 400;
const slow: Probe = {
	id: 'slow',
	family: 'environment',
	title: 'probe.path-hygiene.title',
	async run() {
		await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
		return {status: 'ok', summary: 'took its time'};
	},
};

function fixApp(probes = TOOLCHAIN_PROBES) {
	const sys = offWorld();
	let harness: AppHarness | undefined;
	const fixes = scriptedFixes({...goEnvControl(sys), rerun: (ids) => harness!.engine.run(ids)});
	return {
		sys,
		fixes,
		async start() {
			app = harness = await renderApp({sys, fixes: fixes.api, probes});
			await app.wait(settled);
			return app;
		},
	};
}

describe('after a fix and its undo', () => {
	it('the header still says how long the checks took, and so does the report written then', async () => {
		const world = fixApp([...TOOLCHAIN_PROBES, slow]);
		const harness = await world.start();
		await harness.wait((f) => settled(f) && rowOf(f, 'PATH hygiene').includes('took its time'));
		const full = seconds(harness.frame());
		expect(full).toBeGreaterThanOrEqual(SLOW_MS / 1000);

		await harness.press('G', (f) => rowOf(f, 'PATH hygiene').startsWith(POINTER));
		await harness.press('k', (f) => rowOf(f, 'GO111MODULE').startsWith(POINTER));
		await harness.press('f', (f) => f.includes('Changes (1)'));
		await harness.press('y', (f) => f.includes('Done: applied'));
		await harness.press(KEYS.enter, (f) => f.includes('Go toolchain'));
		await harness.press('u', (f) => f.includes('#1'));
		await harness.press('z', (f) => f.includes('Undo #1'));
		await harness.press('y', (f) => f.includes('Done: undone'));
		await harness.press(KEYS.escape, (f) => f.includes('Journal'));
		const list = await harness.press(KEYS.escape, (f) => f.includes('Go toolchain') && settled(f));
		// The re-check of one check took no time; the checklist's time is its run's.
		expect(seconds(list)).toBeGreaterThanOrEqual(SLOW_MS / 1000);

		const report = await harness.press('e', (f) => f.includes('Shareable report') && f.includes('# goenv-tui report'));
		const file = reportFileOf(report);
		await harness.press('w', (f) => f.includes('Report written'));
		const written = (await world.sys.readFile(file))!;
		const took = Number(/(\d+\.\d) s/.exec(written)?.[1]);
		expect(took).toBeGreaterThanOrEqual(SLOW_MS / 1000);
	});

	it('"still applying" goes once the fix has finished: it is not left under "Done"', async () => {
		const world = fixApp();
		const harness = await world.start();
		await harness.press('G', (f) => rowOf(f, 'GO111MODULE').startsWith(POINTER));
		await harness.press('f', (f) => f.includes('Changes (1)'));
		const release = world.fixes.holdNextApply();
		await harness.press('y', (f) => f.includes('writing'));
		await harness.press(KEYS.enter, (f) => f.includes('Still applying; wait for it to finish.'));
		release();
		const done = await harness.wait((f) => f.includes('Done: applied'));
		expect(done).not.toContain('Still applying');
		expect(done).toContain('Enter/Esc');
	});
});

describe('cursors stay on what they point at', () => {
	it('clearing a filter keeps the row the filter had selected', async () => {
		const world = fixApp([...TOOLCHAIN_PROBES, everyEvidence]);
		const harness = await world.start();
		expect(rowOf(harness.frame(), 'go on PATH').startsWith(POINTER)).toBe(true);
		await harness.press('/', (f) => f.split('\n').at(-1)!.startsWith('/'));
		await harness.press('111', (f) => !f.includes('GOROOT'));
		await harness.press(KEYS.enter, (f) => f.includes('Esc shows all'));
		expect(rowOf(harness.frame(), 'GO111MODULE').startsWith(POINTER)).toBe(true);
		const cleared = await harness.press(KEYS.escape, (f) => f.includes('GOROOT'));
		expect(rowOf(cleared, 'GO111MODULE').startsWith(POINTER)).toBe(true);
		expect(rowOf(cleared, 'go on PATH').startsWith(POINTER)).toBe(false);
	});

	it('the journal keeps its entry selected when an undo adds one above it', async () => {
		const world = fixApp();
		const harness = await world.start();
		await harness.press('G', (f) => rowOf(f, 'GO111MODULE').startsWith(POINTER));
		await harness.press('f', (f) => f.includes('Changes (1)'));
		await harness.press('y', (f) => f.includes('Done: applied'));
		await harness.press(KEYS.enter, (f) => f.includes('Go toolchain'));
		let journal = await harness.press('u', (f) => f.includes('#1'));
		expect(rowOf(journal, '#1').startsWith(POINTER)).toBe(true);
		await harness.press('z', (f) => f.includes('Undo #1'));
		await harness.press('y', (f) => f.includes('Done: undone'));
		journal = await harness.press(KEYS.enter, (f) => f.includes('Journal') && f.includes('#2'));
		expect(rowOf(journal, '#2')).toMatch(/ undo /);
		expect(rowOf(journal, '#1').startsWith(POINTER)).toBe(true);
		expect(rowOf(journal, '#2').startsWith(POINTER)).toBe(false);
	});
});

describe('a resize', () => {
	it('is known to the next key even before the screen is drawn again: G after shrinking shows the end', async () => {
		app = await renderApp({sys: offWorld(), probes: [...TOOLCHAIN_PROBES, everyEvidence]});
		await app.wait(settled);
		await app.press('G', (f) => rowOf(f, 'an older Go').startsWith(POINTER));
		await app.press(KEYS.enter, (f) => f.includes('Why it matters'));
		// The terminal shrinks and a key arrives in the same turn, before any frame is drawn.
		Object.defineProperty(app.ui.stdout, 'rows', {value: 14, configurable: true});
		app.ui.stdout.emit('resize');
		app.ui.stdin.write('G');
		await tick();
		const frame = await app.wait((f) => f.split('\n').length <= 13);
		expect(frame).toContain('END OF EVIDENCE');
	});
});
