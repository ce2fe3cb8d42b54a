import type {ApplyOutcome, ChangeView, FixPreview, JournalListing, ProgressEvent, RecoveryOutcome, UndoOutcome, UndoPreview} from '../fixes/types.js';
import type {MessageKey, Params, Translator} from '../i18n/index.js';
import type {EngineState} from '../model/check-run.js';
import type {Finding, Tone} from '../model/finding.js';
import type {Status} from '../model/status.js';
import type {ShellKind} from '../shell/syntax.js';
import type {Suppression, SuppressionStore} from '../suppressions/suppressions.js';
import type {Context} from './keymap.js';
import {listRows, type ListRow, type Severity} from './list.js';

/**
 * The whole state of the interactive UI, in one value: what is on the screen (`view`), what
 * the app knows of the world (`resources`: the checks, previews, the journal, a fix under
 * way, the clock) and what it draws on (`layout`). Only `update` (source/app/update.ts)
 * makes a new one; screens draw it; the runtime feeds it messages.
 */
export interface Model {
	view: ViewState;
	resources: Resources;
	layout: Layout;
}

/** The screens above the checklist, as a stack: Esc pops one. Cursors are ids, never indexes. */
export type Screen =
	| DetailScreen
	| PreviewScreen
	| ConfirmScreen
	| ApplyingScreen
	| JournalScreen
	| EntryScreen
	| UndoScreen
	| SuppressScreen
	| UnsuppressScreen
	| ReportScreen
	| CommandScreen;

/** A finding: its evidence pane, and which of its fixes is chosen (the first when unset or gone). */
export interface DetailScreen {
	screen: 'detail';
	id: string;
	scroll: number;
	fix?: string;
}
/** A fix's changes, before it is applied. */
export interface PreviewScreen {
	screen: 'preview';
	id: string;
	fix: string;
	scroll: number;
}
/** The second confirmation of an irreversible fix: the word typed so far. */
export interface ConfirmScreen {
	screen: 'confirm';
	id: string;
	fix: string;
	typed: string;
}
/** A fix, undo or recovery under way, then its outcome (the run itself is a resource). */
export interface ApplyingScreen {
	screen: 'applying';
	scroll: number;
}
/** The journal; the cursor is an entry id (entries come and go above it). */
export interface JournalScreen {
	screen: 'journal';
	cursor?: number;
}
export interface EntryScreen {
	screen: 'entry';
	entry: number;
	scroll: number;
}
export interface UndoScreen {
	screen: 'undo';
	entry: number;
	scroll: number;
}
export interface SuppressScreen {
	screen: 'suppress';
	id: string;
	reason: string;
	until: string;
	field: 'reason' | 'until';
	error?: 'reason' | 'until';
}
export interface UnsuppressScreen {
	screen: 'unsuppress';
	id: string;
}
export interface ReportScreen {
	screen: 'report';
	scroll: number;
}

/**
 * The `:` command line over the checklist (the REPL's commands): the line being typed, how far
 * the output pane is scrolled up from its end, and which earlier line ↑/↓ have recalled.
 */
export interface CommandScreen {
	screen: 'command';
	line: string;
	/** Lines scrolled up from the end of the output (0: the newest output is in view). */
	scroll: number;
	/** Index into the history of the line recalled, while one is. */
	recalled?: number;
}

/** The checklist under every screen: the selected check (by id), the filter, the severity shown. */
export interface ChecklistState {
	cursor?: string;
	filter: string;
	filterEditing: boolean;
	severity: Severity;
}

export interface ViewState {
	/** Empty: the checklist. */
	stack: Screen[];
	list: ChecklistState;
	/** The help overlay, over whatever screen is open. */
	help?: {scroll: number};
	/** A one-line answer shown in the footer until the next key (or until what it speaks of ends). */
	notice?: Notice;
}

export interface Notice {
	key: MessageKey;
	params?: Params;
	tone?: Tone;
	/** It speaks of the fix, undo or recovery under way: it goes when that has finished. */
	whileRunning?: boolean;
}

/** Something fetched for a screen: a fix preview, an undo preview, the journal. */
export type Loaded<T> = {status: 'loading'} | {status: 'ready'; value: T} | {status: 'error'; error: string};

/** A fix, undo or recovery under way, then its outcome. */
export interface RunState {
	kind: 'apply' | 'undo' | 'recover';
	title: string;
	findingId?: string;
	views: ChangeView[];
	events: ProgressEvent[];
	/** Each check's status when the run started: the outcome names the others that changed. */
	before?: Readonly<Record<string, Status>>;
	outcome?: ApplyOutcome | UndoOutcome | RecoveryOutcome;
	/** The API threw (a programming error): said plainly. */
	error?: string;
	/** Ctrl+C came while it ran: quit once it has finished. */
	quitting?: boolean;
}

export interface Resources {
	/** What is being checked (`goenv-tui 0.1.0`, or the snapshot's machine). */
	title: string;
	/** The engine's rows, as last published. */
	checks: EngineState;
	/**
	 * The last run of every check: the header's time and the report's. A re-check of a few
	 * (a fix's, `r`) has its own clock while it runs and leaves this one alone.
	 */
	timing: {startedAt: number; finishedAt?: number};
	suppressions: ReadonlyMap<string, Suppression>;
	/** Where suppressions are kept, to say so. */
	suppressionFile: string;
	/** Whether there is a fixes API to preview and apply with (the checklist's own tests run without one). */
	fixes: boolean;
	/** By `${findingId}/${fixId}`. */
	previews: ReadonlyMap<string, Loaded<FixPreview>>;
	undoPreviews: ReadonlyMap<number, Loaded<UndoPreview>>;
	journal?: Loaded<JournalListing>;
	run?: RunState;
	/** The shareable report as shown, and the file `w` writes it to. */
	report?: {file: string; markdown: string};
	/** The shell whose syntax commands are shown in. */
	shell: ShellKind;
	/** The clock: the time of the last message that carried one. */
	now: number;
	/** Whether the REPL's commands are there for the `:` line (not for a snapshot of another machine). */
	commands: boolean;
	command: CommandState;
}

/** What the `:` line's commands printed, whether one runs, the question it asks, the history. */
export interface CommandState {
	/** Output lines, oldest first (kept for the life of the app: closing the pane keeps them). */
	output: string[];
	/** The output after its last newline. */
	partial: string;
	running: boolean;
	/** A question the running command asks (a confirmation): the next line typed answers it. */
	question?: string;
	/** Lines typed before, oldest first (this and earlier sessions). */
	history: string[];
}

/** What the frame is drawn on: the terminal's size and the words to use. */
export interface Layout {
	columns: number;
	rows: number;
	t: Translator;
}

export interface ModelInit {
	title: string;
	checks: EngineState;
	/** This machine's suppressions (a file that could not be read is said at once). */
	suppressions: SuppressionStore;
	fixes: boolean;
	/** The REPL's commands behind `:`. */
	commands?: boolean;
	shell: ShellKind;
	columns: number;
	rows: number;
	t: Translator;
	now: number;
}

export function initialModel(init: ModelInit): Model {
	const {checks} = init;
	return {
		view: {
			stack: [],
			list: {filter: '', filterEditing: false, severity: 'all'},
			...(init.suppressions.problem ? {notice: {key: 'ui.msg.storeProblem', params: {file: init.suppressions.location}, tone: 'warn'}} : {}),
		},
		resources: {
			title: init.title,
			checks,
			timing: {startedAt: checks.startedAt, ...(checks.running || checks.finishedAt === undefined ? {} : {finishedAt: checks.finishedAt})},
			suppressions: init.suppressions.list(),
			suppressionFile: init.suppressions.location,
			fixes: init.fixes,
			previews: new Map(),
			undoPreviews: new Map(),
			shell: init.shell,
			now: init.now,
			commands: init.commands ?? false,
			command: {output: [], partial: '', running: false, history: []},
		},
		layout: {columns: init.columns, rows: init.rows, t: init.t},
	};
}

export function top(view: ViewState): Screen | undefined {
	return view.stack.at(-1);
}

/** Where keys go right now. */
export function contextOf(view: ViewState): Context {
	if (view.help) return 'help';
	const screen = top(view);
	if (!screen) return view.list.filterEditing ? 'filter' : 'checklist';
	return screen.screen;
}

/** The checklist's rows as shown: grouped, each with its suppression as of now. */
export function itemsOf(resources: Resources): ListRow[] {
	return listRows(resources.checks.rows, resources.suppressions, new Date(resources.now));
}

export function findingOf(resources: Resources, id: string): Finding | undefined {
	return resources.checks.rows.find((row) => row.id === id)?.finding;
}

/** The output of the `:` line as lines, the unfinished last one included. */
export function commandOutput(command: CommandState): string[] {
	return command.partial ? [...command.output, command.partial] : command.output;
}

/** A fix, undo or recovery is under way (its screen cannot be left, the app not quit). */
export function busy(resources: Resources): boolean {
	const run = resources.run;
	return Boolean(run && !run.outcome && run.error === undefined);
}

/** Spinners turn and times count while anything runs. */
export function clockRunning(resources: Resources): boolean {
	return resources.checks.running || busy(resources);
}

/**
 * The header's time: the run of every check while it runs and once it is over; a re-check of
 * a few, while it runs, on its own clock.
 */
export function elapsedMs(resources: Resources): number {
	const {timing, checks, now} = resources;
	if (timing.finishedAt === undefined) return Math.max(0, now - timing.startedAt);
	if (checks.running) return Math.max(0, now - checks.startedAt);
	return timing.finishedAt - timing.startedAt;
}

export const previewKey = (id: string, fix: string) => `${id}/${fix}`;
