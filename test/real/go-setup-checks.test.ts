import {chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {MAJOR_RELEASES, SUPPORTED_MAJORS} from '../../source/facts/go-releases.js';
import {createSandbox, goBinary, runCli, type Sandbox} from '../helpers/sandbox.js';

/**
 * The Go setup checks (go on PATH, GOROOT, GOPATH, GO111MODULE, the go env file, …) against
 * this machine's real go, in a sandboxed HOME. Each scenario breaks one thing the way users do
 * and expects the check that names it, by id and status.
 */

interface JsonFinding {
	id: string;
	status: string;
	summary: string;
	evidence: Array<Record<string, unknown>>;
	fixes: Array<{id: string; changes: unknown[]}>;
}

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

function check(env: Record<string, string>, cwd?: string) {
	const run = runCli(['check', '--json'], env, cwd ? {cwd} : {});
	const report = JSON.parse(run.stdout) as {findings: JsonFinding[]};
	return {run, byId: Object.fromEntries(report.findings.map((f) => [f.id, f])) as Record<string, JsonFinding>};
}

const realGo = goBinary();
const goroot = path.dirname(path.dirname(realGo));
const goVersion = (() => {
	sandbox = createSandbox();
	const version = sandbox.go('env', 'GOVERSION').trim();
	sandbox.cleanup();
	sandbox = undefined;
	return version;
})();

// A cold build cache compiles the runtime in the test build: allow for it on a slow machine.
describe('the healthy machine, as it is', {timeout: 120_000}, () => {
	it('has no errors, and only the warnings that are true of it', () => {
		sandbox = createSandbox();
		const {run, byId} = check(sandbox.env);
		expect(run.stderr).toBe('');
		// The Go setup checks; other checks state what is true of this machine in their own tests.
		const goSetup = ['go-on-path', 'goroot', 'go-version', 'gotoolchain', 'goos-goarch', 'go111module', 'path-hygiene', 'gobin-on-path', 'stale-session', 'gopath', 'go-env-file', 'smoke-build'];
		expect(goSetup.every((id) => byId[id])).toBe(true);
		const problems = goSetup.map((id) => byId[id]!).filter((f) => f.status === 'error' || f.status === 'warn' || f.status === 'failed' || f.status === 'unknown');

		// True of this machine, checked here independently of the program:
		const expected: Record<string, string> = {};
		// 1. The sandbox's HOME is new, so $HOME/go/bin (where go install writes) is not on PATH.
		const gobin = path.join(sandbox.home, 'go', 'bin');
		expect(sandbox.env.PATH!.split(':')).not.toContain(gobin);
		expected['gobin-on-path'] = 'warn';
		// 2. Go's support policy: a Go older than the two newest majors gets no fixes.
		const major = /^go(\d+\.\d+)/.exec(goVersion)![1]!;
		if (!MAJOR_RELEASES.slice(0, SUPPORTED_MAJORS).some((r) => r.major === major) && major <= MAJOR_RELEASES[0]!.major) expected['go-version'] = 'warn';
		// 3. PATH entries that are empty, relative or unexpanded are worth a warning (duplicates and missing folders only info).
		if (sandbox.env.PATH!.split(':').some((e) => e === '' || !e.startsWith('/') || e.includes('$'))) expected['path-hygiene'] = 'warn';

		expect(Object.fromEntries(problems.map((f) => [f.id, f.status]))).toEqual(expected);
		expect(byId['go-on-path']!.summary).toBe(`${goVersion} at ${realGo}`);
		expect(byId['smoke-build']).toMatchObject({status: 'ok'});
		expect(byId['stale-session']).toMatchObject({status: 'skipped'});
		expect(byId['go-env-file']).toMatchObject({status: 'ok'});
	});

	it('is ok about gobin once $HOME/go/bin is on PATH', () => {
		sandbox = createSandbox();
		const {byId} = check({...sandbox.env, PATH: `${path.join(sandbox.home, 'go', 'bin')}:${sandbox.env.PATH}`});
		expect(byId['gobin-on-path']).toMatchObject({status: 'ok'});
	});
});

describe('a broken setup, one thing at a time', {timeout: 120_000}, () => {
	it('GOROOT pointing at an empty folder: goroot is an error, and the test build fails on it', () => {
		sandbox = createSandbox();
		const empty = path.join(sandbox.home, 'empty-goroot');
		mkdirSync(empty);
		const {run, byId} = check({...sandbox.env, GOROOT: empty});
		expect(run.code).toBe(1);
		expect(byId.goroot).toMatchObject({status: 'error', summary: `GOROOT=${empty} (from the process environment) is not a Go installation: it has no pkg/tool, src/runtime`});
		expect(byId.goroot!.fixes.map((f) => f.id)).toEqual(['unset-os-env']);
		expect(byId['smoke-build']).toMatchObject({status: 'error'});
		expect(JSON.stringify(byId['smoke-build'])).toContain('package-not-in-std');
	});

	it('an older go earlier on PATH: go-on-path warns, naming the winner and the shadowed one', () => {
		sandbox = createSandbox();
		const dir = path.join(sandbox.home, 'old-go', 'bin');
		mkdirSync(dir, {recursive: true});
		const script = path.join(dir, 'go');
		// Answers as go1.21.13 would; everything else is the real go.
		writeFileSync(
			script,
			[
				'#!/bin/sh',
				'if [ "$1" = version ]; then echo "go version go1.21.13 linux/amd64"; exit 0; fi',
				`if [ "$1" = env ] && [ "$2" = -json ]; then "${realGo}" env -json | sed 's/"GOVERSION": "[^"]*"/"GOVERSION": "go1.21.13"/'; exit 0; fi`,
				`exec "${realGo}" "$@"`,
				'',
			].join('\n'),
		);
		chmodSync(script, 0o755);
		const {byId} = check({...sandbox.env, PATH: `${dir}:${path.dirname(realGo)}:${sandbox.env.PATH}`});
		expect(byId['go-on-path']).toMatchObject({status: 'warn'});
		expect(byId['go-on-path']!.summary).toBe(`go1.21.13 at ${script} wins; 1 other Go version(s) later on PATH: ${goVersion} (${realGo})`);
		expect(byId['go-version']).toMatchObject({status: 'warn'});
	});

	it('PATH with duplicates and missing folders: path-hygiene lists them (info), and an empty entry is a warning', () => {
		sandbox = createSandbox();
		const bin = path.dirname(realGo);
		const a = path.join(sandbox.home, 'a');
		const b = path.join(sandbox.home, 'b');
		mkdirSync(a);
		mkdirSync(b);
		symlinkSync(a, path.join(sandbox.home, 'link-to-a'));
		const entries = [bin, a, `${a}/`, path.join(sandbox.home, 'nope'), path.join(sandbox.home, 'link-to-a'), b, '/usr/bin'];
		const tidy = check({...sandbox.env, PATH: entries.join(':')});
		expect(tidy.byId['path-hygiene']).toMatchObject({status: 'info', summary: 'worth tidying: duplicate entries: 2, entries that are not folders: 1 (harmless, but they hide real problems)'});
		const marks = (tidy.byId['path-hygiene']!.evidence[0] as {entries: Array<{marks: string[]}>}).entries.map((e) => e.marks);
		// A trailing separator and a symlink to the same folder are duplicates.
		expect(marks).toEqual([['wins'], [], ['duplicate'], ['missing'], ['duplicate'], [], []]);
		const risky = check({...sandbox.env, PATH: `${bin}::/usr/bin`});
		expect(risky.byId['path-hygiene']!.status).toBe('warn');
		expect(risky.byId['path-hygiene']!.summary).toContain('empty entries, which mean the current folder: 1');
	});

	it('go env -w GOPROXY= : go-env-file is an error, with the go env -u fix', () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GOPROXY=');
		const {run, byId} = check(sandbox.env);
		expect(run.code).toBe(1);
		expect(byId['go-env-file']).toMatchObject({status: 'error'});
		expect(byId['go-env-file']!.summary).toContain('line 1 says GOPROXY= with nothing after it');
		expect(byId['go-env-file']!.fixes.map((f) => f.id)).toEqual(['go-env-unset-goproxy']);
	});

	it('GOFLAGS=-x= in the go env file: go-env-file is an error quoting go env, though go version accepts it', () => {
		sandbox = createSandbox();
		const envFile = sandbox.go('env', 'GOENV').trim();
		mkdirSync(path.dirname(envFile), {recursive: true});
		writeFileSync(envFile, 'GOFLAGS=-x=\n');
		const {byId} = check(sandbox.env);
		expect(byId['go-env-file']).toMatchObject({status: 'error'});
		expect(byId['go-env-file']!.summary).toContain('go: invalid boolean value "" for flag -x (from $GOFLAGS)');
		expect(byId['go-env-file']!.fixes.map((x) => x.id)).toContain('go-env-unset-goflags');
	});

	it('a relative GOBIN: gobin-on-path is an error in go install\'s own words, with no PATH fix', () => {
		sandbox = createSandbox();
		const {byId} = check({...sandbox.env, GOBIN: 'rel/bin'});
		expect(byId['gobin-on-path']).toMatchObject({status: 'error'});
		expect(byId['gobin-on-path']!.summary).toContain('GOBIN=rel/bin (from process environment) is not an absolute path');
		expect(byId['gobin-on-path']!.fixes.map((x) => x.id)).not.toContain('add-to-profile-path');
	});

	it('GOOS set to another OS: goos-goarch warns where it comes from, and the test build cannot run here', () => {
		sandbox = createSandbox();
		const other = process.platform === 'darwin' ? 'linux' : 'windows';
		const {byId} = check({...sandbox.env, GOOS: other});
		expect(byId['goos-goarch']).toMatchObject({status: 'warn'});
		expect(byId['goos-goarch']!.summary).toContain(`GOOS=${other} (process environment)`);
		expect(byId['smoke-build']).toMatchObject({status: 'error'});
		expect(byId['smoke-build']!.summary).toContain('cannot start on this');
	});

	// Assumes the kernel runs 32-bit x86 programs (IA32 emulation, on in common distribution kernels).
	it.runIf(process.platform === 'linux' && process.arch === 'x64')('GOARCH=386 on amd64: goos-goarch warns without claiming the programs cannot start, and the test build runs one', () => {
		sandbox = createSandbox();
		const {byId} = check({...sandbox.env, GOARCH: '386'});
		expect(byId['goos-goarch']).toMatchObject({status: 'warn'});
		expect(byId['goos-goarch']!.summary).toContain('GOARCH=386 (process environment). Such programs usually still start here');
		expect(byId['smoke-build']).toMatchObject({status: 'ok', summary: 'a new module built and ran (linux/386): go mod init, go build and the program all work'});
		expect(JSON.stringify(byId['smoke-build']!.evidence)).toContain('goenv-tui smoke build: ok');
	});

	it('GOPATH equal to GOROOT: gopath warns, quoting go\'s own warning', () => {
		sandbox = createSandbox();
		const {byId} = check({...sandbox.env, GOPATH: goroot});
		expect(byId.gopath).toMatchObject({status: 'warn'});
		expect(byId.gopath!.summary).toContain(`GOPATH=${goroot} (from process environment) is the same folder as GOROOT`);
		expect(byId.gopath!.summary).toMatch(/\(warning: (both GOPATH and GOROOT are the same directory|GOPATH set to GOROOT)/);
	});

	it('a module whose go.mod asks for a newer Go: a download under auto, an error under local, and no download happens', () => {
		sandbox = createSandbox();
		const module = path.join(sandbox.home, 'app');
		mkdirSync(module);
		writeFileSync(path.join(module, 'go.mod'), 'module example.com/app\n\ngo 1.99.0\n');
		const auto = check({...sandbox.env, GOTOOLCHAIN: 'auto'}, module);
		expect(auto.byId.gotoolchain).toMatchObject({status: 'warn'});
		expect(auto.byId.gotoolchain!.summary).toContain(`${path.join(module, 'go.mod')} needs go1.99.0, newer than the installed ${goVersion}`);
		const local = check({...sandbox.env, GOTOOLCHAIN: 'local'}, module);
		expect(local.byId.gotoolchain).toMatchObject({status: 'error'});
		expect(local.byId.gotoolchain!.summary).toContain('requires go >= 1.99.0');
		// The check read go.mod as a file: nothing was fetched into the module cache.
		expect(existsSync(path.join(sandbox.home, 'go', 'pkg', 'mod', 'golang.org', 'toolchain@v0.0.1-go1.99.0.linux-amd64'))).toBe(false);
		expect(existsSync(path.join(sandbox.home, 'go', 'pkg', 'mod', 'cache', 'download', 'golang.org', 'toolchain'))).toBe(false);
	});
});
