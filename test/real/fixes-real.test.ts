import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {applyFix, listJournal, previewFix, undoEntry} from '../../source/fixes/index.js';
import {createTranslator} from '../../source/i18n/index.js';
import {Journal} from '../../source/journal/journal.js';
import type {Change} from '../../source/model/fix.js';
import {createNodeSystem} from '../../source/system/node-system.js';
import {buildChild} from '../helpers/child.js';
import {findingWith} from '../helpers/fixes.js';
import {createSandbox, goBinary, runCli, type Sandbox} from '../helpers/sandbox.js';

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

const which = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'}).stdout.trim();
const journalDir = (home: string) => path.join(home, '.config', 'goenv-tui');

/** The fixes API on the real machine, inside the sandbox (its HOME, its journal). */
function realServices(box: Sandbox) {
	return {sys: createNodeSystem(box.env), t: createTranslator('en'), journal: new Journal({dir: journalDir(box.home)})};
}

describe('fix and undo from the command line, with the real go in a sandboxed HOME', () => {
	it('go env -w GO111MODULE=off → fix go111module --yes → empty → undo --last --yes → off again', () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		const envFile = path.join(sandbox.home, '.config', 'go', 'env');
		const original = readFileSync(envFile);

		// No --yes and no terminal: it says what it would do, changes nothing, exits 2.
		const asked = runCli(['fix', 'go111module'], sandbox.env);
		expect(asked.code).toBe(2);
		expect(asked.stdout).toContain('go env -u GO111MODULE');
		expect(asked.stderr).toContain('goenv-tui fix go111module --yes');
		expect(sandbox.go('env', 'GO111MODULE').trim()).toBe('off');
		expect(existsSync(journalDir(sandbox.home))).toBe(false);

		const dry = runCli(['fix', 'go111module', '--dry-run'], sandbox.env);
		expect(dry.code).toBe(0);
		expect(sandbox.go('env', 'GO111MODULE').trim()).toBe('off');

		const fixed = runCli(['fix', 'go111module', '--yes'], sandbox.env);
		expect(fixed.stderr).toBe('');
		expect(fixed.code).toBe(0);
		expect(fixed.stdout).toContain('Applied (journal entry 1)');
		expect(fixed.stdout).toMatch(/go111module: ok/);
		expect(sandbox.go('env', 'GO111MODULE').trim()).toBe('');

		const undone = runCli(['undo', '--last', '--yes'], sandbox.env);
		expect(undone.code).toBe(0);
		expect(undone.stdout).toContain('Entry 1 undone (journal entry 2)');
		expect(sandbox.go('env', 'GO111MODULE').trim()).toBe('off');
		expect(readFileSync(envFile)).toEqual(original);

		const listing = JSON.parse(runCli(['journal', '--json'], sandbox.env).stdout);
		expect(listing.entries.map((e: {id: number; action: string; status: string}) => [e.id, e.action, e.status])).toEqual([
			[2, 'undo', 'applied'],
			[1, 'fix', 'undone'],
		]);
	});

	it('--dry-run exits 1 when the fix cannot be applied here (a value only this session has), 0 when it can', () => {
		// GO111MODULE=off comes from this process alone: the only fix is instructions for the person.
		sandbox = createSandbox({GO111MODULE: 'off'});
		const dry = runCli(['fix', 'go111module', '--dry-run'], sandbox.env);
		expect(dry.stdout).toContain('unset GO111MODULE');
		// Commands for the person: goenv-tui changes nothing, so it does not claim it can undo them.
		expect(dry.stdout).toContain('Can be undone: nothing is changed by goenv-tui');
		expect(dry.code).toBe(1);
		sandbox.go('env', '-w', 'GO111MODULE=auto');
		const env = {...sandbox.env};
		delete env.GO111MODULE;
		expect(runCli(['fix', 'go111module', '--dry-run'], env).code).toBe(0);
	});

	it('the checks\' own fixes from the command line: git-autocrlf and a GO111MODULE line in ~/.bashrc, applied and undone byte for byte', () => {
		sandbox = createSandbox({SHELL: '/bin/bash', GO111MODULE: 'off'});
		execFileSync(which('git'), ['config', '--global', 'core.autocrlf', 'true'], {env: sandbox.env});
		const gitconfig = path.join(sandbox.home, '.gitconfig');
		writeFileSync(gitconfig, readFileSync(gitconfig, 'utf8') + '[user]\n\tname = Zhang San 张三\n');
		const bashrc = path.join(sandbox.home, '.bashrc');
		writeFileSync(bashrc, 'export PATH="$HOME/bin:$PATH"\nexport GO111MODULE=off\r\n# end');
		const before = [readFileSync(gitconfig), readFileSync(bashrc)];

		const crlf = runCli(['fix', 'git-autocrlf', '--yes'], sandbox.env);
		expect(crlf.code).toBe(0);
		expect(crlf.stdout).toMatch(/git-autocrlf: ok/);
		const profile = runCli(['fix', 'go111module', '--fix', 'unset-profile-line', '--yes'], sandbox.env);
		expect(profile.code).toBe(0);
		expect(profile.stdout).toContain('Applied (journal entry 2)');
		expect(readFileSync(bashrc, 'utf8')).toBe('export PATH="$HOME/bin:$PATH"\n# end');
		expect(execFileSync(which('git'), ['config', '--global', 'core.autocrlf'], {env: sandbox.env, encoding: 'utf8'}).trim()).toBe('input');

		expect(runCli(['undo', '--last', '--yes'], sandbox.env).code).toBe(0);
		expect(runCli(['undo', '1', '--yes'], sandbox.env).code).toBe(0);
		expect([readFileSync(gitconfig), readFileSync(bashrc)]).toEqual(before);
	});

	it('a setting exported by ~/.bashrc and in the go env file: the first fix removes both, as one entry, and its undo puts both back', () => {
		sandbox = createSandbox({SHELL: '/bin/bash', GO111MODULE: 'off'});
		sandbox.go('env', '-w', 'GO111MODULE=off');
		const envFile = sandbox.go('env', 'GOENV').trim();
		const bashrc = path.join(sandbox.home, '.bashrc');
		writeFileSync(bashrc, '# mine\nexport GO111MODULE=off\n');
		const before = [readFileSync(envFile), readFileSync(bashrc)];
		const fixed = runCli(['fix', 'go111module', '--yes'], sandbox.env);
		expect(fixed.stdout).toContain('[unset-every-layer, for go111module]');
		expect(fixed.code).toBe(0);
		expect(readFileSync(bashrc, 'utf8')).toBe('# mine\n');
		// A shell started now gets go's default: neither layer is left.
		const env = {...sandbox.env};
		delete env.GO111MODULE;
		expect(execFileSync(goBinary(), ['env', 'GO111MODULE'], {env, encoding: 'utf8'}).trim()).toBe('');
		expect(runCli(['undo', '--last', '--yes'], env).code).toBe(0);
		expect([readFileSync(envFile), readFileSync(bashrc)]).toEqual(before);
	});

	it('refuses to undo a value changed by hand since, showing before / ours / now; --force puts it back', () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		expect(runCli(['fix', 'go111module', '--yes'], sandbox.env).code).toBe(0);
		sandbox.go('env', '-w', 'GO111MODULE=auto');

		const refused = runCli(['undo', '--last', '--yes'], sandbox.env);
		expect(refused.code).toBe(1);
		expect(refused.stdout).toMatch(/before\s+off/);
		expect(refused.stdout).toMatch(/ours\s+\(not set\)/);
		expect(refused.stdout).toMatch(/now\s+auto/);
		expect(refused.stdout).toContain('--force');
		expect(sandbox.go('env', 'GO111MODULE').trim()).toBe('auto');

		const forced = runCli(['undo', '--last', '--yes', '--force'], sandbox.env);
		expect(forced.code).toBe(0);
		expect(sandbox.go('env', 'GO111MODULE').trim()).toBe('off');
	});

	it('keeps a corrupt journal as it was, says so, and starts a new one; checks still run', () => {
		sandbox = createSandbox();
		const dir = journalDir(sandbox.home);
		execFileSync('mkdir', ['-p', dir]);
		const garbage = '{"schemaVersion": 1, "entries": [ this is not json';
		writeFileSync(path.join(dir, 'journal.json'), garbage);

		const listed = runCli(['journal'], sandbox.env);
		expect(listed.code).toBe(0);
		expect(listed.stdout).toMatch(/could not be read .*kept as .*journal\.corrupt-.*\.json/);
		const moved = readdirSync(dir).filter((name) => name.startsWith('journal.corrupt-'));
		expect(moved).toHaveLength(1);
		expect(readFileSync(path.join(dir, moved[0]!), 'utf8')).toBe(garbage);
		expect(JSON.parse(readFileSync(path.join(dir, 'journal.json'), 'utf8'))).toMatchObject({schemaVersion: 2, entries: []});

		expect(runCli(['check', '--json'], sandbox.env).code).toBe(0);
		sandbox.go('env', '-w', 'GO111MODULE=off');
		expect(runCli(['fix', 'go111module', '--yes'], sandbox.env).code).toBe(0);
		// Reported once more by the journal listing (it remembers), never moved twice.
		expect(readdirSync(dir).filter((name) => name.startsWith('journal.corrupt-'))).toHaveLength(1);
	});
});

describe('the executor on the real machine, driven with fix data (no check produces these fixes on main yet)', () => {
	it('git config --global core.autocrlf true: unset, then undo sets it back', async () => {
		sandbox = createSandbox();
		const git = which('git');
		const gitEnv = {env: sandbox.env, encoding: 'utf8' as const};
		execFileSync(git, ['config', '--global', 'core.autocrlf', 'true'], gitEnv);
		const services = realServices(sandbox);
		const change: Change = {kind: 'git-config', scope: 'global', key: 'core.autocrlf', before: 'true', after: null};
		const preview = await previewFix(services, findingWith([change]));
		expect(preview.views[0]!.command).toEqual(['git', 'config', '--global', '--unset', 'core.autocrlf']);
		expect(await applyFix(services, preview)).toMatchObject({status: 'applied'});
		expect(spawnSync(git, ['config', '--global', '--get', 'core.autocrlf'], gitEnv).status).toBe(1);
		expect(await undoEntry(services, 'last')).toMatchObject({status: 'undone'});
		expect(execFileSync(git, ['config', '--global', '--get', 'core.autocrlf'], gitEnv).trim()).toBe('true');
	});

	it('an export GO111MODULE=off line in ~/.profile: removed, then undo puts the file back byte for byte', async () => {
		sandbox = createSandbox();
		const profile = path.join(sandbox.home, '.profile');
		const original = '# ~/.profile\r\nexport PATH="$HOME/bin:$PATH"\nexport GO111MODULE=off\n# end, no newline';
		writeFileSync(profile, original, {mode: 0o640});
		const login = () => execFileSync(which('bash'), ['-lc', 'printf %s "${GO111MODULE-unset}"'], {env: {...sandbox!.env, GO111MODULE: ''}, encoding: 'utf8'});
		expect(login()).toBe('off');

		const services = realServices(sandbox);
		const change: Change = {kind: 'profile-line', file: profile, before: {line: 'export GO111MODULE=off', lineNumber: 3}, after: {line: null}};
		expect(await applyFix(services, await previewFix(services, findingWith([change])))).toMatchObject({status: 'applied'});
		expect(readFileSync(profile, 'utf8')).toBe('# ~/.profile\r\nexport PATH="$HOME/bin:$PATH"\n# end, no newline');
		expect(statSync(profile).mode & 0o777).toBe(0o640);
		expect(login()).toBe('');
		const [entry] = (await listJournal(services)).entries;
		expect(entry!.views[0]!.backup).toBe(true);

		expect(await undoEntry(services, 'last')).toMatchObject({status: 'undone'});
		expect(readFileSync(profile, 'utf8')).toBe(original);
		expect(login()).toBe('off');
	});

	it('a profile edited since the fix: undo puts the line back where it was and keeps the edit', async () => {
		sandbox = createSandbox();
		const profile = path.join(sandbox.home, '.bashrc');
		writeFileSync(profile, 'a\nexport GO111MODULE=off\nb\n');
		const services = realServices(sandbox);
		const change: Change = {kind: 'profile-line', file: profile, before: {line: 'export GO111MODULE=off', lineNumber: 2}, after: {line: null}};
		await applyFix(services, await previewFix(services, findingWith([change])));
		writeFileSync(profile, readFileSync(profile, 'utf8') + 'alias gs="git status"\n');
		expect(await undoEntry(services, 'last')).toMatchObject({status: 'undone'});
		expect(readFileSync(profile, 'utf8')).toBe('a\nexport GO111MODULE=off\nb\nalias gs="git status"\n');
	});

	it('a new line goes into a marked block; undo removes the block and restores the bytes', async () => {
		sandbox = createSandbox();
		const profile = path.join(sandbox.home, '.zshrc');
		writeFileSync(profile, 'setopt autocd\n');
		const services = realServices(sandbox);
		const line = 'export PATH="$PATH:$HOME/go/bin"';
		const change: Change = {kind: 'profile-line', file: profile, before: {line: null}, after: {line}};
		await applyFix(services, await previewFix(services, findingWith([change])));
		expect(readFileSync(profile, 'utf8')).toBe(`setopt autocd\n\n# >>> goenv-tui >>>\n${line}\n# <<< goenv-tui <<<\n`);
		await undoEntry(services, 'last');
		expect(readFileSync(profile, 'utf8')).toBe('setopt autocd\n');
	});

	it('never writes a planted token into the journal, and undo still restores the exact value', async () => {
		sandbox = createSandbox();
		const token = 'ghp_' + 'A1b2C3d4E5'.repeat(4);
		const proxy = `https://dev:${token}@proxy.example.com/go,direct`;
		sandbox.go('env', '-w', `GOPROXY=${proxy}`);
		const services = realServices(sandbox);
		const envFile = path.join(sandbox.home, '.config', 'go', 'env');
		const change: Change = {kind: 'go-env', key: 'GOPROXY', file: envFile, before: {set: true, value: proxy}, after: {set: false}};
		const preview = await previewFix(services, findingWith([change]));
		expect(JSON.stringify(preview.views)).not.toContain(token);
		expect(await applyFix(services, preview)).toMatchObject({status: 'applied'});
		const text = readFileSync(path.join(journalDir(sandbox.home), 'journal.json'), 'utf8');
		expect(text).not.toContain(token);
		expect(text).toContain('"sealed": true');
		const sealed = path.join(journalDir(sandbox.home), 'backups', '1', 'sealed.json');
		expect(statSync(sealed).mode & 0o777).toBe(0o600);
		const listing = await listJournal(services);
		expect(JSON.stringify(listing)).not.toContain(token);

		expect(await undoEntry(services, 'last')).toMatchObject({status: 'undone'});
		expect(sandbox.go('env', 'GOPROXY').trim()).toBe(proxy);
		expect(readFileSync(path.join(journalDir(sandbox.home), 'journal.json'), 'utf8')).not.toContain(token);
	});
});

describe('two processes writing the journal at once', () => {
	let child: string;
	beforeAll(async () => {
		child = await buildChild('test/real/children/journal-append.ts');
	});

	it('appending 100 entries each leaves 200 entries, with unique ids', async () => {
		sandbox = createSandbox();
		const dir = journalDir(sandbox.home);
		const run = (tag: string) =>
			new Promise<number | null>((resolve) => {
				const proc = spawn(process.execPath, [child, dir, '100', tag], {env: sandbox!.env, stdio: 'inherit'});
				proc.on('exit', resolve);
			});
		const codes = await Promise.all([run('a'), run('b')]);
		expect(codes).toEqual([0, 0]);
		const data = JSON.parse(readFileSync(path.join(dir, 'journal.json'), 'utf8'));
		expect(data.entries).toHaveLength(200);
		expect(new Set(data.entries.map((e: {id: number}) => e.id)).size).toBe(200);
		expect(data.entries.filter((e: {findingId: string}) => e.findingId === 'concurrency-a')).toHaveLength(100);
		expect(data.nextId).toBe(201);
	});
});
