import {describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import {createTranslator} from '../../source/i18n/index.js';
import {PROBES} from '../../source/probes/index.js';
import type {System} from '../../source/system/types.js';
import type {Finding} from '../../source/model/finding.js';
import {defaultGoEnv, goWorld} from '../helpers/worlds.js';

const t = createTranslator('en');

async function check(sys: System): Promise<Record<string, Finding>> {
	const engine = new Engine({probes: PROBES, sys, t, scheduleFlush: (f) => f()});
	const findings = await engine.run();
	return Object.fromEntries(findings.map((f) => [f.id, f]));
}

describe.each(['linux', 'darwin', 'win32'] as const)('toolchain checks on a healthy %s', (platform) => {
	it('finds go, an inferred GOROOT and no GO111MODULE, spawning go env -json once', async () => {
		const sys = goWorld({platform});
		const f = await check(sys);
		expect(f['go-on-path']).toMatchObject({status: 'ok'});
		expect(f['go-on-path']!.summary).toContain('go1.26.8');
		expect(f.goroot).toMatchObject({status: 'ok'});
		expect(f.go111module).toMatchObject({status: 'ok', summary: 'not set: module mode, the default since Go 1.16'});
		const goEnvCalls = sys.calls.filter((c) => c.args.join(' ') === 'env -json');
		expect(goEnvCalls).toHaveLength(1);
		expect(sys.calls.every((c) => c.env?.GOTOOLCHAIN === 'local')).toBe(true);
	});
});

describe('go-on-path', () => {
	it('is an error that says how to install Go when there is no go, and blocks the checks that need it', async () => {
		const sys = goWorld({platform: 'win32', env: {PATH: 'C:\\Windows\\system32'}});
		// No Go anywhere: not on PATH, and not in any place an installer uses.
		await sys.remove('C:\\Program Files\\Go');
		const f = await check(sys);
		expect(f['go-on-path']).toMatchObject({status: 'error'});
		expect(f['go-on-path']!.summary).toContain('https://go.dev/dl/');
		expect(f.goroot).toMatchObject({status: 'skipped', summary: 'skipped: blocked by go-on-path'});
		expect(f.go111module).toMatchObject({status: 'skipped'});
	});

	it('warns about another Go version later on PATH, naming the winner and the shadowed one', async () => {
		const sys = goWorld({
			platform: 'linux',
			env: {PATH: '/usr/local/go/bin:/opt/go1.21/bin'},
			otherGos: {'/opt/go1.21/bin/go': 'go version go1.21.13 linux/amd64'},
		});
		const f = await check(sys);
		expect(f['go-on-path']).toMatchObject({status: 'warn'});
		expect(f['go-on-path']!.summary).toContain('go1.26.8 at /usr/local/go/bin/go wins');
		expect(f['go-on-path']!.summary).toContain('go1.21.13 (/opt/go1.21/bin/go)');
		// path-hygiene's PATH table names the version of each go, without asking either go again.
		const table = f['path-hygiene']!.evidence.find((e) => e.kind === 'path');
		const tools = table?.kind === 'path' ? table.entries.flatMap((e) => e.tools) : [];
		expect(tools.filter((tool) => tool.name === 'go')).toEqual([
			{name: 'go', file: '/usr/local/go/bin/go', wins: true, version: 'go1.26.8'},
			{name: 'go', file: '/opt/go1.21/bin/go', wins: false, version: 'go1.21.13'},
		]);
		expect(sys.calls.filter((c) => c.args.join(' ') === 'version').map((c) => c.file)).toEqual(['/opt/go1.21/bin/go']);
	});

	it('on Unix, says by hand how to put a newer Go that PATH shadows first', async () => {
		const sys = goWorld({
			platform: 'linux',
			env: {PATH: '/usr/local/go/bin:/opt/go 1.27/bin'},
			otherGos: {'/opt/go 1.27/bin/go': 'go version go1.27.4 linux/amd64'},
		});
		const f = await check(sys);
		expect(f['go-on-path']).toMatchObject({status: 'warn'});
		expect(f['go-on-path']!.fixes).toEqual([
			expect.objectContaining({id: 'prefer-newer-go', title: 'Move /opt/go 1.27/bin (go1.27.4) ahead on PATH', changes: [], manualCommands: [`export PATH='/opt/go 1.27/bin':"$PATH"`]}),
		]);
		const older = await check(goWorld({platform: 'linux', env: {PATH: '/usr/local/go/bin:/opt/go1.21/bin'}, otherGos: {'/opt/go1.21/bin/go': 'go version go1.21.13 linux/amd64'}}));
		expect(older['go-on-path']!.fixes).toEqual([]);
	});

	it('finds go.exe through PATHEXT on Windows, and a .bat earlier on PATH wins', async () => {
		const sys = goWorld({
			platform: 'win32',
			env: {PATH: 'C:\\tools;C:\\Program Files\\Go\\bin'},
			otherGos: {},
			files: {'C:\\tools\\go.bat': '@echo off'},
		});
		const f = await check(sys);
		const table = f['go-on-path']!.evidence[0]!;
		expect(table.kind).toBe('table');
		if (table.kind !== 'table') return;
		expect(table.rows.map((r) => r.path)).toEqual(['C:\\tools\\go.bat', 'C:\\Program Files\\Go\\bin\\go.exe']);
	});
});

describe('goroot', () => {
	it('is an error with go\'s own message when GOROOT points at a missing folder', async () => {
		const f = await check(
			goWorld({platform: 'linux', env: {GOROOT: '/nonexistent'}, goEnv: 'go: cannot find GOROOT directory: /nonexistent\n'}),
		);
		expect(f.goroot).toMatchObject({status: 'error', summary: 'GOROOT=/nonexistent (from the process environment) does not exist; go refuses to start'});
		expect(f.goroot!.fixes.map((fix) => fix.id)).toEqual(['unset-os-env']);
		const command = f.goroot!.evidence.find((e) => e.kind === 'command');
		expect(command).toMatchObject({exitCode: 2, stderr: 'go: cannot find GOROOT directory: /nonexistent\n'});
	});

	it('is an error when GOROOT is not a Go tree (no pkg/tool)', async () => {
		const f = await check(
			goWorld({
				platform: 'linux',
				env: {GOROOT: '/home/dev/project'},
				files: {'/home/dev/project/main.go': 'package main'},
				goEnv: defaultGoEnv('linux', {GOROOT: '/home/dev/project'}),
			}),
		);
		expect(f.goroot!.status).toBe('error');
		expect(f.goroot!.summary).toContain('has no pkg/tool, src/runtime');
	});

	it('is unknown, not "not a Go tree", when GOROOT cannot be looked into (EACCES): the evidence says so', async () => {
		const f = await check(
			goWorld({
				platform: 'linux',
				env: {GOROOT: '/opt/go'},
				files: {'/opt/go': {dir: true, closed: 'EACCES'}, '/opt/go/pkg/tool': {dir: true}, '/opt/go/src/runtime': {dir: true}},
				goEnv: defaultGoEnv('linux', {GOROOT: '/opt/go'}),
			}),
		);
		expect(f.goroot).toMatchObject({status: 'unknown', summary: 'GOROOT=/opt/go (from the process environment) cannot be looked into (EACCES): whether it is a usable Go tree is unknown'});
		const tree = f.goroot!.evidence.find((e) => e.kind === 'kv');
		expect(tree?.kind === 'kv' ? tree.rows.map((row) => row.value) : []).toEqual(expect.arrayContaining(['yes', '? (EACCES)']));
	});

	it('says how go found a GOROOT nobody set when its tree is another version (an install unpacked over an old one)', async () => {
		const f = await check(goWorld({platform: 'linux', files: {'/usr/local/go/VERSION': 'go1.25.3\ntime 2025-10-01T00:00:00Z\n'}}));
		expect(f.goroot).toMatchObject({
			status: 'error',
			summary: 'GOROOT=/usr/local/go (found by go from its own location) holds go1.25.3, but the go on PATH is go1.26.8; builds fail with "compile: version does not match"',
			fixes: [],
		});
	});

	it('is an error when the tree is another Go version than the go that runs', async () => {
		const f = await check(
			goWorld({
				platform: 'win32',
				env: {GOROOT: 'C:\\Go'},
				files: {'C:\\Go\\pkg\\tool': {dir: true}, 'C:\\Go\\src\\runtime': {dir: true}, 'C:\\Go\\VERSION': 'go1.16.4\n'},
				goEnv: defaultGoEnv('win32', {GOROOT: 'C:\\Go'}),
			}),
		);
		expect(f.goroot!.status).toBe('error');
		expect(f.goroot!.summary).toContain('holds go1.16.4, but the go on PATH is go1.26.8');
	});

	it('is info when GOROOT is set by hand in the go env file but correct, with a go env -u fix', async () => {
		const f = await check(
			goWorld({
				platform: 'linux',
				files: {'/home/dev/.config/go/env': 'GOROOT=/usr/local/go\n'},
			}),
		);
		expect(f.goroot).toMatchObject({status: 'info'});
		expect(f.goroot!.fixes[0]).toMatchObject({
			id: 'unset-go-env-file',
			changes: [{kind: 'go-env', key: 'GOROOT', before: {set: true, value: '/usr/local/go'}, after: {set: false}}],
		});
	});
});

describe('go111module', () => {
	it('warns when the go env file sets off, naming the file, with a go env -u fix', async () => {
		const f = await check(
			goWorld({
				platform: 'win32',
				files: {'C:\\Users\\dev\\AppData\\Roaming\\go\\env': 'GO111MODULE=off\n'},
				goEnv: defaultGoEnv('win32', {GO111MODULE: 'off'}),
			}),
		);
		expect(f.go111module).toMatchObject({status: 'warn'});
		expect(f.go111module!.summary).toContain('GO111MODULE=off is set in the go env file');
		const rows = f.go111module!.evidence[0]!;
		expect(rows).toMatchObject({
			kind: 'go-env',
			rows: [
				{source: 'process', value: '(not set)'},
				// The layer that wins says so, with the line that sets it; no layer is listed twice.
				{source: 'go-env-file', value: 'off', where: 'C:\\Users\\dev\\AppData\\Roaming\\go\\env:1', note: 'in effect: go uses this value'},
			],
		});
	});

	it('shows off\\r from a CRLF go env file escaped, and says go rejects it as an unknown setting rather than off', async () => {
		const f = await check(
			goWorld({
				platform: 'linux',
				files: {'/home/dev/.config/go/env': 'GO111MODULE=off\r\nGOPROXY=direct\r\n'},
				goEnv: defaultGoEnv('linux', {GO111MODULE: 'off\r', GOPROXY: 'direct\r'}),
			}),
		);
		expect(f.go111module).toMatchObject({status: 'error'});
		expect(f.go111module!.summary).toContain('GO111MODULE="off\\r" (in the go env file (/home/dev/.config/go/env:1)) is not off to go');
		expect(f.go111module!.summary).toContain('carriage return');
		expect(f.go111module!.evidence[0]).toMatchObject({
			rows: [
				{source: 'process', value: '(not set)'},
				{source: 'go-env-file', value: '"off\\r"', note: 'in effect: go uses this value'},
			],
		});
		expect(f.go111module!.fixes.map((fix) => fix.id)).toEqual(['unset-go-env-file']);
	});

	it('shows the value in effect on a row of its own, labelled, when no layer sets it', async () => {
		const f = await check(goWorld({platform: 'linux'}));
		expect(f.go111module!.evidence[0]).toMatchObject({
			rows: [
				{source: 'process', value: '(not set)'},
				{source: 'go-env-file', value: '(not set)'},
				{source: 'default', value: '(empty)', note: 'in effect: go uses this value'},
			],
		});
	});

	it('warns for auto from the OS environment, and says the file value is shadowed', async () => {
		const f = await check(
			goWorld({
				platform: 'linux',
				env: {GO111MODULE: 'auto'},
				files: {'/home/dev/.config/go/env': 'GO111MODULE=on\n'},
				goEnv: defaultGoEnv('linux', {GO111MODULE: 'auto'}),
			}),
		);
		expect(f.go111module).toMatchObject({status: 'warn'});
		expect(f.go111module!.summary).toContain('process environment');
		expect(f.go111module!.evidence[0]).toMatchObject({
			rows: [
				{source: 'process', value: 'auto', note: 'the go env file says on, but the OS variable wins; in effect: go uses this value'},
				{source: 'go-env-file', value: 'on', where: '/home/dev/.config/go/env:1'},
			],
		});
		expect(f.go111module!.fixes.map((fix) => fix.id)).toEqual(['unset-go-env-file', 'unset-os-env']);
	});

	it('is ok for on, which is the default anyway', async () => {
		const f = await check(goWorld({platform: 'darwin', env: {GO111MODULE: 'on'}, goEnv: defaultGoEnv('darwin', {GO111MODULE: 'on'})}));
		expect(f.go111module!.status).toBe('ok');
	});
});
