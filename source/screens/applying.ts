import figures from 'figures';
import type {ProgressEvent} from '../fixes/types.js';
import {stillProblemLine} from '../report/fix-text.js';
import {joinList, type Translator} from '../i18n/index.js';
import {STATUS_GLYPH, SPINNER_FRAMES, statusColor} from '../layout/glyphs.js';
import {fitLine, line, seg, wrapLines, type Line} from '../layout/lines.js';
import type {Row} from '../model/check-run.js';
import {SEVERITY, type Status} from '../model/status.js';
import {scrolled, type KeyContext, type Step} from '../ui/handler.js';
import type {Action} from '../ui/keymap.js';
import {busy, type ApplyingScreen, type Notice, type RunState} from '../ui/model.js';
import {conflictLines} from './fix-view.js';
import {footer, scrollPane, type Frame, type Surface} from './frame.js';
import {backTitle} from './journal.js';

/** While a fix, undo or recovery runs, its screen stays (Enter says so); once it is over, Enter or Esc leave. */
export function applyingKeys(applying: ApplyingScreen, action: Action, ctx: KeyContext): Step {
	// The notice speaks of the run: it goes when the run has finished, not at the next key only.
	if (action.type === 'back') return busy(ctx.resources) ? ctx.step({...ctx.view, notice: {key: 'ui.msg.stillApplying', whileRunning: true}}) : ctx.step(ctx.pop());
	const scroll = scrolled(applying.scroll, action, ctx.pane());
	return ctx.step(scroll === undefined ? ctx.view : ctx.replaceTop({...applying, scroll}));
}

function changeState(events: readonly ProgressEvent[], index: number, t: Translator, frame: number, done: boolean): Line {
	let state: Line = [seg(figures.bullet, {dim: true}), seg(` ${t('ui.run.waiting')}`, {dim: true})];
	for (const event of events) {
		if (event.type === 'change' && event.index === index) {
			// The run is over and this change never got to verified: it is where it failed.
			if (done && event.phase !== 'verified') {
				state = [seg(figures.cross, {color: 'red'}), seg(` ${t('ui.run.failedHere')}`, {color: 'red'})];
				continue;
			}
			if (event.phase === 'start') state = [seg(SPINNER_FRAMES[frame % SPINNER_FRAMES.length]!, {color: 'cyan'}), seg(` ${t('ui.run.writing')}`)];
			if (event.phase === 'written') state = [seg(SPINNER_FRAMES[frame % SPINNER_FRAMES.length]!, {color: 'cyan'}), seg(` ${t('ui.run.verifying')}`)];
			if (event.phase === 'verified') state = [seg(figures.tick, {color: 'green'}), seg(` ${t('ui.run.verified')}`, {color: 'green'})];
		}
		if (event.type === 'rollback' && event.index === index) {
			if (event.phase === 'done') state = [seg(figures.arrowLeft, {color: 'yellow'}), seg(` ${t('ui.run.rolledBack')}`, {color: 'yellow'})];
			if (event.phase === 'failed') state = [seg(figures.cross, {color: 'red'}), seg(` ${t('ui.run.rollbackFailed', {error: event.error ?? ''})}`, {color: 'red'})];
		}
	}
	return state;
}

/**
 * The other checks the re-run moved (a fix can uncover a problem it hid: modules back on, and
 * go.mod's go line now matters), each as it was and as it is, so the outcome does not read as
 * if only the fixed row changed.
 */
function otherChanges(run: RunState, {t, width}: Surface): Line[] {
	const done = run.events.find((e): e is Extract<ProgressEvent, {type: 'rerun'; phase: 'done'}> => e.type === 'rerun' && e.phase === 'done');
	const before = run.before;
	if (!done || !before) return [];
	const changed = done.findings.flatMap((finding) => {
		const was = before[finding.id];
		return finding.id !== run.findingId && was !== undefined && was !== finding.status ? [{finding, was}] : [];
	});
	if (changed.length === 0) return [];
	const shown = (status: Status) => `${STATUS_GLYPH[status]} ${t(`status.${status}`)}`;
	const list = joinList(t, changed.map(({finding, was}) => `${finding.title} ${shown(was)} → ${shown(finding.status)}`));
	const worse = changed.some(({finding, was}) => SEVERITY[finding.status] > SEVERITY[was] && SEVERITY[finding.status] > SEVERITY.info);
	return wrapLines(t('ui.run.alsoChanged', {list}), width, worse ? {color: 'yellow'} : {dim: true});
}

/** Progress per change, then the re-run of the affected checks, then the outcome and the row's new status. */
export function progressScreen(run: RunState, row: Row | undefined, scroll: number, now: number, s: Surface, notice?: Notice): Frame {
	const {t, width, height} = s;
	const frame = Math.floor(now / 80);
	const done = run.outcome !== undefined || run.error !== undefined;
	const title = backTitle(t(`ui.run.title.${run.kind}`, {title: run.title}), done ? [] : [seg(SPINNER_FRAMES[frame % SPINNER_FRAMES.length]!, {color: 'cyan'})], s);
	const content: Line[] = [];
	const journal = run.events.find((e): e is Extract<ProgressEvent, {type: 'journal'}> => e.type === 'journal');
	if (journal) content.push(line(t('ui.run.journal', {id: journal.entryId}), {dim: true}));
	for (const event of run.events) {
		if (event.type === 'waiting') content.push(...wrapLines(t('journal.waiting', {pid: event.pid, host: event.host, since: event.since, seconds: event.seconds}), width, {color: 'yellow'}));
		if (event.type === 'backup') content.push(...wrapLines(t('ui.run.backup', {path: event.path}), width, {dim: true}));
		if (event.type === 'elevation') content.push(...wrapLines(t('ui.run.elevation'), width, {color: 'yellow'}));
	}
	run.views.forEach((view, i) => {
		content.push(...wrapLines(view.label, width, {bold: true}, 0, [seg(`${i + 1}. `, {dim: true})]));
		content.push([seg('   '), ...changeState(run.events, view.index, t, frame, done)]);
	});
	const broadcast = run.events.find((e): e is Extract<ProgressEvent, {type: 'broadcast'}> => e.type === 'broadcast');
	if (broadcast) content.push(line(t(broadcast.ok ? 'ui.run.broadcastOk' : 'ui.run.broadcastFailed'), broadcast.ok ? {dim: true} : {color: 'yellow'}));
	const rerun = run.events.filter((e): e is Extract<ProgressEvent, {type: 'rerun'}> => e.type === 'rerun');
	const started = rerun.find((e) => e.phase === 'start');
	const finished = rerun.find((e) => e.phase === 'done');
	if (started && started.phase === 'start') {
		content.push([], ...wrapLines(t(finished ? 'ui.run.rechecked' : 'ui.run.rechecking', {ids: joinList(t, started.ids)}), width, finished ? {dim: true} : {color: 'cyan'}));
	}
	if (finished && finished.phase === 'done') {
		for (const finding of finished.findings) content.push(fitLine([seg(`  ${STATUS_GLYPH[finding.status]} `, {color: statusColor(finding.status)}), seg(`${finding.title}  `, {bold: true}), seg(finding.summary, {dim: true})], width));
	}
	content.push([]);
	content.push(...outcomeLines(run, row, s));
	if (run.quitting && !done) content.push([], ...wrapLines(t('ui.run.quitting'), width, {color: 'yellow', bold: true}));
	const paneHeight = Math.max(1, height - 3);
	const pane = scrollPane(content.map((l) => fitLine(l, width)), done ? Math.max(scroll, content.length - paneHeight) : content.length, paneHeight, s);
	return {lines: [title, pane.ruler, ...pane.lines, footer('applying', s, {notice, skip: (b) => b.action.type === 'back' && !done})].map((l) => fitLine(l, width)), pane: {lines: content.length, height: paneHeight}};
}

function outcomeLines(run: RunState, row: Row | undefined, s: Surface): Line[] {
	const {t, width} = s;
	if (run.error) return wrapLines(t('ui.run.crashed', {error: run.error}), width, {color: 'red', bold: true});
	const outcome = run.outcome;
	if (!outcome) return [];
	const lines: Line[] = [];
	const status = outcome.status;
	const good = status === 'applied' || status === 'undone' || status === 'rolled-back' || status === 'resolved';
	// Written and read back, but the checks were stopped before they said what they make of it.
	if ('unverified' in outcome && outcome.unverified) lines.push(...wrapLines(t(status === 'undone' ? 'fixes.run.undoneUnverified' : 'fixes.run.appliedUnverified'), width, {color: 'yellow', bold: true}));
	else lines.push(...wrapLines(t(`ui.run.outcome.${status}`), width, good ? {color: 'green', bold: true} : status === 'cancelled' ? {color: 'yellow', bold: true} : {color: 'red', bold: true}));
	if ('refusal' in outcome && outcome.refusal) lines.push(...wrapLines(outcome.refusal.message, width, {}, 2));
	if ('error' in outcome && outcome.error) lines.push(...wrapLines(outcome.error, width, {color: 'red'}, 2));
	// Indexes are the changes' own (0-based); people read their labels.
	const label = (index: number) => run.views.find((view) => view.index === index)?.label ?? `#${index + 1}`;
	if ('rolledBack' in outcome) for (const index of outcome.rolledBack) lines.push(...wrapLines(t('ui.run.rolledBackOne', {change: label(index)}), width, {color: 'yellow'}, 2));
	if ('rollbackFailed' in outcome) for (const failure of outcome.rollbackFailed) lines.push(...wrapLines(t('ui.run.rollbackFailedOne', {change: label(failure.index), error: failure.error}), width, {color: 'red'}, 2));
	const conflicts = ('conflicts' in outcome && outcome.conflicts.length > 0 ? outcome.conflicts : 'refusal' in outcome ? outcome.refusal.conflicts : undefined) ?? [];
	if (conflicts.length > 0) lines.push(...conflictLines(conflicts, {t, width, shell: 'posix'}));
	if ('stillProblem' in outcome && outcome.stillProblem) {
		const stale = 'sessionStale' in outcome && outcome.sessionStale;
		// The change is there; the check's new words say what it finds now (maybe another problem).
		const main = outcome.findings.find((finding) => finding.id === run.findingId);
		const text = stale || !main ? t(stale ? 'ui.run.stillProblemSession' : 'ui.run.stillProblem') : stillProblemLine(t, outcome, run.findingId);
		lines.push(...wrapLines(text, width, {color: 'yellow'}, 2));
	}
	// An undo of a change new terminals get: this terminal still has the fixed value.
	if (status === 'undone' && 'sessionStale' in outcome && outcome.sessionStale) lines.push(...wrapLines(t('fixes.outcome.undoneSession'), width, {color: 'yellow'}, 2));
	if ('journalError' in outcome && outcome.journalError) lines.push(...wrapLines(outcome.journalError, width, {color: 'red'}, 2));
	if ('broadcast' in outcome && outcome.broadcast === false) lines.push(...wrapLines(t('ui.run.broadcastFailed'), width, {color: 'yellow'}, 2));
	if (row?.finding && (status === 'applied' || status === 'undone' || status === 'rolled-back')) {
		lines.push(fitLine([seg(`${t('ui.run.nowStatus', {title: row.title})} `), seg(`${STATUS_GLYPH[row.state]} ${t(`status.${row.state}`)}`, {color: statusColor(row.state), bold: true})], width));
	}
	lines.push(...otherChanges(run, s));
	return lines;
}
