import type {Change} from '../../model/fix.js';
import {programFact} from '../../facts/reads.js';
import {stepError} from './tools.js';
import {planned, type Handler} from './types.js';

/**
 * A Microsoft Defender path exclusion. Reading or changing exclusions needs admin, so it
 * only ever runs in the elevated script, which checks the list itself: adding one that is
 * already there changes nothing (and undo will not remove it).
 */

type DefenderChange = Extract<Change, {kind: 'defender-exclusion'}>;

export const defenderHandler: Handler<DefenderChange> = {
	admin: () => true,
	// Exclusions are read by the run's one PowerShell batch.
	touches: () => [programFact('powershell')],
	async check(_op, ctx) {
		return ctx.sys.platform === 'win32' ? [] : [ctx.t('fixes.blocker.windowsOnly')];
	},
	async read(_op, ctx) {
		return {where: 'unknown', now: ctx.t('fixes.value.needsAdmin')};
	},
	async apply(_op, ctx) {
		throw stepError(ctx.t, 'fixes.error.adminOnly', undefined, {nothingWritten: true});
	},
	invert(op) {
		if (op.stored.noop) return [];
		return [planned({...op.change, action: op.change.action === 'add' ? 'remove' : 'add'}, true)];
	},
	elevated: (op, force) => ({index: op.index, kind: 'defender', path: op.change.path, action: op.change.action, force}),
	view(op, t) {
		const {change} = op;
		const absent = t('fixes.value.absent');
		return {
			kind: 'defender-exclusion',
			target: {type: 'defender', path: change.path},
			label: t('fixes.label.defender', {path: change.path}),
			before: change.action === 'add' ? absent : change.path,
			after: change.action === 'add' ? change.path : absent,
			needsAdmin: true,
			reversible: true,
			backup: false,
		};
	},
};
