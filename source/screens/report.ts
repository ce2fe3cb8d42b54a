import figures from 'figures';
import {fitLine, seg, wrapLines, wrapText, type Line} from '../layout/lines.js';
import {scrolled, type KeyContext, type Step} from '../ui/handler.js';
import type {Action} from '../ui/keymap.js';
import {reportRequest} from '../ui/messages.js';
import type {Notice, ReportScreen} from '../ui/model.js';
import {footer, scrollPane, type Frame, type Surface} from './frame.js';

/**
 * The report preview's keys: it scrolls; `w` (or Enter) writes exactly what is shown, once,
 * and the preview then names the file written, in full (`w` again says so); `d`
 * types another folder for it (Enter uses it, and later reports of the session too; Esc keeps
 * the one there was).
 */
export function reportKeys(report: ReportScreen, action: Action, ctx: KeyContext): Step {
	if (report.folder !== undefined) return folderKeys(report, report.folder, action, ctx);
	if (action.type === 'back') return ctx.step(ctx.pop());
	if (action.type === 'folder') {
		const file = ctx.resources.report?.file ?? '';
		// Starts from the folder it would go to now, to edit rather than retype.
		return ctx.step(ctx.replaceTop({...report, folder: file.slice(0, Math.max(0, file.lastIndexOf('/'), file.lastIndexOf('\\')))}));
	}
	if (action.type === 'write') {
		const made = ctx.resources.report;
		if (!made) return ctx.say(ctx.view, 'ui.msg.previewLoading');
		// This report is on disk already: a second `w` says so (the head names the file in full)
		// instead of writing a `-2` copy of the same text. One made anew (after a fix, in another
		// folder) is a new report, written again.
		if (made.written) return ctx.say(ctx.view, 'ui.msg.reportAlreadyWritten');
		// The preview stays: once written it names the file in full (Esc goes back).
		return ctx.step(ctx.view, [{type: 'writeReport', file: made.file, markdown: made.markdown}]);
	}
	const scroll = scrolled(report.scroll, action, ctx.pane());
	return ctx.step(scroll === undefined ? ctx.view : ctx.replaceTop({...report, scroll}));
}

/** A text field: the prompt, what is typed (wrapped after path separators), and the cursor after it. */
function typedLines(text: string, prompt: string, width: number): Line[] {
	const lines = wrapLines(text || ' ', width - 1, {}, 0, [seg(prompt, {bold: true})]);
	if (text === '') lines[0] = [seg(prompt, {bold: true})];
	lines[lines.length - 1] = [...lines.at(-1)!, seg(' ', {inverse: true})];
	return lines;
}

function folderKeys(report: ReportScreen, folder: string, action: Action, ctx: KeyContext): Step {
	const {folder: _, ...previewing} = report;
	switch (action.type) {
		case 'insert':
			return ctx.step(ctx.replaceTop({...report, folder: folder + action.text}));
		case 'deleteChar':
			return ctx.step(ctx.replaceTop({...report, folder: [...folder].slice(0, -1).join('')}));
		case 'clearText':
			return ctx.step(ctx.replaceTop({...report, folder: ''}));
		case 'submit':
			if (folder.trim() === '') return ctx.step(ctx.view);
			// The report is made anew for the new file; nothing is written until `w`.
			return ctx.step({...ctx.replaceTop(previewing), reportFolder: folder.trim()}, [reportRequest(ctx.resources, undefined, folder.trim())]);
		case 'cancel':
			return ctx.step(ctx.replaceTop(previewing));
		default:
			return ctx.step(ctx.view);
	}
}

/**
 * The shareable report before it is written: the exact Markdown, already masked, and the
 * file it will go to (another folder with `d`). Nothing is written until `w`.
 */
export function reportScreen(made: {file: string; markdown: string; written?: string} | undefined, scroll: number, s: Surface, notice?: Notice, folder?: string): Frame {
	const {markdown, file, written} = made ?? {markdown: s.t('ui.loading'), file: '…'};
	const {t, width, height} = s;
	// Once written, where it went, in full: the footer's notice is cut where the path is long.
	const target: Line[] =
		folder === undefined
			? written
				? wrapLines(t('ui.msg.reportWritten', {file: written}), width, {color: 'green'})
				: wrapLines(t('ui.report.target', {file}), width, {color: 'cyan'})
			: [...typedLines(folder, `${t('ui.report.folderPrompt')} `, width), ...wrapLines(t('ui.report.folderHint'), width, {dim: true})];
	const head: Line[] = [
		fitLine([seg(`${figures.arrowLeft} `, {dim: true}), seg(t('ui.report.title'), {bold: true})], width),
		...target,
		...wrapLines(t('ui.report.check'), width, {dim: true}),
	];
	// Wrapped between words (and after path separators), never inside one: `GOPROXY`, not `G` / `OPROXY`.
	const content = markdown.split('\n').flatMap((text) => wrapText(text, width).map((piece): Line => [seg(piece)]));
	const paneHeight = Math.max(1, height - head.length - 2);
	const pane = scrollPane(content, scroll, paneHeight, s);
	return {lines: [...head, pane.ruler, ...pane.lines, footer(folder === undefined ? 'report' : 'folder', s, {notice})].map((l) => fitLine(l, width)), pane: {lines: content.length, height: paneHeight}};
}
