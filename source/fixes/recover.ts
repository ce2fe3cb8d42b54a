import {renderText} from '../i18n/text.js';
import {JournalLostError} from '../journal/journal.js';
import type {JournalData, StoredEntry} from '../journal/schema.js';
import {broadcast, conflictOf, entryOps, journalRefusal, kindContext, readOp, recheckIds, rerun, resolve, rollbackOps, sweepTemps, viewOf} from './executor.js';
import type {Op} from './kinds/types.js';
import type {Conflict, FixServices, RecoveryAction, RecoveryOutcome, Refusal, UndoOptions} from './types.js';
import {quiet, claimed, letGo} from './steps.js';

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
