import {UNINSTALL_KEY} from '../../source/facts/go-installs.js';
import {readFileSync} from 'node:fs';
import {describe, expect, it, vi} from 'vitest';
import {composeEnvironment, expandOnce, registryEnvironment} from '../../source/facts/windows-env.js';
import {goSetting} from '../../source/facts/go-settings.js';
import {Facts} from '../../source/facts/facts.js';
import {parseRegExport, SYSTEM_ENVIRONMENT_KEY, USER_ENVIRONMENT_KEY, type RegistryValue} from '../../source/system/registry.js';
import {checkAll, GO_BIN, USER, windowsProcessEnv, windowsRegistry, windowsWorld} from '../helpers/windows-console-worlds.js';
import {goWorld} from '../helpers/worlds.js';

const sz = (name: string, data: string): RegistryValue => ({name, type: 'REG_SZ', data});
const expand = (name: string, data: string): RegistryValue => ({name, type: 'REG_EXPAND_SZ', data});

describe('the registry environment, composed as Windows Terminal does (til/env.h)', () => {
	it('gives the fixture registry exactly the PATH a new terminal has: system then user, expanded once', () => {
		const registry = windowsRegistry();
		const composed = composeEnvironment({processEnv: windowsProcessEnv(), system: registry[SYSTEM_ENVIRONMENT_KEY]!, user: registry[USER_ENVIRONMENT_KEY]!});
		expect(composed.variables.get('PATH')!.value).toBe(windowsProcessEnv().Path);
		// GOPATH is a REG_EXPAND_SZ enumerated after Path: Path was expanded before it existed.
		expect(composed.variables.get('PATH')!.value).toContain(';%GOPATH%\\bin;');
		expect(composed.variables.get('GOPATH')).toMatchObject({value: `${USER}\\go`, scope: 'user', user: {type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go'}});
		// The user value of an ordinary variable replaces the system one.
		expect(composed.variables.get('TEMP')).toMatchObject({value: `${USER}\\AppData\\Local\\Temp`, scope: 'user'});
		expect(composed.path.map((p) => [p.scope, p.entries.length])).toEqual([
			['system', 5],
			['user', 7],
		]);
	});

	it('reads REG_SZ values before REG_EXPAND_SZ ones, so order inside a key only matters between expandable values', () => {
		const composed = composeEnvironment({
			processEnv: {USERPROFILE: 'C:\\Users\\Jürgen'},
			system: null,
			user: [expand('Path', '%TOOLS%\\bin;%LATER%\\bin'), expand('LATER', 'C:\\later'), sz('TOOLS', 'C:\\tools')],
		});
		expect(composed.variables.get('PATH')!.value).toBe('C:\\tools\\bin;%LATER%\\bin');
		expect(composed.path[0]!.entries).toEqual([
			{raw: '%TOOLS%\\bin', expanded: 'C:\\tools\\bin'},
			{raw: '%LATER%\\bin', expanded: '%LATER%\\bin'},
		]);
	});

	it('concatenates a REG_SZ Path raw (its references never expand), but expands other REG_SZ values', () => {
		const composed = composeEnvironment({
			processEnv: {USERPROFILE: 'C:\\Users\\张三'},
			system: [sz('PATH', 'C:\\A;'), sz('HOME_COPY', '%USERPROFILE%')],
			user: [sz('Path', '%USERPROFILE%\\go\\bin')],
		});
		// The `;` the system value ends with is reused, not doubled.
		expect(composed.variables.get('PATH')!.value).toBe('C:\\A;%USERPROFILE%\\go\\bin');
		expect(composed.variables.get('PATH')!.name).toBe('PATH');
		expect(composed.variables.get('HOME_COPY')!.value).toBe('C:\\Users\\张三');
	});

	it('leaves unknown references literally, and skips empty values', () => {
		const known = new Map([['A', {value: 'x'}]]);
		expect(expandOnce('%A%;%NOPE%;50%', known)).toBe('x;%NOPE%;50%');
		const composed = composeEnvironment({processEnv: {}, system: [sz('EMPTY', '')], user: [expand('Path', '')]});
		expect(composed.variables.has('EMPTY')).toBe(false);
		expect(composed.path).toEqual([]);
	});

	it('keeps non-ASCII text exactly, from a real reg export file (UTF-16)', () => {
		const exported = readFileSync(new URL('../fixtures/windows/hkcu-environment.reg', import.meta.url));
		const user = parseRegExport(exported.subarray(2).toString('utf16le'), 'HKCU\\Environment');
		const composed = composeEnvironment({processEnv: {USERPROFILE: 'C:\\Users\\张三'}, system: null, user});
		expect(composed.variables.get('GOPATH')!.value).toBe('C:\\Users\\Jürgen\\go');
		expect(composed.variables.get('PATH')!.value).toBe('C:\\Users\\张三\\go\\bin;C:\\Users\\张三\\go\\bin');
	});

	it('reads the two keys once per run, however many checks ask', async () => {
		const sys = windowsWorld();
		const readKey = vi.spyOn(sys.registry!, 'readKey');
		await checkAll(sys);
		// Other checks read other keys (Internet Settings, FileSystem); the environment keys are read once each.
		const environmentReads = readKey.mock.calls.map((c) => c[0]).filter((k) => k === USER_ENVIRONMENT_KEY || k === SYSTEM_ENVIRONMENT_KEY);
		expect(environmentReads.sort()).toEqual([USER_ENVIRONMENT_KEY, SYSTEM_ENVIRONMENT_KEY].sort());
		expect(await registryEnvironment(new Facts(goWorld({platform: 'linux'})))).toBeNull();
	});
});

describe('where each Go setting comes from, on Windows', () => {
	it('traces a process value to the user registry when they agree, with the raw value and type', async () => {
		const origin = await goSetting(new Facts(windowsWorld()), 'GOPATH');
		expect(origin).toMatchObject({
			source: 'registry-user',
			where: 'HKCU\\Environment',
			value: `${USER}\\go`,
			disagrees: false,
			registry: {user: {name: 'GOPATH', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go'}, composed: `${USER}\\go`},
		});
	});

	it('flags a process value that is not what a new terminal gets from the registry', async () => {
		const registry = windowsRegistry();
		registry[USER_ENVIRONMENT_KEY]!.push(sz('GOPROXY', 'https://goproxy.cn,direct'));
		const sys = windowsWorld({registry, env: {GOPROXY: 'direct'}, goEnv: {GOPROXY: 'direct'}});
		const origin = await goSetting(new Facts(sys), 'GOPROXY');
		expect(origin).toMatchObject({source: 'process', osValue: 'direct', disagrees: true, registry: {composed: 'https://goproxy.cn,direct'}});
		const f = await checkAll(sys);
		const row = f['go-env-file']!.evidence.flatMap((e) => (e.kind === 'go-env' ? e.rows : [])).find((r) => r.name === 'GOPROXY');
		expect(row).toMatchObject({value: 'direct', source: 'process', note: 'a new terminal gets https://goproxy.cn,direct', tone: 'warn'});
		expect(f['stale-session']).toMatchObject({status: 'warn'});
		expect(f['stale-session']!.summary).toContain('GOPROXY');
	});

	it('removes a stale system GOROOT=C:\\Go where it was made: HKLM, raw and typed, needing admin', async () => {
		const registry = windowsRegistry();
		registry[SYSTEM_ENVIRONMENT_KEY]!.push(sz('GOROOT', 'C:\\Go'));
		const sys = windowsWorld({
			registry,
			env: {GOROOT: 'C:\\Go'},
			commands: [{file: `${GO_BIN}\\go.exe`, args: ['env', '-json'], answer: {exitCode: 2, stderr: 'go: cannot find GOROOT directory: C:\\Go\n'}}],
		});
		const f = await checkAll(sys);
		expect(f.goroot).toMatchObject({status: 'error'});
		expect(f.goroot!.summary).toBe(
			"GOROOT=C:\\Go (from the system environment (registry)) does not exist; go refuses to start; C:\\Go is where Go installers before 2019 put Go and set GOROOT; today's installer never sets it, so this is a leftover.",
		);
		expect(f.goroot!.fixes).toEqual([
			expect.objectContaining({
				id: 'unset-system-variable',
				needsAdmin: true,
				changes: [{kind: 'registry-env', scope: 'system', name: 'GOROOT', before: {raw: 'C:\\Go', type: 'REG_SZ'}, after: null}],
			}),
		]);
		expect(f.goroot!.evidence.some((e) => e.kind === 'registry' && e.values[0]!.hive === 'HKLM' && e.values[0]!.raw === 'C:\\Go')).toBe(true);
		expect(f['smoke-build']).toMatchObject({status: 'skipped'});
	});

	it('says when C:\\Go still holds an old Go that the go on PATH is not', async () => {
		const registry = windowsRegistry();
		registry[SYSTEM_ENVIRONMENT_KEY]!.push(sz('GOROOT', 'C:\\Go'));
		const sys = windowsWorld({
			registry,
			env: {GOROOT: 'C:\\Go'},
			goEnv: {GOROOT: 'C:\\Go'},
			files: {'C:\\Go\\pkg\\tool': {dir: true}, 'C:\\Go\\src\\runtime': {dir: true}, 'C:\\Go\\VERSION': 'go1.16.4\n'},
		});
		const f = await checkAll(sys);
		expect(f.goroot!.status).toBe('error');
		expect(f.goroot!.summary).toContain('holds go1.16.4, but the go on PATH is go1.27.4');
		expect(f.goroot!.summary).toContain('leftover');
	});
});

describe('stale-session', () => {
	it('is ok when this terminal has what a new one would get', async () => {
		const f = await checkAll(windowsWorld());
		expect(f['stale-session']).toMatchObject({status: 'ok'});
	});

	it('warns when Go was installed after the terminal opened, naming the values and the new PATH entries', async () => {
		const env = windowsProcessEnv();
		const oldPath = env.Path!.split(';').filter((e) => e !== GO_BIN).join(';');
		// The MSI's product entry (golang/build windowsmsi.go: DisplayName, InstallLocation = INSTALLDIR).
		const registry = windowsRegistry();
		registry[`${UNINSTALL_KEY}\\{8E2C1A3B-0000-4000-8000-00000000C0DE}`] = [
			sz('DisplayName', 'Go Programming Language amd64 go1.27.4'),
			sz('DisplayVersion', '1.27.4'),
			sz('InstallLocation', 'C:\\Program Files\\Go\\'),
			sz('Publisher', 'https://go.dev'),
		];
		const sys = windowsWorld({registry, env: {Path: oldPath, GOPATH: undefined, WT_SESSION: '3a1c0d2e-0000-4000-8000-000000000000'}});
		const f = await checkAll(sys);
		// Installed, and on the Path a new terminal gets: not "install Go", and nothing to write.
		expect(f['go-on-path']).toMatchObject({
			status: 'error',
			summary: 'Go go1.27.4 (the official MSI or winget) in C:\\Program Files\\Go is installed and on the system Path, but this terminal started before it got there: open a new terminal',
		});
		expect(f['go-on-path']!.fixes.map((x) => [x.id, x.changes.length])).toEqual([['refresh-session', 0]]);
		expect(f['stale-session']).toMatchObject({status: 'warn'});
		expect(f['stale-session']!.summary).toBe(
			'this terminal opened before changes it does not see: GOPATH, new PATH entries: 2, Go go1.27.4 (the official MSI or winget) in C:\\Program Files\\Go, whose bin folder new terminals get. Open a new terminal',
		);
		expect(f['stale-session']!.why).toContain('New Windows Terminal tabs (1.18 and later)');
		const table = f['stale-session']!.evidence.find((e) => e.kind === 'table' && e.rows.some((r) => r.raw === GO_BIN));
		expect(table).toMatchObject({rows: [{scope: 'system', raw: GO_BIN}, {scope: 'user', raw: GO_BIN}]});
		expect(f['stale-session']!.fixes[0]).toMatchObject({id: 'refresh-session', changes: []});
	});

	it('is info for a Go variable set only in this terminal, and unknown when the registry cannot be read', async () => {
		const f = await checkAll(windowsWorld({env: {GOFLAGS: '-mod=mod'}}));
		expect(f['stale-session']).toMatchObject({status: 'info', summary: 'differs from a new terminal in: GOFLAGS (only in this terminal)'});
		const unreadable = await checkAll(windowsWorld({registry: {}}));
		expect(unreadable['stale-session']).toMatchObject({status: 'unknown'});
	});

	it('does not apply on Linux or macOS', async () => {
		const f = await checkAll(goWorld({platform: 'darwin'}));
		expect(f['stale-session']).toMatchObject({status: 'skipped', summary: 'does not apply here (only on Windows)'});
	});
});
