import {cellWidth} from '../layout/width.js';
import type {EngineState} from '../model/check-run.js';
import type {Family} from '../model/finding.js';
import {STATUSES} from '../model/status.js';
import {STATUS_GLYPH, POINTER, SPINNER_FRAMES, statusColor} from '../layout/glyphs.js';
import {fitLine, padLine, seg, styled, type Line} from '../layout/lines.js';
import {movedTo, type KeyContext, type Step} from '../ui/handler.js';
import type {Action} from '../ui/keymap.js';
import {SEVERITIES, selectedIndex, visibleRows, type ListRow} from '../ui/list.js';
import {elapsedMs, itemsOf, type ChecklistState, type Model, type Notice} from '../ui/model.js';
import {openFix, sharedKeys} from './actions.js';
import {footer, splitLine, surfaceOf, type Frame, type Surface} from './frame.js';

export interface ChecklistInput {
	state: EngineState;
	items: readonly ListRow[];
	list: ChecklistState;
	title: string;
	now: number;
	/** The header's time: of the run of every check, or of a re-check under way. */
	elapsedMs: number;
	notice?: Notice;
	/** A line under the title that must not be missed (a fix interrupted by a crash). */
	banner?: Line;
}

/**
 * The checklist as the model shows it when no screen is above it: the first frame drawn
 * before Ink is this, and render (source/app/render.ts) draws it for an empty stack, so the
 * first frame needs no other screen loaded.
 */
export function checklistView(model: Model): Frame & {page: number} {
	const notice = model.view.notice;
	return checklistScreen({...checklistInput(model), ...(notice ? {notice} : {})}, surfaceOf(model.layout));
}

/** What the checklist draws of a model (its footer's notice aside). */
export function checklistInput(model: Model): ChecklistInput {
	const {view, resources} = model;
	const listing = resources.journal?.status === 'ready' ? resources.journal.value : undefined;
	const interrupted = listing?.pending.length ?? 0;
	return {
		state: resources.checks,
		items: itemsOf(resources),
		list: view.list,
		title: resources.title,
		now: resources.now,
		elapsedMs: elapsedMs(resources),
		...(interrupted > 0 ? {banner: [seg(model.layout.t('ui.journal.banner', {count: interrupted}), {color: 'red', bold: true})]} : {}),
	};
}

/**
 * The checklist's keys (and the filter's, while one is typed). The selection is an id: it is
 * the row the person sees selected, so a filter or a severity that changes what is shown
 * never moves it to another row, and clearing them leaves it where it was.
 */
export function checklistKeys(list: ChecklistState, action: Action, ctx: KeyContext): Step {
	const visible = visibleRows(ctx.items, list.filter, list.severity);
	const selected = visible[selectedIndex(visible, list.cursor)];
	const at = selectedIndex(visible, list.cursor);
	// Changing what is shown keeps the selection on the row that was selected.
	const shown = (change: Partial<ChecklistState>): Step => ctx.step({...ctx.view, list: {...list, ...(selected ? {cursor: selected.row.id} : {}), ...change}});
	const moved = movedTo(at, visible.length, action, action.type === 'page' ? ctx.page() : 1);
	if (moved !== undefined) {
		const target = visible[moved];
		return ctx.step(target ? {...ctx.view, list: {...list, cursor: target.row.id}} : ctx.view);
	}
	switch (action.type) {
		case 'insert':
			return shown({filter: list.filter + action.text});
		case 'deleteChar':
			return shown({filter: [...list.filter].slice(0, -1).join('')});
		case 'clearText':
			return shown({filter: ''});
		case 'submit':
			return shown({filterEditing: false});
		case 'filter':
			return shown({filterEditing: true});
		case 'clear':
			if (list.filterEditing || list.filter) return shown({filter: '', filterEditing: false});
			if (list.severity !== 'all') return shown({severity: 'all'});
			return ctx.say(ctx.view, 'ui.msg.quitHint');
		case 'severity': {
			const next = SEVERITIES[(SEVERITIES.indexOf(list.severity) + 1) % SEVERITIES.length]!;
			const step = shown({severity: next});
			return ctx.say(step.view, `ui.severity.${next}`);
		}
		case 'open':
			return selected ? ctx.step(ctx.push({screen: 'detail', id: selected.row.id, scroll: 0})) : ctx.step(ctx.view);
		case 'fix':
			return selected ? openFix(selected.row.id, 'list', ctx) : ctx.step(ctx.view);
		default:
			return sharedKeys(selected?.row.id, action, ctx) ?? ctx.step(ctx.view);
	}
}

/** Lines the checklist needs besides its rows: the title and the footer. */
const CHROME = 2;

type Item = {kind: 'group'; family: Family; count: number} | {kind: 'row'; item: ListRow; index: number};

/**
 * The live checklist: a title with counts, the checks grouped by family (rows keep their
 * place as checks settle), and the keys that work here. The list is windowed around the
 * selection so the frame never exceeds its height; the group of the first visible row
 * stays on top.
 */
export function checklistScreen(input: ChecklistInput, s: Surface): Frame & {page: number} {
	const {list: view, items} = input;
	const {t, width, height} = s;
	const visible = visibleRows(items, view.filter, view.severity);
	const cursor = selectedIndex(visible, view.cursor);
	const status = statusLine(input, visible.length, s);
	const capacity = Math.max(1, height - CHROME - (status ? 1 : 0) - (input.banner ? 1 : 0));

	const list: Item[] = [];
	visible.forEach((item, index) => {
		const previous = visible[index - 1];
		if (!previous || previous.row.family !== item.row.family) {
			list.push({kind: 'group', family: item.row.family, count: visible.filter((v) => v.row.family === item.row.family).length});
		}
		list.push({kind: 'row', item, index});
	});
	const cursorAt = list.findIndex((entry) => entry.kind === 'row' && entry.index === cursor);
	let first = windowStart(list.length, Math.max(0, cursorAt), capacity);
	let shown = list.slice(first, first + capacity);
	if (shown[0]?.kind === 'row') {
		// Keep the group header of the first visible row on top.
		first = windowStart(list.length, Math.max(0, cursorAt), capacity - 1);
		const group = list.slice(0, first + 1).findLast((entry) => entry.kind === 'group');
		shown = list[first]?.kind === 'group' || !group ? list.slice(first, first + capacity) : [group, ...list.slice(first, first + capacity - 1)];
	}
	// A group header with none of its rows under it says nothing: leave it for the next page.
	if (shown.length > 1 && shown.at(-1)?.kind === 'group') shown = shown.slice(0, -1);

	// Titles get at most 24 cells, and less than half a narrow screen, so a summary stays readable.
	const titleWidth = Math.min(24, Math.max(8, Math.floor((width - 6) * 0.45)), Math.max(8, ...items.map((i) => cellWidth(i.row.title))));
	const frame = Math.floor((input.now - input.state.startedAt) / 80);
	const lines: Line[] = [header(input, s), ...(input.banner ? [fitLine(input.banner, width)] : [])];
	for (const entry of shown) {
		if (entry.kind === 'group') lines.push(fitLine([seg(t(`family.${entry.family}`), {bold: true, color: 'magenta'})], width));
		else lines.push(rowLine(entry.item, entry.index === cursor, titleWidth, frame, input.now, s));
	}
	if (visible.length === 0) lines.push(fitLine([seg(view.filter ? t('ui.list.noMatch', {filter: view.filter}) : t('ui.list.noProblems'), {dim: true})], width));
	if (status) lines.push(status);
	const hidden = visible.length - shown.filter((entry) => entry.kind === 'row').length;
	const extra: Line = hidden > 0 ? [seg(t('ui.more', {count: hidden}), {color: 'cyan'})] : [];
	lines.push(view.filterEditing ? filterInput(view.filter, s) : footer('checklist', s, {notice: input.notice, extra}));
	return {lines, page: Math.max(1, capacity - 2)};
}

function header(input: ChecklistInput, s: Surface): Line {
	const {t, width} = s;
	const {state, items} = input;
	const settled = state.rows.filter((row) => row.state !== 'pending' && row.state !== 'running').length;
	const elapsed = (input.elapsedMs / 1000).toFixed(1);
	const right = settled < state.rows.length ? `${t('ui.running', {done: settled, total: state.rows.length})} · ${t('ui.elapsed', {seconds: elapsed})}` : t('ui.elapsed', {seconds: elapsed});
	const counted = items.filter((item) => item.suppression?.kind !== 'active');
	const counts: Line = STATUSES.flatMap((status) => {
		const count = counted.filter((item) => item.row.state === status).length;
		return count > 0 ? [seg(`  ${STATUS_GLYPH[status]} ${count}`, {color: statusColor(status)})] : [];
	});
	const suppressed = items.length - counted.length;
	const left: Line = [seg(input.title, {bold: true}), ...counts, ...(suppressed > 0 ? [seg(`  ${t('ui.list.suppressedCount', {count: suppressed})}`, {dim: true})] : [])];
	const line = splitLine(left, [seg(right, {dim: true})], width);
	return cellWidth(line.map((p) => p.text).join('')) <= width ? line : fitLine([seg(input.title, {bold: true}), seg(`  ${right}`, {dim: true})], width);
}

/** Says which rows are hidden and why, when a filter or a severity is on. */
function statusLine(input: ChecklistInput, shown: number, s: Surface): Line | undefined {
	const {list: view, items} = input;
	const {t, width} = s;
	if (!view.filter && view.severity === 'all') return undefined;
	const parts = [
		view.severity !== 'all' ? t(`ui.severity.${view.severity}`) : '',
		view.filter ? t('ui.list.filter', {filter: view.filter}) : '',
		t('ui.list.shown', {shown, total: items.length}),
	].filter(Boolean);
	return fitLine([seg(parts.join(' · '), {color: 'cyan'}), seg(`  ${t('ui.list.escClears')}`, {dim: true})], width);
}

function filterInput(filter: string, s: Surface): Line {
	const hint = s.t('ui.list.filterHint');
	const text: Line = [seg('/', {color: 'cyan', bold: true}), seg(filter), seg(' ', {inverse: true})];
	return splitLine(text, [seg(hint, {dim: true})], s.width);
}

function rowLine(item: ListRow, selected: boolean, titleWidth: number, frame: number, now: number, s: Surface): Line {
	const {t, width} = s;
	const {row, suppression} = item;
	const glyph: Line =
		row.state === 'running' ? [seg(SPINNER_FRAMES[frame % SPINNER_FRAMES.length]!, {color: 'cyan'})] : [seg(STATUS_GLYPH[row.state], {color: statusColor(row.state)})];
	const muted = suppression?.kind === 'active';
	// A running row shows what it waits on, never the result of an earlier run.
	let detail: Line;
	if (row.state === 'running') {
		detail = row.note && row.startedAt !== undefined ? [seg(t('ui.waiting', {note: row.note, seconds: ((now - row.startedAt) / 1000).toFixed(1)}), {dim: true})] : [];
	} else {
		const summary = row.finding?.summary ?? '';
		const tone = row.state === 'error' || row.state === 'failed' ? {color: statusColor(row.state)} : row.state === 'skipped' ? {dim: true} : {};
		detail =
			suppression?.kind === 'active'
				? [seg(t('ui.list.suppressedReason', {reason: suppression.suppression.reason})), seg(` · ${summary}`)]
				: suppression
					? [seg(`${t(suppression.kind === 'expired' ? 'ui.list.suppressionExpired' : 'ui.list.suppressionWorse')} · `, {color: 'yellow'}), seg(summary, tone)]
					: [seg(summary, tone)];
	}
	const title = padLine([seg(row.title, {bold: selected})], titleWidth);
	const line: Line = [seg(selected ? `${POINTER} ` : '  ', {color: 'cyan'}), ...glyph, seg(' '), ...title, seg('  '), ...detail];
	return fitLine(muted ? styled(line, {dim: true}) : line, width);
}

/** First visible line so the cursor stays in view. */
export function windowStart(total: number, cursor: number, capacity: number): number {
	if (total <= capacity) return 0;
	const half = Math.floor(capacity / 2);
	return Math.min(Math.max(0, cursor - half), total - capacity);
}
