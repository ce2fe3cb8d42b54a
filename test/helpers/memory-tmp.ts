import {accessSync, constants, mkdirSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The unit and UI tiers keep their worlds in memory but still write a few real files: journals
 * (each write flushed to disk with fsync), reports, temporary folders. On a machine whose disk
 * is busy with other builds every fsync waits for the disk, and that wait was a large part of
 * the fast tier's time. Linux's /dev/shm is a memory file system with the same POSIX answers
 * (modes, renames, EEXIST, ENOENT), so these tiers put their temporary folder there when it
 * exists. The real and terminal tiers keep the machine's own: they test real disks.
 */
const MEMORY_FS = '/dev/shm';

/** Our folder on the memory file system, or nothing where there is none (macOS, Windows). */
function memoryFolder(): string | undefined {
	try {
		accessSync(MEMORY_FS, constants.W_OK);
		const dir = path.join(MEMORY_FS, `goenv-tui-tests-${process.getuid?.() ?? 'user'}`);
		mkdirSync(dir, {recursive: true, mode: 0o700});
		return dir;
	} catch {
		return undefined;
	}
}

const dir = memoryFolder();
if (dir) {
	process.env.TMPDIR = dir;
	// os.tmpdir() reads TMPDIR on each call; say so loudly if a Node version stops doing that.
	if (os.tmpdir() !== dir) throw new Error(`os.tmpdir() did not follow TMPDIR: ${os.tmpdir()}`);
}
