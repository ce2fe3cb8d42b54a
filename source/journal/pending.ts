import {configFolder} from '../system/config-folder.js';
import type {System} from '../system/types.js';
import type {JournalData, Owner, StoredEntry} from './schema.js';
import {validateJournal} from './validate.js';

/**
 * Whether the process that claimed the right to change the machine is still there, and
 * which pending entries a process that is gone left behind, decided from the file alone.
 * The Journal uses it; so does `check`, which only looks: it reads the file through the
 * System, never locks it, never moves a bad one aside.
 */

export const JOURNAL_FILE = 'journal.json';

/** The journal's folder: goenv-tui's config folder (the rule every file of ours follows). */
export function journalFolder(sys: System): string {
	return configFolder(sys);
}

export interface Liveness {
	pid: number;
	host: string;
	now: Date;
	/** Whether a process of this host is alive. */
	isAlive: (pid: number) => boolean;
	/** An owner on another host is gone when its heartbeat is older than this. */
	ownerStaleMs: number;
	/**
	 * An owner on this host whose process exists but has not been heard of for this long is
	 * taken as gone too (its pid may belong to another program by now). Long, so that a
	 * process merely stopped (Ctrl+Z) keeps its claim: when it resumes, its next write checks
	 * the claim and finds whether it still has it.
	 */
	ownerSilentMs: number;
	/** Whether this process holds the claim with this token (absent: any claim with our pid is ours). */
	holds?: (token: string) => boolean;
}

/** Another host's owner is gone after a minute of silence. */
export const OWNER_STALE_MS = 60_000;
/** This host's live owner is taken as gone after ten minutes of silence. */
export const OWNER_SILENT_MS = 10 * 60_000;

export function ownerAlive(owner: Owner, self: Liveness): boolean {
	const beat = Date.parse(owner.heartbeat);
	const silentFor = Number.isFinite(beat) ? self.now.getTime() - beat : Number.POSITIVE_INFINITY;
	// Another host's process cannot be asked; its heartbeat is all there is.
	if (owner.host !== self.host) return silentFor <= self.ownerStaleMs;
	return self.isAlive(owner.pid) && silentFor <= self.ownerSilentMs;
}

/** True when a pending entry's process is gone: it was interrupted. */
export function isInterrupted(entry: StoredEntry, data: JournalData, self: Liveness): boolean {
	if (entry.status !== 'pending') return false;
	const owner = data.owner;
	const ownerIsSelf = Boolean(owner && owner.pid === self.pid && owner.host === self.host && (self.holds?.(owner.token) ?? true));
	if (entry.pid === self.pid && entry.host === self.host) return !ownerIsSelf;
	const ownerIsIt = owner && owner.pid === entry.pid && owner.host === entry.host;
	return !(ownerIsIt && ownerAlive(owner, self));
}

/** Signal 0 checks that a process exists; EPERM means it exists under another user. */
export function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * The interrupted entries of the journal as it is on disk now, oldest first. Empty when there
 * is no journal or it cannot be read as one (`journal` and `fix` report that; a report only
 * looks).
 */
export async function readInterrupted(sys: System, options: {dir?: string; hostname: string}): Promise<StoredEntry[]> {
	const text = await sys.readFile(sys.path.join(options.dir ?? journalFolder(sys), JOURNAL_FILE));
	if (text === null) return [];
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return [];
	}
	const validated = validateJournal(raw);
	if (!validated.ok) return [];
	const journal = validated.data;
	const self: Liveness = {pid: process.pid, host: options.hostname, now: new Date(), isAlive: processAlive, ownerStaleMs: OWNER_STALE_MS, ownerSilentMs: OWNER_SILENT_MS};
	return journal.entries.filter((entry) => isInterrupted(entry, journal, self));
}
