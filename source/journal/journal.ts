import {randomBytes} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {MessageKey} from '../i18n/index.js';
import {keyed, type KeyedText, type Text} from '../i18n/text.js';
import type {Status} from '../model/status.js';
import {JournalLock, LockTimeoutError, LockUnavailableError, type LockOwner} from './lock.js';
import {isInterrupted, JOURNAL_FILE, OWNER_SILENT_MS, OWNER_STALE_MS, ownerAlive, processAlive, type Liveness} from './pending.js';
import {emptyJournal, type EntryState, type JournalData, type NewEntry, type Owner, type StoredChange, type StoredEntry, type StoredNotice} from './schema.js';
import {JournalWriteError, moveAside, readJournalFile, removeQuietly, writeJournalFile} from './store.js';
import {validateJournal} from './validate.js';

export {journalFolder} from './pending.js';
export {JournalWriteError} from './store.js';
export {LockTimeoutError, LockUnavailableError} from './lock.js';

/**
 * The undo journal: `journal.json` in goenv-tui's config folder, next to `backups/`. The
 * journal owns its state machine: an entry goes from pending to applied or failed, an applied
 * one to undone, only through the methods below, each one locked read-change-write of the
 * file. Callers never set a status themselves.
 *
 * Two kinds of exclusion, across processes:
 * - the **lock** (lock.ts) is held for one read-change-write, milliseconds. Right before it
 *   replaces the file, a writer checks that the lock is still its own and that the file is
 *   still the generation it read; otherwise it writes nothing (JournalLostError). A journal
 *   never goes back in time.
 * - the **claim** (`owner` in the file) is the right to change the machine, held for a whole
 *   fix, undo or recovery. A second one waits for it (bounded, `onWait` says for whom). Every
 *   write made for a claimed piece of work checks the claim is still its own.
 *
 * A file we cannot use (not JSON, not a journal, a folder, unreadable, too big) is never
 * overwritten: it is moved aside under a timestamped name, a notice says where, and a new
 * journal starts numbering after every entry number seen. A file written by a newer
 * goenv-tui (a higher schemaVersion) is read as far as it can be and never written.
 */

/** Why the journal cannot be used, worded for a person (a message key and its parameters). */
export class JournalError extends Error {
	constructor(readonly text: KeyedText) {
		super(`${text.key} ${JSON.stringify(text.params ?? {})}`);
		this.name = 'JournalError';
	}
}

/** The file was written by a newer goenv-tui: shown, never written. */
export class JournalNewerError extends JournalError {
	constructor(readonly schemaVersion: number) {
		super(keyed('fixes.refused.newer', {version: schemaVersion}));
		this.name = 'JournalNewerError';
	}
}

/** Another live goenv-tui holds the claim, and did not let go in the time we waited. */
export class JournalBusyError extends JournalError {
	constructor(readonly owner: Owner) {
		super(keyed('fixes.refused.busy', {pid: owner.pid, host: owner.host, since: owner.since}));
		this.name = 'JournalBusyError';
	}
}

/**
 * This process no longer has what it needs to write: its lock was taken, the file is a
 * newer generation than the one it read, its claim went to another process (it was stopped
 * too long), or the entry it works on was settled by someone else. It must change nothing
 * more: whoever took over has the journal.
 */
export class JournalLostError extends JournalError {
	constructor(text: KeyedText) {
		super(text);
		this.name = 'JournalLostError';
	}
}

/**
 * Why the journal could not be used, as a sentence for a person: every error the journal
 * throws has one. Undefined for an error that is not the journal's (a bug).
 */
export function journalErrorText(error: unknown): KeyedText | undefined {
	if (error instanceof JournalError) return error.text;
	if (error instanceof JournalWriteError) {
		const reason = ['ENOSPC', 'EROFS', 'EACCES', 'EPERM'].includes(error.code) ? keyed(`journal.reason.${error.code}` as MessageKey) : keyed('journal.reason.other', {code: error.code});
		return keyed('journal.writeFailed', {file: error.file, reason});
	}
	if (error instanceof LockUnavailableError) return keyed('journal.unwritable', {dir: path.dirname(error.lockPath), code: error.code});
	return undefined;
}

export interface JournalOptions {
	/** The folder for journal.json and backups/ (see `journalFolder(sys)`). */
	dir: string;
	pid?: number;
	host?: string;
	now?: () => Date;
	/** Whether a process of this host is alive. */
	isAlive?: (pid: number) => boolean;
	/** Another host's claim is gone after this long without a heartbeat. */
	ownerStaleMs?: number;
	/** This host's live claim is gone after this long without a heartbeat (see pending.ts). */
	ownerSilentMs?: number;
	heartbeatMs?: number;
	/** How long one read-change-write waits for the lock. */
	lockWaitMs?: number;
	/** Told once when a read-change-write has to wait for the lock, with its holder. */
	onLockWait?: (holder: LockOwner | undefined) => void;
	/**
	 * Fault injection: called inside the lock right before the file is replaced (a test stops
	 * the process there). Never set by the program.
	 */
	onLockedWrite?: () => void;
}

export interface JournalRead {
	data: JournalData;
	/** Set when the file is from a newer goenv-tui: shown, never written. */
	newer?: number;
	/** Set when the journal could not be read nor moved aside (a read-only folder, no permission). */
	unusable?: KeyedText;
}

/** The right to change the machine, held from `claim` to `settle` or `release`. */
export interface Claim {
	readonly token: string;
}

export interface ClaimOptions {
	/** How long to wait for another goenv-tui to finish. */
	waitMs?: number;
	/** Told once, when it has to wait, with the process it waits for. */
	onWait?: (owner: Owner) => void;
	/** Stops the wait (Ctrl+C): the claim is not taken. */
	signal?: AbortSignal;
}

/** How long one read-change-write waits for the journal lock (held for milliseconds). */
export const LOCK_WAIT_MS = 10_000;
/** How long a fix waits for another goenv-tui's fix to finish before it gives up. */
export const CLAIM_WAIT_MS = 120_000;
const CLAIM_POLL_MS = 200;

export type EntryResult = {status: 'applied'} | {status: 'failed'; error: Text};

/** Where a pending entry can go. */
type SettledState = Exclude<EntryState, {status: 'pending' | 'undone'}>;

/**
 * The claims this process holds (by token), across every Journal object in it. A claim in the
 * file with our pid but a token not here is a leftover of an earlier process that had the
 * same pid (after a reboot): gone, not ours.
 */
const HELD_CLAIMS = new Set<string>();

export class Journal {
	readonly dir: string;
	readonly path: string;
	readonly backupsDir: string;
	readonly pid: number;
	readonly host: string;
	private readonly now: () => Date;
	private readonly isAlive: (pid: number) => boolean;
	private readonly ownerStaleMs: number;
	private readonly ownerSilentMs: number;
	private readonly heartbeatMs: number;
	private readonly lockWaitMs: number;
	private readonly lock: JournalLock;
	private readonly options: JournalOptions;
	/** Notices found by this process (a file moved aside). */
	private readonly found: StoredNotice[] = [];
	/** Found notices not yet kept in the file. */
	private unsaved: StoredNotice[] = [];
	private readonly heartbeats = new Map<string, ReturnType<typeof setInterval>>();

	constructor(options: JournalOptions) {
		this.options = options;
		this.dir = options.dir;
		this.path = path.join(this.dir, JOURNAL_FILE);
		this.backupsDir = path.join(this.dir, 'backups');
		this.pid = options.pid ?? process.pid;
		this.host = options.host ?? os.hostname();
		this.now = options.now ?? (() => new Date());
		this.isAlive = options.isAlive ?? processAlive;
		this.ownerStaleMs = options.ownerStaleMs ?? OWNER_STALE_MS;
		this.ownerSilentMs = options.ownerSilentMs ?? OWNER_SILENT_MS;
		this.heartbeatMs = options.heartbeatMs ?? 5000;
		this.lockWaitMs = options.lockWaitMs ?? LOCK_WAIT_MS;
		this.lock = new JournalLock(`${this.path}.lock`, {pid: this.pid, host: this.host, isAlive: this.isAlive, now: this.now});
	}

	/** Now, as the journal writes times. */
	timestamp(): string {
		return this.now().toISOString();
	}

	/** Notices this process found (shown once by whoever opened the journal). */
	notices(): StoredNotice[] {
		return [...this.found];
	}

	/**
	 * Reads the journal. With no journal yet, nothing is created: looking is not writing. A
	 * file that cannot be used is moved aside (under the lock, so exactly once). Where the
	 * folder cannot be written at all, the file is read as it is, without the lock (writes
	 * are whole-file renames, so it is never half written), and `unusable` says why.
	 */
	async read(): Promise<JournalRead> {
		const first = readJournalFile(this.path);
		if (first.kind === 'absent') return {data: emptyJournal()};
		try {
			return await this.locked((verify) => {
				const loaded = this.load();
				if (loaded.write) this.write(loaded.read, loaded.data, verify);
				return {data: loaded.data, ...(loaded.newer === undefined ? {} : {newer: loaded.newer})};
			});
		} catch (error) {
			if (!(error instanceof LockUnavailableError || error instanceof JournalWriteError)) throw error;
			const code = error.code;
			const loaded = this.parse(readJournalFile(this.path));
			const unusable = keyed('journal.unwritable', {dir: this.dir, code});
			if ('reason' in loaded) return {data: emptyJournal(), unusable: keyed('journal.unusable', {file: this.path, reason: loaded.reason, code})};
			return {data: loaded.data, ...(loaded.newer === undefined ? {} : {newer: loaded.newer}), unusable};
		}
	}

	/**
	 * The other goenv-tui that is changing the machine now, if it is alive. `thisProcess`: a
	 * claim this very process holds (another piece of work in it) counts too.
	 */
	liveOwner(data: JournalData, options: {thisProcess?: boolean} = {}): Owner | undefined {
		const owner = data.owner;
		if (!owner) return undefined;
		if (owner.pid === this.pid && owner.host === this.host) return options.thisProcess && HELD_CLAIMS.has(owner.token) ? owner : undefined;
		return ownerAlive(owner, this.liveness()) ? owner : undefined;
	}

	/** True when a pending entry's process is gone: it was interrupted. */
	interrupted(entry: StoredEntry, data: JournalData): boolean {
		return isInterrupted(entry, data, this.liveness());
	}

	// ---- the claim: one process changes the machine at a time ----

	/**
	 * Takes the right to change the machine. While another live goenv-tui holds it, waits
	 * (telling `onWait` once) up to `waitMs`, then throws JournalBusyError. The claim is kept
	 * fresh by a heartbeat until it is settled or released.
	 */
	async claim(options: ClaimOptions = {}): Promise<Claim> {
		const deadline = Date.now() + (options.waitMs ?? CLAIM_WAIT_MS);
		let told = false;
		let pause = 10;
		for (;;) {
			const token = randomBytes(12).toString('hex');
			const other = await this.transact((data) => {
				const busy = this.liveOwner(data, {thisProcess: true});
				if (busy) return {value: busy, write: false};
				const time = this.timestamp();
				data.owner = {pid: this.pid, host: this.host, token, since: time, heartbeat: time};
				return {value: undefined, write: true};
			});
			if (!other) {
				HELD_CLAIMS.add(token);
				this.startHeartbeat(token);
				return {token};
			}
			if (Date.now() >= deadline || options.signal?.aborted) throw new JournalBusyError(other);
			if (!told) {
				told = true;
				options.onWait?.(other);
			}
			await new Promise((resolve) => setTimeout(resolve, pause));
			pause = Math.min(pause * 2, CLAIM_POLL_MS);
		}
	}

	/** Gives the claim back (nothing happens when it is no longer ours). */
	async release(claim: Claim): Promise<void> {
		this.stopHeartbeat(claim.token);
		HELD_CLAIMS.delete(claim.token);
		await this.transact((data) => {
			if (data.owner?.token !== claim.token) return {value: undefined, write: false};
			delete data.owner;
			return {value: undefined, write: true};
		});
	}

	// ---- the state machine of an entry ----

	/**
	 * Stores a new entry as pending: the journal is written before the machine is. For an
	 * undo, the entry it takes back must still be applied. `sealed` (exact values that must
	 * not enter the journal) goes to the entry's private file first.
	 */
	async begin(claim: Claim, entry: NewEntry, sealed?: unknown): Promise<StoredEntry> {
		return this.claimed(claim, (data) => {
			if (entry.action !== 'fix') {
				const target = data.entries.find((e) => e.id === entry.undoes);
				if (target?.status !== 'applied') throw new JournalLostError(keyed('fixes.refused.changedJournal', {id: entry.undoes}));
			}
			const time = this.timestamp();
			const stored = {...structuredClone(entry), id: data.nextId, createdAt: time, updatedAt: time, pid: this.pid, host: this.host, status: 'pending', ...(sealed === undefined ? {} : {sealed: true})} as StoredEntry;
			if (sealed !== undefined) this.writeSealed(stored.id, sealed);
			data.nextId += 1;
			data.entries.push(stored);
			return structuredClone(stored);
		});
	}

	/** Records where one change of a pending entry stands (backups taken, applied, rolled back). */
	async recordChange(claim: Claim, id: number, index: number, change: StoredChange): Promise<void> {
		await this.claimed(claim, (data) => {
			const entry = this.pendingEntry(data, id);
			entry.changes[index] = structuredClone(change);
			entry.updatedAt = this.timestamp();
		});
	}

	/**
	 * Settles a pending entry: applied (an undo's target becomes undone, a redo's undo too)
	 * or failed. The claim is given back in the same write.
	 */
	async settle(claim: Claim, id: number, result: EntryResult): Promise<StoredEntry> {
		return this.leavePending(claim, id, () => (result.status === 'applied' ? {status: 'applied'} : {status: 'failed', error: result.error}));
	}

	/**
	 * Settles an entry a crash left pending. `rolled-back`: its changes were taken back
	 * (failed). `marked-resolved`: the person accepts the machine as it is, applied when every
	 * change is in place (an undo's target becomes undone), failed otherwise.
	 */
	async resolveInterrupted(claim: Claim, id: number, how: {resolution: 'rolled-back'} | {resolution: 'marked-resolved'; allApplied: boolean}): Promise<StoredEntry> {
		return this.leavePending(claim, id, (entry) => {
			if (how.resolution === 'rolled-back' || !how.allApplied) return {status: 'failed', error: keyed('fixes.recovery.interrupted'), resolution: how.resolution};
			for (const change of entry.changes) change.state = 'applied';
			return {status: 'applied', resolution: 'marked-resolved'};
		});
	}

	/** The one way out of pending: the new state, an undo's target undone, the claim given back. */
	private async leavePending(claim: Claim, id: number, state: (entry: StoredEntry) => SettledState): Promise<StoredEntry> {
		const settled = await this.claimed(claim, (data) => {
			const entry = this.pendingEntry(data, id);
			const next = this.withStatus(entry, state(entry));
			this.replace(data, next);
			if (next.status === 'applied' && next.action !== 'fix') this.markUndone(data, next.undoes, next.id);
			delete data.owner;
			return structuredClone(next);
		});
		this.stopHeartbeat(claim.token);
		HELD_CLAIMS.delete(claim.token);
		return settled;
	}

	/** Keeps what the checks said after an entry (any status; no claim needed). */
	async recordRecheck(id: number, recheck: Array<{id: string; status: Status}>): Promise<void> {
		await this.transact((data) => {
			const entry = data.entries.find((e) => e.id === id);
			if (!entry) return {value: undefined, write: false};
			entry.recheck = recheck;
			entry.updatedAt = this.timestamp();
			return {value: undefined, write: true};
		});
	}

	// ---- files beside the journal ----

	/** The private folder of one entry's backups (and its sealed values). */
	entryDir(id: number): string {
		return path.join(this.backupsDir, String(id));
	}

	/**
	 * Keeps values that must not enter the journal (tokens in a URL, a password in a
	 * profile line) in a private file beside it, readable by the user only. Undo needs them
	 * to restore exactly what was there.
	 */
	writeSealed(id: number, value: unknown, name = 'sealed.json'): void {
		const dir = this.entryDir(id);
		const file = path.join(dir, name);
		const temp = `${file}.${this.pid}.tmp`;
		try {
			fs.mkdirSync(dir, {recursive: true, mode: 0o700});
			fs.writeFileSync(temp, JSON.stringify(value), {mode: 0o600});
			fs.renameSync(temp, file);
		} catch (error) {
			removeQuietly(temp);
			throw new JournalWriteError(file, (error as NodeJS.ErrnoException).code ?? 'EIO');
		}
	}

	readSealed(id: number, name = 'sealed.json'): unknown {
		try {
			return JSON.parse(fs.readFileSync(path.join(this.entryDir(id), name), 'utf8')) as unknown;
		} catch {
			return undefined;
		}
	}

	// ---- internals ----

	private liveness(): Liveness {
		return {pid: this.pid, host: this.host, now: this.now(), isAlive: this.isAlive, ownerStaleMs: this.ownerStaleMs, ownerSilentMs: this.ownerSilentMs, holds: (token) => HELD_CLAIMS.has(token)};
	}

	private pendingEntry(data: JournalData, id: number): StoredEntry {
		const entry = data.entries.find((e) => e.id === id);
		if (!entry) throw new JournalLostError(keyed('journal.lost.entryGone', {id}));
		if (entry.status !== 'pending') throw new JournalLostError(keyed('journal.lost.entrySettled', {id, status: entry.status}));
		return entry;
	}

	/** The entry with another status: the fields of the old status go, those of the new one come. */
	private withStatus(entry: StoredEntry, state: SettledState | {status: 'undone'; undoneBy: number}): StoredEntry {
		const {status: _status, ...rest} = entry as StoredEntry & {error?: unknown; resolution?: unknown; undoneBy?: unknown};
		delete rest.error;
		delete rest.resolution;
		delete rest.undoneBy;
		return {...rest, ...state, updatedAt: this.timestamp()} as StoredEntry;
	}

	private replace(data: JournalData, entry: StoredEntry): void {
		data.entries = data.entries.map((e) => (e.id === entry.id ? entry : e));
	}

	private markUndone(data: JournalData, targetId: number, by: number): void {
		const target = data.entries.find((e) => e.id === targetId);
		if (target?.status === 'applied') this.replace(data, this.withStatus(target, {status: 'undone', undoneBy: by}));
	}

	/**
	 * Forgets this object's claims as a killed process would: no heartbeat, not ours any more
	 * (a test leaving a "crashed" entry; a process about to exit).
	 */
	close(): void {
		for (const token of [...this.heartbeats.keys()]) {
			this.stopHeartbeat(token);
			HELD_CLAIMS.delete(token);
		}
	}

	private startHeartbeat(token: string): void {
		this.stopHeartbeat(token);
		const timer = setInterval(() => {
			// A journal folder removed meanwhile is not made again by a heartbeat.
			if (!fs.existsSync(this.path)) return this.stopHeartbeat(token);
			void this.transact((data) => {
				if (data.owner?.token !== token) {
					// Taken over while we were away: the next claimed write will say so.
					this.stopHeartbeat(token);
					return {value: undefined, write: false};
				}
				data.owner.heartbeat = this.timestamp();
				return {value: undefined, write: true};
			}).catch(() => undefined);
		}, this.heartbeatMs);
		timer.unref();
		this.heartbeats.set(token, timer);
	}

	private stopHeartbeat(token: string): void {
		const timer = this.heartbeats.get(token);
		if (timer) clearInterval(timer);
		this.heartbeats.delete(token);
	}

	/** A write made for claimed work: the claim must still be ours. */
	private async claimed<T>(claim: Claim, change: (data: JournalData) => T): Promise<T> {
		return this.transact((data) => {
			if (!data.owner) throw new JournalLostError(keyed('journal.lost.claimGone'));
			if (data.owner.token !== claim.token) throw new JournalLostError(keyed('journal.lost.claim', {pid: data.owner.pid}));
			return {value: change(data), write: true};
		});
	}

	/**
	 * Read, change, write, under the lock. `change` gets the journal as it is on disk now and
	 * edits it in place; it says whether to write. Refuses a journal from a newer goenv-tui.
	 */
	private async transact<T>(change: (data: JournalData) => {value: T; write: boolean}): Promise<T> {
		return this.locked((verify) => {
			const loaded = this.load();
			if (loaded.newer !== undefined) throw new JournalNewerError(loaded.newer);
			const {value, write} = change(loaded.data);
			if (write || loaded.write) this.write(loaded.read, loaded.data, verify);
			return value;
		});
	}

	private async locked<T>(body: (verify: () => boolean) => T): Promise<T> {
		try {
			fs.mkdirSync(this.dir, {recursive: true});
		} catch (error) {
			throw new JournalWriteError(this.dir, (error as NodeJS.ErrnoException).code ?? 'EIO');
		}
		let lock;
		try {
			lock = await this.lock.acquire(Date.now() + this.lockWaitMs, this.options.onLockWait);
		} catch (error) {
			if (error instanceof LockTimeoutError) throw new JournalError(keyed('journal.lockTimeout', {file: error.lockPath, pid: error.holder?.pid ?? '?', host: error.holder?.host ?? '?', seconds: Math.round(this.lockWaitMs / 1000)}));
			throw error;
		}
		for (const moved of this.lock.movedAside.splice(0)) this.notice({kind: 'corrupt', at: this.timestamp(), movedTo: moved.to, reason: keyed('journal.invalid.lockFile', {file: moved.from})});
		try {
			return body(() => lock.verify());
		} finally {
			lock.release();
		}
	}

	/** What `load` read: the generation on disk, to check again right before writing. */
	private parse(read: ReturnType<typeof readJournalFile>): {data: JournalData; newer?: number} | {reason: KeyedText} {
		if (read.kind === 'absent') return {data: emptyJournal()};
		if (read.kind === 'unusable') {
			const key = read.code === 'EISDIR' ? 'journal.invalid.folder' : read.code === 'EFBIG' ? 'journal.invalid.tooBig' : 'journal.invalid.unreadable';
			return {reason: keyed(key, {code: read.code})};
		}
		let raw: unknown;
		try {
			raw = JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(read.bytes));
		} catch (error) {
			return {reason: keyed('journal.invalid.notJson', {message: error instanceof Error ? error.message.slice(0, 200) : String(error)})};
		}
		const validated = validateJournal(raw);
		if (!validated.ok) return {reason: validated.reason};
		return 'newer' in validated ? {data: validated.data, newer: validated.newer} : {data: validated.data};
	}

	/**
	 * The journal as it is now, under the lock. A file that cannot be used is moved aside and
	 * a new journal (to be written) says so; `read` is the generation the file had, to check
	 * right before writing.
	 */
	private load(): {data: JournalData; newer?: number; write: boolean; read: number | 'absent'} {
		const read = readJournalFile(this.path);
		const parsed = this.parse(read);
		if (!('reason' in parsed)) {
			const loaded = {...parsed, write: false, read: read.kind === 'absent' ? ('absent' as const) : parsed.data.generation};
			if (this.unsaved.length === 0 || parsed.newer !== undefined) return loaded;
			parsed.data.notices.push(...this.unsaved.splice(0));
			return {...loaded, write: true};
		}
		const movedTo = moveAside(this.path, path.join(this.dir, 'journal'), this.now());
		this.notice({kind: 'corrupt', at: this.timestamp(), movedTo, reason: parsed.reason});
		const data = emptyJournal(this.nextFreeId(movedTo));
		data.notices.push(...this.unsaved.splice(0));
		return {data, write: true, read: 'absent'};
	}

	/** Tells this process's caller, and every later one through the file. */
	private notice(notice: StoredNotice): void {
		this.found.push(notice);
		this.unsaved.push(notice);
	}

	/**
	 * The first entry number no entry or backup folder has used: a new journal after one moved
	 * aside must not give a fix the number (and the backup folder) of an older one.
	 */
	private nextFreeId(movedTo: string): number {
		let highest = 0;
		try {
			for (const name of fs.readdirSync(this.backupsDir)) if (/^\d+$/.test(name)) highest = Math.max(highest, Number(name));
		} catch {
			// No backups yet.
		}
		const old = readJournalFile(movedTo);
		if (old.kind === 'bytes') {
			try {
				const raw = JSON.parse(old.bytes.toString('utf8')) as {nextId?: unknown; entries?: unknown};
				if (typeof raw.nextId === 'number' && Number.isSafeInteger(raw.nextId)) highest = Math.max(highest, raw.nextId - 1);
				if (Array.isArray(raw.entries)) for (const e of raw.entries as Array<{id?: unknown}>) if (typeof e?.id === 'number' && Number.isSafeInteger(e.id)) highest = Math.max(highest, e.id);
			} catch {
				// Not JSON: the backups folder is all there is.
			}
		}
		return highest + 1;
	}

	/**
	 * Replaces the file, bumping its generation, after checking (right before) that the lock
	 * is still ours and the file is still the generation we read.
	 */
	private write(read: number | 'absent', data: JournalData, verify: () => boolean = () => true): void {
		const written: JournalData = {...data, generation: (read === 'absent' ? data.generation : read) + 1};
		writeJournalFile(this.path, JSON.stringify(written, null, '\t'), this.pid, () => {
			this.options.onLockedWrite?.();
			if (!verify()) return new JournalLostError(keyed('journal.lost.lock', {file: this.path}));
			const now = readJournalFile(this.path);
			const onDisk = now.kind === 'absent' ? 'absent' : now.kind === 'bytes' ? generationOf(now.bytes) : 'unknown';
			if (onDisk !== read) return new JournalLostError(keyed('journal.lost.generation', {file: this.path}));
			return undefined;
		});
		data.generation = written.generation;
	}
}

function generationOf(bytes: Buffer): number | 'unknown' {
	try {
		const value = (JSON.parse(bytes.toString('utf8')) as {generation?: unknown; schemaVersion?: unknown}).generation;
		return typeof value === 'number' ? value : 0;
	} catch {
		return 'unknown';
	}
}
