import {lstatSync, readdirSync, rmSync, chmodSync} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * goenv-tui's temporary folders (a throwaway module for the test build, go's caches for the
 * network checks, the elevated script, a registry export): named `goenv-tui-<pid>-<what>-…`,
 * removed by whoever made them, and on every way out of the process (the `exit` hook here,
 * which also runs after the lifecycle ends a run stopped by a signal). A run killed outright
 * (SIGKILL, power loss) leaves its folders; the next run that makes one sweeps those whose
 * process is gone.
 */

const PREFIX = 'goenv-tui-';
/** Folders of ours whose process is gone are swept once they are this old (a pid can be reused). */
const STALE_MS = 60_000;
/** Folders named before the pid was in the name, by a run that was killed: swept after a day. */
const LEGACY = /^goenv-tui-(?:probe|smoke|elevated|reg)-/;
const LEGACY_STALE_MS = 24 * 60 * 60_000;
const OURS = /^goenv-tui-(\d+)-/;

const made = new Set<string>();
let hooked = false;
const swept = new Set<string>();

/** Makes a temporary folder in `tmpdir` named for this process (`prefix` like `goenv-tui-smoke-`). */
export async function makeTempFolder(tmpdir: string, prefix: string): Promise<string> {
	if (!swept.has(tmpdir)) {
		swept.add(tmpdir);
		// In the background: a sweep never delays the check that asked for a folder.
		setImmediate(() => sweepStaleTempFolders(tmpdir));
	}
	const what = prefix.startsWith(PREFIX) ? prefix.slice(PREFIX.length) : prefix;
	const dir = await fs.mkdtemp(path.join(tmpdir, `${PREFIX}${process.pid}-${what}`));
	made.add(dir);
	if (!hooked) {
		hooked = true;
		process.once('exit', removeAll);
	}
	return dir;
}

/** Whoever made a folder removed it: nothing left to do at exit. */
export function forgetTempFolder(dir: string): void {
	made.delete(dir);
}

function removeAll(): void {
	for (const dir of made) removeTree(dir);
	made.clear();
}

/** Removes a folder whatever its modes (go's module cache is read-only unless told otherwise). */
function removeTree(dir: string): void {
	try {
		rmSync(dir, {recursive: true, force: true, maxRetries: 2});
	} catch {
		try {
			makeWritable(dir);
			rmSync(dir, {recursive: true, force: true});
		} catch {
			// Left for the next run's sweep.
		}
	}
}

function makeWritable(dir: string): void {
	chmodSync(dir, 0o700);
	for (const name of readdirSync(dir)) {
		const entry = path.join(dir, name);
		if (lstatSync(entry).isDirectory()) makeWritable(entry);
	}
}

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/**
 * Removes the folders killed runs left in `tmpdir`: ours by name (`goenv-tui-<pid>-`) whose
 * process is gone, or named the older way and a day old; on POSIX only the ones this user
 * owns. Returns the folders removed.
 */
export function sweepStaleTempFolders(tmpdir: string, now = Date.now()): string[] {
	const removed: string[] = [];
	let names: string[];
	try {
		names = readdirSync(tmpdir);
	} catch {
		return removed;
	}
	const uid = process.getuid?.();
	for (const name of names) {
		const ours = OURS.exec(name);
		if (!ours && !LEGACY.test(name)) continue;
		const dir = path.join(tmpdir, name);
		try {
			const info = lstatSync(dir);
			if (!info.isDirectory() || (uid !== undefined && info.uid !== uid)) continue;
			const age = now - info.mtimeMs;
			const stale = ours ? Number(ours[1]) !== process.pid && !alive(Number(ours[1])) && age > STALE_MS : age > LEGACY_STALE_MS;
			if (!stale) continue;
		} catch {
			continue;
		}
		removeTree(dir);
		removed.push(dir);
	}
	return removed;
}
