import type {Change} from '../../model/fix.js';
import {ANY_PROGRAM, fileFact} from '../../facts/reads.js';
import {stepError} from './tools.js';
import {planned, swapped, type Handler} from './types.js';

/**
 * A folder a setting needs (a dedicated GOTMPDIR). Created with its parents; undo removes
 * it again, but only while it is empty: anything put in it since is the user's.
 */

type DirectoryChange = Extract<Change, {kind: 'directory'}>;

export const directoryHandler: Handler<DirectoryChange> = {
	admin: () => false,
	// The folder, and any program that may use it (go with a GOTMPDIR there).
	touches: (change, sys) => [fileFact(sys, change.path), ANY_PROGRAM],
	async check() {
		return [];
	},
	async read({change}, ctx) {
		const info = await ctx.sys.stat(change.path);
		const exists = info?.kind === 'dir';
		const now = exists ? ctx.t('fixes.value.folderExists') : ctx.t('fixes.value.noFolder');
		if (info && !exists) return {where: 'other', now: ctx.t('fixes.value.notAFolder')};
		if (exists === change.after.exists) return {where: 'after', now};
		return {where: exists === change.before.exists ? 'before' : 'other', now};
	},
	async apply({change}, ctx) {
		if (change.after.exists) {
			await ctx.sys.mkdir(change.path);
			return;
		}
		const entries = await ctx.sys.readdir(change.path);
		if (entries === null) return;
		if (entries.length > 0) throw stepError(ctx.t, 'fixes.error.folderNotEmpty', {path: change.path}, {nothingWritten: true});
		await ctx.sys.remove(change.path);
	},
	invert(op) {
		return [planned(swapped(op.change), false)];
	},
	view({change}, t) {
		const show = (exists: boolean) => (exists ? t('fixes.value.folderExists') : t('fixes.value.noFolder'));
		return {
			kind: 'directory',
			target: {type: 'file', path: change.path},
			label: change.path,
			before: show(change.before.exists),
			after: show(change.after.exists),
			needsAdmin: false,
			reversible: true,
			backup: false,
		};
	},
};
