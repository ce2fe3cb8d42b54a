import {parseCommandLine} from './cli-args.js';
import {COMMANDS} from './commands/index.js';
import type {CommandContext, Io} from './commands/types.js';
import {createTranslator, detectLanguage, isLang, type Translator} from './i18n/index.js';
import {createNodeSystem} from './system/node-system.js';
import {TOOL_NAME, TOOL_VERSION} from './version.js';

export type {Io} from './commands/types.js';

const defaultIo = (): Io => ({stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env});

/** The OS user-interface language where there is no LANG (Windows). */
function osLocale(platform: string): string | undefined {
	if (platform !== 'win32') return undefined;
	try {
		return Intl.DateTimeFormat().resolvedOptions().locale;
	} catch {
		return undefined;
	}
}

export async function main(argv: readonly string[] = process.argv.slice(2), io: Io = defaultIo()): Promise<number> {
	const parsed = parseCommandLine(argv, COMMANDS);
	const envLang = detectLanguage({env: io.env, osLocale: osLocale(process.platform)}).lang;
	if (!parsed.ok) {
		const t = createTranslator(envLang);
		const message =
			parsed.error.key === 'unknownCommand'
				? t('cli.usage.unknownCommand', {command: parsed.error.command})
				: t('cli.usage.parse', {message: parsed.error.message});
		return usageError(io, t, message);
	}
	const {command, values, positionals} = parsed.args;
	const langFlag = typeof values.lang === 'string' ? values.lang : undefined;
	if (langFlag !== undefined && !isLang(langFlag)) {
		const t = createTranslator(envLang);
		return usageError(io, t, t('cli.usage.badLang', {lang: langFlag}));
	}
	const lang = langFlag !== undefined && isLang(langFlag) ? langFlag : envLang;
	const t = createTranslator(lang);

	if (values.version) {
		io.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
		return 0;
	}
	if (values.help) {
		// The check ids (listed for --only) come from the checks themselves, loaded only here.
		io.stdout.write(helpText(t, (await import('./commands/run-checks.js')).checkIds()) + '\n');
		return 0;
	}
	const ctx: CommandContext = {io, sys: createNodeSystem(io.env), t, lang, langExplicit: langFlag !== undefined, values, positionals};
	const invalid = await command.validate?.(ctx);
	if (invalid) return usageError(io, t, invalid);
	return command.run(ctx);
}

export function helpText(t: Translator, ids: readonly string[]): string {
	const params = {name: TOOL_NAME, version: TOOL_VERSION, ids: ids.join(', '), language: t('report.languageName')};
	return [t('cli.help.header', params), ...COMMANDS.map((command) => t(command.help, params)), t('cli.help.footer', params)].join('\n\n');
}

function usageError(io: Io, t: Translator, message: string): number {
	io.stderr.write(`${TOOL_NAME}: ${message}\n${t('cli.usage.seeHelp', {name: TOOL_NAME})}\n`);
	return 2;
}

/** Entry point of the bundle. */
export async function run(): Promise<void> {
	let code: number;
	try {
		code = await main();
	} catch (error) {
		const t = createTranslator(detectLanguage({env: process.env}).lang);
		process.stderr.write(`${TOOL_NAME}: ${t('cli.internalError', {message: error instanceof Error ? (error.stack ?? error.message) : String(error)})}\n`);
		code = 2;
	}
	process.exitCode = code;
}
