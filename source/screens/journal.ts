import figures from 'figures';
import {cellWidth} from '../components/width.js';
import type {Row} from '../engine/engine.js';
import type {
	ApplyOutcome,
	ChangeView,
	EntryStatus,
	EntrySummary,
	JournalListing,
	ProgressEvent,
	RecoveryOutcome,
	UndoOutcome,
	UndoPreview,
} from '../fixes/types.js';
import {joinList, type Translator} from '../i18n/index.js';
import type {ShellKind} from '../shell/syntax.js';
import {STATUS_GLYPH, POINTER, SPINNER_FRAMES, statusColor} from '../components/glyphs.js';
import {changeLines, conflictLines} from '../components/fix-view.js';
import {fitLine, line, padLine, seg, spaced, wrapLines, type Line, type Style} from '../components/lines.js';
import type {Loaded, Message} from '../input/view-state.js';
import type {PaneFrame} from './detail.js';
import {footer, scrollPane, splitLine, type Surface} from './frame.js';
import {stillProblemLine} from '../fixes/text.js';

const ENTRY_STYLE: Record<EntryStatus, Style> = {applied: {color: 'green'}, failed: {color: 'red'}, undone: {dim: true}, pending: {color: 'yellow', bold: true}};

/** `11-26 07:15`, in local time: the journal is read by the person who made it. */
export function shortTime(iso: string): string {
	const at = new Date(iso);
	if (Number.isNaN(at.getTime())) return iso;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The entries in the order the journal screen lists them: interrupted ones first, then newest first. */
export function journalOrder(listing: JournalListing): EntrySummary[] {
	const pending = listing.pending.map((p) => p.entry);
	const ids = new Set(pending.map((entry) => entry.id));
	return [...pending, ...listing.entries.filter((entry) => !ids.has(entry.id))];
}

function backTitle(text: string, right: Line, s: Surface): Line {
	return splitLine([seg(`${figures.arrowLeft} `, {dim: true}), seg(text, {bold: true})], right, s.width);
}

function loadingScreen(title: Line, loaded: Loaded<unknown> | undefined, s: Surface, context: 'journal' | 'undo', message?: Message): PaneFrame {
	const text = loaded?.status === 'error' ? s.t('ui.journal.error', {error: loaded.error}) : s.t('ui.loading');
	const body = wrapLines(text, s.width, loaded?.status === 'error' ? {color: 'red'} : {dim: true});
	const lines = [title, ...body];
	// Nothing to act on yet: only the keys that leave or scroll are offered.
	const foot = footer(context, s, {message, skip: (b) => !['back', 'help', 'page'].includes(b.action.type)});
	return {lines: [...lines, ...Array.from({length: Math.max(0, s.height - lines.length - 1)}, (): Line => []), foot], pane: {lines: 0, height: 1}};
}

/** The journal: every fix, undo and redo, newest first; interrupted entries on top, in red. */
export function journalScreen(loaded: Loaded<JournalListing> | undefined, cursor: number, s: Surface, message?: Message): PaneFrame & {page: number} {
	const {t, width, height} = s;
	const title = backTitle(t('ui.journal.title'), loaded?.status === 'ready' ? [seg(loaded.value.path, {dim: true})] : [], s);
	if (loaded?.status !== 'ready') return {...loadingScreen(title, loaded, s, 'journal', message), page: 1};
	const listing = loaded.value;
	const head: Line[] = [title];
	for (const notice of listing.notices) {
		const text = notice.kind === 'corrupt' ? t('ui.journal.corrupt', {movedTo: notice.movedTo, reason: notice.reason}) : notice.kind === 'newer' ? t('ui.journal.newer', {version: notice.schemaVersion}) : notice.message;
		head.push(...wrapLines(text, width, {color: 'yellow'}));
	}
	if (listing.busy) head.push(...wrapLines(t('ui.journal.busy', {pid: listing.busy.pid, host: listing.busy.host}), width, {color: 'yellow'}));
	const entries = journalOrder(listing);
	const pending = new Set(listing.pending.map((p) => p.entry.id));
	if (entries.length === 0) head.push(...wrapLines(t('ui.journal.empty'), width, {dim: true}));
	const rows: Line[] = [];
	const rowOf: number[] = [];
	// Ids, actions and titles each start in one column: #9 above #10, fix above undo.
	const columns = {id: Math.max(0, ...entries.map((e) => String(e.id).length)) + 1, action: Math.max(...ACTIONS.map((a) => cellWidth(t(`entry.action.${a}`))))};
	entries.forEach((entry, i) => {
		if (i === 0 && pending.has(entry.id)) rows.push(line(t('ui.journal.interrupted'), {bold: true, color: 'red'}));
		if (pending.size > 0 && i === pending.size) rows.push(line(t('ui.journal.history'), {bold: true}));
		rowOf[i] = rows.length;
		rows.push(entryRow(entry, i === cursor, columns, s));
	});
	const capacity = Math.max(1, height - head.length - 2);
	const pane = scrollPane(rows, Math.max(0, (rowOf[cursor] ?? 0) - Math.floor(capacity / 2)), capacity, s);
	const current = entries[cursor];
	const skip = (type: string) => (type === 'rollback' || type === 'resolve' ? !current || !pending.has(current.id) : type === 'undo' ? !current?.undoable : false);
	return {
		lines: [...head, pane.ruler, ...pane.lines, footer('journal', s, {message, skip: (b) => skip(b.action.type)})].map((l) => fitLine(l, width)),
		pane: {lines: rows.length, height: capacity},
		page: Math.max(1, capacity - 1),
	};
}

const ACTIONS = ['fix', 'undo', 'redo'] as const satisfies ReadonlyArray<EntrySummary['action']>;

function entryRow(entry: EntrySummary, selected: boolean, columns: {id: number; action: number}, s: Surface): Line {
	const {t, width} = s;
	const status = t(`entry.${entry.status}`);
	const right: Line = [seg(` ${status}`, ENTRY_STYLE[entry.status])];
	const left: Line = [
		seg(selected ? `${POINTER} ` : '  ', {color: 'cyan'}),
		seg(`${`#${entry.id}`.padEnd(columns.id)} `, {dim: true}),
		seg(`${shortTime(entry.time)}  `, {dim: true}),
		...padLine([seg(t(`entry.action.${entry.action}`), {bold: selected})], columns.action),
		seg('  '),
		seg(entry.title, {bold: selected}),
	];
	const room = width - cellWidth(status) - 1;
	return [...padLine(left, room), ...right];
}

/** One journal entry: when, what, how it ended, and every change it made. */
export function entryScreen(listing: JournalListing | undefined, id: number, scroll: number, shell: ShellKind, s: Surface, message?: Message): PaneFrame {
	const {t, width, height} = s;
	const pending = listing?.pending.find((p) => p.entry.id === id);
	const entry = pending?.entry ?? listing?.entries.find((e) => e.id === id);
	if (!entry) return loadingScreen(backTitle(`#${id}`, [], s), {status: 'error', error: t('ui.journal.gone', {id})}, s, 'journal', message);
	const title = backTitle(t('text.labelled', {label: `#${entry.id} ${t(`entry.action.${entry.action}`)}`, value: entry.title}), [seg(t(`entry.${entry.status}`), ENTRY_STYLE[entry.status])], s);
	const facts: Line[] = [
		line(t('ui.entry.when', {time: shortTime(entry.time), updated: shortTime(entry.updated), finding: entry.findingId}), {dim: true}),
		...(entry.undoes !== undefined ? [line(t('ui.entry.undoes', {id: entry.undoes}), {dim: true})] : []),
		...(entry.undoneBy !== undefined ? [line(t('ui.entry.undoneBy', {id: entry.undoneBy}), {dim: true})] : []),
		...(entry.error ? wrapLines(entry.error, width, {color: 'red'}) : []),
		...(entry.resolution ? [line(t(`ui.entry.${entry.resolution}`), {dim: true})] : []),
		...(entry.recheck && entry.recheck.length > 0
			? [fitLine([seg(spaced(t('ui.entry.recheck')), {dim: true}), ...entry.recheck.flatMap((r) => [seg(`${STATUS_GLYPH[r.status]} `, {color: statusColor(r.status)}), seg(`${r.id}  `)])], width)]
			: []),
	];
	const content: Line[] = [];
	if (pending) {
		content.push(...wrapLines(t('ui.entry.interrupted'), width, {color: 'red', bold: true}), []);
		for (const state of pending.states) {
			content.push(...wrapLines(t('text.labelled', {label: state.label, value: t(`ui.entry.state.${state.state}`)}), width, state.state === 'other' ? {color: 'yellow'} : {}, 2));
			content.push(...wrapLines(state.now, width, {dim: true}, 4));
		}
		content.push([]);
	}
	content.push(line(t('ui.fix.changes', {count: entry.views.length}), {bold: true}));
	entry.views.forEach((view, i) => content.push(...changeLines(view, i + 1, {t, width, shell})));
	if (entry.restartHint) content.push([], ...wrapLines(entry.restartHint, width, {dim: true}));
	const paneHeight = Math.max(1, height - 1 - facts.length - 2);
	const pane = scrollPane(content.map((l) => fitLine(l, width)), scroll, paneHeight, s);
	const skip = (type: string) => (type === 'rollback' || type === 'resolve' ? !pending : type === 'undo' ? !entry.undoable : false);
	return {
		lines: [title, ...facts, pane.ruler, ...pane.lines, footer('entry', s, {message, skip: (b) => skip(b.action.type)})].map((l) => fitLine(l, width)),
		pane: {lines: content.length, height: paneHeight},
	};
}

/** Before an undo: the inverse changes, what stays, and what changed since (three values). */
export function undoScreen(entry: EntrySummary | undefined, id: number, loaded: Loaded<UndoPreview> | undefined, scroll: number, shell: ShellKind, s: Surface, message?: Message): PaneFrame {
	const {t, width, height} = s;
	const title = backTitle(t('ui.undo.title', {id, title: entry?.title ?? ''}), [], s);
	if (loaded?.status !== 'ready') return loadingScreen(title, loaded, s, 'undo', message);
	const preview = loaded.value;
	const o = {t, width, shell};
	const content: Line[] = [];
	if (preview.blockers.length > 0) {
		content.push(line(t('ui.fix.blocked'), {bold: true, color: 'red'}));
		for (const blocker of preview.blockers) content.push(...wrapLines(blocker, width, {color: 'red'}, 2));
		content.push([]);
	}
	if (preview.conflicts.length > 0) {
		content.push(...wrapLines(t('ui.undo.conflicts'), width, {bold: true, color: 'yellow'}), ...conflictLines(preview.conflicts, o), []);
	}
	content.push(line(t('ui.fix.changes', {count: preview.views.length}), {bold: true}));
	// A value changed since the fix is what a forced undo replaces: show it as the "before".
	const now = new Map(preview.conflicts.map((conflict) => [conflict.index, conflict.now]));
	const shown = preview.views.map((view) => (now.has(view.index) && !view.diff ? {...view, before: now.get(view.index)!} : view));
	shown.forEach((view, i) => content.push(...changeLines(view, i + 1, o)));
	if (preview.irreversible.length > 0) {
		content.push([], ...wrapLines(t('ui.undo.irreversible'), width, {bold: true, color: 'red'}));
		preview.irreversible.forEach((view, i) => content.push(...changeLines(view, i + 1, o)));
	}
	if (preview.elevatedScript) {
		content.push([], ...wrapLines(t('ui.fix.elevatedScript'), width, {bold: true, color: 'yellow'}));
		for (const raw of preview.elevatedScript.replace(/\s+$/, '').split(/\r?\n/)) content.push(...wrapLines(raw || ' ', width, {}, 2));
	}
	const paneHeight = Math.max(1, height - 3);
	const pane = scrollPane(content.map((l) => fitLine(l, width)), scroll, paneHeight, s);
	const conflicts = preview.conflicts.length > 0;
	const foot = footer('undo', s, {message, extra: [seg(t('ui.fix.anyKeyCancels'), {dim: true})], skip: (b) => (b.action.type === 'force' ? !conflicts : b.action.type === 'apply' ? conflicts : false)});
	return {lines: [title, pane.ruler, ...pane.lines, foot].map((l) => fitLine(l, width)), pane: {lines: content.length, height: paneHeight}};
}

/** A fix, undo or recovery under way, then its outcome. */
export interface RunState {
	kind: 'apply' | 'undo' | 'recover';
	title: string;
	findingId?: string;
	views: ChangeView[];
	events: ProgressEvent[];
	outcome?: ApplyOutcome | UndoOutcome | RecoveryOutcome;
	/** The API threw (a programming error): said plainly. */
	error?: string;
	quitting?: boolean;
}

function changeState(events: readonly ProgressEvent[], index: number, t: Translator, frame: number, done: boolean): Line {
	let state: Line = [seg(figures.bullet, {dim: true}), seg(` ${t('ui.run.waiting')}`, {dim: true})];
	for (const event of events) {
		if (event.type === 'change' && event.index === index) {
			// The run is over and this change never got to verified: it is where it failed.
			if (done && event.phase !== 'verified') {
				state = [seg(figures.cross, {color: 'red'}), seg(` ${t('ui.run.failedHere')}`, {color: 'red'})];
				continue;
			}
			if (event.phase === 'start') state = [seg(SPINNER_FRAMES[frame % SPINNER_FRAMES.length]!, {color: 'cyan'}), seg(` ${t('ui.run.writing')}`)];
			if (event.phase === 'written') state = [seg(SPINNER_FRAMES[frame % SPINNER_FRAMES.length]!, {color: 'cyan'}), seg(` ${t('ui.run.verifying')}`)];
			if (event.phase === 'verified') state = [seg(figures.tick, {color: 'green'}), seg(` ${t('ui.run.verified')}`, {color: 'green'})];
		}
		if (event.type === 'rollback' && event.index === index) {
			if (event.phase === 'done') state = [seg(figures.arrowLeft, {color: 'yellow'}), seg(` ${t('ui.run.rolledBack')}`, {color: 'yellow'})];
			if (event.phase === 'failed') state = [seg(figures.cross, {color: 'red'}), seg(` ${t('ui.run.rollbackFailed', {error: event.error ?? ''})}`, {color: 'red'})];
		}
	}
	return state;
}

/** Progress per change, then the re-run of the affected checks, then the outcome and the row's new status. */
export function progressScreen(run: RunState, row: Row | undefined, scroll: number, now: number, s: Surface, message?: Message): PaneFrame {
	const {t, width, height} = s;
	const frame = Math.floor(now / 80);
	const done = run.outcome !== undefined || run.error !== undefined;
	const title = backTitle(t(`ui.run.title.${run.kind}`, {title: run.title}), done ? [] : [seg(SPINNER_FRAMES[frame % SPINNER_FRAMES.length]!, {color: 'cyan'})], s);
	const content: Line[] = [];
	const journal = run.events.find((e): e is Extract<ProgressEvent, {type: 'journal'}> => e.type === 'journal');
	if (journal) content.push(line(t('ui.run.journal', {id: journal.entryId}), {dim: true}));
	for (const event of run.events) {
		if (event.type === 'waiting') content.push(...wrapLines(t('journal.waiting', {pid: event.pid, host: event.host, since: event.since, seconds: event.seconds}), width, {color: 'yellow'}));
		if (event.type === 'backup') content.push(...wrapLines(t('ui.run.backup', {path: event.path}), width, {dim: true}));
		if (event.type === 'elevation') content.push(...wrapLines(t('ui.run.elevation'), width, {color: 'yellow'}));
	}
	run.views.forEach((view, i) => {
		content.push(...wrapLines(view.label, width, {bold: true}, 0, [seg(`${i + 1}. `, {dim: true})]));
		content.push([seg('   '), ...changeState(run.events, view.index, t, frame, done)]);
	});
	const broadcast = run.events.find((e): e is Extract<ProgressEvent, {type: 'broadcast'}> => e.type === 'broadcast');
	if (broadcast) content.push(line(t(broadcast.ok ? 'ui.run.broadcastOk' : 'ui.run.broadcastFailed'), broadcast.ok ? {dim: true} : {color: 'yellow'}));
	const rerun = run.events.filter((e): e is Extract<ProgressEvent, {type: 'rerun'}> => e.type === 'rerun');
	const started = rerun.find((e) => e.phase === 'start');
	const finished = rerun.find((e) => e.phase === 'done');
	if (started && started.phase === 'start') {
		content.push([], ...wrapLines(t(finished ? 'ui.run.rechecked' : 'ui.run.rechecking', {ids: joinList(t, started.ids)}), width, finished ? {dim: true} : {color: 'cyan'}));
	}
	if (finished && finished.phase === 'done') {
		for (const finding of finished.findings) content.push(fitLine([seg(`  ${STATUS_GLYPH[finding.status]} `, {color: statusColor(finding.status)}), seg(`${finding.title}  `, {bold: true}), seg(finding.summary, {dim: true})], width));
	}
	content.push([]);
	content.push(...outcomeLines(run, row, s));
	if (run.quitting && !done) content.push([], ...wrapLines(t('ui.run.quitting'), width, {color: 'yellow', bold: true}));
	const paneHeight = Math.max(1, height - 3);
	const pane = scrollPane(content.map((l) => fitLine(l, width)), done ? Math.max(scroll, content.length - paneHeight) : content.length, paneHeight, s);
	return {lines: [title, pane.ruler, ...pane.lines, footer('applying', s, {message, skip: (b) => b.action.type === 'back' && !done})].map((l) => fitLine(l, width)), pane: {lines: content.length, height: paneHeight}};
}

function outcomeLines(run: RunState, row: Row | undefined, s: Surface): Line[] {
	const {t, width} = s;
	if (run.error) return wrapLines(t('ui.run.crashed', {error: run.error}), width, {color: 'red', bold: true});
	const outcome = run.outcome;
	if (!outcome) return [];
	const lines: Line[] = [];
	const status = outcome.status;
	const good = status === 'applied' || status === 'undone' || status === 'rolled-back' || status === 'resolved';
	// Written and read back, but the checks were stopped before they said what they make of it.
	if ('unverified' in outcome && outcome.unverified) lines.push(...wrapLines(t(status === 'undone' ? 'fixes.run.undoneUnverified' : 'fixes.run.appliedUnverified'), width, {color: 'yellow', bold: true}));
	else lines.push(...wrapLines(t(`ui.run.outcome.${status}`), width, good ? {color: 'green', bold: true} : status === 'cancelled' ? {color: 'yellow', bold: true} : {color: 'red', bold: true}));
	if ('refusal' in outcome && outcome.refusal) lines.push(...wrapLines(outcome.refusal.message, width, {}, 2));
	if ('error' in outcome && outcome.error) lines.push(...wrapLines(outcome.error, width, {color: 'red'}, 2));
	// Indexes are the changes' own (0-based); people read their labels.
	const label = (index: number) => run.views.find((view) => view.index === index)?.label ?? `#${index + 1}`;
	if ('rolledBack' in outcome) for (const index of outcome.rolledBack) lines.push(...wrapLines(t('ui.run.rolledBackOne', {change: label(index)}), width, {color: 'yellow'}, 2));
	if ('rollbackFailed' in outcome) for (const failure of outcome.rollbackFailed) lines.push(...wrapLines(t('ui.run.rollbackFailedOne', {change: label(failure.index), error: failure.error}), width, {color: 'red'}, 2));
	const conflicts = ('conflicts' in outcome && outcome.conflicts.length > 0 ? outcome.conflicts : 'refusal' in outcome ? outcome.refusal.conflicts : undefined) ?? [];
	if (conflicts.length > 0) lines.push(...conflictLines(conflicts, {t, width, shell: 'posix'}));
	if ('stillProblem' in outcome && outcome.stillProblem) {
		const stale = 'sessionStale' in outcome && outcome.sessionStale;
		// The change is there; the check's new words say what it finds now (maybe another problem).
		const main = outcome.findings.find((finding) => finding.id === run.findingId);
		const text = stale || !main ? t(stale ? 'ui.run.stillProblemSession' : 'ui.run.stillProblem') : stillProblemLine(t, outcome, run.findingId);
		lines.push(...wrapLines(text, width, {color: 'yellow'}, 2));
	}
	if ('journalError' in outcome && outcome.journalError) lines.push(...wrapLines(outcome.journalError, width, {color: 'red'}, 2));
	if ('broadcast' in outcome && outcome.broadcast === false) lines.push(...wrapLines(t('ui.run.broadcastFailed'), width, {color: 'yellow'}, 2));
	if (row?.finding && (status === 'applied' || status === 'undone' || status === 'rolled-back')) {
		lines.push(fitLine([seg(`${t('ui.run.nowStatus', {title: row.title})} `), seg(`${STATUS_GLYPH[row.state]} ${t(`status.${row.state}`)}`, {color: statusColor(row.state), bold: true})], width));
	}
	return lines;
}
