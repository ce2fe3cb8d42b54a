import {spawn, spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BIN, createSandbox, type Sandbox} from '../helpers/sandbox.js';

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

const TIME = '/usr/bin/time';

interface Measured {
	code: number | null;
	stderr: string;
	stdout: string;
	/** CPU seconds (user + system) and peak memory, from /usr/bin/time. */
	cpuSeconds: number;
	maxRssMb: number;
	wallSeconds: number;
}

/** Runs the built program under /usr/bin/time (killed after 30 s: an unbounded reader never ends). */
function measured(args: string[], env: Record<string, string>, feed?: (stdin: NodeJS.WritableStream) => void): Promise<Measured> {
	return new Promise((resolve) => {
		const child = spawn(TIME, ['-f', 'TIME %e %U %S %M', process.execPath, BIN, ...args], {env, stdio: ['pipe', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
		child.stdin.on('error', () => undefined);
		if (feed) feed(child.stdin);
		else child.stdin.end();
		const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
		child.on('close', (code) => {
			clearTimeout(killer);
			const line = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
			resolve({
				code,
				stdout,
				stderr: stderr.replace(/.*TIME [\d. ]+\n?$/s, (m) => m.replace(/TIME [\d. ]+\n?$/, '')),
				wallSeconds: line ? Number(line[1]) : Number.NaN,
				cpuSeconds: line ? Number(line[2]) + Number(line[3]) : Number.NaN,
				maxRssMb: line ? Number(line[4]) / 1024 : Number.NaN,
			});
		});
	});
}

/** Bounded: exit 2 with the reason, little CPU, little memory (the figures are printed). */
function expectBounded(run: Measured, reason: RegExp, what: string) {
	console.log(`${what}: exit ${run.code}, ${run.wallSeconds} s wall, ${run.cpuSeconds.toFixed(2)} s CPU, ${run.maxRssMb.toFixed(0)} MB peak`);
	expect(run.code, run.stderr).toBe(2);
	expect(run.stderr).toMatch(reason);
	expect(run.stderr).not.toMatch(/\n\s+at /);
	expect(run.cpuSeconds).toBeLessThan(2);
	expect(run.maxRssMb).toBeLessThan(200);
}

describe.skipIf(process.platform === 'win32' || spawnSync(TIME, ['true']).status !== 0)('input is read in bounded time and memory', () => {
	it('check --from /dev/zero and explain /dev/zero: not text, said at once', async () => {
		sandbox = createSandbox();
		expectBounded(await measured(['check', '--from', '/dev/zero'], sandbox.env), /\/dev\/zero is not text/, 'check --from /dev/zero');
		expectBounded(await measured(['explain', '/dev/zero'], sandbox.env), /\/dev\/zero is not text/, 'explain /dev/zero');
	}, 90_000);

	it('an endless paste on standard input and an 11 MB file stop at 10 MB', async () => {
		sandbox = createSandbox();
		const line = Buffer.from('GOPATH=/home/dev/go\n'.repeat(4096));
		const endless = (stdin: NodeJS.WritableStream) => {
			const write = () => {
				while ((stdin as unknown as {writable: boolean}).writable && stdin.write(line));
				if ((stdin as unknown as {writable: boolean}).writable) stdin.once('drain', write);
			};
			write();
		};
		expectBounded(await measured(['check', '--from', '-'], sandbox.env, endless), /- is larger than 10 MB/, 'check --from - (endless)');
		expectBounded(await measured(['explain', '-'], sandbox.env, endless), /- is larger than 10 MB/, 'explain - (endless)');
		const big = path.join(sandbox.home, 'big.log');
		writeFileSync(big, 'go: downloading example.com/mod v1.0.0\n'.repeat(11 * 1024 * 1024 / 40 + 1000));
		expectBounded(await measured(['explain', big], sandbox.env), /big\.log is larger than 10 MB/, 'explain 11 MB file');
	}, 90_000);

	it('an empty paste is a usage error (2), for explain and check --from', async () => {
		sandbox = createSandbox();
		for (const args of [['explain'], ['explain', '-'], ['check', '--from', '-']]) {
			const run = await measured(args, sandbox.env);
			expect(run.code, args.join(' ')).toBe(2);
			expect(run.stderr).toMatch(/- is empty/);
		}
	}, 60_000);
});

describe('usage errors exit 2 for every command', () => {
	it('an entry number the journal never had, and one too big to be exact, are usage errors; none prints as 1e+23', () => {
		sandbox = createSandbox();
		const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], {env: sandbox!.env, encoding: 'utf8', timeout: 60_000});
		for (const args of [['undo', '99999', '--yes'], ['undo', '100000000000000000000000'], ['journal', '--rollback', '99999', '--yes'], ['journal', '--resolve', '100000000000000000000000']]) {
			const result = run(args);
			expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(2);
			expect(result.stdout + result.stderr).not.toContain('e+');
		}
		expect(run(['undo', '--yes']).status).toBe(1);
	});
});
