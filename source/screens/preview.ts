import figures from 'figures';
import type {Row} from '../model/check-run.js';
import type {FixPreview} from '../fixes/types.js';
import type {Fix} from '../model/fix.js';
import type {ShellKind} from '../shell/syntax.js';
import {fixPreviewLines} from './fix-view.js';
import {fitLine, seg, spaced, wrapLines, type Line} from '../layout/lines.js';
import type {Loaded, Message} from '../input/view-state.js';
import type {PaneFrame} from './detail.js';
import {footer, scrollPane, type Surface} from './frame.js';

export interface PreviewInput {
	row: Row;
	fix: Fix;
	/** The executor's own description of what it will do, fetched from the machine. */
	preview: Loaded<FixPreview> | undefined;
	scroll: number;
	shell: ShellKind;
	message?: Message;
	/** Set on the second confirmation of an irreversible fix: what has been typed. */
	typed?: string;
}

/**
 * The fix preview: exactly the changes the executor will make, before → after, in a pane
 * that scrolls. `y` applies; any key other than scrolling cancels. An irreversible fix asks
 * again: the word yes has to be typed.
 */
export function previewScreen(input: PreviewInput, s: Surface): PaneFrame {
	const {t, width, height} = s;
	const head: Line[] = [
		fitLine([seg(`${figures.arrowLeft} `, {dim: true}), seg(spaced(t('ui.fix.title')), {bold: true}), seg(input.fix.title, {bold: true})], width),
		fitLine([seg(t('ui.fix.forFinding', {title: input.row.title, id: input.row.id}), {dim: true})], width),
	];
	const loaded = input.preview;
	const content: Line[] =
		loaded?.status === 'ready'
			? fixPreviewLines(loaded.value, {t, width, shell: input.shell})
			: wrapLines(loaded?.status === 'error' ? t('ui.msg.previewFailed', {error: loaded.error}) : t('ui.fix.reading'), width, loaded?.status === 'error' ? {color: 'red'} : {dim: true});
	const confirming = input.typed !== undefined;
	const warning: Line[] = confirming
		? [...wrapLines(t('ui.confirm.irreversible'), width, {color: 'red', bold: true}), [seg(`${t('ui.confirm.prompt')} `, {bold: true}), seg(input.typed ?? ''), seg(' ', {inverse: true})]]
		: [];
	const paneHeight = Math.max(1, height - head.length - warning.length - 2);
	const pane = scrollPane(content.map((l) => fitLine(l, width)), input.scroll, paneHeight, s);
	const ready = loaded?.status === 'ready' ? loaded.value : undefined;
	const applicable = Boolean(ready && ready.views.length > 0 && ready.blockers.length === 0);
	const extra: Line = confirming ? [] : [seg(t(applicable ? 'ui.fix.anyKeyCancels' : 'ui.fix.anyKeyBack'), {dim: true})];
	const foot = footer(confirming ? 'confirm' : 'preview', s, {message: input.message, extra, skip: (b) => !applicable && b.action.type === 'apply'});
	return {lines: [...head, ...warning, pane.ruler, ...pane.lines, foot].map((l) => fitLine(l, width)), pane: {lines: content.length, height: paneHeight}};
}
