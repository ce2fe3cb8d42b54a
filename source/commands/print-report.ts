import os from 'node:os';
import {readInterrupted} from '../journal/pending.js';
import {exitCodeFor} from '../model/status.js';
import {colorWanted} from '../report/ansi.js';
import {jsonReport} from '../report/json.js';
import {reportMeta} from '../report/meta.js';
import {prepareFrom} from './from-option.js';
import {parseOnly, runChecks} from './run-checks.js';
import {suppressionsForCommand} from './user-suppressions.js';
import {countedStatuses} from '../suppressions/suppressions.js';
import type {CommandContext} from '../command-context.js';

/** Prints the report of every check and returns the exit code (0 fine, 1 errors). */
export async function printReport(ctx: CommandContext): Promise<number> {
	const json = ctx.values.json === true;
	const {ids} = parseOnly(ctx.values.only);
	const replay = await prepareFrom(ctx);
	if (replay && 'exitCode' in replay) return replay.exitCode;
	const {findings, elapsedMs, t} = await runChecks(replay?.ctx ?? ctx, {json, only: ids, offline: ctx.values.offline === true, probes: replay?.probes});
	const meta = reportMeta(replay?.ctx.sys ?? ctx.sys, t.lang, elapsedMs);
	// Suppressions belong to this machine; a snapshot of another one is shown as it is.
	const {suppressions, now} = replay ? {suppressions: new Map(), now: new Date()} : await suppressionsForCommand(ctx);
	// So do fixes left half done: a log (CI, a support request) must show them as the checklist does.
	const interrupted = replay ? undefined : await readInterrupted(ctx.sys, {hostname: os.hostname()}).catch(() => []);
	// What only one of the reports needs (the text layout, a snapshot's header) loads only for it.
	const from = replay && {source: replay.from, ...(await import('../snapshot/from.js'))};
	if (json) {
		ctx.io.stdout.write(JSON.stringify({...jsonReport(findings, meta, {suppressions, now, ...(interrupted ? {interrupted} : {})}), ...(from ? {from: from.fromJson(from.source)} : {})}, null, 2) + '\n');
	} else {
		const {textReport} = await import('../report/text.js');
		if (from) ctx.io.stdout.write(from.fromHeader(from.source, t) + '\n\n');
		ctx.io.stdout.write(textReport(findings, meta, t, {color: colorWanted(ctx.io.stdout, ctx.io.env), verbose: ctx.values.verbose === true, suppressions, now, ...(interrupted ? {interrupted} : {})}));
	}
	// Suppressed findings do not count.
	return exitCodeFor(countedStatuses(findings, suppressions, now), ctx.values.strict === true);
}
