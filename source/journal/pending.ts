import envPaths from 'env-paths';
import type {System} from '../system/types.js';
import {invalidReason, type JournalData, type Owner, type StoredEntry} from './schema.js';

/**
 * Which journal entries a process that is gone left pending, decided from the file alone.
 * The Journal (conf, the lock) uses it; so does `check`, which only looks: it reads the file
 * through the System, never locks it, never moves a bad one aside, and loads no conf.
 */

/** The folder of the journal: the user's config folder (env-paths), so a sandboxed HOME isolates it. */
export function defaultJournalDir(): string {
	return envPaths('goenv-tui', {suffix: ''}).config;
}

export const JOURNAL_FILE = 'journal.json';

export interface Liveness {
	pid: number;
	host: string;
	now: Date;
	/** Whether a process of this host is alive. */
	isAlive: (pid: number) => boolean;
	/** An owner whose heartbeat is older than this is gone, whatever its pid says. */
	ownerStaleMs: number;
}

export function ownerAlive(owner: Owner, self: Liveness): boolean {
	const beat = Date.parse(owner.heartbeat);
	if (!Number.isFinite(beat) || self.now.getTime() - beat > self.ownerStaleMs) return false;
	// Another host's process cannot be asked; its heartbeat is all there is.
	return owner.host !== self.host || self.isAlive(owner.pid);
}

/** True when a pending entry's process is gone: it was interrupted. */
export function isInterrupted(entry: StoredEntry, data: JournalData, self: Liveness): boolean {
	if (entry.status !== 'pending') return false;
	const owner = data.owner;
	const ownerIsSelf = Boolean(owner && owner.pid === self.pid && owner.host === self.host);
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
	const text = await sys.readFile(sys.path.join(options.dir ?? defaultJournalDir(), JOURNAL_FILE));
	if (text === null) return [];
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return [];
	}
	if (invalidReason(data)) return [];
	const journal = data as JournalData;
	const self: Liveness = {pid: process.pid, host: options.hostname, now: new Date(), isAlive: processAlive, ownerStaleMs: OWNER_STALE_MS};
	return journal.entries.filter((entry) => isInterrupted(entry, journal, self));
}

export const OWNER_STALE_MS = 60_000;
