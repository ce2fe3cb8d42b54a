import {mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createTranslator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import {configFolder, loadSuppressionStore} from '../../source/suppressions/conf-store.js';
import {countedStatuses, parseExpiry, suppressionState, type Suppression} from '../../source/suppressions/suppressions.js';
import {createNodeSystem} from '../../source/system/node-system.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import {jsonReport} from '../../source/report/json.js';
import {textReport} from '../../source/report/text.js';
import {exitCodeFor} from '../../source/model/status.js';

const NOW = new Date(2026, 10, 26, 12, 0);
const s = (extra: Partial<Suppression> = {}): Suppression => ({id: 'go111module', reason: 'legacy project', since: '2026-11-20T10:00:00.000Z', status: 'warn', ...extra});
const finding = (id: string, status: Finding['status']): Finding => ({id, title: id, family: 'toolchain', status, summary: `${id} says ${status}`, evidence: [], fixes: [], duration_ms: 1});

describe('suppressions', () => {
	it('reads expiries as dates or spans, and refuses the past and nonsense', () => {
		expect(parseExpiry('', NOW)).toEqual({ok: true});
		expect(parseExpiry('2026-12-31', NOW)).toEqual({ok: true, until: '2026-12-31'});
		expect(parseExpiry('2026-11-26', NOW)).toEqual({ok: true, until: '2026-11-26'});
		expect(parseExpiry('30d', NOW)).toEqual({ok: true, until: '2026-12-26'});
		expect(parseExpiry('2 周', NOW)).toEqual({ok: true, until: '2026-12-10'});
		expect(parseExpiry('10天', NOW)).toEqual({ok: true, until: '2026-12-06'});
		for (const bad of ['2026-11-25', '2026-02-30', 'soon', '0d', '-3d']) expect(parseExpiry(bad, NOW), bad).toEqual({ok: false});
	});

	it('holds until its last day, and not for a finding that got worse', () => {
		expect(suppressionState(s(), 'warn', NOW)?.kind).toBe('active');
		expect(suppressionState(s(), 'unknown', NOW)?.kind).toBe('active');
		expect(suppressionState(s({until: '2026-11-26'}), 'warn', NOW)?.kind).toBe('active');
		expect(suppressionState(s({until: '2026-11-25'}), 'warn', NOW)?.kind).toBe('expired');
		expect(suppressionState(s(), 'error', NOW)?.kind).toBe('worse');
		expect(suppressionState(undefined, 'error', NOW)).toBeUndefined();
	});

	it('takes suppressed findings out of the exit code, and only those', () => {
		const findings = [finding('go111module', 'error'), finding('goroot', 'ok')];
		const errorSuppressed = new Map([['go111module', s({status: 'error'})]]);
		expect(exitCodeFor(countedStatuses(findings, errorSuppressed, NOW), false)).toBe(0);
		expect(exitCodeFor(countedStatuses(findings, new Map([['go111module', s({status: 'warn'})]]), NOW), false)).toBe(1);
		expect(exitCodeFor(countedStatuses(findings, new Map([['go111module', s({status: 'error', until: '2026-11-01'})]]), NOW), false)).toBe(1);
	});

	it('marks them in check --json without touching their status, and in the text report with the reason', () => {
		const findings = [finding('go111module', 'warn'), finding('goroot', 'error')];
		const suppressions = new Map([['go111module', s()], ['goroot', s({id: 'goroot', status: 'warn'})]]);
		const meta = {tool: {name: 'goenv-tui', version: '0'}, platform: {os: 'linux', arch: 'x64', release: '', node: ''}, lang: 'en' as const, elapsedMs: 1};
		const json = jsonReport(findings, meta, {suppressions, now: NOW});
		expect(json.findings[0]).toMatchObject({status: 'warn', suppressed: true, suppression: {state: 'active', reason: 'legacy project'}});
		expect(json.findings[1]).toMatchObject({status: 'error', suppressed: false, suppression: {state: 'worse'}});
		const text = textReport(findings, meta, createTranslator('en'), {color: false, suppressions, now: NOW});
		expect(text).toContain('go111module says warn  (Suppressed on this machine: legacy project)');
		expect(text).toContain('but it is worse now, so it counts again');
	});
});

describe('the suppressions file', () => {
	let home: string | undefined;
	afterEach(() => {
		if (home) rmSync(home, {recursive: true, force: true});
	});
	const sysIn = (dir: string) => createNodeSystem({HOME: dir, USERPROFILE: dir, APPDATA: path.join(dir, 'AppData', 'Roaming'), PATH: process.env.PATH ?? ''});

	it('lives next to the journal, where env-paths puts goenv-tui\'s config', () => {
		expect(configFolder(createFakeSystem({platform: 'linux', home: '/home/jane', env: {}}))).toBe('/home/jane/.config/goenv-tui');
		expect(configFolder(createFakeSystem({platform: 'linux', home: '/home/jane', env: {XDG_CONFIG_HOME: '/cfg'}}))).toBe('/cfg/goenv-tui');
		expect(configFolder(createFakeSystem({platform: 'win32', env: {APPDATA: 'C:\\Users\\张三\\AppData\\Roaming'}}))).toBe('C:\\Users\\张三\\AppData\\Roaming\\goenv-tui\\Config');
		expect(configFolder(createFakeSystem({platform: 'darwin', home: '/Users/jane', env: {}}))).toBe('/Users/jane/Library/Preferences/goenv-tui');
	});

	it('is written with conf and read back; reading an absent file creates nothing', async () => {
		home = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-supp-'));
		const sys = sysIn(home);
		const folder = configFolder(sys)!;
		const store = (await loadSuppressionStore(sys))!;
		expect(store.list().size).toBe(0);
		expect(existsSync(folder)).toBe(false);
		await store.set(s({until: '2026-12-31'}));
		await store.set(s({id: 'goroot', reason: '张三的旧项目', status: 'info'}));
		const again = (await loadSuppressionStore(sys))!;
		expect([...again.list().keys()].sort()).toEqual(['go111module', 'goroot']);
		expect(again.list().get('goroot')?.reason).toBe('张三的旧项目');
		const file = JSON.parse(readFileSync(path.join(folder, 'suppressions.json'), 'utf8'));
		expect(file).toMatchObject({schemaVersion: 1, suppressions: {go111module: {reason: 'legacy project', until: '2026-12-31', status: 'warn'}}});
		await again.remove('go111module');
		expect([...(await loadSuppressionStore(sys))!.list().keys()]).toEqual(['goroot']);
	});

	it('starts each change from the file as it is now, so two processes do not drop each other\'s', async () => {
		home = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-supp-'));
		const sys = sysIn(home);
		const first = (await loadSuppressionStore(sys))!;
		const second = (await loadSuppressionStore(sys))!;
		await first.set(s({id: 'a'}));
		await second.set(s({id: 'b'}));
		expect([...(await loadSuppressionStore(sys))!.list().keys()].sort()).toEqual(['a', 'b']);
	});

	it('never empties a damaged file: it is reported, ignored, and writes are refused', async () => {
		home = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-supp-'));
		const sys = sysIn(home);
		const folder = configFolder(sys)!;
		mkdirSync(folder, {recursive: true});
		const damaged = '{"schemaVersion":1,"suppressions":{"x":{"reason":';
		writeFileSync(path.join(folder, 'suppressions.json'), damaged);
		const store = (await loadSuppressionStore(sys))!;
		expect(store.problem).toBeTruthy();
		expect(store.list().size).toBe(0);
		await expect(store.set(s())).rejects.toThrow();
		expect(readFileSync(path.join(folder, 'suppressions.json'), 'utf8')).toBe(damaged);
	});
});
