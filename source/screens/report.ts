import figures from 'figures';
import {fitLine, hardWrap, seg, wrapLines, type Line} from '../layout/lines.js';
import type {Message} from '../input/view-state.js';
import type {PaneFrame} from './detail.js';
import {footer, scrollPane, type Surface} from './frame.js';

/**
 * The shareable report before it is written: the exact Markdown, already masked, and the
 * file it will go to. Nothing is written until `w`.
 */
export function reportScreen(markdown: string, file: string, scroll: number, s: Surface, message?: Message): PaneFrame {
	const {t, width, height} = s;
	const head: Line[] = [
		fitLine([seg(`${figures.arrowLeft} `, {dim: true}), seg(t('ui.report.title'), {bold: true})], width),
		...wrapLines(t('ui.report.target', {file}), width, {color: 'cyan'}),
		...wrapLines(t('ui.report.check'), width, {dim: true}),
	];
	const content = markdown.split('\n').flatMap((text) => hardWrap(text, width).map((piece): Line => [seg(piece)]));
	const paneHeight = Math.max(1, height - head.length - 2);
	const pane = scrollPane(content, scroll, paneHeight, s);
	return {lines: [...head, pane.ruler, ...pane.lines, footer('report', s, {message})].map((l) => fitLine(l, width)), pane: {lines: content.length, height: paneHeight}};
}
