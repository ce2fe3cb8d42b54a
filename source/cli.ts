import {parseCommandLine, type ParseError} from './cli-args.js';
import {COMMANDS} from './commands/index.js';
import {Interrupted} from './commands/interrupted.js';
import type {CommandContext, Io} from './command-context.js';
import {chooseLanguage, detectLanguage, isLang} from './i18n/detect.js';
import type {Lang, Translator} from './i18n/index.js';
import {createLifecycle, ignoreClosedOutput, type Lifecycle} from './lifecycle.js';
import {createNodeSystem} from './system/node-system.js';
import type {System} from './system/types.js';
import {TOOL_NAME, TOOL_VERSION} from './version.js';

export type {Io} from './command-context.js';

const defaultIo = (): Io => ({stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env});

/** The language chosen by the last run of `main`, for the message of an internal error. */
let lastLanguage: Lang | undefined;

/**
 * Runs one command line and returns its exit code. `lifecycle` owns the process's signals in
 * the real program (`start`); a test gives none and gets one that listens to nothing.
 */
export async function main(
	argv: readonly string[] = process.argv.slice(2),
	io: Io = defaultIo(),
	sys: System = createNodeSystem(io.env),
	lifecycle: Lifecycle = createLifecycle(),
): Promise<number> {
	const parsed = parseCommandLine(argv, COMMANDS);
	const values = parsed.ok ? parsed.args.values : {};
	// A command line that does not parse still says --lang: its error is worded in that language.
	const langFlag = typeof values.lang === 'string' ? values.lang : parsed.ok ? undefined : langInArgv(argv);
	if (values.version) {
		io.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
		return 0;
	}
	// JSON without --lang is English whatever the language: no need to ask Windows.
	const choice = await chooseLanguage({flag: langFlag, env: io.env, sys, osLookup: !(values.json === true && langFlag === undefined)});
	const lang = choice.lang;
	lastLanguage = lang;
	// The catalogue (every sentence in both languages, the largest part of the bundle a command
	// loads) is not read for --version.
	const {createTranslator} = await import('./i18n/index.js');
	const t = createTranslator(lang);
	if (!parsed.ok) return usageError(io, t, parseErrorText(t, parsed.error));
	if (langFlag !== undefined && !isLang(langFlag)) return usageError(io, t, t('cli.usage.badLang', {lang: langFlag}));
	const {command, positionals} = parsed.args;
	if (values.help) {
		// The check ids (listed for --only) come from the checks themselves, loaded only here.
		io.stdout.write(helpText(t, (await import('./commands/run-checks.js')).checkIds()) + '\n');
		return 0;
	}
	const ctx: CommandContext = {io, sys, t, lang, langExplicit: langFlag !== undefined, values, positionals, lifecycle};
	const invalid = await command.validate?.(ctx);
	if (invalid) return usageError(io, t, invalid);
	return command.run(ctx);
}

export function helpText(t: Translator, ids: readonly string[]): string {
	const params = {name: TOOL_NAME, version: TOOL_VERSION, ids: ids.join(', '), language: t('report.languageName')};
	return [t('cli.help.header', params), ...COMMANDS.map((command) => t(command.help, params)), t('cli.help.footer', params)].join('\n\n');
}

function parseErrorText(t: Translator, error: ParseError): string {
	switch (error.key) {
		case 'unknownCommand':
			return t('cli.usage.unknownCommand', {command: error.command});
		case 'unknownOption':
			return t('cli.usage.unknownOption', {option: error.option});
		case 'missingValue':
			return t('cli.usage.missingValue', {option: error.option});
		case 'noValue':
			return t('cli.usage.noValue', {option: error.option});
		case 'unexpectedArgument':
			return t('cli.usage.unexpectedArgument', {argument: error.argument});
		case 'notForCommand':
			return error.command ? t('cli.usage.notForCommand', {option: error.option, command: error.command}) : t('cli.usage.notForBare', {option: error.option});
		case 'parse':
			return t('cli.usage.parse', {message: error.message});
	}
}

/** The value of the last `--lang <value>` or `--lang=<value>` before any `--`, read without the parser. */
function langInArgv(argv: readonly string[]): string | undefined {
	let lang: string | undefined;
	for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
		if (argv[i] === '--lang') lang = argv[++i];
		else if (argv[i]!.startsWith('--lang=')) lang = argv[i]!.slice('--lang='.length);
	}
	return lang;
}

function usageError(io: Io, t: Translator, message: string): number {
	io.stderr.write(`${TOOL_NAME}: ${message}\n${t('cli.usage.seeHelp', {name: TOOL_NAME})}\n`);
	return 2;
}

/**
 * One command line, start to end: the exit code, also set as the process's. An internal
 * failure is 2; checks stopped by SIGINT, SIGTERM or SIGHUP end with 130, 143 or 129 and no
 * report, and any other command a stop signal reached ends with that code once it has told
 * what it did.
 */
export async function run(argv: readonly string[] = process.argv.slice(2), io: Io = defaultIo(), lifecycle: Lifecycle = createLifecycle()): Promise<number> {
	let code: number;
	try {
		code = await main(argv, io, undefined, lifecycle);
	} catch (error) {
		const {createTranslator} = await import('./i18n/index.js');
		const t = createTranslator(lastLanguage ?? detectLanguage({env: io.env}).lang);
		if (error instanceof Interrupted) {
			io.stderr.write(`${TOOL_NAME}: ${t('cli.interrupted')}\n`);
			code = error.exitCode;
		} else {
			io.stderr.write(`${TOOL_NAME}: ${t('cli.internalError', {message: error instanceof Error ? (error.stack ?? error.message) : String(error)})}\n`);
			code = 2;
		}
	}
	code = lifecycle.exitCode(code);
	process.exitCode = code;
	return code;
}

/**
 * Entry point of the bundle (`bin/goenv-tui.js`): owns the process's signals for the run,
 * then exits once the output has been flushed. The only place the program ends itself (with
 * the lifecycle's forced exit on a second Ctrl+C during a fix).
 */
export async function start(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
	const io = defaultIo();
	for (const stream of [io.stdout, io.stderr]) ignoreClosedOutput(stream);
	const lifecycle = createLifecycle({process, streams: [io.stdout, io.stderr]});
	const code = await run(argv, io, lifecycle);
	lifecycle.exit(code);
}
