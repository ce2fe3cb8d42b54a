import {chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {execFileSync, spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {contractOfArgs, ourJson} from './json-contract.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'goenv-tui.js');

/** The build cache all sandboxes share, kept between runs in the temp folder. */
export const SHARED_GOCACHE = path.join(os.tmpdir(), 'goenv-tui-test-gocache');

/** Variables from the developer's or CI's shell that would leak into a sandboxed run. */
const LEAKY = /^(GO|CGO_|XDG_|CC$|CXX$|GIT_|HTTPS?_PROXY|NO_PROXY|LC_|LANG|LANGUAGE$|CI$|CONTINUOUS_INTEGRATION$|SSL_CERT)/i;

export interface Sandbox {
	home: string;
	env: Record<string, string>;
	/** Runs the machine's real go inside the sandbox. */
	go(...args: string[]): string;
	cleanup(): void;
}

/**
 * A throwaway HOME with the machine's real tools on PATH and nothing of the caller's Go,
 * git or locale settings: what a fresh user account on this machine would see.
 */
export function createSandbox(extra: Record<string, string> = {}): Sandbox {
	const home = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-home-'));
	const base: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !LEAKY.test(key)) base[key] = value;
	// One build cache for every sandbox (the go build cache is safe to share): otherwise each
	// check's test build (smoke-build) compiles the runtime anew in a fresh HOME.
	Object.assign(base, {HOME: home, NO_COLOR: '1', GOCACHE: SHARED_GOCACHE});
	// Our own setup commands run with GOTOOLCHAIN=local; runs of the program get the
	// sandbox's environment as it is (plus what the test asks for).
	const setupEnv = {...base, GOTOOLCHAIN: 'local'};
	// Go's telemetry (local mode by default) starts a detached child that goes on writing
	// counters into HOME after go exits, racing the clean-up. A sandbox has it off.
	execFileSync(goBinary(), ['telemetry', 'off'], {env: setupEnv});
	return {
		home,
		env: {...base, ...extra},
		go: (...args) => execFileSync(goBinary(), args, {env: {...setupEnv, ...extra}, encoding: 'utf8'}),
		// A go child of the program can still be writing for a moment (ENOTEMPTY): retry.
		cleanup: () => rmSync(home, {recursive: true, force: true, maxRetries: 5, retryDelay: 100}),
	};
}

export function goBinary(): string {
	const found = spawnSync('sh', ['-c', 'command -v go'], {encoding: 'utf8'}).stdout.trim();
	if (!found) throw new Error('the real go is needed for these tests, and it is not on PATH');
	return found;
}

/**
 * A `go` in front of the real one on PATH (POSIX): `before` is shell script run first (it
 * may end there with `exit` or `exec`; `$GO` is the real go), then the real go runs. Returns
 * the sandbox's environment with the wrapper first on PATH.
 */
export function goWrapper(sandbox: Sandbox, before: string): Record<string, string> {
	const bin = path.join(sandbox.home, 'wrapper');
	mkdirSync(bin, {recursive: true});
	writeFileSync(path.join(bin, 'go'), `#!/bin/sh\nGO="${goBinary()}"\n${before}\nexec "$GO" "$@"\n`);
	chmodSync(path.join(bin, 'go'), 0o755);
	return {...sandbox.env, PATH: `${bin}${path.delimiter}${sandbox.env.PATH}`};
}

export interface CliRun {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * Runs the built program as a user would, without a terminal. A command that prints JSON
 * (`--json`, `snapshot -o -`) must print output that holds to its published schema: every
 * test that runs one checks the contract, whatever else it looks at.
 */
export function runCli(args: string[], env: Record<string, string>, options: {cwd?: string; input?: string} = {}): CliRun {
	const result = spawnSync(process.execPath, [BIN, ...args], {env, cwd: options.cwd ?? os.tmpdir(), encoding: 'utf8', timeout: 60_000, ...(options.input === undefined ? {} : {input: options.input})});
	const contract = contractOfArgs(args);
	// Usage errors (2) print nothing on stdout; every other run of a JSON command prints its document.
	if (contract && result.status !== 2 && result.status !== null) ourJson(contract, result.stdout);
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** Polls for a file (a wrapper's marker that it has started): no fixed sleep. */
export async function waitForFile(file: string, timeoutMs = 30_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (!existsSync(file)) {
		if (Date.now() > until) throw new Error(`${file} never appeared`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}
