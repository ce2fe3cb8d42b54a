import {Engine} from '../engine/engine.js';
import {PROBES} from '../probes/index.js';
import {TOOL_NAME, TOOL_VERSION} from '../version.js';
import {prepareFrom} from './from-option.js';
import type {CommandContext} from '../command-context.js';
import {supportsHyperlinks} from '../app/terminal.js';
import {drawFirstFrame, firstFrameLines} from '../app/first-frame.js';
import {colorWanted} from '../report/ansi.js';
import {defaultShell} from '../shell/syntax.js';
import {memorySuppressionStore} from '../suppressions/suppressions.js';
import {initialModel} from '../ui/model.js';
import {loadSuppressionStore} from '../suppressions/conf-store.js';

/**
 * The live checklist, in the order that makes it appear at once: the checks start, the UI's
 * runtime takes their rows, its first frame is drawn (no Ink yet) and keys already work; only
 * then are Ink and React loaded to take over the same lines. Nothing the checks do waits for
 * the UI, and the first frame waits for no check.
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
	// Keys pressed from now on are read by the UI (Ctrl+C included): none is echoed or lost.
	stdin.setRawMode?.(true);
	// SIGINT is the checklist's Ctrl+C (before raw mode, or `kill -INT`): it quits with 130,
	// as the key does, like any program interrupted.
	const {lifecycle} = ctx;
	// SIGINT is not declared an ordinary quit (quitOn): it is a stop like any other, so every way
	// out after it, the lifecycle's grace exit included, says 130.
	// The first frame at once, from the rows as they are now: the checklist's module alone draws it.
	engine.flushNow();
	const color = colorWanted(stdout, env);
	const store = suppressions ?? memorySuppressionStore();
	const drawn = drawFirstFrame(
		stdout,
		firstFrameLines(
			initialModel({
				title,
				checks: engine.getState(),
				suppressions: store,
				fixes: true,
				commands: !replay,
				shell: defaultShell(sys.platform),
				columns: stdout.columns || 80,
				rows: stdout.rows || 24,
				t: ctx.t,
				now: Date.now(),
			}),
		),
		color,
	);
	// Then the UI's runtime (the model, update, every screen), which reads keys until Ink is
	// there and which Ink then draws.
	const [{createRuntime}, {startBeforeInk}, {bindFixes}, {userShellSyntax}] = await Promise.all([
		import('../app/runtime.js'),
		import('../app/before-ink.js'),
		import('../app/services.js'),
		import('../shell/detect.js'),
	]);
	// Commands are shown in the user's shell's syntax once it is known (the process chain; on
	// Windows from the run's one PowerShell batch of facts), in the platform's default until then.
	const shell = userShellSyntax(facts);
	// Asked now, answered (or not: a snapshot may not say) after Ink has loaded; until then, and
	// if it never says, the platform's default stands.
	shell.catch(() => undefined);
	const runtime = createRuntime({
		engine,
		t: ctx.t,
		title,
		sys,
		// Fixes re-run their checks through the engine, so the checklist rows update: every check
		// whose reads the change can reach, so the rows then say what a fresh run would. Each runs
		// as a critical step: a SIGTERM or SIGHUP lets it finish and settle its entry first.
		fixes: bindFixes({sys, t: ctx.t, rerun: (ids) => engine.run(ids), affected: (touched) => engine.affectedBy(touched)}, lifecycle),
		suppressions: store,
		detectShell: () => shell,
		// The `:` line: the REPL's commands on this engine, loaded when first used. Not for a
		// snapshot of another machine: there is nothing here to change or run.
		...(replay ? {} : {commands: async (io) => (await import('../repl/embedded.js')).embeddedRepl({ctx, engine, offline: ctx.values.offline === true, ...io})}),
		columns: stdout.columns || 80,
		rows: stdout.rows || 24,
	});
	// Quit before Ink is there (Ctrl+C, q): with the code the quit carries.
	const quitted = new Promise<{quit: number}>((resolve) => runtime.onQuit((code) => resolve({quit: code})));
	// A stop signal (`kill -INT`, SIGTERM, SIGHUP) before Ink is there quits as Ctrl+C does,
	// and never leaves the terminal in raw mode.
	const interrupt = () => runtime.dispatch({type: 'interrupt', at: Date.now()});
	const stopListening = lifecycle.onStop(interrupt);
	// One that came while the checks were starting is answered now.
	if (lifecycle.stoppedBy) interrupt();
	// Keys and changes drawn in place while Ink loads.
	const early = startBeforeInk(runtime, {drawn, stdin, stdout, color});
	try {
		const loaded = await Promise.race([import('../ink/tui.js'), quitted]);
		const firstFrame = early.stop();
		if ('quit' in loaded) return loaded.quit;
		const session = loaded.runInteractive({runtime, firstFrame, hyperlinks: supportsHyperlinks(env, Boolean(stdout.isTTY)), lifecycle});
		// The UI listens to stop signals itself as it starts; ours goes only now, so a signal
		// still queued (the loop was busy loading the UI) reaches one of the two.
		stopListening();
		return await session;
	} finally {
		// However it ended (quit, interrupted, the UI failed to load): the terminal as it was,
		// the checks stopped. Both are no-ops after the UI's own clean-up.
		early.stop();
		stopListening();
		stdin.setRawMode?.(false);
		runtime.stop();
		engine.cancel();
	}
}
