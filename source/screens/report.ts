import figures from 'figures';
import {fitLine, seg, wrapLines, wrapText, type Line} from '../layout/lines.js';
import {scrolled, type KeyContext, type Step} from '../ui/handler.js';
import type {Action} from '../ui/keymap.js';
import type {Notice, ReportScreen} from '../ui/model.js';
import {footer, scrollPane, type Frame, type Surface} from './frame.js';

/** The report preview's keys: it scrolls; `w` writes exactly what is shown. */
export function reportKeys(report: ReportScreen, action: Action, ctx: KeyContext): Step {
	if (action.type === 'back') return ctx.step(ctx.pop());
	if (action.type === 'write') {
		const made = ctx.resources.report;
		if (!made) return ctx.say(ctx.view, 'ui.msg.previewLoading');
		return ctx.step(ctx.pop(), [{type: 'writeReport', file: made.file, markdown: made.markdown}]);
	}
	const scroll = scrolled(report.scroll, action, ctx.pane());
	return ctx.step(scroll === undefined ? ctx.view : ctx.replaceTop({...report, scroll}));
}

/**
 * The shareable report before it is written: the exact Markdown, already masked, and the
 * file it will go to. Nothing is written until `w`.
 */
export function reportScreen(made: {file: string; markdown: string} | undefined, scroll: number, s: Surface, notice?: Notice): Frame {
	const {markdown, file} = made ?? {markdown: s.t('ui.loading'), file: '…'};
	const {t, width, height} = s;
	const head: Line[] = [
		fitLine([seg(`${figures.arrowLeft} `, {dim: true}), seg(t('ui.report.title'), {bold: true})], width),
		...wrapLines(t('ui.report.target', {file}), width, {color: 'cyan'}),
		...wrapLines(t('ui.report.check'), width, {dim: true}),
	];
	// Wrapped between words (and after path separators), never inside one: `GOPROXY`, not `G` / `OPROXY`.
	const content = markdown.split('\n').flatMap((text) => wrapText(text, width).map((piece): Line => [seg(piece)]));
	const paneHeight = Math.max(1, height - head.length - 2);
	const pane = scrollPane(content, scroll, paneHeight, s);
	return {lines: [...head, pane.ruler, ...pane.lines, footer('report', s, {notice})].map((l) => fitLine(l, width)), pane: {lines: content.length, height: paneHeight}};
}
