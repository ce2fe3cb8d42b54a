import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import type {Change} from '../../source/model/fix.js';
import {PROBES} from '../../source/probes/index.js';
import {commandsFor} from '../../source/snapshot/fix-instructions.js';
import {fromHeader, fromJson, parseFrom, replayProbes, replaySystem} from '../../source/snapshot/from.js';
import {ROOT} from '../helpers/sandbox.js';

const t = createTranslator('en');
const fixture = (name: string) => readFileSync(path.join(ROOT, 'test', 'fixtures', 'snapshots', name), 'utf8');

async function diagnose(name: string): Promise<Record<string, Finding>> {
	const parsed = parseFrom(fixture(name), name);
	if (!parsed.ok) throw new Error(`fixture ${name}: ${parsed.message}`);
	const engine = new Engine({probes: replayProbes(PROBES, parsed.from), sys: replaySystem(parsed.from), t, scheduleFlush: () => {}});
	await engine.run();
	return Object.fromEntries(engine.findings().map((finding) => [finding.id, finding]));
}

describe('a hand-made Windows snapshot (registry, where output, go env in set form), diagnosed here', () => {
	it('finds the stale GOROOT=C:\\Go of an old installer: another Go tree than the go that runs', async () => {
		const byId = await diagnose('windows-old-goroot.json');
		expect(byId.goroot).toMatchObject({status: 'error'});
		expect(byId.goroot!.summary).toContain('GOROOT=C:\\Go');
		expect(byId.goroot!.summary).toContain('go1.10.8');
		// The fix is for the Windows machine, in PowerShell (no `unset`, no `export`), never applied here.
		const commands = byId.goroot!.fixes.flatMap((f) => f.manualCommands ?? []);
		expect(commands.some((command) => command.includes('GOROOT'))).toBe(true);
		for (const command of commands) expect(command).not.toMatch(/^(unset|export) /);
		for (const f of Object.values(byId).flatMap((finding) => finding.fixes)) expect(f.changes).toEqual([]);
	});

	it('finds GO111MODULE=off and says it comes from the environment (the user registry, once provenance reads it)', async () => {
		const byId = await diagnose('windows-old-goroot.json');
		expect(byId.go111module).toMatchObject({status: 'warn'});
		expect(byId.go111module!.summary).toMatch(/^GO111MODULE=off is set in the (process|user) environment/);
	});

	it('walks PATH as cmd does, from the where output: two Go installs, the older one shadowed', async () => {
		const byId = await diagnose('windows-old-goroot.json');
		expect(byId['go-on-path']).toMatchObject({status: 'warn'});
		expect(byId['go-on-path']!.summary).toBe('go1.26.8 at C:\\Program Files\\Go\\bin\\go.exe wins; 1 other Go version(s) later on PATH: go1.10.8 (C:\\Go\\bin\\go.exe)');
	});

	it('finds the duplicate PATH entry (C:\\Program Files\\Go\\bin and the same with a trailing \\)', async () => {
		const byId = await diagnose('windows-old-goroot.json');
		expect(byId['path-hygiene']?.status).toMatch(/info|warn|error/);
		expect(JSON.stringify(byId['path-hygiene']?.evidence)).toContain('duplicate');
	});

	it('finds a GOROOT that no longer exists, with go\'s own words', async () => {
		const byId = await diagnose('windows-goroot-deleted.json');
		expect(byId.goroot).toMatchObject({status: 'error'});
		expect(byId.goroot!.summary).toMatch(/^GOROOT=C:\\Go \(from the (process|system) environment.*\) does not exist; go refuses to start/);
		expect(byId['go-on-path']).toMatchObject({status: 'error'});
		expect(byId['go-on-path']!.summary).toContain('go: cannot find GOROOT directory: C:\\Go');
	});

	it('says which machine and OS the snapshot came from, and when', () => {
		const parsed = parseFrom(fixture('windows-old-goroot.json'), 'windows-old-goroot.json');
		if (!parsed.ok) throw new Error('fixture');
		expect(fromHeader(parsed.from, t)).toContain('Snapshot of DEV-LAPTOP (Windows 10.0.22631, x64), taken 2026-05-04 09:12 UTC');
		expect(fromJson(parsed.from)).toMatchObject({kind: 'snapshot', machine: {hostname: 'DEV-LAPTOP', os: 'win32'}, created: '2026-05-04T09:12:00Z'});
	});
});

describe('fixes as instructions for the original machine', () => {
	const changes: Change[] = [
		{kind: 'go-env', key: 'GO111MODULE', file: 'x', before: {set: true, value: 'off'}, after: {set: false}},
		{kind: 'go-env', key: 'GOPROXY', file: 'x', before: {set: false}, after: {set: true, value: 'https://goproxy.cn,direct'}},
		{kind: 'registry-env', scope: 'system', name: 'GOROOT', before: {raw: 'C:\\Go', type: 'REG_SZ'}, after: null},
		{kind: 'path-entries', scope: 'user', name: 'Path', before: {raw: '%USERPROFILE%\\go\\bin;%USERPROFILE%\\go\\bin', type: 'REG_EXPAND_SZ'}, after: {raw: '%USERPROFILE%\\go\\bin', type: 'REG_EXPAND_SZ'}, removed: ['%USERPROFILE%\\go\\bin'], added: []},
		{kind: 'registry-value', key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\FileSystem', name: 'LongPathsEnabled', before: {type: 'REG_DWORD', data: '0'}, after: {type: 'REG_DWORD', data: '1'}},
		{kind: 'git-config', scope: 'global', key: 'core.autocrlf', before: 'true', after: 'input'},
		{kind: 'git-config', scope: 'global', key: 'credential.helper', before: 'manager-core', after: null},
		{kind: 'defender-exclusion', path: 'C:\\Users\\dev\\AppData\\Local\\go-build', action: 'add'},
		{kind: 'command', argv: ['C:\\Program Files\\Go\\bin\\go.exe', 'install', 'golang.org/x/tools/gopls@latest'], replaces: [], irreversible: false, description: 'x'},
	];

	it('writes each change kind in PowerShell, keeping %VAR% references unexpanded', () => {
		expect(changes.flatMap((change) => commandsFor(change, 'powershell'))).toEqual([
			'go env -u GO111MODULE',
			"go env -w 'GOPROXY=https://goproxy.cn,direct'",
			"reg delete 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment' /v GOROOT /f",
			"reg add HKCU\\Environment /v Path /t REG_EXPAND_SZ /d %USERPROFILE%\\go\\bin /f",
			'reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\FileSystem /v LongPathsEnabled /t REG_DWORD /d 1 /f',
			'git config --global core.autocrlf input',
			'git config --global --unset-all credential.helper',
			'Add-MpPreference -ExclusionPath C:\\Users\\dev\\AppData\\Local\\go-build',
			"& 'C:\\Program Files\\Go\\bin\\go.exe' install 'golang.org/x/tools/gopls@latest'",
		]);
	});

	it('writes them for Git Bash and Unix shells, with reg.exe protected from MSYS path conversion', () => {
		const posix = changes.flatMap((change) => commandsFor(change, 'posix'));
		expect(posix[2]).toBe("MSYS_NO_PATHCONV=1 reg delete 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment' /v GOROOT /f");
		expect(posix[8]).toBe("'C:\\Program Files\\Go\\bin\\go.exe' install golang.org/x/tools/gopls@latest");
		expect(commandsFor({kind: 'profile-line', file: '/home/dev/.bashrc', before: {line: 'export GO111MODULE=off', lineNumber: 12}, after: {line: null}}, 'posix')).toEqual(["sed -i.bak 12d /home/dev/.bashrc"]);
		expect(commandsFor({kind: 'file', path: '/home/dev/.config/go/env', before: {exists: true, content: 'GOPROXY=\n'}, after: {exists: false}}, 'posix')).toEqual(['rm -- /home/dev/.config/go/env']);
	});

	it('writes a folder and a credential erasure in every shell, the description piped as git credential reject reads it', () => {
		const folder: Change = {kind: 'directory', path: 'C:\\Users\\dev\\go tmp', before: {exists: false}, after: {exists: true}};
		expect(commandsFor(folder, 'powershell')).toEqual(["New-Item -ItemType Directory -Force -Path 'C:\\Users\\dev\\go tmp'"]);
		expect(commandsFor({...folder, before: {exists: true}, after: {exists: false}}, 'posix')).toEqual(["rmdir -- 'C:\\Users\\dev\\go tmp'"]);
		const reject: Change = {
			kind: 'credential-erase',
			store: 'git-credential-store',
			target: 'https://git.example.com',
			host: 'git.example.com',
			user: 'dev&ops',
			argv: ['git', 'credential', 'reject'],
			stdin: 'protocol=https\nhost=git.example.com\nusername=dev&ops\n',
		};
		expect(commandsFor(reject, 'posix')).toEqual(["printf '%s\\n' protocol=https host=git.example.com 'username=dev&ops' '' | git credential reject"]);
		expect(commandsFor(reject, 'powershell')).toEqual(["protocol=https, host=git.example.com, 'username=dev&ops', '' | git credential reject"]);
		expect(commandsFor(reject, 'cmd')).toEqual(['(echo protocol=https& echo host=git.example.com& echo username=dev^&ops& echo.) | git credential reject']);
		const cmdkey: Change = {...reject, store: 'windows-credential-manager', argv: ['C:\\Windows\\System32\\cmdkey.exe', '/delete:git:https://git.example.com'], stdin: undefined};
		expect(commandsFor(cmdkey, 'posix')).toEqual(["MSYS_NO_PATHCONV=1 'C:\\Windows\\System32\\cmdkey.exe' /delete:git:https://git.example.com"]);
	});
});
