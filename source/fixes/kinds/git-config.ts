import type {Change} from '../../model/fix.js';
import {programFact} from '../../facts/reads.js';
import {stepError, failureDetail, resolveTool, TOOL_TIMEOUT_MS} from './tools.js';
import {planned, swapped, type Handler, type KindContext} from './types.js';

/**
 * A git config key at one scope, through `git config` itself (which locks and renames its
 * file). A key with several values is refused: one value could not restore them all. The
 * system scope needs admin and is left to the person (the fix's manual commands).
 */

type GitConfigChange = Extract<Change, {kind: 'git-config'}>;

/** `git -C <repo> config --<scope>`: the arguments that address the key's file. */
function scopeArgs(change: GitConfigChange): string[] {
	return [...(change.scope === 'local' && change.repo ? ['-C', change.repo] : []), 'config', `--${change.scope}`];
}

function gitConfigArgs(change: GitConfigChange, value: string | null): string[] {
	return value === null ? [...scopeArgs(change), '--unset', change.key] : [...scopeArgs(change), change.key, value];
}

/** The values the key has at that scope (none when unset). */
async function readValues(ctx: KindContext, git: string, change: GitConfigChange): Promise<string[]> {
	const result = await ctx.sys.exec({file: git, args: [...scopeArgs(change), '--get-all', change.key], timeoutMs: TOOL_TIMEOUT_MS});
	if (result.exitCode === 1 && result.stdout === '') return [];
	if (result.exitCode !== 0) throw stepError(ctx.t, 'fixes.error.command', {command: ['git', ...scopeArgs(change), '--get-all', change.key].join(' '), detail: failureDetail(ctx, result)});
	return result.stdout.replace(/\r?\n$/, '').split(/\r?\n/);
}

async function git(ctx: KindContext): Promise<string> {
	const found = await resolveTool(ctx, 'git');
	if (!found) throw stepError(ctx.t, 'fixes.blocker.noGit', undefined, {nothingWritten: true});
	return found;
}

export const gitConfigHandler: Handler<GitConfigChange> = {
	admin: (change) => change.scope === 'system',
	// Every git, and go, whose direct fetches run git with this configuration.
	touches: () => [programFact('git'), programFact('go')],
	async check({change}, ctx) {
		if (change.scope === 'system') return [ctx.t('fixes.blocker.gitSystem')];
		if (change.scope === 'local' && !change.repo) return [ctx.t('fixes.blocker.gitRepo')];
		const found = await resolveTool(ctx, 'git');
		if (!found) return [ctx.t('fixes.blocker.noGit')];
		const values = await readValues(ctx, found, change).catch(() => []);
		return values.length > 1 ? [ctx.t('fixes.blocker.gitMulti', {key: change.key, count: values.length})] : [];
	},
	async read(op, ctx) {
		const values = await readValues(ctx, await git(ctx), op.change);
		const now = values.length === 0 ? null : values.length === 1 ? values[0]! : undefined;
		const where = now === undefined ? 'other' : now === op.change.after ? 'after' : now === op.change.before ? 'before' : 'other';
		return {where, now: now === null ? ctx.t('evidence.notSet') : values.join(', ')};
	},
	async apply(op, ctx) {
		const file = await git(ctx);
		const result = await ctx.sys.exec({file, args: gitConfigArgs(op.change, op.change.after), timeoutMs: TOOL_TIMEOUT_MS});
		// `--unset` of a key that is not there exits 5: the key is unset, which is what we want.
		if (result.exitCode === 5 && op.change.after === null) return;
		if (result.exitCode !== 0) throw stepError(ctx.t, 'fixes.error.command', {command: ['git', ...gitConfigArgs(op.change, op.change.after)].join(' '), detail: failureDetail(ctx, result)});
	},
	invert: (op) => [planned(swapped(op.change), false)],
	view(op, t) {
		const {change} = op;
		return {
			kind: 'git-config',
			target: {type: 'git-config', scope: change.scope, key: change.key, ...(change.repo ? {repo: change.repo} : {})},
			label: `git ${scopeArgs(change).join(' ')} ${change.key}`,
			before: change.before ?? t('evidence.notSet'),
			after: change.after ?? t('evidence.notSet'),
			needsAdmin: change.scope === 'system',
			reversible: true,
			backup: false,
			command: ['git', ...gitConfigArgs(change, change.after)],
		};
	},
};
