import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import lockfile from 'proper-lockfile';
import {defaultJournalDir, isInterrupted, JOURNAL_FILE, OWNER_STALE_MS, ownerAlive, processAlive, type Liveness} from './pending.js';
import {emptyJournal, invalidReason, JOURNAL_SCHEMA_VERSION, type JournalData, type Owner, type StoredEntry, type StoredNotice} from './schema.js';

export {defaultJournalDir} from './pending.js';

/**
 * The undo journal: one JSON file kept by conf in the user's config folder, next to a
 * `backups/` folder. conf alone is not safe across processes (its `set` is read, change,
 * write), so every read-modify-write here holds a cross-process lock (proper-lockfile,
 * async, with retries) and re-reads the file under it. conf's writes are atomic (temp file
 * and rename), so a reader never sees half a file.
 *
 * A file that is not a journal is never emptied (`clearInvalidConfig` stays off): it is
 * moved aside with a timestamp, reported, and a new journal starts. A file written by a
 * newer goenv-tui (a higher schemaVersion) is read as far as it can be and never written.
 *
 * This module touches its own folder only. The machine is changed by the fix executor,
 * through the System port.
 */


export class JournalNewerError extends Error {
	constructor(readonly schemaVersion: number) {
		super(`the journal was written by a newer goenv-tui (schemaVersion ${schemaVersion}; this one reads ${JOURNAL_SCHEMA_VERSION})`);
		this.name = 'JournalNewerError';
	}
}

export class JournalBusyError extends Error {
	constructor(readonly owner: Owner) {
		super(`another goenv-tui (pid ${owner.pid} on ${owner.host}) is applying a fix`);
		this.name = 'JournalBusyError';
	}
}

export interface JournalOptions {
	/** The folder for journal.json and backups/. Default: defaultJournalDir(). */
	dir?: string;
	pid?: number;
	host?: string;
	now?: () => Date;
	/** Whether a process of this host is alive. */
	isAlive?: (pid: number) => boolean;
	/** An owner whose heartbeat is older than this is gone, whatever its pid says. */
	ownerStaleMs?: number;
	heartbeatMs?: number;
}

export interface JournalRead {
	data: JournalData;
	/** Set when the file is from a newer goenv-tui: shown, never written. */
	newer?: number;
}

/** The lock: stale after 5 s without an update (a killed process leaves its lock behind). */
const LOCK_OPTIONS = {
	realpath: false,
	stale: 5000,
	update: 1000,
	retries: {retries: 40, factor: 1.3, minTimeout: 10, maxTimeout: 250, randomize: true},
} as const;

export class Journal {
	readonly dir: string;
	readonly path: string;
	readonly backupsDir: string;
	readonly pid: number;
	readonly host: string;
	private readonly now: () => Date;
	private readonly isAlive: (pid: number) => boolean;
	private readonly ownerStaleMs: number;
	private readonly heartbeatMs: number;
	private conf: Conf<Record<string, unknown>> | undefined;
	/** Notices found by this process (a corrupt file moved aside). */
	private readonly found: StoredNotice[] = [];
	private heartbeat: ReturnType<typeof setInterval> | undefined;

	constructor(options: JournalOptions = {}) {
		this.dir = options.dir ?? defaultJournalDir();
		this.path = path.join(this.dir, JOURNAL_FILE);
		this.backupsDir = path.join(this.dir, 'backups');
		this.pid = options.pid ?? process.pid;
		this.host = options.host ?? os.hostname();
		this.now = options.now ?? (() => new Date());
		this.isAlive = options.isAlive ?? processAlive;
		this.ownerStaleMs = options.ownerStaleMs ?? OWNER_STALE_MS;
		this.heartbeatMs = options.heartbeatMs ?? 5000;
	}

	/**
	 * Reads the journal (under the lock, so a corrupt file is moved aside exactly once). With
	 * no journal yet, nothing is created: looking is not writing.
	 */
	async read(): Promise<JournalRead> {
		if (!fs.existsSync(this.path)) return {data: emptyJournal()};
		return this.locked(() => this.load());
	}

	/**
	 * Read, change, write, under the cross-process lock. `change` gets the journal as it is
	 * on disk now and edits it in place; its result is returned. Refuses (JournalNewerError)
	 * on a journal from a newer goenv-tui.
	 */
	async transact<T>(change: (data: JournalData) => T): Promise<T> {
		return this.locked(() => {
			const {data, newer} = this.load();
			if (newer !== undefined) throw new JournalNewerError(newer);
			const result = change(data);
			this.store().store = data as unknown as Record<string, unknown>;
			return result;
		});
	}

	/** Now, as the journal writes times. */
	timestamp(): string {
		return this.now().toISOString();
	}

	/** Notices this process found (shown once by whoever opened the journal). */
	notices(): StoredNotice[] {
		return [...this.found];
	}

	/** Adds an entry and returns it with its id. Ids are assigned under the lock: unique. */
	async append(entry: Omit<StoredEntry, 'id' | 'createdAt' | 'updatedAt' | 'pid' | 'host'>): Promise<StoredEntry> {
		return this.transact((data) => this.addEntry(data, entry));
	}

	addEntry(data: JournalData, entry: Omit<StoredEntry, 'id' | 'createdAt' | 'updatedAt' | 'pid' | 'host'>): StoredEntry {
		const time = this.now().toISOString();
		const stored: StoredEntry = {...entry, id: data.nextId, createdAt: time, updatedAt: time, pid: this.pid, host: this.host};
		data.nextId += 1;
		data.entries.push(stored);
		return stored;
	}

	/** Changes one entry under the lock; returns it as written. */
	async update(id: number, change: (entry: StoredEntry, data: JournalData) => void): Promise<StoredEntry> {
		return this.transact((data) => {
			const entry = data.entries.find((e) => e.id === id);
			if (!entry) throw new Error(`journal entry ${id} is missing`);
			change(entry, data);
			entry.updatedAt = this.now().toISOString();
			return structuredClone(entry);
		});
	}

	/** The owner that is applying or undoing now, if it is alive (and is not us). */
	liveOwner(data: JournalData): Owner | undefined {
		const owner = data.owner;
		if (!owner) return undefined;
		if (owner.pid === this.pid && owner.host === this.host) return undefined;
		return this.ownerAlive(owner) ? owner : undefined;
	}

	/** True when a pending entry's process is gone: it was interrupted. */
	interrupted(entry: StoredEntry, data: JournalData): boolean {
		return isInterrupted(entry, data, this.liveness());
	}

	/**
	 * Claims the right to change the machine (one process at a time), inside a transaction.
	 * Throws JournalBusyError when a live process holds it.
	 */
	claim(data: JournalData): void {
		const other = this.liveOwner(data);
		if (other) throw new JournalBusyError(other);
		const time = this.now().toISOString();
		data.owner = {pid: this.pid, host: this.host, since: time, heartbeat: time};
	}

	/** Gives the claim back, inside a transaction. */
	unclaim(data: JournalData): void {
		if (data.owner && data.owner.pid === this.pid && data.owner.host === this.host) delete data.owner;
	}

	/** Keeps our claim fresh while a long step runs (a UAC prompt, `go install`). */
	startHeartbeat(): void {
		this.stopHeartbeat();
		this.heartbeat = setInterval(() => {
			void this.transact((data) => {
				if (data.owner && data.owner.pid === this.pid && data.owner.host === this.host) data.owner.heartbeat = this.now().toISOString();
			}).catch(() => undefined);
		}, this.heartbeatMs);
		this.heartbeat.unref();
	}

	stopHeartbeat(): void {
		if (this.heartbeat) clearInterval(this.heartbeat);
		this.heartbeat = undefined;
	}

	/** The private folder of one entry's backups (and its sealed values). */
	entryDir(id: number): string {
		return path.join(this.backupsDir, String(id));
	}

	/**
	 * Keeps values that must not enter the journal (tokens in a URL, a password in a
	 * profile line) in a private file beside it, readable by the user only. Undo needs them
	 * to restore exactly what was there.
	 */
	writeSealed(id: number, value: unknown): void {
		const dir = this.entryDir(id);
		fs.mkdirSync(dir, {recursive: true, mode: 0o700});
		const file = path.join(dir, 'sealed.json');
		const temp = `${file}.${this.pid}.tmp`;
		fs.writeFileSync(temp, JSON.stringify(value), {mode: 0o600});
		fs.renameSync(temp, file);
	}

	readSealed(id: number): unknown {
		try {
			return JSON.parse(fs.readFileSync(path.join(this.entryDir(id), 'sealed.json'), 'utf8')) as unknown;
		} catch {
			return undefined;
		}
	}

	private ownerAlive(owner: Owner): boolean {
		return ownerAlive(owner, this.liveness());
	}

	private liveness(): Liveness {
		return {pid: this.pid, host: this.host, now: this.now(), isAlive: this.isAlive, ownerStaleMs: this.ownerStaleMs};
	}

	private async locked<T>(body: () => T): Promise<T> {
		fs.mkdirSync(this.dir, {recursive: true});
		let compromised: Error | undefined;
		const release = await lockfile.lock(this.path, {
			...LOCK_OPTIONS,
			onCompromised: (error) => {
				compromised = error;
			},
		});
		try {
			const result = body();
			if (compromised) throw compromised;
			return result;
		} finally {
			await release().catch(() => undefined);
		}
	}

	private store(): Conf<Record<string, unknown>> {
		this.conf ??= new Conf<Record<string, unknown>>({
			cwd: this.dir,
			configName: 'journal',
			clearInvalidConfig: false,
			accessPropertiesByDotNotation: false,
			configFileMode: 0o600,
		});
		return this.conf;
	}

	/** Reads the file as it is now; a file that is not a journal is moved aside. Under the lock. */
	private load(): JournalRead {
		const exists = fs.existsSync(this.path);
		let raw: unknown;
		try {
			raw = exists ? this.store().store : undefined;
		} catch (error) {
			if (!(error instanceof SyntaxError)) throw error;
			return {data: this.moveAside(`not valid JSON: ${error.message}`)};
		}
		if (raw === undefined) return {data: emptyJournal()};
		const reason = invalidReason(raw);
		if (reason) return {data: this.moveAside(reason)};
		const data = raw as JournalData;
		data.notices ??= [];
		if (data.schemaVersion > JOURNAL_SCHEMA_VERSION) return {data, newer: data.schemaVersion};
		return {data};
	}

	/** Keeps the bad file under a timestamped name and starts a new journal that says so. */
	private moveAside(reason: string): JournalData {
		const stamp = this.now().toISOString().replace(/[:.]/g, '-');
		let movedTo = path.join(this.dir, `journal.corrupt-${stamp}.json`);
		for (let n = 1; fs.existsSync(movedTo); n++) movedTo = path.join(this.dir, `journal.corrupt-${stamp}-${n}.json`);
		fs.renameSync(this.path, movedTo);
		this.conf = undefined;
		const notice: StoredNotice = {kind: 'corrupt', at: this.now().toISOString(), movedTo, reason};
		this.found.push(notice);
		const data = emptyJournal();
		data.notices.push(notice);
		this.store().store = data as unknown as Record<string, unknown>;
		return data;
	}
}
