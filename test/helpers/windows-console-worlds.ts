import {readFileSync} from 'node:fs';
import {Engine} from '../../source/engine/engine.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import {PROBES} from '../../source/probes/index.js';
import {createFakeSystem, type FakeCommand, type FakeEntry, type FakeSystem} from '../../source/system/fake-system.js';
import {shortKey, type RegistryType, type RegistryValue} from '../../source/system/registry.js';
import type {System} from '../../source/system/types.js';

/**
 * Fake Windows worlds for the Go setup checks (PATH, GOROOT, GOPATH, the go env file), built
 * from fixtures in the real output shapes of windows-mechanics.md: `reg query` (CRLF, 4-space
 * columns) for the registry, `go env` in its Windows `set NAME=value` form for what go
 * reports, `where` for command lookup.
 */

export const fixture = (name: string) => readFileSync(new URL(`../fixtures/windows/console/${name}`, import.meta.url), 'utf8');

/** `reg query KEY` output → key → values, raw and typed (the row regex of windows-mechanics §1). */
export function parseRegQuery(text: string): Record<string, RegistryValue[]> {
	const keys: Record<string, RegistryValue[]> = {};
	let current: RegistryValue[] | undefined;
	for (const line of text.split(/\r?\n/)) {
		if (/^HKEY_/.test(line)) {
			current = keys[shortKey(line.trim())] = [];
			continue;
		}
		const row = /^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/.exec(line);
		if (row && current) current.push({name: row[1]!, type: row[2]! as RegistryType, data: row[3] ?? ''});
	}
	return keys;
}

/** Windows `go env` output (`set NAME=value`) → the map `go env -json` prints. */
export function parseGoEnvSet(text: string): Record<string, string> {
	const values: Record<string, string> = {};
	for (const line of text.split(/\r?\n/)) {
		const m = /^set ([A-Z0-9_]+)=(.*)$/.exec(line);
		if (m) values[m[1]!] = m[2]!;
	}
	return values;
}

export const USER = 'C:\\Users\\张三';
export const GO_BIN = 'C:\\Program Files\\Go\\bin';

/** The process environment Windows gives a new terminal for the fixture registry (PATH composed by hand). */
export function windowsProcessEnv(): Record<string, string> {
	return {
		SystemRoot: 'C:\\Windows',
		SystemDrive: 'C:',
		USERPROFILE: USER,
		APPDATA: `${USER}\\AppData\\Roaming`,
		LOCALAPPDATA: `${USER}\\AppData\\Local`,
		ProgramFiles: 'C:\\Program Files',
		USERNAME: '张三',
		ComSpec: 'C:\\Windows\\system32\\cmd.exe',
		NUMBER_OF_PROCESSORS: '8',
		OS: 'Windows_NT',
		PATHEXT: '.COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC',
		PROCESSOR_ARCHITECTURE: 'AMD64',
		PROCESSOR_IDENTIFIER: 'Intel64 Family 6 Model 154 Stepping 3, GenuineIntel',
		PSModulePath: 'C:\\Program Files\\WindowsPowerShell\\Modules;C:\\Windows\\system32\\WindowsPowerShell\\v1.0\\Modules',
		windir: 'C:\\Windows',
		TEMP: `${USER}\\AppData\\Local\\Temp`,
		TMP: `${USER}\\AppData\\Local\\Temp`,
		GOPATH: `${USER}\\go`,
		OneDrive: `${USER}\\OneDrive`,
		Path: [
			'C:\\Windows\\system32',
			'C:\\Windows',
			'C:\\Windows\\System32\\Wbem',
			'C:\\Program Files\\Git\\cmd',
			GO_BIN,
			`${USER}\\AppData\\Local\\Microsoft\\WindowsApps`,
			`${USER}\\go\\bin`,
			GO_BIN,
			'C:\\Old\\Missing',
			'%GOPATH%\\bin',
			`${USER}\\go\\bin\\`,
			'',
		].join(';'),
	};
}

export function windowsFiles(): Record<string, FakeEntry> {
	return {
		'C:\\Windows\\system32\\cmd.exe': {file: 'MZ'},
		'C:\\Windows\\system32\\where.exe': {file: 'MZ'},
		'C:\\Windows\\System32\\Wbem': {dir: true},
		'C:\\Program Files\\Git\\cmd\\git.exe': {file: 'MZ'},
		[`${GO_BIN}\\go.exe`]: {file: 'MZ'},
		[`${GO_BIN}\\gofmt.exe`]: {file: 'MZ'},
		'C:\\Program Files\\Go\\pkg\\tool\\windows_amd64': {dir: true},
		'C:\\Program Files\\Go\\src\\runtime': {dir: true},
		'C:\\Program Files\\Go\\VERSION': 'go1.27.4\ntime 2026-11-02T20:36:20Z\n',
		'C:\\Program Files\\Go\\go.env': 'GOPROXY=https://goproxy.example.com,direct\nGOSUMDB=sumdb.example.com\nGOTOOLCHAIN=auto\n',
		[`${USER}\\AppData\\Local\\Microsoft\\WindowsApps\\python.exe`]: {file: 'MZ'},
		[`${USER}\\go\\bin\\gopls.exe`]: {file: 'MZ'},
		[`${USER}\\go\\bin\\dlv.exe`]: {file: 'MZ'},
		[`${USER}\\project`]: {dir: true},
	};
}

export interface WindowsWorldSpec {
	env?: Record<string, string | undefined>;
	files?: Record<string, FakeEntry | undefined>;
	/** Registry keys; default: the two `reg query` fixtures. */
	registry?: Record<string, RegistryValue[]>;
	/** Overrides of the `go env` fixture. */
	goEnv?: Record<string, string>;
	commands?: FakeCommand[];
	cwd?: string;
}

export function windowsRegistry(): Record<string, RegistryValue[]> {
	return {...parseRegQuery(fixture('reg-query-hklm-environment.txt')), ...parseRegQuery(fixture('reg-query-hkcu-environment.txt'))};
}

export function windowsWorld(spec: WindowsWorldSpec = {}): FakeSystem {
	const env = Object.fromEntries(Object.entries({...windowsProcessEnv(), ...spec.env}).filter((e): e is [string, string] => e[1] !== undefined));
	const files = Object.fromEntries(Object.entries({...windowsFiles(), ...spec.files}).filter((e): e is [string, FakeEntry] => e[1] !== undefined));
	const goEnv = {...parseGoEnvSet(fixture('go-env-set.txt')), ...spec.goEnv};
	return createFakeSystem({
		platform: 'win32',
		home: USER,
		cwd: spec.cwd ?? `${USER}\\project`,
		env,
		files,
		registry: spec.registry ?? windowsRegistry(),
		commands: [
			...(spec.commands ?? []),
			{file: `${GO_BIN}\\go.exe`, args: ['env', '-json'], answer: {stdout: JSON.stringify(goEnv, null, '\t') + '\n'}},
			{file: `${GO_BIN}\\go.exe`, args: ['env', '-changed', '-json'], answer: {stdout: '{\n}\n'}},
			{file: `${GO_BIN}\\go.exe`, args: ['version'], answer: {stdout: `go version ${goEnv.GOVERSION} windows/amd64\n`}},
			...smokeCommands(`${GO_BIN}\\go.exe`, `${USER}\\AppData\\Local\\Temp\\goenv-tui-smoke-1\\smoke.exe`),
		],
	});
}

/**
 * What a working go answers to smoke-build's steps. The fake System names temp folders with
 * a counter, so the first build of a world writes `<tmp>/goenv-tui-smoke-1/smoke[.exe]`.
 */
export function smokeCommands(go: string, output: string, build: FakeCommand['answer'] = {stderr: ''}): FakeCommand[] {
	return [
		{file: go, args: ['mod', 'init', 'example.com/goenv-tui-smoke'], answer: {stderr: 'go: creating new go.mod: module example.com/goenv-tui-smoke\n'}},
		{file: go, args: ['build', '-o', output, '.'], answer: build},
		{file: output, args: [], answer: {stdout: 'goenv-tui smoke build: ok\n'}},
	];
}

const t = createTranslator('en');

/** Runs every check against a world and returns the findings by id. */
export async function checkAll(sys: System): Promise<Record<string, Finding>> {
	const engine = new Engine({probes: PROBES, sys, t, scheduleFlush: (f) => f()});
	const findings = await engine.run();
	return Object.fromEntries(findings.map((f) => [f.id, f]));
}
