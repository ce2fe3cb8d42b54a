import {describe, expect, it} from 'vitest';
import {Facts} from '../../source/facts/facts.js';
import {goSetting} from '../../source/facts/go-settings.js';
import {commandHits, pathModel, registryPathEntries} from '../../source/facts/path-model.js';
import {unreadableProfiles} from '../../source/facts/shell-profiles.js';
import {applyFix, previewFix} from '../../source/fixes/index.js';
import {cleanPathFix} from '../../source/fixes/setting-fixes.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Evidence} from '../../source/model/finding.js';
import {settingRow} from '../../source/probes/setting-evidence.js';
import {createFakeSystem, type FakeEntry} from '../../source/system/fake-system.js';
import {USER_ENVIRONMENT_KEY} from '../../source/system/registry.js';
import {findingWith, fixWorld} from '../helpers/fixes.js';
import {checkAll, windowsRegistry, windowsWorld} from '../helpers/windows-console-worlds.js';
import {defaultGoEnv, goWorld} from '../helpers/worlds.js';

const t = createTranslator('en');
const HOME = '/home/dev';
const base = {platform: 'linux' as const, goEnv: defaultGoEnv('linux', {GOHOSTOS: 'linux', GOHOSTARCH: 'amd64'})};

/**
 * A profile or a PATH folder that is there but could not be read (EACCES, EISDIR, EIO…) is
 * not an absent one: the checks say what they could not read and why, in words, never "not
 * set" or "missing folder", and no fix edits a profile it could not read.
 */
describe('shell profiles that could not be read', () => {
	it('are told apart from absent ones: ENOENT is not listed, EACCES and EIO are, with their code', async () => {
		const sys = goWorld({...base, env: {SHELL: '/bin/bash'}, files: {[`${HOME}/.bashrc`]: {unreadable: 'EACCES'}, [`${HOME}/.zshrc`]: {unreadable: 'EIO'}, [`${HOME}/.profile`]: 'export A=1\n'}});
		expect(await unreadableProfiles(new Facts(sys))).toEqual([
			{file: `${HOME}/.bashrc`, code: 'EACCES'},
			{file: `${HOME}/.zshrc`, code: 'EIO'},
		]);
		expect(await unreadableProfiles(new Facts(goWorld({...base, env: {SHELL: '/bin/bash'}})))).toEqual([]);
	});

	it('gobin-on-path: GOPATH/bin not on PATH and ~/.bashrc unreadable: a warning that says a new shell is unknown and why, with no profile line to add', async () => {
		const readable = await checkAll(goWorld({...base, env: {SHELL: '/bin/bash'}}));
		expect(readable['gobin-on-path']!.fixes.map((f) => f.id)).toEqual(['add-to-profile-path']);
		for (const code of ['EACCES', 'EIO']) {
			const f = (await checkAll(goWorld({...base, env: {SHELL: '/bin/bash'}, files: {[`${HOME}/.bashrc`]: {unreadable: code}}})))['gobin-on-path']!;
			expect(f.status).toBe('warn');
			expect(f.fixes).toEqual([]);
			expect(f.summary).toContain('whether a new shell adds it is unknown');
			expect(f.summary).toContain(`${HOME}/.bashrc: ${code === 'EACCES' ? 'permission denied (EACCES)' : 'the disk reported an input/output error (EIO)'}`);
			expect(f.summary).not.toContain('is not on PATH: tools you go install');
		}
	});

	it('go-on-path: Go installed but not on PATH, ~/.profile unreadable: the error names the unreadable profile and offers no line for it', async () => {
		const files: Record<string, FakeEntry> = {
			'/usr/local/go/bin/go': {file: 'ELF', mode: 0o755},
			'/usr/local/go/pkg/tool': {dir: true},
			'/usr/local/go/src/runtime': {dir: true},
			'/usr/local/go/VERSION': 'go1.26.8\ntime 2026-11-02T20:36:20Z\n',
		};
		const world = (extra: Record<string, FakeEntry>) => createFakeSystem({platform: 'linux', home: HOME, env: {PATH: '/usr/bin:/bin', HOME, SHELL: '/bin/bash'}, files: {...files, ...extra}});
		const plain = (await checkAll(world({})))['go-on-path']!;
		expect(plain.fixes[0]?.id).toBe('add-to-profile-path');
		const f = (await checkAll(world({[`${HOME}/.profile`]: {unreadable: 'EACCES'}})))['go-on-path']!;
		expect(f.status).toBe('error');
		expect(f.fixes).toEqual([]);
		expect(f.summary).toContain('is not on PATH in this shell, and whether a new shell adds it is unknown');
		expect(f.summary).toContain(`${HOME}/.profile: permission denied (EACCES)`);
	});

	it('a variable in the environment while a profile could not be read: its row says a profile may set it too, in words', async () => {
		const sys = goWorld({...base, env: {GOFLAGS: '-mod=mod'}, goEnv: {...base.goEnv, GOFLAGS: '-mod=mod'}, files: {[`${HOME}/.zshrc`]: {unreadable: 'EIO'}}});
		const origin = await goSetting(new Facts(sys), 'GOFLAGS');
		expect(origin.unreadableProfiles).toEqual([{file: `${HOME}/.zshrc`, code: 'EIO'}]);
		expect(settingRow(t, origin).note).toBe(`a profile that could not be read may set it too (${HOME}/.zshrc: the disk reported an input/output error (EIO))`);
		// Not set anywhere: nothing to say about profiles.
		const unset = await goSetting(new Facts(goWorld({...base, files: {[`${HOME}/.zshrc`]: {unreadable: 'EIO'}}})), 'GOFLAGS');
		expect(unset.unreadableProfiles).toBeUndefined();
	});

	it('a profile-line fix on a profile that cannot be read is blocked in the preview and refused at apply, the file untouched', async () => {
		for (const code of ['EACCES', 'EIO', 'EISDIR']) {
			const file = `${HOME}/.profile`;
			const sys = createFakeSystem({platform: 'linux', home: HOME, env: {HOME}, files: {[file]: code === 'EISDIR' ? {dir: true} : {unreadable: code}}});
			const world = fixWorld(sys);
			try {
				const finding = findingWith([{kind: 'profile-line', file, before: {line: null}, after: {line: 'export PATH="$PATH:$HOME/go/bin"'}}]);
				const preview = await previewFix(world.services, finding);
				expect(preview.blockers.join('\n')).toContain(`${file} cannot be read (`);
				expect(preview.blockers.join('\n')).toContain(`${code})`);
				const outcome = await applyFix(world.services, preview);
				expect(outcome.status).not.toBe('applied');
				expect(await sys.readText(file)).toEqual({ok: false, code});
			} finally {
				world.cleanup();
			}
		}
	});

	it('a profile that becomes unreadable between the preview and the apply is not written: the apply stops with nothing written', async () => {
		const file = `${HOME}/.profile`;
		const sys = createFakeSystem({platform: 'linux', home: HOME, env: {HOME}, files: {[file]: 'export EDITOR=vi\n'}});
		const world = fixWorld(sys);
		try {
			const preview = await previewFix(world.services, findingWith([{kind: 'profile-line', file, before: {line: null}, after: {line: 'export PATH="$PATH:$HOME/go/bin"'}}]));
			expect(preview.blockers).toEqual([]);
			sys.setFile(file, {unreadable: 'EIO'});
			const outcome = await applyFix(world.services, preview);
			expect(outcome.status).not.toBe('applied');
			expect(JSON.stringify(outcome)).toContain('the disk reported an input/output error (EIO)');
			// Still the file that could not be read: nothing was written over it.
			expect(await sys.readText(file)).toEqual({ok: false, code: 'EIO'});
		} finally {
			world.cleanup();
		}
	});
});

describe('other reads that kept "absent" apart from "could not read"', () => {
	it('an editor settings file that cannot be read blocks its fix with the reason, not "no such file"', async () => {
		const file = `${HOME}/.config/Code/User/settings.json`;
		const sys = createFakeSystem({platform: 'linux', home: HOME, env: {HOME}, files: {[file]: {unreadable: 'EACCES'}}});
		const world = fixWorld(sys);
		try {
			const preview = await previewFix(world.services, findingWith([{kind: 'json-setting', file, path: ['go.goroot'], before: {raw: '"/usr/lib/go-1.19"'}, after: {raw: null}}]));
			expect(preview.blockers).toEqual([`${file} cannot be read (permission denied (EACCES)): a file that cannot be read is never edited`]);
			expect((await applyFix(world.services, preview)).status).not.toBe('applied');
			expect(await sys.readText(file)).toEqual({ok: false, code: 'EACCES'});
		} finally {
			world.cleanup();
		}
	});

	it('gobin-on-path: a GOBIN behind a folder that cannot be looked into is "?" with the reason, not "exists: no"', async () => {
		const sys = goWorld({...base, env: {SHELL: '/bin/bash'}, goEnv: {...base.goEnv, GOBIN: '/srv/locked/bin'}, files: {'/srv/locked': {dir: true, closed: 'EACCES'}}});
		const f = (await checkAll(sys))['gobin-on-path']!;
		const rows = f.evidence.flatMap((e) => (e.kind === 'kv' ? e.rows : []));
		expect(rows.find((r) => r.label === 'exists')?.value).toBe('? (permission denied (EACCES))');
		const absent = (await checkAll(goWorld({...base, env: {SHELL: '/bin/bash'}, goEnv: {...base.goEnv, GOBIN: '/srv/none/bin'}})))['gobin-on-path']!;
		expect(absent.evidence.flatMap((e) => (e.kind === 'kv' ? e.rows : [])).find((r) => r.label === 'exists')?.value).toBe('no');
	});
});

describe('PATH folders that could not be looked at', () => {
	it('Unix: a folder behind one without search permission is "cannot be looked at", not "missing", and path-hygiene says so with the reason', async () => {
		const sys = goWorld({platform: 'linux', env: {PATH: '/usr/bin:/usr/local/go/bin:/srv/locked/bin:/nope'}, files: {'/usr/bin': {dir: true}, '/srv/locked': {dir: true, closed: 'EACCES'}}});
		const model = await pathModel(new Facts(sys));
		expect(model.entries.map((e) => [e.expanded, e.kind, e.marks.join(' ')])).toEqual([
			['/usr/bin', 'dir', ''],
			['/usr/local/go/bin', 'dir', ''],
			['/srv/locked/bin', 'unknown', 'unreadable'],
			['/nope', 'missing', 'missing'],
		]);
		const hygiene = (await checkAll(sys))['path-hygiene']!;
		expect(hygiene.status).toBe('warn');
		expect(hygiene.summary).toContain('entries that could not be looked at: 1 (/srv/locked/bin: permission denied (EACCES)); whether they exist is unknown, so none is removed');
		expect(hygiene.summary).toContain('entries that are not folders: 1');
		const path = hygiene.evidence.find((e): e is Extract<Evidence, {kind: 'path'}> => e.kind === 'path')!;
		expect(path.entries.find((e) => e.expanded === '/srv/locked/bin')!.marks).toEqual(['unreadable']);
	});

	it('Unix: a PATH folder that can be searched but not listed still yields the go in it, as the shell finds it by name', async () => {
		const sys = goWorld({platform: 'linux', env: {PATH: '/opt/tools/bin:/usr/local/go/bin'}, files: {'/opt/tools/bin': {dir: true, unlisted: 'EACCES'}, '/opt/tools/bin/go': {file: 'ELF', mode: 0o755}}});
		expect(await sys.list('/opt/tools/bin')).toEqual({ok: false, code: 'EACCES'});
		const hits = await commandHits(new Facts(sys), 'go');
		expect(hits.map((h) => [h.file, h.wins])).toEqual([
			['/opt/tools/bin/go', true],
			['/usr/local/go/bin/go', false],
		]);
	});

	it('Windows: a registry Path folder that could not be looked at is never removed by clean-user-path (a missing one is)', async () => {
		const registry = windowsRegistry();
		registry[USER_ENVIRONMENT_KEY] = [
			{name: 'Path', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go\\bin;C:\\Old\\Missing;D:\\Locked\\bin;'},
			{name: 'GOPATH', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go'},
		];
		const sys = windowsWorld({registry, files: {'D:\\Locked': {dir: true, closed: 'EACCES'}}});
		const entries = await registryPathEntries(new Facts(sys));
		expect(entries.find((e) => e.raw === 'D:\\Locked\\bin')).toMatchObject({exists: false, unreadable: 'EACCES'});
		const userPath = registry[USER_ENVIRONMENT_KEY]!.find((v) => v.name === 'Path');
		const fix = cleanPathFix(t, 'user', userPath, entries);
		expect(fix?.changes[0]).toMatchObject({kind: 'path-entries', removed: ['C:\\Old\\Missing']});
		const hygiene = (await checkAll(sys))['path-hygiene']!;
		expect(hygiene.summary).toContain('D:\\Locked\\bin: permission denied (EACCES)');
	});
});
