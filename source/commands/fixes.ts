import {createInterface} from 'node:readline/promises';
import type {CommandContext} from '../command-context.js';
import {parseEntryNumber} from './entry-number.js';
import {runChecks} from './run-checks.js';
import {createTranslator, type Translator} from '../i18n/index.js';
import {renderText} from '../i18n/text.js';
import {journalErrorText} from '../journal/journal.js';
import {defaultShell} from '../shell/syntax.js';
import {TOOL_NAME} from '../version.js';
import {snakeKeys} from '../report/json-names.js';
import {alignColumns} from '../layout/columns.js';
import type {Fix} from '../model/fix.js';
import {applyFix, Journal, journalFolder, listJournal, previewFix, previewUndo, recoverEntry, undoEntry} from '../fixes/index.js';
import type {ChangeView, EntrySummary, FixServices, JournalListing, ProgressEvent} from '../fixes/types.js';
import {applyOutcomeText, journalText, recoveryOutcomeText, pendingNotice, previewText, progressLine, undoOutcomeText, undoPreviewText} from '../report/fix-text.js';

/**
 * The `fix`, `undo` and `journal` commands. They use the fixes API exactly as the screens
 * do. Without --yes and without a terminal to ask in, they print what they would do and
 * exit 2.
 */

/** The services the commands give the fixes API: the checks re-run on their own, without a UI. */
function services(ctx: CommandContext): FixServices {
	return {
		sys: ctx.sys,
		t: ctx.t,
		journal: new Journal({dir: journalFolder(ctx.sys)}),
		rerun: async (ids) => (await runChecks(ctx, {json: false, only: ids, offline: false})).findings,
	};
}

/** `journal --json`'s schema_version (schemas/journal.schema.json); not the journal file's own. */
const JOURNAL_JSON_VERSION = 1;

const canAsk = (ctx: CommandContext) => Boolean(ctx.io.stdin.isTTY) && Boolean(ctx.io.stdout.isTTY);

/** The line typed; Ctrl+C or Ctrl+D at the prompt (readline aborts) answers "no" (''). */
async function ask(ctx: CommandContext, question: string): Promise<string> {
	const rl = createInterface({input: ctx.io.stdin, output: ctx.io.stdout});
	try {
		return (await rl.question(question, {signal: ctx.lifecycle.signal})).trim();
	} catch (error) {
		if (error instanceof Error && error.name === 'AbortError') {
			ctx.io.stdout.write('\n');
			return '';
		}
		throw error;
	} finally {
		rl.close();
	}
}

/** --yes, or a "y" typed at the terminal. Without either (no terminal), the caller exits 2. */
async function confirmed(ctx: CommandContext, question: string): Promise<'yes' | 'no' | 'cannot-ask'> {
	if (ctx.values.yes === true) return 'yes';
	if (!canAsk(ctx)) return 'cannot-ask';
	return /^(y|yes|是)$/i.test(await ask(ctx, `${question} [y/N] `)) ? 'yes' : 'no';
}

function printer(ctx: CommandContext, views: () => readonly ChangeView[]) {
	return (event: ProgressEvent) => {
		const line = progressLine(ctx.t, event, views());
		if (line) ctx.io.stdout.write(`  ${line}\n`);
	};
}

/**
 * Runs a step that changes the machine through the lifecycle: a first Ctrl+C (or SIGTERM,
 * SIGHUP) does not cut it in half; the step finishes (or rolls back) on its own and the
 * person is told so. A second one ends the process; the entry then stays pending and the
 * next start offers to roll it back. The exit code of a stopped run is the lifecycle's.
 */
function uninterrupted<T>(ctx: CommandContext, step: () => Promise<T>): Promise<T> {
	return ctx.lifecycle.critical(step, {onHold: () => ctx.io.stderr.write(ctx.t('fixes.cli.finishing') + '\n')});
}

/** Tells about fixes a crash left half done (on stderr, so JSON on stdout stays clean). */
async function warnPending(ctx: CommandContext, s: FixServices): Promise<void> {
	try {
		const listing = await listJournal(s);
		if (listing.pending.length > 0) ctx.io.stderr.write(pendingNotice(ctx.t, listing.pending, TOOL_NAME));
		for (const notice of s.journal!.notices()) ctx.io.stderr.write(ctx.t('fixes.notice.corrupt', {at: notice.at, movedTo: notice.movedTo, reason: renderText(ctx.t, notice.reason)}) + '\n');
		for (const notice of listing.notices) if (notice.kind === 'unwritable') ctx.io.stderr.write(notice.message + '\n');
	} catch (error) {
		ctx.io.stderr.write(journalErrorLine(ctx.t, error) + '\n');
	}
}

export async function runFix(ctx: CommandContext): Promise<number> {
	const {t, io} = ctx;
	const id = ctx.positionals[0]!;
	const s = services(ctx);
	await warnPending(ctx, s);
	const {findings} = await runChecks(ctx, {json: false, only: [id], offline: false});
	const finding = findings.find((f) => f.id === id);
	if (!finding) return 2;
	if (finding.fixes.length === 0) {
		io.stdout.write(t('fixes.cli.noFix', {id, status: t(`status.${finding.status}`), summary: finding.summary}) + '\n');
		return ['ok', 'info', 'skipped'].includes(finding.status) ? 0 : 1;
	}
	const fixId = typeof ctx.values.fix === 'string' ? ctx.values.fix : undefined;
	if (fixId !== undefined && !finding.fixes.some((f) => f.id === fixId)) {
		io.stderr.write(`${TOOL_NAME}: ${t('fixes.cli.unknownFix', {fix: fixId, id, fixes: finding.fixes.map((f) => f.id).join(', ')})}\n`);
		return 2;
	}
	io.stdout.write(`${finding.id}: ${t(`status.${finding.status}`)} · ${finding.summary}\n`);
	const shell = defaultShell(ctx.sys.platform);
	const several = fixId === undefined && finding.fixes.length > 1;
	if (ctx.values['dry-run'] === true && several) {
		// A dry run touches nothing, so it can show every fix: the person picks one after reading them all.
		io.stdout.write(t('fixes.cli.dryRunAll', {id, count: finding.fixes.length, command: `${TOOL_NAME} fix ${id} --fix <id>`}) + '\n');
		const previews = [];
		for (const fix of finding.fixes) {
			const shown = await previewFix(s, finding, fix.id);
			previews.push(shown);
			io.stdout.write('\n' + previewText(t, shown, shell));
		}
		// As for one fix: 1 when the one `fix <id> --yes` would apply (the first) cannot be applied here.
		return previews[0]!.blockers.length > 0 ? 1 : 0;
	}
	const preview = await previewFix(s, finding, fixId);
	io.stdout.write(previewText(t, preview, shell));
	// Without --fix the first fix is the one offered: the others are named, never left unsaid.
	if (several) io.stdout.write(otherFixesText(t, finding.id, finding.fixes));
	// A dry run says whether the fix could be applied here: 1 when it could not.
	if (preview.blockers.length > 0) return 1;
	if (ctx.values['dry-run'] === true) return 0;

	const answer = await confirmed(ctx, t('fixes.cli.apply'));
	if (answer === 'cannot-ask') {
		io.stderr.write(t('fixes.cli.needYes', {command: `${TOOL_NAME} fix ${id}${fixId ? ` --fix ${fixId}` : ''} --yes`}) + '\n');
		return 2;
	}
	if (answer === 'no') {
		io.stdout.write(t('fixes.cli.notApplied') + '\n');
		return 1;
	}
	let confirmIrreversible = false;
	if (preview.irreversible.length > 0) {
		if (ctx.values['accept-irreversible'] === true) confirmIrreversible = true;
		else if (canAsk(ctx)) confirmIrreversible = (await ask(ctx, t('fixes.cli.irreversible'))) === 'yes';
		if (!confirmIrreversible) {
			io.stderr.write(t('fixes.cli.needIrreversible') + '\n');
			return 2;
		}
	}
	const outcome = await uninterrupted(ctx, () => applyFix(s, preview, {confirmIrreversible, onProgress: printer(ctx, () => preview.views)}));
	io.stdout.write(applyOutcomeText(t, outcome, finding.id));
	// 0 means the fix did what it said; whether the check is now clean is printed (and is
	// what `check` exits on): something else may set the same value.
	return outcome.status === 'applied' ? 0 : 1;
}

function otherFixesText(t: CommandContext['t'], id: string, fixes: readonly Fix[]): string {
	const rows = alignColumns(fixes.slice(1).map((fix) => [fix.id, fix.title]));
	return [t('fixes.cli.otherFixes', {id, count: fixes.length}), ...rows.map((row) => `  ${row}`)].join('\n') + '\n';
}

function entryArgument(ctx: CommandContext): number | 'last' | undefined {
	const raw = ctx.positionals[0];
	if (raw === undefined) return 'last';
	return parseEntryNumber(raw);
}

export async function runUndo(ctx: CommandContext): Promise<number> {
	const {t, io} = ctx;
	const id = entryArgument(ctx)!;
	const s = services(ctx);
	await warnPending(ctx, s);
	const preview = await previewUndo(s, id);
	if (!preview) {
		io.stderr.write(`${TOOL_NAME}: ${id === 'last' ? t('fixes.refused.noLast') : t('fixes.refused.noEntry', {id})}\n`);
		// An entry number the journal never had is a usage error; "nothing left to undo" is not.
		return id === 'last' ? 1 : 2;
	}
	const shell = defaultShell(ctx.sys.platform);
	io.stdout.write(undoPreviewText(t, preview, shell));
	if (preview.blockers.length > 0) return 1;
	const force = ctx.values.force === true;
	if (preview.conflicts.length > 0 && !force) {
		io.stdout.write(t('fixes.outcome.forceHint') + '\n');
		return 1;
	}
	const answer = await confirmed(ctx, t('fixes.cli.undo'));
	if (answer === 'cannot-ask') {
		io.stderr.write(t('fixes.cli.needYes', {command: `${TOOL_NAME} undo ${preview.entry.id}${force ? ' --force' : ''} --yes`}) + '\n');
		return 2;
	}
	if (answer === 'no') {
		io.stdout.write(t('fixes.cli.notApplied') + '\n');
		return 1;
	}
	const outcome = await uninterrupted(ctx, () => undoEntry(s, preview.entry.id, {force, onProgress: printer(ctx, () => preview.views)}));
	io.stdout.write(undoOutcomeText(t, outcome));
	return outcome.status === 'undone' ? 0 : 1;
}

/** The journal as `journal` shows it; null (said on stderr) when it cannot be read at all. */
async function listing_(ctx: CommandContext, s: FixServices): Promise<JournalListing | null> {
	try {
		return await listJournal(s);
	} catch (error) {
		ctx.io.stderr.write(`${TOOL_NAME}: ${journalErrorLine(s.t, error)}\n`);
		return null;
	}
}

/** A journal error as one line for a person; a bug keeps its message. */
function journalErrorLine(t: Translator, error: unknown): string {
	const text = journalErrorText(error);
	return text ? renderText(t, text) : t('fixes.refused.journal', {message: error instanceof Error ? error.message : String(error)});
}

export async function runJournal(ctx: CommandContext): Promise<number> {
	const {io} = ctx;
	const json = ctx.values.json === true;
	const t = json && !ctx.langExplicit ? createTranslator('en') : ctx.t;
	const s = {...services(ctx), t};
	const rollback = typeof ctx.values.rollback === 'string' ? parseEntryNumber(ctx.values.rollback) : undefined;
	const resolve = typeof ctx.values.resolve === 'string' ? parseEntryNumber(ctx.values.resolve) : undefined;
	if (rollback !== undefined || resolve !== undefined) {
		const id = (rollback ?? resolve)!;
		const action = rollback !== undefined ? 'rollback' : 'mark-resolved';
		const listing = await listing_(ctx, s);
		if (!listing) return 1;
		const pending = listing.pending.find((p) => p.entry.id === id);
		if (!pending) {
			io.stderr.write(`${TOOL_NAME}: ${t('fixes.refused.notPending', {id})}\n`);
			// A number the journal never had is a usage error; an entry that is not pending is not.
			return listing.entries.some((entry) => entry.id === id) ? 1 : 2;
		}
		io.stdout.write(journalText(t, {...listing, entries: [], notices: [], pending: [pending]}, TOOL_NAME));
		const answer = await confirmed(ctx, t(action === 'rollback' ? 'fixes.cli.rollback' : 'fixes.cli.resolve', {id}));
		if (answer === 'cannot-ask') {
			io.stderr.write(t('fixes.cli.needYes', {command: `${TOOL_NAME} journal --${action === 'rollback' ? 'rollback' : 'resolve'} ${id}${ctx.values.force === true ? ' --force' : ''} --yes`}) + '\n');
			return 2;
		}
		if (answer === 'no') return 1;
		const outcome = await uninterrupted(ctx, () => recoverEntry(s, id, action, {force: ctx.values.force === true, onProgress: printer(ctx, () => pending.entry.views)}));
		io.stdout.write(recoveryOutcomeText(t, outcome, TOOL_NAME));
		return outcome.status === 'rolled-back' || outcome.status === 'resolved' ? 0 : 1;
	}
	const listing = await listing_(ctx, s);
	if (!listing) return 1;
	if (json) {
		// The contract of schemas/journal.schema.json: snake_case, with version 1's first camelCase names kept, deprecated.
		// Its sentences are rendered in the language asked for; the message keys behind them
		// (`text`) are for views, not part of the contract.
		const strip = ({text: _text, ...entry}: EntrySummary) => entry;
		const shown = {...listing, entries: listing.entries.map(strip), pending: listing.pending.map((p) => ({...p, entry: strip(p.entry)}))};
		io.stdout.write(JSON.stringify(snakeKeys({schema_version: JOURNAL_JSON_VERSION, ...shown}, {legacy: true}), null, 2) + '\n');
		return 0;
	}
	io.stdout.write(journalText(t, listing, TOOL_NAME));
	return 0;
}
