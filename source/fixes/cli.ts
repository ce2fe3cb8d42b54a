import {createInterface} from 'node:readline/promises';
import type {CommandContext} from '../commands/types.js';
import {Interrupted} from '../commands/interrupted.js';
import {runChecks} from '../commands/run-checks.js';
import {createTranslator} from '../i18n/index.js';
import {defaultShell} from '../shell/syntax.js';
import {TOOL_NAME} from '../version.js';
import {snakeKeys} from '../report/json-names.js';
import {alignColumns} from '../layout/columns.js';
import type {Fix} from '../model/fix.js';
import {applyFix, Journal, listJournal, previewFix, previewUndo, recoverEntry, undoEntry} from './index.js';
import type {ChangeView, FixServices, ProgressEvent} from './types.js';
import {applyOutcomeText, conflictLines, journalText, pendingNotice, previewText, progressLine, undoOutcomeText, undoPreviewText} from './text.js';

/**
 * The `fix`, `undo` and `journal` commands. They use the fixes API exactly as the screens
 * do. Without --yes and without a terminal to ask in, they print what they would do and
 * exit 2.
 */

/** The services, and the signal that stopped a re-run of the checks (Ctrl+C, SIGTERM), if one did. */
function services(ctx: CommandContext): FixServices & {stopped: () => Interrupted | undefined} {
	let stopped: Interrupted | undefined;
	return {
		sys: ctx.sys,
		t: ctx.t,
		journal: new Journal(),
		rerun: async (ids) => {
			try {
				return (await runChecks(ctx, {json: false, only: ids, offline: false})).findings;
			} catch (error) {
				if (error instanceof Interrupted) stopped ??= error;
				throw error;
			}
		},
		stopped: () => stopped,
	};
}

/** `journal --json`'s schema_version (schemas/journal.schema.json); not the journal file's own. */
const JOURNAL_JSON_VERSION = 1;

const canAsk = (ctx: CommandContext) => Boolean(ctx.io.stdin.isTTY) && Boolean(ctx.io.stdout.isTTY);

/** The line typed; Ctrl+C or Ctrl+D at the prompt (readline aborts) answers "no" (''). */
async function ask(ctx: CommandContext, question: string): Promise<string> {
	const rl = createInterface({input: ctx.io.stdin, output: ctx.io.stdout});
	try {
		return (await rl.question(question)).trim();
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
 * Runs a step that changes the machine. A first Ctrl+C does not cut it in half: the step
 * finishes (or rolls back) on its own. A second one stops the process; the entry then stays
 * pending and the next start offers to roll it back.
 */
async function uninterrupted<T>(ctx: CommandContext, step: () => Promise<T>): Promise<{value: T; interrupted: boolean}> {
	let asked = false;
	const onInterrupt = () => {
		if (asked) process.exit(130);
		asked = true;
		ctx.io.stderr.write(ctx.t('fixes.cli.finishing') + '\n');
	};
	// The journal's libraries hook SIGINT too, and one of them (when-exit, under conf) sends
	// the signal to this process again: a first Ctrl+C would read as the second and stop the
	// step half-way. While the step runs, SIGINT is ours (and the re-run's, which listens
	// after us); their clean-up still runs on exit. They get it back afterwards.
	const others = process.rawListeners('SIGINT') as Array<(...args: unknown[]) => void>;
	process.removeAllListeners('SIGINT');
	process.on('SIGINT', onInterrupt);
	try {
		return {value: await step(), interrupted: asked};
	} finally {
		process.off('SIGINT', onInterrupt);
		for (const listener of others) process.on('SIGINT', listener);
	}
}

/**
 * The exit code of a step that was asked to stop: the change was finished (or rolled back)
 * and told; the process still ends as a stopped one does (130 for Ctrl+C, 143 for SIGTERM).
 */
function stoppedCode(s: {stopped: () => Interrupted | undefined}, interrupted: boolean): number | undefined {
	return s.stopped()?.exitCode ?? (interrupted ? new Interrupted('SIGINT').exitCode : undefined);
}

/** Tells about fixes a crash left half done (on stderr, so JSON on stdout stays clean). */
async function warnPending(ctx: CommandContext, s: FixServices): Promise<void> {
	try {
		const listing = await listJournal(s);
		if (listing.pending.length > 0) ctx.io.stderr.write(pendingNotice(ctx.t, listing.pending, TOOL_NAME));
		for (const notice of s.journal!.notices()) ctx.io.stderr.write(ctx.t('fixes.notice.corrupt', {at: notice.at, movedTo: notice.movedTo, reason: notice.reason}) + '\n');
	} catch (error) {
		ctx.io.stderr.write(ctx.t('fixes.refused.journal', {message: error instanceof Error ? error.message : String(error)}) + '\n');
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
		for (const fix of finding.fixes) io.stdout.write('\n' + previewText(t, await previewFix(s, finding, fix.id), shell));
		return 0;
	}
	const preview = await previewFix(s, finding, fixId);
	io.stdout.write(previewText(t, preview, shell));
	// Without --fix the first fix is the one offered: the others are named, never left unsaid.
	if (several) io.stdout.write(otherFixesText(t, finding.id, finding.fixes));
	if (ctx.values['dry-run'] === true) return 0;
	if (preview.blockers.length > 0) return 1;

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
	const {value: outcome, interrupted} = await uninterrupted(ctx, () => applyFix(s, preview, {confirmIrreversible, onProgress: printer(ctx, () => preview.views)}));
	io.stdout.write(applyOutcomeText(t, outcome, finding.id));
	// 0 means the fix did what it said; whether the check is now clean is printed (and is
	// what `check` exits on): something else may set the same value.
	return stoppedCode(s, interrupted) ?? (outcome.status === 'applied' ? 0 : 1);
}

function otherFixesText(t: CommandContext['t'], id: string, fixes: readonly Fix[]): string {
	const rows = alignColumns(fixes.slice(1).map((fix) => [fix.id, fix.title]));
	return [t('fixes.cli.otherFixes', {id, count: fixes.length}), ...rows.map((row) => `  ${row}`)].join('\n') + '\n';
}

function entryArgument(ctx: CommandContext): number | 'last' | undefined {
	const raw = ctx.positionals[0];
	if (raw === undefined) return 'last';
	return /^\d+$/.test(raw) ? Number(raw) : undefined;
}

export async function runUndo(ctx: CommandContext): Promise<number> {
	const {t, io} = ctx;
	const id = entryArgument(ctx)!;
	const s = services(ctx);
	await warnPending(ctx, s);
	const preview = await previewUndo(s, id);
	if (!preview) {
		io.stderr.write(`${TOOL_NAME}: ${id === 'last' ? t('fixes.refused.noLast') : t('fixes.refused.noEntry', {id})}\n`);
		return 1;
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
	const {value: outcome, interrupted} = await uninterrupted(ctx, () => undoEntry(s, preview.entry.id, {force, onProgress: printer(ctx, () => preview.views)}));
	io.stdout.write(undoOutcomeText(t, outcome));
	return stoppedCode(s, interrupted) ?? (outcome.status === 'undone' ? 0 : 1);
}

export async function runJournal(ctx: CommandContext): Promise<number> {
	const {io} = ctx;
	const json = ctx.values.json === true;
	const t = json && !ctx.langExplicit ? createTranslator('en') : ctx.t;
	const s = {...services(ctx), t};
	const rollback = typeof ctx.values.rollback === 'string' ? Number(ctx.values.rollback) : undefined;
	const resolve = typeof ctx.values.resolve === 'string' ? Number(ctx.values.resolve) : undefined;
	if (rollback !== undefined || resolve !== undefined) {
		const id = (rollback ?? resolve)!;
		const action = rollback !== undefined ? 'rollback' : 'mark-resolved';
		const listing = await listJournal(s);
		const pending = listing.pending.find((p) => p.entry.id === id);
		if (!pending) {
			io.stderr.write(`${TOOL_NAME}: ${t('fixes.refused.notPending', {id})}\n`);
			return 1;
		}
		io.stdout.write(journalText(t, {...listing, entries: [], notices: [], pending: [pending]}, TOOL_NAME));
		const answer = await confirmed(ctx, t(action === 'rollback' ? 'fixes.cli.rollback' : 'fixes.cli.resolve', {id}));
		if (answer === 'cannot-ask') {
			io.stderr.write(t('fixes.cli.needYes', {command: `${TOOL_NAME} journal --${action === 'rollback' ? 'rollback' : 'resolve'} ${id}${ctx.values.force === true ? ' --force' : ''} --yes`}) + '\n');
			return 2;
		}
		if (answer === 'no') return 1;
		const {value: outcome, interrupted} = await uninterrupted(ctx, () => recoverEntry(s, id, action, {force: ctx.values.force === true, onProgress: printer(ctx, () => pending.entry.views)}));
		if (outcome.status === 'conflict') io.stdout.write([t('fixes.outcome.conflict', {id}), ...conflictLines(t, outcome.conflicts), t('fixes.outcome.forceHint')].join('\n') + '\n');
		else io.stdout.write(t(`fixes.recovery.${outcome.status}`, {id, reason: outcome.refusal?.message ?? outcome.error ?? ''}) + '\n');
		return stoppedCode(s, interrupted) ?? (outcome.status === 'rolled-back' || outcome.status === 'resolved' ? 0 : 1);
	}
	const listing = await listJournal(s);
	if (json) {
		// The contract of schemas/journal.schema.json: snake_case, with version 1's first camelCase names kept, deprecated.
		io.stdout.write(JSON.stringify(snakeKeys({schema_version: JOURNAL_JSON_VERSION, ...listing}, {legacy: true}), null, 2) + '\n');
		return 0;
	}
	io.stdout.write(journalText(t, listing, TOOL_NAME));
	return 0;
}
