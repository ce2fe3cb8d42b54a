import type {FixPreview, JournalListing, ProgressEvent, RecoveryAction, UndoPreview} from '../fixes/types.js';
import type {EngineState} from '../model/check-run.js';
import type {Finding} from '../model/finding.js';
import type {ShellKind} from '../shell/syntax.js';
import type {Suppression} from '../suppressions/suppressions.js';
import type {Action} from './keymap.js';
import type {Loaded, Notice, Resources, RunState} from './model.js';

/**
 * Everything that reaches `update`: a key (already an action of the keymap), the clock, the
 * terminal's size, the engine's rows, and the answer to every effect. An effect that fails
 * answers with a message too; nothing changes the model on the side.
 */
export type Msg =
	/** The UI is up: ask for what it shows besides the checks. */
	| {type: 'start'}
	| {type: 'key'; action: Action; at: number}
	/** Ctrl+C from outside (SIGINT before raw mode, `kill -INT`): as the key. */
	| {type: 'interrupt'; at: number}
	| {type: 'tick'; at: number}
	| {type: 'resize'; columns: number; rows: number}
	| {type: 'checks'; state: EngineState; at: number}
	| {type: 'shell'; shell: ShellKind}
	| {type: 'journal'; loaded: Loaded<JournalListing>}
	| {type: 'preview'; id: string; fix: string; loaded: Loaded<FixPreview>}
	| {type: 'undoPreview'; entry: number; loaded: Loaded<UndoPreview>}
	| {type: 'progress'; event: ProgressEvent}
	| {type: 'runSettled'; outcome?: RunState['outcome']; error?: string}
	| {type: 'suppressions'; list: ReadonlyMap<string, Suppression>; notice: Notice}
	| {type: 'report'; file: string; markdown: string}
	| {type: 'notice'; notice: Notice}
	/** What a command of the `:` line printed, a question it asks, its end. */
	| {type: 'commandOutput'; text: string}
	| {type: 'commandAsk'; question: string}
	| {type: 'commandDone'; ok: boolean; quit?: boolean}
	| {type: 'commandCompleted'; line: string; hits: string[]; substring: string}
	| {type: 'commandHistory'; lines: string[]};

/**
 * What the app must do outside the model: the model never touches the engine, the fixes
 * API, files or the terminal. Each carries what it needs, so the runtime that performs it
 * reads nothing back from the model.
 */
export type Effect =
	| {type: 'quit'}
	| {type: 'rerun'; ids?: string[]}
	| {type: 'detectShell'}
	| {type: 'suppress'; suppression: Suppression}
	| {type: 'unsuppress'; id: string}
	/** Makes the shareable report of these findings; to `file`, or a new name in the current folder. */
	| {type: 'makeReport'; file?: string; findings: Finding[]; unfinished: string[]; elapsedMs: number; suppressions: ReadonlyMap<string, Suppression>; shell: ShellKind; at: number}
	| {type: 'writeReport'; file: string; markdown: string}
	| {type: 'preview'; finding: Finding; fix: string}
	| {type: 'apply'; preview: FixPreview; confirmIrreversible: boolean}
	| {type: 'loadJournal'}
	| {type: 'previewUndo'; entry: number}
	| {type: 'undo'; entry: number; force: boolean}
	| {type: 'recover'; entry: number; action: RecoveryAction}
	/** The `:` line: load its history, run a line, answer a question, stop the command, complete a word. */
	| {type: 'commandOpen'}
	| {type: 'commandRun'; line: string}
	| {type: 'commandAnswer'; text: string | null}
	| {type: 'commandInterrupt'}
	| {type: 'commandComplete'; line: string};

/** Asks for the shareable report of the checks as they are now (to `file` when it is already named). */
export function reportRequest(resources: Resources, file?: string): Effect {
	const rows = resources.checks.rows;
	return {
		type: 'makeReport',
		...(file ? {file} : {}),
		findings: rows.flatMap((row) => (row.finding ? [row.finding] : [])),
		unfinished: rows.filter((row) => !row.finding).map((row) => row.id),
		elapsedMs: reportElapsedMs(resources),
		suppressions: resources.suppressions,
		shell: resources.shell,
		at: resources.now,
	};
}

/** How long the last run of every check took (or has taken so far). */
function reportElapsedMs(resources: Resources): number {
	const {timing, now} = resources;
	return (timing.finishedAt ?? now) - timing.startedAt;
}
