import {parseArgs} from 'node:util';

export interface CliArgs {
	command: 'interactive' | 'check';
	help: boolean;
	version: boolean;
	json: boolean;
	offline: boolean;
	strict: boolean;
	verbose: boolean;
	only?: string[];
	lang?: string;
}

export type ParseOutcome = {ok: true; args: CliArgs} | {ok: false; error: {key: 'unknownCommand'; command: string} | {key: 'parse'; message: string}};

const COMMANDS = new Set(['check']);

/** Parses argv (without node and the script). Pure: no output, no exit. */
export function parseCommandLine(argv: readonly string[]): ParseOutcome {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			strict: true,
			options: {
				help: {type: 'boolean', short: 'h'},
				version: {type: 'boolean', short: 'v'},
				json: {type: 'boolean'},
				offline: {type: 'boolean'},
				strict: {type: 'boolean'},
				verbose: {type: 'boolean'},
				only: {type: 'string'},
				lang: {type: 'string'},
			},
		});
	} catch (error) {
		return {ok: false, error: {key: 'parse', message: error instanceof Error ? error.message : String(error)}};
	}
	const [command, ...rest] = parsed.positionals;
	if (command !== undefined && !COMMANDS.has(command)) return {ok: false, error: {key: 'unknownCommand', command}};
	if (rest.length > 0) return {ok: false, error: {key: 'parse', message: `unexpected argument: ${rest[0]}`}};
	const {values} = parsed;
	return {
		ok: true,
		args: {
			command: command === 'check' ? 'check' : 'interactive',
			help: Boolean(values.help),
			version: Boolean(values.version),
			json: Boolean(values.json),
			offline: Boolean(values.offline),
			strict: Boolean(values.strict),
			verbose: Boolean(values.verbose),
			...(values.only === undefined ? {} : {only: values.only.split(',').map((id) => id.trim()).filter(Boolean)}),
			...(values.lang === undefined ? {} : {lang: values.lang}),
		},
	};
}
