import {createHash} from 'node:crypto';
import type {FileState, StoredChange} from '../journal/schema.js';
import type {FileDigest, System} from '../system/types.js';
import type {KindContext} from './kinds/types.js';

export type {FileState} from '../journal/schema.js';

export function digestOf(content: string): FileDigest {
	const bytes = Buffer.from(content, 'utf8');
	return {sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length};
}

export function stateOf(digest: FileDigest | null | undefined): FileState {
	return digest ? {exists: true, sha256: digest.sha256, size: digest.size} : {exists: false};
}

/**
 * How a write is taken back from the backup taken before it: the backup to copy in (none when
 * the file did not exist), and the states the file must go from and to, when its digest after
 * the write was recorded (a kill right after the write leaves it unknown).
 */
export function backupRestore(stored: Pick<StoredChange, 'backup' | 'afterDigest'>): Partial<StoredChange> {
	const {backup, afterDigest} = stored;
	return {
		...(backup?.exists ? {restoreFrom: backup.path} : {}),
		...(backup && afterDigest !== undefined ? {expect: {before: stateOf(afterDigest), after: stateOf(backup.exists ? backup.digest : null)}} : {}),
	};
}

export function sameState(a: FileState, b: FileState): boolean {
	return a.exists === b.exists && (!a.exists || (b.exists && a.sha256 === b.sha256 && a.size === b.size));
}

export async function readState(sys: System, path: string): Promise<FileState> {
	return stateOf(await sys.fileDigest(path));
}

/** The temporary file an atomic write of `target` uses: named after the process, so recovery can find it. */
export function tempName(target: string, pid: number): string {
	return `${target}.goenv-tui-${pid}.tmp`;
}

/**
 * The file a write should go to: a symlinked profile (dotfiles) is written through its link,
 * so the link stays a link.
 */
async function realTarget(sys: System, target: string): Promise<string> {
	const info = await sys.stat(target);
	return info?.isLink ? ((await sys.realpath(target)) ?? target) : target;
}

/**
 * Replaces a file's content all at once: a temporary copy (which keeps the permission bits)
 * is written, then renamed over the file. A kill leaves either the old or the new file.
 */
export async function writeAtomic(ctx: KindContext, target: string, content: string): Promise<void> {
	const file = await realTarget(ctx.sys, target);
	const temp = tempName(file, ctx.journal.pid);
	if ((await ctx.sys.stat(file))?.kind === 'file') await ctx.sys.copyFile(file, temp);
	await ctx.sys.writeFile(temp, content);
	await ctx.sys.rename(temp, file);
}

/** Puts a backup copy back, byte for byte, atomically. */
export async function restoreAtomic(ctx: KindContext, backup: string, target: string): Promise<void> {
	const file = await realTarget(ctx.sys, target);
	const temp = tempName(file, ctx.journal.pid);
	await ctx.sys.copyFile(backup, temp);
	await ctx.sys.rename(temp, file);
}

/** The folders above `file` that do not exist yet, deepest first: what writing it will create. */
export async function missingFolders(sys: System, file: string): Promise<string[]> {
	const missing: string[] = [];
	for (let dir = sys.path.dirname(file); (await sys.stat(dir)) === null; dir = sys.path.dirname(dir)) {
		missing.push(dir);
		if (sys.path.dirname(dir) === dir) break;
	}
	return missing;
}

/** Removes folders a change created, deepest first, each only while it is empty (anything put there since is the user's). */
export async function removeEmptyFolders(sys: System, folders: readonly string[] | undefined): Promise<void> {
	for (const dir of folders ?? []) {
		const entries = await sys.readdir(dir);
		if (entries === null || entries.length > 0) return;
		await sys.remove(dir);
	}
}

/** Copies a file into this entry's backups before it is written; records what was there. */
export async function takeBackup(ctx: KindContext, index: number | string, target: string): Promise<{path: string; exists: boolean; digest?: FileDigest}> {
	const name = ctx.sys.path.basename(target).replace(/[^\w.-]/g, '_') || 'file';
	const path = ctx.sys.path.join(ctx.journal.entryDir(ctx.entryId), `${ctx.phase === 'rollback' ? 'rollback-' : ''}${index}-${name}`);
	const digest = await ctx.sys.fileDigest(target);
	if (!digest) return {path, exists: false};
	await ctx.sys.copyFile(target, path);
	return {path, exists: true, digest};
}
