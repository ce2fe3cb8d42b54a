import {randomBytes} from 'node:crypto';
import fs from 'node:fs';

/**
 * The journal file's bytes: read whole (bounded), written whole through a temporary file
 * that is renamed over it, so a reader never sees half a journal and a write that fails
 * (a full disk, a read-only folder) leaves the journal as it was. Nothing here decides what
 * the bytes mean: see validate.ts and journal.ts.
 */

/** A journal is a few kB per fix; one bigger than this is not one we wrote. */
export const MAX_JOURNAL_BYTES = 32 * 1024 * 1024;

export type FileRead =
	| {kind: 'absent'}
	| {kind: 'bytes'; bytes: Buffer}
	/** There, but not a file we can read: a folder (EISDIR), no permission (EACCES), too big (EFBIG). */
	| {kind: 'unusable'; code: string};

export function readJournalFile(file: string): FileRead {
	let fd: number;
	try {
		fd = fs.openSync(file, 'r');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
		return code === 'ENOENT' ? {kind: 'absent'} : {kind: 'unusable', code};
	}
	try {
		const info = fs.fstatSync(fd);
		if (info.isDirectory()) return {kind: 'unusable', code: 'EISDIR'};
		if (!info.isFile()) return {kind: 'unusable', code: 'ENOTFILE'};
		if (info.size > MAX_JOURNAL_BYTES) return {kind: 'unusable', code: 'EFBIG'};
		const bytes = Buffer.alloc(info.size);
		let read = 0;
		while (read < info.size) {
			const n = fs.readSync(fd, bytes, read, info.size - read, read);
			if (n === 0) break;
			read += n;
		}
		return {kind: 'bytes', bytes: bytes.subarray(0, read)};
	} catch (error) {
		return {kind: 'unusable', code: (error as NodeJS.ErrnoException).code ?? 'EIO'};
	} finally {
		fs.closeSync(fd);
	}
}

/** A write of the journal (or of its folder) failed; the file is as it was. */
export class JournalWriteError extends Error {
	constructor(
		readonly file: string,
		readonly code: string,
	) {
		super(`cannot write ${file} (${code})`);
		this.name = 'JournalWriteError';
	}
}

/** The moment right before the journal is replaced: says why not, or nothing when it may be. */
export type WriteGuard = () => Error | undefined;

/**
 * Replaces the file with `text`: written and flushed to a temporary file beside it, then
 * `guard` (the lock still ours, the file still the one we read), then renamed over it. On
 * any failure the temporary file is removed and the journal is untouched.
 */
export function writeJournalFile(file: string, text: string, pid: number, guard: WriteGuard): void {
	const temp = `${file}.${pid}-${randomBytes(4).toString('hex')}.tmp`;
	try {
		const fd = fs.openSync(temp, 'wx', 0o600);
		try {
			const bytes = Buffer.from(text, 'utf8');
			let written = 0;
			while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
			fs.fsyncSync(fd);
		} finally {
			fs.closeSync(fd);
		}
	} catch (error) {
		removeQuietly(temp);
		throw new JournalWriteError(file, (error as NodeJS.ErrnoException).code ?? 'EIO');
	}
	const refused = guard();
	if (refused) {
		removeQuietly(temp);
		throw refused;
	}
	try {
		renameRetrying(temp, file);
	} catch (error) {
		removeQuietly(temp);
		throw new JournalWriteError(file, (error as NodeJS.ErrnoException).code ?? 'EIO');
	}
}

/**
 * Renames, retrying for a moment where Windows refuses because another program (an
 * antivirus, an indexer) has the target open: EPERM, EACCES, EBUSY.
 */
export function renameRetrying(from: string, to: string): void {
	const until = Date.now() + (process.platform === 'win32' ? 1000 : 0);
	for (;;) {
		try {
			fs.renameSync(from, to);
			return;
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (Date.now() >= until || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw error;
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
		}
	}
}

/**
 * Moves a file (or folder) we cannot use out of the way under a timestamped name, never
 * over another: `journal.corrupt-<time>.json`, `-2`, `-3`… Returns where it went.
 */
export function moveAside(file: string, stem: string, now: Date): string {
	const stamp = now.toISOString().replace(/[:.]/g, '-');
	for (let n = 1; ; n++) {
		const target = `${stem}.corrupt-${stamp}${n === 1 ? '' : `-${n}`}.json`;
		if (fs.existsSync(target)) continue;
		try {
			renameRetrying(file, target);
			return target;
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if ((code === 'EEXIST' || code === 'ENOTEMPTY') && n < 1000) continue;
			throw new JournalWriteError(file, code ?? 'EIO');
		}
	}
}

export function removeQuietly(file: string): void {
	try {
		fs.rmSync(file, {force: true});
	} catch {
		// Nothing more to do: a leftover temporary file is swept by the next writer.
	}
}
