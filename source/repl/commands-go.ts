import {explainText} from '../report/explain.js';
import {matchErrors, type Cause} from '../explain/match.js';
import {commandHits, guessShell} from '../facts/path-model.js';
import {isProblem} from '../model/status.js';
import {findingLines} from './commands-checks.js';
import {offerLines} from './commands-fixes.js';
import type {Session} from './session.js';
import {splitWords} from './words.js';
import {FAILED, OK, type Args, type CommandRow, type Outcome} from './types.js';

/**
 * `go …`: the person's own go, as their shell runs it; and `explain`: pasted output. When
 * go fails (or a paste names errors), the explain matcher names the causes, the checks
 * that would confirm them run again, and their fixes are offered by number (`fix 1`).
 */

/** Re-runs the checks the causes name, and offers their fixes by number. */
async function offerFixes(session: Session, causes: readonly Cause[]): Promise<void> {
	const {t, io} = session;
	const known = new Set(session.checkIds());
	const ids = [...new Set(causes.flatMap((cause) => cause.checks))].filter((id) => known.has(id));
	session.offers = [];
	if (ids.length === 0) return;
	io.out(t('repl.go.rechecking', {ids: ids.join(', ')}) + '\n');
	const findings = await session.recheck(ids);
	const problems = findings.filter((f) => isProblem(f.status));
	session.offers = problems.flatMap((finding) => finding.fixes.filter((fix) => fix.changes.length > 0).map((fix) => ({findingId: finding.id, fixId: fix.id, title: fix.title})));
	for (const finding of problems) io.out(`  ${finding.id}: ${t(`status.${finding.status}`)} · ${finding.summary}\n`);
	if (session.offers.length === 0) {
		io.out(t(problems.length === 0 ? 'repl.go.checksFine' : 'repl.go.noFixes') + '\n');
		return;
	}
	io.out([t('repl.go.offers'), ...offerLines(session)].join('\n') + '\n');
}

/**
 * No cause recognised: what the checks report wrong on this machine is the next lead. It
 * is shown, not offered by number: nothing ties it to this failure.
 */
async function problemsHere(session: Session): Promise<void> {
	const {t, io} = session;
	session.offers = [];
	await session.settled();
	const problems = session.findings().filter((f) => isProblem(f.status));
	if (problems.length === 0) return;
	io.out([t('repl.go.problemsHere'), ...findingLines(problems).map((line) => `  ${line}`)].join('\n') + '\n');
}

async function go(session: Session, args: Args): Promise<Outcome> {
	const {t, io, sys} = session;
	if (!sys.startUserCommand) {
		io.err(t('repl.go.cannotRun') + '\n');
		return FAILED;
	}
	// The go the person's shell runs: the first on their PATH, as that shell looks (a
	// go.bat first on PATH runs in cmd; node would refuse it without cmd.exe).
	const hits = await commandHits(session.freshFacts(), 'go', guessShell(sys));
	const winner = hits[0];
	if (!winner) {
		io.err(t('repl.go.notOnPath') + '\n');
		return FAILED;
	}
	// The words exactly as typed, quotes removed: the person's own arguments.
	const argv = splitWords(args.raw ?? '').map((w) => w.text);
	let interrupted = false;
	const terminalInput = io.lendInput !== undefined;
	const runGo = () =>
		session.runInterruptible(() => {
			const command = sys.startUserCommand!({file: winner.file, args: argv, cwd: sys.cwd(), terminalInput, onOutput: (text, stream) => (stream === 'stdout' ? io.out(text) : io.err(text))});
			return {
				done: command.done,
				interrupt: () => {
					interrupted = true;
					command.interrupt();
				},
			};
		});
	// Its standard input is the person's terminal, as under their shell (none in a script).
	const result = io.lendInput ? await io.lendInput(runGo) : await runGo();
	if (result.output !== '' && !result.output.endsWith('\n')) io.out('\n');
	if (result.errorCode) {
		io.err(t('repl.go.notStarted', {file: winner.file, code: result.errorCode}) + '\n');
		return FAILED;
	}
	if (result.exitCode === 0) return OK;
	if (interrupted || result.signal) {
		io.err(t('repl.go.interrupted') + '\n');
		return FAILED;
	}
	io.out(t('repl.go.failed', {code: result.exitCode ?? '?'}) + '\n');
	const causes = matchErrors(result.output);
	if (causes.length === 0) {
		io.out(t('repl.go.noCause') + '\n');
		await problemsHere(session);
		return FAILED;
	}
	io.out(explainText(t, causes, sys.platform, session.checkIds()));
	await offerFixes(session, causes);
	return FAILED;
}

/** Reads pasted lines until an empty line or the end of input. */
async function readPaste(session: Session): Promise<string | null> {
	const lines: string[] = [];
	for (;;) {
		const line = await session.io.ask(lines.length === 0 ? session.t('repl.explain.paste') + '\n' : '');
		if (line === null) return lines.length > 0 ? lines.join('\n') : null;
		if (line.trim() === '') return lines.join('\n');
		lines.push(line);
	}
}

async function explain(session: Session): Promise<Outcome> {
	const {t, io, sys} = session;
	const text = await readPaste(session);
	if (text === null || text.trim() === '') {
		io.err(t('repl.explain.nothing') + '\n');
		return FAILED;
	}
	const causes = matchErrors(text);
	io.out(explainText(t, causes, sys.platform, session.checkIds()));
	if (causes.length > 0) await offerFixes(session, causes);
	return OK;
}

export const goRows: CommandRow[] = [
	{
		name: 'go',
		usage: 'go <args>…',
		summary: 'repl.go.summary',
		help: 'repl.go.help',
		raw: true,
		argAt: (before) => (before.length === 0 ? ['build', 'env', 'install', 'list', 'mod', 'run', 'test', 'version', 'vet'] : 'file'),
		run: go,
	},
	{
		name: 'explain',
		usage: 'explain',
		summary: 'repl.explain.summary',
		help: 'repl.explain.help',
		run: (session) => explain(session),
	},
];
