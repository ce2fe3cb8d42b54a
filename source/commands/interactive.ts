import {Engine} from '../engine/engine.js';
import {PROBES} from '../probes/index.js';
import {TOOL_NAME, TOOL_VERSION} from '../version.js';
import {fromTitle} from '../snapshot/from.js';
import {CHECK_OPTIONS, printReport} from './check.js';
import {prepareFrom} from './from-option.js';
import type {Command, CommandContext, Io} from './types.js';
import {supportsHyperlinks} from '../components/terminal-features.js';
import {defaultShell} from '../shell/syntax.js';
import {loadSuppressionStore} from '../suppressions/conf-store.js';

/** Ink's own rule for CI (is-in-ci): CI or CONTINUOUS_INTEGRATION set, and not "0"/"false". */
export function isInCi(env: NodeJS.ProcessEnv): boolean {
	return ['CI', 'CONTINUOUS_INTEGRATION'].some((name) => {
		const value = env[name];
		return value !== undefined && value !== '0' && value !== 'false';
	});
}

/** The live checklist needs a terminal on both ends, and not CI. */
export function canInteract(io: Io): boolean {
	return Boolean(io.stdin.isTTY) && Boolean(io.stdout.isTTY) && !isInCi(io.env);
}

/** The bare command: the live checklist in a terminal, the text report and a hint otherwise. */
export const interactiveCommand: Command = {
	name: '',
	help: 'cli.help.interactive',
	options: {offline: CHECK_OPTIONS.offline, from: CHECK_OPTIONS.from},
	async run(ctx) {
		if (!canInteract(ctx.io)) {
			const code = await printReport(ctx);
			ctx.io.stderr.write(notTerminalHint(ctx) + '\n');
			return code;
		}
		// chalk (under Ink) ignores NO_COLOR; FORCE_COLOR=0 is what turns it off.
		if (ctx.io.env.NO_COLOR) process.env.FORCE_COLOR = '0';
		const replay = await prepareFrom(ctx);
		if (replay && 'exitCode' in replay) return replay.exitCode;
		const engine = new Engine({probes: replay?.probes ?? PROBES, sys: replay?.ctx.sys ?? ctx.sys, t: ctx.t, offline: ctx.values.offline === true});
		const {runInteractive} = await import('../tui.js');
		const title = `${TOOL_NAME} ${TOOL_VERSION}${replay ? ` — ${fromTitle(replay.from, ctx.t)}` : ''}`;
		const sys = replay?.ctx.sys ?? ctx.sys;
		return runInteractive({
			engine,
			t: ctx.t,
			title,
			sys,
			// Suppressions belong to this machine, not to the one a snapshot came from.
			suppressions: replay ? undefined : await loadSuppressionStore(ctx.sys),
			shell: defaultShell(sys.platform),
			hyperlinks: supportsHyperlinks(ctx.io.env, Boolean(ctx.io.stdout.isTTY)),
		});
	},
};

function notTerminalHint(ctx: CommandContext): string {
	const {env, stdin} = ctx.io;
	const mintty = ctx.sys.platform === 'win32' && (env.TERM_PROGRAM === 'mintty' || Boolean(env.MSYSTEM));
	return mintty && !stdin.isTTY ? ctx.t('cli.hint.mintty', {name: TOOL_NAME}) : ctx.t('cli.hint.notTerminal', {name: TOOL_NAME});
}

