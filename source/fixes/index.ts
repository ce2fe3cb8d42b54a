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
export {Journal, journalFolder} from '../journal/journal.js';

import {keyed, renderText, verbatim} from '../i18n/text.js';
import {CLAIM_WAIT_MS, JournalLostError, type Claim} from '../journal/journal.js';
import type {JournalData, NewEntry, NewEntryFields, StoredEntry} from '../journal/schema.js';
import type {Finding} from '../model/finding.js';
import {redactDeep} from '../redact/secrets.js';
import {elevatedScript} from './elevated.js';
import {
	broadcast,
	buildOps,
	conflictOf,
	entryOps,
	errorText,
	journalRefusal,
	kindContext,
	needsSealing,
	persistable,
	readOp,
	recheckIds,
	rerun,
	resolve,
	rollbackOps,
	runOps,
	summaryOf,
	sweepTemps,
	toStored,
	viewOf,
	type Resolved,
} from './executor.js';
import {TOOL_NAME} from '../version.js';
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

const refusedApply = (refusal: Refusal): ApplyOutcome => ({status: 'refused', refusal});

/**
 * Takes the right to change the machine, waiting (visibly, bounded) while another
 * goenv-tui holds it. Null with the refusal when it cannot be had.
 */
async function claimed(r: Resolved, emit: (event: ProgressEvent) => void): Promise<{claim: Claim} | {refusal: Refusal}> {
	const waitMs = r.claimWaitMs ?? CLAIM_WAIT_MS;
	try {
		return {
			claim: await r.journal.claim({
				waitMs,
				onWait: (owner) => emit({type: 'waiting', pid: owner.pid, host: owner.host, since: owner.since, seconds: Math.round(waitMs / 1000)}),
			}),
		};
	} catch (error) {
		return {refusal: journalRefusal(r, error)};
	}
}

/** Gives a claim back, whatever state the journal is in (its owner may be gone already). */
const letGo = (r: Resolved, claim: Claim) => r.journal.release(claim).catch(() => undefined);

/**
 * Applies exactly the previewed changes, journaled, verified, rolled back on failure. The
 * claim is taken first, so "is the machine still as previewed?" is asked by one process at
 * a time: two goenv-tui applying the same fix at once apply it once.
 */
export async function applyFix(services: FixServices, preview: FixPreview, options: ApplyOptions = {}): Promise<ApplyOutcome> {
	const r = resolve(services);
	const emit = options.onProgress ?? quiet;
	if (preview.blockers.length > 0) return refusedApply({reason: 'blocked', message: preview.blockers.join('; ')});
	if (preview.irreversible.length > 0 && !options.confirmIrreversible) return refusedApply({reason: 'irreversible', message: r.t('fixes.refused.irreversible')});
	const ops = await buildOps(r, preview.changes);
	const got = await claimed(r, emit);
	if ('refusal' in got) return refusedApply(got.refusal);
	const {claim} = got;
	try {
		const {conflicts, allAfter} = await conflictsOf(r, ops, {undo: false});
		if (allAfter) return refusedApply({reason: 'nothing', message: r.t('fixes.refused.already')});
		if (conflicts.length > 0) return refusedApply({reason: 'stale', message: r.t('fixes.refused.stale'), conflicts});
		let entry: StoredEntry;
		try {
			entry = await r.journal.begin(claim, entryFields(ops, {
				action: 'fix',
				findingId: preview.findingId,
				fixId: preview.fix.id,
				title: preview.fix.titleText ?? verbatim(preview.fix.title),
				reversible: preview.reversible,
				needsAdmin: preview.needsAdmin,
				...(preview.fix.restartHintText ? {restartHint: preview.fix.restartHintText} : preview.restartHint ? {restartHint: verbatim(preview.restartHint)} : {}),
				rerun: preview.rerun,
			}), sealedOf(ops));
		} catch (error) {
			return refusedApply(journalRefusal(r, error));
		}
		const result = await finish(r, claim, entry, ops, {force: false, emit});
		switch (result.status) {
			case 'done':
				return {
					status: 'applied',
					entryId: entry.id,
					findings: result.findings,
					stillProblem: result.stillProblem,
					...(result.unverified ? {unverified: true} : {}),
					...(ops.some((op) => SESSION_KINDS.has(op.change.kind)) ? {sessionStale: true} : {}),
					...(result.broadcast === undefined ? {} : {broadcast: result.broadcast}),
					...(result.journalError ? {journalError: result.journalError} : {}),
				};
			case 'aborted':
				return {status: 'aborted', entryId: entry.id, error: result.error};
			case 'failed':
				return {status: 'failed', error: result.error, ...rolledBackOf(entry.id, result)};
			case 'cancelled':
				return {status: 'cancelled', ...rolledBackOf(entry.id, result)};
		}
	} finally {
		await letGo(r, claim);
	}
}

/** A new entry's fields, with the secrets of its words redacted (the exact changes go to the sealed file). */
function entryFields(ops: readonly Op[], fields: NewEntryFields): NewEntry {
	return {...redactDeep(fields), changes: ops.map(toStored)} as NewEntry;
}

/** The exact changes, when the journal's copy had to hide something: kept in the entry's private file. */
function sealedOf(ops: readonly Op[]): unknown {
	return needsSealing(ops) ? {changes: ops.map((op) => persistable(op.change))} : undefined;
}

function rolledBackOf(entryId: number, result: Extract<Finished, {rolledBack: number[]}>) {
	return {
		entryId,
		rolledBack: result.rolledBack,
		rollbackFailed: result.rollbackFailed,
		...(result.broadcast === undefined ? {} : {broadcast: result.broadcast}),
		...(result.journalError ? {journalError: result.journalError} : {}),
	};
}

/** Changes a running shell does not see: only terminals opened afterwards get them. */
const SESSION_KINDS = new Set(['registry-env', 'path-entries', 'profile-line']);

/** How the steps ended. */
type Finished =
	| {status: 'done'; findings: Finding[]; stillProblem: boolean; unverified?: true; broadcast?: boolean; journalError?: string}
	| {status: 'failed' | 'cancelled'; error: string; rolledBack: number[]; rollbackFailed: Array<{index: number; error: string}>; broadcast?: boolean; journalError?: string}
	| {status: 'aborted'; error: string};

/**
 * Runs a pending entry's ops, then settles it (applied, or failed with what was rolled back),
 * which gives the claim back; then the affected checks run again and what they say is kept
 * with the entry. A process that lost the journal stops where it is and settles nothing.
 */
async function finish(r: Resolved, claim: Claim, entry: StoredEntry, ops: Op[], options: {force: boolean; emit: (event: ProgressEvent) => void}): Promise<Finished> {
	const {emit} = options;
	emit({type: 'journal', entryId: entry.id, status: 'pending'});
	const result = await runOps(r, claim, entry, ops, options);
	if (result.lost) return {status: 'aborted', error: result.lost};
	const sent = await broadcast(r, result.environment, emit);
	const status = result.ok ? 'applied' : 'failed';
	let journalError = result.journalError;
	try {
		await r.journal.settle(claim, entry.id, result.ok ? {status: 'applied'} : {status: 'failed', error: result.cancelled ? keyed('fixes.outcome.cancelled') : (result.errorText ?? verbatim(result.error ?? ''))});
		emit({type: 'journal', entryId: entry.id, status});
	} catch (error) {
		if (error instanceof JournalLostError) return {status: 'aborted', error: renderText(r.t, error.text)};
		// A full disk, a folder turned read-only: the entry stays pending, and the next start
		// offers to roll it back or mark it resolved, from what the machine says then.
		journalError = r.t('journal.settleFailed', {id: entry.id, reason: renderText(r.t, errorText(error)), name: TOOL_NAME});
	}
	const broadcastField = sent === undefined ? {} : {broadcast: sent};
	if (!result.ok) {
		return {status: result.cancelled ? 'cancelled' : 'failed', error: result.error ?? '', rolledBack: result.rolledBack, rollbackFailed: result.rollbackFailed, ...broadcastField, ...(journalError ? {journalError} : {})};
	}
	const checks = await rerun(r, recheckIds(r, entry.findingId, ops), emit);
	if (checks.findings.length > 0) await r.journal.recordRecheck(entry.id, checks.findings.map((f) => ({id: f.id, status: f.status}))).catch(() => undefined);
	return {status: 'done', findings: checks.findings, stillProblem: checks.stillProblem, ...(checks.unverified ? {unverified: true} : {}), ...broadcastField, ...(journalError ? {journalError} : {})};
}

/** The journal, newest first, with interrupted entries and notices. */
export async function listJournal(services: FixServices): Promise<JournalListing> {
	const r = resolve(services);
	const {data, newer, unusable} = await r.journal.read();
	const entries = [...data.entries].reverse();
	const pending: PendingEntry[] = [];
	for (const entry of entries.filter((e) => r.journal.interrupted(e, data))) pending.push(await pendingOf(r, entry));
	const busy = r.journal.liveOwner(data);
	return {
		path: r.journal.path,
		entries: entries.map((entry) => summaryOf(r, entry)),
		pending,
		...(busy ? {busy: {pid: busy.pid, host: busy.host, since: busy.since}} : {}),
		notices: [
			...data.notices.map((notice) => ({...notice, reason: renderText(r.t, notice.reason)})),
			...(newer === undefined ? [] : [{kind: 'newer' as const, schemaVersion: newer}]),
			...(unusable ? [{kind: 'unwritable' as const, message: renderText(r.t, unusable)}] : []),
		],
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
	else if (target.status === 'undone') blockers.push(r.t('fixes.blocker.undone', {id: target.id, by: target.undoneBy}));
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
		...(admin.length > 0 && r.sys.platform === 'win32' ? {elevatedScript: shownScript(admin, renderText(r.t, target.title))} : {}),
		blockers: unique(plan.blockers),
	};
}

const refusedUndo = (refusal: Refusal, undid?: number): UndoOutcome => ({status: 'refused', refusal, ...(undid === undefined ? {} : {undid})});

/** Undoes an entry (newest change first). Journaled itself, so it can be redone. */
export async function undoEntry(services: FixServices, id: number | 'last', options: UndoOptions = {}): Promise<UndoOutcome> {
	const r = resolve(services);
	const emit = options.onProgress ?? quiet;
	const force = options.force === true;
	// A first look: an entry that is not there needs no waiting for another goenv-tui.
	const first = findTarget((await r.journal.read()).data, id);
	if (!first) return refusedUndo({reason: 'not-found', message: id === 'last' ? r.t('fixes.refused.noLast') : r.t('fixes.refused.noEntry', {id})});
	const got = await claimed(r, emit);
	if ('refusal' in got) return refusedUndo(got.refusal, first.id);
	const {claim} = got;
	try {
		// Under the claim, the journal and the machine as they are now: another goenv-tui may
		// have undone it, or changed a value, while this one waited.
		const target = findTarget((await r.journal.read()).data, first.id)!;
		const plan = undoPlan(r, target);
		const ctx = kindContext(r, target.id);
		for (const op of plan.ops) plan.blockers.push(...(await handlerFor(op.change).check(op, ctx)));
		if (plan.blockers.length > 0) return refusedUndo({reason: 'not-undoable', message: unique(plan.blockers).join('; ')}, target.id);
		const {conflicts} = await conflictsOf(r, plan.ops, {undo: true, entryId: target.id});
		if (conflicts.length > 0 && !force) return {status: 'conflict', undid: target.id, conflicts};
		let entry: StoredEntry;
		try {
			entry = await r.journal.begin(claim, entryFields(plan.ops, {
				action: target.action === 'undo' ? 'redo' : 'undo',
				undoes: target.id,
				findingId: target.findingId,
				fixId: target.fixId,
				title: target.title,
				reversible: true,
				needsAdmin: plan.ops.some((op) => op.stored.admin),
				...(target.restartHint ? {restartHint: target.restartHint} : {}),
				rerun: target.rerun ?? [target.findingId],
			}), sealedOf(plan.ops));
		} catch (error) {
			return refusedUndo(journalRefusal(r, error), target.id);
		}
		const result = await finish(r, claim, entry, plan.ops, {force, emit});
		switch (result.status) {
			case 'done':
				return {
					status: 'undone',
					entryId: entry.id,
					undid: target.id,
					conflicts,
					findings: result.findings,
					...(result.unverified ? {unverified: true} : {}),
					// The value put back is one new terminals get: this terminal keeps the fixed one.
					...(plan.ops.some((op) => SESSION_KINDS.has(op.change.kind)) ? {sessionStale: true} : {}),
					...(result.broadcast === undefined ? {} : {broadcast: result.broadcast}),
					...(result.journalError ? {journalError: result.journalError} : {}),
				};
			case 'aborted':
				return {status: 'aborted', entryId: entry.id, undid: target.id, error: result.error};
			case 'failed':
				return {status: 'failed', undid: target.id, error: result.error, conflicts, ...rolledBackOf(entry.id, result)};
			case 'cancelled':
				return {status: 'cancelled', undid: target.id, conflicts, ...rolledBackOf(entry.id, result)};
		}
	} finally {
		await letGo(r, claim);
	}
}

/** Settles a pending entry left by a crash: roll its changes back, or accept the machine as it is. */
export async function recoverEntry(services: FixServices, id: number, action: RecoveryAction, options: UndoOptions = {}): Promise<RecoveryOutcome> {
	const r = resolve(services);
	const emit = options.onProgress ?? quiet;
	const refused = (refusal: Refusal): RecoveryOutcome => ({status: 'refused', entryId: id, refusal});
	/** The entry if it is pending and its process is gone; else why not. */
	const interrupted = (data: JournalData): StoredEntry | Refusal => {
		const entry = data.entries.find((e) => e.id === id);
		if (!entry || entry.status !== 'pending') return {reason: 'not-found', message: r.t('fixes.refused.notPending', {id})};
		if (!r.journal.interrupted(entry, data)) return {reason: 'busy', message: r.t('fixes.refused.stillRunning', {id, pid: entry.pid})};
		return entry;
	};
	const first = interrupted((await r.journal.read()).data);
	if ('reason' in first) return refused(first);
	const got = await claimed(r, emit);
	if ('refusal' in got) return refused(got.refusal);
	const {claim} = got;
	try {
		// Under the claim: still pending, still its process's leftover (another goenv-tui may
		// have settled it while this one waited).
		const entry = interrupted((await r.journal.read()).data);
		if ('reason' in entry) return refused(entry);
		const ops = entryOps(r, entry);
		if (!ops) return refused({reason: 'journal', message: r.t('fixes.blocker.sealedMissing', {id})});
		const ctx = kindContext(r, entry.id);
		const readings = await Promise.all(ops.map((op) => readOp(op, ctx)));
		const lost = (error: unknown): RecoveryOutcome =>
			error instanceof JournalLostError ? {status: 'aborted', entryId: id, error: renderText(r.t, error.text)} : refused(journalRefusal(r, error));

		if (action === 'mark-resolved') {
			const allApplied = readings.every((reading) => reading.where === 'after' || reading.where === 'unknown');
			try {
				await r.journal.resolveInterrupted(claim, id, {resolution: 'marked-resolved', allApplied});
			} catch (error) {
				return lost(error);
			}
			await sweepTemps(r, entry, ops);
			await rerun(r, recheckIds(r, entry.findingId, ops), emit);
			return {status: 'resolved', entryId: id};
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
		const result = await rollbackOps(r, claim, entry.id, back, {force: options.force === true, emit});
		if (result.lost) return {status: 'aborted', entryId: id, error: result.lost};
		await broadcast(r, result.environment, emit);
		await sweepTemps(r, entry, ops);
		if (result.rollbackFailed.length > 0) return {status: 'failed', entryId: id, error: result.rollbackFailed.map((f) => f.error).join('; ')};
		try {
			await r.journal.resolveInterrupted(claim, id, {resolution: 'rolled-back'});
		} catch (error) {
			return lost(error);
		}
		// The checklist showed the machine as the crash left it: ask the checks again.
		await rerun(r, recheckIds(r, entry.findingId, ops), emit);
		return {status: 'rolled-back', entryId: id};
	} finally {
		await letGo(r, claim);
	}
}
