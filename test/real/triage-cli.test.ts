import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {createSandbox, runCli, type Sandbox} from '../helpers/sandbox.js';

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

const git = spawnSync('sh', ['-c', 'command -v git'], {encoding: 'utf8'}).stdout.trim();
const configDir = (home: string) => (process.platform === 'darwin' ? path.join(home, 'Library', 'Preferences', 'goenv-tui') : path.join(home, '.config', 'goenv-tui'));

/** The display column where `needle` starts in `row`. */
const columnOf = (row: string, needle: string | RegExp) => {
	const at = typeof needle === 'string' ? row.indexOf(needle) : row.search(needle);
	expect(at, `${String(needle)} in ${row}`).toBeGreaterThanOrEqual(0);
	return stringWidth(row.slice(0, at));
};

/**
 * A repository whose two Go files git checked out with CRLF (core.autocrlf=true in
 * ~/.gitconfig), committed with LF: git-autocrlf offers its three fixes there.
 */
function crlfRepo(box: Sandbox): string {
	const gitIn = (cwd: string, ...args: string[]) => execFileSync(git, args, {cwd, env: box.env, encoding: 'utf8'});
	const repo = path.join(box.home, 'src', 'app');
	mkdirSync(repo, {recursive: true});
	gitIn(repo, 'init', '-q');
	gitIn(repo, 'config', 'core.autocrlf', 'false');
	writeFileSync(path.join(repo, 'main.go'), 'package main\n\nfunc main() {}\n');
	writeFileSync(path.join(repo, 'util.go'), 'package main\n');
	gitIn(repo, 'add', '.');
	gitIn(repo, '-c', 'user.email=dev@example.com', '-c', 'user.name=dev', 'commit', '-qm', 'init');
	gitIn(repo, 'config', '--unset', 'core.autocrlf');
	gitIn(box.home, 'config', '--global', 'core.autocrlf', 'true');
	for (const file of ['main.go', 'util.go']) execFileSync('rm', [path.join(repo, file)]);
	gitIn(repo, 'checkout', '--', '.');
	expect(readFileSync(path.join(repo, 'main.go'), 'utf8')).toContain('\r\n');
	return repo;
}

describe('fix from the command line names every fix, and what it touches', () => {
	it('--dry-run shows each of git-autocrlf\'s fixes; without it the first is offered and the others named', () => {
		sandbox = createSandbox();
		const repo = crlfRepo(sandbox);
		const dry = runCli(['fix', 'git-autocrlf', '--dry-run'], sandbox.env, {cwd: repo});
		expect(dry.code).toBe(0);
		expect(dry.stdout).toContain('git-autocrlf has 3 fixes; each is shown below, and nothing is changed');
		for (const id of ['autocrlf-input', 'gitattributes-eol-lf', 'rewrite-crlf-files']) expect(dry.stdout).toContain(`[${id}, for git-autocrlf]`);
		expect(existsSync(path.join(repo, '.gitattributes'))).toBe(false);

		const asked = runCli(['fix', 'git-autocrlf'], sandbox.env, {cwd: repo});
		expect(asked.code).toBe(2);
		expect(asked.stdout).toContain('[autocrlf-input, for git-autocrlf]');
		expect(asked.stdout).toMatch(/This is the first of 3 fixes for git-autocrlf\. The others \(choose one with --fix <id>\):\n +gitattributes-eol-lf +Pin LF for Go files in \.gitattributes\n +rewrite-crlf-files +Rewrite 2 Go file\(s\) on disk with LF\n/);
	});

	it('the "Rewrite files" preview names the files it rewrites and says what they are like before', () => {
		sandbox = createSandbox();
		const repo = crlfRepo(sandbox);
		const run = runCli(['fix', 'git-autocrlf', '--fix', 'rewrite-crlf-files', '--dry-run'], sandbox.env, {cwd: repo});
		expect(run.code).toBe(0);
		const touches = run.stdout.split('\n').filter((line) => /^ {7}(touches| {7}) {3}\S/.test(line)).map((line) => line.trim().replace(/^touches +/, ''));
		expect(touches).toEqual([`the git index of ${repo} (the entries of these files)`, path.join(repo, 'main.go'), path.join(repo, 'util.go')]);
		expect(touches.join('\n')).not.toContain(git);
		expect(run.stdout).toMatch(/before +main\.go, util\.go: CRLF line endings on disk, LF in the index/);
		expect(run.stdout).toMatch(/after +main\.go, util\.go: LF line endings, as in the index/);
	});
});

describe('undo from the command line after the value changed', () => {
	it('shows the value that is there now as the "before" of the undo, not the one the fix wrote', () => {
		sandbox = createSandbox();
		execFileSync(git, ['config', '--global', 'core.autocrlf', 'true'], {env: sandbox.env});
		expect(runCli(['fix', 'git-autocrlf', '--fix', 'autocrlf-input', '--yes'], sandbox.env).code).toBe(0);
		// Someone else changes it since.
		execFileSync(git, ['config', '--global', 'core.autocrlf', 'false'], {env: sandbox.env});
		const run = runCli(['undo', '--last'], sandbox.env);
		expect(run.code).toBe(1);
		const change = run.stdout.slice(run.stdout.indexOf('1. git config --global core.autocrlf'), run.stdout.indexOf('Changed since the fix'));
		expect(change).toMatch(/before +false\n/);
		expect(change).toMatch(/after +true\n/);
		expect(change).not.toMatch(/before +input/);
		expect(run.stdout).toMatch(/ours +input\n +now +false/);
	});
});

describe('journal from the command line', () => {
	it('starts every column of its entries in one place, across #9 and #10 and every status, in both languages', () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		execFileSync(git, ['config', '--global', 'core.autocrlf', 'true'], {env: sandbox.env});
		// Ten entries of two checks whose ids differ in length: a fix, undo after undo (each
		// taking back the entry before it), then a fix of git-autocrlf.
		expect(runCli(['fix', 'go111module', '--yes'], sandbox.env).code).toBe(0);
		for (let entry = 1; entry < 9; entry++) expect(runCli(['undo', String(entry), '--yes'], sandbox.env).code, `undo ${entry}`).toBe(0);
		expect(runCli(['fix', 'git-autocrlf', '--yes'], sandbox.env).code).toBe(0);
		for (const lang of ['en', 'zh-CN']) {
			const run = runCli(['journal', '--lang', lang], sandbox.env);
			expect(run.code).toBe(0);
			const rows = run.stdout.split('\n').filter((line) => /^ +\d+ +\d{4}-\d\d-\d\d /.test(line));
			expect(rows, lang).toHaveLength(10);
			const oneColumn = (what: string, at: (row: string) => number) => expect(new Set(rows.map(at)).size, `${what} (${lang})`).toBe(1);
			oneColumn('ids end', (row) => columnOf(row, /\d+ +\d{4}-/) + stringWidth(/\d+/.exec(row)![0]));
			oneColumn('times', (row) => columnOf(row, /\d{4}-\d\d-\d\d/));
			oneColumn('findings', (row) => columnOf(row, /go111module|git-autocrlf/));
			// The column after the finding: what the entry did.
			oneColumn('titles', (row) => columnOf(row, /(go111module|git-autocrlf) +\S/) + stringWidth(/(go111module|git-autocrlf) +/.exec(row)![0]));
			// Statuses of different widths are among them (applied and undone).
			expect(new Set(rows.map((row) => row.slice(row.search(/\d\d:\d\d:\d\d/) + 8).trim().split(/ +/)[0])).size).toBeGreaterThan(1);
		}
	});
});

describe('report from the command line', () => {
	it('goes to a new file in the config folder\'s reports/, never the current folder, and says where; --dir and -o - choose', () => {
		sandbox = createSandbox();
		const repo = crlfRepo(sandbox);
		const before = readdirSync(repo).sort();
		const first = runCli(['report', '--offline'], sandbox.env, {cwd: repo});
		expect(first.code).toBe(0);
		expect(first.stdout).toBe('');
		const written = /Report written to (.+)$/m.exec(first.stderr)![1]!;
		expect(path.dirname(written)).toBe(path.join(configDir(sandbox.home), 'reports'));
		expect(readFileSync(written, 'utf8')).toMatch(/^# goenv-tui report\n/);
		expect(readdirSync(repo).sort()).toEqual(before);
		// A second report in the same minute is a new file, not the first one replaced.
		const second = /Report written to (.+)$/m.exec(runCli(['report', '--offline'], sandbox.env, {cwd: repo}).stderr)![1]!;
		expect(second).not.toBe(written);
		expect(existsSync(written)).toBe(true);

		const chosen = path.join(sandbox.home, 'Desktop');
		const there = runCli(['report', '--offline', '--dir', '~/Desktop'], sandbox.env, {cwd: repo});
		expect(path.dirname(/Report written to (.+)$/m.exec(there.stderr)![1]!)).toBe(chosen);
		const byVariable = runCli(['report', '--offline'], {...sandbox.env, GOENV_TUI_REPORT_DIR: chosen}, {cwd: repo});
		expect(path.dirname(/Report written to (.+)$/m.exec(byVariable.stderr)![1]!)).toBe(chosen);
		const printed = runCli(['report', '--offline', '-o', '-'], sandbox.env, {cwd: repo});
		expect(printed.stdout).toMatch(/^# goenv-tui report\n/);
		expect(runCli(['report', '--dir', chosen, '-o', 'x.md'], sandbox.env).code).toBe(2);
	});
});

describe('GO111MODULE=off in the go env file, with a go.mod in the current folder', () => {
	it('private-modules names the go.mod go ignores, and go-env-file calls the line a trap and offers to remove it', () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		const dir = path.join(sandbox.home, 'src', 'app');
		mkdirSync(dir, {recursive: true});
		writeFileSync(path.join(dir, 'go.mod'), 'module example.com/app\n\ngo 1.21\n\nrequire git.corp.example/team/lib v1.2.3\n');
		const run = runCli(['check', '--json', '--offline', '--only', 'private-modules,go-env-file'], sandbox.env, {cwd: dir});
		const byId = Object.fromEntries((JSON.parse(run.stdout) as {findings: Array<{id: string; status: string; summary: string; fixes: Array<{id: string}>}>}).findings.map((f) => [f.id, f]));
		expect(byId['private-modules']!.summary).not.toContain('not in a Go module');
		expect(byId['private-modules']!.summary).toContain(`GO111MODULE=off: go ignores ${path.join(dir, 'go.mod')}`);
		expect(byId['go-env-file']!.status).toBe('warn');
		expect(byId['go-env-file']!.summary).not.toMatch(/not a trap|none of them a trap/);
		expect(byId['go-env-file']!.summary).toContain('GO111MODULE=off on line 1 turns modules off for every go command');
		expect(byId['go-env-file']!.fixes.map((fix) => fix.id)).toContain('go-env-unset-go111module');
	});
});
