import {describe, expect, it} from 'vitest';
import {Facts} from '../../source/facts/facts.js';
import {goInstalls} from '../../source/facts/go-installs.js';
import {goSetting} from '../../source/facts/go-settings.js';
import {createTranslator} from '../../source/i18n/index.js';
import {settingRow} from '../../source/probes/setting-evidence.js';
import {layerRows} from '../../source/repl/layers.js';
import {createFakeSystem, type FakeEntry} from '../../source/system/fake-system.js';
import {checkAll} from '../helpers/windows-console-worlds.js';
import {defaultGoEnv, goWorld, LINUX_GOROOT} from '../helpers/worlds.js';

const t = createTranslator('en');
const GO_ENV = `${LINUX_GOROOT}/go.env`;
const base = {platform: 'linux' as const, goEnv: defaultGoEnv('linux', {GOHOSTOS: 'linux', GOHOSTARCH: 'amd64'})};

/**
 * Files the checks read for their defaults or evidence that are there but could not be read
 * (EACCES, EIO…) are not absent ones: what depends on them is unknown, said in words, never
 * "default" or "not set"; a file that is really absent reads as before.
 */
describe('$GOROOT/go.env that could not be read', () => {
	it('a setting nothing else sets is "unknown: $GOROOT/go.env or go\'s default", with the reason, never "default"', async () => {
		for (const code of ['EACCES', 'EIO']) {
			const origin = await goSetting(new Facts(goWorld({...base, files: {[GO_ENV]: {unreadable: code}}})), 'GOPROXY');
			expect(origin.source).toBe('goroot-go-env-unreadable');
			expect(origin.gorootUnreadable).toEqual({file: GO_ENV, code});
			// The value is still go's own answer.
			expect(origin.value).toBe('https://goproxy.example.com,direct');
			const row = settingRow(t, origin);
			expect(row.tone).toBe('warn');
			expect(row.note).toBe(`${GO_ENV} could not be read (${code === 'EACCES' ? 'permission denied (EACCES)' : 'the disk reported an input/output error (EIO)'}): whether it sets this is unknown`);
			expect(t(`source.${row.source}`)).toBe("unknown: $GOROOT/go.env or go's default");
		}
	});

	it('the control: readable, the file is the source; absent, go\'s default, as before', async () => {
		expect((await goSetting(new Facts(goWorld(base)), 'GOPROXY')).source).toBe('goroot-go-env');
		const absent = goWorld(base);
		absent.setFile(GO_ENV, undefined);
		const origin = await goSetting(new Facts(absent), 'GOPROXY');
		expect(origin.source).toBe('default');
		expect(origin.gorootUnreadable).toBeUndefined();
	});

	it('a layer above it still wins and is traced; an inferred setting is still inferred', async () => {
		const sys = goWorld({...base, env: {GOPROXY: 'https://corp.example.com'}, goEnv: {...base.goEnv, GOPROXY: 'https://corp.example.com'}, files: {[GO_ENV]: {unreadable: 'EACCES'}}});
		const fromOs = await goSetting(new Facts(sys), 'GOPROXY');
		expect(fromOs.source).toBe('process');
		expect(fromOs.gorootUnreadable).toBeUndefined();
		expect((await goSetting(new Facts(sys), 'GOROOT')).source).toBe('inferred');
	});

	it('the REPL\'s layers show "?" with the file for $GOROOT/go.env, and no layer is marked as the one go uses', async () => {
		const origin = await goSetting(new Facts(goWorld({...base, files: {[GO_ENV]: {unreadable: 'EIO'}}})), 'GOSUMDB');
		const rows = layerRows(origin, 'linux', 'sumdb.example.com', false);
		expect(rows.find((r) => r.layer === 'goroot-go-env')).toMatchObject({where: GO_ENV, unreadable: 'EIO', wins: false});
		expect(rows.filter((r) => r.wins)).toEqual([]);
	});

	it('gotoolchain: a GOTOOLCHAIN from nowhere readable offers no fix and does not call it the default', async () => {
		const f = (await checkAll(goWorld({...base, files: {[GO_ENV]: {unreadable: 'EACCES'}}})))['gotoolchain']!;
		expect(f.fixes).toEqual([]);
		const rows = f.evidence.flatMap((e) => (e.kind === 'go-env' ? e.rows : []));
		const row = rows.find((r) => r.name === 'GOTOOLCHAIN');
		expect(row?.source).toBe('goroot-go-env-unreadable');
		expect(row?.note).toContain('permission denied (EACCES)');
	});
});

describe('Go install places that could not be read', () => {
	const HOME = '/home/dev';
	const world = (files: Record<string, FakeEntry>) => createFakeSystem({platform: 'linux', home: HOME, env: {PATH: '/usr/bin:/bin', HOME}, files});

	it('no go on PATH and ~/sdk cannot be looked into: "not found" also names the place and why, a Go there unknown', async () => {
		const control = (await checkAll(world({})))['go-on-path']!;
		expect(control.summary).not.toContain('could not be read');
		for (const code of ['EACCES', 'EIO']) {
			const f = (await checkAll(world({[`${HOME}/sdk`]: {dir: true, closed: code}})))['go-on-path']!;
			expect(f.status).toBe('error');
			expect(f.summary).toContain(`places that could not be read: ${HOME}/sdk: ${code === 'EACCES' ? 'permission denied (EACCES)' : 'the disk reported an input/output error (EIO)'}; whether a Go is there is unknown`);
		}
	});

	it('a VERSION file that cannot be read: the version comes from the folder\'s name and the file is listed as unreadable; an absent one is not', async () => {
		const tree = (version: FakeEntry | undefined) => ({
			[`${HOME}/sdk/go1.25.3/bin/go`]: {file: 'ELF', mode: 0o755} as FakeEntry,
			...(version === undefined ? {} : {[`${HOME}/sdk/go1.25.3/VERSION`]: version}),
		});
		const found = await goInstalls(new Facts(world(tree({unreadable: 'EIO'}))));
		expect(found.installs.map((i) => [i.root, i.version, i.versionFrom])).toEqual([[`${HOME}/sdk/go1.25.3`, 'go1.25.3', 'folder']]);
		expect(found.unreadable).toEqual([{file: `${HOME}/sdk/go1.25.3/VERSION`, code: 'EIO'}]);
		expect((await goInstalls(new Facts(world(tree(undefined))))).unreadable).toEqual([]);
	});
});
