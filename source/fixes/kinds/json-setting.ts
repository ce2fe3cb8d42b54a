import {withNote, type Translator} from '../../i18n/index.js';
import {isAbsent} from '../../system/types.js';
import {readReason} from '../../i18n/read-reason.js';
import {editAt, parseJsonc, rawAt} from '../../facts/jsonc.js';
import {fileFact} from '../../facts/reads.js';
import type {Change} from '../../model/fix.js';
import {backupRestore, digestOf, readState, restoreAtomic, sameState, takeBackup, writeAtomic} from '../files.js';
import {FixStepError} from './tools.js';
import {planned, swapped, type Handler, type Op} from './types.js';

/**
 * One key of an editor's settings file (JSON with comments), set, removed or added back in
 * place (source/facts/jsonc.ts): the rest of the file keeps every byte, comments, trailing
 * commas and line ends included. The file is backed up first and written atomically.
 *
 * Undo puts the backup back byte for byte while the file is still exactly what we wrote;
 * when it was edited since, undo works on the key alone, and refuses (unless forced) when the
 * key no longer holds what we wrote.
 */

type JsonChange = Extract<Change, {kind: 'json-setting'}>;

const keyText = (path: readonly string[]) => path.join(' → ');

function shown(raw: string | null, t: Translator): string {
	return raw ?? t('fixes.value.absent');
}

export const jsonSettingHandler: Handler<JsonChange> = {
	admin: () => false,
	// The settings file only: editors read it, and so does editor-go; no program of ours runs on it.
	touches: (change, sys) => [fileFact(sys, change.file)],
	async check({change}, ctx) {
		const answer = await ctx.sys.readText(change.file);
		// There but unreadable (EACCES, EISDIR, EIO…) is not "no such file": say why, in words.
		if (!answer.ok && !isAbsent(answer.code)) return [ctx.t('fixes.blocker.fileUnreadable', {file: change.file, reason: readReason(ctx.t, answer.code)})];
		const text = answer.ok ? answer.value : null;
		if (text === null) return change.before.raw === null && change.after.raw === null ? [] : [ctx.t('fixes.blocker.noFile', {file: change.file})];
		const parsed = parseJsonc(text);
		if (!parsed.ok) return [ctx.t('fixes.blocker.notJsonc', {file: change.file, line: parsed.line, error: parsed.error})];
		// Text that does not come back as the same bytes (not UTF-8) would be changed everywhere by a write.
		const digest = await ctx.sys.fileDigest(change.file);
		const decoded = digestOf(text);
		if (digest && (digest.sha256 !== decoded.sha256 || digest.size !== decoded.size)) return [ctx.t('fixes.blocker.notUtf8', {file: change.file})];
		return [];
	},
	async read(op, ctx) {
		const {change, stored} = op;
		const text = await ctx.sys.readFile(change.file);
		const now = text === null ? ctx.t('fixes.value.noFile') : shown(rawAt(text, change.path), ctx.t);
		if (stored.expect) {
			const state = await readState(ctx.sys, change.file);
			if (sameState(state, stored.expect.after)) return {where: 'after', now};
			if (sameState(state, stored.expect.before)) return {where: 'before', now};
		}
		if (text === null) return {where: 'other', now};
		const parsed = parseJsonc(text);
		if (!parsed.ok) return {where: 'other', now: ctx.t('fixes.value.notJsonc')};
		const raw = rawAt(text, change.path);
		if (raw === change.after.raw) return {where: 'after', now};
		if (raw === change.before.raw) return {where: 'before', now};
		return {where: 'other', now};
	},
	async apply(op, ctx) {
		const {change, stored} = op;
		const answer = await ctx.sys.readText(change.file);
		if (!answer.ok && !isAbsent(answer.code)) throw new FixStepError(ctx.t('fixes.blocker.fileUnreadable', {file: change.file, reason: readReason(ctx.t, answer.code)}));
		const text = answer.ok ? answer.value : null;
		if (text === null) throw new FixStepError(ctx.t('fixes.blocker.noFile', {file: change.file}));
		const state = await readState(ctx.sys, change.file);
		stored.backup = await takeBackup(ctx, op.index, change.file);
		await ctx.checkpoint(op);
		if (stored.expect && sameState(state, stored.expect.before) && stored.restoreFrom) {
			// Still exactly what the other entry wrote: its backup goes back, byte for byte.
			await restoreAtomic(ctx, stored.restoreFrom, change.file);
		} else {
			let edited: string;
			try {
				edited = editAt(text, change.path, change.after.raw);
			} catch (error) {
				throw new FixStepError(ctx.t('fixes.error.jsonEdit', {file: change.file, key: keyText(change.path), detail: error instanceof Error ? error.message : String(error)}));
			}
			await writeAtomic(ctx, change.file, edited);
		}
		stored.afterDigest = await ctx.sys.fileDigest(change.file);
	},
	invert(op: Op<JsonChange>) {
		const {stored} = op;
		return [
			planned(swapped(op.change), false, {
				...backupRestore(stored),
			}),
		];
	},
	view(op, t) {
		const {change} = op;
		const key = keyText(change.path);
		const member = (raw: string | null) => `${JSON.stringify(change.path.at(-1))}: ${raw}`;
		return {
			kind: 'json-setting',
			target: {type: 'file', path: change.file},
			label: withNote(t, change.file, key),
			before: shown(change.before.raw, t),
			after: shown(change.after.raw, t),
			diff: [...(change.before.raw === null ? [] : [{op: '-' as const, text: member(change.before.raw)}]), ...(change.after.raw === null ? [] : [{op: '+' as const, text: member(change.after.raw)}])],
			needsAdmin: false,
			reversible: true,
			backup: true,
		};
	},
};
