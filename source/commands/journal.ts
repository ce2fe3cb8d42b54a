import {parseEntryNumber} from './entry-number.js';
import type {Command} from './types.js';

/** `journal [--json]`, and settling an entry a crash left pending (`--rollback` / `--resolve`). */
export const journalCommand: Command = {
	name: 'journal',
	help: 'fixes.help.journal',
	options: {
		json: {type: 'boolean'},
		rollback: {type: 'string'},
		resolve: {type: 'string'},
		yes: {type: 'boolean', short: 'y'},
		force: {type: 'boolean'},
	},
	validate(ctx) {
		const {rollback, resolve} = ctx.values;
		if (rollback !== undefined && resolve !== undefined) return ctx.t('fixes.cli.rollbackOrResolve');
		for (const value of [rollback, resolve]) if (typeof value === 'string' && parseEntryNumber(value) === undefined) return ctx.t('fixes.cli.badEntry', {entry: value});
		return undefined;
	},
	async run(ctx) {
		const {runJournal} = await import('./fixes.js');
		return runJournal(ctx);
	},
};
