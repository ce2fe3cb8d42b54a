import type {Translator} from '../../i18n/index.js';
import {ANY_PROGRAM, fileFact} from '../../facts/reads.js';
import type {FileState} from '../../journal/schema.js';
import type {Change} from '../../model/fix.js';
import {diffLines, textLines} from '../diff.js';
import {digestOf, readState, removeEmptyFolders, restoreAtomic, sameState, stateOf, takeBackup, writeAtomic} from '../files.js';
import {stepError} from './tools.js';
import {planned, type Handler} from './types.js';

/**
 * A whole file (`.gitattributes`, a renormalised go.sum): written atomically after a backup
 * copy is taken. The journal keeps digests, never contents; undo copies the backup back.
 */

type FileChange = Extract<Change, {kind: 'file'}>;

const contentState = (side: FileChange['before']): FileState | undefined =>
	!side.exists ? {exists: false} : side.content === undefined ? undefined : {exists: true, ...digestOf(side.content)};

function showFileState(state: FileState | undefined, t: Translator): string {
	if (!state) return '?';
	return state.exists ? t('fixes.value.bytes', {size: state.size, sha: state.sha256.slice(0, 12)}) : t('fixes.value.noFile');
}

/** A text's lines as a diff shows them; with `crs`, split at \n only and each CR shown as `\r`. */
function shownLines(content: string, crs: boolean): string[] {
	if (!crs) return textLines(content);
	const lines = content.split('\n');
	if (lines.at(-1) === '') lines.pop();
	return lines.map((line) => line.replace(/\r/g, '\\r'));
}

export const fileHandler: Handler<FileChange> = {
	admin: () => false,
	// The file, and any program that may read it (git a .gitattributes, go its env file or a go.sum).
	touches: (change, sys) => [fileFact(sys, change.path), ANY_PROGRAM],
	async prepare(op) {
		const before = contentState(op.change.before);
		const after = contentState(op.change.after);
		return before && after ? {...op, stored: {...op.stored, expect: {before, after}}} : op;
	},
	async check({change, stored}, ctx) {
		if (change.after.exists && change.after.content === undefined && !stored.restoreFrom) return [ctx.t('fixes.blocker.noContent', {file: change.path})];
		return [];
	},
	async read(op, ctx) {
		const state = await readState(ctx.sys, op.change.path);
		const now = showFileState(state, ctx.t);
		const {expect} = op.stored;
		if (!expect) return {where: 'other', now};
		return {where: sameState(state, expect.after) ? 'after' : sameState(state, expect.before) ? 'before' : 'other', now};
	},
	async apply(op, ctx) {
		const {change, stored} = op;
		stored.backup = await takeBackup(ctx, op.index, change.path);
		await ctx.checkpoint(op);
		if (change.after.exists && change.after.content !== undefined) await writeAtomic(ctx, change.path, change.after.content);
		else if (change.after.exists && stored.restoreFrom) await restoreAtomic(ctx, stored.restoreFrom, change.path);
		else if (change.after.exists) throw stepError(ctx.t, 'fixes.error.noBackup', {file: change.path}, {nothingWritten: true});
		else {
			await ctx.sys.remove(change.path);
			await removeEmptyFolders(ctx.sys, stored.createdFolders);
		}
		stored.afterDigest = await ctx.sys.fileDigest(change.path);
	},
	invert(op) {
		const {change, stored} = op;
		const backup = stored.backup;
		if (!backup) return [];
		const inverse: FileChange = {kind: 'file', path: change.path, before: {exists: change.after.exists}, after: {exists: backup.exists}};
		return [
			planned(inverse, false, {
				...(backup.exists ? {restoreFrom: backup.path} : {}),
				expect: {before: stateOf(stored.afterDigest), after: stateOf(backup.exists ? backup.digest : null)},
			}),
		];
	},
	view(op, t) {
		const {change, stored} = op;
		const {before, after} = change;
		const text = before.content !== undefined || after.content !== undefined;
		// When either side has a CR (a CRLF file), the lines show it: the change may be only that.
		const crs = /\r/.test(before.content ?? '') || /\r/.test(after.content ?? '');
		return {
			kind: 'file',
			target: {type: 'file', path: change.path},
			label: change.path,
			before: showFileState(stored.expect?.before ?? contentState(before), t),
			after: showFileState(stored.expect?.after ?? contentState(after), t),
			...(text ? {diff: diffLines(shownLines(before.content ?? '', crs), shownLines(after.content ?? '', crs))} : {}),
			needsAdmin: false,
			reversible: true,
			backup: true,
		};
	},
};
