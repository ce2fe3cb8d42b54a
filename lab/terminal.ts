/**
 * The program under Windows node.exe in a real terminal: a tmux pane, driven by keys and
 * read as a screen, so the Windows console input path (Wine's conhost turning keys into
 * console input records, libuv reading them in raw mode) is tested, not only assumed.
 *
 * The pane runs with NO_COLOR=1 and a UTF-8 LANG: Wine 8's console counts the bytes of
 * colour codes as cells, so a coloured line wraps early and frames repeat; without a UTF-8
 * locale every non-ASCII glyph becomes `?`.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type {Prefix} from './wine.js';

/** One thing typed, then what the screen must show before the next. */
export interface TerminalKey {
	/** tmux key names (`Down`, `Enter`, `Escape`, `Tab`, `C-c`, `:`), sent in one write. */
	keys?: string[];
	/** Text typed as it is (tmux `send-keys -l`). */
	text?: string;
	/** What the screen shows once the keys have done their work. */
	expect: RegExp;
	/** What it must not show then. */
	lacks?: RegExp;
	timeoutMs?: number;
}

export interface TerminalResult {
	problems: string[];
	/** The exit code the pane's shell saw, when the program ended. */
	exitCode: number | null;
	/** Every screen read, for the logs. */
	screens: string[];
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Arguments quoted for sh. */
const shQuote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

export function driveTerminal(prefix: Prefix, node: string, argv: string[], keys: readonly TerminalKey[], options: {cwd: string; label: string; logs: string}): TerminalResult {
	const socket = `goenv-lab-${process.pid}-${options.label}`;
	const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], {encoding: 'utf8', timeout: 30_000});
	const env = {...prefix.env(), LANG: 'C.UTF-8', NO_COLOR: '1', TERM: 'xterm-256color'};
	const command = [
		'env -i',
		...Object.entries(env).map(([name, value]) => shQuote(`${name}=${value}`)),
		'wine',
		shQuote(node),
		...argv.map(shQuote),
		// On a line of its own: a Ctrl+C the console echoes (^C) may be left at the cursor.
		'; printf \'\\nEXIT=%s\\n\' "$?"; sleep 600',
	].join(' ');
	const screens: string[] = [];
	const problems: string[] = [];
	const screen = () => {
		const text = tmux('capture-pane', '-p', '-t', 'lab').stdout ?? '';
		screens.push(text);
		return text;
	};
	const started = tmux('new-session', '-d', '-s', 'lab', '-x', '120', '-y', '40', '-c', options.cwd, command);
	if (started.status !== 0) return {problems: [`tmux did not start: ${started.stderr}`], exitCode: null, screens};
	try {
		for (const [index, key] of keys.entries()) {
			if (key.keys?.length) tmux('send-keys', '-t', 'lab', ...key.keys);
			if (key.text !== undefined) tmux('send-keys', '-t', 'lab', '-l', key.text);
			const deadline = Date.now() + (key.timeoutMs ?? 30_000);
			let text = screen();
			while (!key.expect.test(text) && Date.now() < deadline) {
				sleep(250);
				text = screen();
			}
			const what = `key ${index + 1} (${[...(key.keys ?? []), ...(key.text === undefined ? [] : [JSON.stringify(key.text)])].join(' ')})`;
			if (!key.expect.test(text)) {
				problems.push(`${what}: the screen never showed ${key.expect}:\n${text.trimEnd()}`);
				break;
			}
			if (key.lacks?.test(text)) {
				problems.push(`${what}: the screen shows ${key.lacks}:\n${text.trimEnd()}`);
				break;
			}
		}
		const exit = /^EXIT=(\d+)$/m.exec(screens.at(-1) ?? '');
		return {problems, exitCode: exit ? Number(exit[1]) : null, screens};
	} finally {
		fs.mkdirSync(options.logs, {recursive: true});
		fs.writeFileSync(path.join(options.logs, `${options.label}.screens.txt`), screens.join('\n----------------------------------------\n'));
		tmux('kill-server');
	}
}
