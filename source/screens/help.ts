import {cellWidth} from '../layout/width.js';
import {CONTEXTS, bindingsFor, otherKeys, type Context} from '../ui/keymap.js';
import {joinList} from '../i18n/index.js';
import {fitLine, line, seg, wrapLines, type Line} from '../layout/lines.js';
import {scrolled, type KeyContext, type Step} from '../ui/handler.js';
import type {Action} from '../ui/keymap.js';
import {footer, scrollPane, splitLine, type Frame, type Surface} from './frame.js';

/**
 * Every key, built from the same keymap table that drives input: the keys of the screen
 * the user came from first, then every other screen's. A binding's other keys (Backspace
 * beside Esc) are named after what it does.
 */
export function helpLines(from: Context, s: Surface): Line[] {
	const {t, width} = s;
	const order = [from, ...CONTEXTS.filter((c) => c !== from)];
	const lines: Line[] = [...wrapLines(t('ui.help.intro'), width, {})];
	for (const context of order) {
		const seen = new Set<string>();
		const bindings = bindingsFor(context).filter((b) => {
			const id = `${b.label}|${b.help}`;
			if (seen.has(id)) return false;
			seen.add(id);
			return true;
		});
		if (bindings.length === 0) continue;
		lines.push([], line(t(`context.${context}`), {bold: true, color: context === from ? 'cyan' : 'magenta'}));
		const labelWidth = Math.min(14, Math.max(...bindings.map((b) => cellWidth(b.label))));
		for (const binding of bindings) {
			const label = binding.label + ' '.repeat(Math.max(0, labelWidth - cellWidth(binding.label)));
			const others = otherKeys(binding);
			const text = others.length > 0 ? t('ui.help.alsoKeys', {action: t(binding.help), keys: joinList(t, others)}) : t(binding.help);
			lines.push(...wrapLines(text, width, {}, 0, [seg('  '), seg(label, {color: 'cyan'}), seg('  ')]));
		}
	}
	return lines.map((l) => fitLine(l, width));
}

export function helpScreen(from: Context, scroll: number, s: Surface): Frame {
	const title = splitLine([seg(s.t('ui.help.title'), {bold: true})], [seg(s.t(`context.${from}`), {dim: true})], s.width);
	const content = helpLines(from, s);
	const height = Math.max(1, s.height - 3);
	const pane = scrollPane(content, scroll, height, s);
	return {lines: [title, pane.ruler, ...pane.lines, footer('help', s)], pane: {lines: content.length, height}};
}

/** The help overlay's keys: it scrolls, and closes. */
export function helpKeys(help: {scroll: number}, action: Action, ctx: KeyContext): Step {
	if (action.type === 'back') return ctx.step({...ctx.view, help: undefined});
	const scroll = scrolled(help.scroll, action, ctx.pane());
	return ctx.step(scroll === undefined ? ctx.view : {...ctx.view, help: {scroll}});
}
