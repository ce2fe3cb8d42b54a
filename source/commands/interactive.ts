import {CHECK_OPTIONS} from './check.js';
import type {CommandContext, Io} from '../command-context.js';
import type {Command} from './types.js';
import {TOOL_NAME} from '../version.js';

/** Ink's own rule for CI (is-in-ci): CI or CONTINUOUS_INTEGRATION set, and not "0"/"false". */
export function isInCi(env: NodeJS.ProcessEnv): boolean {
	return ciVariable(env) !== undefined;
}

function ciVariable(env: NodeJS.ProcessEnv): string | undefined {
	return ['CI', 'CONTINUOUS_INTEGRATION'].find((name) => {
		const value = env[name];
		return value !== undefined && value !== '0' && value !== 'false';
	});
}

/**
 * Why the live checklist cannot be drawn here, most telling reason first; undefined when it
 * can. The checklist moves the cursor and erases lines, so it needs a terminal on both ends
 * that understands those codes: not CI (logs keep every frame), not `TERM=dumb` (Emacs'
 * shell, some IDE consoles), and outside Windows not an unset TERM either (a cron job, `env
 * -i`). Windows consoles never set TERM, and they all understand the codes.
 */
export type PlainReason =
	| {kind: 'mintty'}
	| {kind: 'ci'; variable: string; value: string}
	| {kind: 'dumb'}
	| {kind: 'no-term'}
	| {kind: 'stdin'}
	| {kind: 'stdout'};

export function plainReason(io: Io, platform: string): PlainReason | undefined {
	const {env, stdin, stdout} = io;
	const mintty = platform === 'win32' && (env.TERM_PROGRAM === 'mintty' || Boolean(env.MSYSTEM));
	// Under mintty without ConPTY both ends are pipes: the way out is not "use a terminal".
	if (mintty && !stdin.isTTY) return {kind: 'mintty'};
	if (!stdout.isTTY) return {kind: 'stdout'};
	if (!stdin.isTTY) return {kind: 'stdin'};
	const ci = ciVariable(env);
	if (ci) return {kind: 'ci', variable: ci, value: env[ci]!};
	if (env.TERM === 'dumb') return {kind: 'dumb'};
	if (platform !== 'win32' && !env.TERM) return {kind: 'no-term'};
	return undefined;
}

/** The bare command: the live checklist in a terminal, the text report and a hint otherwise. */
export const interactiveCommand: Command = {
	name: '',
	help: 'cli.help.interactive',
	options: {offline: CHECK_OPTIONS.offline, from: CHECK_OPTIONS.from},
	async run(ctx) {
		const reason = plainReason(ctx.io, ctx.sys.platform);
		if (reason) {
			const {printReport} = await import('./print-report.js');
			const code = await printReport(ctx);
			const hint = plainHint(ctx, reason);
			// In a terminal (CI=1 in one, TERM=dumb) it is wrapped between words, not cut by the terminal mid-word.
			const columns = ctx.io.stderr.isTTY ? ctx.io.stderr.columns : 0;
			ctx.io.stderr.write((columns > 0 ? (await import('../layout/lines.js')).wrapText(hint, columns).join('\n') : hint) + '\n');
			return code;
		}
		// chalk (under Ink) ignores NO_COLOR; FORCE_COLOR=0 is what turns it off.
		if (ctx.io.env.NO_COLOR) process.env.FORCE_COLOR = '0';
		// The checks, the first frame, then Ink: each loads when it is needed, in that order.
		const {runSession} = await import('./interactive-session.js');
		return runSession(ctx);
	},
};

/** A sentence on stderr: why this is the plain report, and the way to the live checklist. */
function plainHint(ctx: CommandContext, reason: PlainReason): string {
	const name = TOOL_NAME;
	switch (reason.kind) {
		case 'mintty':
			return ctx.t('cli.hint.mintty', {name});
		case 'ci':
			return ctx.t('cli.hint.ci', {name, variable: reason.variable, value: reason.value});
		case 'dumb':
			return ctx.t('cli.hint.dumb', {name});
		case 'no-term':
			return ctx.t('cli.hint.noTerm', {name});
		case 'stdin':
			return ctx.t('cli.hint.stdin', {name});
		case 'stdout':
			return ctx.t('cli.hint.notTerminal', {name});
	}
}
