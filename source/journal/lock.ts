import {randomBytes} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The journal's cross-process lock: a folder made with mkdir (atomic on every file system we
 * run on) holding `owner.json` (pid, host, a random token). It is held for one
 * read-change-write of the journal file, milliseconds.
 *
 * A lock is taken from its holder only when the holder is gone: on this host, when its
 * process no longer exists, never for being slow; a process stopped with Ctrl+Z keeps its
 * lock and the others wait (bounded, saying for whom). On another host (a shared home
 * folder), when its owner file has not changed for `otherHostStaleMs`. A lock folder without
 * an owner file (being made, or left by an older goenv-tui's lock library) is stale once it
 * is `staleMs` old; a plain file where the lock folder goes is never a lock of ours and is
 * moved aside like a stale one.
 *
 * Whatever happens to the lock meanwhile, its holder checks right before it writes that the
 * lock is still its own (`verify`), and writes nothing when it is not.
 */

export interface LockOptions {
	pid: number;
	host: string;
	isAlive: (pid: number) => boolean;
	now: () => Date;
	/** A lock folder with no owner file is stale after this. */
	staleMs?: number;
	/** A lock of another host is stale when its owner file is this old. */
	otherHostStaleMs?: number;
}

export interface LockOwner {
	pid: number;
	host: string;
	token: string;
}

export interface HeldLock {
	readonly token: string;
	/** True while the lock folder still holds our owner file (nobody took the lock). */
	verify(): boolean;
	release(): void;
}

/** The lock could not be had in time: its holder is alive and does not let go. */
export class LockTimeoutError extends Error {
	constructor(
		readonly lockPath: string,
		readonly holder: LockOwner | undefined,
	) {
		super(`the journal lock ${lockPath} is held${holder ? ` by pid ${holder.pid} on ${holder.host}` : ''}`);
		this.name = 'LockTimeoutError';
	}
}

/** The lock folder cannot be made at all (a read-only folder, no space): waiting would not help. */
export class LockUnavailableError extends Error {
	constructor(
		readonly lockPath: string,
		readonly code: string,
	) {
		super(`cannot make the journal lock ${lockPath} (${code})`);
		this.name = 'LockUnavailableError';
	}
}

const OWNER_FILE = 'owner.json';
export const LOCK_STALE_MS = 5000;
export const OTHER_HOST_STALE_MS = 30_000;

/** What is at the lock's path now. */
type Found = {kind: 'none'} | {kind: 'file'} | {kind: 'dir'; owner?: LockOwner; ageMs: number};

export class JournalLock {
	/** Plain files found where the lock goes, and where they were moved. */
	readonly movedAside: Array<{from: string; to: string}> = [];

	constructor(
		readonly lockPath: string,
		private readonly options: LockOptions,
	) {}

	/**
	 * Takes the lock, waiting while a live process holds it, until `deadline` (ms since the
	 * epoch). `onWait` is told once, with the holder, when it has to wait.
	 */
	async acquire(deadline: number, onWait?: (holder: LockOwner | undefined) => void): Promise<HeldLock> {
		let told = false;
		let delay = 5;
		for (;;) {
			const held = this.tryOnce();
			if (held) return held;
			const found = this.inspect();
			if (found.kind === 'none') continue;
			if (this.isStale(found)) {
				this.breakStale(found);
				continue;
			}
			const holder = found.kind === 'dir' ? found.owner : undefined;
			if (Date.now() >= deadline) throw new LockTimeoutError(this.lockPath, holder);
			if (!told) {
				told = true;
				onWait?.(holder);
			}
			await new Promise((resolve) => setTimeout(resolve, delay + Math.floor(Math.random() * delay)));
			delay = Math.min(delay * 2, 200);
		}
	}

	/** The holder of the lock now, if any (for telling who a process waits for). */
	holder(): LockOwner | undefined {
		const found = this.inspect();
		return found.kind === 'dir' ? found.owner : undefined;
	}

	private tryOnce(): HeldLock | undefined {
		try {
			fs.mkdirSync(this.lockPath);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
			if (code === 'EEXIST') return undefined;
			throw new LockUnavailableError(this.lockPath, code);
		}
		const owner: LockOwner = {pid: this.options.pid, host: this.options.host, token: randomBytes(12).toString('hex')};
		const ownerFile = path.join(this.lockPath, OWNER_FILE);
		try {
			fs.writeFileSync(ownerFile, JSON.stringify(owner), {flag: 'wx'});
		} catch (error) {
			// No room for 40 bytes (a full disk): the lock is not ours to keep.
			fs.rmSync(this.lockPath, {recursive: true, force: true});
			throw new LockUnavailableError(this.lockPath, (error as NodeJS.ErrnoException).code ?? 'EIO');
		}
		let released = false;
		return {
			token: owner.token,
			verify: () => !released && readOwner(ownerFile)?.token === owner.token,
			release: () => {
				if (released) return;
				released = true;
				// Only our own lock is removed: one taken from us meanwhile stays its holder's.
				if (readOwner(ownerFile)?.token !== owner.token) return;
				fs.rmSync(this.lockPath, {recursive: true, force: true});
			},
		};
	}

	private inspect(): Found {
		let info: fs.Stats;
		try {
			info = fs.lstatSync(this.lockPath);
		} catch {
			return {kind: 'none'};
		}
		if (!info.isDirectory()) return {kind: 'file'};
		const ownerFile = path.join(this.lockPath, OWNER_FILE);
		const owner = readOwner(ownerFile);
		let changed = info.mtimeMs;
		try {
			changed = Math.max(changed, fs.statSync(ownerFile).mtimeMs);
		} catch {
			// No owner file yet: the folder's own time counts.
		}
		return {kind: 'dir', ...(owner ? {owner} : {}), ageMs: this.options.now().getTime() - changed};
	}

	private isStale(found: Exclude<Found, {kind: 'none'}>): boolean {
		if (found.kind === 'file') return true;
		const {owner, ageMs} = found;
		if (!owner) return ageMs > (this.options.staleMs ?? LOCK_STALE_MS);
		if (owner.host === this.options.host) return !this.options.isAlive(owner.pid);
		return ageMs > (this.options.otherHostStaleMs ?? OTHER_HOST_STALE_MS);
	}

	/**
	 * Moves a stale lock out of the way under a name of its own (atomic), then deletes it.
	 * If what was moved turns out not to be the lock judged stale (another process broke it
	 * and took the lock in between), it is put back; its holder's `verify` covers the moment.
	 */
	private breakStale(found: Exclude<Found, {kind: 'none'}>): void {
		const stamp = this.options.now().toISOString().replace(/[:.]/g, '-');
		const aside = `${this.lockPath}.stale-${stamp}-${this.options.pid}-${randomBytes(3).toString('hex')}`;
		try {
			fs.renameSync(this.lockPath, aside);
		} catch {
			return; // Someone else moved it first: look again.
		}
		if (found.kind === 'file') {
			// Kept, like any file we cannot use: never deleted unseen.
			this.movedAside.push({from: this.lockPath, to: aside});
			return;
		}
		const moved = readOwner(path.join(aside, OWNER_FILE));
		if (found.owner && moved && moved.token !== found.owner.token) {
			try {
				fs.renameSync(aside, this.lockPath);
				return;
			} catch {
				// A new lock is there already; the one we moved has lost it (its verify says so).
			}
		}
		fs.rmSync(aside, {recursive: true, force: true});
	}
}

function readOwner(file: string): LockOwner | undefined {
	try {
		const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
		if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string') return value as LockOwner;
	} catch {
		// Missing, being written, or not ours.
	}
	return undefined;
}
