import {checkRows} from './commands-checks.js';
import {envRows} from './commands-env.js';
import {fixRows} from './commands-fixes.js';
import {goRows} from './commands-go.js';
import {miscRows} from './commands-misc.js';
import {pathRows} from './commands-path.js';
import type {Session} from './session.js';
import {Cancelled, FAILED, OK, type Args, type CommandRow, type Outcome} from './types.js';
import {splitWords} from './words.js';

/**
 * The REPL's one command table: what the prompt dispatches to, what Tab completes, what
 * `help` prints, and what the checklist's `:` line runs. A command is one row.
 */

const helpRow: CommandRow = {
	name: 'help',
	aliases: ['?'],
	usage: 'help [<command>]',
	summary: 'repl.help.summary',
	help: 'repl.help.help',
	argAt: (before) => (before.length === 0 ? 'command' : undefined),
	async run(session, args) {
		const {t, io} = session;
		const name = args.words[0];
		if (name === undefined) {
			io.out(helpText(session) + '\n');
			return OK;
		}
		const row = findCommand(name);
		if (!row) {
			io.err(t('repl.unknownCommand', {command: name}) + '\n');
			return FAILED;
		}
		const aliases = row.aliases?.length ? `  (${row.aliases.join(', ')})` : '';
		io.out([`${row.usage}${aliases}`, ...t(row.help).split('\n').map((line) => `  ${line}`)].join('\n') + '\n');
		return OK;
	},
};

export const COMMAND_TABLE: readonly CommandRow[] = [helpRow, ...checkRows, ...fixRows, ...envRows, ...pathRows, ...goRows, ...miscRows];

/** A command by name or alias. */
export function findCommand(word: string): CommandRow | undefined {
	return COMMAND_TABLE.find((row) => row.name === word || row.aliases?.includes(word));
}

/** `quit (exit, q)`: a command's name with the other words that run it. */
export function nameWithAliases(row: CommandRow): string {
	return row.aliases?.length ? `${row.name} (${row.aliases.join(', ')})` : row.name;
}

/** Every command, one line each, with its aliases, from the table. */
export function helpText(session: Session): string {
	const {t} = session;
	const rows = COMMAND_TABLE.map((row) => [nameWithAliases(row), t(row.summary)] as const);
	const width = Math.max(...rows.map(([name]) => name.length));
	return [t('repl.help.heading'), ...rows.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`), t('repl.help.footer')].join('\n');
}

type ArgsError = {error: {key: 'repl.unknownFlag' | 'repl.flagNeedsValue'; params: Record<string, string>}};

/** Positionals and `--flags` (each command lists the ones it takes; `-y` is `--yes`, `-o` is `--output`). */
export function parseArgs(row: CommandRow, words: readonly string[]): Args | ArgsError {
	const flags = new Set<string>();
	const values = new Map<string, string>();
	const positionals: string[] = [];
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		if (word === '--') {
			positionals.push(...words.slice(i + 1));
			break;
		}
		if (!/^-{1,2}[A-Za-z]/.test(word)) {
			positionals.push(word);
			continue;
		}
		const eq = word.indexOf('=');
		const rawName = eq < 0 ? word : word.slice(0, eq);
		const inline = eq < 0 ? undefined : word.slice(eq + 1);
		const name = rawName === '-y' ? 'yes' : rawName === '-o' ? 'output' : rawName.replace(/^-+/, '');
		if (row.options?.includes(name)) {
			const value = inline ?? words[++i];
			if (value === undefined) return {error: {key: 'repl.flagNeedsValue', params: {flag: rawName}}};
			values.set(name, value);
			continue;
		}
		if (!row.flags?.includes(name) || inline !== undefined) return {error: {key: 'repl.unknownFlag', params: {flag: word}}};
		flags.add(name);
	}
	return {words: positionals, flags, values};
}

/** Runs one line. An empty line does nothing; an unknown command says so and how to get help. */
export async function execute(session: Session, line: string): Promise<Outcome> {
	const words = splitWords(line);
	if (words.length === 0) return OK;
	const [first, ...rest] = words;
	const row = findCommand(first!.text);
	if (!row) {
		session.io.err(session.t('repl.unknownCommand', {command: first!.text}) + '\n');
		return FAILED;
	}
	const args: Args | ArgsError = row.raw ? {words: rest.map((w) => w.text), flags: new Set<string>(), raw: line.slice(rest[0]?.start ?? line.length)} : parseArgs(row, rest.map((w) => w.text));
	if ('error' in args) {
		session.io.err(`${session.t(args.error.key, args.error.params)}\n${session.t('repl.usage', {usage: row.usage})}\n`);
		return FAILED;
	}
	try {
		return await row.run(session, args);
	} catch (error) {
		if (error instanceof Cancelled) {
			session.io.err(session.t('repl.cancelled') + '\n');
			return FAILED;
		}
		throw error;
	}
}
