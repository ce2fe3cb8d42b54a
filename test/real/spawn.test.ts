import {describe, expect, it} from 'vitest';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {KILL_GRACE_MS, MAX_OUTPUT_BYTES, PIPE_GRACE_MS, runProcess} from '../../source/system/spawn.js';
import {buildChild} from '../helpers/child.js';

/**
 * The process runner behind the real System (node:child_process, no library): each promise
 * of the System port, proved on real programs.
 */
const which = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'}).stdout.trim();
const sh = which('sh');
const env = {PATH: process.env.PATH ?? ''};

/** Whether a process is gone (or a zombie nobody reaps yet) within the time. */
async function goneWithin(pid: number, ms: number): Promise<boolean> {
	const running = () => {
		try {
			return !/^\d+ \([^)]*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
		} catch {
			return false;
		}
	};
	const until = Date.now() + ms;
	while (running() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 25));
	return !running();
}

describe('runProcess', () => {
	it('gives the text it was handed to standard input, and only then', async () => {
		const cat = which('cat');
		expect(await runProcess(cat, [], {env, timeoutMs: 5000, stdin: 'héllo\n'})).toMatchObject({exitCode: 0, stdout: 'héllo\n'});
		// Without text, stdin is closed: cat ends at once instead of waiting for a person.
		expect(await runProcess(cat, [], {env, timeoutMs: 5000})).toMatchObject({exitCode: 0, stdout: '', timedOut: false});
	});

	it('passes arguments verbatim, without a shell', async () => {
		const result = await runProcess(which('printf'), ['%s|', '$HOME', 'a b', '*'], {env, timeoutMs: 5000});
		expect(result.stdout).toBe('$HOME|a b|*|');
	});

	it('keeps the exit code and what went to stderr', async () => {
		expect(await runProcess(sh, ['-c', 'echo oops >&2; exit 3'], {env, timeoutMs: 5000})).toMatchObject({exitCode: 3, stdout: '', stderr: 'oops\n'});
	});

	it('reports a program that cannot start as an error code, never a throw', async () => {
		const result = await runProcess('/nonexistent/goenv-tui-test/go', ['version'], {env, timeoutMs: 5000});
		expect(result).toMatchObject({exitCode: null, errorCode: 'ENOENT', timedOut: false, canceled: false});
	});

	it('cuts output at the cap, keeps the start, and says it cut', async () => {
		const result = await runProcess(which('head'), ['-c', String(MAX_OUTPUT_BYTES + 100_000), '/dev/zero'], {env, timeoutMs: 20_000});
		expect(result.exitCode).toBe(0);
		expect(result.stdout.length).toBe(MAX_OUTPUT_BYTES);
		expect(result.truncated).toBe(true);
		expect((await runProcess(which('head'), ['-c', '10', '/dev/zero'], {env, timeoutMs: 20_000})).truncated).toBe(false);
	});

	it('tells how a program ended: exited (with its code), signalled (which signal), not started', async () => {
		expect((await runProcess(sh, ['-c', 'exit 3'], {env, timeoutMs: 5000})).end).toEqual({kind: 'exited', code: 3});
		expect((await runProcess(sh, ['-c', 'kill -USR1 $$'], {env, timeoutMs: 5000})).end).toEqual({kind: 'signalled', signal: 'SIGUSR1'});
		expect((await runProcess('/nonexistent/goenv-tui-test/go', [], {env, timeoutMs: 5000})).end).toEqual({kind: 'not-started', errorCode: 'ENOENT'});
	});

	it.skipIf(process.platform === 'win32')('ends the whole process tree at the deadline and on cancel, not only the program it started', async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-spawn-'));
		for (const how of ['deadline', 'cancel'] as const) {
			const pidFile = path.join(dir, `${how}.pid`);
			// A wrapper (like a go or git that is a script) whose own child hangs.
			const script = `sleep 600 & echo $! > '${pidFile}.part' && mv '${pidFile}.part' '${pidFile}'; wait`;
			const controller = new AbortController();
			const pending = runProcess(sh, ['-c', script], {env, timeoutMs: how === 'deadline' ? 300 : 60_000, signal: controller.signal});
			while (!existsSync(pidFile)) await new Promise((resolve) => setTimeout(resolve, 10));
			if (how === 'cancel') controller.abort();
			const result = await pending;
			expect(result.end).toEqual({kind: how === 'deadline' ? 'timed-out' : 'cancelled'});
			const grandchild = Number(readFileSync(pidFile, 'utf8').trim());
			expect(await goneWithin(grandchild, 5000), `${how}: the hanging grandchild ${grandchild} still runs`).toBe(true);
		}
	});

	it('after the deadline sends SIGTERM, and SIGKILL to a program that ignores it', async () => {
		const started = Date.now();
		const result = await runProcess(sh, ['-c', 'trap "" TERM; while :; do sleep 0.1; done'], {env, timeoutMs: 200});
		const elapsed = Date.now() - started;
		expect(result).toMatchObject({timedOut: true, canceled: false, exitCode: null});
		expect(elapsed).toBeGreaterThanOrEqual(200 + KILL_GRACE_MS - 50);
		expect(elapsed).toBeLessThan(200 + KILL_GRACE_MS + 5000);
	});

	it('is cancelled by its signal, also when the signal was aborted before the start', async () => {
		const controller = new AbortController();
		const pending = runProcess(which('sleep'), ['10'], {env, timeoutMs: 20_000, signal: controller.signal});
		setTimeout(() => controller.abort(), 50);
		expect(await pending).toMatchObject({canceled: true, timedOut: false, exitCode: null});
		const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-spawn-')), 'ran');
		const result = await runProcess(which('touch'), [file], {env, timeoutMs: 5000, signal: AbortSignal.abort()});
		expect(result).toMatchObject({canceled: true, exitCode: null});
		expect(spawnSync(which('test'), ['-e', file]).status).toBe(1);
	});

	it('does not wait for a grandchild that keeps the output pipe open', async () => {
		const started = Date.now();
		const result = await runProcess(sh, ['-c', 'sleep 8 & echo started'], {env, timeoutMs: 20_000});
		expect(result).toMatchObject({exitCode: 0, stdout: 'started\n', timedOut: false});
		expect(Date.now() - started).toBeLessThan(PIPE_GRACE_MS + 4000);
	});

	it('kills the programs still running when this process exits', async () => {
		const child = await buildChild('test/real/children/spawn-exit.ts');
		const pidFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-spawn-')), 'pid');
		const run = spawnSync(process.execPath, [child, sh, pidFile], {encoding: 'utf8', timeout: 20_000});
		expect(run.status).toBe(0);
		const pid = Number(readFileSync(pidFile, 'utf8').trim());
		expect(pid).toBeGreaterThan(0);
		// Killed, then reaped (or left a zombie where nothing reaps orphans): either way not running.
		const running = () => {
			try {
				const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
				return !/^\d+ \([^)]*\) Z/.test(stat);
			} catch {
				return false;
			}
		};
		const deadline = Date.now() + 5000;
		while (running() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
		expect(running()).toBe(false);
	});
});
