import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {Facts} from '../../source/facts/facts.js';
import {goEnvFile} from '../../source/probes/go-env-file.js';
import {createTranslator} from '../../source/i18n/index.js';
import {createRecorder} from '../../source/snapshot/record.js';
import {createReplaySystem} from '../../source/snapshot/replay.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import {createNodeSystem} from '../../source/system/node-system.js';
import type {System} from '../../source/system/types.js';

/**
 * The System port keeps the error: "not there" (ENOENT) is told apart from "there but not
 * readable" (EACCES, EISDIR, EFBIG past the size asked), in the real System and the fake one
 * alike, and a snapshot made before these answers existed still answers them.
 */
describe('file answers that keep the error code', () => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-port-'));
	writeFileSync(path.join(dir, 'small'), 'hello');
	writeFileSync(path.join(dir, 'big'), 'x'.repeat(5000));
	mkdirSync(path.join(dir, 'folder'));
	const node = createNodeSystem(process.env);
	const fake = createFakeSystem({files: {[`${dir}/small`]: 'hello', [`${dir}/big`]: 'x'.repeat(5000), [`${dir}/folder`]: {dir: true}, [`${dir}/locked`]: {unreadable: 'EACCES'}}});

	it.each([['node', node] as const, ['fake', fake] as const])('%s System: ENOENT, EISDIR, EFBIG, ENOTDIR told apart; readFile stays null for all', async (_name, sys: System) => {
		expect(await sys.readText(`${dir}/small`)).toEqual({ok: true, value: 'hello'});
		expect(await sys.readText(`${dir}/absent`)).toEqual({ok: false, code: 'ENOENT'});
		expect(await sys.readText(`${dir}/folder`)).toEqual({ok: false, code: 'EISDIR'});
		expect(await sys.readText(`${dir}/big`, {maxBytes: 4096})).toEqual({ok: false, code: 'EFBIG'});
		expect(await sys.readFile(`${dir}/folder`)).toBeNull();
		expect(await sys.inspect(`${dir}/absent`)).toEqual({ok: false, code: 'ENOENT'});
		expect(await sys.inspect(`${dir}/folder`)).toMatchObject({ok: true, value: {kind: 'dir'}});
		expect(await sys.list(`${dir}/small`)).toEqual({ok: false, code: 'ENOTDIR'});
		expect(await sys.list(`${dir}/absent`)).toEqual({ok: false, code: 'ENOENT'});
	});

	it.skipIf(process.platform === 'win32')('the real System reads a device that never ends only up to the cap, at once', async () => {
		const started = Date.now();
		expect(await node.readText('/dev/zero', {maxBytes: 1024 * 1024})).toEqual({ok: false, code: 'EFBIG'});
		expect(Date.now() - started).toBeLessThan(2000);
	});

	it('a go env file that is there but unreadable is never "no go env file": an error when go can see it is there, unknown when not even that can be told', async () => {
		const file = '/home/dev/.config/go/env';
		const run = (sys: System) => goEnvFile.run({sys, facts: new Facts(sys), t: createTranslator('en'), signal: new AbortController().signal} as never);
		// A file go cannot read: it takes no settings from it, and go env -w fails.
		const locked = await run(createFakeSystem({platform: 'linux', env: {HOME: '/home/dev', GOENV: file}, files: {[file]: {unreadable: 'EACCES'}}}));
		expect(locked.status).toBe('error');
		expect(locked.summary).toContain(`the go env file ${file} cannot be read`);
		expect(JSON.stringify(locked.evidence)).toContain('EACCES');
		// Behind a folder that cannot be looked into, even whether it is there is unknown.
		const closed = await run(createFakeSystem({platform: 'linux', env: {HOME: '/home/dev', GOENV: file}, files: {'/home/dev/.config/go': {dir: true, closed: 'EACCES'}, [file]: 'GOFLAGS=-v\n'}}));
		expect(closed.status).toBe('unknown');
		expect(closed.summary).toBe(`${file} is there but cannot be read (EACCES): what it sets is unknown`);
		expect((await run(createFakeSystem({platform: 'linux', env: {HOME: '/home/dev', GOENV: file}}))).status).toBe('ok');
	});

	it('a snapshot recorded before these answers existed still answers them from its readFile, stat and readdir', async () => {
		const recorder = createRecorder(fake);
		await recorder.sys.readFile(`${dir}/small`);
		await recorder.sys.readFile(`${dir}/absent`);
		const snapshot = recorder.snapshot();
		// As an older goenv-tui wrote it: no member of the port that came later.
		for (const name of ['readText', 'inspect', 'list']) delete (snapshot.shape as Record<string, unknown>)[name];
		const replay = createReplaySystem(snapshot);
		expect(await replay.readText(`${dir}/small`)).toEqual({ok: true, value: 'hello'});
		expect(await replay.readText(`${dir}/absent`)).toEqual({ok: false, code: 'ENOENT'});
		await expect(replay.readText(`${dir}/never-asked`)).rejects.toThrow(/not in the snapshot/);
	});
});
