import {envFileValues, parseGoEnvFile} from '../../facts/go-env-file.js';
import {fileFact, programFact} from '../../facts/reads.js';
import type {Change} from '../../model/fix.js';
import {planned, swapped, type Handler, type KindContext} from './types.js';
import {resolveTool, runTool, stepError} from './tools.js';
import {backupRestore, missingFolders, readState, removeEmptyFolders, restoreAtomic, sameState, takeBackup} from '../files.js';
import {withNote} from '../../i18n/index.js';
import type {System} from '../../system/types.js';

type GoEnvChange = Extract<Change, {kind: 'go-env'}>;
type GoEnvState = GoEnvChange['before'];

/** The key in the go env file, as cmd/go reads it (the last line for a key wins). */
async function readKey(ctx: KindContext, change: GoEnvChange): Promise<GoEnvState> {
	const content = await ctx.sys.readFile(change.file);
	const line = content === null ? undefined : envFileValues(parseGoEnvFile(content)).get(change.key);
	return line ? {set: true, value: line.value} : {set: false};
}

const same = (a: GoEnvState, b: GoEnvState) => a.set === b.set && (!a.set || a.value === b.value);

const show = (state: GoEnvState, notSet: string) => (state.set ? (state.value ?? '') : notSet);

/**
 * Why `go env -w KEY=value` would refuse a value, as cmd/go's checkEnvWrite
 * (src/cmd/go/internal/envcmd/env.go) does: a line end or NUL in it (a CRLF go env file leaves
 * `\r` in its values), a GO111MODULE it does not know, a GOPATH or GOMODCACHE that is not an
 * absolute path. Both sides of a change are written by someone: `after` by the fix, `before`
 * by its undo.
 */
export function goEnvWriteProblem(key: string, value: string, sys: Pick<System, 'path'>): string | undefined {
	if (['GOEXE', 'GOGCCFLAGS', 'GOHOSTARCH', 'GOHOSTOS', 'GOMOD', 'GOWORK', 'GOTOOLDIR', 'GOVERSION', 'GOTELEMETRY', 'GOTELEMETRYDIR'].includes(key)) return `${key} cannot be modified`;
	if (key === 'GOENV' || key === 'GODEBUG') return `${key} can only be set using the OS environment`;
	if (key === 'GO111MODULE' && !['', 'auto', 'on', 'off'].includes(value)) return `invalid GO111MODULE value ${JSON.stringify(value)}`;
	if (key === 'GOPATH' && value.startsWith('~')) return `GOPATH entry cannot start with shell metacharacter '~': ${JSON.stringify(value)}`;
	if ((key === 'GOPATH' || key === 'GOMODCACHE') && value !== '' && !sys.path.isAbsolute(value)) return `${key} entry is relative; must be absolute path: ${JSON.stringify(value)}`;
	if (value.includes('\0')) return `invalid NUL in ${key}=... value`;
	if (/[\v\r\n]/.test(value)) return `invalid newline in ${key}=... value`;
	return undefined;
}

/** The exact `go env` arguments that make a state. */
function goEnvArgs(key: string, state: GoEnvState): string[] {
	return state.set ? ['env', '-w', `${key}=${state.value ?? ''}`] : ['env', '-u', key];
}

/**
 * The user's go env file, changed with `go env -w` / `go env -u` of the go that runs (so Go
 * checks the value itself). The before-state says whether the key was in the file at all.
 *
 * go rewrites the whole file (it sorts runs of lines, drops repeated keys, creates the file),
 * so a copy is taken first: undo puts that copy back byte for byte (or removes the file the
 * fix created) while the file is still exactly what the fix left; after an edit since, undo
 * sets the one key back with go env.
 */
export const goEnvHandler: Handler<GoEnvChange> = {
	admin: () => false,
	refuses: (change, t, sys) =>
		[change.after, change.before].flatMap((state) => {
			const problem = state.set ? goEnvWriteProblem(change.key, state.value ?? '', sys) : undefined;
			return problem ? [t('fixes.blocker.goEnvValue', {problem})] : [];
		}),
	// The file itself, and every go command: each one reads it.
	touches: (change, sys) => [fileFact(sys, change.file), programFact('go')],
	async check({change}, ctx) {
		const refused = goEnvHandler.refuses!(change, ctx.t, ctx.sys);
		if (refused.length > 0) return refused;
		const go = await resolveTool(ctx, 'go');
		if (!go) return [ctx.t('fixes.blocker.noGo')];
		const {path, disabled} = await ctx.facts.goEnvFilePath();
		if (disabled) return [ctx.t('fixes.blocker.goenvOff')];
		const p = ctx.sys.path;
		const norm = (x: string) => (ctx.sys.platform === 'win32' ? p.resolve(x).toLowerCase() : p.resolve(x));
		if (!path || norm(path) !== norm(change.file)) return [ctx.t('fixes.blocker.goenvMoved', {file: change.file, now: path ?? '-'})];
		return [];
	},
	async read(op, ctx) {
		const now = await readKey(ctx, op.change);
		const where = same(now, op.change.after) ? 'after' : same(now, op.change.before) ? 'before' : 'other';
		return {where, now: show(now, ctx.t('evidence.notSet'))};
	},
	async apply(op, ctx) {
		const {change, stored} = op;
		const state = await readState(ctx.sys, change.file);
		stored.backup = await takeBackup(ctx, op.index, change.file);
		// go env -w makes the file's folder when there is none (~/.config/go): undo takes it back.
		const created = stored.backup.exists ? [] : await missingFolders(ctx.sys, change.file);
		if (created.length > 0) stored.createdFolders = created;
		await ctx.checkpoint(op);
		if (stored.expect && sameState(state, stored.expect.before)) {
			// Still exactly what the fix wrote: its copy goes back (or the file it created goes).
			if (stored.expect.after.exists && stored.restoreFrom) await restoreAtomic(ctx, stored.restoreFrom, change.file);
			else if (!stored.expect.after.exists) {
				await ctx.sys.remove(change.file);
				await removeEmptyFolders(ctx.sys, stored.createdFolders);
			}
			else throw stepError(ctx.t, 'fixes.error.noBackup', {file: change.file});
		} else {
			const go = await resolveTool(ctx, 'go');
			if (!go) throw new Error(ctx.t('fixes.blocker.noGo'));
			await runTool(ctx, go, goEnvArgs(change.key, change.after));
		}
		stored.afterDigest = await ctx.sys.fileDigest(change.file);
	},
	invert(op) {
		const {stored} = op;
		return [
			planned(swapped(op.change), false, {
				...backupRestore(stored),
				...(stored.createdFolders ? {createdFolders: stored.createdFolders} : {}),
			}),
		];
	},
	view(op, t) {
		const {change} = op;
		return {
			kind: 'go-env',
			target: {type: 'go-env', file: change.file, key: change.key},
			label: withNote(t, `go env ${change.key}`, change.file),
			before: show(change.before, t('evidence.notSet')),
			after: show(change.after, t('evidence.notSet')),
			needsAdmin: false,
			reversible: true,
			// A copy of the file is kept: undo puts it back byte for byte.
			backup: true,
			command: ['go', ...goEnvArgs(change.key, change.after)],
		};
	},
};
