import {isLang, LANGUAGES} from '../i18n/index.js';
import {defaultShell} from '../shell/syntax.js';
import {parseExpiry} from '../suppressions/suppressions.js';
import {knownCheck} from './commands-checks.js';
import type {Session} from './session.js';
import {FAILED, OK, type Args, type CommandRow, type Outcome} from './types.js';

/** `report`, `snapshot`, `suppress`, `lang`, `quit`. (`help` is in the table: it reads the table.) */

async function report(session: Session, args: Args): Promise<Outcome> {
	const {t, io, sys} = session;
	await session.settled();
	const [{markdownReport, personOf}, {reportMeta}, {loadSuppressionStore}] = await Promise.all([
		import('../report/markdown.js'),
		import('../report/meta.js'),
		import('../suppressions/conf-store.js'),
	]);
	const state = session.engine.getState();
	const store = await loadSuppressionStore(sys);
	const markdown = markdownReport(session.findings(), reportMeta(sys, t.lang, (state.finishedAt ?? Date.now()) - state.startedAt), t, {
		suppressions: store?.list() ?? new Map(),
		now: new Date(),
		who: personOf(sys),
		shell: defaultShell(sys.platform),
	});
	const output = args.values?.get('output');
	if (!output) {
		io.out(markdown);
		return OK;
	}
	const file = sys.path.resolve(sys.cwd(), output);
	try {
		await sys.writeFile(file, markdown);
	} catch (error) {
		io.err(t('ui.msg.reportFailed', {file, error: error instanceof Error ? error.message : String(error)}) + '\n');
		return FAILED;
	}
	io.out(t('ui.msg.reportWritten', {file}) + '\n');
	return OK;
}

/** A snapshot, as the `snapshot` command takes it, of the checks run once more through the recorder. */
async function snapshot(session: Session, args: Args): Promise<Outcome> {
	const {takeSnapshot} = await import('../snapshot/take.js');
	const output = args.values?.get('output');
	const written = await takeSnapshot({
		sys: session.sys,
		t: session.t,
		out: (text) => session.io.out(text),
		err: (text) => session.io.err(text),
		runChecks: (sys) => session.runChecksOn(sys),
		anonymize: args.flags.has('anonymize'),
		...(output ? {output} : {}),
	});
	return written ? OK : FAILED;
}

async function suppress(session: Session, args: Args): Promise<Outcome> {
	const {t, io, sys} = session;
	const [idWord, ...rest] = args.words;
	const id = knownCheck(session, idWord);
	if (!id) return FAILED;
	const now = new Date();
	const last = rest.at(-1);
	const expiry = rest.length >= 2 && last !== undefined ? parseExpiry(last, now) : {ok: false as const};
	const until = expiry.ok ? expiry.until : undefined;
	const reason = (expiry.ok && until ? rest.slice(0, -1) : rest).join(' ').trim();
	if (!reason) {
		io.err(t('repl.suppress.needReason') + '\n');
		return FAILED;
	}
	await session.settled([id]);
	const {loadSuppressionStore} = await import('../suppressions/conf-store.js');
	const store = await loadSuppressionStore(sys);
	if (!store) {
		io.err(t('repl.suppress.noFolder') + '\n');
		return FAILED;
	}
	const status = session.finding(id)!.status;
	try {
		await store.set({id, reason, since: now.toISOString(), status, ...(until ? {until} : {})});
	} catch (error) {
		io.err(t('suppress.unreadable', {file: store.location, error: error instanceof Error ? error.message : String(error)}) + '\n');
		return FAILED;
	}
	io.out(t(until ? 'repl.suppress.doneUntil' : 'repl.suppress.done', {id, reason, until: until ?? '', file: store.location}) + '\n');
	return OK;
}

export const miscRows: CommandRow[] = [
	{
		name: 'report',
		usage: 'report [-o <file>]',
		summary: 'repl.report.summary',
		help: 'repl.report.help',
		options: ['output'],
		run: report,
	},
	{
		name: 'snapshot',
		usage: 'snapshot [-o <file>] [--anonymize]',
		summary: 'repl.snapshot.summary',
		help: 'repl.snapshot.help',
		flags: ['anonymize'],
		options: ['output'],
		run: snapshot,
	},
	{
		name: 'suppress',
		usage: 'suppress <id> <reason> [<until>]',
		summary: 'repl.suppress.summary',
		help: 'repl.suppress.help',
		argAt: (before) => (before.length === 0 ? 'finding' : undefined),
		run: suppress,
	},
	{
		name: 'lang',
		usage: 'lang en|zh-CN',
		summary: 'repl.lang.summary',
		help: 'repl.lang.help',
		argAt: (before) => (before.length === 0 ? LANGUAGES : undefined),
		async run(session, args) {
			const lang = args.words[0];
			if (lang === undefined || !isLang(lang) || args.words.length > 1) {
				session.io.err(session.t('cli.usage.badLang', {lang: lang ?? ''}) + '\n');
				return FAILED;
			}
			session.switchLanguage(lang);
			session.io.out(session.t('repl.lang.done', {language: session.t('report.languageName')}) + '\n');
			return OK;
		},
	},
	{
		name: 'quit',
		aliases: ['exit', 'q'],
		usage: 'quit',
		summary: 'repl.quit.summary',
		help: 'repl.quit.help',
		run: async () => ({ok: true, quit: true}),
	},
];
