import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {createNodeSystem} from '../../source/system/node-system.js';

/** The real System's process calls, on real programs (env, cat, sleep) of this machine. */

const envProgram = spawnSync('sh', ['-c', 'command -v env'], {encoding: 'utf8'}).stdout.trim();

describe('the real System', () => {
	it('gives every spawned program GOTOOLCHAIN=local, whatever the environment says', async () => {
		const sys = createNodeSystem({...process.env, GOTOOLCHAIN: 'go1.99.0'});
		const result = await sys.exec({file: envProgram, args: [], timeoutMs: 5000, env: {GOTOOLCHAIN: 'auto'}});
		expect(result.exitCode).toBe(0);
		expect(result.stdout.split('\n')).toContain('GOTOOLCHAIN=local');
		expect(result.stdout).not.toContain('GOTOOLCHAIN=auto');
	});

	it('refuses a bare program name and never reads stdin', async () => {
		const sys = createNodeSystem();
		await expect(sys.exec({file: 'env', args: [], timeoutMs: 1000})).rejects.toThrow(/bare program name/);
		const cat = spawnSync('sh', ['-c', 'command -v cat'], {encoding: 'utf8'}).stdout.trim();
		const result = await sys.exec({file: cat, args: [], timeoutMs: 5000});
		expect(result).toMatchObject({exitCode: 0, stdout: '', timedOut: false});
	});

	it('kills a program that outlives its timeout', async () => {
		const sleep = spawnSync('sh', ['-c', 'command -v sleep'], {encoding: 'utf8'}).stdout.trim();
		const started = Date.now();
		const result = await createNodeSystem().exec({file: sleep, args: ['10'], timeoutMs: 200});
		expect(result.timedOut).toBe(true);
		expect(Date.now() - started).toBeLessThan(5000);
	});

	it('kills a program when the run is cancelled', async () => {
		const sleep = spawnSync('sh', ['-c', 'command -v sleep'], {encoding: 'utf8'}).stdout.trim();
		const controller = new AbortController();
		const pending = createNodeSystem().exec({file: sleep, args: ['10'], timeoutMs: 20_000, signal: controller.signal});
		setTimeout(() => controller.abort(), 100);
		const result = await pending;
		expect(result.canceled).toBe(true);
	});
});
