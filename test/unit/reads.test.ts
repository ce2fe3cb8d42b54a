import {describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import type {Probe} from '../../source/engine/probe.js';
import {Facts} from '../../source/facts/facts.js';
import {CLASSIFIED_MEMBERS, reaches, readingInto, ReadLog} from '../../source/facts/reads.js';
import {createTranslator} from '../../source/i18n/index.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import {createNodeSystem} from '../../source/system/node-system.js';
import {createWindowsRegistry} from '../../source/system/windows-registry.js';

const t = createTranslator('en');

describe('what a check read', () => {
	it('classifies every member of the System port and of the registry port (a new one must say how it is read)', () => {
		const FAKE_ONLY = new Set(['calls', 'setFile', 'setEnv', 'addCommand', 'broadcasts', 'tlsRequests', 'setTlsChain']);
		const DATA = new Set(['platform', 'arch', 'osRelease', 'hostname', 'path', 'registry']);
		for (const sys of [createNodeSystem(), createFakeSystem({platform: 'win32'})]) {
			const members = Object.keys(sys).filter((name) => !DATA.has(name) && !FAKE_ONLY.has(name));
			expect(members.filter((name) => !CLASSIFIED_MEMBERS.system.includes(name))).toEqual([]);
		}
		const registry = createWindowsRegistry(async () => ({exitCode: 0, stdout: '', stderr: '', timedOut: false, canceled: false}), {});
		expect(Object.keys(registry).filter((name) => !CLASSIFIED_MEMBERS.registry.includes(name))).toEqual([]);
	});

	it('credits a memoised fact to every check that uses it, not only to the one that computed it', async () => {
		const sys = createFakeSystem({platform: 'linux', env: {GOFLAGS: '-mod=mod'}, files: {'/home/dev/.config/go/env': 'GOPROXY=off\n'}});
		const facts = new Facts(sys);
		const fact = () => facts.once('both', async () => `${facts.sys.getenv('GOFLAGS')} ${await facts.sys.readFile('/home/dev/.config/go/env')}`);
		const first = new ReadLog();
		const second = new ReadLog();
		await readingInto(first, fact);
		await readingInto(second, async () => {
			await fact();
			await facts.sys.stat('/home/dev/project/');
		});
		expect([...first.all()].sort()).toEqual(['env:GOFLAGS', 'file:/home/dev/.config/go/env']);
		expect([...second.all()].sort()).toEqual(['env:GOFLAGS', 'file:/home/dev/.config/go/env', 'file:/home/dev/project']);
		// Outside any check nothing is noted (a fix reading back its change).
		await facts.sys.getenv('HOME');
	});

	it('keys Windows facts case-folded, and a go1.x wrapper as a go', async () => {
		const sys = createFakeSystem({platform: 'win32', registry: {'HKCU\\Environment': []}});
		const facts = new Facts(sys);
		const log = new ReadLog();
		await readingInto(log, async () => {
			facts.sys.getenv('Path');
			await facts.sys.registry!.readKey('HKEY_CURRENT_USER\\Environment');
			await facts.sys.exec({file: 'C:\\Users\\dev\\go\\bin\\go1.22.0.exe', args: ['version'], timeoutMs: 1000});
			await facts.sys.readdir('C:\\Program Files\\Go\\bin\\');
		});
		expect([...log.all()].sort()).toEqual([
			'dir:c:\\program files\\go\\bin',
			'env:PATH',
			'exec:go',
			'file:c:\\users\\dev\\go\\bin\\go1.22.0.exe',
			'registry:hkcu\\environment',
		]);
	});

	it('relates a touched path to reads of the same path, of a folder that holds it, and of what it holds', () => {
		expect(reaches('file:/home/dev/.profile', 'file:/home/dev/.profile')).toBe(true);
		expect(reaches('file:/home/dev/go/bin', 'dir:/home/dev/go')).toBe(true);
		expect(reaches('file:/home/dev/go', 'file:/home/dev/go/bin/dlv')).toBe(true);
		expect(reaches('file:/home/dev/go', 'file:/home/dev/gopath')).toBe(false);
		expect(reaches('file:c:\\users\\dev\\go', 'file:c:\\users\\dev\\go\\bin')).toBe(true);
		expect(reaches('exec:go', 'exec:git')).toBe(false);
		expect(reaches('exec:*', 'exec:git')).toBe(true);
		expect(reaches('exec:*', 'file:/usr/bin/git')).toBe(false);
		expect(reaches('*', 'registry:hkcu\\environment')).toBe(true);
		expect(reaches('registry:hkcu\\environment', 'registry:hklm\\system\\currentcontrolset\\control\\session manager\\environment')).toBe(false);
	});
});

describe('Engine.affectedBy', () => {
	const probe = (id: string, run: Probe['run'], extra: Partial<Probe> = {}): Probe => ({id, family: 'environment', title: 'probe.goroot.title', run, ...extra});

	it('names the checks whose reads a change reaches, and those that depend on them, in checklist order', async () => {
		const sys = createFakeSystem({platform: 'linux', env: {GOPATH: '/home/dev/go'}, files: {'/home/dev/.config/go/env': 'GOPROXY=off\n', '/home/dev/.profile': ''}});
		const envFile = '/home/dev/.config/go/env';
		const probes: Probe[] = [
			probe('reads-file', async ({facts}) => ({status: 'ok', summary: (await facts.once('file', () => facts.sys.readFile(envFile))) ?? ''})),
			probe('shares-fact', async ({facts}) => ({status: 'ok', summary: (await facts.once('file', () => facts.sys.readFile(envFile))) ?? ''})),
			probe('reads-env', async ({sys: s}) => ({status: 'ok', summary: s.getenv('GOPATH') ?? ''})),
			probe('depends', async () => ({status: 'ok', summary: 'x'}), {dependsOn: ['reads-file']}),
			probe('windows-only', async () => ({status: 'ok', summary: 'x'}), {platforms: ['win32']}),
			probe('crashes', async ({sys: s}) => {
				s.getenv('HOME');
				throw new Error('boom');
			}),
			probe('profile', async ({sys: s}) => ({status: 'ok', summary: (await s.readFile('/home/dev/.profile')) ?? ''})),
		];
		const engine = new Engine({probes, sys, t, scheduleFlush: (f) => f()});
		await engine.run();
		// A check that crashed stopped reading part-way: it always runs again.
		expect(engine.affectedBy([`file:${envFile}`])).toEqual(['reads-file', 'shares-fact', 'depends', 'crashes']);
		expect(engine.affectedBy(['file:/home/dev/.profile'])).toEqual(['crashes', 'profile']);
		expect(engine.affectedBy(['registry:hkcu\\environment'])).toEqual(['crashes']);
		expect(engine.affectedBy(['*'])).toEqual(['reads-file', 'shares-fact', 'reads-env', 'depends', 'crashes', 'profile']);
	});

	it('names nothing that never ran, and a check still running always', async () => {
		let release: () => void = () => undefined;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const probes: Probe[] = [
			probe('slow', async () => {
				await gate;
				return {status: 'ok', summary: 'x'};
			}),
			probe('quick', async () => ({status: 'ok', summary: 'x'})),
		];
		const engine = new Engine({probes, sys: createFakeSystem(), t, scheduleFlush: (f) => f()});
		expect(engine.affectedBy(['*'])).toEqual([]);
		const done = engine.run();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(engine.affectedBy(['file:/nowhere'])).toEqual(['slow']);
		release();
		await done;
		expect(engine.affectedBy(['file:/nowhere'])).toEqual([]);
	});
});
