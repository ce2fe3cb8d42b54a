import {describe, expect, it} from 'vitest';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createNodeSystem} from '../../source/system/node-system.js';
import {mergeEnv} from '../../source/system/env-merge.js';
import {Facts} from '../../source/facts/facts.js';
import {findAllOnPath} from '../../source/facts/path-lookup.js';
import {parseGoEnvFile, envFileValues} from '../../source/facts/go-env-file.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import type {System} from '../../source/system/types.js';

describe('the fake System, against the real one', () => {
	/** One sequence of file operations, run in a fresh folder; what each step gave. */
	async function fileScript(sys: System, root: string): Promise<unknown[]> {
		const j = (...parts: string[]) => sys.path.join(root, ...parts);
		const outcome = (promise: Promise<unknown>) => promise.then(
			(value) => ({ok: value ?? null}),
			(error: NodeJS.ErrnoException) => ({error: error.code}),
		);
		const info = async (target: string) => {
			const found = await sys.stat(target);
			return found && {kind: found.kind, size: found.kind === 'file' ? found.size : undefined};
		};
		const steps: unknown[] = [];
		steps.push(await outcome(sys.mkdir(j('a', 'b'))), await info(j('a')), await outcome(sys.mkdir(j('a', 'b'))));
		steps.push(await outcome(sys.writeFile(j('a', 'b', 'f.txt'), 'héllo 张三')), await sys.readFile(j('a', 'b', 'f.txt')), await info(j('a', 'b', 'f.txt')));
		steps.push(await sys.fileDigest(j('a', 'b', 'f.txt')), await sys.fileDigest(j('a')), await sys.readFile(j('a')));
		steps.push(await outcome(sys.writeFile(j('missing', 'x.txt'), 'x')), await info(j('missing')));
		steps.push(await outcome(sys.copyFile(j('a', 'b', 'f.txt'), j('c', 'd', 'g.txt'))), await sys.readFile(j('c', 'd', 'g.txt')));
		steps.push(await outcome(sys.copyFile(j('nothing.txt'), j('c', 'n.txt'))));
		steps.push(await outcome(sys.rename(j('c', 'd', 'g.txt'), j('a', 'h.txt'))), await info(j('c', 'd', 'g.txt')), await sys.readFile(j('a', 'h.txt')));
		steps.push(await outcome(sys.rename(j('nothing.txt'), j('a', 'n.txt'))), await outcome(sys.rename(j('a', 'h.txt'), j('missing', 'h.txt'))));
		steps.push(await outcome(sys.rename(j('a'), j('e'))), await info(j('a')), await sys.readFile(j('e', 'b', 'f.txt')));
		steps.push(await outcome(sys.writeFile(j('bom.txt'), '\uFEFFGOOS=linux\n')), await sys.readFile(j('bom.txt')), await sys.readFile(j('bom.txt'), 'auto'));
		steps.push(((await sys.readdir(j('e'))) ?? []).sort(), await sys.readdir(j('bom.txt')), await sys.readdir(j('missing')));
		steps.push(await outcome(sys.remove(j('e'))), await info(j('e')), await info(j('e', 'b', 'f.txt')), await outcome(sys.remove(j('e'))));
		steps.push(((await sys.readdir(root)) ?? []).sort());
		return steps;
	}

	it('gives the same answers for the same file operations', async () => {
		const root = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-system-'));
		try {
			const real = await fileScript(createNodeSystem(), root);
			const fake = await fileScript(createFakeSystem({platform: process.platform, files: {[root]: {dir: true}}}), root);
			expect(fake).toEqual(real);
			// The script reached what it tests: a refused write, a moved folder, a decoded BOM.
			expect(real).toContainEqual({error: 'ENOENT'});
			expect(real).toContain('GOOS=linux\n');
			expect(real.at(-1)).toEqual(['bom.txt', 'c']);
		} finally {
			rmSync(root, {recursive: true, force: true});
		}
	});

	it('has a home, a current and a temporary folder, as every machine does', async () => {
		const sys = createFakeSystem({cwd: '/srv/project', tmp: '/var/tmp'});
		for (const dir of [sys.homedir(), sys.cwd(), sys.tmpdir()]) expect((await sys.stat(dir))?.kind, dir).toBe('dir');
	});
});

describe('env merging', () => {
	it('replaces a variable case-insensitively on Windows, so there is one Path', () => {
		expect(mergeEnv({Path: 'a', Other: 'x'}, {PATH: 'b'}, true)).toEqual({PATH: 'b', Other: 'x'});
		expect(mergeEnv({Path: 'a'}, {PATH: 'b'}, false)).toEqual({Path: 'a', PATH: 'b'});
		expect(mergeEnv({A: '1'}, {A: undefined}, false)).toEqual({});
	});
});

describe('facts', () => {
	it('runs a command once per run however many ask, and again in a new run', async () => {
		const sys = createFakeSystem({commands: [{file: '/bin/tool', answer: {stdout: 'hi'}}], files: {'/bin/tool': {file: '', mode: 0o755}}});
		const facts = new Facts(sys);
		await Promise.all([facts.exec('/bin/tool', []), facts.exec('/bin/tool', []), facts.exec('/bin/tool', [])]);
		expect(sys.calls).toHaveLength(1);
		await new Facts(sys).exec('/bin/tool', []);
		expect(sys.calls).toHaveLength(2);
	});

	it('walks PATH in-process: skips files that are not executable, resolves relative entries against the cwd', async () => {
		const sys = createFakeSystem({
			cwd: '/srv',
			env: {PATH: '/a::bin:/b'},
			files: {'/a/go': {file: 'x', mode: 0o644}, '/srv/bin/go': {file: 'x', mode: 0o755}, '/b/go': {file: 'x', mode: 0o755}},
		});
		expect(await findAllOnPath(sys, 'go')).toEqual(['/srv/bin/go', '/b/go']);
	});
});

describe('go env file parsing', () => {
	it('follows cmd/go: first = splits, lines not starting A-Z are ignored, values verbatim, last wins', () => {
		const lines = parseGoEnvFile('# comment\nGOPROXY=\nGOFLAGS=-mod=mod -x\n lower=1\ngoprivate=x\nGOPROXY=https://a.example.com\nNOEQUALS\n');
		expect(lines.map((l) => [l.key, l.value, l.line])).toEqual([
			['GOPROXY', '', 2],
			['GOFLAGS', '-mod=mod -x', 3],
			['GOPROXY', 'https://a.example.com', 6],
		]);
		expect(envFileValues(lines).get('GOPROXY')?.value).toBe('https://a.example.com');
	});
});
