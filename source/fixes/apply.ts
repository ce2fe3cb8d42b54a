import {verbatim} from '../i18n/text.js';
import type {StoredEntry} from '../journal/schema.js';
import {buildOps, journalRefusal, resolve} from './executor.js';
import type {ApplyOptions, ApplyOutcome, FixPreview, FixServices, Refusal} from './types.js';
import {quiet, conflictsOf, claimed, letGo, entryFields, sealedOf, rolledBackOf, SESSION_KINDS, finish} from './steps.js';

const refusedApply = (refusal: Refusal): ApplyOutcome => ({status: 'refused', refusal});


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
