import {FROM_OPTION} from './from-option.js';
import type {CommandContext} from '../command-context.js';
import type {Command} from './types.js';

export const CHECK_OPTIONS = {
	json: {type: 'boolean'},
	offline: {type: 'boolean'},
	strict: {type: 'boolean'},
	only: {type: 'string'},
	verbose: {type: 'boolean'},
	from: FROM_OPTION,
} as const;

export async function validateOnly(ctx: CommandContext): Promise<string | undefined> {
	const {checkIds, parseOnly} = await import('./run-checks.js');
	const {ids, unknown} = parseOnly(ctx.values.only);
	// An empty list (an unset variable in a CI script) would check nothing and pass.
	if (ids?.length === 0) return ctx.t('cli.usage.onlyEmpty', {ids: checkIds().join(', ')});
	return unknown ? ctx.t('cli.usage.unknownCheck', {id: unknown, ids: checkIds().join(', ')}) : undefined;
}

export const checkCommand: Command = {
	name: 'check',
	help: 'cli.help.check',
	options: CHECK_OPTIONS,
	validate: validateOnly,
	// The checks, the engine and the reports load only when a command runs them.
	run: async (ctx) => (await import('./print-report.js')).printReport(ctx),
};
