import type {Text} from '../i18n/text.js';
import type {Change} from '../model/fix.js';
import type {Status} from '../model/status.js';
import type {FileDigest} from '../system/types.js';

/**
 * The undo journal's file format. `schemaVersion` is ours (conf's migrations are not used):
 * a file from a newer goenv-tui is never rewritten by an older one. Version 1 files (titles
 * and errors as English sentences, no generation) are read and written back as version 2.
 */
export const JOURNAL_SCHEMA_VERSION = 2;

export type StoredStatus = StoredEntry['status'];

/** A file's state as the journal compares it: absent, or its bytes' digest. */
export type FileState = {exists: false} | {exists: true; sha256: string; size: number};

/** Where one change stands, as the executor records it before moving on. */
export type ChangeState = 'planned' | 'applied' | 'rolled-back';

/**
 * A change as the journal keeps it. File contents are never stored: a file's state is its
 * digest, and its bytes are in the backup copy. Secrets are redacted here; the exact values
 * undo needs are kept beside the journal in a private file (see `sealed`).
 */
export interface StoredChange {
	change: Change;
	state: ChangeState;
	/** Whether this change needs admin (it ran, or runs, in the elevated script). */
	admin: boolean;
	/** The copy of the file taken before it was written; `exists: false` when there was none. */
	backup?: {path: string; exists: boolean; digest?: FileDigest};
	/** Files a command replaces: one backup each. */
	backups?: Array<{file: string; path: string; exists: boolean; digest?: FileDigest}>;
	/** For files and profiles: the digest of what we wrote, to tell "still ours" on undo. */
	afterDigest?: FileDigest | null;
	/** For command replacements: the digests after the command ran. */
	afterDigests?: Array<{file: string; digest: FileDigest | null}>;
	/** For a restore from another entry's backup (undo of a file or a command). */
	restoreFrom?: string;
	/** For file-like changes: the file's state before and after, by digest. */
	expect?: {before: FileState; after: FileState};
	/**
	 * Folders that did not exist before the change and that it made to hold a file (`go install`
	 * creates GOPATH/bin, `go env -w` the go env file's folder), deepest first. Taking back the
	 * file removes each of them again while it is empty.
	 */
	createdFolders?: string[];
	/**
	 * For a profile line: the exact edit this change made (the line's text, its number and its
	 * line end, and whether a managed block was added or removed with it), so taking it back
	 * undoes that edit and nothing else, whatever else changed in the file since.
	 */
	lineEdit?: LineEdit;
	/** For the undo of a profile line: the edit of the entry it takes back, to take back exactly. */
	revertEdit?: LineEdit;
	/**
	 * The lines of `lineEdit` / `revertEdit` held a secret (`export MY_PAT=…`): the journal keeps
	 * them redacted, and their exact text is in the entry's private folder (`edit-<index>.json`).
	 */
	sealedEdit?: boolean;
	/** Nothing was written because the machine already had the "after" (e.g. an exclusion that existed). */
	noop?: boolean;
	error?: string;
}

/** One edit of a profile: what was at `index` (0-based) and what went there, line ends included. */
export interface LineEdit {
	/** The lines removed, as they were (text and end). */
	removed: Array<{text: string; end: string}>;
	/** The lines inserted in their place. */
	inserted: Array<{text: string; end: string}>;
	/** Where the removed lines started (0-based). */
	index: number;
	/** The end of the line before `index` changed (a last line without a newline got one). */
	endBefore?: {from: string; to: string};
}

/** What every entry has, whatever its status. */
interface EntryCommon {
	id: number;
	createdAt: string;
	updatedAt: string;
	findingId: string;
	fixId: string;
	/** The fix's title, as a message key and parameters (rendered in the language in use). */
	title: Text;
	reversible: boolean;
	needsAdmin: boolean;
	restartHint?: Text;
	changes: StoredChange[];
	/** The process that made it: pending entries of a live process are not crashes. */
	pid: number;
	host: string;
	/** The checks re-run after it (the finding first). */
	rerun?: string[];
	/** The finding statuses after the re-run. */
	recheck?: Array<{id: string; status: Status}>;
	/** True when the unredacted changes are in this entry's private sidecar file. */
	sealed?: boolean;
}

/** A fix, or the undo of an entry (an undo's undo is a redo). */
export type EntryAction = {action: 'fix'} | {action: 'undo' | 'redo'; undoes: number};

/** Where an entry stands; the journal's methods are the only way from one to the next. */
export type EntryState =
	/** Written before the machine is; left so by a process that was killed. */
	| {status: 'pending'}
	/** Every change made and read back (or, `marked-resolved`, found so after a crash). */
	| {status: 'applied'; resolution?: 'marked-resolved'}
	/** A change failed and the others were rolled back (or, `rolled-back`, a crash's were). */
	| {status: 'failed'; error: Text; resolution?: 'rolled-back' | 'marked-resolved'}
	/** Taken back by the undo entry `undoneBy`. */
	| {status: 'undone'; undoneBy: number};

export type StoredEntry = EntryCommon & EntryAction & EntryState;

/** An entry as it is first written: pending, without the fields the journal fills in. */
export type NewEntry = Omit<EntryCommon, 'id' | 'createdAt' | 'updatedAt' | 'pid' | 'host'> & EntryAction;
/** The same, before its changes are added. */
export type NewEntryFields = Omit<EntryCommon, 'id' | 'createdAt' | 'updatedAt' | 'pid' | 'host' | 'changes'> & EntryAction;

/**
 * The process applying or undoing right now (one at a time across processes). `token` is
 * its claim's: every write it makes for that work checks the claim is still its own.
 */
export interface Owner {
	pid: number;
	host: string;
	token: string;
	since: string;
	/** Refreshed while it works: a silent owner is gone (see pending.ts). */
	heartbeat: string;
}

/** Something the journal found and keeps telling until the person has seen it. */
export interface StoredNotice {
	kind: 'corrupt';
	at: string;
	/** Where the file that could not be used was moved (it is never overwritten). */
	movedTo: string;
	/** Why it could not be used. */
	reason: Text;
}

export interface JournalData {
	schemaVersion: number;
	/**
	 * Bumped by every write. A writer checks, right before it replaces the file, that it is
	 * still the one it read: a journal never goes back in time.
	 */
	generation: number;
	nextId: number;
	/** Oldest first. */
	entries: StoredEntry[];
	owner?: Owner;
	notices: StoredNotice[];
}

export function emptyJournal(nextId = 1): JournalData {
	return {schemaVersion: JOURNAL_SCHEMA_VERSION, generation: 0, nextId, entries: [], notices: []};
}
