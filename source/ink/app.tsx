import {useEffect, useMemo, useSyncExternalStore} from 'react';
import {useApp, useInput, useStdout} from 'ink';
import {render} from '../app/render.js';
import type {Runtime} from '../app/runtime.js';
import {LinesView} from './lines-view.js';

export interface AppProps {
	/** The UI's loop: its model is drawn, keys and resizes go to it. */
	runtime: Runtime;
	/** Draw doc links as OSC 8 hyperlinks (see supportsHyperlinks). */
	hyperlinks?: boolean;
}

/**
 * The interactive app in Ink: it draws the runtime's model and hands it keys and the
 * terminal's size; it holds no state of its own. One `useInput` for its whole life (swapping
 * input handlers between screens is what makes Ink 6.8 hang on Windows and deliver keys to a
 * stale handler).
 */
export function App({runtime, hyperlinks = false}: AppProps) {
	const model = useSyncExternalStore(runtime.subscribe, runtime.getModel);
	const {exit} = useApp();
	const {stdout} = useStdout();
	useEffect(() => {
		runtime.onQuit(exit);
		// The size reaches the model as the terminal announces it, before any frame is drawn
		// again: a key that follows a resize at once scrolls the pane of the new size.
		const onResize = () => runtime.resize(stdout.columns || 80, stdout.rows || 24);
		stdout.on('resize', onResize);
		onResize();
		runtime.start();
		return () => {
			stdout.off('resize', onResize);
		};
	}, [runtime, stdout, exit]);
	useInput(runtime.key);
	const frame = useMemo(() => render(model), [model]);
	return <LinesView lines={frame.lines} hyperlinks={hyperlinks} />;
}
