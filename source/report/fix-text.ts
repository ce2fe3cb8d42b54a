import {withNote, type Translator} from '../i18n/index.js';
import {alignColumns, padCells} from '../layout/columns.js';
import {commandLine, type ShellKind} from '../shell/syntax.js';
import {TOOL_NAME} from '../version.js';
import type {Finding} from '../model/finding.js';
import type {ApplyOutcome, ChangeView, Conflict, DiffLine, EntrySummary, FixPreview, JournalListing, PendingEntry, ProgressEvent, RecoveryOutcome, UndoOutcome, UndoPreview} from '../fixes/types.js';

/**
 * The fixes API's previews, progress, outcomes and journal as plain text: for the `fix`,
 * `undo` and `journal` commands, the REPL, the text report and the screens. Everything shown
 * comes from the API's views: already free of secrets.
 */

/** The width of the before / after / runs labels, in terminal cells. */
const LABEL_CELLS = 10;

/** Diffs longer than this show only the changed lines and one line around each. */
const FULL_DIFF_LINES = 40;

function diffText(diff: readonly DiffLine[]): string[] {
	const keep = diff.length <= FULL_DIFF_LINES ? diff.map(() => true) : diff.map((line, i) => [diff[i - 1], line, diff[i + 1]].some((l) => l && l.op !== ' '));
	const out: string[] = [];
	diff.forEach((line, i) => {
		if (keep[i]) out.push(`${line.op} ${line.text}`);
		else if (keep[i - 1] || i === 0) out.push('  …');
	});
	return out;
}

function changeLines(t: Translator, view: ChangeView, shell: ShellKind): string[] {
	const lines = [`${view.index + 1}. ${view.label}`];
	const row = (label: string, value: string) => lines.push(`     ${padCells(label, LABEL_CELLS)}${value}`);
	if (view.kind !== 'command' || view.before) row(t('fixes.text.before'), view.before || t('evidence.empty'));
	row(t('fixes.text.after'), view.after || t('evidence.empty'));
	if (view.target.type === 'command' && view.target.affects) for (const [i, thing] of view.target.affects.entries()) row(i === 0 ? t('fixes.text.touches') : '', thing);
	if (view.command) row(t('fixes.text.runs'), commandLine(shell, view.command));
	if (view.diff && view.diff.some((line) => line.op !== ' ') && view.kind !== 'profile-line') lines.push(...diffText(view.diff).map((line) => `       ${line}`));
	const notes = [
		view.needsAdmin ? t('fixes.text.admin') : '',
		view.backup ? t('fixes.text.backup') : '',
		view.reversible ? '' : t('fixes.text.irreversible'),
	].filter(Boolean);
	if (notes.length > 0) lines.push(`     ${notes.join(' · ')}`);
	return lines;
}

export function previewText(t: Translator, preview: FixPreview, shell: ShellKind): string {
	const out = [t('fixes.text.fix', {title: preview.fix.title, id: preview.fix.id, finding: preview.findingId})];
	if (preview.fix.description) out.push(`  ${preview.fix.description}`);
	for (const view of preview.views) out.push(...changeLines(t, view, shell).map((line) => `  ${line}`));
	// Commands left to the person change nothing through goenv-tui: there is nothing it could undo.
	const nothing = preview.views.length === 0;
	out.push(
		`  ${t('fixes.text.summary', {
			admin: preview.needsAdmin ? t(nothing ? 'ui.fix.needsAdminManual' : 'ui.yes') : t('ui.no'),
			undo: nothing ? t('ui.fix.nothingApplied') : preview.reversible ? t('ui.yes') : t('ui.no'),
		})}`,
	);
	if (preview.restartHint) out.push(`  ${preview.restartHint}`);
	if (preview.elevatedScript) out.push('', t('fixes.text.script'), '', preview.elevatedScript.replace(/\r\n/g, '\n').trimEnd(), '');
	for (const blocker of preview.blockers) out.push(`  ${t('fixes.text.blocker', {reason: blocker})}`);
	if (preview.manualCommands.length > 0) out.push(`  ${t('fixes.text.manual')}`, ...preview.manualCommands.map((command) => `    ${command}`));
	return out.join('\n') + '\n';
}

export function conflictLines(t: Translator, conflicts: readonly Conflict[]): string[] {
	return conflicts.flatMap((conflict) => [
		`  ${conflict.index + 1}. ${conflict.label}`,
		`       ${padCells(t('fixes.text.before'), LABEL_CELLS)}${conflict.before}`,
		`       ${padCells(t('fixes.text.ours'), LABEL_CELLS)}${conflict.ours}`,
		`       ${padCells(t('fixes.text.now'), LABEL_CELLS)}${conflict.now}`,
	]);
}

/**
 * The inverse changes of an undo as they stand: where a value changed since the fix, its
 * "before" is what is there now (what a forced undo replaces), not what the fix wrote.
 */
export function undoViews(preview: UndoPreview): ChangeView[] {
	const now = new Map(preview.conflicts.map((conflict) => [conflict.index, conflict.now]));
	return preview.views.map((view) => (now.has(view.index) && !view.diff ? {...view, before: now.get(view.index)!} : view));
}

export function undoPreviewText(t: Translator, preview: UndoPreview, shell: ShellKind): string {
	const {entry} = preview;
	// Taking back an undo applies the fix again: a redo, named so.
	const out = [
		entry.action === 'undo'
			? t('fixes.text.redo', {id: entry.id, fix: entry.undoes ?? '?', title: entry.title, time: localTime(entry.time)})
			: t('fixes.text.undo', {id: entry.id, title: entry.title, time: localTime(entry.time)}),
	];
	for (const view of undoViews(preview)) out.push(...changeLines(t, view, shell).map((line) => `  ${line}`));
	for (const view of preview.irreversible) out.push(`  ${t('fixes.text.stays', {label: view.label})}`);
	if (preview.elevatedScript) out.push('', t('fixes.text.script'), '', preview.elevatedScript.replace(/\r\n/g, '\n').trimEnd(), '');
	if (preview.conflicts.length > 0) out.push(t('fixes.text.conflicts'), ...conflictLines(t, preview.conflicts));
	for (const blocker of preview.blockers) out.push(`  ${t('fixes.text.blocker', {reason: blocker})}`);
	return out.join('\n') + '\n';
}

export function progressLine(t: Translator, event: ProgressEvent, views: readonly ChangeView[]): string | undefined {
	const label = (index: number) => views[index]?.label ?? String(index + 1);
	switch (event.type) {
		case 'waiting':
			return t('journal.waiting', {pid: event.pid, host: event.host, since: localTime(event.since), seconds: event.seconds});
		case 'journal':
			return event.status === 'pending' ? t('fixes.progress.pending', {id: event.entryId}) : undefined;
		case 'elevation':
			return t('fixes.progress.elevation');
		case 'change':
			return event.phase === 'verified' ? t('fixes.progress.verified', {label: label(event.index)}) : undefined;
		case 'rollback':
			return event.phase === 'done'
				? t('fixes.progress.rolledBack', {label: label(event.index)})
				: event.phase === 'failed'
					? t('fixes.progress.rollbackFailed', {label: label(event.index), error: event.error ?? ''})
					: undefined;
		case 'broadcast':
			return event.ok ? t('fixes.progress.broadcast') : t('fixes.progress.broadcastFailed');
		case 'rerun':
			return event.phase === 'start' ? t('fixes.progress.rerun', {ids: event.ids.join(', ')}) : undefined;
		default:
			return undefined;
	}
}

function findingsLines(t: Translator, outcome: {findings: readonly Finding[]}): string[] {
	return outcome.findings.map((finding) => `  ${finding.id}: ${t(`status.${finding.status}`)} · ${finding.summary}`);
}

/** The lines shared by both outcomes: cancelled, failed (with what was rolled back), aborted, refused. */
function settledLines(t: Translator, outcome: ApplyOutcome | UndoOutcome): string[] {
	switch (outcome.status) {
		case 'cancelled':
			return [t('fixes.outcome.cancelledLine', {id: outcome.entryId}), ...journalErrorLines(outcome)];
		case 'failed':
			return [
				t('fixes.outcome.failed', {id: outcome.entryId, error: outcome.error}),
				...(outcome.rollbackFailed.length > 0
					? outcome.rollbackFailed.map((f) => `  ${t('fixes.outcome.rollbackFailed', {index: f.index + 1, error: f.error})}`)
					: [t('fixes.outcome.rolledBackAll')]),
				...journalErrorLines(outcome),
			];
		case 'aborted':
			return [t('journal.aborted', {id: outcome.entryId, reason: outcome.error, name: TOOL_NAME})];
		case 'refused':
			return [t('fixes.outcome.refused', {reason: outcome.refusal.message}), ...conflictLines(t, outcome.refusal.conflicts ?? [])];
		default:
			return [];
	}
}

/** The entry could not be settled in the journal (a full disk): said after the outcome. */
function journalErrorLines(outcome: {journalError?: string}): string[] {
	return outcome.journalError ? [outcome.journalError] : [];
}

/**
 * What a fix that did what it targeted can say when its check still reports a problem: the
 * change is there, and the check's own new words (the problem may be another one now).
 */
export function stillProblemLine(t: Translator, outcome: Extract<ApplyOutcome, {status: 'applied'}>, findingId: string | undefined): string {
	if (outcome.sessionStale) return t('fixes.outcome.stillProblemSession');
	const main = outcome.findings.find((finding) => finding.id === findingId) ?? outcome.findings[0];
	return main ? t('fixes.outcome.stillProblem', {id: main.id, status: t(`status.${main.status}`), summary: main.summary}) : '';
}

export function applyOutcomeText(t: Translator, outcome: ApplyOutcome, findingId?: string): string {
	const out =
		outcome.status === 'applied' && outcome.unverified
			? [t('fixes.outcome.appliedUnverified', {id: outcome.entryId, name: TOOL_NAME}), ...journalErrorLines(outcome)]
			: outcome.status === 'applied'
				? [t('fixes.outcome.applied', {id: outcome.entryId}), ...findingsLines(t, outcome), ...(outcome.stillProblem ? [stillProblemLine(t, outcome, findingId)] : []), ...journalErrorLines(outcome)]
				: settledLines(t, outcome);
	return out.join('\n') + '\n';
}

export function undoOutcomeText(t: Translator, outcome: UndoOutcome): string {
	const out =
		outcome.status === 'undone' && outcome.unverified
			? [t('fixes.outcome.undoneUnverified', {id: outcome.undid, entry: outcome.entryId, name: TOOL_NAME}), ...journalErrorLines(outcome)]
			: outcome.status === 'undone'
				? [t('fixes.outcome.undone', {id: outcome.undid, entry: outcome.entryId}), ...findingsLines(t, outcome), ...(outcome.sessionStale ? [t('fixes.outcome.undoneSession')] : []), ...journalErrorLines(outcome)]
				: outcome.status === 'conflict'
					? [t('fixes.outcome.conflict', {id: outcome.undid}), ...conflictLines(t, outcome.conflicts), t('fixes.outcome.forceHint')]
					: settledLines(t, outcome);
	return out.join('\n') + '\n';
}

/** How settling an interrupted entry ended, for `journal --rollback` / `--resolve`. */
export function recoveryOutcomeText(t: Translator, outcome: RecoveryOutcome, name: string): string {
	const id = outcome.entryId;
	switch (outcome.status) {
		case 'conflict':
			return [t('fixes.outcome.conflict', {id}), ...conflictLines(t, outcome.conflicts), t('fixes.outcome.forceHint')].join('\n') + '\n';
		case 'aborted':
			return t('journal.aborted', {id, reason: outcome.error, name}) + '\n';
		case 'refused':
			return t('fixes.recovery.refused', {id, reason: outcome.refusal.message}) + '\n';
		case 'failed':
			return t('fixes.recovery.failed', {id, reason: outcome.error}) + '\n';
		default:
			return t(`fixes.recovery.${outcome.status}`, {id}) + '\n';
	}
}

/** An ISO time as local `YYYY-MM-DD HH:MM:SS`. */
function localTime(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function statusWord(t: Translator, entry: EntrySummary): string {
	const word = t(`fixes.status.${entry.status}`);
	return entry.resolution ? withNote(t, word, t(`fixes.resolution.${entry.resolution}`)) : word;
}

/** The sentence that tells of a fix left half done, and how to settle it. */
/** An interrupted entry, named for what it was doing: a fix, or the undo (or redo) of one. */
export function interruptedLine(t: Translator, entry: Pick<EntrySummary, 'id' | 'title' | 'time' | 'action' | 'undoes'>, name: string): string {
	return t('fixes.notice.pending', {id: entry.id, what: entryWhat(t, entry), time: localTime(entry.time), name});
}

function entryWhat(t: Translator, entry: Pick<EntrySummary, 'title' | 'action' | 'undoes'>): string {
	return entry.action === 'fix' ? entry.title : t(`fixes.action.${entry.action}`, {id: entry.undoes ?? '?', title: entry.title});
}

export function pendingNotice(t: Translator, pending: readonly PendingEntry[], name: string): string {
	return pending.map((p) => interruptedLine(t, p.entry, name)).join('\n') + '\n';
}

export function journalText(t: Translator, listing: JournalListing, name: string): string {
	const out: string[] = [t('fixes.text.journalPath', {path: listing.path})];
	for (const notice of listing.notices) {
		if (notice.kind === 'corrupt') out.push(t('fixes.notice.corrupt', {at: localTime(notice.at), movedTo: notice.movedTo, reason: notice.reason}));
		else if (notice.kind === 'newer') out.push(t('fixes.refused.newer', {version: notice.schemaVersion}));
		else out.push(notice.message);
	}
	if (listing.busy) out.push(t('fixes.refused.busy', {pid: listing.busy.pid, host: listing.busy.host, since: listing.busy.since}));
	if (listing.entries.length === 0 && listing.pending.length === 0) out.push(t('fixes.text.empty'));
	// Each column starts in one place whatever the widths of its cells (#9 beside #10, a status
	// with its note, a Chinese status word): ids right-aligned, the rest padded by display width.
	const idWidth = Math.max(0, ...listing.entries.map((entry) => String(entry.id).length));
	const rows = alignColumns(listing.entries.map((entry) => [String(entry.id).padStart(idWidth), localTime(entry.time), statusWord(t, entry), entry.findingId, entryWhat(t, entry)]));
	listing.entries.forEach((entry, i) => {
		out.push(`  ${rows[i]}`);
		if (entry.error) out.push(`  ${' '.repeat(idWidth + 2)}${entry.error}`);
	});
	for (const p of listing.pending) {
		out.push('', interruptedLine(t, p.entry, name));
		for (const state of p.states) out.push(`  ${state.index + 1}. ${t('text.labelled', {label: state.label, value: withNote(t, t(`fixes.where.${state.state}`), state.now)})}`);
	}
	return out.join('\n') + '\n';
}
