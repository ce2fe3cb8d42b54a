import {render} from 'ink';
import {App} from './app.js';
import {bindFixes} from './app-services.js';
import {Facts} from './facts/facts.js';
import {userShellSyntax} from './shell/detect.js';
import type {Engine} from './engine/engine.js';
import type {Translator} from './i18n/index.js';
import type {ShellKind} from './shell/syntax.js';
import type {SuppressionStore} from './suppressions/suppressions.js';
import type {System} from './system/types.js';

export interface InteractiveOptions {
	engine: Engine;
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
	const {engine, ...props} = options;
	void engine.run();
	// Fixes re-run their checks through the engine, so the checklist rows update.
	const fixes = bindFixes({sys: options.sys, t: options.t, rerun: (ids) => engine.run(ids)});
	// Commands are shown in the user's shell's syntax once it is known (the process chain;
	// on Windows from the PowerShell batch of facts), in the platform's default until then.
	const stop = new AbortController();
	const shell = userShellSyntax(new Facts(options.sys, stop.signal));
	const detectShell = () => shell;
	// Ctrl+C is a key in raw mode: the app handles it so running probes are cancelled first
	// and a running fix finishes. Before raw mode is on (the first few milliseconds), or from
	// `kill -INT`, it arrives as SIGINT instead: route that to the same quit.
	let requestQuit: (() => void) | undefined;
	const onSigint = () => (requestQuit ? requestQuit() : instance.unmount());
	process.on('SIGINT', onSigint);
	const instance = render(
		<App engine={engine} fixes={fixes} detectShell={detectShell} onQuitRequestReady={(request) => (requestQuit = request)} {...props} />,
		{exitOnCtrlC: false, patchConsole: false},
	);
	try {
		await instance.waitUntilExit();
	} finally {
		process.off('SIGINT', onSigint);
	}
	stop.abort();
	engine.cancel();
	return 0;
}
