import {useCallback, useReducer, useRef, useSyncExternalStore} from 'react';
import {useApp, useInput} from 'ink';
import type {Engine} from './engine/engine.js';
import type {Translator} from './i18n/index.js';
import {keyName} from './input/keys.js';
import {resolveKey, type Action} from './input/keymap.js';
import {initialView, reduceView, type ViewState} from './input/view-state.js';
import {Checklist} from './screens/checklist.js';
import {useClock} from './components/use-clock.js';
import {useTerminalSize} from './components/use-terminal-size.js';

export interface AppProps {
	engine: Engine;
	t: Translator;
	title: string;
	/** Called once when the user quits; the caller cancels probes and restores the terminal. */
	onQuit?: () => void;
	now?: () => number;
}

/**
 * The interactive app. One `useInput` for its whole life feeds a pure key → action
 * mapping: swapping input handlers between screens is what makes Ink 6.8 hang on Windows
 * and deliver keys to a stale handler.
 */
export function App({engine, t, title, onQuit, now = Date.now}: AppProps) {
	const state = useSyncExternalStore(engine.subscribe, engine.getState);
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const clock = useClock(state.running, 100, now);

	const rowCount = state.rows.length;
	const [view, dispatch] = useReducer((current: ViewState, action: Action) => reduceView(current, action, rowCount), initialView);

	// The handler is stable; it reads the latest view and rows through refs.
	const latest = useRef({view, state});
	latest.current = {view, state};

	const handle = useCallback(
		(input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) => {
			const {view: current, state: engineState} = latest.current;
			const action = resolveKey(current.screen, keyName(input, key));
			if (!action) return;
			switch (action.type) {
				case 'quit':
					engine.cancel();
					onQuit?.();
					exit();
					return;
				case 'rerun': {
					const row = engineState.rows[current.cursor];
					if (row) void engine.run([row.id]);
					return;
				}
				case 'rerunAll':
					void engine.run();
					return;
				default:
					dispatch(action);
			}
		},
		[engine, exit, onQuit],
	);
	useInput(handle);

	return (
		<Checklist
			rows={state.rows}
			cursor={Math.min(view.cursor, Math.max(0, rowCount - 1))}
			columns={columns}
			height={rows}
			now={state.running ? clock : now()}
			startedAt={state.startedAt}
			finishedAt={state.finishedAt}
			title={title}
			t={t}
		/>
	);
}
