import type {Finding} from '../model/finding.js';
import type {Fix} from '../model/fix.js';
import type {ChangeView, ProgressEvent} from '../fixes/types.js';
import {defaultShell} from '../shell/syntax.js';
import {TOOL_NAME} from '../version.js';
import {findingFor, type Built} from './changes.js';
import {sessionEquivalents, type SessionIntent} from './session-env.js';
import {knownCheck} from './commands-checks.js';
import type {Session} from './session.js';
import {quoteWord} from './words.js';
import {FAILED, OK, type Args, type CommandRow, type Outcome} from './types.js';

/**
 * `fix`, `undo`, `journal`: the fixes API exactly as the `fix` and `undo` commands and the
 * checklist use it. `set`, `unset` and the `path` edits end here too (`applyPreviewed`),
 * so every change of the REPL is previewed, confirmed, journaled, verified and undoable
 * the same way.
 */

/** --yes on the line, or y typed. A script cannot type: it says --yes on the line, as the CLI does. */
async function confirm(session: Session, args: Args, question: string, line: string): Promise<boolean> {
	if (args.flags.has('yes')) return true;
	if (!session.io.interactive) {
		session.io.err(session.t('repl.needYes', {line: `${line} --yes`}) + '\n');
		return false;
	}
	const answer = await session.io.ask(`${question} [y/N] `);
	if (answer !== null && /^(y|yes|是)$/i.test(answer.trim())) return true;
	session.io.out(session.t('fixes.cli.notApplied') + '\n');
	return false;
}

function progress(session: Session, views: () => readonly ChangeView[], textOf: typeof import('../report/fix-text.js').progressLine) {
	return (event: ProgressEvent) => {
		const line = textOf(session.t, event, views());
		if (line) session.io.out(`  ${line}\n`);
	};
}

/**
 * Previews a fix of a finding (a check's own, or one the REPL built for `set`, `unset` or a
 * PATH edit), asks, applies it through the journal, re-runs the checks it affects, and
 * says how it went. `line` is the command as typed, for the `--yes` hint of a script.
 */
export async function applyPreviewed(session: Session, finding: Finding, fixId: string | undefined, args: Args, line: string, intent?: SessionIntent): Promise<Outcome> {
	const [{previewFix, applyFix}, text] = await Promise.all([import('../fixes/index.js'), import('../report/fix-text.js')]);
	const {t, io} = session;
	const services = await session.services();
	const preview = await previewFix(services, finding, fixId);
	io.out(text.previewText(t, preview, defaultShell(session.sys.platform)));
	if (args.flags.has('dry-run')) return OK;
	if (preview.blockers.length > 0) return FAILED;
	if (!(await confirm(session, args, t('fixes.cli.apply'), line))) return FAILED;
	let confirmIrreversible = false;
	if (preview.irreversible.length > 0) {
		if (args.flags.has('accept-irreversible')) confirmIrreversible = true;
		else if (io.interactive) confirmIrreversible = (await io.ask(t('fixes.cli.irreversible')))?.trim() === 'yes';
		if (!confirmIrreversible) {
			io.err(t('repl.needIrreversible', {line: `${line} --yes --accept-irreversible`}) + '\n');
			return FAILED;
		}
	}
	const outcome = await session.runChange(() => applyFix(services, preview, {confirmIrreversible, onProgress: progress(session, () => preview.views, text.progressLine)}));
	io.out(text.applyOutcomeText(t, outcome, finding.id));
	if (outcome.status === 'applied' && outcome.sessionStale) staleSession(session, {...preview.fix, changes: preview.changes}, intent);
	return outcome.status === 'applied' ? OK : FAILED;
}

/**
 * A change only new terminals get (the registry, a profile): exactly what this REPL session
 * does not see, and the command that gives it the same here (`set NAME=VALUE in session`).
 * A change whose meaning for this session cannot be told (a check's profile line) gets the
 * general sentence.
 */
function staleSession(session: Session, fix: Fix, intent: SessionIntent | undefined): void {
	const {t, io} = session;
	const equivalents = sessionEquivalents(session, fix, intent);
	if (equivalents.length === 0 && intent) return;
	if (equivalents.length === 0) {
		io.out(t('repl.sessionStale') + '\n');
		return;
	}
	io.out(t('repl.session.newTerminals') + '\n');
	for (const {says, command} of equivalents) io.out(`  ${says}\n    ${t('repl.session.toApply', {command})}\n`);
}

/** A change the REPL built (`set`, `unset`, a PATH edit), applied as a fix; or why none could be built. */
export async function applyBuilt(session: Session, built: Built, args: Args, line: string, intent?: SessionIntent): Promise<Outcome> {
	if ('error' in built) {
		session.io.err(built.error + '\n');
		return FAILED;
	}
	return applyPreviewed(session, findingFor(built.findingId, built.fix, built.fix.title), built.fix.id, args, line, intent);
}

/** `fix <id> [<fix-id>]`, or `fix <n>`: the n-th fix offered after a failed `go` or `explain`. */
async function fix(session: Session, args: Args): Promise<Outcome> {
	const {t, io} = session;
	const [first, second] = args.words;
	let id: string | undefined;
	let fixId: string | undefined = second;
	if (first !== undefined && /^\d+$/.test(first)) {
		const offer = session.offers[Number(first) - 1];
		if (!offer) {
			io.err((session.offers.length === 0 ? t('repl.noOffers') : t('repl.noSuchOffer', {n: first, count: session.offers.length})) + '\n');
			return FAILED;
		}
		id = offer.findingId;
		fixId = offer.fixId;
	} else {
		id = knownCheck(session, first);
		if (!id) return FAILED;
	}
	await session.settled([id]);
	const finding = session.finding(id)!;
	if (finding.fixes.length === 0) {
		io.out(t('fixes.cli.noFix', {id, status: t(`status.${finding.status}`), summary: finding.summary}) + '\n');
		return ['ok', 'info', 'skipped'].includes(finding.status) ? OK : FAILED;
	}
	if (fixId !== undefined && !finding.fixes.some((f) => f.id === fixId)) {
		io.err(t('fixes.cli.unknownFix', {fix: fixId, id, fixes: finding.fixes.map((f) => f.id).join(', ')}) + '\n');
		return FAILED;
	}
	io.out(`${finding.id}: ${t(`status.${finding.status}`)} · ${finding.summary}\n`);
	const chosen = fixId ?? finding.fixes[0]!.id;
	return applyPreviewed(session, finding, chosen, args, `fix ${finding.id} ${chosen}`);
}

/** `undo [<entry>|last]`: the inverse changes, previewed; conflicts refuse unless --force. */
async function undo(session: Session, args: Args): Promise<Outcome> {
	const {t, io} = session;
	const raw = args.words[0] ?? 'last';
	if (raw !== 'last' && !/^\d+$/.test(raw)) {
		io.err(t('fixes.cli.badEntry', {entry: raw}) + '\n');
		return FAILED;
	}
	const target = raw === 'last' ? 'last' : Number(raw);
	const [{previewUndo, undoEntry}, text] = await Promise.all([import('../fixes/index.js'), import('../report/fix-text.js')]);
	const services = await session.services();
	const preview = await previewUndo(services, target);
	if (!preview) {
		io.err((target === 'last' ? t('fixes.refused.noLast') : t('fixes.refused.noEntry', {id: target})) + '\n');
		return FAILED;
	}
	io.out(text.undoPreviewText(t, preview, defaultShell(session.sys.platform)));
	if (preview.blockers.length > 0) return FAILED;
	const force = args.flags.has('force');
	if (preview.conflicts.length > 0 && !force) {
		io.out(t('repl.forceHint', {line: `undo ${preview.entry.id} --force`}) + '\n');
		return FAILED;
	}
	if (!(await confirm(session, args, t('fixes.cli.undo'), `undo ${preview.entry.id}${force ? ' --force' : ''}`))) return FAILED;
	const outcome = await session.runChange(() => undoEntry(services, preview.entry.id, {force, onProgress: progress(session, () => preview.views, text.progressLine)}));
	io.out(text.undoOutcomeText(t, outcome));
	return outcome.status === 'undone' ? OK : FAILED;
}

async function journal(session: Session): Promise<Outcome> {
	const [{listJournal}, {journalText}] = await Promise.all([import('../fixes/index.js'), import('../report/fix-text.js')]);
	session.io.out(journalText(session.t, await listJournal(await session.services()), TOOL_NAME));
	return OK;
}

/** The numbered offers, as `fix <n>` takes them. */
export function offerLines(session: Session): string[] {
	return session.offers.map((offer, i) => `  ${session.t('repl.offer', {n: i + 1, title: offer.title, command: `fix ${offer.findingId} ${quoteWord(offer.fixId)}`})}`);
}

export const fixRows: CommandRow[] = [
	{
		name: 'fix',
		usage: 'fix <id> [<fix-id>] | fix <n>  [--yes] [--dry-run] [--accept-irreversible]',
		summary: 'repl.fix.summary',
		help: 'repl.fix.help',
		flags: ['yes', 'dry-run', 'accept-irreversible'],
		argAt: (before) => (before.length === 0 ? 'finding' : before.length === 1 ? 'fix' : undefined),
		run: fix,
	},
	{
		name: 'undo',
		usage: 'undo [<entry>|last] [--yes] [--force]',
		summary: 'repl.undo.summary',
		help: 'repl.undo.help',
		flags: ['yes', 'force'],
		argAt: (before) => (before.length === 0 ? 'entry' : undefined),
		run: undo,
	},
	{
		name: 'journal',
		usage: 'journal',
		summary: 'repl.journal.summary',
		help: 'repl.journal.help',
		run: (session) => journal(session),
	},
];
