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

/** What was wrong with the command line, as data: the CLI words it in the user's language. */
export type ParseError =
	| {key: 'unknownCommand'; command: string}
	| {key: 'unknownOption'; option: string}
	| {key: 'missingValue'; option: string}
	| {key: 'noValue'; option: string}
	| {key: 'unexpectedArgument'; argument: string}
	| {key: 'notForCommand'; option: string; command: string}
	| {key: 'parse'; message: string};

export type ParseOutcome = {ok: true; args: ParsedArgs} | {ok: false; error: ParseError};

/** Node's parseArgs errors, by code; the option is quoted in its message. */
function parseArgsError(error: unknown): ParseError {
	const message = error instanceof Error ? error.message : String(error);
	const code = (error as {code?: string} | null)?.code;
	const option = /'(-[^' ]+)/.exec(message)?.[1];
	if (option && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return {key: 'unknownOption', option};
	if (option && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return message.includes('argument missing') ? {key: 'missingValue', option} : {key: 'noValue', option};
	if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return {key: 'unexpectedArgument', argument: /'([^']*)'/.exec(message)?.[1] ?? message};
	return {key: 'parse', message};
}

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
		return {ok: false, error: parseArgsError(error)};
	}
	const [first, ...rest] = parsed.positionals;
	const named = first === undefined ? undefined : commands.find((c) => c.name === first && c.name !== '');
	const bare = commands.find((c) => c.name === '')!;
	if (first !== undefined && !named && (bare.maxPositionals ?? 0) === 0) return {ok: false, error: {key: 'unknownCommand', command: first}};
	const command = named ?? bare;
	const positionals = named ? rest : parsed.positionals;
	if (positionals.length > (command.maxPositionals ?? 0)) {
		return {ok: false, error: {key: 'unexpectedArgument', argument: positionals[command.maxPositionals ?? 0]!}};
	}
	for (const name of Object.keys(parsed.values)) {
		if (!(name in GLOBAL_OPTIONS) && !(name in command.options)) {
			return {ok: false, error: {key: 'notForCommand', option: `--${name}`, command: command.name}};
		}
	}
	return {ok: true, args: {command, values: parsed.values as Record<string, string | boolean | undefined>, positionals}};
}
