import {exitCodeFor} from '../model/status.js';
import {colorWanted} from '../report/ansi.js';
import {jsonReport} from '../report/json.js';
import {reportMeta} from '../report/meta.js';
import {textReport} from '../report/text.js';
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
} as const;

/** Prints the report of every check and returns the exit code (0 fine, 1 errors). */
export async function printReport(ctx: CommandContext): Promise<number> {
	const json = ctx.values.json === true;
	const {ids} = parseOnly(ctx.values.only);
	const {findings, elapsedMs, t} = await runChecks(ctx, {json, only: ids, offline: ctx.values.offline === true});
	const meta = reportMeta(ctx.sys, t.lang, elapsedMs);
	const {suppressions, now} = await suppressionsForCommand(ctx);
	if (json) ctx.io.stdout.write(JSON.stringify(jsonReport(findings, meta, {suppressions, now}), null, 2) + '\n');
	else ctx.io.stdout.write(textReport(findings, meta, t, {color: colorWanted(ctx.io.stdout, ctx.io.env), verbose: ctx.values.verbose === true, suppressions, now}));
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
