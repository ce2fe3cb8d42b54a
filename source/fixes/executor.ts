import {Facts} from '../facts/facts.js';
import type {FactKey} from '../facts/reads.js';
import type {Translator} from '../i18n/index.js';
import {keyed, renderText, verbatim, type Text} from '../i18n/text.js';
import {Journal, journalErrorText, journalFolder, JournalLostError, type Claim} from '../journal/journal.js';
import type {StoredChange, StoredEntry} from '../journal/schema.js';
import type {Finding} from '../model/finding.js';
import type {Change} from '../model/fix.js';
import {isProblem} from '../model/status.js';
import {redactDeep, redactSecrets} from '../redact/secrets.js';
import type {System} from '../system/types.js';
import {elevatedScript, runElevated} from './elevated.js';
import {tempName} from './files.js';
import {handlerFor} from './kinds/index.js';
import {FixStepError, stepError} from './kinds/tools.js';
import type {KindContext, Op, Reading} from './kinds/types.js';
import type {ChangeView, Conflict, EntrySummary, FixServices, ProgressEvent, Refusal} from './types.js';

/**
 * The executor: the journal is written before the machine is. An entry is stored pending
 * with every change and its before/after; each change is applied, read back and recorded;
 * on failure the changes made are rolled back, newest first. Apply, undo and crash recovery
 * all run through `runOps` and `rollbackOps`.
 */

export interface Resolved {
	sys: System;
	t: Translator;
	journal: Journal;
	claimWaitMs?: number;
	isElevated: () => Promise<boolean>;
	rerun?: (ids: string[]) => Promise<Finding[]>;
	affected?: (touched: readonly FactKey[]) => string[];
}

export function resolve(services: FixServices): Resolved {
	return {
		sys: services.sys,
		t: services.t,
		journal: services.journal ?? new Journal({dir: journalFolder(services.sys)}),
		...(services.claimWaitMs === undefined ? {} : {claimWaitMs: services.claimWaitMs}),
		isElevated: services.isElevated ?? (async () => false),
		...(services.rerun ? {rerun: services.rerun} : {}),
		...(services.affected ? {affected: services.affected} : {}),
	};
}

/** An error as the outcomes show it: its message, without secrets. */
export const message = (error: unknown) => redactSecrets(error instanceof Error ? error.message : String(error));

/** An error as the journal keeps it: its message key when it has one, else its words. */
export function errorText(error: unknown): Text {
	if (error instanceof FixStepError && error.text) return error.text;
	return journalErrorText(error) ?? verbatim(message(error));
}

export function kindContext(r: Resolved, entryId: number, phase: KindContext['phase'] = 'apply', checkpoint: KindContext['checkpoint'] = async () => undefined): KindContext {
	return {sys: r.sys, t: r.t, facts: new Facts(r.sys), journal: r.journal, entryId, phase, checkpoint};
}

/** The changes of a fix as ops: types settled, digests and programs prepared. */
export async function buildOps(r: Resolved, changes: readonly Change[]): Promise<Op[]> {
	const ctx = kindContext(r, 0);
	return Promise.all(
		changes.map(async (raw, index) => {
			const handler = handlerFor(raw);
			const change = handler.normalize?.(raw, r.sys) ?? raw;
			const op: Op = {index, change, stored: {change, state: 'planned', admin: handler.admin(change, r.sys)}};
			return handler.prepare ? handler.prepare(op, ctx) : op;
		}),
	);
}

/** What the journal keeps of a change: no file contents, no secrets. */
export function persistable(change: Change): Change {
	if (change.kind !== 'file') return change;
	return {...change, before: {exists: change.before.exists}, after: {exists: change.after.exists}};
}

export const toStored = (op: Op): StoredChange => {
	const stored: StoredChange = {...structuredClone(op.stored), change: redactDeep(persistable(op.change))};
	// A profile edit's lines are file content: a secret on one of them never enters the journal.
	if (stored.lineEdit) stored.lineEdit = redactDeep(stored.lineEdit);
	if (stored.revertEdit) stored.revertEdit = redactDeep(stored.revertEdit);
	return stored;
};

/** The name of the private file that keeps one change's exact profile edits. */
const sealedEditFile = (index: number) => `edit-${index}.json`;

/**
 * A change as the journal keeps it, at the moment it is recorded: no secret in its value
 * nor in the lines of its profile edit. Lines that held one are kept exactly in the entry's
 * private folder (written first, so the journal never names a file that is not there).
 */
function sealedStored(r: Resolved, entryId: number, op: Op): StoredChange {
	const stored = toStored(op);
	const edits = {lineEdit: op.stored.lineEdit, revertEdit: op.stored.revertEdit};
	if (JSON.stringify({lineEdit: stored.lineEdit, revertEdit: stored.revertEdit}) === JSON.stringify(edits)) return stored;
	r.journal.writeSealed(entryId, edits, sealedEditFile(op.index));
	return {...stored, sealedEdit: true};
}

/** True when any change holds something the redactor hides: its exact values go in the sealed file. */
export const needsSealing = (ops: readonly Op[]) => ops.some((op) => JSON.stringify(redactDeep(persistable(op.change))) !== JSON.stringify(persistable(op.change)));

/** An entry's changes as ops, with the exact values (unsealed). Null when the sealed file is gone. */
export function entryOps(r: Resolved, entry: StoredEntry): Op[] | null {
	let raw = entry.changes.map((c) => c.change);
	if (entry.sealed) {
		const sealed = r.journal.readSealed(entry.id) as {changes?: Change[]} | undefined;
		if (!sealed?.changes || sealed.changes.length !== entry.changes.length) return null;
		raw = sealed.changes;
	}
	const ops: Op[] = [];
	for (const [index, stored] of entry.changes.entries()) {
		const exact = structuredClone(stored);
		if (stored.sealedEdit) {
			const edits = r.journal.readSealed(entry.id, sealedEditFile(index)) as Pick<StoredChange, 'lineEdit' | 'revertEdit'> | undefined;
			if (!edits) return null;
			if (edits.lineEdit) exact.lineEdit = edits.lineEdit;
			if (edits.revertEdit) exact.revertEdit = edits.revertEdit;
		}
		ops.push({index, change: raw[index]!, stored: {...exact, change: raw[index]!}});
	}
	return ops;
}

/** How a change reads for a person: built from the redacted change, so no secret reaches a screen. */
export function viewOf(op: Op, t: Translator, sys: System): ChangeView {
	const safe: Op = {...op, change: redactDeep(op.change), stored: {...op.stored, change: redactDeep(op.stored.change)}};
	return {index: op.index, ...handlerFor(op.change).view(safe, t, sys)};
}

/**
 * Where the machine stands for one op, read afresh: facts memoised by an earlier reading
 * (`cmdkey /list` before the second of two erasures) would be the machine as it was.
 */
export async function readOp(op: Op, ctx: KindContext): Promise<Reading> {
	try {
		const reading = await handlerFor(op.change).read(op, {...ctx, facts: new Facts(ctx.sys)});
		return {...reading, now: redactSecrets(reading.now)};
	} catch (error) {
		return {where: 'other', now: message(error)};
	}
}

export function conflictOf(op: Op, view: ChangeView, reading: Reading): Conflict {
	return {index: op.index, label: view.label, before: view.before, ours: view.after, now: reading.now};
}

/** One change's view; a change this version cannot show (a hand-edited journal) says so instead of failing. */
function safeView(op: Op, r: Resolved): ChangeView {
	try {
		return viewOf(op, r.t, r.sys);
	} catch (error) {
		return {index: op.index, kind: op.change.kind, target: {type: 'file', path: ''}, label: r.t('fixes.value.unreadable', {message: message(error)}), before: '', after: '', needsAdmin: false, reversible: false, backup: false};
	}
}

export function summaryOf(r: Resolved, entry: StoredEntry): EntrySummary {
	const ops: Op[] = entry.changes.map((stored, index) => ({index, change: stored.change, stored}));
	const undoable =
		entry.status === 'applied' &&
		ops.some((op) => {
			try {
				return op.stored.state === 'applied' && !op.stored.noop && handlerFor(op.change).invert(op) !== null;
			} catch {
				return false;
			}
		});
	const error = entry.status === 'failed' ? entry.error : undefined;
	return {
		id: entry.id,
		time: entry.createdAt,
		updated: entry.updatedAt,
		action: entry.action,
		findingId: entry.findingId,
		fixId: entry.fixId,
		title: renderText(r.t, entry.title),
		status: entry.status,
		...(entry.action === 'fix' ? {} : {undoes: entry.undoes}),
		...(entry.status === 'undone' ? {undoneBy: entry.undoneBy} : {}),
		reversible: entry.reversible,
		needsAdmin: entry.needsAdmin,
		...(entry.restartHint ? {restartHint: renderText(r.t, entry.restartHint)} : {}),
		...(error ? {error: renderText(r.t, error)} : {}),
		...((entry.status === 'applied' || entry.status === 'failed') && entry.resolution ? {resolution: entry.resolution} : {}),
		...(entry.recheck ? {recheck: entry.recheck} : {}),
		undoable,
		views: ops.map((op) => safeView(op, r)),
		text: {title: entry.title, ...(error ? {error} : {}), ...(entry.restartHint ? {restartHint: entry.restartHint} : {})},
	};
}

/** The refusal for an error of the journal (busy, newer, lost, unwritable), worded for a person. */
export function journalRefusal(r: Resolved, error: unknown): Refusal {
	const text = journalErrorText(error);
	if (error instanceof Error && error.name === 'JournalBusyError') return {reason: 'busy', message: renderText(r.t, text!)};
	return {reason: 'journal', message: text ? renderText(r.t, text) : r.t('fixes.refused.journal', {message: message(error)})};
}

/** Writes one op's record into its entry (the claim must still be ours). */
export async function record(r: Resolved, claim: Claim, entryId: number, op: Op): Promise<void> {
	await r.journal.recordChange(claim, entryId, op.index, sealedStored(r, entryId, op));
}

export interface RunResult {
	ok: boolean;
	cancelled?: boolean;
	error?: string;
	/** The error as the journal keeps it. */
	errorText?: Text;
	/**
	 * This process lost the journal (JournalLostError): it stopped where it was, changed
	 * nothing more and did not roll back; whoever took over settles the entry.
	 */
	lost?: string;
	/** A record of a rollback step could not be written (a full disk): the machine is still what counts. */
	journalError?: string;
	/** Something in the Windows environment was written (broadcast once). */
	environment: boolean;
	rolledBack: number[];
	rollbackFailed: Array<{index: number; error: string}>;
}

type Emit = (event: ProgressEvent) => void;

/**
 * Runs ops in order: the admin ones first, all in one elevated script (one UAC prompt, and a
 * declined prompt leaves nothing to roll back), then the others one by one. Each is read
 * back after writing and recorded in the journal. On failure, what was done is rolled back.
 */
export async function runOps(r: Resolved, claim: Claim, entry: StoredEntry, ops: readonly Op[], options: {force: boolean; emit: Emit}): Promise<RunResult> {
	const {emit} = options;
	const ctx = kindContext(r, entry.id, 'apply', async (op) => {
		await record(r, claim, entry.id, op);
		const path = op.stored.backup?.path ?? op.stored.backups?.[0]?.path;
		if (path) emit({type: 'backup', index: op.index, path});
	});
	const done: Op[] = [];
	let environment = false;
	let current: Op | undefined;
	try {
		const admin = ops.filter((op) => op.stored.admin);
		if (admin.length > 0) {
			emit({type: 'elevation', indexes: admin.map((op) => op.index)});
			const script = elevatedScript(
				admin.map((op) => handlerFor(op.change).elevated!(op, options.force)),
				renderText(r.t, entry.title),
			);
			const result = await runElevated(r.sys, script, {elevated: await r.isElevated()});
			if (result.status === 'cancelled') return {ok: false, cancelled: true, environment: false, rolledBack: [], rollbackFailed: []};
			for (const op of admin) {
				// The script reports each step as it goes; the last word on an op is its state.
				const outcome = result.operations.findLast((o) => o.index === op.index);
				if (outcome?.status !== 'applied' && outcome?.status !== 'noop') continue;
				op.stored.state = 'applied';
				if (outcome.status === 'noop') op.stored.noop = true;
				done.push(op);
				environment ||= Boolean(handlerFor(op.change).environment);
			}
			if (result.status !== 'applied') throw stepError(r.t, 'fixes.error.elevated', {message: result.message});
			for (const op of admin) {
				current = op;
				const reading = await readOp(op, ctx);
				if (reading.where !== 'after' && reading.where !== 'unknown') throw stepError(r.t, 'fixes.error.verify', {label: viewOf(op, r.t, r.sys).label, now: reading.now});
				await record(r, claim, entry.id, op);
				emit({type: 'change', index: op.index, phase: 'verified'});
			}
		}
		for (const op of ops.filter((o) => !o.stored.admin)) {
			current = op;
			const handler = handlerFor(op.change);
			emit({type: 'change', index: op.index, phase: 'start'});
			await handler.apply(op, ctx);
			op.stored.state = 'applied';
			done.push(op);
			environment ||= Boolean(handler.environment);
			emit({type: 'change', index: op.index, phase: 'written'});
			const reading = await readOp(op, ctx);
			if (reading.where !== 'after' && reading.where !== 'unknown') throw stepError(r.t, 'fixes.error.verify', {label: viewOf(op, r.t, r.sys).label, now: reading.now});
			await record(r, claim, entry.id, op);
			emit({type: 'change', index: op.index, phase: 'verified'});
		}
		return {ok: true, environment, rolledBack: [], rollbackFailed: []};
	} catch (error) {
		// Someone else has the journal now: whatever this process does next would be unrecorded.
		if (error instanceof JournalLostError) return {ok: false, lost: renderText(r.t, error.text), environment, rolledBack: [], rollbackFailed: []};
		// A step that failed after writing (a timeout, an unreadable result file from the
		// elevated script) is rolled back with the rest: what the machine says counts.
		// A step that stopped before writing (the line it changes is gone: a hand edit) is not
		// one of them: taking it "back" would write what it never took out.
		const untouched = error instanceof FixStepError && error.nothingWritten;
		const unsure = ops.filter((op) => !done.includes(op) && ((op === current && !untouched) || op.stored.admin));
		for (const op of unsure) {
			if ((await readOp(op, ctx)).where !== 'after') continue;
			op.stored.state = 'applied';
			if (op.stored.admin) done.unshift(op);
			else done.push(op);
		}
		const rollback = await rollbackOps(r, claim, entry.id, done, {force: false, emit});
		return {
			ok: false,
			error: message(error),
			errorText: errorText(error),
			...(rollback.lost ? {lost: rollback.lost} : {}),
			...(rollback.journalError ? {journalError: rollback.journalError} : {}),
			environment: environment || rollback.environment,
			rolledBack: rollback.rolledBack,
			rollbackFailed: rollback.rollbackFailed,
		};
	}
}

/**
 * Takes ops back, newest first: their inverses are applied and read back. Admin inverses
 * run together in one elevated script after the others (they were applied first).
 */
export interface RollbackResult {
	rolledBack: number[];
	rollbackFailed: Array<{index: number; error: string}>;
	environment: boolean;
	/** Set when this process lost the journal: it stopped rolling back there. */
	lost?: string;
	journalError?: string;
}

export async function rollbackOps(r: Resolved, claim: Claim, entryId: number, ops: readonly Op[], options: {force: boolean; emit: Emit}): Promise<RollbackResult> {
	const {emit} = options;
	const ctx = kindContext(r, entryId, 'rollback');
	const rolledBack: number[] = [];
	const rollbackFailed: Array<{index: number; error: string}> = [];
	let environment = false;
	let journalError: string | undefined;
	/**
	 * Records a step taken back. The machine is what recovery reads, so a record that cannot
	 * be written (a full disk) does not stop the rollback; losing the journal does.
	 */
	const keep = async (op: Op) => {
		try {
			await record(r, claim, entryId, op);
		} catch (error) {
			if (error instanceof JournalLostError) throw error;
			journalError ??= renderText(r.t, errorText(error));
		}
	};
	const adminInverses: Array<{op: Op; inverse: Op}> = [];
	for (const op of [...ops].reverse()) {
		const inverses = handlerFor(op.change).invert(op);
		if (inverses === null) {
			rollbackFailed.push({index: op.index, error: r.t('fixes.error.irreversible')});
			continue;
		}
		if (op.stored.admin) {
			adminInverses.push(...inverses.map((inverse) => ({op, inverse: {...inverse, index: op.index}})));
			continue;
		}
		emit({type: 'rollback', index: op.index, phase: 'start'});
		try {
			for (const planned of inverses) {
				const inverse: Op = {...planned, index: op.index};
				await handlerFor(inverse.change).apply(inverse, ctx);
				environment ||= Boolean(handlerFor(inverse.change).environment);
				const reading = await readOp(inverse, ctx);
				if (reading.where !== 'after' && reading.where !== 'unknown') throw stepError(r.t, 'fixes.error.verify', {label: viewOf(inverse, r.t, r.sys).label, now: reading.now});
			}
			op.stored.state = 'rolled-back';
			await keep(op);
			rolledBack.push(op.index);
			emit({type: 'rollback', index: op.index, phase: 'done'});
		} catch (error) {
			if (error instanceof JournalLostError) return {rolledBack, rollbackFailed, environment, lost: renderText(r.t, error.text)};
			rollbackFailed.push({index: op.index, error: message(error)});
			emit({type: 'rollback', index: op.index, phase: 'failed', error: message(error)});
		}
	}
	if (adminInverses.length > 0) {
		const script = elevatedScript(
			adminInverses.map(({inverse}) => handlerFor(inverse.change).elevated!(inverse, options.force)),
			r.t('fixes.rollback.title'),
		);
		emit({type: 'elevation', indexes: adminInverses.map(({op}) => op.index)});
		const result = await runElevated(r.sys, script, {elevated: await r.isElevated()});
		for (const {op} of adminInverses) {
			const outcome = result.operations.findLast((o) => o.index === op.index);
			if (result.status === 'applied' && (outcome?.status === 'applied' || outcome?.status === 'noop')) {
				op.stored.state = 'rolled-back';
				try {
					await keep(op);
				} catch (error) {
					if (error instanceof JournalLostError) return {rolledBack, rollbackFailed, environment, lost: renderText(r.t, error.text)};
					throw error;
				}
				rolledBack.push(op.index);
				environment ||= Boolean(handlerFor(op.change).environment);
				emit({type: 'rollback', index: op.index, phase: 'done'});
			} else {
				const error = result.status === 'cancelled' ? r.t('fixes.outcome.cancelled') : result.message || r.t('fixes.error.elevated', {message: ''});
				rollbackFailed.push({index: op.index, error});
				emit({type: 'rollback', index: op.index, phase: 'failed', error});
			}
		}
	}
	return {rolledBack, rollbackFailed, environment, ...(journalError ? {journalError} : {})};
}

/** Tells running programs the environment changed: once, after all the writes. */
export async function broadcast(r: Resolved, environment: boolean, emit: Emit): Promise<boolean | undefined> {
	if (!environment || !r.sys.registry) return undefined;
	const ok = await r.sys.registry.broadcastEnvironmentChange().catch(() => false);
	emit({type: 'broadcast', ok});
	return ok;
}

/**
 * The checks to run again after these ops ran: the fixed one first, then every check whose
 * reads the changes can reach (derived from the facts each check read, not a list kept by
 * hand), so the screen then says what a fresh run would.
 */
export function recheckIds(r: Resolved, findingId: string, ops: readonly Op[]): string[] {
	const touched = [...new Set(ops.flatMap((op) => handlerFor(op.change).touches(op.change, r.sys)))];
	return [...new Set([findingId, ...(r.affected?.(touched) ?? [])])];
}

/**
 * Re-runs the checks; returns their findings and whether the first one still reports a
 * problem. `unverified` when they did not run to the end (Ctrl+C stopped them): what was
 * written stays written, but nothing says yet what the checks make of it.
 */
export async function rerun(r: Resolved, ids: readonly string[], emit: Emit): Promise<{findings: Finding[]; stillProblem: boolean; unverified?: true}> {
	if (!r.rerun || ids.length === 0) return {findings: [], stillProblem: false};
	emit({type: 'rerun', phase: 'start', ids: [...ids]});
	let findings: Finding[];
	try {
		findings = await r.rerun([...ids]);
	} catch {
		return {findings: [], stillProblem: false, unverified: true};
	}
	emit({type: 'rerun', phase: 'done', findings});
	const main = findings.find((finding) => finding.id === ids[0]);
	return {findings, stillProblem: main ? isProblem(main.status) : false};
}

/** Removes temporary files a killed process may have left next to the files it was writing. */
export async function sweepTemps(r: Resolved, entry: StoredEntry, ops: readonly Op[]): Promise<void> {
	for (const op of ops) {
		const files = op.change.kind === 'profile-line' || op.change.kind === 'json-setting' ? [op.change.file] : op.change.kind === 'file' ? [op.change.path] : op.change.kind === 'command' ? op.change.replaces : [];
		for (const file of files) {
			const real = (await r.sys.realpath(file)) ?? file;
			for (const candidate of new Set([file, real])) {
				const temp = tempName(candidate, entry.pid);
				if (await r.sys.stat(temp)) await r.sys.remove(temp);
			}
		}
	}
}
