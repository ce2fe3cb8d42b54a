import type {MessageKey, Params} from '../i18n/index.js';
import {settledStatuses} from '../model/check-run.js';
import type {Tone} from '../model/finding.js';
import {applyingKeys} from '../screens/applying.js';
import {checklistKeys} from '../screens/checklist.js';
import {commandKeys} from '../screens/command.js';
import {detailKeys} from '../screens/detail.js';
import {helpKeys} from '../screens/help.js';
import {entryKeys, journalKeys, journalOrder, undoKeys} from '../screens/journal.js';
import {confirmKeys, previewKeys} from '../screens/preview.js';
import {reportKeys} from '../screens/report.js';
import {suppressKeys, unsuppressKeys} from '../screens/suppress.js';
import type {KeyContext, Step} from '../ui/handler.js';
import type {Action} from '../ui/keymap.js';
import {reportRequest, type Effect, type Msg} from '../ui/messages.js';
import {redactSecrets} from '../redact/secrets.js';
import {busy, findingOf, itemsOf, previewKey, top, type CommandState, type Model, type Resources, type Screen, type ViewState} from '../ui/model.js';
import {render} from './render.js';

export interface Update {
	model: Model;
	effects: Effect[];
}

/**
 * The one place the UI's state changes: (model, message) → new model, and what the app must
 * do. A key goes to the handler of the screen on top (each gets its own state, narrowed by the
 * switch below); the answer of every effect comes back here as a message. Pure, so every path
 * is tested without a terminal; the runtime (runtime.ts) performs the effects.
 */
export function update(model: Model, msg: Msg): Update {
	const {view, resources} = model;
	const withResources = (changes: Partial<Resources>, effects: Effect[] = [], nextView: ViewState = view): Update => ({model: {...model, view: nextView, resources: {...resources, ...changes}}, effects});
	switch (msg.type) {
		case 'start':
			// A fix left pending by a crash is announced on top of the checklist (reading the
			// journal creates nothing when there is none); commands take the user's shell's syntax.
			return begin(model, [{type: 'loadJournal'}, {type: 'detectShell'}]);
		case 'key':
			return onKey({...model, resources: {...resources, now: msg.at}}, msg.action);
		case 'interrupt':
			return quit({...model, resources: {...resources, now: msg.at}});
		case 'tick':
			return withResources({now: msg.at});
		case 'resize':
			return {model: {...model, layout: {...model.layout, columns: msg.columns, rows: msg.rows}}, effects: []};
		case 'checks': {
			const {state} = msg;
			// The run of every check is over when nothing runs any more.
			const timing = !state.running && resources.timing.finishedAt === undefined ? {...resources.timing, finishedAt: state.finishedAt ?? msg.at} : resources.timing;
			const next = {...resources, checks: state, timing, now: Math.max(resources.now, msg.at)};
			return {model: {...model, resources: next}, effects: refreshReport(view, next)};
		}
		case 'shell':
			return withResources({shell: msg.shell});
		case 'journal': {
			// The entry the journal shows selected is pinned by id as soon as there is one: an undo
			// that adds an entry above it leaves the selection where it was.
			const first = msg.loaded.status === 'ready' ? journalOrder(msg.loaded.value)[0]?.id : undefined;
			const stack = view.stack.map((screen) => (screen.screen === 'journal' && screen.cursor === undefined && first !== undefined ? {...screen, cursor: first} : screen));
			return withResources({journal: msg.loaded}, [], {...view, stack});
		}
		case 'preview':
			return withResources({previews: new Map(resources.previews).set(previewKey(msg.id, msg.fix), msg.loaded)});
		case 'undoPreview':
			return withResources({undoPreviews: new Map(resources.undoPreviews).set(msg.entry, msg.loaded)});
		case 'progress': {
			const run = resources.run;
			return run ? withResources({run: {...run, events: [...run.events, msg.event]}}) : {model, effects: []};
		}
		case 'runSettled': {
			const run = resources.run;
			if (!run) return {model, effects: []};
			const settled = {...run, ...(msg.outcome ? {outcome: msg.outcome} : {}), ...(msg.error !== undefined ? {error: msg.error} : {})};
			// What was previewed no longer describes the machine; the journal has a new entry; a
			// notice about the run under way ("still applying") has nothing left to say.
			const nextView = view.notice?.whileRunning ? {...view, notice: undefined} : view;
			const effects: Effect[] = [{type: 'loadJournal'}, ...(run.quitting ? [{type: 'quit'} as const] : [])];
			return begin({...model, view: nextView, resources: {...resources, run: settled, previews: new Map(), undoPreviews: new Map()}}, effects);
		}
		case 'suppressions': {
			const next = {...resources, suppressions: msg.list};
			return {model: {...model, view: {...view, notice: msg.notice}, resources: next}, effects: refreshReport(view, next)};
		}
		case 'report':
			return withResources({report: {file: msg.file, markdown: msg.markdown}});
		case 'notice':
			return {model: {...model, view: {...view, notice: msg.notice}}, effects: []};
		case 'commandOutput':
			return withResources({command: printed(resources.command, msg.text)});
		case 'commandAsk':
			return withResources({command: {...resources.command, question: msg.question}});
		case 'commandDone': {
			const {question: _question, ...command} = resources.command;
			const closed = msg.quit && top(view)?.screen === 'command' ? {...view, stack: view.stack.slice(0, -1)} : view;
			// A command may have changed the journal (fix, undo, set): the listing is read again.
			return begin({...model, view: closed, resources: {...resources, command: {...command, running: false}}}, [{type: 'loadJournal'}]);
		}
		case 'commandCompleted': {
			const screen = top(view);
			if (screen?.screen !== 'command' || screen.line !== msg.line || msg.hits.length === 0) return {model, effects: []};
			const stem = msg.line.slice(0, msg.line.length - msg.substring.length);
			const common = commonPrefix(msg.hits);
			if (msg.hits.length === 1 || common.length > msg.substring.length) {
				const line = stem + (msg.hits.length === 1 ? msg.hits[0]! : common);
				return {model: {...model, view: {...view, stack: [...view.stack.slice(0, -1), {...screen, line}]}}, effects: []};
			}
			// Several ways on: listed in the pane, as readline lists them on a second Tab.
			return withResources({command: printed(resources.command, msg.hits.join('  ') + '\n')});
		}
		case 'commandHistory':
			return withResources({command: {...resources.command, history: [...msg.lines, ...resources.command.history]}});
	}
}

/** Output added to the `:` pane, line by line (a partial line waits for its end). */
const MAX_OUTPUT_LINES = 5000;
function printed(command: CommandState, text: string): CommandState {
	const parts = (command.partial + text).replace(/\r\n/g, '\n').split('\n');
	const partial = parts.pop() ?? '';
	return {...command, output: [...command.output, ...parts].slice(-MAX_OUTPUT_LINES), partial};
}

function commonPrefix(words: readonly string[]): string {
	let prefix = words[0] ?? '';
	for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
	return prefix;
}

/** While the report is open, it is made again when what it reports changes. */
function refreshReport(view: ViewState, resources: Resources): Effect[] {
	return top(view)?.screen === 'report' && resources.report ? [reportRequest(resources, resources.report.file)] : [];
}

/** Quits, unless a fix, undo or recovery runs: then once it has finished (a change is never left half made). */
function quit(model: Model): Update {
	const run = model.resources.run;
	if (run && busy(model.resources)) return {model: {...model, resources: {...model.resources, run: {...run, quitting: true}}}, effects: []};
	return {model, effects: [{type: 'quit'}]};
}

function onKey(model: Model, action: Action): Update {
	// A notice answers one key: the next one takes it away.
	const view: ViewState = model.view.notice ? {...model.view, notice: undefined} : model.view;
	const current = {...model, view};
	// Ctrl+C on the `:` line stops the command that runs, or drops the line typed; else it quits.
	const pane = top(view);
	const forPane = pane?.screen === 'command' && (model.resources.command.running || pane.line !== '');
	if (action.type === 'quit' && !forPane) return quit(current);
	const ctx = keyContext(current);
	const step = route(view, action, ctx);
	return begin({...current, view: step.view}, step.effects);
}

/** The handler of the screen on top, given that screen's own state. */
function route(view: ViewState, action: Action, ctx: KeyContext): Step {
	if (view.help) return helpKeys(view.help, action, ctx);
	if (action.type === 'help') return ctx.step({...view, help: {scroll: 0}});
	const screen = top(view);
	if (!screen) return checklistKeys(view.list, action, ctx);
	switch (screen.screen) {
		case 'detail':
			return detailKeys(screen, action, ctx);
		case 'preview':
			return previewKeys(screen, action, ctx);
		case 'confirm':
			return confirmKeys(screen, action, ctx);
		case 'applying':
			return applyingKeys(screen, action, ctx);
		case 'journal':
			return journalKeys(screen, action, ctx);
		case 'entry':
			return entryKeys(screen, action, ctx);
		case 'undo':
			return undoKeys(screen, action, ctx);
		case 'suppress':
			return suppressKeys(screen, action, ctx);
		case 'unsuppress':
			return unsuppressKeys(screen, action, ctx);
		case 'report':
			return reportKeys(screen, action, ctx);
		case 'command':
			return commandKeys(screen, action, ctx);
	}
}

function keyContext(model: Model): KeyContext {
	const {view, resources} = model;
	let frame: ReturnType<typeof render> | undefined;
	// The frame this model draws, made only when a key scrolls or pages.
	const drawn = () => (frame ??= render(model));
	const withNotice = (next: ViewState, key: MessageKey, params?: Params, tone?: Tone): ViewState => ({...next, notice: {key, ...(params ? {params} : {}), ...(tone ? {tone} : {})}});
	return {
		view,
		resources,
		items: itemsOf(resources),
		finding: (id) => findingOf(resources, id),
		pane: () => drawn().pane ?? {lines: 0, height: 1},
		page: () => drawn().page ?? 1,
		now: new Date(resources.now),
		step: (next, effects = []) => ({view: next, effects}),
		say: (next, key, params, tone) => ({view: withNotice(next, key, params, tone), effects: []}),
		push: (screen: Screen) => ({...view, stack: [...view.stack, screen]}),
		replaceTop: (screen: Screen) => ({...view, stack: [...view.stack.slice(0, -1), screen]}),
		pop: () => ({...view, stack: view.stack.slice(0, -1)}),
	};
}

/**
 * What starting each effect means for the model at once: a preview or the journal is
 * loading, a fix is under way, a new run of every check has its own clock. An effect that
 * cannot start here (no fixes API: a snapshot of another machine) is answered at once.
 */
function begin(model: Model, effects: readonly Effect[]): Update {
	let resources = model.resources;
	const t = model.layout.t;
	const kept: Effect[] = [];
	for (const effect of effects) {
		switch (effect.type) {
			case 'preview': {
				const key = previewKey(effect.finding.id, effect.fix);
				if (!resources.fixes) {
					resources = {...resources, previews: new Map(resources.previews).set(key, {status: 'error', error: t('ui.msg.fixesUnavailable')})};
					continue;
				}
				resources = {...resources, previews: new Map(resources.previews).set(key, {status: 'loading'})};
				break;
			}
			case 'loadJournal':
				if (!resources.fixes) continue;
				// A journal already shown stays while it is read again.
				if (resources.journal?.status !== 'ready') resources = {...resources, journal: {status: 'loading'}};
				break;
			case 'previewUndo':
				if (!resources.fixes) continue;
				resources = {...resources, undoPreviews: new Map(resources.undoPreviews).set(effect.entry, {status: 'loading'})};
				break;
			case 'apply':
				if (!resources.fixes) continue;
				resources = {...resources, run: {kind: 'apply', title: effect.preview.fix.title, findingId: effect.preview.findingId, views: effect.preview.views, events: [], before: settledStatuses(resources.checks)}};
				break;
			case 'undo': {
				const loaded = resources.undoPreviews.get(effect.entry);
				if (!resources.fixes || loaded?.status !== 'ready') continue;
				const {entry, views} = loaded.value;
				resources = {...resources, run: {kind: 'undo', title: entry.title, findingId: entry.findingId, views, events: [], before: settledStatuses(resources.checks)}};
				break;
			}
			case 'recover': {
				const listing = resources.journal?.status === 'ready' ? resources.journal.value : undefined;
				const pending = listing?.pending.find((p) => p.entry.id === effect.entry);
				if (!resources.fixes || !pending) continue;
				resources = {...resources, run: {kind: 'recover', title: pending.entry.title, findingId: pending.entry.findingId, views: pending.entry.views, events: [], before: settledStatuses(resources.checks)}};
				break;
			}
			case 'rerun':
				// Every check again: the header's clock starts over.
				if (!effect.ids) resources = {...resources, timing: {startedAt: resources.now}};
				break;
			case 'makeReport':
				if (!effect.file) resources = {...resources, report: undefined};
				break;
			case 'commandOpen':
				if (!resources.commands) continue;
				break;
			case 'commandRun': {
				// The line is echoed as history keeps it (a password typed into it is not shown) and remembered.
				const shown = redactSecrets(effect.line);
				const command = printed(resources.command, `: ${shown}\n`);
				resources = {...resources, command: {...command, running: true, history: [...command.history.filter((line) => line !== shown), shown]}};
				break;
			}
			case 'commandAnswer': {
				const {question, ...command} = resources.command;
				resources = {...resources, command: printed(command, `${question ?? ''}${effect.text ?? ''}\n`)};
				break;
			}
			default:
				break;
		}
		kept.push(effect);
	}
	return {model: {...model, resources}, effects: kept};
}
