import {afterEach, describe, expect, it} from 'vitest';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {BIN, ROOT, createSandbox, type Sandbox} from '../helpers/sandbox.js';

/**
 * The spawn budget (README, "Performance"): every process a full `check --offline --json`
 * starts on Linux, counted in the real program by the same preload `npm run bench` uses. Each
 * one must be a documented fact, asked once; the total must stay within the budget.
 */

/** Each process the checks may start, in a folder that is not a git repository, with one go. */
const DOCUMENTED: Array<{what: string; match: (file: string, args: string[]) => boolean; max: number}> = [
	{what: 'go env -json (every Go setting)', match: (f, a) => isGo(f) && same(a, ['env', '-json']), max: 1},
	{what: 'go env -changed -json (which settings differ from the defaults)', match: (f, a) => isGo(f) && same(a, ['env', '-changed', '-json']), max: 1},
	{what: 'git --version', match: (f, a) => isGit(f) && same(a, ['--version']), max: 1},
	{what: 'git --exec-path (where credential helpers live)', match: (f, a) => isGit(f) && same(a, ['--exec-path']), max: 1},
	{
		what: 'git config --get-regexp (every git setting the checks read; asked again without --show-scope on git < 2.26)',
		match: (f, a) => isGit(f) && a[0] === 'config' && a.includes('--get-regexp'),
		max: 2,
	},
	{what: 'git rev-parse --show-toplevel (is the current folder in a repository?)', match: (f, a) => isGit(f) && same(a, ['rev-parse', '--show-toplevel']), max: 1},
	{what: '$CC -dumpmachine (what the C compiler builds for)', match: (_f, a) => same(a, ['-dumpmachine']), max: 1},
	{what: 'go mod init (test build, in a temp folder)', match: (f, a) => isGo(f) && a[0] === 'mod' && a[1] === 'init', max: 1},
	{what: 'go build (test build)', match: (f, a) => isGo(f) && a[0] === 'build', max: 1},
	{what: 'the test program just built', match: (f) => path.basename(f) === 'smoke', max: 1},
];
/** The sum of the maxima above, less the git config retry (counted only where git is that old). */
export const SPAWN_BUDGET = 10;

const isGo = (file: string) => path.basename(file) === 'go';
const isGit = (file: string) => path.basename(file) === 'git';
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

let sandbox: Sandbox | undefined;
afterEach(() => {
	sandbox?.cleanup();
	sandbox = undefined;
});

interface Spawn {
	file: string;
	args: string[];
	cwd: string;
}

function countedRun(args: string[]): {code: number | null; spawned: Spawn[]} {
	sandbox = createSandbox();
	const out = path.join(sandbox.home, 'spawns.json');
	const run = spawnSync(process.execPath, ['--require', path.join(ROOT, 'scripts', 'bench-probe.cjs'), BIN, ...args], {
		env: {...sandbox.env, GOENV_TUI_BENCH_OUT: out},
		cwd: sandbox.home,
		encoding: 'utf8',
		timeout: 120_000,
	});
	return {code: run.status, spawned: (JSON.parse(readFileSync(out, 'utf8')) as {spawned: Spawn[]}).spawned};
}

describe('the spawn budget of a full offline check (Linux, real program)', () => {
	it(`starts at most ${SPAWN_BUDGET} processes, each a documented fact asked once`, () => {
		const {code, spawned} = countedRun(['check', '--offline', '--json']);
		expect(code === 0 || code === 1).toBe(true);
		const described = spawned.map((s) => ({...s, what: DOCUMENTED.find((d) => d.match(s.file, s.args))?.what ?? `UNDOCUMENTED: ${s.file} ${s.args.join(' ')}`}));
		// Nothing the README does not list.
		expect(described.filter((s) => s.what.startsWith('UNDOCUMENTED')).map((s) => s.what)).toEqual([]);
		// No fact fetched twice: the same program with the same arguments in the same folder.
		const keys = spawned.map((s) => JSON.stringify([s.file, s.args, s.cwd]));
		expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
		for (const d of DOCUMENTED) expect([d.what, described.filter((s) => s.what === d.what).length <= d.max]).toEqual([d.what, true]);
		const gitRetry = spawned.filter((s) => isGit(s.file) && s.args[0] === 'config').length - 1;
		expect(spawned.length).toBeLessThanOrEqual(SPAWN_BUDGET + Math.max(0, gitRetry));
		// The one the issue names: go env -json, once.
		expect(spawned.filter((s) => isGo(s.file) && same(s.args, ['env', '-json']))).toHaveLength(1);
	});

	it('spawns nothing at all for --version and --help', () => {
		for (const flag of ['--version', '--help']) {
			const {code, spawned} = countedRun([flag]);
			expect(code).toBe(0);
			expect(spawned).toEqual([]);
			sandbox?.cleanup();
		}
	});
});
