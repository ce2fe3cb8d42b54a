import {withNote, type Translator} from '../../i18n/index.js';
import type {Change} from '../../model/fix.js';
import {fileFact} from '../../facts/reads.js';
import {backupRestore, readState, restoreAtomic, sameState, takeBackup, writeAtomic} from '../files.js';
import {stepError} from './tools.js';
import {isAbsent} from '../../system/types.js';
import {readReason} from '../../i18n/read-reason.js';
import {planned, type Handler, type Op} from './types.js';
import type {LineEdit} from '../../journal/schema.js';

/**
 * One line of a Unix shell profile (`export GO111MODULE=off` in ~/.bashrc): removed,
 * replaced, or added. A new line with no position goes into a managed block, marked so a
 * person can see who wrote it. The file is backed up before it is written and written
 * atomically; every other line keeps its bytes, line ends included.
 *
 * Undo puts the backup back byte for byte when the file is still exactly what we wrote. When
 * it was edited since (or a kill came before the digest was recorded), undo takes back the
 * exact edit the journal recorded, lines and line ends, and nothing else; it refuses, having
 * written nothing, when the lines it wrote are no longer there.
 */

type ProfileChange = Extract<Change, {kind: 'profile-line'}>;

export const BLOCK_BEGIN = '# >>> goenv-tui >>>';
export const BLOCK_END = '# <<< goenv-tui <<<';

interface Line {
	text: string;
	/** The line end as it was: `\n`, `\r\n`, or '' for a last line without one. */
	end: string;
}

function parse(content: string): Line[] {
	const lines: Line[] = [];
	const pattern = /([^\n]*?)(\r?\n|$)/gy;
	let match: RegExpExecArray | null;
	while (pattern.lastIndex < content.length && (match = pattern.exec(content))) lines.push({text: match[1]!, end: match[2]!});
	return lines;
}

const join = (lines: readonly Line[]) => lines.map((line) => line.text + line.end).join('');

/** The line end most lines use (`\n` for an empty file). */
const eolOf = (lines: readonly Line[]) => (lines.filter((l) => l.end === '\r\n').length > lines.filter((l) => l.end === '\n').length ? '\r\n' : '\n');

function blockRange(lines: readonly Line[]): {begin: number; end: number} | null {
	const begin = lines.findIndex((line) => line.text === BLOCK_BEGIN);
	if (begin < 0) return null;
	const end = lines.findIndex((line, i) => i > begin && line.text === BLOCK_END);
	return end < 0 ? null : {begin, end};
}

/** Where a line is: at its recorded line number, else the only line with that text (inside our block first). */
function locate(lines: readonly Line[], text: string, lineNumber: number | undefined): number | 'none' | 'ambiguous' {
	if (lineNumber !== undefined && lines[lineNumber - 1]?.text === text) return lineNumber - 1;
	const block = blockRange(lines);
	const hits = lines.flatMap((line, i) => (line.text === text ? [i] : []));
	const inBlock = block ? hits.filter((i) => i > block.begin && i < block.end) : [];
	if (inBlock.length === 1 && lineNumber === undefined) return inBlock[0]!;
	if (hits.length === 1) return hits[0]!;
	return hits.length === 0 ? 'none' : 'ambiguous';
}

const has = (lines: readonly Line[], text: string) => lines.some((line) => line.text === text);

/** Does the file hold this side of the change (its line present, the other side's line gone)? */
function holds(lines: readonly Line[], side: string | null, other: string | null): boolean {
	if (side !== null && !has(lines, side)) return false;
	return other === null || other === side || !has(lines, other);
}

/** The file with the change made, line by line. Throws when the line to change is not there. */
export function editLines(content: string, change: ProfileChange, t: Translator): string {
	return planEdit(content, change, t).content;
}

/**
 * The change as one exact edit of the file's lines (what was at `index`, what goes there, and
 * the end of the line before it when a line is added after a last line without one), and
 * the file with it made. The edit is what the journal keeps: taking the change back undoes
 * this edit and nothing else, whatever else changed in the file since. Throws, before
 * anything is written, when the line to change is not there.
 */
export function planEdit(content: string, change: ProfileChange, t: Translator): {content: string; edit: LineEdit} {
	const lines = parse(content);
	const eol = eolOf(lines);
	const {before, after} = change;
	if (before.line !== null) {
		const at = locate(lines, before.line, before.lineNumber);
		if (at === 'none') throw stepError(t, 'fixes.error.lineMissing', {line: before.line, file: change.file}, {nothingWritten: true});
		if (at === 'ambiguous') throw stepError(t, 'fixes.error.lineAmbiguous', {line: before.line, file: change.file}, {nothingWritten: true});
		if (after.line !== null) return made(lines, {index: at, removed: [lines[at]!], inserted: [{text: after.line, end: lines[at]!.end}]});
		// A managed block left empty goes too.
		const block = blockRange(lines);
		if (block && block.begin === at - 1 && block.end === at + 1) return made(lines, {index: at - 1, removed: lines.slice(at - 1, at + 2), inserted: []});
		return made(lines, {index: at, removed: [lines[at]!], inserted: []});
	}
	if (after.line === null) return {content, edit: {index: 0, removed: [], inserted: []}};
	const line = {text: after.line, end: eol};
	const block = blockRange(lines);
	const [index, inserted] =
		before.lineNumber !== undefined
			? [Math.min(before.lineNumber - 1, lines.length), [line]]
			: block
				? [block.end, [line]]
				: [lines.length, [...(lines.length > 0 && lines.at(-1)!.text.trim() !== '' ? [{text: '', end: eol}] : []), {text: BLOCK_BEGIN, end: eol}, line, {text: BLOCK_END, end: eol}]];
	// A line added after a last line that had no end gives that line one.
	const last = lines.at(-1);
	const endBefore = index === lines.length && last && last.end === '' ? {from: '', to: eol} : undefined;
	return made(lines, {index, removed: [], inserted, ...(endBefore ? {endBefore} : {})});
}

/** The lines with an edit made. */
function made(lines: readonly Line[], edit: LineEdit): {content: string; edit: LineEdit} {
	const out = lines.map((line) => ({...line}));
	if (edit.endBefore && edit.index > 0) out[edit.index - 1]!.end = edit.endBefore.to;
	out.splice(edit.index, edit.removed.length, ...edit.inserted.map((line) => ({...line})));
	return {content: join(out), edit};
}

/**
 * Takes back exactly one recorded edit: its inserted lines, found at their place (or, moved,
 * as the only place they are), give way to the lines it removed. Returns the file and the
 * edit that took it back (which a redo takes back in turn). Throws, before anything is
 * written, when those lines are no longer in the file: a hand edit since, which is the
 * person's and is not overwritten.
 */
export function revertEdit(content: string, edit: LineEdit, file: string, t: Translator): {content: string; edit: LineEdit} {
	const lines = parse(content);
	const same = (a: Line | undefined, b: Line) => a !== undefined && a.text === b.text && a.end === b.end;
	const matchesAt = (i: number) => edit.inserted.every((line, k) => same(lines[i + k], line));
	let at: number | undefined;
	if (edit.inserted.length === 0) at = Math.min(edit.index, lines.length);
	else if (matchesAt(edit.index)) at = edit.index;
	else {
		const hits = lines.flatMap((_, i) => (matchesAt(i) ? [i] : []));
		if (hits.length === 1) at = hits[0];
	}
	const shown = edit.inserted.find((line) => line.text !== '' && line.text !== BLOCK_BEGIN && line.text !== BLOCK_END) ?? edit.inserted[0];
	if (at === undefined) throw stepError(t, 'fixes.error.lineMissing', {line: shown?.text ?? '', file}, {nothingWritten: true});
	// The end the edit gave the line before it goes back too, when that line is still the last one.
	const endsFile = at + edit.inserted.length === lines.length;
	const endBefore = edit.endBefore && endsFile && at > 0 && lines[at - 1]!.end === edit.endBefore.to && edit.removed.length === 0 ? {from: edit.endBefore.to, to: edit.endBefore.from} : undefined;
	return made(lines, {index: at, removed: lines.slice(at, at + edit.inserted.length), inserted: edit.removed, ...(endBefore ? {endBefore} : {})});
}

function describeNow(lines: readonly Line[] | null, change: ProfileChange, t: Translator): string {
	if (lines === null) return t('fixes.value.noFile');
	for (const text of [change.after.line, change.before.line]) {
		if (text === null) continue;
		const at = lines.findIndex((line) => line.text === text);
		if (at >= 0) return t('fixes.value.line', {number: at + 1, line: text});
	}
	return t('fixes.value.absent');
}

export const profileLineHandler: Handler<ProfileChange> = {
	admin: () => false,
	// The profile only: no shell runs it for this process, which keeps its environment.
	touches: (change, sys) => [fileFact(sys, change.file)],
	async check(op, ctx) {
		if (ctx.sys.platform === 'win32') return [ctx.t('fixes.blocker.unixOnly')];
		const answer = await ctx.sys.readText(op.change.file);
		if (!answer.ok && !isAbsent(answer.code)) return [ctx.t('fixes.blocker.profileUnreadable', {file: op.change.file, reason: readReason(ctx.t, answer.code)})];
		return [];
	},
	async read(op, ctx) {
		const answer = await ctx.sys.readText(op.change.file);
		if (!answer.ok && !isAbsent(answer.code)) return {where: 'other', now: ctx.t('fixes.value.unreadableFile', {reason: readReason(ctx.t, answer.code)})};
		const content = answer.ok ? answer.value : null;
		const lines = content === null ? null : parse(content);
		const now = describeNow(lines, op.change, ctx.t);
		const {expect} = op.stored;
		if (expect) {
			const state = await readState(ctx.sys, op.change.file);
			if (sameState(state, expect.after)) return {where: 'after', now};
			if (sameState(state, expect.before)) return {where: 'before', now};
		}
		const {before, after} = op.change;
		const list = lines ?? [];
		if (holds(list, after.line, before.line)) return {where: 'after', now};
		if (holds(list, before.line, after.line)) return {where: 'before', now};
		return {where: 'other', now};
	},
	async apply(op, ctx) {
		const {change, stored} = op;
		// A profile that cannot be read (EACCES, EISDIR, EIO…) is never written: an empty text in
		// its place would replace the whole file with one line, and a backup of nothing would
		// make the undo delete it.
		const answer = await ctx.sys.readText(change.file);
		if (!answer.ok && !isAbsent(answer.code)) throw stepError(ctx.t, 'fixes.blocker.profileUnreadable', {file: change.file, reason: readReason(ctx.t, answer.code)}, {nothingWritten: true});
		const current = answer.ok ? answer.value : null;
		const state = await readState(ctx.sys, change.file);
		stored.backup = await takeBackup(ctx, op.index, change.file);
		if (stored.expect && sameState(state, stored.expect.before)) {
			// Still exactly what the other entry wrote: put its backup back, byte for byte.
			await ctx.checkpoint(op);
			if (stored.expect.after.exists && stored.restoreFrom) await restoreAtomic(ctx, stored.restoreFrom, change.file);
			else if (!stored.expect.after.exists) await ctx.sys.remove(change.file);
			else throw stepError(ctx.t, 'fixes.error.noBackup', {file: change.file}, {nothingWritten: true});
		} else {
			// The exact edit is recorded before the file is written: a kill right after the write
			// still lets recovery take back this edit, and only it.
			const planned = stored.revertEdit ? revertEdit(current ?? '', stored.revertEdit, change.file, ctx.t) : planEdit(current ?? '', change, ctx.t);
			stored.lineEdit = planned.edit;
			await ctx.checkpoint(op);
			await writeAtomic(ctx, change.file, planned.content);
		}
		stored.afterDigest = await ctx.sys.fileDigest(change.file);
	},
	invert(op: Op<ProfileChange>) {
		const {change, stored} = op;
		const inverse: ProfileChange = {
			...change,
			before: {line: change.after.line, ...(change.before.lineNumber === undefined ? {} : {lineNumber: change.before.lineNumber})},
			after: {line: change.before.line},
		};
		return [
			planned(inverse, false, {
				...backupRestore(stored),
				// Edited since (or the digest was never recorded: a kill right after the write):
				// this exact edit is what is taken back.
				...(stored.lineEdit ? {revertEdit: stored.lineEdit} : {}),
			}),
		];
	},
	view(op, t) {
		const {change} = op;
		// An undo of a fix that created the file deletes it (when it is still as the fix left it).
		const expect = op.stored.expect;
		const deletes = change.after.line === null && expect !== undefined && expect.before.exists && !expect.after.exists;
		const where = change.before.lineNumber === undefined ? (change.before.line === null ? t('fixes.value.managedBlock') : '') : t('fixes.value.lineNumber', {number: change.before.lineNumber});
		return {
			kind: 'profile-line',
			target: {type: 'file', path: change.file},
			label: where ? withNote(t, change.file, where) : change.file,
			before: change.before.line ?? t('fixes.value.absent'),
			after: deletes ? t('fixes.value.fileRemoved') : (change.after.line ?? t('fixes.value.absent')),
			diff: [...(change.before.line === null ? [] : [{op: '-' as const, text: change.before.line}]), ...(change.after.line === null ? [] : [{op: '+' as const, text: change.after.line}])],
			needsAdmin: false,
			reversible: true,
			backup: true,
		};
	},
};
