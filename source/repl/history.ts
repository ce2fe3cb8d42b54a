import {redactSecrets} from '../redact/secrets.js';
import {configFolder} from '../system/config-folder.js';
import type {System} from '../system/types.js';

/**
 * The REPL's history, kept in goenv-tui's config folder (next to the journal), one command
 * a line, oldest first. Secrets are redacted before a line is stored: a GOPROXY with a
 * password, a token assigned to a variable. A recalled line then holds `***` where the
 * secret was, and has to be completed by hand; the secret never reaches the disk.
 */

export const HISTORY_FILE = 'repl-history';
export const HISTORY_SIZE = 1000;

export function historyPath(sys: System): string {
	return sys.path.join(configFolder(sys), HISTORY_FILE);
}

/** The stored history, oldest first (what readline wants is the reverse). */
export async function loadHistory(sys: System): Promise<string[]> {
	const text = await sys.readFile(historyPath(sys));
	return text === null ? [] : text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(-HISTORY_SIZE);
}

/** A line as it is stored: one line, secrets redacted. */
export function storedForm(line: string): string {
	return redactSecrets(line.replace(/[\r\n]+/g, ' ').trim());
}

/**
 * Adds a line to the file as it is now (another session may have added lines meanwhile),
 * keeping the newest HISTORY_SIZE lines. The file is the user's only (0600).
 */
export async function appendHistory(sys: System, line: string): Promise<void> {
	const file = historyPath(sys);
	const stored = storedForm(line);
	if (stored === '') return;
	const lines = await loadHistory(sys);
	if (lines.at(-1) !== stored) lines.push(stored);
	await sys.mkdir(sys.path.dirname(file));
	await sys.writeFile(file, lines.slice(-HISTORY_SIZE).join('\n') + '\n', {mode: 0o600});
}
