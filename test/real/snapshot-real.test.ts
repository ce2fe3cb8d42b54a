import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Change} from '../../source/model/fix.js';
import {commandsFor} from '../../source/snapshot/fix-instructions.js';
import {createSandbox, ROOT, runCli, type CliRun, type Sandbox} from '../helpers/sandbox.js';

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

interface JsonFinding {
	id: string;
	family: string;
	status: string;
	summary: string;
	duration_ms: number;
	fixes: Array<{id: string; manual_commands?: string[]; manualCommands?: string[]; changes: Change[]}>;
}
interface JsonReport {
	findings: JsonFinding[];
	from?: {kind: string; machine: {hostname: string | null; os: string}; created: string | null; anonymized: boolean};
}

function withInput(args: string[], env: Record<string, string>, input: string): CliRun {
	return runCli(args, env, {input});
}

/**
 * The fields that may differ between a live run and a replay on the same machine: how long
 * each check took; the random names of temporary folders (the go-build folder go puts in
 * GOGCCFLAGS, a check's own mkdtemp folder, with the pid of the process that made it), which a replay gives as they were recorded and
 * a new run draws anew; and how a fix is given (a replay never applies one: its changes
 * become commands, checked apart). Network checks are compared by id and status only: their
 * latencies are timings too.
 */
function comparable(report: JsonReport) {
	return report.findings.map(({duration_ms: _ignored, ...finding}) => {
		if (finding.family === 'network') return {id: finding.id, status: finding.status};
		const fixes = finding.fixes.map(({manual_commands: _manual, manualCommands: _legacy, changes: _changes, ...fix}) => fix);
		const text = JSON.stringify({...finding, fixes})
			.replace(/go-build\d+/g, 'go-build*')
			// Temporary folders are named for the process that made them.
			.replace(/goenv-tui-\d+-/g, 'goenv-tui-')
			.replace(/(goenv-tui-[a-z-]+?-)(?:[0-9a-f]{10}-)?[A-Za-z0-9]{6}\b/g, '$1*');
		return JSON.parse(text) as unknown;
	});
}

describe('snapshot, then check --from, with the machine\'s real go', () => {
	it('replays to the same findings as a live check --json on this machine', () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		const file = path.join(sandbox.home, 'snap.json');
		const taken = runCli(['snapshot', '-o', file], sandbox.env);
		expect(taken.code).toBe(0);
		expect(taken.stdout).toContain(`written to ${file}`);
		const liveRun = runCli(['check', '--json'], sandbox.env);
		const live = JSON.parse(liveRun.stdout) as JsonReport;
		const replay = runCli(['check', '--from', file, '--json'], sandbox.env);
		const replayed = JSON.parse(replay.stdout) as JsonReport;
		expect(comparable(replayed)).toEqual(comparable(live));
		expect(live.findings.find((f) => f.id === 'go111module')?.status).toBe('warn');
		// Every fix of the replay is the commands for that machine that make the live fix's changes.
		const liveFixes = live.findings.flatMap((f) => f.fixes);
		const replayFixes = replayed.findings.flatMap((f) => f.fixes);
		expect(liveFixes.length).toBeGreaterThan(0);
		expect(replayFixes.map((fix) => fix.manual_commands)).toEqual(liveFixes.map((fix) => (fix.manual_commands?.length ? fix.manual_commands : fix.changes.flatMap((c) => commandsFor(c, 'posix')))));
		expect(replayFixes.find((fix) => fix.id === 'unset-go-env-file')?.manual_commands).toEqual(['go env -u GO111MODULE']);
		for (const fix of replayFixes) expect(fix.changes).toEqual([]);
		expect(replayed.from).toMatchObject({kind: 'snapshot', machine: {hostname: os.hostname(), os: process.platform}, anonymized: false});
		expect(Date.now() - Date.parse(replayed.from!.created!)).toBeLessThan(10 * 60_000);
		// The same verdict: the exit code of the replay is the live one.
		expect(replay.code).toBe(liveRun.code);
	});

	it('replays without running go: the snapshot still answers when go is gone from PATH', () => {
		sandbox = createSandbox();
		const file = path.join(sandbox.home, 'snap.json');
		runCli(['snapshot', '-o', file], sandbox.env);
		const noGo = {...sandbox.env, PATH: '/nonexistent'};
		expect(JSON.parse(runCli(['check', '--json'], noGo).stdout).findings[0].status).toBe('error');
		const replayed = JSON.parse(runCli(['check', '--from', file, '--json'], noGo).stdout) as JsonReport;
		expect(replayed.findings.find((f) => f.id === 'go-on-path')?.status).toBe('ok');
	});

	it('writes no planted secret: env values, proxy URLs, the go env file, git config, .netrc, .git-credentials', () => {
		const planted = ['ghp_plantedTOKEN0123456789abcdefABCDEF', 'plainCiTokenNoPrefix77', 'proxy-pass-planted', 'goproxy-pass-planted', 'netrc-planted-secret', 'credfile-planted-secret', 'bearerPlanted0123456789'];
		sandbox = createSandbox({
			GITHUB_TOKEN: planted[0]!,
			CI_JOB_TOKEN: planted[1]!,
			HTTPS_PROXY: `http://jane:${planted[2]}@127.0.0.1:9`,
			NO_PROXY: '*',
		});
		sandbox.go('env', '-w', `GOPROXY=https://builder:${planted[3]}@goproxy.corp.example,direct`);
		writeFileSync(path.join(sandbox.home, '.netrc'), `machine git.corp.example login jane password ${planted[4]}\n`);
		writeFileSync(path.join(sandbox.home, '.git-credentials'), `https://jane:${planted[5]}@git.corp.example\n`);
		writeFileSync(path.join(sandbox.home, '.gitconfig'), `[http "https://git.corp.example/"]\n\textraheader = AUTHORIZATION: bearer ${planted[6]}\n`);
		const run = runCli(['snapshot', '-o', '-'], sandbox.env);
		expect(run.code).toBe(0);
		const snapshot = JSON.parse(run.stdout) as {calls: Array<{method: string}>};
		expect(snapshot.calls.length).toBeGreaterThan(5);
		for (const secret of planted) expect(run.stdout).not.toContain(secret);
		expect(run.stdout).toContain('builder:***@goproxy.corp.example');
		expect(run.stdout).toContain('"GITHUB_TOKEN": "***"');
	});

	it('--anonymize replaces the home folder everywhere and the replay still diagnoses', () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=auto');
		const file = path.join(sandbox.home, 'anon.json');
		const taken = runCli(['snapshot', '--anonymize', '-o', file], sandbox.env);
		expect(taken.stdout).toContain('user name, home folder and machine name replaced');
		const text = readFileSync(file, 'utf8');
		expect(text).not.toContain(sandbox.home);
		// The whole home path goes, its parent folders too: a stand-in where homes usually are.
		expect(text).not.toContain(path.basename(sandbox.home));
		expect(text).toContain(path.join('/home', '<user>', '.config', 'go', 'env'));
		const replayed = JSON.parse(runCli(['check', '--from', file, '--json'], sandbox.env).stdout) as JsonReport;
		expect(replayed.findings.find((f) => f.id === 'go111module')?.status).toBe('warn');
		expect(replayed.from).toMatchObject({anonymized: true, machine: {hostname: '<host>'}});
	});
});

describe('check --from a pasted go env, or something else', () => {
	const chat = [
		'Hi, go get fails on my laptop, see below',
		'```',
		'PS C:\\Users\\dev> go env',
		'set GO111MODULE=off',
		'set GOARCH=amd64',
		'set GOHOSTARCH=amd64',
		'set GOHOSTOS=windows',
		'set GOOS=windows',
		'set GOPATH=C:\\Users\\dev\\go',
		'set GOROOT=C:\\Program Files\\Go',
		'set GOVERSION=go1.26.8',
		'PS C:\\Users\\dev> go get example.com/lib',
		"go: modules disabled by GO111MODULE=off; see 'go help modules'",
		'```',
	].join('\r\n');

	it('diagnoses a go env found in chat text, saying where it came from and what it cannot know', () => {
		sandbox = createSandbox();
		const file = path.join(sandbox.home, 'chat.txt');
		writeFileSync(file, chat);
		const run = runCli(['check', '--from', file], sandbox.env);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(`A pasted go env (Windows "set NAME=value" lines, lines 4–11 of ${file}) from Windows (x64)`);
		expect(run.stdout).toMatch(/⚠ go111module\s+GO111MODULE=off/);
		expect(run.stdout).toContain('the paste does not show PATH, so which go runs cannot be told');
		expect(run.stdout).toContain(`The text also holds errors (modules-disabled); for what they mean and the fix: goenv-tui explain ${file}`);
		const json = JSON.parse(runCli(['check', '--from', file, '--json'], sandbox.env).stdout) as JsonReport;
		expect(json.from).toMatchObject({kind: 'go-env', machine: {os: 'win32', hostname: null}, created: null});
	});

	it('reads the paste from standard input with -, and as PowerShell writes files (UTF-16)', () => {
		sandbox = createSandbox();
		const run = withInput(['check', '--from', '-', '--json'], sandbox.env, chat);
		expect((JSON.parse(run.stdout) as JsonReport).findings.find((f) => f.id === 'go111module')?.status).toBe('warn');
		const file = path.join(sandbox.home, 'utf16.txt');
		writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(chat, 'utf16le')]));
		expect((JSON.parse(runCli(['check', '--from', file, '--json'], sandbox.env).stdout) as JsonReport).findings.find((f) => f.id === 'go111module')?.status).toBe('warn');
	});

	it('rejects anything else with exit 2, naming what was expected; nothing on stdout', () => {
		sandbox = createSandbox();
		const file = path.join(sandbox.home, 'notes.txt');
		writeFileSync(file, 'my build is broken, please help\n');
		for (const args of [['check', '--from', file], ['--from', file], ['check', '--from', path.join(sandbox.home, 'missing.json')]]) {
			const run = runCli(args, sandbox.env);
			expect(run.code).toBe(2);
			expect(run.stdout).toBe('');
		}
		const run = runCli(['check', '--from', file], sandbox.env);
		expect(run.stderr).toContain('is neither a goenv-tui snapshot nor go env output');
		expect(run.stderr).toContain('"set NAME=value" lines (Windows)');
		expect(run.stderr).toContain('go env -json');
	});

	it('diagnoses the hand-made Windows snapshot with fixes written for PowerShell on that machine', () => {
		sandbox = createSandbox();
		const fixture = path.join(ROOT, 'test', 'fixtures', 'snapshots', 'windows-old-goroot.json');
		const run = runCli(['check', '--from', fixture], sandbox.env);
		expect(run.code).toBe(1);
		expect(run.stdout).toContain('Snapshot of DEV-LAPTOP (Windows 10.0.22631, x64), taken 2026-05-04 09:12 UTC');
		expect(run.stdout).toContain('goenv-tui 0.1.0 · win32 x64');
		expect(run.stdout).toMatch(/goroot\s+GOROOT=C:\\Go \(from the .+\) holds go1\.10\.8/);
		// Removing it where it is set: this session, or the registry value (reg.exe from PowerShell).
		expect(run.stdout).toMatch(/^\s+(Remove-Item Env:GOROOT|reg delete .+ \/v GOROOT \/f)$/m);
	});
});

describe('explain', () => {
	const log = [
		'PS C:\\src\\app> go build ./...',
		'go: downloading example.com/lib v1.2.0',
		'go: example.com/lib@v1.2.0: Get "https://goproxy.default.example/example.com/lib/@v/v1.2.0.zip": dial tcp 10.1.2.3:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.',
		'# runtime/cgo',
		'cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in %PATH%',
	].join('\r\n');

	it('names the causes in order, quoting each line, with the checks to run and the fix', () => {
		sandbox = createSandbox();
		const file = path.join(sandbox.home, 'build.log');
		writeFileSync(file, log);
		const run = runCli(['explain', file], sandbox.env);
		expect(run.code).toBe(0);
		const timeout = run.stdout.indexOf('1. timeout  (line 3)');
		const cgo = run.stdout.indexOf('2. cgo-compiler-missing  (line 5)');
		expect(timeout).toBeGreaterThan(-1);
		expect(cgo).toBeGreaterThan(timeout);
		expect(run.stdout).toContain('   > cgo: C compiler "gcc" not found');
		expect(run.stdout).toContain('Fix: On Windows install a MinGW-w64 gcc');
	});

	it('prints {"causes":[{class,line,checks,fix}]} with --json, in English unless --lang is given', () => {
		sandbox = createSandbox({LANG: 'zh_CN.UTF-8'});
		const run = withInput(['explain', '-', '--json'], sandbox.env, log);
		const report = JSON.parse(run.stdout) as {causes: Array<Record<string, unknown>>};
		expect(report.causes.map((c) => c.class)).toEqual(['timeout', 'cgo-compiler-missing']);
		expect(report.causes[1]).toMatchObject({line: 'cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in %PATH%', checks: ['cgo'], line_number: 5});
		expect(Object.keys(report.causes[0]!)).toEqual(['class', 'line', 'line_number', 'checks', 'summary', 'fix']);
		expect(String(report.causes[1]!.fix)).toContain('MinGW-w64');
		const zh = JSON.parse(withInput(['explain', '-', '--json', '--lang', 'zh-CN'], sandbox.env, log).stdout) as {causes: Array<{fix: string; class: string}>};
		expect(zh.causes[1]!.fix).toContain('MinGW-w64 gcc');
		expect(zh.causes[1]!.fix).toContain('安装');
		expect(zh.causes[1]!.class).toBe('cgo-compiler-missing');
	});

	it('says plainly when it knows no error in the text, and exits 2 on an unreadable file', () => {
		sandbox = createSandbox();
		const run = withInput(['explain'], sandbox.env, 'ok  \texample.com/app\t0.01s\n');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('No known error was found in this text');
		expect(JSON.parse(withInput(['explain', '--json'], sandbox.env, 'all good').stdout)).toEqual({schema_version: 1, causes: []});
		mkdirSync(path.join(sandbox.home, 'dir'));
		expect(runCli(['explain', path.join(sandbox.home, 'dir')], sandbox.env).code).toBe(2);
	});
});
