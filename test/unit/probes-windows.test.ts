import {describe, expect, it} from 'vitest';
import {exclusionsHidden, goDetections, isGoPath, parseDefenderMessage, resourcePath} from '../../source/probes/defender.js';
import type {Change} from '../../source/model/fix.js';
import {POWERSHELL, check, fixture, formatList, spawnsOf, windowsWorld} from '../helpers/windows-batch-worlds.js';

const GO_PATHS = {gocache: 'C:\\Users\\dev\\AppData\\Local\\go-build', gopath: ['C:\\Users\\dev\\go'], temp: 'C:\\Users\\dev\\AppData\\Local\\Temp'};

/** A 1117 message in the recorded shape (event-1117-message.txt), naming a Go test binary instead. */
const GO_1117 = fixture('event-1117-message.txt')
	.replace('Trojan:Win32/Wacatac.B!ml', 'Trojan:Win32/Sabsik.FL.A!ml')
	.replace('file:_C:\\Users\\Darren\\Downloads\\git-spend.exe', 'file:_C:\\Users\\dev\\AppData\\Local\\Temp\\go-build3463726325\\b001\\vm.test.exe');

describe('Defender parsers, against recorded outputs', () => {
	it('reads Name, Path and Action from the recorded 1117 message text', () => {
		expect(parseDefenderMessage(fixture('event-1117-message.txt'))).toEqual({
			name: 'Trojan:Win32/Wacatac.B!ml',
			path: 'file:_C:\\Users\\Darren\\Downloads\\git-spend.exe',
			action: 'Quarantine',
		});
		expect(resourcePath('file:_C:\\Users\\Darren\\Downloads\\git-spend.exe')).toBe('C:\\Users\\Darren\\Downloads\\git-spend.exe');
	});

	it('treats the non-admin placeholder as hidden exclusions, never as an empty list', () => {
		const nonAdmin = formatList(fixture('mppreference-nonadmin.txt'));
		expect(exclusionsHidden(nonAdmin.ExclusionPath!)).toBe('N/A: Must be and administrator to view exclusions');
		const admin = formatList(fixture('mppreference-admin.txt'));
		expect(exclusionsHidden(admin.ExclusionPath!)).toBeNull();
		expect(admin.ExclusionPath).toEqual(['C:\\Users\\dev\\AppData\\Local\\go-build', 'C:\\Users\\dev\\AppData\\Local\\go-tmp']);
	});

	it('counts go-build folders, *.test.exe and Go folders as Go paths, and a downloaded setup.exe not', () => {
		expect(isGoPath('C:\\Users\\dev\\AppData\\Local\\Temp\\go-build3463726325\\b001\\vm.test.exe', GO_PATHS)).toBe(true);
		expect(isGoPath('D:\\ci\\x.test.exe', GO_PATHS)).toBe(true);
		expect(isGoPath('c:/users/dev/go/pkg/mod/example.com/m@v1.0.0/tool.exe', GO_PATHS)).toBe(true);
		const recorded = formatList(fixture('mpthreatdetection.txt'));
		expect(goDetections([{threatId: recorded.ThreatID![0]!, threatName: '', time: '2023-10-18T08:27:47Z', resources: recorded.Resources!, process: recorded.ProcessName![0]!, actionSuccess: true}], [], GO_PATHS)).toEqual([]);
	});
});

describe('defender', () => {
	it('is ok for an admin whose GOCACHE and GOTMPDIR are excluded, with nothing detected', async () => {
		const f = await check(windowsWorld({goEnv: {GOTMPDIR: 'C:\\Users\\dev\\AppData\\Local\\go-tmp'}}), ['defender']);
		expect(f.defender).toMatchObject({status: 'ok', fixes: []});
		expect(f.defender!.summary).toContain('C:\\Users\\dev\\AppData\\Local\\go-build is excluded');
	});

	it('is unknown (needs admin) for the recorded non-admin answer, and never says there are no exclusions', async () => {
		const placeholder = formatList(fixture('mppreference-nonadmin.txt'));
		const sys = windowsWorld({batch: {defenderPreferences: {exclusionPath: placeholder.ExclusionPath!, exclusionProcess: placeholder.ExclusionProcess!, exclusionExtension: placeholder.ExclusionExtension!}}});
		const f = (await check(sys, ['defender'])).defender!;
		expect(f.status).toBe('unknown');
		expect(f.summary).toContain('cannot be read without administrator rights');
		expect(f.summary).not.toMatch(/no exclusion/i);
		expect(JSON.stringify(f.evidence)).toContain('N/A: Must be and administrator to view exclusions');
		// The exclusion fix is still offered (it runs elevated), for GOCACHE and a new dedicated GOTMPDIR.
		const changes = f.fixes[0]!.changes;
		expect(changes.filter((c) => c.kind === 'defender-exclusion').map((c) => (c as {path: string}).path)).toEqual([
			'C:\\Users\\dev\\AppData\\Local\\go-build',
			'C:\\Users\\dev\\AppData\\Local\\go-tmp',
		]);
	});

	it('says when a policy hides exclusions even from administrators', async () => {
		const hidden = ['N/A: Administrators are not allowed to view exclusions'];
		const sys = windowsWorld({batch: {defenderPreferences: {exclusionPath: hidden, exclusionProcess: hidden, exclusionExtension: hidden}}});
		const f = (await check(sys, ['defender'])).defender!;
		expect(f.status).toBe('unknown');
		expect(f.summary).toContain('hidden by policy (HideExclusionsFromLocalAdmins');
	});

	it('is unknown, not an error, when another antivirus owns protection (recorded 0x800106ba error), and offers no fix', async () => {
		const lines = fixture('mppreference-third-party-error.txt').split(/\r?\n/);
		const errorId = /FullyQualifiedErrorId : (.*)$/.exec(lines.find((l) => l.includes('FullyQualifiedErrorId'))!)![1]!;
		const message = lines[0]!.replace(/^Get-MpPreference : /, '');
		const sys = windowsWorld({
			batch: {
				defenderStatus: {fail: {message, errorId: errorId.replace('Get-MpPreference', 'Get-MpComputerStatus')}},
				defenderPreferences: {fail: {message, errorId}},
				antivirus: [
					{name: 'Windows Defender', state: 393472},
					{name: 'Symantec Endpoint Protection', state: 266240},
				],
			},
		});
		const f = (await check(sys, ['defender'])).defender!;
		expect(f.status).toBe('unknown');
		expect(f.summary).toContain('another antivirus owns protection (Symantec Endpoint Protection; 0x800106ba)');
		expect(f.fixes).toEqual([]);
	});

	it('is an error naming the threat, path and time when Defender quarantined a Go test binary', async () => {
		const sys = windowsWorld({
			batch: {events: [{id: 1117, time: '2026-11-20T09:14:03.0000000Z', threatName: '', path: '', action: '', message: GO_1117}]},
		});
		const f = (await check(sys, ['defender'])).defender!;
		expect(f.status).toBe('error');
		expect(f.summary).toContain('Trojan:Win32/Sabsik.FL.A!ml');
		expect(f.summary).toContain('C:\\Users\\dev\\AppData\\Local\\Temp\\go-build3463726325\\b001\\vm.test.exe');
		const table = f.evidence.find((e) => e.kind === 'table' && e.title.startsWith('Detections'));
		expect(table).toMatchObject({rows: [{time: '2026-11-20T09:14:03.0000000Z', threat: 'Trojan:Win32/Sabsik.FL.A!ml', source: 'event 1117 (Quarantine)'}]});
	});

	it('proposes narrow exclusions only, a dedicated GOTMPDIR made by the user-scope part, and mentions Dev Drive', async () => {
		const sys = windowsWorld({batch: {defenderPreferences: {exclusionPath: ['C:\\Users\\dev\\AppData\\Local\\Temp'], exclusionProcess: ['go.exe'], exclusionExtension: ['.exe']}}});
		const f = (await check(sys, ['defender'])).defender!;
		expect(f.status).toBe('warn');
		expect(f.summary).toContain('overly broad exclusions: go.exe, *.exe, C:\\Users\\dev\\AppData\\Local\\Temp');
		const fix = f.fixes[0]!;
		expect(fix).toMatchObject({id: 'exclude-go-build-folders', needsAdmin: true, reversible: true});
		expect(fix.description).toContain('Dev Drive');
		const kinds = fix.changes.map((c: Change) => c.kind);
		expect(kinds).toEqual(['directory', 'go-env', 'defender-exclusion', 'defender-exclusion']);
		expect(fix.changes[1]).toMatchObject({kind: 'go-env', key: 'GOTMPDIR', after: {set: true, value: 'C:\\Users\\dev\\AppData\\Local\\go-tmp'}});
		expect(JSON.stringify(fix.changes)).not.toMatch(/go\.exe|\.exe"|Local\\\\Temp"/);
	});

	it('reports Smart App Control without offering to change it', async () => {
		const on = (await check(windowsWorld({batch: {registry: {longPathsEnabled: 1, smartAppControl: 1}}, goEnv: {GOTMPDIR: 'C:\\Users\\dev\\AppData\\Local\\go-tmp'}}), ['defender'])).defender!;
		expect(on.status).toBe('warn');
		expect(on.summary).toContain('Smart App Control is on');
		expect(JSON.stringify(on.fixes)).not.toMatch(/VerifiedAndReputable|Smart App/);
		const evaluation = (await check(windowsWorld({batch: {registry: {longPathsEnabled: 1, smartAppControl: 2}}, goEnv: {GOTMPDIR: 'C:\\Users\\dev\\AppData\\Local\\go-tmp'}}), ['defender'])).defender!;
		expect(evaluation.status).toBe('info');
	});
});

describe('long-paths', () => {
	const git = 'C:\\Program Files\\Git\\cmd\\git.exe';
	const gitWorld = (longpaths: string | null, registry: number | null) =>
		windowsWorld({
			env: {PATH: 'C:\\Windows\\system32;C:\\Program Files\\Go\\bin;C:\\Program Files\\Git\\cmd'},
			files: {[git]: {file: 'PE'}},
			batch: {registry: {longPathsEnabled: registry, smartAppControl: 0}},
			commands: [
				{
					// The run's one `git config --show-origin --show-scope -z --get-regexp …` (git facts).
					file: git,
					answer: (request) =>
						request.args[0] !== 'config' ? {exitCode: 1} : longpaths === null ? {exitCode: 1} : {stdout: `global\0file:C:/Users/dev/.gitconfig\0core.longpaths\n${longpaths}\0`},
				},
			],
		});

	it('is ok with LongPathsEnabled=1 and core.longpaths=true', async () => {
		expect((await check(gitWorld('true', 1), ['long-paths']))['long-paths']).toMatchObject({status: 'ok'});
	});

	it('warns when git would refuse long paths, with a user fix and an admin fix as data', async () => {
		const f = (await check(gitWorld(null, null), ['long-paths']))['long-paths']!;
		expect(f.status).toBe('warn');
		expect(f.summary).toContain('git core.longpaths is not true');
		expect(f.fixes.map((x) => [x.id, x.needsAdmin])).toEqual([
			['git-core-longpaths', false],
			['long-paths-enabled', true],
		]);
		expect(f.fixes[0]!.changes[0]).toEqual({kind: 'git-config', scope: 'global', key: 'core.longpaths', before: null, after: 'true'});
		expect(f.fixes[1]!.changes[0]).toEqual({kind: 'registry-value', key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\FileSystem', name: 'LongPathsEnabled', before: null, after: {type: 'REG_DWORD', data: '1'}});
	});

	it('reads LongPathsEnabled with reg export when PowerShell is a stub, and nothing else is lost', async () => {
		const sys = windowsWorld({
			batch: {raw: {exitCode: 0, stdout: ''}},
			registry: {'HKLM\\SYSTEM\\CurrentControlSet\\Control\\FileSystem': [{name: 'LongPathsEnabled', type: 'REG_DWORD', data: '1'}]},
		});
		const f = (await check(sys, ['long-paths']))['long-paths']!;
		expect(f.status).toBe('ok');
		expect(f.evidence[0]).toMatchObject({kind: 'registry', title: 'System setting (read with reg export)', values: [{raw: '1'}]});
		expect(spawnsOf(sys, POWERSHELL)).toBe(1);
	});
});

describe('terminal on Windows', () => {
	it('finds PowerShell 7 in Windows Terminal behind the npx shims, and shows commands in PowerShell syntax', async () => {
		const f = (await check(windowsWorld(), ['terminal'])).terminal!;
		expect(f.status).toBe('ok');
		expect(f.summary).toBe('PowerShell 7 in Windows Terminal; commands are shown in PowerShell syntax');
		const chain = f.evidence.find((e) => e.kind === 'table');
		expect(chain).toMatchObject({rows: [{name: 'cmd.exe', note: 'runs one command (npm/npx shim)'}, {name: 'node.exe'}, {name: 'pwsh.exe', note: 'your shell'}, {name: 'WindowsTerminal.exe'}, {name: 'explorer.exe'}]});
	});

	it('says npx.ps1 is blocked (suggesting npx.cmd) under a Restricted policy, and that go.exe is not affected', async () => {
		const f = (await check(windowsWorld({batch: {executionPolicy: {effective: 'Restricted', scopes: [{scope: 'LocalMachine', policy: 'Undefined'}]}}}), ['terminal'])).terminal!;
		expect(f.status).toBe('info');
		expect(f.summary).toContain('npx.cmd goenv-tui');
		expect(f.summary).toContain('does not affect go.exe');
	});

	const gitBash = [
		{pid: 900, ppid: 800, name: 'powershell.exe', path: POWERSHELL, runsCommand: false, created: '2026-11-26T10:00:05Z'},
		{pid: 800, ppid: 700, name: 'node.exe', path: '', runsCommand: false, created: '2026-11-26T10:00:04Z'},
		{pid: 700, ppid: 600, name: 'cmd.exe', path: '', runsCommand: true, created: '2026-11-26T10:00:03Z'},
		{pid: 600, ppid: 500, name: 'node.exe', path: '', runsCommand: false, created: '2026-11-26T10:00:02Z'},
		{pid: 500, ppid: 400, name: 'bash.exe', path: 'C:\\Program Files\\Git\\usr\\bin\\bash.exe', runsCommand: false, created: '2026-11-26T09:00:00Z'},
		{pid: 400, ppid: 300, name: 'mintty.exe', path: 'C:\\Program Files\\Git\\usr\\bin\\mintty.exe', runsCommand: false, created: '2026-11-26T08:59:00Z'},
	];

	it('warns under Git Bash without ConPTY (pipes, not a terminal) and names the way out', async () => {
		const f = (await check(windowsWorld({env: {MSYSTEM: 'MINGW64'}, batch: {processes: gitBash}}), ['terminal'])).terminal!;
		expect(f.status).toBe('warn');
		expect(f.summary).toContain('bash in mintty; commands are shown in POSIX sh syntax');
		expect(f.summary).toContain('winpty npx.cmd goenv-tui');
		expect(f.evidence[0]).toMatchObject({rows: expect.arrayContaining([{label: 'ConPTY', value: 'no', tone: 'warn'}, {label: 'MSYS root', value: 'C:\\Program Files\\Git'}])});
	});

	it('is fine under Git Bash with ConPTY, and flags Go paths MSYS converted into its own folder or left unconverted', async () => {
		const sys = windowsWorld({
			env: {MSYSTEM: 'MINGW64', GOPATH: 'C:/Program Files/Git/go', GOCACHE: '/c/Users/dev/go-cache', GOMODCACHE: 'C:/Users/dev/go/pkg/mod'},
			batch: {processes: gitBash},
			terminal: {stdinIsTTY: true, stdoutIsTTY: true},
		});
		const f = (await check(sys, ['terminal'])).terminal!;
		expect(f.status).toBe('warn');
		expect(f.summary).not.toContain('winpty');
		expect(f.summary).toContain('GOPATH became C:/Program Files/Git/go');
		expect(f.summary).toContain('GOCACHE=/c/Users/dev/go-cache reached Go unconverted');
		expect(f.summary).not.toContain('GOMODCACHE');
		const table = f.evidence.find((e) => e.kind === 'table' && e.title.startsWith('Go path'));
		expect(table).toMatchObject({rows: expect.arrayContaining([{name: 'GOMODCACHE', value: 'C:/Users/dev/go/pkg/mod', note: 'converted from a POSIX path; works'}])});
	});

	it('falls back to the environment when the process chain cannot be read', async () => {
		const f = (await check(windowsWorld({batch: null, env: {TERM_PROGRAM: 'vscode'}}), ['terminal'])).terminal!;
		expect(f.summary).toBe('an unknown shell in VS Code; commands are shown in PowerShell syntax');
		expect(JSON.stringify(f.evidence)).toContain('the parent processes could not be read');
	});
});
