import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {STOP_GRACE_MS} from '../../source/lifecycle.js';
import {BIN, createSandbox, goWrapper, waitForFile, type Sandbox} from '../helpers/sandbox.js';

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

/**
 * SIGTERM (a CI job's timeout) and SIGHUP (the terminal closed) while a fix is changing the
 * machine: like Ctrl+C, the step finishes, the entry is settled, and the process exits with
 * 143 or 129, having told what it did.
 */
describe.skipIf(process.platform === 'win32')('a stop signal while a fix writes', () => {
	it.each([
		['SIGTERM', 143],
		['SIGHUP', 129],
	] as const)('%s: the change finishes, the journal entry is settled, exit %i', async (signal, code) => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		// A go in front of the real one whose `go env -u` (the fix) marks that it started and
		// takes a moment, for the test to send the signal while the machine is being changed.
		const mark = path.join(sandbox.home, 'writing');
		const env = goWrapper(sandbox, `if [ "$1 $2" = "env -u" ]; then : > "${mark}"; sleep 1; fi`);
		const child = spawn(process.execPath, [BIN, 'fix', 'go111module', '--yes'], {env, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
		const exited = new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
		await waitForFile(mark);
		child.kill(signal);
		expect(await exited, stderr).toBe(code);
		expect(stderr).toContain('Finishing the change under way');
		// The step ran to its end: the setting is gone, and the entry says so (not pending).
		expect(sandbox.go('env', 'GO111MODULE').trim()).toBe('');
		expect(stdout).toMatch(/Applied \(journal entry 1\)/);
		const journal = JSON.parse(readFileSync(path.join(sandbox.home, '.config', 'goenv-tui', 'journal.json'), 'utf8'));
		expect(journal.entries.map((e: {id: number; status: string}) => [e.id, e.status])).toEqual([[1, 'applied']]);
	});
});

/** The same in the REPL: a change it runs is a critical step, whatever stops the process. */
describe.skipIf(process.platform === 'win32')('a stop signal while the REPL makes a change', () => {
	it.each([
		['SIGTERM', 143],
		['SIGHUP', 129],
	] as const)('%s: the change finishes, the journal entry is settled, the script stops, exit %i', async (signal, code) => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		// Longer than the grace a command gets to notice a stop: only a critical step is let finish.
		const mark = path.join(sandbox.home, 'writing');
		const env = goWrapper(sandbox, `if [ "$1 $2" = "env -u" ]; then : > "${mark}"; sleep ${STOP_GRACE_MS / 1000 + 1}; fi`);
		const child = spawn(process.execPath, [BIN, 'repl', '--offline'], {env, cwd: sandbox.home, stdio: ['pipe', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
		const exited = new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
		child.stdin.end('unset GO111MODULE --yes\nset GOFLAGS=-v --yes\n');
		await waitForFile(mark);
		child.kill(signal);
		expect(await exited, stdout + stderr).toBe(code);
		expect(stderr).toContain('A change is being made: it finishes (or is rolled back) first');
		expect(sandbox.go('env', 'GO111MODULE').trim()).toBe('');
		// The script stopped at the stop: the next line never ran.
		expect(sandbox.go('env', 'GOFLAGS').trim()).toBe('');
		const journal = JSON.parse(readFileSync(path.join(sandbox.home, '.config', 'goenv-tui', 'journal.json'), 'utf8'));
		expect(journal.entries.map((e: {id: number; status: string}) => [e.id, e.status])).toEqual([[1, 'applied']]);
	}, 90_000);
});
