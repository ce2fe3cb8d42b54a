import {describe, expect, it} from 'vitest';
import {Facts} from '../../source/facts/facts.js';
import {commandHits, dlWrappers, pathModel, registryPathEntries} from '../../source/facts/path-model.js';
import {findAllOnPath} from '../../source/facts/path-lookup.js';
import {editPath, registryForm} from '../../source/fixes/setting-fixes.js';
import {pathEditProblem} from '../../source/fixes/kinds/registry.js';
import {applyFix, previewFix, undoEntry} from '../../source/fixes/index.js';
import {fixWorld} from '../helpers/fixes.js';
import type {Change} from '../../source/model/fix.js';
import {SYSTEM_ENVIRONMENT_KEY, USER_ENVIRONMENT_KEY} from '../../source/system/registry.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import {checkAll, fixture, GO_BIN, USER, windowsProcessEnv, windowsRegistry, windowsWorld} from '../helpers/windows-console-worlds.js';
import {defaultGoEnv, goWorld} from '../helpers/worlds.js';

const lines = (text: string) => text.split(/\r?\n/).filter(Boolean);

describe('the PATH model on Windows', () => {
	it('gives every entry its origin, raw and expanded text, and marks duplicates after expansion, case and trailing separators', async () => {
		const model = await pathModel(new Facts(windowsWorld()));
		const view = model.entries.map((e) => [e.origin, e.raw, e.marks.join(' ')]);
		expect(view).toEqual([
			['system', '%SystemRoot%\\system32', ''],
			['system', '%SystemRoot%', ''],
			['system', '%SystemRoot%\\System32\\Wbem', ''],
			['system', 'C:\\Program Files\\Git\\cmd', ''],
			['system', GO_BIN, ''],
			['user', '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps', ''],
			['user', '%USERPROFILE%\\go\\bin', ''],
			['user', GO_BIN, 'duplicate'],
			['user', 'C:\\Old\\Missing', 'missing'],
			['user', '%GOPATH%\\bin', 'unexpanded'],
			['user', `${USER}\\go\\bin\\`, 'duplicate'],
			// The trailing `;` Windows writes: ignored, not a finding.
			['process', '', ''],
		]);
		expect(model.entries[6]).toMatchObject({expanded: `${USER}\\go\\bin`, kind: 'dir'});
		expect(model.entries[10]!.duplicateOf).toBe(6);
		expect(model.entries[9]!.unexpanded).toEqual(['GOPATH']);
		expect(model.notInSession).toEqual([]);
	});

	it('compares folders case-insensitively and through symlinks/junctions, and attributes shell-added entries to the process', async () => {
		const sys = windowsWorld({
			env: {Path: `c:\\program files\\go\\BIN;C:\\GoJunction;C:\\Program Files\\Git\\mingw64\\bin;${GO_BIN}`},
			files: {'C:\\GoJunction': {link: GO_BIN}, 'C:\\Program Files\\Git\\mingw64\\bin\\gcc.exe': {file: 'MZ'}},
		});
		const model = await pathModel(new Facts(sys));
		expect(model.entries.map((e) => [e.origin, e.duplicateOf ?? '-'])).toEqual([
			['system', '-'],
			['process', 0],
			['process', '-'],
			['user', 0],
		]);
		// A new terminal would get the registry entries this one lacks.
		expect(model.notInSession.map((e) => e.raw)).toContain('%USERPROFILE%\\go\\bin');
	});

	it('finds what `where go` finds in cmd, in the same order (fixture: real where output)', async () => {
		const sys = windowsWorld({
			env: {Path: `C:\\Windows\\system32;${GO_BIN};${USER}\\scoop\\shims`},
			files: {
				[`${USER}\\scoop\\shims\\go.exe`]: {file: 'MZ'},
				[`${USER}\\scoop\\shims\\go.shim`]: `path = "${USER}\\scoop\\apps\\go\\current\\bin\\go.exe"\r\n`,
			},
		});
		const facts = new Facts(sys);
		const hits = await commandHits(facts, 'go', 'cmd');
		expect(hits.map((h) => h.file)).toEqual(lines(fixture('where-go.txt')));
		expect(hits[1]!.shim).toEqual({kind: 'scoop', target: `${USER}\\scoop\\apps\\go\\current\\bin\\go.exe`});
		// `where nothing` prints INFO on stderr; the model finds nothing either.
		expect(lines(fixture('where-miss.txt'))[0]).toMatch(/^INFO: Could not find files/);
		expect(await commandHits(facts, 'nothing', 'cmd')).toEqual([]);
		// findAllOnPath, which other checks use, agrees.
		expect(await findAllOnPath(sys, 'go')).toEqual(hits.map((h) => h.file));
	});

	it('follows each shell: cmd looks in the current folder first, PowerShell prefers .ps1, Git Bash runs only go or go.exe', async () => {
		const sys = windowsWorld({
			env: {Path: `C:\\scripts;${GO_BIN}`},
			files: {
				[`${USER}\\project\\go.exe`]: {file: 'MZ'},
				'C:\\scripts\\go.ps1': 'Write-Host hi',
				'C:\\scripts\\go.cmd': '@echo off',
			},
		});
		const facts = new Facts(sys);
		const first = async (shell: 'cmd' | 'powershell' | 'git-bash') => (await commandHits(facts, 'go', shell))[0]!.file;
		expect(await first('cmd')).toBe(`${USER}\\project\\go.exe`);
		expect(await first('powershell')).toBe('C:\\scripts\\go.ps1');
		expect(await first('git-bash')).toBe(`${GO_BIN}\\go.exe`);
		const f = await checkAll(sys);
		expect(f['go-on-path']!.status).toBe('warn');
		expect(f['go-on-path']!.summary).toContain(`the shells disagree on which go runs: cmd: ${USER}\\project\\go.exe; PowerShell: C:\\scripts\\go.ps1; Git Bash: ${GO_BIN}\\go.exe`);
	});

	it('lists golang.org/dl wrappers and whether their SDK was downloaded', async () => {
		const sys = windowsWorld({
			files: {
				[`${USER}\\go\\bin\\go1.22.0.exe`]: {file: 'MZ'},
				[`${USER}\\go\\bin\\go1.21.13.exe`]: {file: 'MZ'},
				[`${USER}\\sdk\\go1.22.0\\.unpacked-success`]: 'ok',
			},
		});
		const wrappers = await dlWrappers(new Facts(sys));
		expect(wrappers.map((w) => [w.version, w.downloaded, w.sdk])).toEqual([
			['go1.22.0', true, `${USER}\\sdk\\go1.22.0`],
			['go1.21.13', false, `${USER}\\sdk\\go1.21.13`],
		]);
		const f = await checkAll(sys);
		expect(JSON.stringify(f['go-on-path']!.evidence)).toContain('not downloaded: run go1.21.13 download');
	});
});

describe('path-hygiene on Windows', () => {
	it('warns, and its default fix removes duplicate and missing entries from the user Path only, keeping type and references', async () => {
		const sys = windowsWorld();
		const f = await checkAll(sys);
		const finding = f['path-hygiene']!;
		expect(finding.status).toBe('warn');
		expect(finding.summary).toContain('entries that never expanded: %GOPATH%\\bin');
		// In the registry: Go\\bin twice, %GOPATH%\\bin (by meaning) and ...\\go\\bin\\ (by trailing separator).
		expect(finding.summary).toContain('duplicate entries: 3; entries that are not folders: 1');
		expect(finding.fixes.map((fix) => fix.id)).toEqual(['clean-user-path']);
		const [fix] = finding.fixes;
		expect(fix).toMatchObject({needsAdmin: false, reversible: true});
		const before = windowsRegistry()[USER_ENVIRONMENT_KEY]!.find((v) => v.name === 'Path')!.data;
		expect(fix!.changes).toEqual([
			{
				kind: 'path-entries',
				scope: 'user',
				name: 'Path',
				before: {raw: before, type: 'REG_EXPAND_SZ'},
				// %GOPATH%\bin means the folder %USERPROFILE%\go\bin already adds: a duplicate too.
				after: {raw: '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin;', type: 'REG_EXPAND_SZ'},
				removed: [GO_BIN, 'C:\\Old\\Missing', '%GOPATH%\\bin', `${USER}\\go\\bin\\`],
				added: [],
			},
		]);
		// The registry evidence shows both Path values raw, with their types.
		expect(finding.evidence.find((e) => e.kind === 'registry')).toMatchObject({
			values: [
				{hive: 'HKLM', name: 'Path', type: 'REG_EXPAND_SZ'},
				{hive: 'HKCU', name: 'Path', type: 'REG_EXPAND_SZ', raw: before},
			],
		});
		// The PATH evidence names each entry's origin and where go wins.
		const path = finding.evidence.find((e) => e.kind === 'path');
		expect(path).toMatchObject({kind: 'path', shell: 'powershell'});
		if (path?.kind !== 'path') return;
		expect(path.entries[4]).toMatchObject({origin: 'system', marks: ['wins'], tools: [{name: 'go', wins: true}, {name: 'gofmt', wins: true}]});
		expect(path.entries[6]).toMatchObject({raw: '%USERPROFILE%\\go\\bin', expanded: `${USER}\\go\\bin`, tools: [{name: 'gopls'}, {name: 'dlv'}]});
	});

	it('counts the entries of the registry Path it judged, not those of this older terminal', async () => {
		const registry = windowsRegistry();
		registry[USER_ENVIRONMENT_KEY]!.find((v) => v.name === 'Path')!.data = '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin;';
		// Opened before the user Path was set: three entries only.
		const f = await checkAll(windowsWorld({registry, env: {Path: `C:\\Windows\\system32;C:\\Windows;${GO_BIN}`}}));
		expect(f['path-hygiene']).toMatchObject({status: 'ok', summary: '7 entries in the registry Path (system and user), no duplicates, all present'});
		const numbers = f['path-hygiene']!.evidence.find((e) => e.kind === 'kv');
		expect(numbers?.kind === 'kv' && numbers.rows.slice(0, 2)).toEqual([
			{label: 'entries in the registry Path (system and user)', value: '7'},
			{label: 'entries in this PATH', value: '3'},
		]);
	});

	it('rewrites a reference that never expands into the folder it means, as %USERPROFILE%\\…, never %GOPATH%', async () => {
		const registry = windowsRegistry();
		const user = registry[USER_ENVIRONMENT_KEY]!;
		user.find((v) => v.name === 'Path')!.data = '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%GOPATH%\\bin';
		const sys = windowsWorld({registry, env: {Path: `C:\\Windows\\system32;${GO_BIN};${USER}\\AppData\\Local\\Microsoft\\WindowsApps;%GOPATH%\\bin`}});
		const f = await checkAll(sys);
		expect(f['path-hygiene']!.fixes.map((x) => x.id)).toEqual(['fix-user-path-references']);
		expect(f['path-hygiene']!.fixes[0]!.changes[0]).toMatchObject({
			after: {raw: '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin', type: 'REG_EXPAND_SZ'},
			removed: ['%GOPATH%\\bin'],
			added: ['%USERPROFILE%\\go\\bin'],
		});
		expect(f['gobin-on-path']).toMatchObject({status: 'warn', fixes: []});
		expect(f['gobin-on-path']!.summary).toContain('the entry %GOPATH%\\bin meant to add it never expands');
	});

	it('offers the system Path clean-up separately, needing admin', async () => {
		const registry = windowsRegistry();
		const system = registry[SYSTEM_ENVIRONMENT_KEY]!.find((v) => v.name === 'Path')!;
		system.data += ';C:\\Program Files\\Git\\cmd\\;C:\\Gone';
		const f = await checkAll(windowsWorld({registry}));
		const fix = f['path-hygiene']!.fixes.find((x) => x.id === 'clean-system-path')!;
		expect(fix.needsAdmin).toBe(true);
		expect(fix.changes[0]).toMatchObject({scope: 'system', removed: ['C:\\Program Files\\Git\\cmd\\', 'C:\\Gone'], after: {type: 'REG_EXPAND_SZ'}});
		expect((fix.changes[0] as Extract<Change, {kind: 'path-entries'}>).after.raw).toBe(
			'%SystemRoot%\\system32;%SystemRoot%;%SystemRoot%\\System32\\Wbem;C:\\Program Files\\Git\\cmd;C:\\Program Files\\Go\\bin',
		);
		expect(f['path-hygiene']!.fixes[0]!.id).toBe('clean-user-path');
	});

	it('warns about a PATH longer than cmd.exe accepts, quoted and empty entries, and a user Go a system Go shadows', async () => {
		const long = Array.from({length: 450}, (_, i) => `C:\\Tools\\pkg${i}\\bin`).join(';');
		const sdkGo = `${USER}\\sdk\\go1.26.11\\bin\\go.exe`;
		// The sdk folder is a user entry: it is in the user Path of the registry.
		const registry = windowsRegistry();
		registry[USER_ENVIRONMENT_KEY]!.find((v) => v.name === 'Path')!.data = '%USERPROFILE%\\sdk\\go1.26.11\\bin;;"C:\\Program Files\\Git\\cmd"';
		const f = await checkAll(
			windowsWorld({
				registry,
				env: {Path: `${GO_BIN};${USER}\\sdk\\go1.26.11\\bin;;"C:\\Program Files\\Git\\cmd";${long}`},
				files: {[sdkGo]: {file: 'MZ'}},
				commands: [{file: sdkGo, args: ['version'], answer: {stdout: 'go version go1.26.11 windows/amd64\n'}}],
			}),
		);
		const summary = f['path-hygiene']!.summary;
		expect(f['path-hygiene']!.status).toBe('warn');
		expect(summary).toContain(`go in the user PATH (${USER}\\sdk\\go1.26.11\\bin\\go.exe) is shadowed by the system PATH (${GO_BIN}\\go.exe)`);
		expect(summary).toMatch(/PATH is \d+ characters, more than the 8191 cmd\.exe accepts/);
		expect(summary).toContain('empty entries (;;): 1');
		expect(summary).toContain('entries in quotes: 1');
	});
});

describe('PATH edits as data', () => {
	const value = {name: 'Path', type: 'REG_EXPAND_SZ' as const, data: '%USERPROFILE%\\a;C:\\张三\\b;;%SystemRoot%\\c;'};

	it('leaves every other entry byte-identical, keeps the trailing separator and the type', () => {
		expect(editPath('user', value, {remove: new Set([1])})).toMatchObject({after: {raw: '%USERPROFILE%\\a;;%SystemRoot%\\c;', type: 'REG_EXPAND_SZ'}, removed: ['C:\\张三\\b']});
		expect(editPath('user', value, {append: ['%USERPROFILE%\\go\\bin']})!.after.raw).toBe('%USERPROFILE%\\a;C:\\张三\\b;;%SystemRoot%\\c;%USERPROFILE%\\go\\bin;');
		// A move is in both lists, as the executor's check reads it (it would refuse it otherwise).
		const move = editPath('user', value, {remove: new Set([3]), insert: {before: 0, raw: ['%SystemRoot%\\c']}});
		expect(move).toMatchObject({
			after: {raw: '%SystemRoot%\\c;%USERPROFILE%\\a;C:\\张三\\b;;'},
			removed: ['%SystemRoot%\\c'],
			added: ['%SystemRoot%\\c'],
		});
		expect(pathEditProblem(move!)).toBeUndefined();
		expect(editPath('user', value, {remove: new Set()})).toBeNull();
	});

	it('writes %USERPROFILE% only where the value expands references; a REG_SZ value gets the absolute path', () => {
		expect(registryForm(`${USER}\\go\\bin`, 'REG_EXPAND_SZ', USER)).toBe('%USERPROFILE%\\go\\bin');
		expect(registryForm(`${USER}\\go\\bin`, 'REG_SZ', USER)).toBe(`${USER}\\go\\bin`);
		expect(registryForm('D:\\go\\bin', 'REG_EXPAND_SZ', USER)).toBe('D:\\go\\bin');
		expect(registryForm('C:\\Users\\张三2\\go\\bin', 'REG_EXPAND_SZ', USER)).toBe('C:\\Users\\张三2\\go\\bin');
		// Adding a reference to a REG_SZ value must make it expandable, or it would stay literal.
		expect(editPath('user', {name: 'Path', type: 'REG_SZ', data: 'C:\\a'}, {append: ['%USERPROFILE%\\go\\bin']})!.after.type).toBe('REG_EXPAND_SZ');
	});
});

describe('gobin-on-path', () => {
	it('is an error for a relative GOBIN, which go install refuses, and never adds it to PATH', async () => {
		const file = '/home/dev/.config/go/env';
		const f = await checkAll(goWorld({platform: 'linux', files: {[file]: 'GOBIN=bin\n'}, goEnv: defaultGoEnv('linux', {GOBIN: 'bin'})}));
		expect(f['gobin-on-path']).toMatchObject({
			status: 'error',
			summary: `GOBIN=bin (from go env file (${file}:1)) is not an absolute path: go install fails with "cannot install, GOBIN must be an absolute path"`,
		});
		expect(f['gobin-on-path']!.fixes.map((x) => x.id)).toEqual(['unset-go-env-file']);
		expect(JSON.stringify(f['gobin-on-path']!.fixes)).not.toContain('profile-line');
	});

	it('is ok when the folder go install writes to is on PATH', async () => {
		const f = await checkAll(windowsWorld());
		expect(f['gobin-on-path']).toMatchObject({status: 'ok', summary: `${USER}\\go\\bin is on PATH (entry #7)`});
	});

	it('adds %USERPROFILE%\\go\\bin to the user Path on Windows, never %GOPATH%\\bin', async () => {
		const registry = windowsRegistry();
		registry[USER_ENVIRONMENT_KEY]!.find((v) => v.name === 'Path')!.data = '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;';
		const f = await checkAll(windowsWorld({registry, env: {Path: `C:\\Windows\\system32;${GO_BIN};${USER}\\AppData\\Local\\Microsoft\\WindowsApps;`}}));
		expect(f['gobin-on-path']).toMatchObject({status: 'warn'});
		expect(f['gobin-on-path']!.fixes).toEqual([
			expect.objectContaining({
				id: 'add-to-user-path',
				changes: [
					{
						kind: 'path-entries',
						scope: 'user',
						name: 'Path',
						before: {raw: '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;', type: 'REG_EXPAND_SZ'},
						after: {raw: '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin;', type: 'REG_EXPAND_SZ'},
						removed: [],
						added: ['%USERPROFILE%\\go\\bin'],
					},
				],
			}),
		]);
	});

	it('creates the user Path when there is none, and says "open a new terminal" when only this terminal lacks it', async () => {
		const registry = windowsRegistry();
		registry[USER_ENVIRONMENT_KEY] = registry[USER_ENVIRONMENT_KEY]!.filter((v) => v.name !== 'Path');
		const f = await checkAll(windowsWorld({registry, env: {Path: `C:\\Windows\\system32;${GO_BIN}`}}));
		expect(f['gobin-on-path']!.fixes[0]!.changes).toEqual([
			{kind: 'registry-env', scope: 'user', name: 'Path', before: null, after: {raw: '%USERPROFILE%\\go\\bin', type: 'REG_EXPAND_SZ'}},
		]);
		const stale = await checkAll(windowsWorld({env: {Path: `C:\\Windows\\system32;${GO_BIN}`}}));
		expect(stale['gobin-on-path']).toMatchObject({status: 'info', fixes: [], summary: `${USER}\\go\\bin is in the user PATH in the registry, but not in this terminal: open a new terminal`});
	});

	it('on Unix, adds a line to the profile of the user\'s shell, found as data', async () => {
		const base = {platform: 'linux' as const, goEnv: defaultGoEnv('linux', {GOHOSTOS: 'linux', GOHOSTARCH: 'amd64'})};
		const bash = await checkAll(goWorld({...base, env: {SHELL: '/bin/bash'}}));
		expect(bash['gobin-on-path']!.summary).toBe('/home/dev/go/bin (GOPATH) is not on PATH: tools you go install (gopls, dlv, …) are not found by name');
		expect(bash['gobin-on-path']!.fixes[0]).toMatchObject({
			id: 'add-to-profile-path',
			changes: [{kind: 'profile-line', file: '/home/dev/.profile', before: {line: null}, after: {line: 'export PATH="$PATH:$HOME/go/bin"'}}],
		});
		// After the fix (a new line in the profile), this shell still lacks it: a new login shell has it.
		const fixed = await checkAll(goWorld({...base, env: {SHELL: '/bin/bash'}, files: {'/home/dev/.profile': '# >>> goenv-tui >>>\nexport PATH="$PATH:$HOME/go/bin"\n# <<< goenv-tui <<<\n'}}));
		expect(fixed['gobin-on-path']).toMatchObject({
			status: 'info',
			fixes: [],
			summary: '/home/dev/.profile:2 adds /home/dev/go/bin to PATH for new login shells; this shell started before it: open a new one (or log in again)',
		});
		const zsh = await checkAll(goWorld({...base, env: {SHELL: '/usr/bin/zsh'}}));
		expect(zsh['gobin-on-path']!.fixes[0]!.changes[0]).toMatchObject({file: '/home/dev/.zprofile'});
		const fish = await checkAll(goWorld({...base, env: {SHELL: '/usr/bin/fish', GOBIN: '/opt/gobin'}, goEnv: {...base.goEnv, GOBIN: '/opt/gobin'}}));
		expect(fish['gobin-on-path']!.fixes[0]!.changes[0]).toMatchObject({
			file: '/home/dev/.config/fish/config.fish',
			after: {line: 'fish_add_path --append /opt/gobin'},
		});
	});
});

describe('path-hygiene on Unix', () => {
	it('is info for duplicates and missing folders, a warning for an empty or relative entry, with no registry fix', async () => {
		const tidy = await checkAll(goWorld({platform: 'linux', env: {PATH: '/usr/bin:/usr/local/go/bin:/usr/bin/:/nope'}, files: {'/usr/bin': {dir: true}}}));
		expect(tidy['path-hygiene']).toMatchObject({status: 'info', fixes: []});
		expect(tidy['path-hygiene']!.summary).toBe('worth tidying: duplicate entries: 1, entries that are not folders: 1 (harmless, but they hide real problems)');
		const risky = await checkAll(goWorld({platform: 'darwin', env: {PATH: '/usr/local/go/bin::bin:~/go/bin'}}));
		expect(risky['path-hygiene']!.status).toBe('warn');
		expect(risky['path-hygiene']!.summary).toContain('empty entries, which mean the current folder: 1');
		expect(risky['path-hygiene']!.summary).toContain('relative entries, whose meaning depends on the current folder: 1');
		expect(risky['path-hygiene']!.summary).toContain('entries that were never expanded: ~/go/bin. PATH holds this text itself');
	});

	it('explains a literal $GOPATH/bin and a quoted entry in Unix terms, not cmd.exe\'s', async () => {
		const f = await checkAll(goWorld({platform: 'linux', env: {PATH: '/usr/local/go/bin:$GOPATH/bin:"/usr/local/bin"'}}));
		const summary = f['path-hygiene']!.summary;
		expect(f['path-hygiene']!.status).toBe('warn');
		expect(summary).toContain('entries that were never expanded: $GOPATH/bin. PATH holds this text itself: whatever set it (single quotes in a shell profile');
		expect(summary).toContain('entries in quotes: 1 (no shell strips quotes from PATH');
		expect(summary).not.toMatch(/cmd strips|Path is expanded once/);
	});
});

describe('go-on-path', () => {
	it('finds the registry fixture machine healthy', async () => {
		const f = await checkAll(windowsWorld());
		expect(f['go-on-path']).toMatchObject({status: 'ok', summary: `go1.27.4 at ${GO_BIN}\\go.exe`});
	});

	it('tells a second go that cannot start from another Go version, with why it failed', async () => {
		const sys = windowsWorld({
			env: {Path: `C:\\Windows\\system32;${GO_BIN};C:\\Go\\bin;C:\\Tools\\bin`},
			files: {'C:\\Go\\bin\\go.exe': {file: 'MZ'}, 'C:\\Tools\\bin\\go.exe': {file: 'MZ'}},
			commands: [{file: 'C:\\Go\\bin\\go.exe', args: ['version'], answer: {exitCode: 2, stderr: 'go: cannot find GOROOT directory: C:\\Go\n'}}],
		});
		const f = await checkAll(sys);
		// C:\Tools\bin\go.exe is not scripted: the fake world refuses to start it (EACCES).
		expect(f['go-on-path']).toMatchObject({
			status: 'warn',
			summary: 'another go later on PATH does not start: C:\\Go\\bin\\go.exe (go: cannot find GOROOT directory: C:\\Go), C:\\Tools\\bin\\go.exe (EACCES)',
		});
		expect(f['go-on-path']!.summary).not.toContain('other Go version');
	});

	it('warns about a 32-bit Go on a 64-bit Windows', async () => {
		const f = await checkAll(windowsWorld({goEnv: {GOHOSTARCH: '386', GOARCH: '386'}, env: {PROCESSOR_ARCHITECTURE: 'x86', PROCESSOR_ARCHITEW6432: 'AMD64'}}));
		expect(f['go-on-path']).toMatchObject({status: 'warn'});
		expect(f['go-on-path']!.summary).toBe('the go that runs is a 32-bit build (windows/386) on a 64-bit (amd64) machine: install the 64-bit Go');
	});

	it('warns about an amd64 Go emulated on Windows on Arm, read from the CPU, not the emulated process', async () => {
		const f = await checkAll(
			windowsWorld({env: {PROCESSOR_ARCHITECTURE: 'AMD64', PROCESSOR_IDENTIFIER: 'ARMv8 (64-bit) Family 8 Model 1 Revision 201, Qualcomm Technologies Inc'}}),
		);
		expect(f['go-on-path']!.summary).toBe('the go that runs (windows/amd64) is an x86-64 build running under emulation on an arm64 machine: install the arm64 Go');
	});

	it('asks sysctl on a Mac when this process is x64 (Rosetta)', async () => {
		const sys = goWorld({platform: 'darwin', goEnv: defaultGoEnv('darwin', {GOHOSTOS: 'darwin', GOHOSTARCH: 'amd64'})});
		sys.addCommand({file: '/usr/sbin/sysctl', args: ['-n', 'hw.optional.arm64'], answer: {stdout: '1\n'}});
		const f = await checkAll(sys);
		expect(f['go-on-path']!.summary).toContain('emulation on an arm64 machine');
		const native = createFakeSystem({platform: 'darwin', arch: 'arm64'});
		expect(native.arch).toBe('arm64');
	});

	it('moves a newer Go ahead of an older one in the same scope (user Path), leaving the rest as is', async () => {
		const registry = windowsRegistry();
		registry[SYSTEM_ENVIRONMENT_KEY]!.find((v) => v.name === 'Path')!.data = '%SystemRoot%\\system32';
		registry[USER_ENVIRONMENT_KEY]!.find((v) => v.name === 'Path')!.data = 'C:\\Go121\\bin;%USERPROFILE%\\sdk\\go1.27.4\\bin';
		const sys = windowsWorld({
			registry,
			env: {Path: `C:\\Windows\\system32;C:\\Go121\\bin;${USER}\\sdk\\go1.27.4\\bin`},
			files: {'C:\\Go121\\bin\\go.exe': {file: 'MZ'}, [`${USER}\\sdk\\go1.27.4\\bin\\go.exe`]: {file: 'MZ'}},
			goEnv: {GOVERSION: 'go1.21.13', GOROOT: 'C:\\Go121'},
			commands: [
				{file: 'C:\\Go121\\bin\\go.exe', args: ['env', '-json'], answer: {stdout: JSON.stringify({GOVERSION: 'go1.21.13', GOROOT: 'C:\\Go121', GOHOSTOS: 'windows', GOHOSTARCH: 'amd64'})}},
				{file: `${USER}\\sdk\\go1.27.4\\bin\\go.exe`, args: ['version'], answer: {stdout: 'go version go1.27.4 windows/amd64\n'}},
			],
		});
		const f = await checkAll(sys);
		expect(f['go-on-path']!.summary).toBe(`go1.21.13 at C:\\Go121\\bin\\go.exe wins; 1 other Go version(s) later on PATH: go1.27.4 (${USER}\\sdk\\go1.27.4\\bin\\go.exe)`);
		expect(f['go-on-path']!.fixes).toEqual([
			expect.objectContaining({
				id: 'prefer-newer-go',
				needsAdmin: false,
				changes: [
					expect.objectContaining({
						kind: 'path-entries',
						scope: 'user',
						before: {raw: 'C:\\Go121\\bin;%USERPROFILE%\\sdk\\go1.27.4\\bin', type: 'REG_EXPAND_SZ'},
						after: {raw: '%USERPROFILE%\\sdk\\go1.27.4\\bin;C:\\Go121\\bin', type: 'REG_EXPAND_SZ'},
					}),
				],
			}),
		]);
		// Offered, so it can be applied: the executor's own check accepts the move, and undo puts it back.
		const world = fixWorld(sys);
		try {
			const preview = await previewFix(world.services, f['go-on-path']!, 'prefer-newer-go');
			expect(preview.blockers).toEqual([]);
			expect(await applyFix(world.services, preview)).toMatchObject({status: 'applied'});
			expect((await sys.registry!.readKey(USER_ENVIRONMENT_KEY))!.find((v) => v.name === 'Path')!.data).toBe('%USERPROFILE%\\sdk\\go1.27.4\\bin;C:\\Go121\\bin');
			expect(await undoEntry(world.services, 'last')).toMatchObject({status: 'undone'});
			expect((await sys.registry!.readKey(USER_ENVIRONMENT_KEY))!.find((v) => v.name === 'Path')!.data).toBe('C:\\Go121\\bin;%USERPROFILE%\\sdk\\go1.27.4\\bin');
		} finally {
			world.cleanup();
		}
	});

	it('removes the shadowing system entry (admin) when an older system Go hides a newer user one', async () => {
		const registry = windowsRegistry();
		registry[USER_ENVIRONMENT_KEY]!.find((v) => v.name === 'Path')!.data = `%USERPROFILE%\\scoop\\shims`;
		const env = windowsProcessEnv();
		const sys = windowsWorld({
			registry,
			env: {Path: `${env.Path!.split(';').slice(0, 5).join(';')};${USER}\\scoop\\shims`},
			goEnv: {GOVERSION: 'go1.24.13'},
			files: {[`${USER}\\scoop\\shims\\go.exe`]: {file: 'MZ'}, [`${USER}\\scoop\\shims\\go.shim`]: `path = ${USER}\\scoop\\apps\\go\\current\\bin\\go.exe\n`},
			commands: [{file: `${USER}\\scoop\\shims\\go.exe`, args: ['version'], answer: {stdout: 'go version go1.27.4 windows/amd64\n'}}],
		});
		const f = await checkAll(sys);
		const fix = f['go-on-path']!.fixes[0]!;
		expect(fix).toMatchObject({id: 'remove-shadowing-go', needsAdmin: true});
		expect(fix.changes[0]).toMatchObject({
			scope: 'system',
			removed: [GO_BIN],
			after: {raw: '%SystemRoot%\\system32;%SystemRoot%;%SystemRoot%\\System32\\Wbem;C:\\Program Files\\Git\\cmd', type: 'REG_EXPAND_SZ'},
		});
		expect(JSON.stringify(f['go-on-path']!.evidence)).toContain(JSON.stringify(`Scoop shim for ${USER}\\scoop\\apps\\go\\current\\bin\\go.exe`).slice(1, -1));
		expect(f['go-version']).toMatchObject({status: 'warn'});
	});

	it('reads the registry PATH entries per scope with their meaning', async () => {
		const entries = await registryPathEntries(new Facts(windowsWorld()));
		expect(entries.filter((e) => e.unexpanded.length > 0)).toEqual([
			expect.objectContaining({scope: 'user', raw: '%GOPATH%\\bin', meant: `${USER}\\go\\bin`, duplicateOf: {scope: 'user', position: 1}}),
		]);
	});
});
