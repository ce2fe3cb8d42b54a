import {afterEach, describe, expect, it} from 'vitest';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {createSandbox, runCli, type Sandbox} from '../helpers/sandbox.js';

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
		expect(finding.summary).toContain(`2 Go file(s) have CRLF line endings, from core.autocrlf=true (global, ${path.join(sandbox.home, '.gitconfig')})`);
		expect(finding.why).toContain('not why go.sum fails');
		const files = finding.evidence.find((e) => e.kind === 'table' && e.rows?.some((r) => r.path === 'go.sum'));
		expect(files?.rows).toContainEqual({path: 'go.sum', index: 'lf', worktree: 'crlf', attr: '-'});
		expect(finding.fixes.map((f) => f.id)).toEqual(['autocrlf-input', 'gitattributes-eol-lf', 'rewrite-crlf-files']);

		// The checklist's claim is wrong: with the CRLF go.sum, go verifies every module.
		const verify = spawnSync(sandbox.go('env', 'GOROOT').trim() + '/bin/go', ['mod', 'verify'], {cwd: repo, env: {...env, GOTOOLCHAIN: 'local'}, encoding: 'utf8'});
		expect(verify.stdout.trim()).toBe('all modules verified');

		// The rewrite fix, run by hand as the executor would, leaves LF files that git sees as unchanged.
		const rewrite = finding.fixes.find((f) => f.id === 'rewrite-crlf-files')!.changes[0] as {argv: string[]; cwd: string};
		execFileSync(rewrite.argv[0]!, rewrite.argv.slice(1), {cwd: rewrite.cwd, env});
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
