import {parseArgs} from 'node:util';
import type {Command, OptionSpec} from './commands/types.js';

/** Flags every command takes. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
	lang: {type: 'string'},
};

export interface ParsedArgs {
	command: Command;
	values: Record<string, string | boolean | undefined>;
	positionals: string[];
}

export type ParseOutcome =
	| {ok: true; args: ParsedArgs}
	| {ok: false; error: {key: 'unknownCommand'; command: string} | {key: 'parse'; message: string}};

/**
 * Parses argv (without node and the script) against the commands' declared flags. Pure:
 * no output, no exit. A flag of another command is a usage error for this one.
 */
export function parseCommandLine(argv: readonly string[], commands: readonly Command[]): ParseOutcome {
	const union: Record<string, OptionSpec> = {...GLOBAL_OPTIONS};
	for (const command of commands) Object.assign(union, command.options);
	let parsed;
	try {
		parsed = parseArgs({args: [...argv], allowPositionals: true, strict: true, options: union});
	} catch (error) {
		return {ok: false, error: {key: 'parse', message: error instanceof Error ? error.message : String(error)}};
	}
	const [first, ...rest] = parsed.positionals;
	const named = first === undefined ? undefined : commands.find((c) => c.name === first && c.name !== '');
	const bare = commands.find((c) => c.name === '')!;
	if (first !== undefined && !named && (bare.maxPositionals ?? 0) === 0) return {ok: false, error: {key: 'unknownCommand', command: first}};
	const command = named ?? bare;
	const positionals = named ? rest : parsed.positionals;
	if (positionals.length > (command.maxPositionals ?? 0)) {
		return {ok: false, error: {key: 'parse', message: `unexpected argument: ${positionals[command.maxPositionals ?? 0]}`}};
	}
	for (const name of Object.keys(parsed.values)) {
		if (!(name in GLOBAL_OPTIONS) && !(name in command.options)) {
			return {ok: false, error: {key: 'parse', message: `option --${name} does not apply to ${command.name ? `"${command.name}"` : 'this command'}`}};
		}
	}
	return {ok: true, args: {command, values: parsed.values as Record<string, string | boolean | undefined>, positionals}};
}
