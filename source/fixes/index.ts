/**
 * The fixes API: preview a fix, apply it, list the journal, undo an entry, and settle what
 * a crash left pending. The Ink screens (triage) and the `fix`, `undo` and `journal`
 * commands call these and nothing else; every write to the machine goes through here.
 *
 * - `previewFix(services, finding, fixId?)` → FixPreview: every change as before → after,
 *   what it touches, admin?, reversible?, restart hint, the elevated script in full, and
 *   blockers. Nothing is written.
 * - `applyFix(services, preview, {confirmIrreversible?, onProgress?})` → ApplyOutcome. The
 *   journal entry is stored `pending` first; each change is applied and verified; the
 *   finding's checks re-run; the entry becomes `applied`, or `failed` with what was rolled
 *   back. Irreversible changes need `confirmIrreversible: true`. A declined UAC prompt is
 *   `cancelled`.
 * - `listJournal(services)` → JournalListing: entries newest first, the pending entries of
 *   processes that are gone (crash recovery), notices (a corrupt journal moved aside).
 * - `previewUndo(services, id | 'last')` → UndoPreview (null when there is no such entry):
 *   the inverse changes, and conflicts (before / ours / now) where a value changed since.
 * - `undoEntry(services, id | 'last', {force?, onProgress?})` → UndoOutcome. Refuses with the
 *   conflicts unless `force`. The undo is a journal entry of its own; undoing it (by its id)
 *   is redo. `last` is the newest applied fix or redo, so undoing twice goes further back.
 * - `recoverEntry(services, id, 'rollback' | 'mark-resolved', {force?, onProgress?})` →
 *   RecoveryOutcome, for a pending entry left by a crash.
 *
 * Every function is async, throws only on programming errors, and reports everything else
 * in its outcome.
 */
export type * from './types.js';
export {Journal, defaultJournalDir} from '../journal/journal.js';

import type {JournalData, StoredEntry} from '../journal/schema.js';
import type {Finding} from '../model/finding.js';
import {redactDeep} from '../redact/secrets.js';
import {elevatedScript} from './elevated.js';
import {
	begin,
	broadcast,
	buildOps,
	conflictOf,
	entryOps,
	journalRefusal,
	kindContext,
	readOp,
	recheckIds,
	rerun,
	resolve,
	rollbackOps,
	runOps,
	summaryOf,
	sweepTemps,
	viewOf,
	type Resolved,
} from './executor.js';
import {handlerFor} from './kinds/index.js';
import type {Op} from './kinds/types.js';
import type {
	ApplyOptions,
	ApplyOutcome,
	Conflict,
	FixPreview,
	FixServices,
	JournalListing,
	PendingEntry,
	ProgressEvent,
	RecoveryAction,
	RecoveryOutcome,
	Refusal,
	UndoOptions,
	UndoOutcome,
	UndoPreview,
} from './types.js';

const quiet = () => undefined;
const unique = (ids: readonly string[]) => [...new Set(ids)];

/** Describes a fix of a finding (the first when no id is given). Reads the machine; writes nothing. */
export async function previewFix(services: FixServices, finding: Finding, fixId?: string): Promise<FixPreview> {
	const r = resolve(services);
	const fix = fixId === undefined ? finding.fixes[0] : finding.fixes.find((f) => f.id === fixId);
	if (!fix) throw new Error(`finding ${finding.id} has no fix ${fixId ?? ''}`.trim());
	const ops = await buildOps(r, fix.changes);
	const ctx = kindContext(r, 0);
	const blockers: string[] = [];
	if (ops.length === 0) blockers.push(r.t('fixes.blocker.manualOnly'));
	for (const op of ops) blockers.push(...(await handlerFor(op.change).check(op, ctx)));
	const admin = ops.filter((op) => op.stored.admin);
	const views = ops.map((op) => viewOf(op, r.t, r.sys));
	// Each kind says in its view whether it can be taken back (a command marked so, a credential erase).
	const irreversible = ops.filter((_, i) => !views[i]!.reversible).map((op) => op.index);
	return {
		findingId: finding.id,
		fix,
		changes: ops.map((op) => op.change),
		views,
		needsAdmin: fix.needsAdmin || admin.length > 0,
		reversible: fix.reversible && irreversible.length === 0,
		irreversible,
		...(fix.restartHint ? {restartHint: fix.restartHint} : {}),
		rerun: [finding.id],
		...(admin.length > 0 && r.sys.platform === 'win32' ? {elevatedScript: shownScript(admin, fix.title)} : {}),
		blockers: unique(blockers),
		manualCommands: fix.manualCommands ?? [],
	};
}

/**
 * The elevated script as a preview shows it: the script that will run, with secrets in its
 * values redacted like every other string of a preview (a system GOSUMDB or GOPROXY may
 * hold a password). The executor builds the exact one when it runs.
 */
function shownScript(ops: readonly Op[], title: string): string {
	const operations = ops.map((op) => handlerFor(op.change).elevated!(op, false));
	const shown = operations.map((operation) => redactDeep(operation));
	return elevatedScript(shown, title, {redacted: JSON.stringify(shown) !== JSON.stringify(operations)});
}

/**
 * Reads every op before it runs: each must find its "before". The others are conflicts, told
 * as the fix's before / ours / now (for an undo, its ops are inverses: the sides swap).
 */
async function conflictsOf(r: Resolved, ops: readonly Op[], options: {undo: boolean; entryId?: number}): Promise<{conflicts: Conflict[]; allAfter: boolean}> {
	const ctx = kindContext(r, options.entryId ?? 0);
	const readings = await Promise.all(ops.map((op) => readOp(op, ctx)));
	const conflicts: Conflict[] = [];
	readings.forEach((reading, i) => {
		if (reading.where === 'before' || reading.where === 'unknown') return;
		const view = viewOf(ops[i]!, r.t, r.sys);
		conflicts.push(conflictOf(ops[i]!, options.undo ? {...view, before: view.after, after: view.before} : view, reading));
	});
	return {conflicts, allAfter: readings.length > 0 && readings.every((reading) => reading.where === 'after')};
}

const refusedApply = (refusal: Refusal): ApplyOutcome => ({status: 'refused', refusal, rolledBack: [], rollbackFailed: [], findings: [], stillProblem: false});

/** Applies exactly the previewed changes, journaled, verified, rolled back on failure. */
export async function applyFix(services: FixServices, preview: FixPreview, options: ApplyOptions = {}): Promise<ApplyOutcome> {
	const r = resolve(services);
	const emit = options.onProgress ?? quiet;
	if (preview.blockers.length > 0) return refusedApply({reason: 'blocked', message: preview.blockers.join('; ')});
	if (preview.irreversible.length > 0 && !options.confirmIrreversible) return refusedApply({reason: 'irreversible', message: r.t('fixes.refused.irreversible')});
	const ops = await buildOps(r, preview.changes);
	const {conflicts, allAfter} = await conflictsOf(r, ops, {undo: false});
	if (allAfter) return refusedApply({reason: 'nothing', message: r.t('fixes.refused.already')});
	if (conflicts.length > 0) return refusedApply({reason: 'stale', message: r.t('fixes.refused.stale'), conflicts});

	const started = await begin(r, ops, {
		action: 'fix',
		findingId: preview.findingId,
		fixId: preview.fix.id,
		title: preview.fix.title,
		reversible: preview.reversible,
		needsAdmin: preview.needsAdmin,
		...(preview.restartHint ? {restartHint: preview.restartHint} : {}),
		rerun: preview.rerun,
	});
	if ('refusal' in started) return refusedApply(started.refusal);
	const {entry} = started;
	return finish(r, entry, ops, {force: false, emit}).then((result) => ({
		status: result.status === 'done' ? 'applied' : result.status,
		entryId: entry.id,
		...(result.error ? {error: result.error} : {}),
		rolledBack: result.rolledBack,
		rollbackFailed: result.rollbackFailed,
		findings: result.findings,
		stillProblem: result.stillProblem,
		...(result.unverified ? {unverified: true} : {}),
		...(result.sessionStale ? {sessionStale: true} : {}),
		...(result.broadcast === undefined ? {} : {broadcast: result.broadcast}),
	}));
}

/** Changes a running shell does not see: only terminals opened afterwards get them. */
const SESSION_KINDS = new Set(['registry-env', 'path-entries', 'profile-line']);

/** How the steps ended: the outcome's fields, with `done` where the caller says applied or undone. */
type Finished = Omit<ApplyOutcome, 'status' | 'entryId' | 'refusal'> & {status: 'done' | 'failed' | 'cancelled'};

/**
 * Runs a pending entry's ops, then settles it: applied (and `onApplied` edits the journal in
 * the same locked step, e.g. marking the entry an undo took back), or failed with what was
 * rolled back. The claim is given back whatever happens.
 */
async function finish(
	r: Resolved,
	entry: StoredEntry,
	ops: Op[],
	options: {force: boolean; emit: (event: ProgressEvent) => void},
	onApplied?: (data: JournalData) => void,
): Promise<Finished> {
	const {emit} = options;
	emit({type: 'journal', entryId: entry.id, status: 'pending'});
	r.journal.startHeartbeat();
	try {
		const result = await runOps(r, entry, ops, options);
		const sent = await broadcast(r, result.environment, emit);
		const checks = result.ok ? await rerun(r, recheckIds(r, entry.findingId, ops), emit) : {findings: [], stillProblem: false};
		const status = result.ok ? 'applied' : 'failed';
		await r.journal.transact((data) => {
			const stored = data.entries.find((e) => e.id === entry.id);
			if (stored) {
				stored.status = status;
				stored.updatedAt = r.journal.timestamp();
				if (!result.ok) stored.error = result.cancelled ? r.t('fixes.outcome.cancelled') : (result.error ?? '');
				if (checks.findings.length > 0) stored.recheck = checks.findings.map((f) => ({id: f.id, status: f.status}));
			}
			if (result.ok) onApplied?.(data);
			r.journal.unclaim(data);
		});
		emit({type: 'journal', entryId: entry.id, status});
		return {
			status: result.ok ? 'done' : result.cancelled ? 'cancelled' : 'failed',
			...(result.error ? {error: result.error} : {}),
			rolledBack: result.rolledBack,
			rollbackFailed: result.rollbackFailed,
			findings: checks.findings,
			stillProblem: checks.stillProblem,
			...('unverified' in checks && checks.unverified ? {unverified: true} : {}),
			...(result.ok && ops.some((op) => SESSION_KINDS.has(op.change.kind)) ? {sessionStale: true} : {}),
			...(sent === undefined ? {} : {broadcast: sent}),
		};
	} finally {
		r.journal.stopHeartbeat();
		// If settling failed (a bug, a full disk), give the claim back: the entry stays
		// pending, and the next start offers to roll it back.
		await r.journal.transact((data) => r.journal.unclaim(data)).catch(() => undefined);
	}
}

/** The journal, newest first, with interrupted entries and notices. */
export async function listJournal(services: FixServices): Promise<JournalListing> {
	const r = resolve(services);
	const {data, newer} = await r.journal.read();
	const entries = [...data.entries].reverse();
	const pending: PendingEntry[] = [];
	for (const entry of entries.filter((e) => r.journal.interrupted(e, data))) pending.push(await pendingOf(r, entry));
	const busy = r.journal.liveOwner(data);
	return {
		path: r.journal.path,
		entries: entries.map((entry) => summaryOf(r, entry)),
		pending,
		...(busy ? {busy: {pid: busy.pid, host: busy.host, since: busy.since}} : {}),
		notices: [...data.notices, ...(newer === undefined ? [] : [{kind: 'newer' as const, schemaVersion: newer}])],
	};
}

async function pendingOf(r: Resolved, entry: StoredEntry): Promise<PendingEntry> {
	const summary = summaryOf(r, entry);
	const ops = entryOps(r, entry) ?? [];
	const ctx = kindContext(r, entry.id);
	const states = await Promise.all(
		ops.map(async (op) => {
			const reading = await readOp(op, ctx);
			return {index: op.index, label: summary.views[op.index]?.label ?? '', state: reading.where === 'unknown' ? ('other' as const) : reading.where, now: reading.now};
		}),
	);
	return {entry: summary, states};
}

interface UndoPlan {
	target: StoredEntry;
	ops: Op[];
	irreversible: Op[];
	blockers: string[];
}

/**
 * `last` is the newest applied fix (or redo): undoing twice goes further back, as in an
 * editor. An undo entry is taken back (redone) by its number.
 */
function findTarget(data: JournalData, id: number | 'last'): StoredEntry | undefined {
	if (id === 'last') return [...data.entries].reverse().find((entry) => entry.status === 'applied' && entry.action !== 'undo');
	return data.entries.find((entry) => entry.id === id);
}

/** The inverse ops of an entry, newest change first. */
function undoPlan(r: Resolved, target: StoredEntry): UndoPlan {
	const blockers: string[] = [];
	if (target.status === 'pending') blockers.push(r.t('fixes.blocker.pending', {id: target.id}));
	else if (target.status === 'undone') blockers.push(r.t('fixes.blocker.undone', {id: target.id, by: target.undoneBy ?? '?'}));
	else if (target.status === 'failed') blockers.push(r.t('fixes.blocker.failedEntry', {id: target.id}));
	const ops: Op[] = [];
	const irreversible: Op[] = [];
	const raw = entryOps(r, target);
	if (!raw) return {target, ops, irreversible, blockers: [...blockers, r.t('fixes.blocker.sealedMissing', {id: target.id})]};
	for (const op of [...raw].reverse()) {
		if (op.stored.state !== 'applied' || op.stored.noop) continue;
		const inverses = handlerFor(op.change).invert(op);
		if (inverses === null) irreversible.push(op);
		else for (const inverse of inverses) ops.push({...inverse, index: ops.length});
	}
	if (blockers.length === 0 && ops.length === 0) blockers.push(r.t('fixes.blocker.nothingToUndo', {id: target.id}));
	return {target, ops, irreversible, blockers};
}

/** What undoing an entry would do, and what changed since. Null when there is no such entry. */
export async function previewUndo(services: FixServices, id: number | 'last'): Promise<UndoPreview | null> {
	const r = resolve(services);
	const {data} = await r.journal.read();
	const target = findTarget(data, id);
	if (!target) return null;
	const plan = undoPlan(r, target);
	const ctx = kindContext(r, target.id);
	for (const op of plan.ops) plan.blockers.push(...(await handlerFor(op.change).check(op, ctx)));
	const {conflicts} = plan.blockers.length > 0 ? {conflicts: []} : await conflictsOf(r, plan.ops, {undo: true, entryId: target.id});
	const admin = plan.ops.filter((op) => op.stored.admin);
	return {
		entry: summaryOf(r, target),
		views: plan.ops.map((op) => viewOf(op, r.t, r.sys)),
		irreversible: plan.irreversible.map((op) => viewOf(op, r.t, r.sys)),
		conflicts,
		needsAdmin: admin.length > 0,
		...(admin.length > 0 && r.sys.platform === 'win32' ? {elevatedScript: shownScript(admin, target.title)} : {}),
		blockers: unique(plan.blockers),
	};
}

const refusedUndo = (refusal: Refusal, conflicts: Conflict[] = []): UndoOutcome => ({status: 'refused', refusal, conflicts, rolledBack: [], rollbackFailed: [], findings: []});

/** Undoes an entry (newest change first). Journaled itself, so it can be redone. */
export async function undoEntry(services: FixServices, id: number | 'last', options: UndoOptions = {}): Promise<UndoOutcome> {
	const r = resolve(services);
	const emit = options.onProgress ?? quiet;
	const force = options.force === true;
	const {data} = await r.journal.read();
	const target = findTarget(data, id);
	if (!target) return refusedUndo({reason: 'not-found', message: id === 'last' ? r.t('fixes.refused.noLast') : r.t('fixes.refused.noEntry', {id})});
	const plan = undoPlan(r, target);
	const ctx = kindContext(r, target.id);
	for (const op of plan.ops) plan.blockers.push(...(await handlerFor(op.change).check(op, ctx)));
	if (plan.blockers.length > 0) return refusedUndo({reason: 'not-undoable', message: unique(plan.blockers).join('; ')});
	const {conflicts} = await conflictsOf(r, plan.ops, {undo: true, entryId: target.id});
	if (conflicts.length > 0 && !force) return {status: 'conflict', undid: target.id, conflicts, rolledBack: [], rollbackFailed: [], findings: []};

	const started = await begin(
		r,
		plan.ops,
		{
			action: target.action === 'undo' ? 'redo' : 'undo',
			undoes: target.id,
			findingId: target.findingId,
			fixId: target.fixId,
			title: target.title,
			reversible: true,
			needsAdmin: plan.ops.some((op) => op.stored.admin),
			...(target.restartHint ? {restartHint: target.restartHint} : {}),
			rerun: target.rerun ?? [target.findingId],
		},
		// Another process may have undone it since we read the journal.
		(fresh) => (fresh.entries.find((e) => e.id === target.id)?.status === 'applied' ? undefined : {reason: 'not-undoable', message: r.t('fixes.refused.changedJournal', {id: target.id})}),
	);
	if ('refusal' in started) return refusedUndo(started.refusal, conflicts);
	const {entry} = started;
	const result = await finish(r, entry, plan.ops, {force, emit}, (fresh) => {
		const undone = fresh.entries.find((e) => e.id === target.id);
		if (undone) {
			undone.status = 'undone';
			undone.undoneBy = entry.id;
			undone.updatedAt = r.journal.timestamp();
		}
	});
	return {
		status: result.status === 'done' ? 'undone' : result.status,
		entryId: entry.id,
		undid: target.id,
		conflicts,
		...(result.error ? {error: result.error} : {}),
		rolledBack: result.rolledBack,
		rollbackFailed: result.rollbackFailed,
		findings: result.findings,
		...(result.unverified ? {unverified: true} : {}),
		...(result.broadcast === undefined ? {} : {broadcast: result.broadcast}),
	};
}

/** Settles a pending entry left by a crash: roll its changes back, or accept the machine as it is. */
export async function recoverEntry(services: FixServices, id: number, action: RecoveryAction, options: UndoOptions = {}): Promise<RecoveryOutcome> {
	const r = resolve(services);
	const emit = options.onProgress ?? quiet;
	const refused = (refusal: Refusal): RecoveryOutcome => ({status: 'refused', entryId: id, conflicts: [], refusal});
	const {data} = await r.journal.read();
	const entry = data.entries.find((e) => e.id === id);
	if (!entry || entry.status !== 'pending') return refused({reason: 'not-found', message: r.t('fixes.refused.notPending', {id})});
	if (!r.journal.interrupted(entry, data)) return refused({reason: 'busy', message: r.t('fixes.refused.stillRunning', {id, pid: entry.pid})});
	const ops = entryOps(r, entry);
	if (!ops) return refused({reason: 'journal', message: r.t('fixes.blocker.sealedMissing', {id})});
	const ctx = kindContext(r, entry.id);
	const readings = await Promise.all(ops.map((op) => readOp(op, ctx)));

	if (action === 'mark-resolved') {
		const allAfter = readings.every((reading) => reading.where === 'after' || reading.where === 'unknown');
		try {
			await r.journal.transact((fresh) => {
				const stored = fresh.entries.find((e) => e.id === id);
				if (!stored || stored.status !== 'pending') return;
				stored.status = allAfter ? 'applied' : 'failed';
				stored.resolution = 'marked-resolved';
				stored.updatedAt = r.journal.timestamp();
				if (allAfter) for (const change of stored.changes) change.state = 'applied';
				else stored.error = r.t('fixes.recovery.interrupted');
				const undone = allAfter && stored.undoes !== undefined ? fresh.entries.find((e) => e.id === stored.undoes) : undefined;
				if (undone) {
					undone.status = 'undone';
					undone.undoneBy = stored.id;
				}
			});
		} catch (error) {
			return refused(journalRefusal(r, error));
		}
		await sweepTemps(r, entry, ops);
		await rerun(r, recheckIds(r, entry.findingId, ops), emit);
		return {status: 'resolved', entryId: id, conflicts: []};
	}

	// Roll back: every change found in its "after" state (or that cannot be read) goes back.
	const conflicts: Conflict[] = [];
	const back: Op[] = [];
	readings.forEach((reading, i) => {
		const op = ops[i]!;
		if (reading.where === 'before') return;
		// A change that cannot be read (a Defender exclusion, without admin) and may never have
		// run is not undone blindly: it could have been there before the fix.
		const unsure = reading.where === 'other' || (reading.where === 'unknown' && op.stored.state !== 'applied');
		if (unsure && !options.force) conflicts.push(conflictOf(op, viewOf(op, r.t, r.sys), reading));
		else back.push({...op, stored: {...op.stored, state: 'applied'}});
	});
	if (conflicts.length > 0) return {status: 'conflict', entryId: id, conflicts};
	try {
		await r.journal.transact((fresh) => r.journal.claim(fresh));
	} catch (error) {
		return refused(journalRefusal(r, error));
	}
	r.journal.startHeartbeat();
	try {
		const result = await rollbackOps(r, entry.id, back, {force: options.force === true, emit});
		await broadcast(r, result.environment, emit);
		await sweepTemps(r, entry, ops);
		const ok = result.rollbackFailed.length === 0;
		await r.journal.transact((fresh) => {
			const stored = fresh.entries.find((e) => e.id === id);
			if (stored && ok) {
				stored.status = 'failed';
				stored.resolution = 'rolled-back';
				stored.error = r.t('fixes.recovery.interrupted');
				stored.updatedAt = r.journal.timestamp();
			}
			r.journal.unclaim(fresh);
		});
		// The checklist showed the machine as the crash left it: ask the checks again.
		if (ok) await rerun(r, recheckIds(r, entry.findingId, ops), emit);
		return ok
			? {status: 'rolled-back', entryId: id, conflicts: []}
			: {status: 'failed', entryId: id, conflicts: [], error: result.rollbackFailed.map((f) => f.error).join('; ')};
	} finally {
		r.journal.stopHeartbeat();
		await r.journal.transact((fresh) => r.journal.unclaim(fresh)).catch(() => undefined);
	}
}
