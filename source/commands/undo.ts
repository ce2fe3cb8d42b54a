import {parseEntryNumber} from './entry-number.js';
import type {Command} from './types.js';

/** `undo [<entry> | --last] [--yes] [--force]`: takes a journal entry back. */
export const undoCommand: Command = {
	name: 'undo',
	help: 'fixes.help.undo',
	options: {
		last: {type: 'boolean'},
		yes: {type: 'boolean', short: 'y'},
		force: {type: 'boolean'},
	},
	maxPositionals: 1,
	validate(ctx) {
		const entry = ctx.positionals[0];
		if (entry !== undefined && ctx.values.last === true) return ctx.t('fixes.cli.entryOrLast');
		if (entry !== undefined && parseEntryNumber(entry) === undefined) return ctx.t('fixes.cli.badEntry', {entry});
		return undefined;
	},
	async run(ctx) {
		const {runUndo} = await import('./fixes.js');
		return runUndo(ctx);
	},
};
