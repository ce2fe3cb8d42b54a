import {keyed, renderText, verbatim} from '../i18n/text.js';
import {CLAIM_WAIT_MS, JournalLostError, type Claim} from '../journal/journal.js';
import type {NewEntry, NewEntryFields, StoredEntry} from '../journal/schema.js';
import type {Finding} from '../model/finding.js';
import {redactDeep} from '../redact/secrets.js';
import {elevatedScript} from './elevated.js';
import {broadcast, conflictOf, errorText, journalRefusal, kindContext, needsSealing, persistable, readOp, recheckIds, rerun, runOps, toStored, viewOf, type Resolved} from './executor.js';
import {TOOL_NAME} from '../version.js';
import {handlerFor} from './kinds/index.js';
import type {Op} from './kinds/types.js';
import type {Conflict, ProgressEvent, Refusal} from './types.js';

/**
 * The steps the fixes API's jobs share: taking the claim on the machine, reading what stands
 * before a change, writing the journal entry, running the changes and settling the entry.
 * preview.ts, apply.ts, undo.ts and recover.ts are built from these.
 */

/** No progress wanted. */
export const quiet = () => undefined;

/** Each id once, in order. */
export const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * The elevated script as a preview shows it: the script that will run, with secrets in its
 * values redacted like every other string of a preview (a system GOSUMDB or GOPROXY may
 * hold a password). The executor builds the exact one when it runs.
 */
export function shownScript(ops: readonly Op[], title: string): string {
	const operations = ops.map((op) => handlerFor(op.change).elevated!(op, false));
	const shown = operations.map((operation) => redactDeep(operation));
	return elevatedScript(shown, title, {redacted: JSON.stringify(shown) !== JSON.stringify(operations)});
}

/**
 * Reads every op before it runs: each must find its "before". The others are conflicts, told
 * as the fix's before / ours / now (for an undo, its ops are inverses: the sides swap).
 */
export async function conflictsOf(r: Resolved, ops: readonly Op[], options: {undo: boolean; entryId?: number}): Promise<{conflicts: Conflict[]; allAfter: boolean}> {
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

/**
 * Takes the right to change the machine, waiting (visibly, bounded) while another
 * goenv-tui holds it. Null with the refusal when it cannot be had.
 */
export async function claimed(r: Resolved, emit: (event: ProgressEvent) => void): Promise<{claim: Claim} | {refusal: Refusal}> {
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
export const letGo = (r: Resolved, claim: Claim) => r.journal.release(claim).catch(() => undefined);

/** A new entry's fields, with the secrets of its words redacted (the exact changes go to the sealed file). */
export function entryFields(ops: readonly Op[], fields: NewEntryFields): NewEntry {
	return {...redactDeep(fields), changes: ops.map(toStored)} as NewEntry;
}

/** The exact changes, when the journal's copy had to hide something: kept in the entry's private file. */
export function sealedOf(ops: readonly Op[]): unknown {
	return needsSealing(ops) ? {changes: ops.map((op) => persistable(op.change))} : undefined;
}

export function rolledBackOf(entryId: number, result: Extract<Finished, {rolledBack: number[]}>) {
	return {
		entryId,
		rolledBack: result.rolledBack,
		rollbackFailed: result.rollbackFailed,
		...(result.broadcast === undefined ? {} : {broadcast: result.broadcast}),
		...(result.journalError ? {journalError: result.journalError} : {}),
	};
}

/** Changes a running shell does not see: only terminals opened afterwards get them. */
export const SESSION_KINDS = new Set(['registry-env', 'path-entries', 'profile-line']);

/** How the steps ended. */
export type Finished =
	| {status: 'done'; findings: Finding[]; stillProblem: boolean; unverified?: true; broadcast?: boolean; journalError?: string}
	| {status: 'failed' | 'cancelled'; error: string; rolledBack: number[]; rollbackFailed: Array<{index: number; error: string}>; broadcast?: boolean; journalError?: string}
	| {status: 'aborted'; error: string};

/**
 * Runs a pending entry's ops, then settles it (applied, or failed with what was rolled back),
 * which gives the claim back; then the affected checks run again and what they say is kept
 * with the entry. A process that lost the journal stops where it is and settles nothing.
 */
export async function finish(r: Resolved, claim: Claim, entry: StoredEntry, ops: Op[], options: {force: boolean; emit: (event: ProgressEvent) => void}): Promise<Finished> {
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
