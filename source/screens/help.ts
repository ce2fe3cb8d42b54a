import {cellWidth} from '../layout/width.js';
import {CONTEXTS, KEYMAP, bindingsFor, otherKeys, type Binding, type Context} from '../ui/keymap.js';
import {joinList, type Translator} from '../i18n/index.js';
import {fitLine, line, seg, wrapLines, type Line} from '../layout/lines.js';
import {scrolled, type KeyContext, type Step} from '../ui/handler.js';
import type {Action} from '../ui/keymap.js';
import {footer, scrollPane, splitLine, type Frame, type Surface} from './frame.js';

/** One context's keys as help lists them: each binding once, with the keys its label does not show. */
export function helpEntries(context: Context, t: Translator, keep: (binding: Binding) => boolean = () => true): Array<{label: string; text: string}> {
	const seen = new Set<string>();
	return bindingsFor(context)
		.filter(keep)
		.filter((b) => {
			const id = `${b.label}|${b.help}`;
			if (seen.has(id)) return false;
			seen.add(id);
			return true;
		})
		.map((binding) => {
			const others = otherKeys(binding);
			const action = t(binding.long ?? binding.help);
			return {label: binding.label, text: others.length > 0 ? t('ui.help.alsoKeys', {action, keys: joinList(t, others)}) : action};
		});
}

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
		const entries = helpEntries(context, t);
		if (entries.length === 0) continue;
		lines.push([], line(t(`context.${context}`), {bold: true, color: context === from ? 'cyan' : 'magenta'}));
		const labelWidth = Math.min(14, Math.max(...entries.map((e) => cellWidth(e.label))));
		for (const entry of entries) {
			const label = entry.label + ' '.repeat(Math.max(0, labelWidth - cellWidth(entry.label)));
			lines.push(...wrapLines(entry.text, width, {}, 0, [seg('  '), seg(label, {color: 'cyan'}), seg('  ')]));
		}
	}
	return lines.map((l) => fitLine(l, width));
}

/**
 * The same keys as Markdown, for the README (a test holds the README to it): one paragraph
 * per screen, each key with what it does.
 */
export function keysMarkdown(t: Translator): string {
	// Keys every screen has (Ctrl+C) and the scrolling keys of every pane are listed once, with
	// where they work, not again on each screen's line: the README stays short enough to read.
	const scrolling = KEYMAP.find((b) => b.help === 'key.scrollUp')?.contexts;
	const shared = (b: Binding) => b.contexts.length === CONTEXTS.length || b.contexts === scrolling;
	const entries = (context: Context, keep: (b: Binding) => boolean) => helpEntries(context, t, keep).map((entry) => `\`${entry.label}\` ${entry.text}`).join(' · ');
	const groups = [...new Set(KEYMAP.filter(shared).map((b) => b.contexts))].map((contexts) => {
		const where = contexts.length === CONTEXTS.length ? t('ui.help.everyScreen') : joinList(t, contexts.map((c) => t(`context.${c}`)));
		return `- **${where}**: ${entries(contexts[0]!, (b) => b.contexts === contexts)}`;
	});
	const screens = CONTEXTS.map((context) => `- **${t(`context.${context}`)}**: ${entries(context, (b) => !shared(b))}`);
	return [...screens, ...groups].join('\n');
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
