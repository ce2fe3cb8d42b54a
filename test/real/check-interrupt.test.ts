import {afterEach, describe, expect, it} from 'vitest';
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {BIN, createSandbox, type Sandbox} from '../helpers/sandbox.js';

/**
 * `check` stopped by Ctrl+C (SIGINT) or a CI job's timeout (SIGTERM) while a check waits: the
 * processes it killed must not be reported as broken tools. No report, a line on stderr, and
 * 128 + the signal's number.
 */

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

/** A `go` first on PATH that says it started, then hangs until it is killed. */
function hangingGo(home: string): {bin: string; started: string} {
	const bin = path.join(home, 'hang-bin');
	const started = path.join(home, 'go-started');
	mkdirSync(bin);
	writeFileSync(path.join(bin, 'go'), `#!/bin/sh\n: > '${started}'\nexec sleep 60\n`, {mode: 0o755});
	return {bin, started};
}

function interrupted(args: string[], signal: 'SIGINT' | 'SIGTERM'): Promise<{code: number | null; stdout: string; stderr: string}> {
	sandbox = createSandbox();
	const {bin, started} = hangingGo(sandbox.home);
	const child = spawn(process.execPath, [BIN, ...args], {env: {...sandbox.env, PATH: `${bin}:${sandbox.env.PATH}`}, cwd: sandbox.home, stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	// The checks are running once go has been started: then the signal comes.
	const poll = setInterval(() => {
		if (existsSync(started)) {
			clearInterval(poll);
			child.kill(signal);
		}
	}, 20);
	return new Promise((resolve) => {
		child.on('close', (code) => {
			clearInterval(poll);
			resolve({code, stdout, stderr});
		});
	});
}

describe('check, interrupted while a check waits', () => {
	it('on SIGINT prints no JSON and no findings, says so on stderr, and exits 130', async () => {
		const run = await interrupted(['check', '--json', '--offline'], 'SIGINT');
		expect(run.stdout).toBe('');
		expect(run.stderr).toBe('goenv-tui: interrupted: the checks were stopped before they finished, so there is no report\n');
		expect(run.code).toBe(130);
	});

	it('on SIGTERM (a CI timeout) prints no text report and exits 143', async () => {
		const run = await interrupted(['check', '--offline'], 'SIGTERM');
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain('interrupted');
		expect(run.code).toBe(143);
	});
});
