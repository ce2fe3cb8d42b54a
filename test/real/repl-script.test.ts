import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BIN, createSandbox, type Sandbox} from '../helpers/sandbox.js';

/**
 * `goenv-tui repl < steps.txt`: scripted sessions of the real program, with the real go,
 * in a sandboxed HOME. Every command of the REPL runs here at least once; the changes
 * (set, unset, path add/mv/rm) are undone and the files compared byte for byte.
 */

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

interface ReplRun {
	code: number | null;
	stdout: string;
	stderr: string;
}

function repl(box: Sandbox, steps: string[], options: {args?: string[]; cwd?: string; env?: Record<string, string>} = {}): ReplRun {
	const result = spawnSync(process.execPath, [BIN, 'repl', '--offline', ...(options.args ?? [])], {
		env: {...box.env, ...options.env},
		cwd: options.cwd ?? box.home,
		input: steps.join('\n') + '\n',
		encoding: 'utf8',
		timeout: 120_000,
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** The output of one step: from its echoed line to the next step's. */
function step(run: ReplRun, line: string): string {
	const start = run.stdout.indexOf(`goenv> ${line}\n`);
	if (start < 0) throw new Error(`step not run: ${line}\n${run.stdout}\n${run.stderr}`);
	const rest = run.stdout.slice(start + `goenv> ${line}\n`.length);
	const end = rest.startsWith('goenv> ') ? 0 : rest.indexOf('\ngoenv> ') + 1;
	return end <= 0 && !rest.startsWith('goenv> ') ? rest : rest.slice(0, end);
}

/** A module whose build works, for `go build` steps. */
function module(box: Sandbox): string {
	const dir = path.join(box.home, 'work', 'hello');
	mkdirSync(dir, {recursive: true});
	writeFileSync(path.join(dir, 'go.mod'), 'module example.com/hello\n\ngo 1.21\n');
	writeFileSync(path.join(dir, 'main.go'), 'package main\n\nfunc main() {}\n');
	return dir;
}

describe('goenv-tui repl, scripted', () => {
	it('set, unset and path add/mv/rm are journaled changes; undo puts every file back byte for byte', () => {
		sandbox = createSandbox({SHELL: '/bin/bash'});
		const home = sandbox.home;
		const bin = path.join(home, 'bin');
		mkdirSync(bin);
		sandbox.go('env', '-w', 'GOPRIVATE=example.com/private');
		const envFile = path.join(home, '.config', 'go', 'env');
		const profile = path.join(home, '.profile');
		// CRLF on one line and no newline at the end: every byte must come back as it was.
		const old = path.join(home, 'old');
		mkdirSync(old);
		writeFileSync(profile, '# my profile\r\nexport PATH="$HOME/bin:$PATH"\nexport PATH="$PATH:$HOME/old"\nalias ll="ls -l"');
		const before = {env: readFileSync(envFile), profile: readFileSync(profile)};
		const env = {PATH: `${bin}:${sandbox.env.PATH}:${old}`};
		const added = path.join(home, 'tools');

		const run = repl(
			sandbox,
			[
				'set GOPROXY=https://proxy.example.com,direct --yes',
				'set GOFLAGS=-mod=mod in profile --yes',
				'unset GOPRIVATE --yes',
				`path add ${added} first --yes`,
				`path mv ${bin} last --yes`,
				`path rm ${old} --yes`,
				'env GOPROXY GOFLAGS GOPRIVATE',
				'journal',
			],
			{env},
		);
		expect(run.stderr).not.toContain('internal error');
		expect(run.code).toBe(0);
		expect(step(run, 'set GOPROXY=https://proxy.example.com,direct --yes')).toContain('Applied (journal entry 1)');
		expect(step(run, 'set GOPROXY=https://proxy.example.com,direct --yes')).toContain('go env -w GOPROXY=https://proxy.example.com,direct');
		expect(sandbox.go('env', 'GOPROXY').trim()).toBe('https://proxy.example.com,direct');
		expect(step(run, 'unset GOPRIVATE --yes')).toContain('go env -u GOPRIVATE');
		expect(sandbox.go('env', 'GOPRIVATE').trim()).toBe('');
		const changed = readFileSync(profile, 'utf8');
		expect(changed).toContain('export GOFLAGS=-mod=mod');
		expect(changed).toContain('export PATH="$HOME/tools:$PATH"');
		expect(changed).toContain('export PATH="$PATH:$HOME/bin"');
		expect(changed).not.toContain('export PATH="$HOME/bin:$PATH"');
		expect(changed).not.toContain('$HOME/old');
		// env shows every layer in go's order, the one go uses marked.
		const shown = step(run, 'env GOPROXY GOFLAGS GOPRIVATE');
		expect(shown).toMatch(/GOPROXY = https:\/\/proxy\.example\.com,direct\n(?:.*\n)*?.*❯\s+go env file \([^)]*env:\d+\)\s+https:\/\/proxy\.example\.com,direct/);
		expect(shown).toMatch(/\$GOROOT\/go\.env.*hidden by the layer above/);
		// GOFLAGS is in the profile, for new shells: this process does not have it.
		expect(shown).toMatch(/shell profile \([^)]*\.profile:\d+\)\s+-mod=mod/);
		const listing = step(run, 'journal');
		expect(listing.match(/applied/g)).toHaveLength(6);

		const undo = repl(sandbox, ['undo --yes', 'undo --yes', 'undo --yes', 'undo --yes', 'undo --yes', 'undo --yes', 'undo --yes', 'journal'], {env});
		expect(undo.code).toBe(1);
		expect(undo.stdout.match(/Entry \d undone/g)).toHaveLength(6);
		// The seventh has nothing left to undo: the script stops there, as a failing step does.
		expect(undo.stderr).toContain('Stopped at line 7');
		expect(undo.stdout).not.toContain('goenv> journal');
		expect(readFileSync(envFile)).toEqual(before.env);
		expect(readFileSync(profile)).toEqual(before.profile);
		expect(sandbox.go('env', 'GOPRIVATE').trim()).toBe('example.com/private');
	});

	it('a go build that fails on a broken setup names the cause and offers the fix; fix 1 repairs it', () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GOFLAGS=-bogus');
		const cwd = module(sandbox);

		// Without --keep-going the script stops at the failing build.
		const stopped = repl(sandbox, ['go build ./...', 'fix 1 --yes'], {cwd});
		expect(stopped.code).toBe(1);
		const failed = step(stopped, 'go build ./...');
		expect(stopped.stderr).toContain('go: parsing $GOFLAGS: unknown flag -bogus');
		expect(failed).toContain('go exited with code 1.');
		expect(failed).toContain('goflags-parse');
		expect(failed).toMatch(/1\. Remove GOFLAGS from the go env file .*\(fix go-env-file \S+\)/);
		expect(stopped.stderr).toContain('Stopped at line 1');
		expect(stopped.stdout).not.toContain('goenv> fix 1');
		expect(sandbox.go('env', 'GOFLAGS').trim()).toBe('-bogus');

		const repaired = repl(sandbox, ['go build ./...', 'fix 1 --yes', 'go build -o hello .', 'go version'], {cwd, args: ['--keep-going']});
		expect(step(repaired, 'fix 1 --yes')).toContain('go-env-file: ok');
		expect(step(repaired, 'go build -o hello .')).toBe('');
		expect(existsSync(path.join(cwd, 'hello'))).toBe(true);
		expect(step(repaired, 'go version')).toMatch(/^go version go1\.\d+/);
		// One step failed (the first build): the script says so in its exit code.
		expect(repaired.code).toBe(1);
		expect(sandbox.go('env', 'GOFLAGS').trim()).toBe('');
	});

	it('go runs as the person\'s shell would: their GOTOOLCHAIN, not the checks\' local', () => {
		sandbox = createSandbox({GOTOOLCHAIN: 'path'});
		const run = repl(sandbox, ['go env GOTOOLCHAIN', 'env GOTOOLCHAIN']);
		expect(run.code).toBe(0);
		expect(step(run, 'go env GOTOOLCHAIN').trim()).toBe('path');
		expect(step(run, 'env GOTOOLCHAIN')).toMatch(/❯\s+this process\s+path/);
	});

	it('a change for new terminals says what this session lacks; set … in session gives it to the go this REPL runs, journaling nothing', () => {
		sandbox = createSandbox({SHELL: '/bin/bash'});
		const run = repl(sandbox, ['set GOFLAGS=-v in profile --yes', 'go env GOFLAGS', 'set GOFLAGS=-v in session', 'go env GOFLAGS', 'env GOFLAGS', 'unset GOFLAGS in session', 'go env GOFLAGS', 'journal']);
		expect(run.code).toBe(0);
		expect(step(run, 'set GOFLAGS=-v in profile --yes')).toContain('Here GOFLAGS is still (not set), and the go this REPL runs sees that.\n    To have it in this session too (nothing stored, not journaled): set GOFLAGS=-v in session\n');
		const [before, during, after] = run.stdout.split('goenv> go env GOFLAGS\n').slice(1).map((rest) => rest.slice(0, rest.indexOf('goenv> ')));
		expect([before, during, after]).toEqual(['\n', '-v\n', '\n']);
		expect(step(run, 'env GOFLAGS')).toMatch(/❯ {2}this process +-v +set in this REPL session\n/);
		// One journal entry: the profile line. The session's changes are not stored anywhere.
		expect(step(run, 'journal').match(/^ *#?\d+ /gm)).toHaveLength(1);
		expect(readFileSync(path.join(sandbox.home, '.profile'), 'utf8').match(/GOFLAGS/g)).toHaveLength(1);
	});

	it('every other command: help, check, ls, show, why, which, path, explain, report, snapshot, suppress, lang, quit', () => {
		sandbox = createSandbox();
		const run = repl(sandbox, [
			'# a comment, skipped',
			'help',
			'help set',
			'check go-env-file gopath',
			'ls',
			'ls problems',
			'show gobin-on-path',
			'why gobin-on-path',
			'which go',
			'path',
			'env',
			'explain',
			'go: parsing $GOFLAGS: unknown flag -bogus',
			'',
			'report -o report.md',
			'snapshot -o machine.json',
			'suppress gobin-on-path we install no tools here 30d',
			'lang zh-CN',
			'help',
			'lang en',
			'quit',
			'help',
		]);
		expect(run.stderr).not.toContain('internal error');
		expect(run.code).toBe(0);
		expect(run.stdout).not.toContain('# a comment');
		expect(step(run, 'help')).toMatch(/^Commands \(help <command> for more\):\n(?:.*\n)*  set +change a Go setting/);
		expect(step(run, 'help set')).toMatch(/^set <NAME>=<value> \[in <layer>\]/);
		expect(step(run, 'check go-env-file gopath')).toMatch(/✔ go-env-file.*\n✔ gopath.*\n2 checks: 2 ok/);
		expect(step(run, 'ls').split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(20);
		expect(step(run, 'ls problems')).toMatch(/⚠ gobin-on-path/);
		const shown = step(run, 'show gobin-on-path');
		expect(shown).toMatch(/^⚠ gobin-on-path · /);
		expect(shown).toContain('fix gobin-on-path add-to-profile-path');
		expect(step(run, 'why gobin-on-path')).toContain('Fixes:');
		expect(step(run, 'which go')).toMatch(/❯\s+\S+\/go\s+go1\.\d+\S*\s+PATH \d+/);
		expect(step(run, 'path')).toMatch(/PATH as your shell sees it\n\s+#\s+entry/);
		expect(step(run, 'env')).toContain('GOPROXY');
		const explained = step(run, 'explain');
		expect(explained).toContain('goflags-parse');
		// A pasted line is not a command: it is not echoed as one.
		expect(run.stdout).not.toContain('goenv> go: parsing');
		expect(readFileSync(path.join(sandbox.home, 'report.md'), 'utf8')).toContain('gobin-on-path');
		expect(step(run, 'snapshot -o machine.json')).toContain('machine.json');
		expect(JSON.parse(readFileSync(path.join(sandbox.home, 'machine.json'), 'utf8'))).toHaveProperty('calls');
		expect(step(run, 'suppress gobin-on-path we install no tools here 30d')).toMatch(/gobin-on-path suppressed until \d{4}-\d{2}-\d{2}: we install no tools here/);
		expect(readFileSync(path.join(sandbox.home, '.config', 'goenv-tui', 'suppressions.json'), 'utf8')).toContain('we install no tools here');
		expect(step(run, 'lang zh-CN')).toContain('语言：简体中文');
		expect(run.stdout.split('goenv> help\n')[2]).toContain('命令（help <command> 查看详情）');
		// quit ends the script: the line after it never runs.
		expect(run.stdout.split('goenv> help\n')).toHaveLength(3);
	});

	it('a script confirms on the line: without --yes nothing changes, and the script stops there', () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		const run = repl(sandbox, ['fix go111module', 'ls']);
		expect(run.code).toBe(1);
		expect(step(run, 'fix go111module')).toContain('go env -u GO111MODULE');
		expect(run.stderr).toContain('a script confirms on the line itself, e.g. "fix go111module unset-go-env-file --yes"');
		expect(run.stderr).toContain('Stopped at line 1');
		expect(sandbox.go('env', 'GO111MODULE').trim()).toBe('off');
		expect(existsSync(path.join(sandbox.home, '.config', 'goenv-tui', 'journal.json'))).toBe(false);

		const unknown = repl(sandbox, ['frobnicate', 'set NOT_A_GO_THING=1 --yes', 'unset GOFLAGS'], {args: ['--keep-going']});
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain('unknown command: frobnicate');
		expect(unknown.stderr).toContain('NOT_A_GO_THING is not a Go setting or a proxy variable');
		expect(unknown.stderr).toContain('GOFLAGS is not set anywhere');
	});

	it('a password typed into set never reaches the screen, the journal or the history', () => {
		sandbox = createSandbox();
		const secret = 'Pl4ntedReplSecret';
		const run = repl(sandbox, [`set GOPROXY=https://dev:${secret}@proxy.example.com,direct --yes`, 'env GOPROXY', 'journal']);
		expect(run.code).toBe(0);
		// The exact value is written (go needs the password), and shown nowhere.
		expect(sandbox.go('env', 'GOPROXY').trim()).toBe(`https://dev:${secret}@proxy.example.com,direct`);
		expect(run.stdout + run.stderr).not.toContain(secret);
		expect(step(run, 'env GOPROXY')).toContain('https://dev:***@proxy.example.com,direct');
		const config = path.join(sandbox.home, '.config', 'goenv-tui');
		expect(readFileSync(path.join(config, 'journal.json'), 'utf8')).not.toContain(secret);
		// Undo puts back what was there (nothing), from the journal's sealed copy.
		const undo = repl(sandbox, ['undo --yes']);
		expect(undo.code).toBe(0);
		expect(undo.stdout + undo.stderr).not.toContain(secret);
		expect(sandbox.go('env', 'GOPROXY').trim()).not.toContain('proxy.example.com');
	});
});
