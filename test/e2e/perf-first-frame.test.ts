import {afterEach, describe, expect, it} from 'vitest';
import {chmodSync, existsSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {POINTER, SPINNER_FRAMES} from '../../source/layout/glyphs.js';
import {BIN, createSandbox, goBinary, type Sandbox} from '../helpers/sandbox.js';
import {startTerminal, type TerminalSession} from '../helpers/terminal.js';

/**
 * No check blocks the first frame, nor the keys: with a `go` that answers nothing until the
 * test lets it (a real program on PATH, held on a file, not a sleep), the checklist is drawn
 * with the Go checks spinning, and moves with the keys, while go is still held.
 */

let sandbox: Sandbox | undefined;
let session: TerminalSession | undefined;
afterEach(() => {
	session?.kill();
	sandbox?.cleanup();
});

describe('the first frame', () => {
	it('shows a check that is still waiting on go as a spinner, and the keys work meanwhile', async () => {
		sandbox = createSandbox();
		const bin = path.join(sandbox.home, 'held-bin');
		const started = path.join(sandbox.home, 'go-started');
		const release = path.join(sandbox.home, 'go-release');
		mkdirSync(bin);
		// Every go run waits for the release file (or the end of the sandbox), then is the real go.
		writeFileSync(path.join(bin, 'go'), `#!/bin/sh\ntouch '${started}'\nwhile [ ! -e '${release}' ] && [ -d '${bin}' ]; do sleep 0.05; done\nexec '${goBinary()}' "$@"\n`);
		chmodSync(path.join(bin, 'go'), 0o755);
		const env = {...sandbox.env, PATH: `${bin}:${sandbox.env.PATH}`};
		session = startTerminal('/bin/sh', ['-c', `"${process.execPath}" "${BIN}"; echo "EXIT=$?"`], {env, cwd: sandbox.home});

		const rowOf = (lines: string[], title: string) => lines.find((l) => l.includes(title)) ?? '';
		const spinning = (row: string) => SPINNER_FRAMES.some((frame) => row.includes(` ${frame} `));
		const first = await session.waitForScreen((lines) => rowOf(lines, 'go on PATH') !== '' && rowOf(lines, 'GO111MODULE') !== '');
		// Drawn while go has not answered: its checks spin.
		expect(existsSync(release)).toBe(false);
		expect(spinning(rowOf(first, 'go on PATH'))).toBe(true);
		expect(spinning(rowOf(first, 'GOROOT'))).toBe(true);

		// Keys work while the check still waits.
		session.write('j');
		const moved = await session.waitForScreen((lines) => rowOf(lines, 'GOROOT').startsWith(POINTER));
		expect(spinning(rowOf(moved, 'GOROOT'))).toBe(true);
		// The checks did start go (under load its script may take a moment to say so); it is
		// still held, so the spinners are waiting on it.
		await until(() => existsSync(started), 10_000);
		expect(existsSync(release)).toBe(false);
		expect(spinning(rowOf(await session.settledScreen(), 'GOROOT'))).toBe(true);

		// Let go answer: the rows settle.
		writeFileSync(release, '');
		await session.waitForScreen((lines) => /go1\.\d+/.test(rowOf(lines, 'go on PATH')), 30_000);
		session.write('q');
		const after = await session.waitForScreen((lines) => lines.some((l) => l.startsWith('EXIT=')));
		expect(after.find((l) => l.startsWith('EXIT='))).toBe('EXIT=0');
	});

	it('quits with exit 130 (interrupted) on a SIGINT that comes with the first frame or while the UI loads', async () => {
		sandbox = createSandbox();
		// Loading the UI keeps the event loop busy: a signal sent then is handled late, and must
		// not be lost between the first frame's handler and the UI's. Several moments, one run each.
		for (const delayMs of [0, 15, 30, 45, 60]) {
			// The program runs directly in the pty, so its own exit code and signal are seen.
			const run = startTerminal(process.execPath, [BIN], {env: sandbox.env, cwd: sandbox.home});
			session = run;
			while (!run.raw().includes('go on PATH')) await new Promise((resolve) => setTimeout(resolve, 2));
			await new Promise((resolve) => setTimeout(resolve, delayMs));
			run.signal('SIGINT');
			const exit = await run.exited;
			// Killed by the signal would read as exit 0 with signal 2; a lost signal, as a timeout.
			expect([delayMs, exit.exitCode, exit.signal ?? 0]).toEqual([delayMs, 130, 0]);
		}
	});
});

/** Resolves once the condition holds; fails the test if it does not within the time. */
async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}
