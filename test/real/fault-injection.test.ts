import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Change} from '../../source/model/fix.js';
import {buildChild} from '../helpers/child.js';
import {createSandbox, type Sandbox} from '../helpers/sandbox.js';
import {seededRandom} from '../helpers/seeded.js';

/**
 * Fault injection: a process applying (or undoing) a fix of four kinds at once (go env file,
 * git config, a shell profile line, a file) is killed with SIGKILL at every progress step,
 * and at random moments. Afterwards each change must be either before or after (never
 * half-written), the journal must show the pending entry, and recovery must bring the
 * machine back to a consistent state. FAULT_RANDOM sets the number of random-time kills;
 * their moments come from a seeded generator (the seed is printed; TEST_SEED repeats a run).
 */

const RANDOM_RUNS = Number(process.env.FAULT_RANDOM ?? 8);
// Two at a time: the other test files (terminal tests with deadlines) share the machine.
const PARALLEL = 2;

const git = spawnSync('sh', ['-c', 'command -v git'], {encoding: 'utf8'}).stdout.trim();
let child: string;

interface World {
	box: Sandbox;
	journalDir: string;
	changes: Change[];
	profile: string;
	attributes: string;
}

const PROFILE_BEFORE = 'export PATH="$HOME/bin:$PATH"\nexport GO111MODULE=off\n# the end\n';
const PROFILE_AFTER = 'export PATH="$HOME/bin:$PATH"\n# the end\n';
const ATTRIBUTES_BEFORE = '*.go text\n';
const ATTRIBUTES_AFTER = '* text=auto eol=lf\n';

function world(): World {
	const box = createSandbox();
	box.go('env', '-w', 'GO111MODULE=off');
	execFileSync(git, ['config', '--global', 'core.autocrlf', 'true'], {env: box.env});
	const profile = path.join(box.home, '.profile');
	writeFileSync(profile, PROFILE_BEFORE);
	mkdirSync(path.join(box.home, 'project'));
	const attributes = path.join(box.home, 'project', '.gitattributes');
	writeFileSync(attributes, ATTRIBUTES_BEFORE);
	const changes: Change[] = [
		{kind: 'go-env', key: 'GO111MODULE', file: path.join(box.home, '.config', 'go', 'env'), before: {set: true, value: 'off'}, after: {set: false}},
		{kind: 'git-config', scope: 'global', key: 'core.autocrlf', before: 'true', after: null},
		{kind: 'profile-line', file: profile, before: {line: 'export GO111MODULE=off', lineNumber: 2}, after: {line: null}},
		{kind: 'file', path: attributes, before: {exists: true, content: ATTRIBUTES_BEFORE}, after: {exists: true, content: ATTRIBUTES_AFTER}},
	];
	return {box, journalDir: path.join(box.home, '.config', 'goenv-tui'), changes, profile, attributes};
}

type Side = 'before' | 'after' | 'neither';

/** Where each of the four changes stands on the machine. */
function sides(w: World): Side[] {
	const go = w.box.go('env', 'GO111MODULE').trim();
	const gitValue = spawnSync(git, ['config', '--global', '--get', 'core.autocrlf'], {env: w.box.env, encoding: 'utf8'});
	const autocrlf = gitValue.status === 0 ? gitValue.stdout.trim() : null;
	const profile = readFileSync(w.profile, 'utf8');
	const attributes = readFileSync(w.attributes, 'utf8');
	const side = (value: unknown, before: unknown, after: unknown): Side => (value === before ? 'before' : value === after ? 'after' : 'neither');
	return [side(go, 'off', ''), side(autocrlf, 'true', null), side(profile, PROFILE_BEFORE, PROFILE_AFTER), side(attributes, ATTRIBUTES_BEFORE, ATTRIBUTES_AFTER)];
}

interface Run {
	code: number | null;
	signal: NodeJS.Signals | null;
	out: {result: unknown; events: string[]} | null;
	/** Milliseconds from spawn to the first and the last progress event. */
	firstEventMs?: number;
	lastEventMs?: number;
}

function runChild(w: World, mode: 'apply' | 'undo' | 'rollback', killAt = 0, killAfterMs?: number): Promise<Run> {
	const taskFile = path.join(w.box.home, `task-${mode}-${killAt}.json`);
	writeFileSync(taskFile, JSON.stringify({mode, journalDir: w.journalDir, changes: w.changes, killAt}));
	return new Promise((resolve) => {
		const started = Date.now();
		const proc = spawn(process.execPath, [child, taskFile], {env: w.box.env, stdio: ['ignore', 'pipe', 'inherit']});
		let stdout = '';
		let firstEventMs: number | undefined;
		let lastEventMs: number | undefined;
		proc.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString('utf8');
			if (/^event /m.test(chunk.toString('utf8'))) {
				// The clock of a random kill starts at the first step (Node's start-up varies with load).
				if (firstEventMs === undefined && killAfterMs !== undefined) setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
				firstEventMs ??= Date.now() - started;
				lastEventMs = Date.now() - started;
			}
		});
		proc.on('exit', (code, signal) => {
			const last = stdout.trim().split('\n').at(-1) ?? '';
			resolve({code, signal, out: last.startsWith('{') ? JSON.parse(last) : null, ...(firstEventMs === undefined ? {} : {firstEventMs, lastEventMs})});
		});
	});
}

interface Entry {
	id: number;
	status: string;
	action: string;
	resolution?: string;
}

function entries(w: World): Entry[] {
	try {
		return JSON.parse(readFileSync(path.join(w.journalDir, 'journal.json'), 'utf8')).entries;
	} catch {
		return [];
	}
}

/** Some of our children (go env -w, git config) outlive a killed parent by a few ms. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

interface Outcome {
	run: string;
	afterKill: string;
	pending: boolean;
	recovered: string;
}

/** Kills at the k-th step (or at a time); checks before/after, pending, and recovery. */
async function killAndRecover(mode: 'apply' | 'undo', killAt: number, options: {killAfterMs?: number; step?: string} = {}): Promise<Outcome & {completed: boolean}> {
	const {killAfterMs} = options;
	const w = world();
	try {
		if (mode === 'undo') {
			const applied = await runChild(w, 'apply');
			expect(applied.code).toBe(0);
			expect(sides(w)).toEqual(['after', 'after', 'after', 'after']);
		}
		const killed = await runChild(w, mode, killAt, killAfterMs);
		const completed = killed.code === 0;
		await settle();
		const state = sides(w);
		// Never half-written: each change is on one side or the other.
		expect(state).not.toContain('neither');
		const list = entries(w);
		const pending = list.filter((e) => e.status === 'pending');
		expect(pending.length).toBeLessThanOrEqual(1);
		if (pending.length === 0 && mode === 'apply') {
			// Killed before the entry was stored (nothing touched) or after it was settled.
			expect(state.every((s) => s === 'before') || (state.every((s) => s === 'after') && list.at(-1)?.status === 'applied')).toBe(true);
		}
		const recovery = await runChild(w, 'rollback');
		expect(recovery.code).toBe(0);
		const recovered = sides(w);
		const after = entries(w);
		expect(after.filter((e) => e.status === 'pending')).toEqual([]);
		const fix = after.find((e) => e.action === 'fix');
		if (mode === 'apply') {
			if (fix?.status === 'applied') expect(recovered).toEqual(['after', 'after', 'after', 'after']);
			else expect(recovered).toEqual(['before', 'before', 'before', 'before']);
		} else {
			const undo = after.find((e) => e.action === 'undo');
			if (undo?.status === 'applied') {
				expect(fix?.status).toBe('undone');
				expect(recovered).toEqual(['before', 'before', 'before', 'before']);
			} else {
				// The interrupted undo was rolled back: the fix stands, and can still be undone.
				expect(fix?.status).toBe('applied');
				expect(recovered).toEqual(['after', 'after', 'after', 'after']);
				expect((await runChild(w, 'undo')).code).toBe(0);
				expect(sides(w)).toEqual(['before', 'before', 'before', 'before']);
			}
		}
		const step = killAfterMs === undefined ? `#${killAt} ${options.step ?? ''}` : `@${killAfterMs} ms after the first step`;
		return {
			run: `${mode} ${step}${completed ? ' (ran to the end)' : ''}`,
			afterKill: state.join(','),
			pending: pending.length === 1,
			recovered: recovered.every((s) => s === 'before') ? 'before' : recovered.every((s) => s === 'after') ? 'after' : recovered.join(','),
			completed,
		};
	} finally {
		w.box.cleanup();
	}
}

async function inBatches<T>(count: number, run: (i: number) => Promise<T>): Promise<T[]> {
	const out: T[] = [];
	for (let i = 0; i < count; i += PARALLEL) out.push(...(await Promise.all(Array.from({length: Math.min(PARALLEL, count - i)}, (_, j) => run(i + j)))));
	return out;
}

/** The number of progress events of a full, uninterrupted run. */
async function stepsOf(mode: 'apply' | 'undo'): Promise<{steps: string[]; firstMs: number; lastMs: number}> {
	const w = world();
	try {
		if (mode === 'undo') await runChild(w, 'apply');
		const run = await runChild(w, mode);
		expect(run.code).toBe(0);
		return {steps: run.out!.events, firstMs: run.firstEventMs!, lastMs: run.lastEventMs!};
	} finally {
		w.box.cleanup();
	}
}

describe('SIGKILL at every step of apply and undo', () => {
	beforeAll(async () => {
		child = await buildChild('test/real/children/fixer.ts');
	});

	it.each(['apply', 'undo'] as const)('%s: killed at each progress step, the machine is before or after, and recovery settles it', async (mode) => {
		const {steps} = await stepsOf(mode);
		expect(steps.length).toBeGreaterThan(10);
		// Kill at the events that happen while the machine is being changed: every one but the last
		// (after the last, the entry is settled and the process only prints).
		const outcomes = await inBatches(steps.length, (i) => killAndRecover(mode, i + 1, {step: steps[i]}));
		expect(outcomes.filter((o) => o.completed)).toEqual([]);
		// The entry is settled at the second journal event, before the checks run again: a kill
		// before it leaves it pending, a kill at it or after finds it settled.
		const settledAt = steps.indexOf('journal', steps.indexOf('journal') + 1);
		expect(settledAt).toBeGreaterThan(10);
		expect(outcomes.map((o) => o.pending)).toEqual(steps.map((_, i) => i < settledAt));
		console.log(`fault injection, ${mode}: ${outcomes.length} runs (one per step)\n${outcomes.map((o) => `  ${o.run}: ${o.afterKill}; pending=${o.pending}; recovered → ${o.recovered}`).join('\n')}`);
	}, 240_000);

	it('apply and undo killed at random moments', async () => {
		const apply = await stepsOf('apply');
		const undo = await stepsOf('undo');
		// A random moment between the first step (the entry is stored) and the last, as long as
		// a lone run took; writes of the journal and of the machine both fall in that span.
		const random = seededRandom('fault injection, random kills');
		const moments = Array.from({length: RANDOM_RUNS}, () => random.next());
		const outcomes = await inBatches(RANDOM_RUNS, (i) => {
			const mode = i % 2 === 0 ? 'apply' : 'undo';
			const {firstMs, lastMs} = mode === 'apply' ? apply : undo;
			return killAndRecover(mode, 0, {killAfterMs: Math.round(moments[i]! * (lastMs - firstMs))});
		});
		const tally = new Map<string, number>();
		for (const o of outcomes) {
			const key = `${o.run.split(' ')[0]}: after the kill ${o.afterKill}, pending=${o.pending} → recovered to ${o.recovered}`;
			tally.set(key, (tally.get(key) ?? 0) + 1);
		}
		console.log(`fault injection, random kills (seed ${random.seed}): ${outcomes.length} runs\n${[...tally].map(([k, n]) => `  ${n}× ${k}`).join('\n')}`);
		// Each run was checked as it ended (killAndRecover). The kills fall between the first step
		// and the last, so they catch fixes and undos half way: pending entries that the recovery
		// settled. Not one would mean the kills never landed where they are aimed.
		expect(outcomes.filter((o) => o.pending).length, `seed ${random.seed}`).toBeGreaterThan(0);
	}, 300_000);
});
