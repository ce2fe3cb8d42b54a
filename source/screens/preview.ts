import figures from 'figures';
import type {Row} from '../engine/engine.js';
import type {Fix} from '../model/fix.js';
import type {ShellKind} from '../shell/syntax.js';
import {fixPreviewLines} from '../components/fix-view.js';
import {fitLine, seg, spaced, wrapLines, type Line} from '../components/lines.js';
import type {Message} from '../input/view-state.js';
import {footer, scrollPane, type Surface} from './frame.js';
import type {PaneFrame} from './detail.js';

export interface PreviewInput {
	row: Row;
	fix: Fix;
	scroll: number;
	shell: ShellKind;
	pathDelimiter: string;
	message?: Message;
	/** Set on the second confirmation of an irreversible fix: what has been typed. */
	typed?: string;
}

function fixTitle(input: PreviewInput, s: Surface): Line[] {
	const {t, width} = s;
	return [
		fitLine([seg(`${figures.arrowLeft} `, {dim: true}), seg(spaced(t('ui.fix.title')), {bold: true}), seg(input.fix.title, {bold: true})], width),
		fitLine([seg(t('ui.fix.forFinding', {title: input.row.title, id: input.row.id}), {dim: true})], width),
	];
}

/**
 * The fix preview: exactly the changes the executor will make, before → after, in a pane
 * that scrolls. `y` applies; any key other than scrolling cancels.
 */
export function previewScreen(input: PreviewInput, s: Surface): PaneFrame {
	const {t, width, height} = s;
	const content = fixPreviewLines(input.fix, {t, width, shell: input.shell, pathDelimiter: input.pathDelimiter}).map((l) => fitLine(l, width));
	const head = fixTitle(input, s);
	const confirming = input.typed !== undefined;
	const warning: Line[] = confirming
		? [
				...wrapLines(t('ui.confirm.irreversible'), width, {color: 'red', bold: true}),
				[seg(`${t('ui.confirm.prompt')} `, {bold: true}), seg(input.typed ?? ''), seg(' ', {inverse: true})],
			]
		: [];
	const paneHeight = Math.max(1, height - head.length - warning.length - 2);
	const pane = scrollPane(content, input.scroll, paneHeight, s);
	const manual = input.fix.changes.length === 0;
	const extra: Line = confirming ? [] : [seg(t(manual ? 'ui.fix.anyKeyBack' : 'ui.fix.anyKeyCancels'), {dim: true})];
	const foot = footer(confirming ? 'confirm' : 'preview', s, {message: input.message, extra, skip: (b) => manual && b.action.type === 'apply'});
	return {lines: [...head, ...warning, pane.ruler, ...pane.lines, foot].map((l) => fitLine(l, width)), pane: {lines: content.length, height: paneHeight}};
}
