import {loadSuppressionStore} from '../suppressions/conf-store.js';
import type {Suppression} from '../suppressions/suppressions.js';
import type {CommandContext} from '../command-context.js';

/** For commands: this user's suppressions. An unreadable file is said on stderr and ignored. */
export async function suppressionsForCommand(ctx: CommandContext): Promise<{suppressions: ReadonlyMap<string, Suppression>; now: Date}> {
	const store = await loadSuppressionStore(ctx.sys);
	if (store?.problem) ctx.io.stderr.write(`${ctx.t('suppress.unreadable', {file: store.location, error: store.problem})}\n`);
	return {suppressions: store?.list() ?? new Map(), now: new Date()};
}
