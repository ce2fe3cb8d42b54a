import {renderText} from '../i18n/text.js';
import type {JournalData, StoredEntry} from '../journal/schema.js';
import {entryOps, journalRefusal, kindContext, resolve, summaryOf, viewOf, type Resolved} from './executor.js';
import {handlerFor} from './kinds/index.js';
import type {Op} from './kinds/types.js';
import type {FixServices, Refusal, UndoOptions, UndoOutcome, UndoPreview} from './types.js';
import {quiet, unique, shownScript, conflictsOf, claimed, letGo, entryFields, sealedOf, rolledBackOf, SESSION_KINDS, finish} from './steps.js';

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
