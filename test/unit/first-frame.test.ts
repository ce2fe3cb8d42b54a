import {describe, expect, it} from 'vitest';
import {createRequire} from 'node:module';
import {Chalk} from 'chalk';
import {Engine} from '../../source/engine/engine.js';
import type {Probe} from '../../source/engine/probe.js';
import {drawFirstFrame, eraseOnNextWrite, firstFrameLines} from '../../source/app/first-frame.js';
import {render} from '../../source/app/render.js';
import {createRuntime} from '../../source/app/runtime.js';
import {createTranslator} from '../../source/i18n/index.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import {SPINNER_FRAMES} from '../../source/layout/glyphs.js';
import {deferred} from '../helpers/deferred.js';

// @xterm/headless ships CommonJS only.
const require = createRequire(import.meta.url);
const {Terminal} = require('@xterm/headless') as typeof import('@xterm/headless');

const t = createTranslator('en');

/** A terminal emulator and a stream writing into it, as process.stdout would. */
function terminal(columns = 60, rows = 12) {
	// convertEol: a tty turns each LF into CR LF (onlcr), which this emulator is not behind.
	const term = new Terminal({cols: columns, rows, allowProposedApi: true, convertEol: true});
	const writes: string[] = [];
	const stream = {
		write(text: string) {
			writes.push(text);
			term.write(text);
			return true;
		},
	} as unknown as NodeJS.WriteStream;
	const screen = async () => {
		await new Promise<void>((resolve) => term.write('', resolve));
		const buffer = term.buffer.active;
		return {
			lines: Array.from({length: term.rows}, (_, i) => buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? ''),
			scrolledOff: buffer.baseY,
		};
	};
	return {stream, writes, screen};
}

/** The first frame of an interactive session on this engine, as it draws it: the rows published now. */
function firstFrameOf(engine: Engine, columns: number, rows: number): string[] {
	engine.flushNow();
	const runtime = createRuntime({engine, t, title: 'goenv-tui 0.0.0', sys: createFakeSystem({platform: 'linux'}), columns, rows});
	runtime.stop();
	const lines = firstFrameLines(runtime.getModel());
	// Drawn from the checklist's module alone, it is what render draws for the same model.
	expect(lines).toEqual(render(runtime.getModel()).lines);
	return lines.map((line) => line.map((part) => part.text).join(''));
}

const held = deferred<never>();
const probes: Probe[] = [
	{id: 'slow', family: 'toolchain', title: 'probe.go-on-path.title', run: () => held.promise},
	{id: 'windows-only', family: 'toolchain', title: 'probe.goroot.title', platforms: ['win32'], run: () => held.promise},
];

describe('the first frame', () => {
	it('shows the checks as they are: a running one spins, one that settled at once says so', async () => {
		const engine = new Engine({probes, sys: createFakeSystem({platform: 'linux'}), t, scheduleFlush: () => undefined});
		void engine.run();
		await new Promise((resolve) => setImmediate(resolve));
		const text = firstFrameOf(engine, 60, 12);
		expect(text[0]).toMatch(/^goenv-tui 0\.0\.0/);
		// A spinner's frame follows the clock since the run started: any of them, on a busy machine.
		expect(text.find((line) => line.includes('go on PATH'))).toMatch(new RegExp(` [${SPINNER_FRAMES.join('')}] go on PATH`));
		expect(text.find((line) => line.includes('GOROOT'))).toMatch(/ – GOROOT .*only on Windows/);
		engine.cancel();
	});

	it('leaves a summary room on a narrow screen: a long title is cut before the summary is', async () => {
		const long: Probe[] = [{id: 'gobin', family: 'environment', title: 'probe.gobin-on-path.title', platforms: ['win32'], run: () => held.promise}];
		const engine = new Engine({probes: long, sys: createFakeSystem({platform: 'linux'}), t, scheduleFlush: () => undefined});
		void engine.run();
		await new Promise((resolve) => setImmediate(resolve));
		const text = firstFrameOf(engine, 40, 12);
		const row = text.find((line) => line.includes('go install'))!;
		expect(t('probe.gobin-on-path.title').length).toBeGreaterThan(20);
		expect(row).toContain('does not apply');
		engine.cancel();
	});

	it('is replaced in place by the next frame, in the same write, inside its synchronized update', async () => {
		const {stream, writes, screen} = terminal();
		stream.write('$ goenv-tui\n');
		const frame = drawFirstFrame(stream, [[{text: 'first A'}], [{text: 'first B'}], [{text: 'first C'}]], false);
		expect(frame.height).toBe(3);
		eraseOnNextWrite(stream, frame);
		// What Ink writes: begin synchronized update, then its frame (here shorter).
		stream.write('\u001B[?2026hsecond A\nsecond B\n');
		stream.write('\u001B[?2026l');
		const {lines, scrolledOff} = await screen();
		expect(lines.slice(0, 4)).toEqual(['$ goenv-tui', 'second A', 'second B', '']);
		expect(scrolledOff).toBe(0);
		// The erase travelled in the same write as the new frame, after the begin marker.
		expect(writes[2]!.startsWith('\u001B[?2026h\u001B[2K\u001B[1A')).toBe(true);
		// Only the next write: later ones go out untouched.
		expect(writes[3]).toBe('\u001B[?2026l');
	});

	it('writes the bytes Ink writes for the same segments (chalk, in <Text>\'s order), and no codes without colour', () => {
		const {stream, writes} = terminal();
		const chalk = new Chalk({level: 1});
		const line = [
			{text: '✔', color: 'green'},
			{text: ' go', bold: true, color: 'cyan'},
			{text: ' x', dim: true, color: 'gray'},
			{text: ' y', inverse: true, underline: true, strike: true},
		];
		drawFirstFrame(stream, [line], true);
		drawFirstFrame(stream, [line], false);
		// <Text>: dim, then colour, then bold, underline, strikethrough, inverse, each around the last.
		const ink = chalk.green('✔') + chalk.bold(chalk.cyan(' go')) + chalk.gray(chalk.dim(' x')) + chalk.inverse(chalk.strikethrough(chalk.underline(' y')));
		expect(writes[0]).toBe(ink + '\n');
		expect(writes[1]).toBe('✔ go x y\n');
	});
});
