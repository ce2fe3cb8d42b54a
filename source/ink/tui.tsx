import {render} from 'ink';
import {eraseOnNextWrite, type FirstFrame} from '../app/first-frame.js';
import type {Runtime} from '../app/runtime.js';
import type {Lifecycle} from '../lifecycle.js';
import {App} from './app.js';

export interface InteractiveOptions {
	/** The UI's loop, already running (the first frame was drawn from its model). */
	runtime: Runtime;
	/** The checklist drawn before Ink was loaded; Ink's first render takes its place. */
	firstFrame?: FirstFrame;
	hyperlinks: boolean;
	/** Stop signals arrive through it. */
	lifecycle: Pick<Lifecycle, 'onStop'>;
}

/**
 * The interactive mode's Ink part, loaded lazily: Ink and React are imported only when a
 * person is at a terminal, never for `check --json` or `--version`.
 */
export async function runInteractive({runtime, firstFrame, hyperlinks, lifecycle}: InteractiveOptions): Promise<number> {
	// Ctrl+C is a key in raw mode: the app handles it so running probes are cancelled first
	// and a running fix finishes. A stop signal (`kill -INT`, SIGTERM, SIGHUP: the terminal
	// closed) comes through the lifecycle instead: the same quit.
	const stopListening = lifecycle.onStop(() => runtime.dispatch({type: 'interrupt', at: Date.now()}));
	// Ink's first frame replaces the one already on the screen, in the same write.
	if (firstFrame) eraseOnNextWrite(process.stdout, firstFrame);
	const instance = render(<App runtime={runtime} hyperlinks={hyperlinks} />, {exitOnCtrlC: false, patchConsole: false});
	try {
		await instance.waitUntilExit();
	} finally {
		stopListening();
		runtime.stop();
	}
	return 0;
}
