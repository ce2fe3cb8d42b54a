import {afterEach, describe, expect, it} from 'vitest';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {createSandbox, runCli, type Sandbox} from '../helpers/sandbox.js';
import {parseGitConfigZ, type GitConfigFact} from '../../source/facts/git.js';
import {credentialHelpersFor} from '../../source/net/git-urlmatch.js';

const TOKEN = 'ghp_PLANTEDpart2tokenPLANTEDpart2token99';
const gitPath = spawnSync('sh', ['-c', 'command -v git'], {encoding: 'utf8'}).stdout.trim();

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

interface JsonFinding {
	id: string;
	status: string;
	summary: string;
	why?: string;
	evidence: Array<{kind: string; title?: string; rows?: Array<Record<string, string>>}>;
	fixes: Array<{id: string; reversible: boolean; changes: Array<Record<string, unknown>>}>;
}

function git(env: Record<string, string>, cwd: string, ...args: string[]): string {
	return execFileSync(gitPath, args, {env, cwd, encoding: 'utf8'});
}

/** A sandboxed HOME whose git reads no system config, and a repository inside it. */
function setup(): {sandbox: Sandbox; repo: string} {
	const box = createSandbox({GIT_CONFIG_NOSYSTEM: '1', GOFLAGS: '-modcacherw'});
	const repo = path.join(box.home, 'src', 'app');
	mkdirSync(repo, {recursive: true});
	git(box.env, repo, 'init', '-q');
	git(box.env, repo, 'config', 'user.email', 'dev@example.com');
	git(box.env, repo, 'config', 'user.name', 'dev');
	return {sandbox: box, repo};
}

describe('git checks with the real git, in a sandboxed HOME', () => {
	it('git-autocrlf after its own renormalize fix: LF staged (not committed yet) is told from CRLF a checkout wrote', () => {
		const ctx = setup();
		sandbox = ctx.sandbox;
		const {env} = sandbox;
		const {repo} = ctx;
		git(env, repo, 'config', 'core.autocrlf', 'false');
		writeFileSync(path.join(repo, 'go.mod'), 'module example.com/app\n\ngo 1.21\n');
		writeFileSync(path.join(repo, 'main.go'), 'package main\r\n\r\nfunc main() {}\r\n');
		git(env, repo, 'add', '.');
		git(env, repo, 'commit', '-q', '-m', 'init');
		const check = () => (JSON.parse(runCli(['check', '--json', '--only', 'git-autocrlf'], env, {cwd: repo}).stdout) as {findings: JsonFinding[]}).findings[0]!;
		expect(check().summary).toContain('1 committed with CRLF');

		expect(runCli(['fix', 'git-autocrlf', '--fix', 'renormalize-index', '--yes', '--accept-irreversible'], env, {cwd: repo}).code).toBe(0);
		expect(git(env, repo, 'ls-files', '--eol', 'main.go')).toMatch(/^i\/lf +w\/crlf/);
		const staged = check();
		expect(staged.summary).toContain('1 Go file(s) have CRLF line endings: 1 staged with LF but not committed yet (commit them), still with CRLF on disk');
		// No checkout wrote them so, and the repository (HEAD) still has CRLF.
		expect(staged.summary).not.toMatch(/checkout|the repository has LF/);
		expect(staged.fixes.map((f) => f.id)).toContain('rewrite-crlf-files');
		expect(runCli(['fix', 'git-autocrlf', '--fix', 'rewrite-crlf-files', '--yes'], env, {cwd: repo}).code).toBe(0);
		expect(readFileSync(path.join(repo, 'main.go'), 'utf8')).toBe('package main\n\nfunc main() {}\n');
		expect(check().status).toBe('ok');
	});

	it('warns about autocrlf=true set with --global and a repository whose go.sum is checked out with CRLF, which go still verifies', () => {
		const ctx = setup();
		sandbox = ctx.sandbox;
		const {env} = sandbox;
		const {repo} = ctx;
		writeFileSync(path.join(repo, 'go.mod'), 'module example.com/app\n\ngo 1.21\n');
		writeFileSync(path.join(repo, 'main.go'), 'package main\n\nimport _ "golang.org/x/mod/semver"\n\nfunc main() {}\n');
		// go.sum written by go itself, through this machine's configured GOPROXY.
		execFileSync(sandbox.go('env', 'GOROOT').trim() + '/bin/go', ['get', 'golang.org/x/mod@v0.20.0'], {cwd: repo, env: {...env, GOTOOLCHAIN: 'local'}, encoding: 'utf8'});
		git(env, repo, 'add', '.');
		git(env, repo, 'commit', '-q', '-m', 'init');
		git(env, repo, 'config', '--global', 'core.autocrlf', 'true');
		for (const file of ['go.sum', 'main.go']) execFileSync('rm', [path.join(repo, file)]);
		git(env, repo, 'checkout', '--', '.');
		expect(readFileSync(path.join(repo, 'go.sum'), 'utf8')).toContain('\r\n');

		const run = runCli(['check', '--json', '--only', 'git-autocrlf'], env, {cwd: repo});
		const finding = (JSON.parse(run.stdout) as {findings: JsonFinding[]}).findings[0]!;
		expect(finding.status).toBe('warn');
		expect(finding.summary).toContain(`2 Go file(s) have CRLF line endings: 2 written with CRLF on checkout by core.autocrlf=true (global, ${path.join(sandbox.home, '.gitconfig')}) (the repository has LF)`);
		expect(finding.why).toContain('not why go.sum fails');
		const files = finding.evidence.find((e) => e.kind === 'table' && e.rows?.some((r) => r.path === 'go.sum'));
		expect(files?.rows).toContainEqual({path: 'go.sum', index: 'lf', worktree: 'crlf', attr: '-'});
		expect(finding.fixes.map((f) => f.id)).toEqual(['autocrlf-input', 'gitattributes-eol-lf', 'rewrite-crlf-files']);

		// After its own first fix (autocrlf=input), the files on disk keep their CRLF while the
		// repository has LF: said so, not "committed".
		const autocrlfFix = finding.fixes.find((f) => f.id === 'autocrlf-input')!.changes[0] as {key: string; after: string};
		git(env, repo, 'config', '--global', autocrlfFix.key, autocrlfFix.after);
		const after = (JSON.parse(runCli(['check', '--json', '--only', 'git-autocrlf'], env, {cwd: repo}).stdout) as {findings: JsonFinding[]}).findings[0]!;
		expect(after.summary).toContain('2 Go file(s) have CRLF line endings: 2 with CRLF on disk only (the repository has LF)');
		expect(after.summary).not.toContain('committed');
		git(env, repo, 'config', '--global', 'core.autocrlf', 'true');

		// The checklist's claim is wrong: with the CRLF go.sum, go verifies every module.
		const verify = spawnSync(sandbox.go('env', 'GOROOT').trim() + '/bin/go', ['mod', 'verify'], {cwd: repo, env: {...env, GOTOOLCHAIN: 'local'}, encoding: 'utf8'});
		expect(verify.stdout.trim()).toBe('all modules verified');

		// The rewrite fix, run by hand as the executor would, leaves LF files that git sees as unchanged.
		// As on a real machine, the CRLF files were checked out a while ago and git has refreshed its
		// index since: the entries' stat data match the files and none is racily clean (a file
		// written in the same second as the index is re-read by content, which hid this case).
		const past = new Date(Date.now() - 60_000);
		for (const file of ['go.sum', 'main.go', 'go.mod']) utimesSync(path.join(repo, file), past, past);
		git(env, repo, 'update-index', '--refresh');
		const rewrite = finding.fixes.find((f) => f.id === 'rewrite-crlf-files')!.changes as Array<{argv: string[]; cwd: string}>;
		for (const change of rewrite) execFileSync(change.argv[0]!, change.argv.slice(1), {cwd: change.cwd, env});
		expect(readFileSync(path.join(repo, 'go.sum'), 'utf8')).not.toContain('\r');
		expect(git(env, repo, 'status', '--porcelain')).toBe('');
	});

	it('reports manager-core as gone, lists the store helper\'s credential for a GOPRIVATE host, and never prints the planted token', () => {
		const ctx = setup();
		sandbox = ctx.sandbox;
		const env = {...sandbox.env, GOPRIVATE: 'git.corp.example'};
		git(env, ctx.repo, 'config', '--global', 'credential.helper', 'manager-core');
		git(env, ctx.repo, 'config', '--global', '--add', 'credential.helper', 'store');
		git(env, ctx.repo, 'config', '--global', `url.https://alice:${TOKEN}@git.corp.example/.insteadOf`, 'https://git.corp.example/');
		writeFileSync(path.join(sandbox.home, '.git-credentials'), `https://alice:${TOKEN}@git.corp.example\nhttps://bob:${TOKEN}x@github.com\n`, {mode: 0o600});

		const json = runCli(['check', '--json', '--only', 'git,git-autocrlf,git-credentials'], env, {cwd: ctx.repo});
		const text = runCli(['check', '--verbose', '--only', 'git,git-autocrlf,git-credentials'], env, {cwd: ctx.repo});
		const zh = runCli(['check', '--verbose', '--lang', 'zh-CN', '--only', 'git-credentials'], env, {cwd: ctx.repo});
		for (const output of [json.stdout, json.stderr, text.stdout, text.stderr, zh.stdout, zh.stderr]) expect(output).not.toContain(TOKEN);

		const finding = (JSON.parse(json.stdout) as {findings: JsonFinding[]}).findings.find((f) => f.id === 'git-credentials')!;
		expect(json.code).toBe(1);
		expect(finding.status).toBe('error');
		expect(finding.summary).toContain('credential.helper=manager-core (global');
		expect(finding.summary).toContain('no longer runs');
		// git goes on to the next helper: store still answers, and the summary says so.
		expect(finding.summary).toContain('only store stores and finds credentials');
		const credentials = finding.evidence.find((e) => e.kind === 'credentials');
		// git.corp.example is in GOPRIVATE and in an insteadOf rule: named once.
		expect(credentials?.title).toBe('Cached credentials for git.corp.example (target and user only; secrets are never shown or kept)');
		expect(credentials?.rows).toEqual([{target: 'https://git.corp.example', user: 'alice', helper: 'store'}]);
		expect(finding.fixes.map((f) => f.id)).toEqual(['rename-manager-core-global', 'erase-credential-1']);
		expect(finding.fixes[1]).toMatchObject({reversible: false, changes: [{kind: 'credential-erase', argv: [gitPath, 'credential', 'reject']}]});
		expect(zh.stdout).toContain('GCM 2.3');
	});
});

/** The configuration as the program reads it, from the real git. */
function gitConfigOf(env: Record<string, string>, cwd: string): GitConfigFact {
	const stdout = git(env, cwd, 'config', '--show-origin', '--show-scope', '-z', '--get-regexp', '^credential\\.');
	return {entries: parseGitConfigZ(stdout, true), command: {} as GitConfigFact['command'], failed: false};
}

describe('URL-scoped credential helpers, against the real git', () => {
	it('a system credential.<url>.helper applies to its host only: the summary names it for that host and none for the GOPRIVATE host it does not match', () => {
		const ctx = setup();
		sandbox = ctx.sandbox;
		const system = path.join(sandbox.home, 'system-gitconfig');
		writeFileSync(system, '');
		const env = {...sandbox.env, GIT_CONFIG_NOSYSTEM: '', GIT_CONFIG_SYSTEM: system, GOPRIVATE: 'git.corp.example,other.corp.example'};
		git(env, ctx.repo, 'config', '--file', system, 'credential.https://git.corp.example.helper', 'store');
		writeFileSync(path.join(sandbox.home, '.git-credentials'), `https://alice:${TOKEN}@git.corp.example\n`, {mode: 0o600});
		// git itself: the helper is used for that host, and for no other.
		expect(git(env, ctx.repo, 'config', '--get-urlmatch', 'credential.helper', 'https://git.corp.example/team/repo').trim()).toBe('store');
		expect(spawnSync(gitPath, ['config', '--get-urlmatch', 'credential.helper', 'https://other.corp.example/'], {env, cwd: ctx.repo}).status).toBe(1);

		const run = runCli(['check', '--json', '--only', 'git-credentials'], env, {cwd: ctx.repo});
		expect(run.stdout).not.toContain(TOKEN);
		const finding = (JSON.parse(run.stdout) as {findings: JsonFinding[]}).findings[0]!;
		expect(finding.summary).not.toContain('no credential helper is configured');
		expect(finding.status).toBe('warn');
		expect(finding.summary).toBe(
			`no credential helper for other.corp.example, which GOPRIVATE names: go disables git prompts, so HTTPS fetches from there fail with "terminal prompts disabled"; store (system, ${system}) for git.corp.example`,
		);
		const perHost = finding.evidence.find((e) => e.title === 'Helpers git asks for each host go fetches from');
		expect(perHost?.rows).toEqual([
			{host: 'git.corp.example', helpers: 'store'},
			{host: 'other.corp.example', helpers: 'none', _tone: 'warn'},
		]);
		// The scoped store helper's file is read like any other's.
		expect(finding.evidence.find((e) => e.kind === 'credentials')?.rows).toEqual([{target: 'https://git.corp.example', user: 'alice', helper: 'store'}]);

		// With only the matched host private, every host that matters has a helper.
		const covered = runCli(['check', '--json', '--only', 'git-credentials'], {...env, GOPRIVATE: 'git.corp.example'}, {cwd: ctx.repo});
		const ok = (JSON.parse(covered.stdout) as {findings: JsonFinding[]}).findings[0]!;
		expect(ok.status).toBe('ok');
		expect(ok.summary).toBe(`no credential helper for all URLs; store (system, ${system}) for git.corp.example; none for other hosts; 1 cached credential(s) for hosts go uses`);
	});

	it('the helpers computed for a URL are the ones the real git asks, in order (scheme, port, * labels, path prefixes, partial URLs, empty resets)', () => {
		const ctx = setup();
		sandbox = ctx.sandbox;
		const system = path.join(sandbox.home, 'system-gitconfig');
		writeFileSync(system, '');
		const env = {...sandbox.env, GIT_CONFIG_NOSYSTEM: '', GIT_CONFIG_SYSTEM: system, GIT_TERMINAL_PROMPT: '0'};
		// Each helper only names itself (username=<name>) and gives no password, so git asks the next.
		const helper = (name: string) => `!f() { test "$1" = get && echo username=${name}; true; }; f`;
		const set = (file: string, key: string, value: string) => git(env, ctx.repo, 'config', '--file', file, '--add', key, value);
		const global = path.join(sandbox.home, '.gitconfig');
		set(system, 'credential.https://host.example.com.helper', helper('sysHost'));
		set(system, 'credential.https://*.corp.example.helper', helper('wild'));
		set(system, 'credential.https://github.example/org.helper', helper('orgPath'));
		set(system, 'credential.partial.example.helper', helper('partial'));
		set(system, 'credential.http://plain.example.com.helper', helper('httpOnly'));
		set(system, 'credential.https://port.example.com:8443.helper', helper('port'));
		set(global, 'credential.helper', helper('all'));
		set(global, 'credential.https://reset.example.com.helper', '');
		set(global, 'credential.https://reset.example.com.helper', helper('afterReset'));

		const urls = [
			'https://host.example.com/a/b',
			'https://other.example.com/',
			'https://a.corp.example/x',
			'https://a.b.corp.example/x',
			'https://github.example/org/repo',
			'https://github.example/orgx/repo',
			'https://partial.example/x',
			'http://plain.example.com/',
			'https://plain.example.com/',
			'https://port.example.com:8443/r',
			'https://port.example.com/r',
			'https://reset.example.com/r',
		];
		const config = gitConfigOf(env, ctx.repo);
		for (const url of urls) {
			// git asks each helper in turn; with no password from any, it then fails (prompts are off).
			const trace = spawnSync(gitPath, ['credential', 'fill'], {env: {...env, GIT_TRACE: '1'}, cwd: ctx.repo, input: `url=${url}\n\n`, encoding: 'utf8'});
			const traced = [...trace.stderr.matchAll(/run_command: .*?echo username=(\w+)/g)].map((m) => m[1]);
			const mine = credentialHelpersFor(config, url).map((h) => /username=(\w+)/.exec(h.value)![1]);
			expect({url, helpers: mine}).toEqual({url, helpers: traced});
		}
	});
});
