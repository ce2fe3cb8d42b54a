import {afterEach, describe, expect, it} from 'vitest';
import {POINTER} from '../../source/layout/glyphs.js';
import {BIN, createSandbox, type Sandbox} from '../helpers/sandbox.js';
import {startTerminal, type TerminalSession} from '../helpers/terminal.js';

let sandbox: Sandbox | undefined;
let session: TerminalSession | undefined;
afterEach(() => {
	session?.kill();
	sandbox?.cleanup();
});

describe('the bare command in a real terminal', () => {
	it('draws the checklist, moves with j, quits with q (exit 0) and leaves the terminal sane', async () => {
		sandbox = createSandbox();
		// The shell reports the program's exit code and the terminal modes after it ends.
		const script = `"${process.execPath}" "${BIN}"; echo "EXIT=$?"; stty -a`;
		session = startTerminal('/bin/sh', ['-c', script], {env: sandbox.env, cwd: sandbox.home});

		const drawn = await session.waitForScreen((lines) => lines.some((l) => l.includes('GO111MODULE')) && lines.some((l) => l.includes(' s')));
		const rowOf = (lines: string[], title: string) => lines.find((l) => l.includes(title)) ?? '';
		expect(rowOf(drawn, 'go on PATH').startsWith(POINTER)).toBe(true);
		await session.waitForScreen((lines) => /go1\.\d+/.test(rowOf(lines, 'go on PATH')));

		session.write('j');
		const moved = await session.waitForScreen((lines) => rowOf(lines, 'GOROOT').startsWith(POINTER));
		expect(rowOf(moved, 'go on PATH').startsWith(POINTER)).toBe(false);

		session.write('q');
		const after = await session.waitForScreen((lines) => lines.some((l) => l.startsWith('EXIT=')) && lines.some((l) => l.includes('icanon')));
		expect(after.find((l) => l.startsWith('EXIT='))).toBe('EXIT=0');
		const modes = session.raw().slice(session.raw().indexOf('EXIT='));
		// Raw mode is off again: line editing and echo are back.
		expect(modes).toMatch(/(^|\s)icanon(\s|$)/m);
		expect(modes).toMatch(/(^|\s)echo(\s|$)/m);
		// The cursor was shown again.
		expect(session.raw()).toContain('\u001B[?25h');
		expect((await session.exited).exitCode).toBe(0);
	});

	it('quits on Ctrl+C with exit 0, also when it comes as the very first key (before raw mode, as SIGINT)', async () => {
		sandbox = createSandbox();
		// The program runs directly in the pty (no shell around it), so its own exit code is seen.
		session = startTerminal(process.execPath, [BIN], {env: sandbox.env, cwd: sandbox.home});
		await session.waitForScreen((lines) => lines.some((l) => l.includes('goenv-tui')));
		session.write('\u0003');
		// Exit code 0 and no signal: killed by SIGINT would read as exit 0 with signal 2.
		const exit = await session.exited;
		expect([exit.exitCode, exit.signal ?? 0]).toEqual([0, 0]);
	});

	it('quits with exit 0 on SIGINT from outside, once the checklist is up', async () => {
		sandbox = createSandbox();
		session = startTerminal(process.execPath, [BIN], {env: sandbox.env, cwd: sandbox.home});
		await session.waitForScreen((lines) => lines.some((l) => l.includes('GO111MODULE')) && !lines.some((l) => /\d+\/\d+ done/.test(l)));
		session.signal('SIGINT');
		const exit = await session.exited;
		expect([exit.exitCode, exit.signal ?? 0]).toEqual([0, 0]);
	});
});
