import {spawnSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {strayReading} from '../../source/facts/go-env-file.js';
import {createSandbox, goBinary, type Sandbox} from '../helpers/sandbox.js';

/**
 * The table of what go makes of a value with a `\r` (source/facts/go-env-file.ts
 * strayReading), held against the real go: each class is shown by a go command, with the
 * same file saved with LF line ends beside it. Nothing here needs the network.
 */

let sandbox: Sandbox;
let project: string;
beforeAll(() => {
	sandbox = createSandbox();
	project = path.join(sandbox.home, 'project');
	mkdirSync(project);
	writeFileSync(path.join(project, 'go.mod'), 'module example.com/project\n\ngo 1.21\n');
	writeFileSync(path.join(project, 'main.go'), 'package main\n\nfunc main() {}\n');
});
afterAll(() => sandbox.cleanup());

/** Runs the real go with the user's go env file holding these lines, ended by `eol`. */
function goWith(lines: string[], eol: '\r\n' | '\n', args: string[], env: Record<string, string> = {}): {code: number | null; out: string} {
	const file = path.join(sandbox.home, '.config', 'go', 'env');
	mkdirSync(path.dirname(file), {recursive: true});
	writeFileSync(file, lines.map((line) => line + eol).join(''));
	const result = spawnSync(goBinary(), args, {cwd: project, env: {...sandbox.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOPROXY: '', GOSUMDB: '', GOPRIVATE: '', ...env}, encoding: 'utf8', timeout: 60_000});
	return {code: result.status, out: result.stdout + result.stderr};
}

describe('what go makes of a setting line saved with CRLF', () => {
	it('stops: GO111MODULE=off\\r and GOTOOLCHAIN=local\\r stop every go command', () => {
		expect(strayReading('GO111MODULE', 'off\r')).toBe('stops');
		const module = goWith(['GO111MODULE=off'], '\r\n', ['env', '-json']);
		expect(module.code).not.toBe(0);
		expect(module.out).toContain('go: unknown environment setting GO111MODULE=off\r');
		expect(goWith(['GO111MODULE=off'], '\n', ['env', '-json']).code).toBe(0);
		expect(strayReading('GOTOOLCHAIN', 'local\r')).toBe('stops');
		// An empty OS variable does not hide the file's line (cfg.Getenv): the file's value counts.
		const toolchain = goWith(['GOTOOLCHAIN=local'], '\r\n', ['version'], {GOTOOLCHAIN: ''});
		expect(toolchain.code).not.toBe(0);
		expect(toolchain.out).toContain(String.raw`go: invalid GOTOOLCHAIN "local\r"`);
	});

	it('patterns: GOPRIVATE=*.corp.example\\r matches no module (the module goes to the proxy), with LF it does', () => {
		expect(strayReading('GOPRIVATE', '*.corp.example\r')).toBe('patterns');
		// GOVCS=private:off makes a private module's direct fetch fail before any network use.
		const lines = ['GOPROXY=off', 'GOPRIVATE=*.corp.example', 'GOVCS=private:off'];
		const args = ['list', '-m', 'foo.corp.example/x.git@latest'];
		expect(goWith(lines, '\r\n', args).out).toContain('module lookup disabled by GOPROXY=off');
		expect(goWith(lines, '\n', args).out).toContain('GOVCS disallows using git for private foo.corp.example/x.git');
	});

	it('same: GOPROXY entries are trimmed and GOFLAGS is split at white space', () => {
		expect(strayReading('GOPROXY', 'off\r')).toBe('same');
		expect(goWith(['GOPROXY=off'], '\r\n', ['list', '-m', 'example.com/other@latest']).out).toContain('module lookup disabled by GOPROXY=off');
		expect(strayReading('GOFLAGS', '-mod=mod\r')).toBe('same');
		const flags = goWith(['GOFLAGS=-mod=mod'], '\r\n', ['list', '-m']);
		expect(flags).toEqual({code: 0, out: 'example.com/project\n'});
	});

	it('target: GOOS=linux\\r stops every build', () => {
		expect(strayReading('GOOS', 'linux\r')).toBe('target');
		const build = goWith([`GOOS=${process.platform === 'darwin' ? 'darwin' : 'linux'}`], '\r\n', ['build', '-o', path.join(sandbox.home, 'out'), '.']);
		expect(build.code).not.toBe(0);
		expect(build.out).toMatch(/go: unsupported GOOS\/GOARCH pair (linux|darwin)\r\/\w+/);
	});

	it('ignored: CGO_ENABLED=0\\r is neither 0 nor 1, so go uses its default', () => {
		expect(strayReading('CGO_ENABLED', '0\r')).toBe('ignored');
		const byDefault = goWith([], '\n', ['env', 'CGO_ENABLED']).out;
		expect(goWith(['CGO_ENABLED=0'], '\r\n', ['env', 'CGO_ENABLED']).out).toBe(byDefault);
		expect(goWith(['CGO_ENABLED=0'], '\n', ['env', 'CGO_ENABLED']).out).toBe('0\n');
	});

	it('folder and kept: go uses the value with its \\r', () => {
		expect(strayReading('GOPATH', '/tmp/gopath\r')).toBe('folder');
		expect(goWith(['GOPATH=/tmp/gopath'], '\r\n', ['env', 'GOPATH']).out).toBe('/tmp/gopath\r\n');
		expect(strayReading('GOAMD64', 'v1\r')).toBe('kept');
		expect(goWith(['GOAMD64=v1'], '\r\n', ['env', 'GOAMD64']).out).toBe('v1\r\n');
		expect(strayReading('GOSUMDB', 'off\r')).toBe('not-off');
		expect(goWith(['GOSUMDB=off'], '\r\n', ['env', 'GOSUMDB']).out).toBe('off\r\n');
	});
});
