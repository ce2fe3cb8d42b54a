import {describe, expect, it} from 'vitest';
import {Facts} from '../../source/facts/facts.js';
import {goSetting} from '../../source/facts/go-settings.js';
import {createTranslator} from '../../source/i18n/index.js';
import {settingRow} from '../../source/probes/setting-evidence.js';
import {layerRows} from '../../source/repl/layers.js';
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
