import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Engine} from '../../source/engine/engine.js';
import type {SectionName, WindowsBatchData} from '../../source/facts/windows-batch.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import {PROBES} from '../../source/probes/index.js';
import type {FakeCommand, FakeEntry, FakeSystem} from '../../source/system/fake-system.js';
import type {RegistryValue} from '../../source/system/registry.js';
import type {System} from '../../source/system/types.js';
import {defaultGoEnv, goWorld} from './worlds.js';

export const t = createTranslator('en');
export const POWERSHELL = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/windows');

export function fixture(name: string): string {
	return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** `Name : {a, b}` lines of PowerShell's Format-List, as a map of string lists. */
export function formatList(text: string): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const line of text.split(/\r?\n/)) {
		const match = /^(\w+)\s+:\s?(.*)$/.exec(line);
		if (!match) continue;
		const value = match[2]!.trim();
		out[match[1]!] = value === '' ? [] : value.startsWith('{') ? value.slice(1, -1).split(', ') : [value];
	}
	return out;
}

export type SectionSpec<T> = T | {fail: {message: string; errorId?: string}};

/** A healthy admin machine, as the batch would report it. */
export function defaultBatch(): WindowsBatchData {
	return {
		defenderStatus: {amServiceEnabled: true, antivirusEnabled: true, realTimeProtectionEnabled: true, amRunningMode: 'Normal', isTamperProtected: true, productVersion: '4.18.25100.9008'},
		defenderPreferences: {exclusionPath: ['C:\\Users\\dev\\AppData\\Local\\go-build', 'C:\\Users\\dev\\AppData\\Local\\go-tmp'], exclusionProcess: [], exclusionExtension: []},
		antivirus: [{name: 'Windows Defender', state: 397568}],
		threats: [],
		events: [],
		elevation: {whoami: fixture('whoami-groups-medium.txt'), adminRole: false},
		processes: [
			{pid: 900, ppid: 800, name: 'powershell.exe', path: POWERSHELL, runsCommand: false, created: '2026-11-26T10:00:05.000Z'},
			{pid: 800, ppid: 700, name: 'node.exe', path: 'C:\\Program Files\\nodejs\\node.exe', runsCommand: false, created: '2026-11-26T10:00:04.000Z'},
			{pid: 700, ppid: 600, name: 'cmd.exe', path: 'C:\\Windows\\System32\\cmd.exe', runsCommand: true, created: '2026-11-26T10:00:03.000Z'},
			{pid: 600, ppid: 500, name: 'node.exe', path: 'C:\\Program Files\\nodejs\\node.exe', runsCommand: false, created: '2026-11-26T10:00:02.000Z'},
			{pid: 500, ppid: 400, name: 'pwsh.exe', path: 'C:\\Program Files\\PowerShell\\7\\pwsh.exe', runsCommand: false, created: '2026-11-26T09:00:00.000Z'},
			{pid: 400, ppid: 300, name: 'WindowsTerminal.exe', path: 'C:\\Program Files\\WindowsApps\\WT\\WindowsTerminal.exe', runsCommand: false, created: '2026-11-26T08:59:00.000Z'},
			{pid: 300, ppid: 4, name: 'explorer.exe', path: 'C:\\Windows\\explorer.exe', runsCommand: false, created: '2026-11-26T08:00:00.000Z'},
		],
		culture: {uiLanguage: 'zh-CN', format: 'zh-CN'},
		executionPolicy: {effective: 'RemoteSigned', scopes: [{scope: 'LocalMachine', policy: 'RemoteSigned'}]},
		registry: {longPathsEnabled: 1, smartAppControl: 0},
	};
}

/** The stdout the batch prints: one marker line with base64 of UTF-8 JSON. */
export function batchStdout(overrides: Partial<{[K in SectionName]: SectionSpec<WindowsBatchData[K]>}> = {}): string {
	const data = {...defaultBatch(), ...overrides} as Record<string, unknown>;
	const json: Record<string, unknown> = {v: 1};
	for (const [name, value] of Object.entries(data)) {
		json[name] =
			value && typeof value === 'object' && 'fail' in value
				? {ok: false, message: (value as {fail: {message: string}}).fail.message, errorId: (value as {fail: {errorId?: string}}).fail.errorId ?? '', hresult: '0x80131500', ms: 3}
				: {ok: true, data: value, ms: 5};
	}
	return `GOENVTUI:${Buffer.from(JSON.stringify(json), 'utf8').toString('base64')}`;
}

export interface WindowsWorldSpec {
	/** The batch's answer: sections to override, or a raw answer (missing PowerShell: null). */
	batch?: Partial<{[K in SectionName]: SectionSpec<WindowsBatchData[K]>}> | {raw: {exitCode: number; stdout: string; stderr?: string}} | null;
	env?: Record<string, string>;
	files?: Record<string, FakeEntry>;
	goEnv?: Record<string, string>;
	commands?: FakeCommand[];
	registry?: Record<string, RegistryValue[]>;
	terminal?: {stdinIsTTY?: boolean; stdoutIsTTY?: boolean};
}

export const WIN_GO_ENV = {
	GOCACHE: 'C:\\Users\\dev\\AppData\\Local\\go-build',
	GOMODCACHE: 'C:\\Users\\dev\\go\\pkg\\mod',
	GOHOSTOS: 'windows',
	GOHOSTARCH: 'amd64',
	CGO_ENABLED: '0',
	CC: 'gcc',
	GOEXE: '.exe',
};

export function windowsWorld(spec: WindowsWorldSpec = {}): FakeSystem {
	const sys = goWorld({
		platform: 'win32',
		env: {SystemRoot: 'C:\\Windows', LOCALAPPDATA: 'C:\\Users\\dev\\AppData\\Local', TEMP: 'C:\\Users\\dev\\AppData\\Local\\Temp', ...spec.env},
		files: spec.files,
		goEnv: defaultGoEnv('win32', {...WIN_GO_ENV, ...spec.goEnv}),
	});
	if (spec.batch !== null) {
		sys.setFile(POWERSHELL, {file: 'PE', mode: 0o755});
		const answer = spec.batch && 'raw' in spec.batch ? spec.batch.raw : {stdout: batchStdout(spec.batch as Parameters<typeof batchStdout>[0])};
		sys.addCommand({file: POWERSHELL, answer});
	}
	for (const command of spec.commands ?? []) sys.addCommand(command);
	return withExtras(sys, spec);
}

/** The fake System has no registry or terminal setters; wrap them in. */
function withExtras(sys: FakeSystem, spec: WindowsWorldSpec): FakeSystem {
	if (spec.registry && sys.registry) {
		for (const [key, values] of Object.entries(spec.registry)) for (const v of values) void sys.registry.setValue(key, v.name, v.type as 'REG_DWORD', v.data);
	}
	if (spec.terminal) {
		const terminal = sys.terminal;
		return Object.assign(sys, {terminal: () => ({...terminal(), ...spec.terminal})});
	}
	return sys;
}

export async function check(sys: System, only?: string[], translator = t): Promise<Record<string, Finding>> {
	const engine = new Engine({probes: PROBES, sys, t: translator, scheduleFlush: (f) => f()});
	const findings = await engine.run(only);
	return Object.fromEntries(findings.map((f) => [f.id, f]));
}

export function spawnsOf(sys: FakeSystem, file: string): number {
	return sys.calls.filter((c) => c.file.toLowerCase() === file.toLowerCase()).length;
}
