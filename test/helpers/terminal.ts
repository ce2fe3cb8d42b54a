import {createRequire} from 'node:module';
import * as pty from 'node-pty';

// @xterm/headless ships CommonJS only.
const require = createRequire(import.meta.url);
const {Terminal} = require('@xterm/headless') as typeof import('@xterm/headless');

/**
 * A real pseudo-terminal running a real program, with a terminal emulator behind it, so a
 * test reads the screen a person would see (not the escape codes that drew it).
 */
export interface TerminalSession {
	/**
	 * The visible screen, one string per row, right-trimmed, as the emulator has parsed it so
	 * far: it parses in a later turn of the event loop, so read it after `waitForScreen`,
	 * `exited` or `settledScreen`, never right after a wait of your own.
	 */
	screen(): string[];
	/** The screen once the emulator has parsed everything received so far. */
	settledScreen(): Promise<string[]>;
	/** Everything the program wrote, raw. */
	raw(): string;
	write(data: string): void;
	waitForScreen(predicate: (lines: string[]) => boolean, timeoutMs?: number): Promise<string[]>;
	exited: Promise<{exitCode: number; signal?: number}>;
	resize(columns: number, rows: number): void;
	/** Sends a signal to the program (as `kill -SIGNAL` from another terminal would). */
	signal(name: NodeJS.Signals): void;
	kill(): void;
}

/**
 * `term` is the TERM the program sees: xterm-256color unless given; null leaves it unset.
 */
export function startTerminal(file: string, args: string[], options: {env: Record<string, string>; cwd: string; columns?: number; rows?: number; term?: string | null}): TerminalSession {
	const columns = options.columns ?? 100;
	const rows = options.rows ?? 30;
	const term = new Terminal({cols: columns, rows, allowProposedApi: true});
	let raw = '';
	const name = options.term ?? 'xterm-256color';
	// node-pty always sets TERM (to `name`): an unset one is taken away by env(1) on the way in.
	const [program, argv] = options.term === null ? ['/usr/bin/env', ['-u', 'TERM', file, ...args]] : [file, args];
	const child = pty.spawn(program, argv, {name, cols: columns, rows, cwd: options.cwd, env: {...options.env, TERM: name}});
	child.onData((data) => {
		raw += data;
		term.write(data);
	});
	const screen = () => {
		const buffer = term.buffer.active;
		const lines: string[] = [];
		for (let i = 0; i < term.rows; i++) lines.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
		return lines;
	};
	// The emulator parses asynchronously; a write callback means it has caught up.
	const flushed = () => new Promise<void>((resolve) => term.write('', resolve));
	// Exited, and the emulator has parsed everything the program wrote: a test that reads the
	// screen then sees the program's last frame. (Read at once, under load, it was sometimes the
	// frame before: the last one was still waiting in the parser.)
	const exited = new Promise<{exitCode: number; signal?: number}>((resolve) =>
		child.onExit((exit) => {
			void flushed().then(() => resolve(exit));
		}),
	);
	return {
		screen,
		settledScreen: async () => {
			await flushed();
			return screen();
		},
		raw: () => raw,
		write: (data) => child.write(data),
		async waitForScreen(predicate, timeoutMs = 15_000) {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				// The deadline bounds the wait for the emulator too: a parser that stopped calling
				// back (an exception inside it stalls every later write) must end in this error
				// with the screen, never in a wait that outlives the test's own timeout.
				const caughtUp = await Promise.race([flushed().then(() => true), new Promise<false>((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now()), false))]);
				const lines = screen();
				if (caughtUp && predicate(lines)) return lines;
				if (Date.now() > deadline) {
					const why = caughtUp ? 'screen never matched' : 'the terminal emulator stopped catching up with the output';
					throw new Error(`${why}:\n${lines.join('\n')}\n--- last output, raw ---\n${JSON.stringify(raw.slice(-2000))}`);
				}
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
		exited,
		resize(c, r) {
			child.resize(c, r);
			term.resize(c, r);
		},
		signal: (name) => process.kill(child.pid, name),
		kill: () => child.kill(),
	};
}
