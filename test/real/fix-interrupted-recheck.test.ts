import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BIN, createSandbox, goWrapper, waitForFile, type Sandbox} from '../helpers/sandbox.js';

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

describe('Ctrl+C while a fix checks again', () => {
	it.skipIf(process.platform === 'win32')('says applied but not verified, keeps the change and the journal entry, and exits 130', async () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		// A go in front of the real one: once `go env -u` (the fix) has run, the next go (the
		// re-run of the check) marks that it started and hangs, for the test to press Ctrl+C.
		const marks = path.join(sandbox.home, 'mark');
		const env = goWrapper(
			sandbox,
			`if [ "$1 $2" = "env -u" ]; then "$GO" "$@"; s=$?; : > "${marks}.applied"; exit $s; fi\n` + `if [ -e "${marks}.applied" ]; then : > "${marks}.rerun"; exec sleep 60; fi`,
		);

		const child = spawn(process.execPath, [BIN, 'fix', 'go111module', '--yes'], {env, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
		const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));

		await waitForFile(`${marks}.rerun`);
		child.kill('SIGINT');
		const code = await exited;

		expect(stdout).toContain('checking again: go111module');
		expect(stdout).toMatch(/Applied \(journal entry 1\), each change read back, but not verified: the checks were stopped before they ran again\. Run "goenv-tui check"/);
		expect(stdout).not.toContain('Checked again:');
		expect(code, stderr).toBe(130);
		// The change is made and journaled as applied: undo can take it back.
		expect(sandbox.go('env', 'GO111MODULE').trim()).toBe('');
		const journal = JSON.parse(readFileSync(path.join(sandbox.home, '.config', 'goenv-tui', 'journal.json'), 'utf8'));
		expect(journal.entries.map((e: {id: number; status: string}) => [e.id, e.status])).toEqual([[1, 'applied']]);
	});
});
