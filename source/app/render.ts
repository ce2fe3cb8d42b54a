import {progressScreen} from '../screens/applying.js';
import {checklistInput, checklistScreen, checklistView} from '../screens/checklist.js';
import {commandPane, paneHeight} from '../screens/command.js';
import {detailScreen} from '../screens/detail.js';
import {clampFrame, fillFrame, footer, surfaceOf, type Frame} from '../screens/frame.js';
import {helpScreen} from '../screens/help.js';
import {entryScreen, journalOrder, journalScreen, undoScreen} from '../screens/journal.js';
import {previewScreen} from '../screens/preview.js';
import {reportScreen} from '../screens/report.js';
import {suppressScreen, unsuppressScreen} from '../screens/suppress.js';
import {contextOf, itemsOf, previewKey, top, type Model} from '../ui/model.js';

/**
 * The frame of a model: the one place that knows which screen draws what. Ink draws its
 * lines; the first frame, before Ink is loaded, is drawn from it too; and `update` asks it the
 * size of the scroll pane a key scrolls, so that is always the pane on the screen.
 */
export function render(model: Model): Frame {
	const frame = screenFrame(model);
	return {...frame, lines: clampFrame(frame.lines, surfaceOf(model.layout).height)};
}

function screenFrame(model: Model): Frame {
	const {view, resources} = model;
	const s = surfaceOf(model.layout);
	const notice = view.notice;
	const rowOf = (id: string) => resources.checks.rows.find((row) => row.id === id);
	const items = itemsOf(resources);
	const itemOf = (id: string) => items.find((item) => item.row.id === id);
	const listing = resources.journal?.status === 'ready' ? resources.journal.value : undefined;
	// A screen whose check is gone (a snapshot replayed without it) shows only its footer.
	const empty = (context: Parameters<typeof footer>[0], extra: Parameters<typeof footer>[2] = {}): Frame => ({lines: fillFrame([], footer(context, s, {notice, ...extra}), s)});

	if (view.help) return helpScreen(contextOf({...view, help: undefined}), view.help.scroll, s);
	const screen = top(view);
	if (!screen) return checklistView(model);
	switch (screen.screen) {
		case 'detail': {
			const row = rowOf(screen.id);
			if (!row) return empty('detail');
			const suppression = itemOf(screen.id)?.suppression;
			return detailScreen({row, ...(suppression ? {suppression} : {}), scroll: screen.scroll, ...(screen.fix ? {fix: screen.fix} : {}), shell: resources.shell, ...(notice ? {notice} : {})}, s);
		}
		case 'preview':
		case 'confirm': {
			const row = rowOf(screen.id);
			const fix = row?.finding?.fixes.find((f) => f.id === screen.fix);
			if (!row || !fix) return empty('preview', {notice: {key: 'ui.msg.fixGone', tone: 'warn'}});
			return previewScreen(
				{
					row,
					fix,
					preview: resources.previews.get(previewKey(screen.id, screen.fix)),
					scroll: screen.screen === 'preview' ? screen.scroll : 0,
					shell: resources.shell,
					...(notice ? {notice} : {}),
					...(screen.screen === 'confirm' ? {typed: screen.typed} : {}),
				},
				s,
			);
		}
		case 'applying': {
			const run = resources.run;
			if (!run) return empty('applying');
			return progressScreen(run, run.findingId ? rowOf(run.findingId) : undefined, screen.scroll, resources.now, s, notice);
		}
		case 'journal':
			return journalScreen(resources.journal, screen.cursor, s, notice);
		case 'entry':
			return entryScreen(listing, screen.entry, screen.scroll, resources.shell, s, notice);
		case 'undo':
			return undoScreen(listing && journalOrder(listing).find((e) => e.id === screen.entry), screen.entry, resources.undoPreviews.get(screen.entry), screen.scroll, resources.shell, s, notice);
		case 'suppress': {
			const row = rowOf(screen.id);
			return row ? {lines: suppressScreen(row, screen, resources.suppressionFile, s, notice)} : empty('suppress');
		}
		case 'unsuppress': {
			const row = rowOf(screen.id);
			const suppression = itemOf(screen.id)?.suppression;
			return row && suppression ? {lines: unsuppressScreen(row, suppression, s, notice)} : empty('unsuppress');
		}
		case 'report':
			return reportScreen(resources.report, screen.scroll, s, notice);
		case 'command': {
			// The checklist stays in view above the pane, its footer left out: its rows follow what the commands change.
			const above = checklistScreen(checklistInput(model), {...s, height: s.height - paneHeight(s) + 1}).lines.slice(0, -1);
			const pane = commandPane(screen, resources.command, s, notice);
			return {lines: [...above, ...pane.lines], pane: pane.pane};
		}
	}
}
