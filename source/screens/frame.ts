import figures from 'figures';
import type {Translator} from '../i18n/index.js';
import {footerBindings, type Binding, type Context} from '../ui/keymap.js';
import type {Notice} from '../ui/model.js';
import {fitLine, lineWidth, seg, toneStyle, type Line} from '../layout/lines.js';

/**
 * A screen drawn: its lines, fitted to the surface, and what the keys that scroll or page
 * need to know of it (the scroll pane's size, rows per page of a list).
 */
export interface Frame {
	lines: Line[];
	pane?: {lines: number; height: number};
	page?: number;
}

/** What every screen is drawn with: the size to fit and the words to use. */
export interface Surface {
	/** Usable cells per line: the terminal's columns minus one (never fill the last column). */
	width: number;
	/** Lines the frame may use: the terminal's rows minus one. */
	height: number;
	t: Translator;
}

export function surface(columns: number, rows: number, t: Translator): Surface {
	return {width: Math.max(20, columns - 1), height: Math.max(1, rows - 1), t};
}

/** The surface of a model's layout. */
export function surfaceOf(layout: {columns: number; rows: number; t: Translator}): Surface {
	return surface(layout.columns, layout.rows, layout.t);
}

/** A line with `left` and `right` parts, the right one flush with the edge when both fit. */
export function splitLine(left: Line, right: Line, width: number): Line {
	const gap = width - lineWidth(left) - lineWidth(right);
	if (gap >= 1) return [...left, seg(' '.repeat(gap)), ...right];
	return fitLine(left, width);
}

/**
 * The footer: the last notice if there is one, else the keys that work here,
 * from the keymap, most important first, as many as fit. `? help` always fits.
 */
export function footer(context: Context, s: Surface, options: {notice?: Notice; extra?: Line; skip?: (binding: Binding) => boolean} = {}): Line {
	const {t, width} = s;
	if (options.notice) {
		const {key, params, tone} = options.notice;
		return fitLine([seg(t(key, params), tone ? toneStyle(tone) : {color: 'cyan'})], width);
	}
	const extra = options.extra ?? [];
	const budget = width - lineWidth(extra) - (extra.length > 0 ? 3 : 0);
	// `? help` is always there, last; the other keys in order of importance, as many as fit.
	const bindings = footerBindings(context).filter((binding) => !options.skip?.(binding));
	const help = bindings.find((binding) => binding.action.type === 'help');
	const text = (binding: Binding) => `${binding.label} ${t(binding.help)}`;
	let used = help ? lineWidthOf(text(help)) : 0;
	const parts: string[] = [];
	for (const binding of bindings) {
		if (binding === help) continue;
		const cost = 3 + lineWidthOf(text(binding));
		if (used + cost > budget) continue;
		parts.push(text(binding));
		used += cost;
	}
	if (help) parts.push(text(help));
	const hints: Line = [seg(parts.join(' · '), {dim: true})];
	return extra.length > 0 ? fitLine(parts.length > 0 ? [...hints, seg(' · ', {dim: true}), ...extra] : extra, width) : fitLine(hints, width);
}

const lineWidthOf = (text: string) => lineWidth([seg(text)]);

/**
 * A window onto `content` of `height` lines starting at `offset` (clamped), padded with
 * empty lines so the frame keeps its size, and a ruler saying where the window is.
 */
export function scrollPane(content: readonly Line[], offset: number, height: number, s: Surface): {lines: Line[]; ruler: Line; offset: number} {
	const max = Math.max(0, content.length - height);
	const start = Math.max(0, Math.min(max, offset));
	const shown = content.slice(start, start + height);
	const lines = [...shown, ...Array.from({length: Math.max(0, height - shown.length)}, (): Line => [])];
	const position =
		content.length > height
			? s.t('ui.scrollPosition', {from: start + 1, to: start + shown.length, total: content.length})
			: '';
	const arrows = content.length > height ? `${start > 0 ? figures.arrowUp : ' '}${start < max ? figures.arrowDown : ' '} ` : '';
	const label = position ? ` ${arrows}${position} ` : '';
	const rule = figures.line.repeat(Math.max(0, s.width - lineWidthOf(label) - 2));
	return {lines, ruler: [seg(figures.line.repeat(2) + label + rule, {dim: true})], offset: start};
}

/** Fills a frame to its height with the footer last, so a short screen keeps its footer in place. */
export function fillFrame(lines: readonly Line[], last: Line, s: Surface): Line[] {
	const body = lines.slice(0, s.height - 1);
	return [...body, ...Array.from({length: s.height - 1 - body.length}, (): Line => []), last].map((l) => fitLine(l, s.width));
}

/** Never more than `height` lines: if a screen overflows, the footer is kept. */
export function clampFrame(lines: readonly Line[], height: number): Line[] {
	return lines.length <= height ? [...lines] : [...lines.slice(0, height - 1), lines.at(-1)!];
}
