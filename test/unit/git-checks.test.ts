import {describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import {createTranslator} from '../../source/i18n/index.js';
import {git} from '../../source/probes/git.js';
import {gitAutocrlf, parseLsFilesEol} from '../../source/probes/git-autocrlf.js';
import {gitCredentials, helperWords} from '../../source/probes/git-credentials.js';
import {credentialHelperChain, hostOfUrl, parseGitConfigZ, parseGitVersion, type GitConfigFact} from '../../source/facts/git.js';
import {cmdkeyDeleteTarget, parseCmdkeyList, parseStoreLine} from '../../source/facts/git-credentials.js';
import {createFakeSystem, type FakeCommand, type FakeEntry} from '../../source/system/fake-system.js';
import type {Finding} from '../../source/model/finding.js';

const t = createTranslator('en');
const TOKEN = 'ghp_PLANTEDtokenPLANTEDtoken0123456789';

/** `git config --show-origin --show-scope -z` output for these entries. */
function configZ(entries: Array<[scope: string, origin: string, key: string, value: string | null]>): string {
	return entries.map(([scope, origin, key, value]) => `${scope}\0${origin}\0${key}${value === null ? '' : `\n${value}`}\0`).join('');
}

interface GitWorldSpec {
	platform: 'linux' | 'win32' | 'darwin';
	config?: string;
	repo?: string | null;
	lsFiles?: string;
	/** What `git diff --ignore-cr-at-eol --numstat -z` prints (real edits, not line endings). */
	diff?: string;
	/** Paths `git diff --cached --name-only -z` prints (staged, not committed). */
	staged?: string;
	files?: Record<string, FakeEntry>;
	env?: Record<string, string>;
	commands?: FakeCommand[];
	gitVersion?: string;
}

function gitWorld(spec: GitWorldSpec) {
	const win = spec.platform === 'win32';
	const gitExe = win ? 'C:\\Program Files\\Git\\cmd\\git.exe' : '/usr/bin/git';
	const execPath = win ? 'C:/Program Files/Git/mingw64/libexec/git-core' : '/usr/lib/git-core';
	const cwd = win ? 'C:\\src\\app' : '/home/dev/src/app';
	const files: Record<string, FakeEntry> = {
		[gitExe]: {file: 'git', mode: 0o755},
		[win ? 'C:\\Program Files\\Git\\mingw64\\libexec\\git-core\\git-credential-store.exe' : '/usr/lib/git-core/git-credential-store']: {file: 'x', mode: 0o755},
		...spec.files,
	};
	const env = win
		? {PATH: 'C:\\Windows\\system32;C:\\Program Files\\Git\\cmd', PATHEXT: '.COM;.EXE;.BAT;.CMD', SystemRoot: 'C:\\Windows', USERPROFILE: 'C:\\Users\\dev', ...spec.env}
		: {PATH: '/usr/bin', HOME: '/home/dev', ...spec.env};
	const sys = createFakeSystem({
		platform: spec.platform,
		env,
		cwd,
		files,
		commands: [
			{file: gitExe, args: ['--version'], answer: {stdout: `git version ${spec.gitVersion ?? (win ? '2.47.1.windows.1' : '2.39.5')}\n`}},
			{file: gitExe, args: ['--exec-path'], answer: {stdout: `${execPath}\n`}},
			{file: gitExe, answer: (request) => {
				if (request.args[0] === 'config') return spec.config ? {stdout: spec.config} : {exitCode: 1};
				if (request.args[0] === 'rev-parse') return spec.repo ? {stdout: `${spec.repo}\n`} : {exitCode: 128, stderr: 'fatal: not a git repository (or any of the parent directories): .git\n'};
				if (request.args[0] === 'ls-files') return {stdout: spec.lsFiles ?? ''};
				// `diff --cached`: what is staged; plain `diff`: the working tree against the index.
				if (request.args[0] === 'diff') return {stdout: (request.args.includes('--cached') ? spec.staged : spec.diff) ?? ''};
				return {exitCode: 1};
			}},
			...(spec.commands ?? []),
		],
	});
	return {sys, gitExe, cwd};
}

async function run(sys: ReturnType<typeof createFakeSystem>): Promise<Record<string, Finding>> {
	const engine = new Engine({probes: [git, gitAutocrlf, gitCredentials], sys, t, scheduleFlush: (f) => f()});
	return Object.fromEntries((await engine.run()).map((f) => [f.id, f]));
}

describe('git facts parsing', () => {
	it('reads git config -z output with scope, origin, keys without values, and multi-line values', () => {
		const text = configZ([
			['system', 'file:C:/Program Files/Git/etc/gitconfig', 'credential.helper', 'manager-core'],
			['global', 'file:C:/Users/dev/.gitconfig', 'credential.helper', ''],
			['local', 'file:.git/config', 'core.autocrlf', null],
			['command', 'command line:', 'core.eol', 'lf'],
		]);
		expect(parseGitConfigZ(text, true)).toEqual([
			{scope: 'system', origin: 'file:C:/Program Files/Git/etc/gitconfig', file: 'C:/Program Files/Git/etc/gitconfig', key: 'credential.helper', value: 'manager-core'},
			{scope: 'global', origin: 'file:C:/Users/dev/.gitconfig', file: 'C:/Users/dev/.gitconfig', key: 'credential.helper', value: ''},
			{scope: 'local', origin: 'file:.git/config', file: '.git/config', key: 'core.autocrlf', value: null},
			{scope: 'command', origin: 'command line:', key: 'core.eol', value: 'lf'},
		]);
	});

	it('infers the scope from the file when git is too old for --show-scope', () => {
		const text = 'file:/etc/gitconfig\0core.autocrlf\ntrue\0file:/home/dev/.gitconfig\0core.autocrlf\ninput\0file:.git/config\0core.eol\nlf\0';
		expect(parseGitConfigZ(text, false, '/home/dev').map((e) => e.scope)).toEqual(['system', 'global', 'local']);
	});

	it('redacts a token inside a config key or value as it parses, so no fact holds it', () => {
		const text = configZ([['global', 'file:/home/dev/.gitconfig', `url.https://alice:${TOKEN}@git.corp.example/.insteadof`, 'https://git.corp.example/']]);
		const [entry] = parseGitConfigZ(text, true);
		expect(JSON.stringify(entry)).not.toContain(TOKEN);
		expect(entry!.key).toBe('url.https://alice:***@git.corp.example/.insteadof');
	});

	it('builds the helper chain, where an empty value drops the helpers before it', () => {
		const entries = parseGitConfigZ(
			configZ([
				['system', 'file:/etc/gitconfig', 'credential.helper', 'manager-core'],
				['global', 'file:/home/dev/.gitconfig', 'credential.helper', ''],
				['global', 'file:/home/dev/.gitconfig', 'credential.helper', 'manager'],
				['global', 'file:/home/dev/.gitconfig', 'credential.https://git.corp.example.helper', 'store'],
			]),
			true,
		);
		const config: GitConfigFact = {entries, failed: false, command: {argv: [], result: {exitCode: 0, stdout: '', stderr: '', timedOut: false, canceled: false}}};
		const {chain, reset} = credentialHelperChain(config);
		expect(chain.map((h) => h.value)).toEqual(['manager']);
		expect(reset).toHaveLength(1);
	});

	it('parses versions, Git for Windows included, and hosts of URLs and scp-like addresses', () => {
		expect(parseGitVersion('git version 2.47.1.windows.1\n')).toEqual({text: '2.47.1.windows.1', major: 2, minor: 47, gitForWindows: true});
		expect(parseGitVersion('git version 2.39.5\n')).toMatchObject({gitForWindows: false});
		expect(hostOfUrl('https://user@Git.Corp.Example:8443/x')).toBe('git.corp.example');
		expect(hostOfUrl('git@git.corp.example:team/lib.git')).toBe('git.corp.example');
		expect(hostOfUrl('ssh://git@git.corp.example/team')).toBe('git.corp.example');
		expect(helperWords('store --file "C:/My Creds/x"')).toEqual(['store', '--file', 'C:/My Creds/x']);
	});

	it('parses git ls-files --eol -z records', () => {
		const out = 'i/lf    w/crlf  attr/                 \tgo.sum\0i/crlf  w/crlf  attr/text eol=lf      \tcmd/my app/main.go\0';
		expect(parseLsFilesEol(out)).toEqual([
			{index: 'lf', worktree: 'crlf', attr: '', path: 'go.sum'},
			{index: 'crlf', worktree: 'crlf', attr: 'text eol=lf', path: 'cmd/my app/main.go'},
		]);
		// With -s, as the check runs it: mode, object and stage first.
		expect(parseLsFilesEol('100644 422c2b7ab3b3c668038da977e4e93a5fc623169c 0\ti/lf    w/crlf  attr/                 \tgo.sum\0')).toEqual([
			{mode: '100644', oid: '422c2b7ab3b3c668038da977e4e93a5fc623169c', stage: '0', index: 'lf', worktree: 'crlf', attr: '', path: 'go.sum'},
		]);
	});
});

describe('credential stores', () => {
	it('parses the real cmdkey /list sample (trailing space in Type, optional persistence line)', () => {
		const sample = [
			'',
			'Currently stored credentials:',
			'',
			'    Target: LegacyGeneric:target=git:https://github.com',
			'    Type: Generic ',
			'    User: Personal Access Token',
			'    Local machine persistence',
			'',
			'    Target: LegacyGeneric:target=git:https://alice@git.corp.example',
			'    Type: Generic ',
			'    User: alice',
			'',
		].join('\r\n');
		expect(parseCmdkeyList(sample)).toEqual([
			{target: 'LegacyGeneric:target=git:https://github.com', type: 'Generic', user: 'Personal Access Token'},
			{target: 'LegacyGeneric:target=git:https://alice@git.corp.example', type: 'Generic', user: 'alice'},
		]);
		expect(cmdkeyDeleteTarget('LegacyGeneric:target=git:https://github.com')).toBe('git:https://github.com');
	});

	it('parses Chinese cmdkey labels too', () => {
		const sample = '当前保存的凭据:\r\n\r\n    目标: LegacyGeneric:target=git:https://gitee.com\r\n    类型: 普通 \r\n    用户: 张三\r\n';
		expect(parseCmdkeyList(sample)).toEqual([{target: 'LegacyGeneric:target=git:https://gitee.com', type: '普通', user: '张三'}]);
	});

	it('drops the secret of a store-helper line and keeps protocol, user, host and path', () => {
		const parsed = parseStoreLine(`https://alice%40corp:${TOKEN}@git.corp.example/team/lib.git`);
		expect(parsed).toEqual({protocol: 'https', user: 'alice@corp', host: 'git.corp.example', path: '/team/lib.git'});
		expect(JSON.stringify(parsed)).not.toContain(TOKEN);
		expect(parseStoreLine('# a comment')).toBeNull();
	});
});

describe('git', () => {
	it('is ok with the version, and one git reached twice through a symlink is one git', async () => {
		const {sys} = gitWorld({platform: 'linux', env: {PATH: '/usr/bin:/bin'}, files: {'/bin/git': {link: '/usr/bin/git'}}});
		const f = await run(sys);
		expect(f.git).toMatchObject({status: 'ok', summary: 'git 2.39.5 at /usr/bin/git'});
		expect(JSON.stringify(f.git!.evidence)).toContain('same file as #1');
	});

	it('is an error when git is missing and GOPRIVATE needs it, and blocks the git checks', async () => {
		const sys = createFakeSystem({platform: 'linux', env: {PATH: '/usr/bin', GOPRIVATE: 'git.corp.example'}});
		const f = await run(sys);
		expect(f.git).toMatchObject({status: 'error'});
		expect(f.git!.summary).toContain('GOPRIVATE=git.corp.example');
		expect(f['git-autocrlf']).toMatchObject({status: 'skipped', summary: 'skipped: blocked by git'});
		expect(f['git-credentials']).toMatchObject({status: 'skipped'});
	});

	it('is only a warning when git is missing and nothing forces direct fetches', async () => {
		const f = await run(createFakeSystem({platform: 'win32', env: {PATH: 'C:\\Windows\\system32', PATHEXT: '.EXE'}}));
		expect(f.git).toMatchObject({status: 'warn'});
		expect(f.git!.docUrl).toBe('https://gitforwindows.org/');
	});

	it('says so when the git on Windows is not Git for Windows', async () => {
		const {sys} = gitWorld({platform: 'win32', gitVersion: '2.45.2'});
		expect((await run(sys)).git).toMatchObject({status: 'info'});
	});
});

describe('git-credentials with URL-scoped helpers', () => {
	const scopedConfig = configZ([['system', 'file:/etc/gitconfig', 'credential.https://host.example.com.helper', 'store']]);

	it('with no host go uses, names the scoped helper and the URL it is for, never "no credential helper is configured"', async () => {
		const {sys} = gitWorld({platform: 'linux', config: scopedConfig});
		const f = (await run(sys))['git-credentials']!;
		expect(f.status).toBe('info');
		expect(f.summary).toBe('no credential helper for all URLs; store (system, /etc/gitconfig) for https://host.example.com; none for other hosts; 0 cached credential(s) for hosts go uses');
	});

	it('names the helper for the GOPRIVATE host it matches, and warns for the one it does not', async () => {
		const {sys} = gitWorld({platform: 'linux', config: scopedConfig, env: {GOPRIVATE: 'host.example.com,*.corp.example'}});
		const f = (await run(sys))['git-credentials']!;
		expect(f.status).toBe('warn');
		expect(f.summary).toBe(
			'no credential helper for *.corp.example, which GOPRIVATE names: go disables git prompts, so HTTPS fetches from there fail with "terminal prompts disabled"; store (system, /etc/gitconfig) for host.example.com',
		);
	});
});

describe('git-autocrlf', () => {
	it('warns about Git for Windows\' default autocrlf=true from the system config, with the origin, not blaming checksums', async () => {
		const {sys} = gitWorld({platform: 'win32', config: configZ([['system', 'file:C:/Program Files/Git/etc/gitconfig', 'core.autocrlf', 'true']])});
		const f = (await run(sys))['git-autocrlf']!;
		expect(f.status).toBe('warn');
		expect(f.summary).toBe('core.autocrlf=true (system, C:/Program Files/Git/etc/gitconfig): Go files are checked out with CRLF. gofmt and diffs will complain; checksums are not affected');
		expect(f.why).toContain('The checklist that blames CRLF for checksum mismatches is wrong');
		expect(f.fixes.map((fix) => fix.id)).toEqual(['autocrlf-input']);
		expect(f.fixes[0]!.changes).toEqual([{kind: 'git-config', scope: 'global', key: 'core.autocrlf', before: null, after: 'input'}]);
	});

	it('lists CRLF files of the repository and offers .gitattributes and a rewrite of the clean ones only', async () => {
		const {sys} = gitWorld({
			platform: 'linux',
			config: configZ([['global', 'file:/home/dev/.gitconfig', 'core.autocrlf', 'true']]),
			repo: '/home/dev/src/app',
			lsFiles:
				'100644 422c2b7ab3b3c668038da977e4e93a5fc623169c 0\ti/lf    w/crlf  attr/                 \tgo.sum\x00100644 8f1a0e1c2b7ab3b3c668038da977e4e93a5fc623 0\ti/lf    w/crlf  attr/                 \tmain.go\0' +
				'100644 9d3c2b7ab3b3c668038da977e4e93a5fc6231690 0\ti/lf    w/lf    attr/                 \tREADME.md\x00100644 aa1c2b7ab3b3c668038da977e4e93a5fc6231691 0\ti/lf    w/crlf  attr/                 \tutil.go\0',
			diff: '0\t0\tmain.go\x003\t1\tutil.go\0', // main.go differs by line endings alone
			files: {'/home/dev/src/app/.gitattributes': '*.png binary'},
		});
		const f = (await run(sys))['git-autocrlf']!;
		expect(f.status).toBe('warn');
		expect(f.summary).toContain('3 Go file(s) have CRLF line endings: 3 written with CRLF on checkout by core.autocrlf=true (global, /home/dev/.gitconfig) (the repository has LF)');
		expect(f.fixes.map((fix) => fix.id)).toEqual(['autocrlf-input', 'gitattributes-eol-lf', 'rewrite-crlf-files']);
		expect(f.fixes[0]!.changes[0]).toMatchObject({scope: 'global', before: 'true', after: 'input'});
		expect(f.fixes[1]!.changes[0]).toEqual({
			kind: 'file',
			path: '/home/dev/src/app/.gitattributes',
			before: {exists: true, content: '*.png binary'},
			after: {exists: true, content: '*.png binary\n*.go text eol=lf\ngo.mod text eol=lf\ngo.sum text eol=lf\n'},
		});
		// util.go has real edits besides its line endings: never rewritten.
		// git skips files whose stat data match the index: the entries are first re-entered without it.
		expect(f.fixes[2]!.changes[0]).toMatchObject({
			kind: 'command',
			argv: ['/usr/bin/git', 'update-index', '--cacheinfo', '100644,422c2b7ab3b3c668038da977e4e93a5fc623169c,go.sum', '--cacheinfo', '100644,8f1a0e1c2b7ab3b3c668038da977e4e93a5fc623,main.go'],
			replaces: [],
		});
		const rewrite = f.fixes[2]!.changes[1]!;
		expect(rewrite).toMatchObject({kind: 'command', cwd: '/home/dev/src/app', replaces: ['/home/dev/src/app/go.sum', '/home/dev/src/app/main.go'], irreversible: false});
		expect(rewrite.kind === 'command' && rewrite.argv.slice(-3)).toEqual(['--', 'go.sum', 'main.go']);
	});

	it('changes a local autocrlf where it is set, and offers renormalisation for CRLF committed into the index as its own irreversible step', async () => {
		const {sys} = gitWorld({
			platform: 'linux',
			config: configZ([
				['global', 'file:/home/dev/.gitconfig', 'core.autocrlf', 'input'],
				['local', 'file:.git/config', 'core.autocrlf', 'true'],
			]),
			repo: '/home/dev/src/app',
			lsFiles: 'i/crlf  w/crlf  attr/                 \tgo.mod\0',
		});
		const f = (await run(sys))['git-autocrlf']!;
		expect(f.fixes[0]!.changes[0]).toMatchObject({kind: 'git-config', scope: 'local', before: 'true', after: 'input', repo: '/home/dev/src/app'});
		const renormalize = f.fixes.find((fix) => fix.id === 'renormalize-index')!;
		expect(renormalize).toMatchObject({reversible: false, changes: [{kind: 'command', irreversible: true}]});
		expect(f.fixes.some((fix) => fix.id === 'rewrite-crlf-files')).toBe(false);
	});

	it('is info when the repository pins eol=lf though autocrlf is true, and ok with input', async () => {
		const pinned = gitWorld({
			platform: 'linux',
			config: configZ([['global', 'file:/home/dev/.gitconfig', 'core.autocrlf', 'true']]),
			repo: '/home/dev/src/app',
			lsFiles: 'i/lf    w/lf    attr/text eol=lf      \tmain.go\0',
		});
		expect((await run(pinned.sys))['git-autocrlf']).toMatchObject({status: 'info'});
		const input = gitWorld({platform: 'darwin', config: configZ([['global', 'file:/Users/dev/.gitconfig', 'core.autocrlf', 'input']])});
		expect((await run(input.sys))['git-autocrlf']).toMatchObject({status: 'ok', fixes: []});
		expect((await run(input.sys))['git-autocrlf']?.summary).toBe('core.autocrlf is input: Go files keep LF line endings');
	});

	it('says plainly when core.autocrlf is not set, not "is (not set)"', async () => {
		const unset = gitWorld({platform: 'linux', config: configZ([])});
		expect((await run(unset.sys))['git-autocrlf']).toMatchObject({status: 'ok', summary: 'core.autocrlf is not set: Go files keep LF line endings'});
	});
});

describe('git-credentials', () => {
	it('is an error for manager-core when that helper no longer exists, with a rename fix at its scope (admin for system)', async () => {
		const {sys} = gitWorld({platform: 'win32', config: configZ([['system', 'file:C:/Program Files/Git/etc/gitconfig', 'credential.helper', 'manager-core']])});
		const f = (await run(sys))['git-credentials']!;
		expect(f.status).toBe('error');
		expect(f.summary).toContain('no longer runs');
		expect(f.fixes[0]).toMatchObject({
			id: 'rename-manager-core-system',
			needsAdmin: true,
			changes: [{kind: 'git-config', scope: 'system', key: 'credential.helper', before: 'manager-core', after: 'manager'}],
		});
	});

	it('only warns for manager-core while the compatibility shim is still installed', async () => {
		const {sys} = gitWorld({
			platform: 'win32',
			config: configZ([['global', 'file:C:/Users/dev/.gitconfig', 'credential.helper', 'manager-core']]),
			files: {'C:\\Program Files\\Git\\mingw64\\bin\\git-credential-manager-core.exe': {file: 'x'}},
		});
		expect((await run(sys))['git-credentials']).toMatchObject({status: 'warn'});
	});

	it('lists Windows credentials for hosts in GOPRIVATE and go.mod only, and erases one with cmdkey, irreversibly', async () => {
		const cmdkey = 'C:\\Windows\\System32\\cmdkey.exe';
		const {sys} = gitWorld({
			platform: 'win32',
			env: {GOPRIVATE: '*.corp.example'},
			config: configZ([['system', 'file:C:/Program Files/Git/etc/gitconfig', 'credential.helper', 'manager']]),
			files: {'C:\\Program Files\\Git\\mingw64\\bin\\git-credential-manager.exe': {file: 'x'}},
			commands: [
				{
					file: cmdkey,
					args: ['/list'],
					answer: {
						stdout:
							'\r\nCurrently stored credentials:\r\n\r\n    Target: LegacyGeneric:target=git:https://github.com\r\n    Type: Generic \r\n    User: Personal Access Token\r\n    Local machine persistence\r\n\r\n    Target: LegacyGeneric:target=git:https://git.corp.example\r\n    Type: Generic \r\n    User: alice\r\n',
					},
				},
			],
		});
		const f = (await run(sys))['git-credentials']!;
		expect(f.status).toBe('ok');
		const creds = f.evidence.find((e) => e.kind === 'credentials');
		expect(creds).toMatchObject({rows: [{target: 'LegacyGeneric:target=git:https://git.corp.example', user: 'alice', helper: 'Windows Credential Manager'}]});
		expect(f.fixes).toHaveLength(1);
		expect(f.fixes[0]).toMatchObject({
			reversible: false,
			changes: [{kind: 'credential-erase', store: 'windows-credential-manager', host: 'git.corp.example', user: 'alice', argv: [cmdkey, '/delete:git:https://git.corp.example']}],
		});
		expect(f.fixes[0]!.description).toContain('cannot be undone');
	});

	it('lists the store helper\'s file without the secret, and erases through git credential reject', async () => {
		const {sys, gitExe} = gitWorld({
			platform: 'linux',
			env: {GOPRIVATE: 'git.corp.example'},
			config: configZ([
				['global', 'file:/home/dev/.gitconfig', 'credential.helper', 'store'],
				['global', 'file:/home/dev/.gitconfig', `url.https://alice:${TOKEN}@git.corp.example/.insteadof`, 'https://git.corp.example/'],
			]),
			files: {'/home/dev/.git-credentials': `https://alice:${TOKEN}@git.corp.example\nhttps://bob:other@github.com\n`},
		});
		const f = (await run(sys))['git-credentials']!;
		expect(JSON.stringify(f)).not.toContain(TOKEN);
		expect(f.evidence.find((e) => e.kind === 'credentials')).toMatchObject({rows: [{target: 'https://git.corp.example', user: 'alice', helper: 'store'}]});
		expect(f.fixes[0]!.changes[0]).toEqual({
			kind: 'credential-erase',
			store: 'git-credential-store',
			target: 'https://git.corp.example',
			host: 'git.corp.example',
			user: 'alice',
			argv: [gitExe, 'credential', 'reject'],
			stdin: 'protocol=https\nhost=git.corp.example\nusername=alice\n\n',
		});
		// Never asks any helper for a secret.
		expect(sys.calls.some((c) => c.args.includes('fill') || c.args.includes('get'))).toBe(false);
	});

	it('a store file that is there but cannot be read (EACCES, EIO) is named with the reason: its credentials are unknown, not "none"', async () => {
		const spec = (files: Record<string, FakeEntry>) =>
			gitWorld({platform: 'linux', env: {GOPRIVATE: 'git.corp.example'}, config: configZ([['global', 'file:/home/dev/.gitconfig', 'credential.helper', 'store']]), files});
		// The control: absent store files are no credentials, and nothing is said of them.
		const absent = (await run(spec({}).sys))['git-credentials']!;
		expect(absent.status).toBe('ok');
		expect(absent.summary).not.toContain('could not be read');
		for (const [code, reason] of [['EACCES', 'permission denied (EACCES)'], ['EIO', 'the disk reported an input/output error (EIO)']] as const) {
			const f = (await run(spec({'/home/dev/.git-credentials': {unreadable: code}, '/home/dev/.config/git/credentials': `https://bob:other@git.corp.example\n`}).sys))['git-credentials']!;
			expect(f.status).toBe('warn');
			expect(f.summary).toContain(`credential store files that could not be read: /home/dev/.git-credentials: ${reason}; the credentials they hold are unknown`);
			expect(f.evidence.find((e) => e.kind === 'text' && e.title === 'Could not be read')).toBeDefined();
			// What the readable one holds is still listed, and only that can be erased.
			expect(f.evidence.find((e) => e.kind === 'credentials')).toMatchObject({rows: [{target: 'https://git.corp.example', user: 'bob'}]});
			expect(f.fixes.map((fix) => fix.id)).toEqual(['erase-credential-1']);
		}
	});

	it('asks the macOS keychain for attributes only (no -w, no -g)', async () => {
		const {sys} = gitWorld({
			platform: 'darwin',
			env: {GOPRIVATE: 'git.corp.example', HOME: '/Users/dev'},
			config: configZ([['global', 'file:/Users/dev/.gitconfig', 'credential.helper', 'osxkeychain']]),
			files: {'/usr/lib/git-core/git-credential-osxkeychain': {file: 'x', mode: 0o755}},
			commands: [
				{
					file: '/usr/bin/security',
					answer: (request) =>
						request.args[2] === 'git.corp.example'
							? {stdout: 'keychain: "/Users/dev/Library/Keychains/login.keychain-db"\nclass: "inet"\nattributes:\n    "acct"<blob>="alice"\n    "srvr"<blob>="git.corp.example"\n'}
							: {exitCode: 44, stderr: 'security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.\n'},
				},
			],
		});
		const f = (await run(sys))['git-credentials']!;
		expect(f.evidence.find((e) => e.kind === 'credentials')).toMatchObject({rows: [{target: 'git.corp.example', user: 'alice'}]});
		const security = sys.calls.filter((c) => c.file === '/usr/bin/security');
		expect(security.length).toBeGreaterThan(0);
		expect(security.every((c) => !c.args.includes('-w') && !c.args.includes('-g'))).toBe(true);
	});

	it('warns when GOPRIVATE names private hosts and no helper is configured', async () => {
		const {sys} = gitWorld({platform: 'linux', env: {GOPRIVATE: 'git.corp.example'}});
		const f = (await run(sys))['git-credentials']!;
		expect(f.status).toBe('warn');
		expect(f.summary).toContain('terminal prompts disabled');
	});
});
