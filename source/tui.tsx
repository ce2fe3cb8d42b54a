import {render} from 'ink';
import {App} from './app.js';
import {bindFixes} from './app-services.js';
import {eraseOnNextWrite, type FirstFrame} from './first-frame.js';
import {userShellSyntax} from './shell/detect.js';
import type {Engine} from './engine/engine.js';
import type {Facts} from './facts/facts.js';
import type {Translator} from './i18n/index.js';
import type {ShellKind} from './shell/syntax.js';
import type {SuppressionStore} from './suppressions/suppressions.js';
import type {System} from './system/types.js';

export interface InteractiveOptions {
	/** Already running its checks. */
	engine: Engine;
	/** The facts of that run: the UI reads the user's shell from them, never anew. */
	facts: Facts;
	/** The checklist drawn before Ink was loaded; Ink's first render takes its place. */
	firstFrame?: FirstFrame;
	t: Translator;
	title: string;
	sys: System;
	suppressions?: SuppressionStore;
	shell: ShellKind;
	hyperlinks: boolean;
}

/**
 * The interactive mode, loaded lazily: Ink and React are imported only when a person is at
 * a terminal, never for `check --json` or `--version`.
 */
export async function runInteractive(options: InteractiveOptions): Promise<number> {
	const {engine, facts, firstFrame, ...props} = options;
	// Fixes re-run their checks through the engine, so the checklist rows update: every check
	// whose reads the change can reach, so the rows then say what a fresh run would.
	const fixes = bindFixes({sys: options.sys, t: options.t, rerun: (ids) => engine.run(ids), affected: (touched) => engine.affectedBy(touched)});
	// Commands are shown in the user's shell's syntax once it is known (the process chain;
	// on Windows from the run's one PowerShell batch of facts), in the platform's default until then.
	const shell = userShellSyntax(facts);
	const detectShell = () => shell;
	// Ctrl+C is a key in raw mode: the app handles it so running probes are cancelled first
	// and a running fix finishes. From `kill -INT` it arrives as SIGINT instead: route that
	// to the same quit.
	let requestQuit: (() => void) | undefined;
	const onSigint = () => (requestQuit ? requestQuit() : instance.unmount());
	process.on('SIGINT', onSigint);
	// Ink's first frame replaces the one already on the screen, in the same write.
	if (firstFrame) eraseOnNextWrite(process.stdout, firstFrame);
	const instance = render(
		<App engine={engine} fixes={fixes} detectShell={detectShell} onQuitRequestReady={(request) => (requestQuit = request)} {...props} />,
		{exitOnCtrlC: false, patchConsole: false},
	);
	try {
		await instance.waitUntilExit();
	} finally {
		process.off('SIGINT', onSigint);
	}
	engine.cancel();
	return 0;
}
