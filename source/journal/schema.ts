import type {Change} from '../model/fix.js';
import type {Status} from '../model/status.js';
import type {FileDigest} from '../system/types.js';

/**
 * The undo journal's file format. `schemaVersion` is ours (conf's own migrations are not
 * used): a file from a newer goenv-tui is never rewritten by an older one.
 */
export const JOURNAL_SCHEMA_VERSION = 1;

export type StoredStatus = 'pending' | 'applied' | 'failed' | 'undone';

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
	/** Nothing was written because the machine already had the "after" (e.g. an exclusion that existed). */
	noop?: boolean;
	error?: string;
}

export interface StoredEntry {
	id: number;
	createdAt: string;
	updatedAt: string;
	action: 'fix' | 'undo' | 'redo';
	findingId: string;
	fixId: string;
	title: string;
	status: StoredStatus;
	undoes?: number;
	undoneBy?: number;
	reversible: boolean;
	needsAdmin: boolean;
	restartHint?: string;
	changes: StoredChange[];
	/** The process that made it: pending entries of a live process are not crashes. */
	pid: number;
	host: string;
	error?: string;
	resolution?: 'rolled-back' | 'marked-resolved';
	recheck?: Array<{id: string; status: Status}>;
	/** The checks re-run after it (the finding first). */
	rerun?: string[];
	/** True when the unredacted changes are in this entry's private sidecar file. */
	sealed?: boolean;
}

/** The process applying or undoing right now (one at a time across processes). */
export interface Owner {
	pid: number;
	host: string;
	since: string;
	/** Refreshed while it works: an owner whose heartbeat is old is gone. */
	heartbeat: string;
}

export interface StoredNotice {
	kind: 'corrupt';
	at: string;
	movedTo: string;
	reason: string;
}

export interface JournalData {
	schemaVersion: number;
	nextId: number;
	/** Oldest first. */
	entries: StoredEntry[];
	owner?: Owner;
	notices: StoredNotice[];
}

export function emptyJournal(): JournalData {
	return {schemaVersion: JOURNAL_SCHEMA_VERSION, nextId: 1, entries: [], notices: []};
}

/** Returns why the data is not a journal we can read, or undefined when it is. */
export function invalidReason(data: unknown): string | undefined {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return 'not a JSON object';
	const record = data as Record<string, unknown>;
	if (typeof record.schemaVersion !== 'number' || !Number.isInteger(record.schemaVersion)) return 'no schemaVersion';
	if (record.schemaVersion > JOURNAL_SCHEMA_VERSION) return undefined; // newer: reported separately, never rewritten
	if (typeof record.nextId !== 'number' || !Number.isInteger(record.nextId) || record.nextId < 1) return 'no nextId';
	if (!Array.isArray(record.entries)) return 'no entries list';
	for (const entry of record.entries as unknown[]) {
		if (!entry || typeof entry !== 'object') return 'an entry is not an object';
		const e = entry as Record<string, unknown>;
		if (typeof e.id !== 'number' || typeof e.status !== 'string' || !Array.isArray(e.changes)) return `entry ${String(e.id)} is malformed`;
	}
	if (record.notices !== undefined && !Array.isArray(record.notices)) return 'notices is not a list';
	return undefined;
}
