import figures from 'figures';
import {cellWidth} from '../layout/width.js';
import type {EntryStatus, EntrySummary, JournalListing, UndoPreview} from '../fixes/types.js';
import type {ShellKind} from '../shell/syntax.js';
import {STATUS_GLYPH, POINTER, statusColor} from '../layout/glyphs.js';
import {fitLine, line, padLine, seg, spaced, wrapLines, type Line, type Style} from '../layout/lines.js';
import {movedTo, scrolled, type KeyContext, type Step} from '../ui/handler.js';
import type {Action} from '../ui/keymap.js';
import type {EntryScreen, JournalScreen, Loaded, Notice, UndoScreen} from '../ui/model.js';
import {undoViews} from '../report/fix-text.js';
import {changeLines, conflictLines} from './fix-view.js';
import {footer, scrollPane, splitLine, type Frame, type Surface} from './frame.js';

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

export function backTitle(text: string, right: Line, s: Surface): Line {
	return splitLine([seg(`${figures.arrowLeft} `, {dim: true}), seg(text, {bold: true})], right, s.width);
}

function loadingScreen(title: Line, loaded: Loaded<unknown> | undefined, s: Surface, context: 'journal' | 'undo', notice?: Notice): Frame {
	const text = loaded?.status === 'error' ? s.t('ui.journal.error', {error: loaded.error}) : s.t('ui.loading');
	const body = wrapLines(text, s.width, loaded?.status === 'error' ? {color: 'red'} : {dim: true});
	const lines = [title, ...body];
	// Nothing to act on yet: only the keys that leave or scroll are offered.
	const foot = footer(context, s, {notice, skip: (b) => !['back', 'help', 'page'].includes(b.action.type)});
	return {lines: [...lines, ...Array.from({length: Math.max(0, s.height - lines.length - 1)}, (): Line => []), foot], pane: {lines: 0, height: 1}};
}

/** The journal: every fix, undo and redo, newest first; interrupted entries on top, in red. */
export function journalScreen(loaded: Loaded<JournalListing> | undefined, cursorId: number | undefined, s: Surface, notice?: Notice): Frame & {page: number} {
	const {t, width, height} = s;
	const title = backTitle(t('ui.journal.title'), loaded?.status === 'ready' ? [seg(loaded.value.path, {dim: true})] : [], s);
	if (loaded?.status !== 'ready') return {...loadingScreen(title, loaded, s, 'journal', notice), page: 1};
	const listing = loaded.value;
	const head: Line[] = [title];
	for (const notice of listing.notices) {
		const text = notice.kind === 'corrupt' ? t('ui.journal.corrupt', {movedTo: notice.movedTo, reason: notice.reason}) : notice.kind === 'newer' ? t('ui.journal.newer', {version: notice.schemaVersion}) : notice.message;
		head.push(...wrapLines(text, width, {color: 'yellow'}));
	}
	if (listing.busy) head.push(...wrapLines(t('ui.journal.busy', {pid: listing.busy.pid, host: listing.busy.host}), width, {color: 'yellow'}));
	const entries = journalOrder(listing);
	const cursor = Math.max(0, entries.findIndex((entry) => entry.id === cursorId));
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
		lines: [...head, pane.ruler, ...pane.lines, footer('journal', s, {notice, skip: (b) => skip(b.action.type)})].map((l) => fitLine(l, width)),
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
export function entryScreen(listing: JournalListing | undefined, id: number, scroll: number, shell: ShellKind, s: Surface, notice?: Notice): Frame {
	const {t, width, height} = s;
	const pending = listing?.pending.find((p) => p.entry.id === id);
	const entry = pending?.entry ?? listing?.entries.find((e) => e.id === id);
	if (!entry) return loadingScreen(backTitle(`#${id}`, [], s), {status: 'error', error: t('ui.journal.gone', {id})}, s, 'journal', notice);
	const title = backTitle(t('text.labelled', {label: `#${entry.id} ${t(`entry.action.${entry.action}`)}`, value: entry.title}), [seg(t(`entry.${entry.status}`), ENTRY_STYLE[entry.status])], s);
	const facts: Line[] = [
		line(t('ui.entry.when', {time: shortTime(entry.time), updated: shortTime(entry.updated), finding: entry.findingId}), {dim: true}),
		...(entry.undoes !== undefined ? [line(t('ui.entry.undoes', {id: entry.undoes}), {dim: true})] : []),
		// Undone, it is not in effect: said first, and its re-check is of the time it was, not now.
		...(entry.status === 'undone' && entry.undoneBy !== undefined ? wrapLines(t('ui.entry.undoneNow', {id: entry.undoneBy}), width, {color: 'yellow'}) : []),
		...(entry.undoneBy !== undefined && entry.status !== 'undone' ? [line(t('ui.entry.undoneBy', {id: entry.undoneBy}), {dim: true})] : []),
		...(entry.error ? wrapLines(entry.error, width, {color: 'red'}) : []),
		...(entry.resolution ? [line(t(`ui.entry.${entry.resolution}`), {dim: true})] : []),
		...(entry.recheck && entry.recheck.length > 0
			? [fitLine([seg(spaced(t(entry.status === 'undone' ? 'ui.entry.recheckThen' : 'ui.entry.recheck')), {dim: true}), ...entry.recheck.flatMap((r) => [seg(`${STATUS_GLYPH[r.status]} `, {color: statusColor(r.status)}), seg(`${r.id}  `)])], width)]
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
		lines: [title, ...facts, pane.ruler, ...pane.lines, footer('entry', s, {notice, skip: (b) => skip(b.action.type)})].map((l) => fitLine(l, width)),
		pane: {lines: content.length, height: paneHeight},
	};
}

/** Before an undo: the inverse changes, what stays, and what changed since (three values). */
export function undoScreen(entry: EntrySummary | undefined, id: number, loaded: Loaded<UndoPreview> | undefined, scroll: number, shell: ShellKind, s: Surface, notice?: Notice): Frame {
	const {t, width, height} = s;
	// Taking back an undo applies the fix again: a redo, named so, never "Undo" of the undo.
	const title = backTitle(entry?.action === 'undo' ? t('ui.redo.title', {id, fix: entry.undoes ?? '?', title: entry.title}) : t('ui.undo.title', {id, title: entry?.title ?? ''}), [], s);
	if (loaded?.status !== 'ready') return loadingScreen(title, loaded, s, 'undo', notice);
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
	// A value changed since the fix is what a forced undo replaces: shown as the "before".
	undoViews(preview).forEach((view, i) => content.push(...changeLines(view, i + 1, o)));
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
	const foot = footer('undo', s, {notice, extra: [seg(t('ui.fix.anyKeyCancels'), {dim: true})], skip: (b) => (b.action.type === 'force' ? !conflicts : b.action.type === 'apply' ? conflicts : false)});
	return {lines: [title, pane.ruler, ...pane.lines, foot].map((l) => fitLine(l, width)), pane: {lines: content.length, height: paneHeight}};
}

/** The journal's keys: move between entries (kept by id), open one, undo or settle it. */
export function journalKeys(journal: JournalScreen, action: Action, ctx: KeyContext): Step {
	const listing = ctx.resources.journal?.status === 'ready' ? ctx.resources.journal.value : undefined;
	const order = listing ? journalOrder(listing).map((entry) => entry.id) : [];
	const at = Math.max(0, order.indexOf(journal.cursor ?? -1));
	const entry = order[at];
	const moved = movedTo(at, order.length, action, action.type === 'page' ? ctx.page() : 1);
	if (moved !== undefined) {
		const target = order[moved];
		return ctx.step(target === undefined ? ctx.view : ctx.replaceTop({...journal, cursor: target}));
	}
	switch (action.type) {
		case 'back':
			return ctx.step(ctx.pop());
		case 'open':
			return entry === undefined ? ctx.say(ctx.view, 'ui.msg.journalEmpty') : ctx.step(ctx.push({screen: 'entry', entry, scroll: 0}));
		case 'undo':
		case 'rollback':
		case 'resolve':
			return entry === undefined ? ctx.say(ctx.view, 'ui.msg.journalEmpty') : entryAction(entry, action.type, listing, ctx);
		default:
			return ctx.step(ctx.view);
	}
}

/** One entry's keys: scroll it, undo or settle it. */
export function entryKeys(screen: EntryScreen, action: Action, ctx: KeyContext): Step {
	switch (action.type) {
		case 'back':
			return ctx.step(ctx.pop());
		case 'undo':
		case 'rollback':
		case 'resolve': {
			const listing = ctx.resources.journal?.status === 'ready' ? ctx.resources.journal.value : undefined;
			return entryAction(screen.entry, action.type, listing, ctx);
		}
		default: {
			const scroll = scrolled(screen.scroll, action, ctx.pane());
			return ctx.step(scroll === undefined ? ctx.view : ctx.replaceTop({...screen, scroll}));
		}
	}
}

/** Undo an entry (through its undo preview), or settle one a crash interrupted. */
function entryAction(entry: number, type: 'undo' | 'rollback' | 'resolve', listing: JournalListing | undefined, ctx: KeyContext): Step {
	const pending = Boolean(listing?.pending.some((p) => p.entry.id === entry));
	if (type === 'undo') {
		if (pending) return ctx.say(ctx.view, 'ui.msg.pendingUseRecover', undefined, 'warn');
		const summary = listing?.entries.find((e) => e.id === entry);
		if (summary && !summary.undoable) return ctx.say(ctx.view, 'ui.msg.notUndoable', {status: summary.status});
		return ctx.step(ctx.push({screen: 'undo', entry, scroll: 0}), [{type: 'previewUndo', entry}]);
	}
	if (!pending) return ctx.say(ctx.view, 'ui.msg.notPending');
	return ctx.step(ctx.push({screen: 'applying', scroll: 0}), [{type: 'recover', entry, action: type === 'rollback' ? 'rollback' : 'mark-resolved'}]);
}

/** Before an undo: `y` undoes, `F` forces over values changed since; scrolling scrolls; any other key cancels. */
export function undoKeys(undo: UndoScreen, action: Action, ctx: KeyContext): Step {
	if (action.type === 'apply' || action.type === 'force') {
		const loaded = ctx.resources.undoPreviews.get(undo.entry);
		if (!loaded || loaded.status === 'loading') return ctx.say(ctx.view, 'ui.msg.previewLoading');
		if (loaded.status === 'error') return ctx.say(ctx.view, 'ui.msg.previewFailed', {error: loaded.error}, 'bad');
		if (loaded.value.blockers.length > 0) return ctx.say(ctx.view, 'ui.msg.blocked', undefined, 'warn');
		const conflicts = loaded.value.conflicts.length > 0;
		if (action.type === 'apply' && conflicts) return ctx.say(ctx.view, 'ui.msg.conflictForce', undefined, 'warn');
		if (action.type === 'force' && !conflicts) return ctx.say(ctx.view, 'ui.msg.noConflict');
		return ctx.step(ctx.replaceTop({screen: 'applying', scroll: 0}), [{type: 'undo', entry: undo.entry, force: action.type === 'force'}]);
	}
	const scroll = scrolled(undo.scroll, action, ctx.pane());
	if (scroll !== undefined) return ctx.step(ctx.replaceTop({...undo, scroll}));
	return ctx.say(ctx.pop(), 'ui.msg.cancelled');
}
