import {execFileSync, spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {delveWindow, DELVE_TOO_OLD} from '../../source/data/delve-compat.js';
import {format} from '../../source/i18n/index.js';
import {createSandbox, goBinary, runCli, type Sandbox} from '../helpers/sandbox.js';
import {NEWER_TOOLCHAIN, newerToolchainRoot} from '../helpers/toolchain.js';

/**
 * The cgo, gopls and dlv checks against this machine's real go, gcc and git, in a sandboxed
 * HOME. Stand-ins for dlv and gopls are built here with `go build` from throwaway modules
 * named like the real ones and tagged with a version, so `go version -m` reads real build
 * information from them.
 */

interface JsonFinding {
	id: string;
	status: string;
	summary: string;
	fixes: Array<{id: string; changes: Array<Record<string, unknown>>}>;
	evidence: unknown[];
}

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

function checkOne(id: string, env: Record<string, string>): JsonFinding {
	const run = runCli(['check', '--json', '--only', id], env);
	expect(run.stderr).toBe('');
	const report = JSON.parse(run.stdout) as {findings: JsonFinding[]};
	return report.findings.find((f) => f.id === id)!;
}

/** Builds share one cache across sandboxes (a fresh GOCACHE costs seconds per cgo build). */
const BUILD_CACHE = path.join(os.tmpdir(), 'goenv-tui-test-gocache');
/** Builds use one core, leaving the other to the terminal tests that run beside these. */
const BUILD_ENV = {GOTOOLCHAIN: 'local', GOCACHE: BUILD_CACHE, GOMAXPROCS: '1', GOFLAGS: '-p=1'};

const GCC = spawnSync('sh', ['-c', 'command -v gcc'], {encoding: 'utf8'}).stdout.trim();
const HOST_TRIPLE = GCC ? execFileSync(GCC, ['-dumpmachine'], {encoding: 'utf8'}).trim() : '';

/** Builds the tiny cgo program with the sandbox's environment and returns go's stderr. */
function realCgoBuild(env: Record<string, string>): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-cgo-'));
	try {
		writeFileSync(path.join(dir, 'go.mod'), 'module example.com/cgo\n\ngo 1.22\n');
		writeFileSync(path.join(dir, 'main.go'), 'package main\n\n// int f(void) { return 1; }\nimport "C"\n\nfunc main() { println(C.f()) }\n');
		const result = spawnSync(goBinary(), ['build', '-o', os.devNull, '.'], {cwd: dir, env: {...env, ...BUILD_ENV}, encoding: 'utf8'});
		return result.stderr;
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

describe('cgo with the real gcc', () => {
	it('is ok with the machine\'s gcc, naming its real target', () => {
		expect(GCC, 'gcc is needed for these tests').not.toBe('');
		sandbox = createSandbox();
		const f = checkOne('cgo', sandbox.env);
		expect(f.status).toBe('ok');
		expect(f.summary).toBe(`cgo is on (default); C compiler ${GCC} targets ${HOST_TRIPLE}`);
	});

	it('is an error when CGO_ENABLED=1 and no C compiler is on PATH, with the message go really prints', () => {
		sandbox = createSandbox({CGO_ENABLED: '1', PATH: path.dirname(goBinary())});
		const f = checkOne('cgo', sandbox.env);
		expect(f.status).toBe('error');
		const message = 'cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH';
		expect(f.summary).toContain(message);
		expect(realCgoBuild(sandbox.env)).toContain(message);
	});

	it('quotes what go really prints when CC is a path to a file that is not there', () => {
		sandbox = createSandbox();
		const missing = path.join(sandbox.home, 'no-such-dir', 'gcc');
		const env = {...sandbox.env, CGO_ENABLED: '1', CC: missing};
		const f = checkOne('cgo', env);
		expect(f.status).toBe('error');
		const message = `cgo: C compiler "${missing}" not found: exec: "${missing}": stat ${missing}: no such file or directory`;
		expect(f.summary).toContain(message);
		expect(realCgoBuild(env)).toContain(message);
	});

	it('is an error for a gcc whose -dumpmachine says x86_64-pc-msys, building for windows', () => {
		sandbox = createSandbox();
		const script = path.join(sandbox.home, 'msys-gcc');
		writeFileSync(script, '#!/bin/sh\nif [ "$1" = "-dumpmachine" ]; then echo x86_64-pc-msys; exit 0; fi\necho "gcc: error: unrecognized command-line option \'-mthreads\'" >&2\nexit 1\n');
		chmodSync(script, 0o755);
		const f = checkOne('cgo', {...sandbox.env, GOOS: 'windows', CGO_ENABLED: '1', CC: script});
		expect(f.status).toBe('error');
		expect(f.summary).toContain(`${script} targets x86_64-pc-msys, not MinGW-w64`);
		expect(JSON.stringify(f.evidence)).toContain('-dumpmachine');
	});

	it('is an error for an unquoted space in CC; the quoted value it proposes makes it ok', () => {
		sandbox = createSandbox();
		const dir = path.join(sandbox.home, 'c compiler', 'bin');
		mkdirSync(dir, {recursive: true});
		const gcc = path.join(dir, 'gcc');
		symlinkSync(GCC, gcc);
		sandbox.go('env', '-w', `CC=${gcc}`, 'CGO_ENABLED=1');
		const f = checkOne('cgo', sandbox.env);
		expect(f.status).toBe('error');
		expect(f.summary).toContain(`quote it: "${gcc}"`);
		// What go itself does with that value: it runs the part before the space.
		expect(realCgoBuild(sandbox.env)).toContain(`cgo: C compiler "${path.join(sandbox.home, 'c')}" not found`);
		const fix = f.fixes.find((x) => x.id === 'quote-cc')!;
		expect(fix.changes[0]).toMatchObject({kind: 'go-env', key: 'CC', before: {set: true, value: gcc}, after: {set: true, value: `"${gcc}"`}});
		// Apply the change as the executor would (go env -w), then check again.
		sandbox.go('env', '-w', `CC="${gcc}"`);
		expect(checkOne('cgo', sandbox.env).status).toBe('ok');
		expect(realCgoBuild(sandbox.env)).toBe('');
	});

	it('explains that CC in the go env file does not turn cgo on when gcc is not on PATH, and CGO_ENABLED=1 does', () => {
		sandbox = createSandbox({PATH: path.dirname(goBinary())});
		sandbox.go('env', '-w', `CC=${GCC}`);
		const f = checkOne('cgo', sandbox.env);
		expect(f.status).toBe('info');
		expect(f.summary).toContain('CC set in the go env file does not turn it back on');
		const fix = f.fixes.find((x) => x.id === 'enable-cgo')!;
		expect(fix.changes).toEqual([{kind: 'go-env', key: 'CGO_ENABLED', file: path.join(sandbox.home, '.config', 'go', 'env'), before: {set: false}, after: {set: true, value: '1'}}]);
		sandbox.go('env', '-w', 'CGO_ENABLED=1');
		expect(checkOne('cgo', sandbox.env)).toMatchObject({status: 'ok'});
	});

	it('is info when CGO_ENABLED=0 while a compiler is present', () => {
		sandbox = createSandbox({CGO_ENABLED: '0'});
		const f = checkOne('cgo', sandbox.env);
		expect(f.status).toBe('info');
		expect(f.summary).toContain(`a usable C compiler is at ${GCC}`);
	});
});

/** A module named like the real tool, tagged, built by `go` into `out`. */
function buildStandIn(sb: Sandbox, spec: {module: string; pkg: string; tag: string; out: string; ldflags?: string}): void {
	const src = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-standin-'));
	try {
		const pkgDir = path.join(src, spec.pkg.slice(spec.module.length + 1));
		mkdirSync(pkgDir, {recursive: true});
		writeFileSync(path.join(src, 'go.mod'), `module ${spec.module}\n\ngo 1.22\n`);
		writeFileSync(path.join(pkgDir, 'main.go'), 'package main\n\nfunc main() { println("stand-in") }\n');
		const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', ...args], {cwd: src, env: sb.env, stdio: 'ignore'});
		git('init', '-q', '.');
		git('add', '.');
		git('commit', '-qm', 'stand-in');
		git('tag', spec.tag);
		mkdirSync(path.dirname(spec.out), {recursive: true});
		// Go 1.24+ stamps the main module's version from the VCS tag.
		const flags = spec.ldflags ? [`-ldflags=${spec.ldflags}`] : [];
		execFileSync(goBinary(), ['build', '-buildvcs=true', ...flags, '-o', spec.out, `./${path.relative(src, pkgDir)}`], {cwd: src, env: {...sb.env, ...BUILD_ENV}, stdio: 'pipe'});
	} finally {
		rmSync(src, {recursive: true, force: true});
	}
}

const DELVE = {module: 'github.com/go-delve/delve', pkg: 'github.com/go-delve/delve/cmd/dlv'};
const GOPLS = {module: 'golang.org/x/tools/gopls', pkg: 'golang.org/x/tools/gopls'};
const machineGo = () => execFileSync(goBinary(), ['env', 'GOVERSION'], {encoding: 'utf8', env: {...process.env, GOTOOLCHAIN: 'local'}}).trim();

describe('dlv and gopls stand-ins built here, read with go version -m', () => {
	it('quotes Delve\'s real message for a dlv v1.25.0 against the Go in use', () => {
		sandbox = createSandbox();
		buildStandIn(sandbox, {...DELVE, tag: 'v1.25.0', out: path.join(sandbox.home, 'go', 'bin', 'dlv')});
		const go = machineGo();
		const window = delveWindow('v1.25.0');
		expect(window).toMatchObject({known: true, maxGoMinor: 24});
		const f = checkOne('dlv', {...sandbox.env, PATH: `${path.join(sandbox.home, 'go', 'bin')}:${sandbox.env.PATH}`});
		expect(f.status).toBe('error');
		expect(f.summary).toContain(format(DELVE_TOO_OLD, {go, max: 24}));
		expect(JSON.stringify(f.evidence)).toContain('github.com/go-delve/delve/cmd/dlv');
		expect(f.fixes[0]!.changes[0]).toMatchObject({kind: 'command', argv: [expect.stringMatching(/\/go$/), 'install', 'github.com/go-delve/delve/cmd/dlv@latest']});
	});

	it('warns that an earlier copy on PATH shadows the one go install updates', () => {
		sandbox = createSandbox();
		const installed = path.join(sandbox.home, 'go', 'bin', 'gopls');
		const stale = path.join(sandbox.home, 'old-tools', 'gopls');
		buildStandIn(sandbox, {...GOPLS, tag: 'v0.20.0', out: installed});
		// A token baked in with -X shows up in go version -m's build settings; it must not reach evidence.
		const token = 'ghp_' + 'Pl4nt3dT0k3nF0rR3d4ct10nT3st1ngXyZ';
		buildStandIn(sandbox, {...GOPLS, tag: 'v0.16.2', out: stale, ldflags: `-X main.token=${token}`});
		const env = {...sandbox.env, PATH: `${path.dirname(stale)}:${path.dirname(installed)}:${sandbox.env.PATH}`};
		const f = checkOne('gopls', env);
		expect(f.status).toBe('warn');
		expect(f.summary).toBe(`a stale gopls at ${stale} (PATH #1) runs instead of ${installed}, the one go install updates`);
		expect(f.fixes.map((x) => x.id)).toEqual(['remove-stale-gopls']);
		expect(JSON.stringify(f.evidence)).toContain('v0.16.2');
		expect(JSON.stringify(f.evidence)).toContain('-ldflags');
		expect(JSON.stringify(f)).not.toContain(token);
	});

	describe('built by an older Go than the one in use', () => {
		// The module proxy serves the go1.27.3 toolchain in this setup (the machine's own Go is
		// older): it becomes the Go in use, and a stand-in built by the machine's Go is older.
		const TOOLCHAIN = NEWER_TOOLCHAIN;
		let toolchainBin = '';
		beforeAll(() => {
			toolchainBin = path.join(newerToolchainRoot(), 'bin');
		}, 180_000);

		it('says gopls needs recompiling to work with the newer Go', () => {
			expect(existsSync(path.join(toolchainBin, 'go'))).toBe(true);
			const builtWith = machineGo();
			expect(Number(/go1\.(\d+)/.exec(builtWith)![1])).toBeLessThan(27);
			sandbox = createSandbox();
			const installed = path.join(sandbox.home, 'go', 'bin', 'gopls');
			buildStandIn(sandbox, {...GOPLS, tag: 'v0.20.0', out: installed});
			const env = {...sandbox.env, PATH: `${toolchainBin}:${path.dirname(installed)}:${sandbox.env.PATH}`};
			const f = checkOne('gopls', env);
			expect(f.status).toBe('warn');
			expect(f.summary).toBe(`gopls at ${installed} was built with ${builtWith} and needs recompiling to work with ${TOOLCHAIN}`);
			expect(f.fixes[0]!.changes[0]).toMatchObject({kind: 'command', argv: [path.join(toolchainBin, 'go'), 'install', 'golang.org/x/tools/gopls@latest'], replaces: [installed]});
		});
	});
});

describe('the whole check on Linux', () => {
	it('skips the Windows-only checks with the reason and runs terminal here', () => {
		sandbox = createSandbox();
		const run = runCli(['check', '--json'], sandbox.env);
		const byId = Object.fromEntries((JSON.parse(run.stdout) as {findings: JsonFinding[]}).findings.map((f) => [f.id, f]));
		for (const id of ['defender', 'long-paths', 'elevation']) expect(byId[id]).toMatchObject({status: 'skipped', summary: 'does not apply here (only on Windows)'});
		expect(byId.terminal!.status).toBe('ok');
		expect(byId.terminal!.summary).toMatch(/commands are shown in POSIX sh syntax$/);
	});
});
