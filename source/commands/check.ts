import {exitCodeFor} from '../model/status.js';
import {colorWanted} from '../report/ansi.js';
import {jsonReport} from '../report/json.js';
import {reportMeta} from '../report/meta.js';
import {textReport} from '../report/text.js';
import {fromHeader, fromJson} from '../snapshot/from.js';
import {FROM_OPTION, prepareFrom} from './from-option.js';
import {checkIds, parseOnly, runChecks} from './run-checks.js';
import {suppressionsForCommand} from '../suppressions/conf-store.js';
import {countedStatuses} from '../suppressions/suppressions.js';
import type {Command, CommandContext} from './types.js';

export const CHECK_OPTIONS = {
	json: {type: 'boolean'},
	offline: {type: 'boolean'},
	strict: {type: 'boolean'},
	only: {type: 'string'},
	verbose: {type: 'boolean'},
	from: FROM_OPTION,
} as const;

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
	if (json) {
		ctx.io.stdout.write(JSON.stringify({...jsonReport(findings, meta, {suppressions, now}), ...(replay ? {from: fromJson(replay.from)} : {})}, null, 2) + '\n');
	} else {
		if (replay) ctx.io.stdout.write(fromHeader(replay.from, t) + '\n\n');
		ctx.io.stdout.write(textReport(findings, meta, t, {color: colorWanted(ctx.io.stdout, ctx.io.env), verbose: ctx.values.verbose === true, suppressions, now}));
	}
	// Suppressed findings do not count.
	return exitCodeFor(countedStatuses(findings, suppressions, now), ctx.values.strict === true);
}

export function validateOnly(ctx: CommandContext): string | undefined {
	const {unknown} = parseOnly(ctx.values.only);
	return unknown ? ctx.t('cli.usage.unknownCheck', {id: unknown, ids: checkIds().join(', ')}) : undefined;
}

export const checkCommand: Command = {
	name: 'check',
	help: 'cli.help.check',
	options: CHECK_OPTIONS,
	validate: validateOnly,
	run: printReport,
};
