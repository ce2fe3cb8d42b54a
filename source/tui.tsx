import {render} from 'ink';
import {App} from './app.js';
import {bindFixes} from './app-services.js';
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
	const instance = render(<App engine={engine} fixes={fixes} {...props} />, {
		// Ctrl+C is a key in raw mode: the app handles it so running probes are cancelled first.
		exitOnCtrlC: false,
		patchConsole: false,
	});
	await instance.waitUntilExit();
	engine.cancel();
	return 0;
}
