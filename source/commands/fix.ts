import type {Command} from './types.js';

/** `fix <finding> [--fix <fix-id>] [--yes] [--dry-run]`: preview, confirm, apply, verify. */
export const fixCommand: Command = {
	name: 'fix',
	help: 'fixes.help.fix',
	options: {
		fix: {type: 'string'},
		yes: {type: 'boolean', short: 'y'},
		'dry-run': {type: 'boolean'},
		'accept-irreversible': {type: 'boolean'},
	},
	maxPositionals: 1,
	async validate(ctx) {
		const {checkIds} = await import('./run-checks.js');
		const id = ctx.positionals[0];
		if (id === undefined) return ctx.t('fixes.cli.needFinding', {ids: checkIds().join(', ')});
		if (!checkIds().includes(id)) return ctx.t('cli.usage.unknownCheck', {id, ids: checkIds().join(', ')});
		return undefined;
	},
	async run(ctx) {
		// The fixes and the journal (conf) load only when a fix is asked for.
		const {runFix} = await import('./fixes.js');
		return runFix(ctx);
	},
};
