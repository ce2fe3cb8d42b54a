import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {createRuntime, type Runtime, type RuntimeOptions} from '../../source/app/runtime.js';
import {App} from '../../source/ink/app.js';
import {Engine} from '../../source/engine/engine.js';
import type {Probe} from '../../source/engine/probe.js';
import {createTranslator, type Lang} from '../../source/i18n/index.js';
import {PROBES} from '../../source/probes/index.js';
import type {System} from '../../source/system/types.js';
import {tick, waitForFrame} from './ink.js';

/** The Go toolchain checks: the UI tests' fake worlds answer exactly what these ask. */
export const TOOLCHAIN_PROBES = PROBES.filter((probe) => ['go-on-path', 'goroot', 'go111module'].includes(probe.id));

export interface AppHarness {
	engine: Engine;
	runtime: Runtime;
	ui: ReturnType<typeof render>;
	frame(): string;
	/** Writes a key, then waits until the frame satisfies the predicate. */
	press(key: string, until: (frame: string) => boolean): Promise<string>;
	wait(until: (frame: string) => boolean): Promise<string>;
	resize(columns: number, rows: number): Promise<void>;
}

/**
 * The real app on a fake world (or scripted probes), in ink-testing-library, at a given
 * terminal size. The test stream has a fixed width and no height: both are set here and a
 * resize is sent, as a terminal would.
 */
export async function renderApp(
	options: {sys: System; lang?: Lang; probes?: readonly Probe[]; columns?: number; rows?: number; hyperlinks?: boolean} & Partial<Omit<RuntimeOptions, 'engine' | 't' | 'sys' | 'columns' | 'rows'>>,
): Promise<AppHarness> {
	const {sys, lang = 'en', probes = TOOLCHAIN_PROBES, columns = 80, rows = 24, hyperlinks, ...props} = options;
	const t = createTranslator(lang);
	const engine = new Engine({probes, sys, t});
	void engine.run();
	const runtime = createRuntime({engine, t, title: 'goenv-tui 0.1.0', sys, columns, rows, ...props});
	const ui = render(<App runtime={runtime} hyperlinks={hyperlinks} />);
	const harness: AppHarness = {
		engine,
		runtime,
		ui,
		frame: () => ui.lastFrame() ?? '',
		wait: (until) => waitForFrame(ui.lastFrame, until),
		async press(key, until) {
			ui.stdin.write(key);
			return waitForFrame(ui.lastFrame, until);
		},
		async resize(c, r) {
			Object.defineProperty(ui.stdout, 'columns', {value: c, configurable: true});
			Object.defineProperty(ui.stdout, 'rows', {value: r, configurable: true});
			ui.stdout.emit('resize');
			await tick();
			await tick();
		},
	};
	await harness.resize(columns, rows);
	return harness;
}

/** Every line of a frame fits the width (never the last column) and the frame fits rows − 1. */
export function assertFits(frame: string, columns: number, rows: number): void {
	const lines = frame.split('\n');
	if (lines.length > rows - 1) throw new Error(`${lines.length} lines in a ${rows}-row terminal:\n${frame}`);
	for (const line of lines) if (stringWidth(line) > columns - 1) throw new Error(`a line of ${stringWidth(line)} cells at ${columns} columns:\n${line}`);
}

/** The file the report screen says it writes to: the whole path, however it wrapped. */
export function reportFileOf(frame: string): string {
	return /w writes it to ([^]+?)\nMasked as shown/.exec(frame)![1]!.replace(/\n/g, '');
}
