import {render} from 'ink';
import {App} from './app.js';
import type {Engine} from './engine/engine.js';
import type {Translator} from './i18n/index.js';

/**
 * The interactive mode, loaded lazily: Ink and React are imported only when a person is at
 * a terminal, never for `check --json` or `--version`.
 */
export async function runInteractive(options: {engine: Engine; t: Translator; title: string}): Promise<number> {
	const {engine} = options;
	void engine.run();
	const instance = render(<App engine={engine} t={options.t} title={options.title} />, {
		// Ctrl+C is a key in raw mode: the app handles it so running probes are cancelled first.
		exitOnCtrlC: false,
		patchConsole: false,
	});
	await instance.waitUntilExit();
	engine.cancel();
	return 0;
}
