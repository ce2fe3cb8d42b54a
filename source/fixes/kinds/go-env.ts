import {envFileValues, parseGoEnvFile} from '../../facts/go-env-file.js';
import {fileFact, programFact} from '../../facts/reads.js';
import type {Change} from '../../model/fix.js';
import {planned, swapped, type Handler, type KindContext} from './types.js';
import {resolveTool, runTool} from './tools.js';
import {withNote} from '../../i18n/index.js';

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

/** The exact `go env` arguments that make a state. */
function goEnvArgs(key: string, state: GoEnvState): string[] {
	return state.set ? ['env', '-w', `${key}=${state.value ?? ''}`] : ['env', '-u', key];
}

/**
 * The user's go env file, changed with `go env -w` / `go env -u` of the go that runs (so Go
 * checks the value itself). The before-state says whether the key was in the file at all.
 */
export const goEnvHandler: Handler<GoEnvChange> = {
	admin: () => false,
	// The file itself, and every go command: each one reads it.
	touches: (change, sys) => [fileFact(sys, change.file), programFact('go')],
	async check({change}, ctx) {
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
		const go = await resolveTool(ctx, 'go');
		if (!go) throw new Error(ctx.t('fixes.blocker.noGo'));
		await runTool(ctx, go, goEnvArgs(op.change.key, op.change.after));
	},
	invert: (op) => [planned(swapped(op.change), false)],
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
			backup: false,
			command: ['go', ...goEnvArgs(change.key, change.after)],
		};
	},
};
