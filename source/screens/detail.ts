import figures from 'figures';
import type {Row} from '../model/check-run.js';
import type {Translator} from '../i18n/index.js';
import type {Finding} from '../model/finding.js';
import type {ShellKind} from '../shell/syntax.js';
import {describeSuppression, type SuppressionState} from '../suppressions/suppressions.js';
import {STATUS_GLYPH, POINTER, statusColor} from '../layout/glyphs.js';
import {evidenceViewLines} from '../layout/evidence-view.js';
import {fitLine, line, seg, spaced, wrapLines, type Line} from '../layout/lines.js';
import {scrolled, type KeyContext, type Step} from '../ui/handler.js';
import type {Action} from '../ui/keymap.js';
import type {DetailScreen, Notice} from '../ui/model.js';
import {openFix, sharedKeys} from './actions.js';
import {footer, scrollPane, splitLine, type Frame, type Surface} from './frame.js';

export interface DetailInput {
	row: Row;
	suppression?: SuppressionState;
	scroll: number;
	/** The chosen fix, by id. */
	fix?: string;
	shell: ShellKind;
	notice?: Notice;
}

/** A finding's keys: choose a fix and open it, scroll the evidence, and what the checklist shares. */
export function detailKeys(detail: DetailScreen, action: Action, ctx: KeyContext): Step {
	const fixes = ctx.finding(detail.id)?.fixes ?? [];
	const chosen = Math.max(0, fixes.findIndex((fix) => fix.id === detail.fix));
	switch (action.type) {
		case 'back':
			return ctx.step(ctx.pop());
		case 'nextFix':
			if (fixes.length === 0) return ctx.say(ctx.view, 'ui.msg.noFix', {id: detail.id});
			return ctx.step(ctx.replaceTop({...detail, fix: fixes[(chosen + action.delta + fixes.length) % fixes.length]!.id}));
		case 'selectFix': {
			const fix = fixes[action.index];
			if (!fix) return fixes.length === 0 ? ctx.say(ctx.view, 'ui.msg.noFix', {id: detail.id}) : ctx.step(ctx.view);
			return ctx.step(ctx.replaceTop({...detail, fix: fix.id}));
		}
		case 'fix':
			return openFix(detail.id, 'detail', ctx, detail.fix);
		default: {
			const scroll = scrolled(detail.scroll, action, ctx.pane());
			if (scroll !== undefined) return ctx.step(ctx.replaceTop({...detail, scroll}));
			return sharedKeys(detail.id, action, ctx) ?? ctx.step(ctx.view);
		}
	}
}

/** The title line of a finding's screens: back arrow, title and id, and its status. */
export function findingTitle(row: Row, s: Surface, prefix?: string): Line {
	const state = row.state;
	const glyph = STATUS_GLYPH[state];
	const left: Line = [seg(`${figures.arrowLeft} `, {dim: true}), seg(prefix ? `${prefix} ` : '', {bold: true}), seg(row.title, {bold: true}), seg(`  ${row.id}`, {dim: true})];
	const right: Line = [seg(`${glyph} ${s.t(`status.${state}`)}`, {color: statusColor(state)})];
	return splitLine(left, right, s.width);
}

/** What a suppression says about a finding, in one line: dimmed while it holds, yellow once it no longer does. */
export function suppressionLine(state: SuppressionState, t: Translator): Line {
	return line(describeSuppression(state, t), state.kind === 'active' ? {dim: true} : {color: 'yellow'});
}

/** The body of the scroll pane: why it matters, the official doc, and every piece of evidence. */
export function findingPaneLines(finding: Finding, s: Surface, shell: ShellKind): Line[] {
	const {t, width} = s;
	const lines: Line[] = [];
	if (finding.why) {
		lines.push(line(t('ui.detail.why'), {bold: true}));
		lines.push(...wrapLines(finding.why, width, {}, 2));
	}
	if (finding.docUrl) {
		lines.push([seg(`  ${spaced(t('ui.detail.doc'))}`, {dim: true}), seg(finding.docUrl, {underline: true, color: 'blue', link: finding.docUrl})]);
	}
	for (const evidence of finding.evidence) {
		if (lines.length > 0) lines.push([]);
		lines.push(...evidenceViewLines(t, evidence, width, shell));
	}
	if (lines.length === 0) lines.push(line(t('ui.detail.noEvidence'), {dim: true}));
	return lines.map((l) => fitLine(l, width));
}

/**
 * A finding: status and summary, its suppression, the fixes to choose from, then a
 * fixed-height pane with why it matters, the doc link and the evidence, which scrolls.
 */
export function detailScreen(input: DetailInput, s: Surface): Frame {
	const {row} = input;
	const {t, width, height} = s;
	const finding = row.finding;
	const top: Line[] = [findingTitle(row, s)];

	if (!finding) {
		top.push(line(t('ui.detail.running'), {dim: true}));
		const pane = scrollPane([], 0, Math.max(1, height - top.length - 2), s);
		return {lines: [...top, pane.ruler, ...pane.lines, footer('detail', s, {notice: input.notice})], pane: {lines: 0, height: pane.lines.length}};
	}

	const summary = wrapLines(finding.summary, width, {color: row.state === 'running' ? undefined : statusColor(finding.status)});
	if (row.state === 'running') top.push(line(t('ui.detail.rerunning'), {color: 'cyan'}));
	const suppression = input.suppression ? [suppressionLine(input.suppression, t)] : [];
	const fixes = fixLines(finding, input.fix, s);
	// The pane gets what is left, at least three lines: the summary gives way first.
	const fixed = top.length + suppression.length + fixes.length + 2;
	const summaryRoom = Math.max(1, Math.min(summary.length, 3, height - fixed - 3));
	const shownSummary = summary.length > summaryRoom ? [...summary.slice(0, summaryRoom - 1), fitLine([...summary[summaryRoom - 1]!, seg(' …')], width)] : summary;
	const content = [...(summary.length > summaryRoom ? [...summary, []] : []), ...findingPaneLines(finding, s, input.shell)];
	const paneHeight = Math.max(1, height - fixed - shownSummary.length);
	const pane = scrollPane(content, input.scroll, paneHeight, s);
	const lines = [...top, ...shownSummary, ...suppression, ...fixes, pane.ruler, ...pane.lines, footer('detail', s, {notice: input.notice, skip: (b) => (b.action.type === 'fix' && finding.fixes.length === 0) || (b.action.type === 'nextFix' && finding.fixes.length < 2)})];
	return {lines: lines.map((l) => fitLine(l, width)), pane: {lines: content.length, height: paneHeight}};
}

/** The fixes of a finding, one line each, the chosen one marked; at most three shown. */
function fixLines(finding: Finding, chosenId: string | undefined, s: Surface): Line[] {
	const {t, width} = s;
	if (finding.fixes.length === 0) {
		return finding.status === 'ok' || finding.status === 'skipped' ? [] : [line(t('ui.detail.noFix'), {dim: true})];
	}
	const index = Math.max(0, finding.fixes.findIndex((fix) => fix.id === chosenId));
	const first = Math.max(0, Math.min(index - 1, finding.fixes.length - 3));
	const head = line(finding.fixes.length > 1 ? t('ui.detail.fixesMany', {count: finding.fixes.length}) : t('ui.detail.fixesOne'), {bold: true});
	return [
		head,
		...finding.fixes.slice(first, first + 3).map((fix, k) => {
			const i = first + k;
			const selected = i === index;
			const tags = [fix.changes.length === 0 ? t('ui.fix.tagManual') : '', fix.needsAdmin ? t('ui.fix.tagAdmin') : '', !fix.reversible ? t('ui.fix.tagIrreversible') : ''].filter(Boolean);
			return fitLine(
				[
					seg(selected ? `${POINTER} ` : '  ', {color: 'cyan'}),
					seg(`${i + 1}. `, {dim: true}),
					seg(fix.title, {bold: selected}),
					...(tags.length > 0 ? [seg(`  [${tags.join(', ')}]`, {color: 'yellow'})] : []),
				],
				width,
			);
		}),
	];
}
