import figures from 'figures';
import type {Row} from '../model/check-run.js';
import type {FixPreview} from '../fixes/types.js';
import type {Fix} from '../model/fix.js';
import type {ShellKind} from '../shell/syntax.js';
import {fixPreviewLines} from './fix-view.js';
import {fitLine, seg, spaced, wrapLines, type Line} from '../layout/lines.js';
import {scrolled, type KeyContext, type Step} from '../ui/handler.js';
import type {Action} from '../ui/keymap.js';
import {previewKey, type ConfirmScreen, type Loaded, type Notice, type PreviewScreen} from '../ui/model.js';
import {footer, scrollPane, type Frame, type Surface} from './frame.js';

export interface PreviewInput {
	row: Row;
	fix: Fix;
	/** The executor's own description of what it will do, fetched from the machine. */
	preview: Loaded<FixPreview> | undefined;
	scroll: number;
	shell: ShellKind;
	notice?: Notice;
	/** Set on the second confirmation of an irreversible fix: what has been typed. */
	typed?: string;
}

/**
 * The fix preview: exactly the changes the executor will make, before → after, in a pane
 * that scrolls. `y` applies; any key other than scrolling cancels. An irreversible fix asks
 * again: the word yes has to be typed.
 */
export function previewScreen(input: PreviewInput, s: Surface): Frame {
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
	const foot = footer(confirming ? 'confirm' : 'preview', s, {notice: input.notice, extra, skip: (b) => !applicable && b.action.type === 'apply'});
	return {lines: [...head, ...warning, pane.ruler, ...pane.lines, foot].map((l) => fitLine(l, width)), pane: {lines: content.length, height: paneHeight}};
}

/** The preview's keys: `y` applies what the executor described (a second word for an irreversible fix); scrolling scrolls; any other key cancels. */
export function previewKeys(preview: PreviewScreen, action: Action, ctx: KeyContext): Step {
	if (action.type === 'apply') {
		const loaded = ctx.resources.previews.get(previewKey(preview.id, preview.fix));
		if (!loaded || loaded.status === 'loading') return ctx.say(ctx.view, 'ui.msg.previewLoading');
		if (loaded.status === 'error') return ctx.say(ctx.view, 'ui.msg.previewFailed', {error: loaded.error}, 'bad');
		const ready = loaded.value;
		if (ready.blockers.length > 0) return ctx.say(ctx.view, 'ui.msg.blocked', undefined, 'warn');
		if (ready.views.length === 0) return ctx.say(ctx.view, 'ui.msg.manualOnly');
		if (ready.irreversible.length > 0) return ctx.step(ctx.replaceTop({screen: 'confirm', id: preview.id, fix: preview.fix, typed: ''}));
		return ctx.step(ctx.replaceTop({screen: 'applying', scroll: 0}), [{type: 'apply', preview: ready, confirmIrreversible: false}]);
	}
	const scroll = scrolled(preview.scroll, action, ctx.pane());
	if (scroll !== undefined) return ctx.step(ctx.replaceTop({...preview, scroll}));
	return ctx.say(ctx.pop(), 'ui.msg.cancelled');
}

const CONFIRM_WORDS = new Set(['yes', '是']);

/** The second confirmation of an irreversible fix: the word is typed, then Enter. */
export function confirmKeys(confirm: ConfirmScreen, action: Action, ctx: KeyContext): Step {
	switch (action.type) {
		case 'insert':
			return ctx.step(ctx.replaceTop({...confirm, typed: confirm.typed + action.text}));
		case 'deleteChar':
			return ctx.step(ctx.replaceTop({...confirm, typed: [...confirm.typed].slice(0, -1).join('')}));
		case 'clearText':
			return ctx.step(ctx.replaceTop({...confirm, typed: ''}));
		case 'submit': {
			if (!CONFIRM_WORDS.has(confirm.typed.trim().toLowerCase())) return ctx.say(ctx.view, 'ui.msg.typeYes', undefined, 'warn');
			const loaded = ctx.resources.previews.get(previewKey(confirm.id, confirm.fix));
			if (loaded?.status !== 'ready') return ctx.say(ctx.pop(), 'ui.msg.previewLoading');
			return ctx.step(ctx.replaceTop({screen: 'applying', scroll: 0}), [{type: 'apply', preview: loaded.value, confirmIrreversible: true}]);
		}
		case 'cancel':
			return ctx.say(ctx.pop(), 'ui.msg.cancelled');
		default:
			return ctx.step(ctx.view);
	}
}
