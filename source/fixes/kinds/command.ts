import type {Change} from '../../model/fix.js';
import {ANYTHING} from '../../facts/reads.js';
import {missingFolders, restoreAtomic, sameState, stateOf, takeBackup, readState} from '../files.js';
import {stepError, failureDetail, resolveTool} from './tools.js';
import {planned, type Handler, type KindContext, type Op} from './types.js';

/**
 * Runs a command (`go install …/dlv@latest`). The files it will replace are copied into the
 * backups first, so undo puts them back. A command that truly cannot be taken back (erasing
 * a cached credential) is irreversible: labelled so, confirmed separately, and left alone by
 * undo.
 */

type CommandChange = Extract<Change, {kind: 'command'}>;

/** Is `file` inside `dir` (either separator)? */
const isUnder = (file: string, dir: string) => file.startsWith(dir.replace(/[\\/]+$/, '') + (dir.includes('\\') ? '\\' : '/'));

/** `go install` may build for minutes. */
const COMMAND_TIMEOUT_MS = 15 * 60_000;

async function restoreChanged(op: Op<CommandChange>, ctx: KindContext): Promise<void> {
	for (const backup of op.stored.backups ?? []) {
		const now = await readState(ctx.sys, backup.file);
		const was = stateOf(backup.exists ? backup.digest : null);
		if (sameState(now, was)) continue;
		if (backup.exists) await restoreAtomic(ctx, backup.path, backup.file);
		else await ctx.sys.remove(backup.file);
	}
}

export const commandHandler: Handler<CommandChange> = {
	admin: () => false,
	// A program may write anything (go install builds, fetches, fills caches).
	touches: () => [ANYTHING],
	async prepare(op, ctx) {
		const [program, ...args] = op.change.argv;
		if (!program || ctx.sys.path.isAbsolute(program)) return op;
		const resolved = await resolveTool(ctx, program);
		return resolved ? {...op, change: {...op.change, argv: [resolved, ...args]}, stored: {...op.stored, change: {...op.change, argv: [resolved, ...args]}}} : op;
	},
	async check({change}, ctx) {
		const program = change.argv[0];
		if (!program || !ctx.sys.path.isAbsolute(program)) return [ctx.t('fixes.blocker.noProgram', {program: program ?? ''})];
		return [];
	},
	async read(op, ctx) {
		const {stored} = op;
		if (op.change.replaces.length === 0) return {where: 'unknown', now: ctx.t('fixes.value.cannotRead')};
		const states = await Promise.all(op.change.replaces.map((file) => readState(ctx.sys, file)));
		const now = op.change.replaces.map((file, i) => `${file}: ${states[i]!.exists ? states[i]!.sha256.slice(0, 12) : ctx.t('fixes.value.noFile')}`).join('; ');
		if (!stored.backups) return {where: 'before', now};
		const matches = (list: Array<{file: string; state: ReturnType<typeof stateOf>}>) =>
			list.every(({file, state}) => sameState(states[op.change.replaces.indexOf(file)]!, state));
		if (stored.afterDigests && matches(stored.afterDigests.map((a) => ({file: a.file, state: stateOf(a.digest)})))) return {where: 'after', now};
		if (matches(stored.backups.map((b) => ({file: b.file, state: stateOf(b.exists ? b.digest : null)})))) return {where: 'before', now};
		return {where: 'other', now};
	},
	async apply(op, ctx) {
		const {change, stored} = op;
		stored.backups = [];
		for (const [j, file] of change.replaces.entries()) stored.backups.push({file, ...(await takeBackup(ctx, `${op.index}.${j}`, file))});
		// Folders the command will have to make (go install creates GOPATH/bin): undo takes them back.
		const created = new Set<string>();
		for (const file of change.replaces) for (const dir of await missingFolders(ctx.sys, file)) created.add(dir);
		if (created.size > 0) stored.createdFolders = [...created];
		await ctx.checkpoint(op);
		const [program, ...args] = change.argv;
		const result = await ctx.sys.exec({file: program!, args, cwd: change.cwd, timeoutMs: COMMAND_TIMEOUT_MS});
		if (result.exitCode !== 0) {
			// It may have replaced some files before failing: put them back now.
			await restoreChanged(op, ctx);
			throw stepError(ctx.t, 'fixes.error.command', {command: change.argv.join(' '), detail: failureDetail(ctx, result)});
		}
		stored.afterDigests = await Promise.all(change.replaces.map(async (file) => ({file, digest: await ctx.sys.fileDigest(file)})));
	},
	invert(op) {
		const {change, stored} = op;
		if (change.irreversible) return null;
		return (stored.backups ?? []).map((backup) => {
			const after = stored.afterDigests?.find((a) => a.file === backup.file)?.digest ?? null;
			return planned(
				{kind: 'file', path: backup.file, before: {exists: after !== null}, after: {exists: backup.exists}},
				false,
				{
					...(backup.exists ? {restoreFrom: backup.path} : {}),
					expect: {before: stateOf(after), after: stateOf(backup.exists ? backup.digest : null)},
					// The folders it made that hold this file, deepest first.
					...(stored.createdFolders ? {createdFolders: stored.createdFolders.filter((dir) => isUnder(backup.file, dir))} : {}),
				},
			);
		});
	},
	view(op, t) {
		const {change} = op;
		// What a person looks for afterwards is what changed (the files), not the program that changed it.
		const affects = [...(change.affects ?? []), ...change.replaces];
		return {
			kind: 'command',
			target: {type: 'command', argv: change.argv, ...(change.cwd ? {cwd: change.cwd} : {}), ...(affects.length > 0 ? {affects} : {})},
			label: change.argv.join(' '),
			before: change.state?.before ?? (change.replaces.length > 0 ? change.replaces.join(', ') : ''),
			after: change.state?.after ?? change.description,
			needsAdmin: false,
			reversible: !change.irreversible,
			backup: change.replaces.length > 0,
			command: change.argv,
		};
	},
};
