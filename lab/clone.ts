/**
 * Copies of the template prefix for each scenario: the parts no scenario writes to are
 * hard-linked (fast, and 800 MB less to copy each time), the rest copied; and the check that
 * a scenario really left the shared parts alone.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function run(command: string, args: string[]): void {
	const result = spawnSync(command, args, {encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe']});
	if (result.status !== 0) throw new Error(`${command} exited ${result.status}: ${String(result.stderr).trim() || result.error?.message}`);
}

/** `template` → `target`; each of `shared` (paths relative to the prefix) is hard-linked. */
export function clonePrefix(template: string, target: string, shared: readonly string[]): void {
	fs.mkdirSync(target, {recursive: true});
	const excludes = shared.map((part) => `--exclude=./${part}`);
	run('bash', ['-c', 'set -o pipefail; tar -C "$1" "${@:3}" -cf - . | tar -C "$2" -xpf -', 'clone', template, target, ...excludes]);
	for (const part of shared) run('cp', ['-al', path.join(template, part), path.join(target, part)]);
}

/**
 * The first file still shared with the template (a hard link) that was modified after
 * `since` (ms since the epoch), if any: a write that reached the template.
 */
export function writtenShared(prefix: string, shared: readonly string[], since: number): string | undefined {
	const walk = (entry: string): string | undefined => {
		const info = fs.lstatSync(entry, {throwIfNoEntry: false});
		if (!info) return undefined;
		if (!info.isDirectory()) return info.nlink > 1 && info.mtimeMs > since ? path.relative(prefix, entry) : undefined;
		for (const name of fs.readdirSync(entry)) {
			const found = walk(path.join(entry, name));
			if (found) return found;
		}
		return undefined;
	};
	for (const part of shared) {
		const found = walk(path.join(prefix, part));
		if (found) return found;
	}
	return undefined;
}

/** Writes a file as a new one, never through an existing one that may be a shared hard link. */
export function newFile(target: string, write: (target: string) => void): void {
	fs.mkdirSync(path.dirname(target), {recursive: true});
	fs.rmSync(target, {force: true});
	write(target);
}
