import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {applyFix, listJournal, previewFix, recoverEntry} from '../../source/fixes/index.js';
import {createTranslator} from '../../source/i18n/index.js';
import {Journal, JournalNewerError} from '../../source/journal/journal.js';
import type {Change} from '../../source/model/fix.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import {USER_ENVIRONMENT_KEY} from '../../source/system/registry.js';
import type {ProgressEvent} from '../../source/fixes/types.js';
import {findingWith, fixWorld, outcomeOf} from '../helpers/fixes.js';
import {leaveEntry} from '../helpers/journal.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const windows = () =>
	createFakeSystem({platform: 'win32', registry: {[USER_ENVIRONMENT_KEY]: [{name: 'GOROOT', type: 'REG_SZ', data: 'C:\\Go'}]}});
const unsetGoroot: Change = {kind: 'registry-env', scope: 'user', name: 'GOROOT', before: {raw: 'C:\\Go', type: 'REG_SZ'}, after: null};

describe('the journal file', () => {
	it('moves a file that is JSON but not a journal aside, and keeps its bytes', async () => {
		const world = fixWorld(windows());
		cleanup = world.cleanup;
		writeFileSync(world.journal.path, '[1, 2, 3]');
		const {data} = await world.journal.read();
		expect(data.entries).toEqual([]);
		expect(data.notices[0]).toMatchObject({kind: 'corrupt', reason: {key: 'journal.invalid.notObject'}});
		const moved = readdirSync(world.dir).find((name) => name.startsWith('journal.corrupt-'))!;
		expect(readFileSync(path.join(world.dir, moved), 'utf8')).toBe('[1, 2, 3]');
		expect(world.journal.notices()).toHaveLength(1);
		// The next process is told too: the new journal remembers it.
		expect((await listJournal({...world.services, journal: new Journal({dir: world.dir})})).notices).toEqual([expect.objectContaining({kind: 'corrupt', reason: 'it is not a JSON object'})]);
	});

	it('never rewrites a journal from a newer goenv-tui, and refuses to apply a fix', async () => {
		const world = fixWorld(windows());
		cleanup = world.cleanup;
		const newer = JSON.stringify({schemaVersion: 99, nextId: 5, entries: [], notices: [], somethingNew: true});
		writeFileSync(world.journal.path, newer);
		await expect(world.journal.claim()).rejects.toBeInstanceOf(JournalNewerError);
		const outcome = await applyFix(world.services, await previewFix(world.services, findingWith([unsetGoroot])));
		expect(outcome).toMatchObject({status: 'refused', refusal: {reason: 'journal'}});
		expect(readFileSync(world.journal.path, 'utf8')).toBe(newer);
		expect((await listJournal(world.services)).notices).toEqual([{kind: 'newer', schemaVersion: 99}]);
	});

	it('many entries at once from one process, through two journal objects, keep every entry: the claim is one at a time', async () => {
		const world = fixWorld(windows());
		cleanup = world.cleanup;
		const other = new Journal({dir: world.dir});
		await Promise.all(
			Array.from({length: 30}, (_, i) =>
				leaveEntry(i % 2 ? other : world.journal, {action: 'fix', findingId: 'x', fixId: String(i), title: {text: 't'}, reversible: true, needsAdmin: false, changes: []}, 'applied'),
			),
		);
		const {data} = await world.journal.read();
		expect(data.entries.map((e) => e.id).sort((a, b) => a - b)).toEqual(Array.from({length: 30}, (_, i) => i + 1));
	});
});

describe('secrets and the journal', () => {
	it('keeps no secret from the message of a step that failed, nor from a reading that failed', async () => {
		const password = 'proxy-pass-planted';
		const proxy = `https://jane:${password}@proxy.example.com`;
		const sys = createFakeSystem({platform: 'win32', registry: {[USER_ENVIRONMENT_KEY]: [{name: 'GOPROXY', type: 'REG_SZ', data: 'direct'}]}});
		// A registry port whose failure echoes the value it was given.
		sys.registry!.setValue = async (_key, name, _type, data) => {
			throw new Error(`reg add /v ${name} /d ${data} failed: Access is denied.`);
		};
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const change: Change = {kind: 'registry-env', scope: 'user', name: 'GOPROXY', before: {raw: 'direct', type: 'REG_SZ'}, after: {raw: proxy, type: 'REG_SZ'}};
		const outcome = await applyFix(world.services, await previewFix(world.services, findingWith([change])));
		expect(outcomeOf(outcome, 'failed').error).toContain('Access is denied');
		expect(outcomeOf(outcome, 'failed').error).not.toContain(password);
		expect(readFileSync(world.journal.path, 'utf8')).not.toContain(password);

		sys.registry!.readKey = async () => {
			throw new Error(`reg export failed while ${proxy} was being read`);
		};
		const recheck = await applyFix(world.services, await previewFix(world.services, findingWith([change])));
		expect(outcomeOf(recheck, 'refused').refusal.conflicts?.[0]?.now).toContain('reg export failed');
		expect(JSON.stringify(recheck)).not.toContain(password);
	});
});

describe('pending entries left by a crash', () => {
	/** A pending entry made by a process that is gone, with the change already on the machine. */
	async function crashed(options: {heartbeatAgeMs?: number; alive?: boolean; rerun?: (ids: string[]) => Promise<never[]>} = {}) {
		const sys = windows();
		// The dead process's clock is behind by the heartbeat's age: its claim was last refreshed then.
		const ago = options.heartbeatAgeMs ?? 0;
		const dead = fixWorld(sys, {pid: 4242, host: 'here', now: () => new Date(Date.now() - ago)});
		await leaveEntry(dead.journal, {
			action: 'fix',
			findingId: 'goroot',
			fixId: 'unset',
			title: {text: 'Remove GOROOT'},
			reversible: true,
			needsAdmin: false,
			changes: [{change: unsetGoroot, state: 'planned', admin: false}],
		});
		await sys.registry!.deleteValue(USER_ENVIRONMENT_KEY, 'GOROOT');
		const next = fixWorld(sys, {dir: dead.dir, pid: 1, host: 'here', isAlive: (pid) => pid === 1 || (options.alive === true && pid === 4242), ...(options.rerun ? {rerun: options.rerun} : {})});
		cleanup = dead.cleanup;
		return {sys, next};
	}

	it('are reported with where each change stands, and rolled back', async () => {
		const {sys, next} = await crashed();
		const listing = await listJournal(next.services);
		expect(listing.pending).toHaveLength(1);
		expect(listing.pending[0]!.states).toEqual([{index: 0, label: 'HKCU\\Environment  GOROOT', state: 'after', now: '(not set)'}]);
		expect(listing.busy).toBeUndefined();
		expect(await recoverEntry(next.services, 1, 'rollback')).toMatchObject({status: 'rolled-back'});
		expect(await sys.registry!.readKey(USER_ENVIRONMENT_KEY)).toEqual([{name: 'GOROOT', type: 'REG_SZ', data: 'C:\\Go'}]);
		const after = await listJournal(next.services);
		expect(after.pending).toEqual([]);
		expect(after.entries[0]).toMatchObject({status: 'failed', resolution: 'rolled-back'});
		expect(sys.broadcasts).toBe(1);
	});

	it('once settled, ask the finding again (the checklist showed the machine as the crash left it)', async () => {
		for (const action of ['rollback', 'mark-resolved'] as const) {
			const asked: string[][] = [];
			const {next} = await crashed({rerun: async (ids) => (asked.push(ids), [])});
			expect(await recoverEntry(next.services, 1, action)).toMatchObject({status: action === 'rollback' ? 'rolled-back' : 'resolved'});
			expect(asked).toEqual([['goroot']]);
			cleanup?.();
		}
	});

	it('listed alone (journal --rollback / --resolve), the pending entry is not called "no fixes applied yet"', async () => {
		const {journalText} = await import('../../source/report/fix-text.js');
		const {next} = await crashed();
		const listing = await listJournal(next.services);
		const text = journalText(createTranslator('en'), {...listing, entries: [], notices: []}, 'goenv-tui');
		expect(text).toContain('Journal entry 1 (Remove GOROOT');
		expect(text).not.toContain('No fixes applied yet.');
	});

	it('names an interrupted undo as the undo of its entry, not as a fix', async () => {
		const {interruptedLine} = await import('../../source/report/fix-text.js');
		const entry = {id: 2, title: 'Remove GOROOT', time: '2026-05-01T10:04:00.000Z', action: 'undo' as const, undoes: 1};
		expect(interruptedLine(createTranslator('en'), entry, 'goenv-tui')).toMatch(/^Journal entry 2 \(undo of entry 1: Remove GOROOT, /);
		expect(interruptedLine(createTranslator('zh-CN'), entry, 'goenv-tui')).toMatch(/^操作日志条目 2（撤销条目 1：Remove GOROOT，/);
	});

	it('can be marked resolved: all changes made means applied (and undoable)', async () => {
		const {sys, next} = await crashed();
		expect(await recoverEntry(next.services, 1, 'mark-resolved')).toMatchObject({status: 'resolved'});
		expect((await listJournal(next.services)).entries[0]).toMatchObject({status: 'applied', resolution: 'marked-resolved', undoable: true});
		expect(await sys.registry!.readKey(USER_ENVIRONMENT_KEY)).toEqual([]);
	});

	it('are not touched while their process is alive, even stopped for minutes (Ctrl+Z), but are once it has been silent for ten', async () => {
		const alive = await crashed({alive: true});
		expect((await listJournal(alive.next.services)).pending).toEqual([]);
		expect((await listJournal(alive.next.services)).busy).toMatchObject({pid: 4242});
		expect(await recoverEntry(alive.next.services, 1, 'rollback')).toMatchObject({status: 'refused', refusal: {reason: 'busy'}});
		// A second fix waits its turn (here briefly), saying for whom, then gives up without a change.
		const waited: ProgressEvent[] = [];
		const services = {...alive.next.services, claimWaitMs: 100};
		const outcome = await applyFix(services, await previewFix(services, findingWith([unsetGoroot])), {onProgress: (e) => waited.push(e)});
		expect(outcome).toMatchObject({status: 'refused', refusal: {reason: 'busy'}});
		expect(waited).toEqual([expect.objectContaining({type: 'waiting', pid: 4242, host: 'here'})]);
		cleanup?.();

		const stopped = await crashed({alive: true, heartbeatAgeMs: 5 * 60_000});
		expect((await listJournal(stopped.next.services)).pending).toEqual([]);
		cleanup?.();
		const silent = await crashed({alive: true, heartbeatAgeMs: 11 * 60_000});
		expect((await listJournal(silent.next.services)).pending).toHaveLength(1);
	});
});
