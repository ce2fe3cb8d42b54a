import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Change} from '../../source/model/fix.js';
import {buildChild} from '../helpers/child.js';
import type {FaultTask} from './children/journal-fault.js';
import {BIN, createSandbox, goBinary, type Sandbox} from '../helpers/sandbox.js';

/**
 * The fault suite: the journal and the fixes under attack, each attack a real process and a
 * real file system. A process stopped (SIGSTOP) inside the journal lock, with the lock kept or
 * taken from it; one stopped between the steps of its fix while another rolls its entry back; the same fix started six times at once; an undo forced after the profile was
 * edited by hand; a kill at every step of a profile fix, then recovery, byte for byte; every
 * corrupt state of the journal file; a journal folder that cannot be written and a journal
 * that cannot be read (as an unprivileged user); a disk that fills up in the middle of a fix
 * (a small tmpfs); a `go` that is a wrapper whose children hang. It counts the faults it
 * injects and prints the count.
 */

const POSIX = process.platform !== 'win32';
let child: string;
const injected = new Map<string, number>();
const inject = (what: string, n = 1) => injected.set(what, (injected.get(what) ?? 0) + n);

beforeAll(async () => {
	child = await buildChild('test/real/children/journal-fault.ts');
});

afterAll(() => {
	const total = [...injected.values()].reduce((a, b) => a + b, 0);
	console.log(`fault suite: ${total} injections\n${[...injected].map(([what, n]) => `  ${n}× ${what}`).join('\n')}`);
});

interface World {
	box: Sandbox;
	dir: string;
	cleanup(): void;
}

function world(): World {
	const box = createSandbox();
	const dir = path.join(box.home, '.config', 'goenv-tui');
	return {box, dir, cleanup: () => box.cleanup()};
}

interface Run {
	code: number | null;
	signal: NodeJS.Signals | null;
	out: {result: Record<string, unknown> & {status?: string}; events: string[]; lockWaits: number} | null;
	stdout: string;
	stderr: string;
	pid: number;
}

/** A task for the child, which is given its journal folder by `start`. */
type Task = Omit<FaultTask, 'journalDir'>;

let tasks = 0;
/** Starts the fault child; `started` resolves with its pid, `done` when it ends. */
function start(w: World, task: Task, env: Record<string, string> = w.box.env): {pid: number; done: Promise<Run>} {
	const file = path.join(w.box.home, `task-${++tasks}.json`);
	writeFileSync(file, JSON.stringify({journalDir: w.dir, ...task}));
	const proc = spawn(process.execPath, [child, file], {env, stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
	proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	const done = new Promise<Run>((resolve) =>
		proc.on('close', (code, signal) => {
			const last = stdout.trim().split('\n').at(-1) ?? '';
			resolve({code, signal, out: last.startsWith('{') ? JSON.parse(last) : null, stdout, stderr, pid: proc.pid!});
		}),
	);
	return {pid: proc.pid!, done};
}

const run = (w: World, task: Task) => start(w, task).done;

/** The process's state letter in /proc (T: stopped). */
function procState(pid: number): string {
	try {
		return /^\d+ \([^)]*\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1] ?? '?';
	} catch {
		return 'gone';
	}
}

async function until(what: string, test: () => boolean, timeoutMs = 30_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!test()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function journalOf(w: World): {entries: Array<{id: number; status: string; action: string}>; nextId: number; generation: number} {
	return JSON.parse(readFileSync(path.join(w.dir, 'journal.json'), 'utf8'));
}

/** A change that adds a line to a profile (into goenv-tui's managed block). */
const addLine = (file: string, line: string): Change => ({kind: 'profile-line', file, before: {line: null}, after: {line}});

describe.skipIf(!POSIX)('the journal under a process stopped inside its lock', () => {
	it('a second fix waits for the stopped one (saying so), and both are journaled once it resumes', async () => {
		const w = world();
		try {
			const [p1, p2] = ['one.sh', 'two.sh'].map((name) => path.join(w.box.home, name));
			writeFileSync(p1!, 'echo one\n');
			writeFileSync(p2!, 'echo two\n');
			// Write 2 is the pending entry: the claim is already taken.
			const a = start(w, {mode: 'apply', changes: [addLine(p1!, 'export A=1')], stopAtWrite: 2});
			await until('the first fix to stop inside the lock', () => procState(a.pid) === 'T');
			inject('SIGSTOP inside the journal lock');
			const b = start(w, {mode: 'apply', changes: [addLine(p2!, 'export B=2')], lockWaitMs: 60_000, claimWaitMs: 60_000});
			await sleep(800);
			expect(procState(b.pid), 'the second fix does not take the lock of a stopped, live process').not.toBe('gone');
			process.kill(a.pid, 'SIGCONT');
			const [first, second] = await Promise.all([a.done, b.done]);
			expect(first.out?.result.status, first.stderr).toBe('applied');
			expect(second.out?.result.status, second.stderr).toBe('applied');
			// It waited visibly: for the lock, then for the claim ("waiting for another goenv-tui").
			expect(second.out!.lockWaits + second.out!.events.filter((e) => e === 'waiting').length).toBeGreaterThan(0);
			expect(journalOf(w).entries.map((e) => e.status)).toEqual(['applied', 'applied']);
			expect(readFileSync(p1!, 'utf8')).toContain('export A=1');
			expect(readFileSync(p2!, 'utf8')).toContain('export B=2');
		} finally {
			w.cleanup();
		}
	}, 120_000);

	it('one whose lock was taken while it was stopped writes nothing more: no entry lost, no change unrecorded', async () => {
		const w = world();
		try {
			const [p1, p2] = ['one.sh', 'two.sh'].map((name) => path.join(w.box.home, name));
			writeFileSync(p1!, 'echo one\n');
			writeFileSync(p2!, 'echo two\n');
			// Write 1 is the claim.
			const a = start(w, {mode: 'apply', changes: [addLine(p1!, 'export A=1')], stopAtWrite: 1});
			await until('the first fix to stop inside the lock', () => procState(a.pid) === 'T');
			// Its lock is judged stale and removed (a shared home on another host would).
			rmSync(path.join(w.dir, 'journal.json.lock'), {recursive: true, force: true});
			inject('SIGSTOP inside the lock, lock taken meanwhile');
			const second = await run(w, {mode: 'apply', changes: [addLine(p2!, 'export B=2')]});
			expect(second.out?.result.status, second.stderr).toBe('applied');
			process.kill(a.pid, 'SIGCONT');
			const first = await a.done;
			expect(first.out?.result.status, first.stdout).toBe('refused');
			expect(JSON.stringify(first.out?.result)).toMatch(/lock was taken from this process/);
			expect(journalOf(w).entries.map((e) => [e.id, e.status])).toEqual([[1, 'applied']]);
			expect(readFileSync(p1!, 'utf8')).toBe('echo one\n');
			expect(readFileSync(p2!, 'utf8')).toContain('export B=2');
		} finally {
			w.cleanup();
		}
	}, 120_000);

	it('one stopped in the middle of its fix keeps its claim; a second waits (bounded) and is refused, saying for whom', async () => {
		const w = world();
		try {
			const [p1, p2] = ['one.sh', 'two.sh'].map((name) => path.join(w.box.home, name));
			writeFileSync(p1!, 'echo one\n');
			writeFileSync(p2!, 'echo two\n');
			// Write 3: the first record of a change, before the profile is written.
			const a = start(w, {mode: 'apply', changes: [addLine(p1!, 'export A=1')], stopAtWrite: 3});
			await until('the first fix to stop inside the lock', () => procState(a.pid) === 'T');
			rmSync(path.join(w.dir, 'journal.json.lock'), {recursive: true, force: true});
			inject('SIGSTOP in the middle of a fix');
			const second = await run(w, {mode: 'apply', changes: [addLine(p2!, 'export B=2')], claimWaitMs: 1500});
			expect(second.out?.result).toMatchObject({status: 'refused', refusal: {reason: 'busy'}});
			expect(second.out!.events).toContain('waiting');
			expect(readFileSync(p2!, 'utf8')).toBe('echo two\n');
			process.kill(a.pid, 'SIGCONT');
			const first = await a.done;
			// It lost its lock while stopped: it stops where it is, before writing the profile.
			expect(first.out?.result.status, first.stdout).toBe('aborted');
			expect(readFileSync(p1!, 'utf8')).toBe('echo one\n');
			// Its entry is left pending for the next start, which finds nothing to take back.
			expect(journalOf(w).entries.map((e) => e.status)).toEqual(['pending']);
			const recovered = await run(w, {mode: 'rollback'});
			expect(recovered.out?.result).toEqual([expect.objectContaining({status: 'rolled-back'})]);
			expect(readFileSync(p1!, 'utf8')).toBe('echo one\n');
		} finally {
			w.cleanup();
		}
	}, 120_000);
});

describe.skipIf(!POSIX)('a rollback of an entry whose owner is stopped (Ctrl+Z) long enough to count as gone', () => {
	// Stopped before it writes the profile, and after: either way, once its entry was rolled
	// back by another process, the resumed fix writes nothing more and the entry never becomes
	// applied; the profile is the one the rollback left.
	it.each(['change:start', 'change:written'])('stopped at %s: the rolled-back entry stays rolled back, the profile stays as it was', async (stopAtEvent) => {
		const w = world();
		try {
			const profile = path.join(w.box.home, '.profile');
			const original = 'export EDITOR=vim\n';
			writeFileSync(profile, original);
			const a = start(w, {mode: 'apply', changes: [addLine(profile, 'export A=1')], stopAtEvent});
			await until(`the fix to stop at ${stopAtEvent}`, () => procState(a.pid) === 'T');
			inject('SIGSTOP between the steps of a fix, then a rollback by another process');
			// Its owner has been silent longer than this second process tolerates: the entry is
			// an interrupted one to it, and it takes it back.
			await sleep(400);
			const recovered = await run(w, {mode: 'rollback', ownerSilentMs: 200});
			expect(recovered.out?.result, recovered.stderr).toEqual([expect.objectContaining({status: 'rolled-back'})]);
			expect(readFileSync(profile, 'utf8')).toBe(original);
			const settled = journalOf(w).entries.map((e) => [e.id, e.status]);
			expect(settled).toEqual([[1, 'failed']]);
			process.kill(a.pid, 'SIGCONT');
			const first = await a.done;
			expect(first.out?.result.status, first.stdout + first.stderr).toBe('aborted');
			expect(JSON.stringify(first.out?.result)).toMatch(/took over the journal while this one was stopped, and has finished since/);
			// The journal did not go back in time, and the machine is what it says.
			expect(journalOf(w).entries.map((e) => [e.id, e.status])).toEqual(settled);
			expect(readFileSync(profile, 'utf8')).toBe(original);
		} finally {
			w.cleanup();
		}
	}, 120_000);
});

describe('the same fix started six times at once', () => {
	it('is applied once: one entry, one line; the others find it done', async () => {
		const w = world();
		try {
			const profile = path.join(w.box.home, '.profile');
			const before = 'export PATH="$HOME/bin:$PATH"\n';
			writeFileSync(profile, before);
			const change = addLine(profile, 'export PATH="$PATH:$HOME/go/bin"');
			const runs = await Promise.all(Array.from({length: 6}, () => run(w, {mode: 'apply', changes: [change], claimWaitMs: 60_000})));
			inject('concurrent processes applying the same fix', 6);
			const statuses = runs.map((r) => r.out?.result.status);
			expect(statuses.filter((s) => s === 'applied'), JSON.stringify(runs.map((r) => r.out?.result))).toHaveLength(1);
			expect(runs.filter((r) => r.out?.result.status === 'refused').map((r) => (r.out!.result as {refusal: {reason: string}}).refusal.reason)).toEqual(Array(5).fill('nothing'));
			const text = readFileSync(profile, 'utf8');
			expect(text.split('\n').filter((l) => l === 'export PATH="$PATH:$HOME/go/bin"')).toHaveLength(1);
			expect(journalOf(w).entries).toHaveLength(1);
		} finally {
			w.cleanup();
		}
	}, 120_000);
});

describe('undo --force after the profile was edited by hand', () => {
	it.each([
		['the line deleted', (text: string) => text.replace('export GOFLAGS=-mod=mod\n', '')],
		['the line edited', (text: string) => text.replace('export GOFLAGS=-mod=mod', 'export GOFLAGS=-mod=vendor')],
	])('%s: the undo changes nothing it did not write', async (_name, edit) => {
		const w = world();
		try {
			const profile = path.join(w.box.home, '.profile');
			writeFileSync(profile, '# mine\nexport EDITOR=vim\n');
			const applied = await run(w, {mode: 'apply', changes: [addLine(profile, 'export GOFLAGS=-mod=mod')]});
			expect(applied.out?.result.status).toBe('applied');
			const edited = edit(readFileSync(profile, 'utf8')).replace('export EDITOR=vim', 'export EDITOR=nano');
			writeFileSync(profile, edited);
			inject('hand edit, then undo --force');
			const undone = await run(w, {mode: 'undo', force: true});
			expect(['failed', 'undone']).toContain(undone.out?.result.status);
			// Whatever the undo could or could not do, it never writes a line it did not take out.
			const after = readFileSync(profile, 'utf8');
			if (undone.out?.result.status === 'failed') expect(after).toBe(edited);
			else expect(after).not.toContain('GOFLAGS=-mod=mod');
			expect(after).toContain('export EDITOR=nano');
		} finally {
			w.cleanup();
		}
	}, 60_000);
});

describe('crash recovery of a profile fix, byte for byte', () => {
	it('killed at every step of the fix and of its undo, recovery leaves the file as it was, to the byte', async () => {
		// No newline at the end and no blank last line: the fix adds both, with its managed block.
		const original = '# set by hand\r\nexport EDITOR=vim';
		const change = (profile: string) => addLine(profile, 'export GOPRIVATE=example.com/private');
		const full = world();
		let steps: string[];
		let undoSteps: string[];
		let fixed: string;
		try {
			const profile = path.join(full.box.home, '.profile');
			writeFileSync(profile, original);
			const applied = await run(full, {mode: 'apply', changes: [change(profile)]});
			steps = applied.out!.events;
			fixed = readFileSync(profile, 'utf8');
			const undone = await run(full, {mode: 'undo'});
			expect(readFileSync(profile, 'utf8')).toBe(original);
			undoSteps = undone.out!.events;
		} finally {
			full.cleanup();
		}
		expect(steps.length).toBeGreaterThan(3);
		const outcomes: string[] = [];
		for (const [mode, count] of [
			['apply', steps.length],
			['undo', undoSteps.length],
		] as const) {
			for (let killAt = 1; killAt <= count; killAt++) {
				const w = world();
				try {
					const profile = path.join(w.box.home, '.profile');
					writeFileSync(profile, original);
					if (mode === 'undo') expect((await run(w, {mode: 'apply', changes: [change(profile)]})).out?.result.status).toBe('applied');
					const killed = await run(w, {mode, ...(mode === 'apply' ? {changes: [change(profile)]} : {}), killAt});
					inject('SIGKILL at a step of a profile fix or undo');
					expect(killed.signal).toBe('SIGKILL');
					const now = readFileSync(profile, 'utf8');
					expect([original, fixed]).toContain(now);
					await run(w, {mode: 'rollback'});
					const recovered = readFileSync(profile, 'utf8');
					const statuses = journalOf(w).entries.map((e) => e.status);
					expect(statuses).not.toContain('pending');
					// The fix (or the undo) either stands, settled, or is taken back: exactly one of the two files.
					const fixStands = mode === 'apply' ? statuses[0] === 'applied' : statuses[0] === 'applied' && statuses[1] !== 'applied';
					expect(recovered).toBe(fixStands ? fixed : original);
					outcomes.push(`${mode} #${killAt}: ${fixStands ? 'fix stands' : 'as before'}`);
				} finally {
					w.cleanup();
				}
			}
		}
		console.log(`profile byte-exactness: ${outcomes.join('; ')}`);
	}, 300_000);
});

/** A journal entry as an older goenv-tui (schema 1) wrote it, valid as far as the file goes. */
function entry(id: number, extra: Record<string, unknown> = {}) {
	return {
		id,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		action: 'fix',
		findingId: 'go111module',
		fixId: 'unset',
		title: 'Remove GO111MODULE',
		status: 'applied',
		reversible: true,
		needsAdmin: false,
		changes: [{change: {kind: 'go-env', key: 'GO111MODULE', file: '/x/env', before: {set: true, value: 'off'}, after: {set: false}}, state: 'applied', admin: false}],
		pid: 1,
		host: 'elsewhere',
		...extra,
	};
}

const CORRUPT: Array<[string, (dir: string) => void]> = [
	['not JSON', (dir) => writeFileSync(path.join(dir, 'journal.json'), '{"schemaVersion": 1, "nextId": ')],
	['a JSON array', (dir) => writeFileSync(path.join(dir, 'journal.json'), '[1, 2, 3]')],
	['an entry with a change of no known kind', (dir) => writeFileSync(path.join(dir, 'journal.json'), JSON.stringify({schemaVersion: 1, nextId: 2, entries: [entry(1, {changes: [{change: {kind: 'bogus'}, state: 'applied', admin: false}]})]}))],
	['an entry without a title and with a status of its own', (dir) => writeFileSync(path.join(dir, 'journal.json'), JSON.stringify({schemaVersion: 1, nextId: 2, entries: [entry(1, {title: 7, status: 'exploded'})]}))],
	['a change whose fields are of the wrong types', (dir) => writeFileSync(path.join(dir, 'journal.json'), JSON.stringify({schemaVersion: 1, nextId: 2, entries: [entry(1, {changes: [{change: {kind: 'profile-line', file: 3, before: {}, after: {}}, state: 'applied', admin: false}]})]}))],
	['a tampered nextId (behind the entries)', (dir) => writeFileSync(path.join(dir, 'journal.json'), JSON.stringify({schemaVersion: 1, nextId: 1, entries: [entry(1), entry(2)]}))],
	['two entries with one number', (dir) => writeFileSync(path.join(dir, 'journal.json'), JSON.stringify({schemaVersion: 1, nextId: 9, entries: [entry(3), entry(3)]}))],
	['the journal path is a folder', (dir) => mkdirSync(path.join(dir, 'journal.json'))],
];

describe('every corrupt state of the journal file', () => {
	it.each(CORRUPT)('%s: a clear message, the file moved aside byte for byte, never overwritten, and new entries numbered after the old', (_name, plant) => {
		const w = world();
		try {
			mkdirSync(w.dir, {recursive: true});
			plant(w.dir);
			const planted = path.join(w.dir, 'journal.json');
			const bytes = statSync(planted).isDirectory() ? null : readFileSync(planted);
			inject('corrupt journal state');
			const listed = spawnSync(process.execPath, [BIN, 'journal', '--json'], {env: w.box.env, encoding: 'utf8', timeout: 60_000});
			expect(listed.status, listed.stderr).toBe(0);
			expect(listed.stderr).not.toMatch(/\n\s+at /);
			const listing = JSON.parse(listed.stdout) as {notices: Array<{kind: string; moved_to: string; reason: string}>};
			expect(listing.notices).toEqual([expect.objectContaining({kind: 'corrupt'})]);
			const moved = listing.notices[0]!.moved_to;
			expect(listing.notices[0]!.reason.length).toBeGreaterThan(5);
			if (bytes) expect(readFileSync(moved).equals(bytes)).toBe(true);
			else expect(statSync(moved).isDirectory()).toBe(true);
			// The same text for a person, and an undo that says there is nothing to undo.
			const text = spawnSync(process.execPath, [BIN, 'journal'], {env: w.box.env, encoding: 'utf8', timeout: 60_000});
			expect(text.status).toBe(0);
			expect(text.stdout).toContain(moved);
			const undo = spawnSync(process.execPath, [BIN, 'undo', '--yes'], {env: w.box.env, encoding: 'utf8', timeout: 60_000});
			expect(undo.status).toBe(1);
			expect(undo.stderr).not.toMatch(/\n\s+at /);
			const fresh = journalOf(w);
			expect(fresh.entries).toEqual([]);
			const oldIds = bytes ? [...bytes.toString('utf8').matchAll(/"id":\s*(\d+)/g)].map((m) => Number(m[1])) : [];
			expect(fresh.nextId).toBeGreaterThan(Math.max(0, ...oldIds));
		} finally {
			w.cleanup();
		}
	}, 60_000);

	it('a lock path that is a plain file is moved aside like a stale lock, and the journal works', async () => {
		const w = world();
		try {
			mkdirSync(w.dir, {recursive: true});
			writeFileSync(path.join(w.dir, 'journal.json.lock'), 'not a lock');
			inject('lock path is a plain file');
			const profile = path.join(w.box.home, '.profile');
			writeFileSync(profile, 'echo hi\n');
			const applied = await run(w, {mode: 'apply', changes: [addLine(profile, 'export X=1')], lockWaitMs: 5000});
			expect(applied.out?.result.status, applied.stderr).toBe('applied');
			const aside = readdirSync(w.dir).find((name) => name.startsWith('journal.json.lock.stale-'));
			expect(aside).toBeDefined();
			expect(readFileSync(path.join(w.dir, aside!), 'utf8')).toBe('not a lock');
		} finally {
			w.cleanup();
		}
	}, 60_000);

	it('a journal from a newer goenv-tui is shown and never written', () => {
		const w = world();
		try {
			mkdirSync(w.dir, {recursive: true});
			const newer = JSON.stringify({schemaVersion: 99, generation: 4, nextId: 3, entries: [], notices: [], future: true});
			writeFileSync(path.join(w.dir, 'journal.json'), newer);
			inject('journal from a newer version');
			const undo = spawnSync(process.execPath, [BIN, 'undo', '--yes'], {env: w.box.env, encoding: 'utf8', timeout: 60_000});
			expect(undo.stderr).not.toMatch(/\n\s+at /);
			const listed = spawnSync(process.execPath, [BIN, 'journal', '--json'], {env: w.box.env, encoding: 'utf8', timeout: 60_000});
			expect(JSON.parse(listed.stdout).notices).toEqual([expect.objectContaining({kind: 'newer', schema_version: 99})]);
			expect(readFileSync(path.join(w.dir, 'journal.json'), 'utf8')).toBe(newer);
		} finally {
			w.cleanup();
		}
	}, 60_000);
});

/**
 * Runs the built program as a user without privileges (root reads every file whatever its
 * mode): `nobody` through setpriv when the tests run as root, the current user otherwise.
 */
function unprivileged(args: string[], env: Record<string, string>) {
	const root = process.getuid?.() === 0;
	const argv = root ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
	return spawnSync(argv[0]!, argv.slice(1), {env, encoding: 'utf8', timeout: 60_000, cwd: os.tmpdir()});
}

/** A sandbox an unprivileged user can walk into: the home and its config folder are theirs. */
function sharedWorld(): World {
	const w = world();
	chmodSync(w.box.home, 0o755);
	mkdirSync(w.dir, {recursive: true});
	if (process.getuid?.() === 0) {
		for (const dir of [path.join(w.box.home, '.config'), w.dir]) chownSync(dir, 65534, 65534);
	}
	return w;
}

const applied = JSON.stringify({schemaVersion: 1, nextId: 2, entries: [entry(1, {host: os.hostname()})]});

describe.skipIf(!POSIX)('a journal that cannot be read, a folder that cannot be written', () => {
	it('mode 000: moved aside (the folder is writable), with a notice; nothing crashes', () => {
		const w = sharedWorld();
		try {
			const file = path.join(w.dir, 'journal.json');
			writeFileSync(file, applied);
			chmodSync(file, 0o000);
			inject('journal with mode 000');
			const listed = unprivileged(['journal', '--json'], w.box.env);
			expect(listed.status, listed.stderr).toBe(0);
			expect(listed.stderr).not.toMatch(/\n\s+at /);
			const notice = JSON.parse(listed.stdout).notices[0];
			expect(notice).toMatchObject({kind: 'corrupt', reason: 'it cannot be read (EACCES)'});
			expect(readFileSync(notice.moved_to, 'utf8')).toBe(applied);
		} finally {
			w.cleanup();
		}
	}, 60_000);

	it('a read-only config folder: the journal is read and listed, an undo is refused clearly, nothing is written', () => {
		const w = sharedWorld();
		try {
			const file = path.join(w.dir, 'journal.json');
			writeFileSync(file, applied);
			chmodSync(file, 0o644);
			chmodSync(w.dir, 0o555);
			inject('read-only config folder');
			const listed = unprivileged(['journal', '--json'], w.box.env);
			expect(listed.status, listed.stderr).toBe(0);
			const listing = JSON.parse(listed.stdout);
			expect(listing.entries.map((e: {id: number}) => e.id)).toEqual([1]);
			expect(listing.notices).toEqual([expect.objectContaining({kind: 'unwritable'})]);
			const undo = unprivileged(['undo', '1', '--yes'], w.box.env);
			expect(undo.status).toBe(1);
			expect(undo.stderr + undo.stdout).toMatch(/cannot be written \(EACCES\)/);
			expect(undo.stderr).not.toMatch(/\n\s+at /);
			expect(readFileSync(file, 'utf8')).toBe(applied);
			expect(readdirSync(w.dir)).toEqual(['journal.json']);
		} finally {
			chmodSync(w.dir, 0o755);
			w.cleanup();
		}
	}, 60_000);
});

/** A small tmpfs, when this machine lets us make one (root on Linux). */
function mountTmpfs(dir: string, size: string): boolean {
	if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
	mkdirSync(dir, {recursive: true});
	return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0;
}

const CAN_MOUNT = (() => {
	const probe = path.join(os.tmpdir(), `goenv-tui-mount-probe-${process.pid}`);
	const ok = mountTmpfs(probe, '64k');
	if (ok) spawnSync('umount', [probe]);
	rmSync(probe, {recursive: true, force: true});
	return ok;
})();

describe.skipIf(!CAN_MOUNT)('a disk that fills up in the middle of a fix (a small tmpfs under the journal)', () => {
	it('at every level of free space: no crash, the profile before or after to the byte, the journal never half written, recovery once there is room', async () => {
		const levels: string[] = [];
		// Free space left for the journal and the backup, in 4 kB pages (tmpfs counts pages).
		for (const freePages of [0, 1, 2, 3, 4, 6]) {
			const w = world();
			let mounted = false;
			try {
				mounted = mountTmpfs(w.dir, '256k');
				expect(mounted).toBe(true);
				const profile = path.join(w.box.home, '.profile');
				const original = `${'# a long profile\n'.repeat(400)}export EDITOR=vim\n`;
				writeFileSync(profile, original);
				const filler = path.join(w.dir, 'filler');
				writeFileSync(filler, Buffer.alloc(256 * 1024 - freePages * 4096));
				inject('disk full (tmpfs) during a fix');
				const change = addLine(profile, 'export GOFLAGS=-mod=mod');
				const result = await run(w, {mode: 'apply', changes: [change]});
				expect(result.code, result.stderr).toBe(0);
				expect(result.stderr).not.toMatch(/\n\s+at /);
				const status = result.out?.result.status;
				const now = readFileSync(profile, 'utf8');
				expect(now === original || now.includes('export GOFLAGS=-mod=mod')).toBe(true);
				expect(readdirSync(w.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
				const journalFile = path.join(w.dir, 'journal.json');
				const entries = existsSync(journalFile) ? journalOf(w).entries : [];
				if (now !== original) expect(entries.map((e) => e.status).some((s) => s === 'applied' || s === 'pending'), status).toBe(true);
				// Room again: whatever was left pending settles, and the profile is back to the byte.
				rmSync(filler);
				if (entries.some((e) => e.status === 'pending')) {
					await run(w, {mode: 'rollback'});
					expect(readFileSync(profile, 'utf8')).toBe(original);
				}
				levels.push(`${freePages * 4} kB free: ${status}${now === original ? ', profile as before' : ', profile fixed'}, journal ${entries.map((e) => e.status).join(',') || 'empty'}`);
			} finally {
				if (mounted) spawnSync('umount', ['-l', w.dir]);
				w.cleanup();
			}
		}
		console.log(`disk full: ${levels.join('; ')}`);
	}, 300_000);
});

describe.skipIf(!POSIX)('a go that is a wrapper whose children hang', () => {
	it('SIGTERM ends the whole tree at once, and no temporary folder is left; a killed run\'s folders are swept', async () => {
		const box = createSandbox();
		try {
			const tmp = path.join(box.home, 'tmp');
			mkdirSync(tmp);
			const bin = path.join(box.home, 'bin');
			mkdirSync(bin);
			const pids = path.join(box.home, 'pids');
			// go version / go env: a grandchild that sleeps, then the wrapper hangs too.
			writeFileSync(path.join(bin, 'go'), `#!/bin/sh\nsleep 600 &\necho $! >> "${pids}"\necho $$ >> "${pids}"\nwait\n`);
			chmodSync(path.join(bin, 'go'), 0o755);
			const env = {...box.env, TMPDIR: tmp, PATH: `${bin}${path.delimiter}${box.env.PATH}`};
			const proc = spawn(process.execPath, [BIN, 'check', '--offline', '--json'], {env, stdio: ['ignore', 'pipe', 'pipe']});
			const exited = new Promise<number | null>((resolve) => proc.on('close', resolve));
			await until('the wrapper to start its hanging child', () => existsSync(pids) && readFileSync(pids, 'utf8').trim().split('\n').length >= 2);
			inject('hanging go wrapper, then SIGTERM');
			proc.kill('SIGTERM');
			expect(await exited).toBe(143);
			const started = readFileSync(pids, 'utf8').trim().split('\n').map(Number);
			await until('every process the wrapper started to end', () => started.every((pid) => ['gone', 'Z'].includes(procState(pid))), 10_000);
			expect(readdirSync(tmp).filter((name) => name.startsWith('goenv-tui-'))).toEqual([]);

			// A run killed outright leaves its folder; the next run that makes one sweeps it.
			const stale = path.join(tmp, 'goenv-tui-2147483600-smoke-left');
			mkdirSync(stale);
			const old = (Date.now() - 5 * 60_000) / 1000;
			execFileSync('touch', ['-d', `@${Math.floor(old)}`, stale]);
			inject('temp folder left by a killed run');
			const sweep = spawnSync(process.execPath, [BIN, 'check', '--offline', '--json', '--only', 'smoke-build'], {env: {...box.env, TMPDIR: tmp, PATH: `${path.dirname(goBinary())}${path.delimiter}${box.env.PATH}`}, encoding: 'utf8', timeout: 120_000});
			expect(sweep.status, sweep.stderr).toBe(0);
			expect(readdirSync(tmp).filter((name) => name.startsWith('goenv-tui-'))).toEqual([]);
		} finally {
			box.cleanup();
		}
	}, 120_000);
});
