import type {Translator} from '../i18n/index.js';
import type {Finding} from '../model/finding.js';
import type {Change, Fix} from '../model/fix.js';
import type {Status} from '../model/status.js';
import type {System} from '../system/types.js';
import type {Text} from '../i18n/text.js';
import type {Journal} from '../journal/journal.js';
import type {FactKey} from '../facts/reads.js';

/**
 * The shapes of the fixes API (source/fixes/index.ts). The Ink screens and the `fix`, `undo`
 * and `journal` commands use exactly these; nothing here touches the machine.
 */

/** What the API needs from its caller. */
export interface FixServices {
	sys: System;
	t: Translator;
	/** The undo journal. The one in goenv-tui's config folder (`journalFolder(sys)`) when not given. */
	journal?: Journal;
	/**
	 * How long a fix, undo or recovery waits for another goenv-tui's to finish (it says so
	 * with a `waiting` progress event) before it is refused as busy. Two minutes by default.
	 */
	claimWaitMs?: number;
	/**
	 * Whether this process already runs elevated (Windows: the High integrity SID; Unix:
	 * root). Admin-only changes then run without a UAC prompt. Defaults to "no", which is
	 * always safe on Windows: `Start-Process -Verb RunAs` from an elevated process does not
	 * prompt.
	 */
	isElevated?: () => Promise<boolean>;
	/**
	 * Re-runs these checks and returns their new findings. The UI passes its engine's
	 * `run(ids)` so the checklist rows update; the CLI runs them on their own. Without it,
	 * nothing is re-run and outcomes carry no findings.
	 */
	rerun?: (ids: string[]) => Promise<Finding[]>;
	/**
	 * The checks a change to these facts can alter (source/facts/reads.ts), from what each one
	 * read in its last run: the UI passes its engine's `affectedBy`, so that after a fix or an
	 * undo every row it shows is what a fresh run would say. Without it, only the fixed check
	 * is re-run (the CLI, which has run that one check alone).
	 */
	affected?: (touched: readonly FactKey[]) => string[];
}

/** What a change touches, for the "what it touches" line of a preview. */
export type ChangeTarget =
	| {type: 'go-env'; file: string; key: string}
	| {type: 'registry'; key: string; name: string}
	| {type: 'file'; path: string}
	| {type: 'git-config'; scope: 'system' | 'global' | 'local'; key: string; repo?: string}
	| {type: 'defender'; path: string}
	/** `affects`: what the command changes, named for a person (the files it rewrites); absent when only the program is known. */
	| {type: 'command'; argv: string[]; cwd?: string; affects?: string[]};

/** One line of a before → after diff: kept, removed or added (PATH entries, file lines). */
export interface DiffLine {
	op: ' ' | '-' | '+';
	text: string;
}

/** One change as a person reads it. Every string is already free of secrets. */
export interface ChangeView {
	index: number;
	kind: Change['kind'];
	target: ChangeTarget;
	/** One line naming the thing changed, e.g. `HKCU\Environment  Path` or `git config --global core.autocrlf`. */
	label: string;
	/** The value before and after, as shown; absent values read "(not set)". */
	before: string;
	after: string;
	/** For PATH entries and files: the lines kept, removed and added. */
	diff?: DiffLine[];
	needsAdmin: boolean;
	reversible: boolean;
	/** A copy of the file is kept in the journal's backups before it is written. */
	backup: boolean;
	/** The exact command that will run, for go-env, git-config and command changes. */
	command?: string[];
}

/** What `previewFix` returns, and what `applyFix` applies: exactly these changes. */
export interface FixPreview {
	findingId: string;
	fix: Fix;
	/** The changes as they will be applied (registry types settled, commands resolved). */
	changes: Change[];
	views: ChangeView[];
	needsAdmin: boolean;
	reversible: boolean;
	/** Changes that cannot be undone; they need `confirmIrreversible`. */
	irreversible: number[];
	restartHint?: string;
	/**
	 * The finding re-run after applying; the other checks the changes can reach run too
	 * (FixServices.affected), found from what they read.
	 */
	rerun: string[];
	/**
	 * The one script that runs elevated (Windows, one UAC prompt), shown in full before it
	 * runs, secrets in its values redacted. Absent when no change needs admin.
	 */
	elevatedScript?: string;
	/** Why it cannot be applied here, as sentences. Empty when it can. */
	blockers: string[];
	/** Commands for the person to run instead (from the fix, in their shell's syntax). */
	manualCommands: string[];
}

/** Progress while applying, undoing or rolling back, in the order things happen. */
export type ProgressEvent =
	/** Another goenv-tui is changing the machine: this one waits its turn, at most `seconds`. */
	| {type: 'waiting'; pid: number; host: string; since: string; seconds: number}
	| {type: 'journal'; entryId: number; status: EntryStatus}
	| {type: 'backup'; index: number; path: string}
	| {type: 'elevation'; indexes: number[]}
	| {type: 'change'; index: number; phase: 'start' | 'written' | 'verified'}
	| {type: 'rollback'; index: number; phase: 'start' | 'done' | 'failed'; error?: string}
	| {type: 'broadcast'; ok: boolean}
	| {type: 'rerun'; phase: 'start'; ids: string[]}
	| {type: 'rerun'; phase: 'done'; findings: Finding[]};

export interface RunOptions {
	onProgress?: (event: ProgressEvent) => void;
}

export interface ApplyOptions extends RunOptions {
	/** Must be true when the preview lists irreversible changes: the second confirmation. */
	confirmIrreversible?: boolean;
}

/** Why nothing was done. */
export type RefusalReason =
	| 'blocked' // the preview has blockers
	| 'irreversible' // irreversible changes without confirmIrreversible
	| 'stale' // the machine no longer matches the preview's "before"
	| 'busy' // another goenv-tui is applying or undoing right now
	| 'journal' // the journal cannot be written (made by a newer goenv-tui, or unreadable)
	| 'not-found' // no such journal entry (undo, recovery)
	| 'not-undoable' // the entry is not in a state that can be undone (pending, failed, undone)
	| 'nothing'; // no change to make

export interface Refusal {
	reason: RefusalReason;
	message: string;
	/** For `stale`: what differs, per change. */
	conflicts?: Conflict[];
}

/** A value that is no longer what the journal expects: the three values, for the person. */
export interface Conflict {
	index: number;
	label: string;
	/** Before the fix. */
	before: string;
	/** What the fix wrote. */
	ours: string;
	/** What is there now. */
	now: string;
}

/** How a run that changed the machine and then failed or was cancelled ended: what was taken back. */
interface RolledBack {
	entryId: number;
	rolledBack: number[];
	rollbackFailed: Array<{index: number; error: string}>;
	/** False when WM_SETTINGCHANGE could not be sent after a registry write. */
	broadcast?: boolean;
	/** The entry could not be settled in the journal (a full disk): it stays pending, and this says why. */
	journalError?: string;
}

/**
 * How applying a fix ended, one shape per status:
 * - `applied`: every change made and read back; `findings` are the re-run checks (the fixed
 *   finding first), `stillProblem` when it still reports one, `unverified` when the re-run
 *   was stopped (Ctrl+C), `sessionStale` when only new terminals see the change.
 * - `failed` / `cancelled` (a declined UAC prompt): what was rolled back.
 * - `aborted`: this process lost the journal (stopped too long, another took over) and
 *   changed nothing more; the entry is where `journal` says.
 * - `refused`: nothing was done, and why.
 */
export type ApplyOutcome =
	| {
			status: 'applied';
			entryId: number;
			findings: Finding[];
			stillProblem: boolean;
			unverified?: boolean;
			sessionStale?: boolean;
			broadcast?: boolean;
			journalError?: string;
	  }
	| ({status: 'failed'; error: string} & RolledBack)
	| ({status: 'cancelled'} & RolledBack)
	| {status: 'aborted'; entryId: number; error: string}
	| {status: 'refused'; refusal: Refusal};

export type EntryStatus = 'pending' | 'applied' | 'failed' | 'undone';
export type EntryAction = 'fix' | 'undo' | 'redo';

/** A journal entry as screens and `journal --json` show it. */
export interface EntrySummary {
	id: number;
	/** ISO time the entry was created. */
	time: string;
	updated: string;
	action: EntryAction;
	findingId: string;
	fixId: string;
	/** The title, rendered in the services' language. */
	title: string;
	status: EntryStatus;
	/** For undo and redo: the entry they undo. */
	undoes?: number;
	/** The undo entry that took this one back. */
	undoneBy?: number;
	reversible: boolean;
	needsAdmin: boolean;
	restartHint?: string;
	/** For a failed entry: why, rendered. */
	error?: string;
	/** How a pending entry left by a crash was settled. */
	resolution?: 'rolled-back' | 'marked-resolved';
	/** The finding statuses after the re-run. */
	recheck?: Array<{id: string; status: Status}>;
	/** Can `undoEntry` take it back now (applied, with something reversible)? */
	undoable: boolean;
	views: ChangeView[];
	/** The same texts as the journal keeps them (message keys and parameters), for a view in another language. */
	text: {title: Text; error?: Text; restartHint?: Text};
}

/** A pending entry whose process is gone (crash, kill, power loss). */
export interface PendingEntry {
	entry: EntrySummary;
	/** Per change: where the machine is now. */
	states: Array<{index: number; label: string; state: 'before' | 'after' | 'other'; now: string}>;
}

export type JournalNotice =
	/** A file that could not be used was moved aside (never overwritten); `reason` is rendered. */
	| {kind: 'corrupt'; at: string; movedTo: string; reason: string}
	| {kind: 'newer'; schemaVersion: number}
	/** The journal can be read but not written (a read-only folder): nothing can be fixed now. */
	| {kind: 'unwritable'; message: string};

export interface JournalListing {
	/** The journal file. */
	path: string;
	/** Newest first. */
	entries: EntrySummary[];
	/** Pending entries left by a process that is gone. */
	pending: PendingEntry[];
	/** Another goenv-tui is applying or undoing right now. */
	busy?: {pid: number; host: string; since: string};
	notices: JournalNotice[];
}

export interface UndoPreview {
	entry: EntrySummary;
	/** The inverse changes, newest first, as they will be applied. */
	views: ChangeView[];
	/** Changes that can never be undone (left as they are). */
	irreversible: ChangeView[];
	/** Values changed since the fix: undo refuses unless forced. */
	conflicts: Conflict[];
	needsAdmin: boolean;
	elevatedScript?: string;
	/** Why it cannot be undone at all (even forced). Empty when it can. */
	blockers: string[];
}

export interface UndoOptions extends RunOptions {
	/** Undo even where values changed since the fix (conflicts). */
	force?: boolean;
}

/** How an undo ended, one shape per status (see ApplyOutcome); `undid` is the entry taken back. */
export type UndoOutcome =
	| {status: 'undone'; entryId: number; undid: number; conflicts: Conflict[]; findings: Finding[]; unverified?: boolean; sessionStale?: boolean; broadcast?: boolean; journalError?: string}
	/** Values changed since the fix: nothing was done (unless forced). */
	| {status: 'conflict'; undid: number; conflicts: Conflict[]}
	| ({status: 'failed'; undid: number; error: string; conflicts: Conflict[]} & RolledBack)
	| ({status: 'cancelled'; undid: number; conflicts: Conflict[]} & RolledBack)
	| {status: 'aborted'; entryId: number; undid: number; error: string}
	| {status: 'refused'; refusal: Refusal; undid?: number};

export type RecoveryAction = 'rollback' | 'mark-resolved';

/** How settling an interrupted entry ended, one shape per status. */
export type RecoveryOutcome =
	| {status: 'rolled-back' | 'resolved'; entryId: number}
	/** A change is neither before nor after (or cannot be read): nothing was done (unless forced). */
	| {status: 'conflict'; entryId: number; conflicts: Conflict[]}
	| {status: 'failed'; entryId: number; error: string}
	| {status: 'cancelled'; entryId: number}
	| {status: 'aborted'; entryId: number; error: string}
	| {status: 'refused'; entryId: number; refusal: Refusal};
