import {parseCommandLine, type CliArgs} from './cli-args.js';
import {Engine} from './engine/engine.js';
import {createTranslator, detectLanguage, isLang, type Lang, type Translator} from './i18n/index.js';
import {exitCodeFor} from './model/status.js';
import {PROBES} from './probes/index.js';
import {jsonReport} from './report/json.js';
import {reportMeta} from './report/meta.js';
import {textReport} from './report/text.js';
import {colorWanted} from './report/ansi.js';
import {createNodeSystem} from './system/node-system.js';
import type {System} from './system/types.js';
import {TOOL_NAME, TOOL_VERSION} from './version.js';

export interface Io {
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	stdin: NodeJS.ReadStream;
	env: NodeJS.ProcessEnv;
}

const defaultIo = (): Io => ({stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env});

/** Ink's own rule for CI (is-in-ci): CI or CONTINUOUS_INTEGRATION set, and not "0"/"false". */
export function isInCi(env: NodeJS.ProcessEnv): boolean {
	return ['CI', 'CONTINUOUS_INTEGRATION'].some((name) => {
		const value = env[name];
		return value !== undefined && value !== '0' && value !== 'false';
	});
}

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
	const parsed = parseCommandLine(argv);
	const envLang = detectLanguage({env: io.env, osLocale: osLocale(process.platform)}).lang;
	if (!parsed.ok) {
		const t = createTranslator(envLang);
		const message =
			parsed.error.key === 'unknownCommand'
				? t('cli.usage.unknownCommand', {command: parsed.error.command})
				: t('cli.usage.parse', {message: parsed.error.message});
		return usageError(io, t, message);
	}
	const args = parsed.args;
	if (args.lang !== undefined && !isLang(args.lang)) {
		const t = createTranslator(envLang);
		return usageError(io, t, t('cli.usage.badLang', {lang: args.lang}));
	}
	const lang: Lang = args.lang !== undefined && isLang(args.lang) ? args.lang : envLang;
	const t = createTranslator(lang);

	if (args.version) {
		io.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
		return 0;
	}
	const ids = PROBES.map((probe) => probe.id);
	if (args.help) {
		io.stdout.write(
			t('cli.help', {name: TOOL_NAME, version: TOOL_VERSION, ids: ids.join(', '), language: t('report.languageName')}) + '\n',
		);
		return 0;
	}
	const unknown = args.only?.find((id) => !ids.includes(id));
	if (unknown) return usageError(io, t, t('cli.usage.unknownCheck', {id: unknown, ids: ids.join(', ')}));

	const sys = createNodeSystem(io.env);
	const interactive = args.command === 'interactive' && Boolean(io.stdin.isTTY) && Boolean(io.stdout.isTTY) && !isInCi(io.env);
	if (interactive) {
		// chalk (under Ink) ignores NO_COLOR; FORCE_COLOR=0 is what turns it off.
		if (io.env.NO_COLOR) process.env.FORCE_COLOR = '0';
		const engine = new Engine({probes: PROBES, sys, t, offline: args.offline});
		const {runInteractive} = await import('./tui.js');
		return runInteractive({engine, t, title: `${TOOL_NAME} ${TOOL_VERSION}`});
	}

	const code = await report(args, sys, io, t, lang);
	if (args.command === 'interactive') io.stderr.write(notTerminalHint(t, io, sys) + '\n');
	return code;
}

/** `check`, and the bare command without a terminal: run everything, print, exit code. */
async function report(args: CliArgs, sys: System, io: Io, t: Translator, lang: Lang): Promise<number> {
	// JSON is a machine contract: English unless a language was asked for explicitly.
	const reportT = args.json && args.lang === undefined ? createTranslator('en') : t;
	const engine = new Engine({probes: PROBES, sys, t: reportT, offline: args.offline});
	const stop = () => engine.cancel();
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	try {
		await engine.run(args.only);
	} finally {
		process.off('SIGINT', stop);
		process.off('SIGTERM', stop);
	}
	const state = engine.getState();
	const findings = engine.findings().filter((finding) => !args.only || args.only.includes(finding.id));
	const meta = reportMeta(sys, reportT.lang, (state.finishedAt ?? Date.now()) - state.startedAt);
	if (args.json) {
		io.stdout.write(JSON.stringify(jsonReport(findings, meta), null, 2) + '\n');
	} else {
		io.stdout.write(textReport(findings, meta, reportT, {color: colorWanted(io.stdout, io.env), verbose: args.verbose}));
	}
	return exitCodeFor(
		findings.map((finding) => finding.status),
		args.strict,
	);
}

function notTerminalHint(t: Translator, io: Io, sys: System): string {
	const mintty = sys.platform === 'win32' && (io.env.TERM_PROGRAM === 'mintty' || Boolean(io.env.MSYSTEM));
	return mintty && !io.stdin.isTTY ? t('cli.hint.mintty', {name: TOOL_NAME}) : t('cli.hint.notTerminal', {name: TOOL_NAME});
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
