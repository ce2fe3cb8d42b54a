import {Engine} from '../engine/engine.js';
import {PROBES} from '../probes/index.js';
import {TOOL_NAME, TOOL_VERSION} from '../version.js';
import {prepareFrom} from './from-option.js';
import type {CommandContext} from './types.js';
import {supportsHyperlinks} from '../components/terminal-features.js';
import {drawFirstFrame, firstFrameLines} from '../first-frame.js';
import {colorWanted} from '../report/ansi.js';
import {defaultShell} from '../shell/syntax.js';
import {loadSuppressionStore} from '../suppressions/conf-store.js';

/**
 * The live checklist, in the order that makes it appear at once: the checks start, their
 * first frame is drawn (no Ink yet), and only then are Ink and React loaded to take over the
 * same lines. Nothing the checks do waits for the UI, and the first frame waits for no check.
 */
export async function runSession(ctx: CommandContext): Promise<number> {
	const replay = await prepareFrom(ctx);
	if (replay && 'exitCode' in replay) return replay.exitCode;
	const sys = replay?.ctx.sys ?? ctx.sys;
	const engine = new Engine({probes: replay?.probes ?? PROBES, sys, t: ctx.t, offline: ctx.values.offline === true});
	const title = replay ? `${TOOL_NAME} ${TOOL_VERSION} — ${(await import('../snapshot/from.js')).fromTitle(replay.from, ctx.t)}` : `${TOOL_NAME} ${TOOL_VERSION}`;
	// Suppressions belong to this machine, not to the one a snapshot came from.
	const suppressions = replay ? undefined : await loadSuppressionStore(ctx.sys);

	// One Facts for the run, shared with the UI (the user's shell): nothing is fetched twice.
	const facts = engine.newFacts();
	void engine.run(undefined, facts);
	// Checks that settle at once (not on this platform, offline) have settled: draw.
	await new Promise((resolve) => setImmediate(resolve));
	const {stdin, stdout, env} = ctx.io;
	// Keys pressed from now on wait for the UI (Ctrl+C included): none is echoed or lost.
	stdin.setRawMode?.(true);
	// A stop signal (`kill -INT`, SIGTERM, SIGHUP) before the UI is there quits, as it does
	// once the UI is there, and never leaves the terminal in raw mode.
	const {lifecycle} = ctx;
	lifecycle.quitOn('SIGINT');
	const lines = firstFrameLines({engine, t: ctx.t, title, suppressions, columns: stdout.columns || 80, rows: stdout.rows || 24, now: Date.now()});
	const firstFrame = drawFirstFrame(stdout, lines, colorWanted(stdout, env));
	try {
		const {runInteractive} = await import('../tui.js');
		if (lifecycle.stoppedBy) return 0;
		return await runInteractive({
			engine,
			facts,
			firstFrame,
			t: ctx.t,
			title,
			sys,
			suppressions,
			shell: defaultShell(sys.platform),
			hyperlinks: supportsHyperlinks(env, Boolean(stdout.isTTY)),
			lifecycle,
		});
	} finally {
		// However it ended (quit, interrupted, the UI failed to load): the terminal as it was,
		// the checks stopped. Both are no-ops after the UI's own clean-up.
		stdin.setRawMode?.(false);
		engine.cancel();
	}
}
