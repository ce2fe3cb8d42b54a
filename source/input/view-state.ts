import type {EntrySummary, FixPreview, UndoPreview} from '../fixes/types.js';
import type {MessageKey, Params} from '../i18n/index.js';
import type {Finding, Tone} from '../model/finding.js';
import {parseExpiry, type Suppression} from '../suppressions/suppressions.js';
import type {Action, Context} from '../ui/keymap.js';
import {SEVERITIES, selectedIndex, visibleRows, type ListRow, type Severity} from '../ui/list.js';

/** The screens above the checklist, as a stack: Esc pops one. */
export type View =
	| {screen: 'detail'; id: string; scroll: number; fix: number}
	| {screen: 'preview'; id: string; fix: string; scroll: number}
	| {screen: 'confirm'; id: string; fix: string; typed: string}
	| {screen: 'applying'; kind: 'apply' | 'undo' | 'recover'; scroll: number}
	| {screen: 'journal'; cursor: number}
	| {screen: 'entry'; entry: number; scroll: number}
	| {screen: 'undo'; entry: number; scroll: number}
	| {screen: 'suppress'; id: string; reason: string; until: string; field: 'reason' | 'until'; error?: 'reason' | 'until'}
	| {screen: 'unsuppress'; id: string}
	| {screen: 'report'; scroll: number};

export interface Message {
	key: MessageKey;
	params?: Params;
	tone?: Tone;
}

export interface ViewState {
	/** Empty: the checklist. */
	stack: View[];
	/** The selected check, by id: rows may be filtered or regrouped under it. */
	cursor?: string;
	filter: string;
	filterEditing: boolean;
	severity: Severity;
	/** The help overlay, over whatever screen is open. */
	help?: {scroll: number};
	/** A one-line answer to the last key, shown in the footer until the next key. */
	message?: Message;
}

export const initialView: ViewState = {stack: [], filter: '', filterEditing: false, severity: 'all'};

/** What the app must do outside the view: the view itself never touches the engine or files. */
export type Effect =
	| {type: 'quit'}
	| {type: 'rerun'; ids?: string[]}
	| {type: 'suppress'; suppression: Suppression}
	| {type: 'unsuppress'; id: string}
	| {type: 'writeReport'}
	| {type: 'preview'; id: string; fix: string}
	| {type: 'apply'; id: string; fix: string; confirmIrreversible: boolean}
	| {type: 'loadJournal'}
	| {type: 'previewUndo'; entry: number}
	| {type: 'undo'; entry: number; force: boolean}
	| {type: 'recover'; entry: number; action: 'rollback' | 'mark-resolved'};

/** Something the app fetches for a screen: a fix preview, an undo preview. */
export type Loaded<T> = {status: 'loading'} | {status: 'ready'; value: T} | {status: 'error'; error: string};

/** What the reducer may know of the world when a key arrives. */
export interface UpdateContext {
	/** Every row, grouped, with suppressions (see listRows). */
	items: readonly ListRow[];
	finding(id: string): Finding | undefined;
	/** Lines in the open scroll pane and its height, from the last frame drawn. */
	pane: {lines: number; height: number};
	/** Rows per page in the checklist. */
	listPage: number;
	/** The executor's description of a fix, once fetched. */
	preview(id: string, fix: string): Loaded<FixPreview> | undefined;
	/** Journal entries in the order shown (interrupted ones first), once fetched. */
	journal: {order: readonly number[]; entry(id: number): EntrySummary | undefined; isPending(id: number): boolean};
	undoPreview(entry: number): Loaded<UndoPreview> | undefined;
	/** Whether the fix, undo or recovery under way has finished (its screen can be left). */
	applyDone: boolean;
	now: Date;
}

export interface Update {
	state: ViewState;
	effects: Effect[];
}

export function top(state: ViewState): View | undefined {
	return state.stack.at(-1);
}

/** Where keys go right now. */
export function contextOf(state: ViewState): Context {
	if (state.help) return 'help';
	const view = top(state);
	if (!view) return state.filterEditing ? 'filter' : 'checklist';
	return view.screen;
}

const CONFIRM_WORDS = new Set(['yes', '是']);

/**
 * The whole of the UI's behaviour: (state, action) → new state plus effects. Pure, so every
 * key path is tested without a terminal; the app runs the effects.
 */
export function update(state: ViewState, action: Action, ctx: UpdateContext): Update {
	const base: ViewState = state.message ? {...state, message: undefined} : state;
	if (action.type === 'quit') return {state: base, effects: [{type: 'quit'}]};
	const context = contextOf(base);
	const result = (next: ViewState, effects: Effect[] = []): Update => ({state: next, effects});
	const say = (next: ViewState, key: MessageKey, params?: Params, tone?: Tone): Update => result({...next, message: {key, ...(params ? {params} : {}), ...(tone ? {tone} : {})}});
	const replaceTop = (view: View): ViewState => ({...base, stack: [...base.stack.slice(0, -1), view]});
	const push = (view: View): ViewState => ({...base, stack: [...base.stack, view]});
	const pop = (): ViewState => ({...base, stack: base.stack.slice(0, -1)});

	if (context === 'help') {
		const help = base.help!;
		if (action.type === 'back') return result({...base, help: undefined});
		const scroll = scrolled(help.scroll, action, ctx.pane);
		return result(scroll === undefined ? base : {...base, help: {scroll}});
	}
	if (action.type === 'help') return result({...base, help: {scroll: 0}});

	const visible = visibleRows(ctx.items, base.filter, base.severity);
	const selected = visible[selectedIndex(visible, base.cursor)];

	/** Opens the fix of a finding: its preview when there is one fix, its detail when several. */
	const openFix = (id: string, from: 'list' | 'detail', fixIndex = 0): Update => {
		const finding = ctx.finding(id);
		if (!finding) return say(base, 'ui.msg.stillRunning');
		if (finding.fixes.length === 0) return say(base, 'ui.msg.noFix', {id});
		if (from === 'list' && finding.fixes.length > 1) return say(push({screen: 'detail', id, scroll: 0, fix: 0}), 'ui.msg.chooseFix', {count: finding.fixes.length});
		const fix = finding.fixes[Math.min(fixIndex, finding.fixes.length - 1)]!;
		return result(push({screen: 'preview', id, fix: fix.id, scroll: 0}), [{type: 'preview', id, fix: fix.id}]);
	};
	const suppress = (id: string): Update => {
		const finding = ctx.finding(id);
		if (!finding) return say(base, 'ui.msg.stillRunning');
		const current = ctx.items.find((item) => item.row.id === id)?.suppression;
		if (current) return result(push({screen: 'unsuppress', id}));
		if (finding.status === 'ok' || finding.status === 'skipped') return say(base, 'ui.msg.nothingToSuppress', {id});
		return result(push({screen: 'suppress', id, reason: '', until: '', field: 'reason'}));
	};
	const shared = (id: string | undefined): Update | undefined => {
		switch (action.type) {
			case 'report':
				return result(push({screen: 'report', scroll: 0}));
			case 'journal':
				return result(push({screen: 'journal', cursor: 0}), [{type: 'loadJournal'}]);
			case 'rerunAll':
				return result(base, [{type: 'rerun'}]);
			case 'rerun':
				return id ? result(base, [{type: 'rerun', ids: [id]}]) : result(base);
			case 'suppress':
				return id ? suppress(id) : result(base);
			default:
				return undefined;
		}
	};

	/** Undo an entry (via its undo preview), or settle an interrupted one. */
	const entryAction = (entry: number, type: 'undo' | 'rollback' | 'resolve'): Update => {
		const pending = ctx.journal.isPending(entry);
		if (type === 'undo') {
			if (pending) return say(base, 'ui.msg.pendingUseRecover', undefined, 'warn');
			const summary = ctx.journal.entry(entry);
			if (summary && !summary.undoable) return say(base, 'ui.msg.notUndoable', {status: summary.status});
			return result(push({screen: 'undo', entry, scroll: 0}), [{type: 'previewUndo', entry}]);
		}
		if (!pending) return say(base, 'ui.msg.notPending');
		return result(push({screen: 'applying', kind: 'recover', scroll: 0}), [{type: 'recover', entry, action: type === 'rollback' ? 'rollback' : 'mark-resolved'}]);
	};

	const view = top(base);
	switch (context) {
		case 'checklist':
		case 'filter': {
			const moveTo = (index: number) => {
				const target = visible[Math.max(0, Math.min(visible.length - 1, index))];
				return result(target ? {...base, cursor: target.row.id} : base);
			};
			const at = selectedIndex(visible, base.cursor);
			switch (action.type) {
				case 'move':
					return moveTo(at + action.delta);
				case 'page':
					return moveTo(at + action.delta * Math.max(1, ctx.listPage));
				case 'top':
					return moveTo(0);
				case 'bottom':
					return moveTo(visible.length - 1);
				case 'insert':
					return result({...base, filter: base.filter + action.text});
				case 'deleteChar':
					return result({...base, filter: [...base.filter].slice(0, -1).join('')});
				case 'clearText':
					return result({...base, filter: ''});
				case 'submit':
					return result({...base, filterEditing: false});
				case 'filter':
					return result({...base, filterEditing: true});
				case 'clear':
					if (base.filterEditing || base.filter) return result({...base, filter: '', filterEditing: false});
					if (base.severity !== 'all') return result({...base, severity: 'all'});
					return say(base, 'ui.msg.quitHint');
				case 'severity': {
					const next = SEVERITIES[(SEVERITIES.indexOf(base.severity) + 1) % SEVERITIES.length]!;
					return say({...base, severity: next}, `ui.severity.${next}`);
				}
				case 'open':
					return selected ? result(push({screen: 'detail', id: selected.row.id, scroll: 0, fix: 0})) : result(base);
				case 'fix':
					return selected ? openFix(selected.row.id, 'list') : result(base);
				default:
					return shared(selected?.row.id) ?? result(base);
			}
		}
		case 'detail': {
			const detail = view as Extract<View, {screen: 'detail'}>;
			const fixes = ctx.finding(detail.id)?.fixes ?? [];
			switch (action.type) {
				case 'back':
					return result(pop());
				case 'nextFix':
					if (fixes.length === 0) return say(base, 'ui.msg.noFix', {id: detail.id});
					return result(replaceTop({...detail, fix: (detail.fix + action.delta + fixes.length) % fixes.length}));
				case 'selectFix':
					if (action.index >= fixes.length) return fixes.length === 0 ? say(base, 'ui.msg.noFix', {id: detail.id}) : result(base);
					return result(replaceTop({...detail, fix: action.index}));
				case 'fix':
					return openFix(detail.id, 'detail', detail.fix);
				default: {
					const scroll = scrolled(detail.scroll, action, ctx.pane);
					if (scroll !== undefined) return result(replaceTop({...detail, scroll}));
					return shared(detail.id) ?? result(base);
				}
			}
		}
		case 'preview': {
			const preview = view as Extract<View, {screen: 'preview'}>;
			if (action.type === 'apply') {
				const loaded = ctx.preview(preview.id, preview.fix);
				if (!loaded || loaded.status === 'loading') return say(base, 'ui.msg.previewLoading');
				if (loaded.status === 'error') return say(base, 'ui.msg.previewFailed', {error: loaded.error}, 'bad');
				const ready = loaded.value;
				if (ready.blockers.length > 0) return say(base, 'ui.msg.blocked', undefined, 'warn');
				if (ready.views.length === 0) return say(base, 'ui.msg.manualOnly');
				if (ready.irreversible.length > 0) return result(replaceTop({screen: 'confirm', id: preview.id, fix: preview.fix, typed: ''}));
				return result(replaceTop({screen: 'applying', kind: 'apply', scroll: 0}), [{type: 'apply', id: preview.id, fix: preview.fix, confirmIrreversible: false}]);
			}
			const scroll = scrolled(preview.scroll, action, ctx.pane);
			if (scroll !== undefined) return result(replaceTop({...preview, scroll}));
			return say(pop(), 'ui.msg.cancelled');
		}
		case 'confirm': {
			const confirm = view as Extract<View, {screen: 'confirm'}>;
			switch (action.type) {
				case 'insert':
					return result(replaceTop({...confirm, typed: confirm.typed + action.text}));
				case 'deleteChar':
					return result(replaceTop({...confirm, typed: [...confirm.typed].slice(0, -1).join('')}));
				case 'clearText':
					return result(replaceTop({...confirm, typed: ''}));
				case 'submit':
					if (!CONFIRM_WORDS.has(confirm.typed.trim().toLowerCase())) return say(base, 'ui.msg.typeYes', undefined, 'warn');
					return result(replaceTop({screen: 'applying', kind: 'apply', scroll: 0}), [{type: 'apply', id: confirm.id, fix: confirm.fix, confirmIrreversible: true}]);
				case 'cancel':
					return say(pop(), 'ui.msg.cancelled');
				default:
					return result(base);
			}
		}
		case 'applying': {
			const applying = view as Extract<View, {screen: 'applying'}>;
			if (action.type === 'back') return ctx.applyDone ? result(pop()) : say(base, 'ui.msg.stillApplying');
			const scroll = scrolled(applying.scroll, action, ctx.pane);
			return result(scroll === undefined ? base : replaceTop({...applying, scroll}));
		}
		case 'journal': {
			const journal = view as Extract<View, {screen: 'journal'}>;
			const count = ctx.journal.order.length;
			const entry = ctx.journal.order[Math.min(journal.cursor, Math.max(0, count - 1))];
			switch (action.type) {
				case 'back':
					return result(pop());
				case 'move':
				case 'page':
				case 'top':
				case 'bottom': {
					const delta = action.type === 'move' ? action.delta : action.type === 'page' ? action.delta * Math.max(1, ctx.listPage) : 0;
					const target = action.type === 'top' ? 0 : action.type === 'bottom' ? count - 1 : journal.cursor + delta;
					return result(replaceTop({...journal, cursor: Math.max(0, Math.min(Math.max(0, count - 1), target))}));
				}
				case 'open':
					return entry === undefined ? say(base, 'ui.msg.journalEmpty') : result(push({screen: 'entry', entry, scroll: 0}));
				case 'undo':
				case 'rollback':
				case 'resolve':
					return entry === undefined ? say(base, 'ui.msg.journalEmpty') : entryAction(entry, action.type);
				default:
					return result(base);
			}
		}
		case 'entry': {
			const entry = view as Extract<View, {screen: 'entry'}>;
			switch (action.type) {
				case 'back':
					return result(pop());
				case 'undo':
				case 'rollback':
				case 'resolve':
					return entryAction(entry.entry, action.type);
				default: {
					const scroll = scrolled(entry.scroll, action, ctx.pane);
					return result(scroll === undefined ? base : replaceTop({...entry, scroll}));
				}
			}
		}
		case 'undo': {
			const undo = view as Extract<View, {screen: 'undo'}>;
			if (action.type === 'apply' || action.type === 'force') {
				const loaded = ctx.undoPreview(undo.entry);
				if (!loaded || loaded.status === 'loading') return say(base, 'ui.msg.previewLoading');
				if (loaded.status === 'error') return say(base, 'ui.msg.previewFailed', {error: loaded.error}, 'bad');
				if (loaded.value.blockers.length > 0) return say(base, 'ui.msg.blocked', undefined, 'warn');
				const conflicts = loaded.value.conflicts.length > 0;
				if (action.type === 'apply' && conflicts) return say(base, 'ui.msg.conflictForce', undefined, 'warn');
				if (action.type === 'force' && !conflicts) return say(base, 'ui.msg.noConflict');
				return result(replaceTop({screen: 'applying', kind: 'undo', scroll: 0}), [{type: 'undo', entry: undo.entry, force: action.type === 'force'}]);
			}
			const scroll = scrolled(undo.scroll, action, ctx.pane);
			if (scroll !== undefined) return result(replaceTop({...undo, scroll}));
			return say(pop(), 'ui.msg.cancelled');
		}
		case 'suppress': {
			const form = view as Extract<View, {screen: 'suppress'}>;
			const field = form.field;
			switch (action.type) {
				case 'insert':
					return result(replaceTop({...form, [field]: form[field] + action.text, error: undefined}));
				case 'deleteChar':
					return result(replaceTop({...form, [field]: [...form[field]].slice(0, -1).join(''), error: undefined}));
				case 'clearText':
					return result(replaceTop({...form, [field]: '', error: undefined}));
				case 'nextField':
					return result(replaceTop({...form, field: field === 'reason' ? 'until' : 'reason'}));
				case 'cancel':
					return say(pop(), 'ui.msg.cancelled');
				case 'submit': {
					const finding = ctx.finding(form.id);
					const reason = form.reason.trim();
					if (!reason) return result(replaceTop({...form, field: 'reason', error: 'reason'}));
					const expiry = parseExpiry(form.until, ctx.now);
					if (!expiry.ok) return result(replaceTop({...form, field: 'until', error: 'until'}));
					if (!finding) return say(pop(), 'ui.msg.stillRunning');
					const suppression: Suppression = {
						id: form.id,
						reason,
						...(expiry.until ? {until: expiry.until} : {}),
						since: ctx.now.toISOString(),
						status: finding.status,
					};
					return result(pop(), [{type: 'suppress', suppression}]);
				}
				default:
					return result(base);
			}
		}
		case 'unsuppress': {
			const form = view as Extract<View, {screen: 'unsuppress'}>;
			if (action.type === 'submit') return result(pop(), [{type: 'unsuppress', id: form.id}]);
			return say(pop(), 'ui.msg.cancelled');
		}
		case 'report': {
			const report = view as Extract<View, {screen: 'report'}>;
			if (action.type === 'back') return result(pop());
			if (action.type === 'write') return result(pop(), [{type: 'writeReport'}]);
			const scroll = scrolled(report.scroll, action, ctx.pane);
			return result(scroll === undefined ? base : replaceTop({...report, scroll}));
		}
	}
	return result(base);
}

/** The new offset of a scroll pane for a scrolling action, or undefined for other actions. */
function scrolled(offset: number, action: Action, pane: {lines: number; height: number}): number | undefined {
	const max = Math.max(0, pane.lines - pane.height);
	const clamp = (value: number) => Math.max(0, Math.min(max, value));
	switch (action.type) {
		case 'move':
			return clamp(offset + action.delta);
		case 'page':
			return clamp(offset + action.delta * Math.max(1, pane.height - 1));
		case 'top':
			return 0;
		case 'bottom':
			return max;
		default:
			return undefined;
	}
}
