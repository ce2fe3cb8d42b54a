import type {Action, Screen} from './keymap.js';

export interface ViewState {
	screen: Screen;
	/** Index of the selected row. */
	cursor: number;
}

export const initialView: ViewState = {screen: 'checklist', cursor: 0};

/** Pure: how an action changes what is on screen. Intents (re-run, quit) change nothing here. */
export function reduceView(state: ViewState, action: Action, rowCount: number): ViewState {
	const last = Math.max(0, rowCount - 1);
	switch (action.type) {
		case 'move':
			return {...state, cursor: Math.min(last, Math.max(0, state.cursor + action.delta))};
		case 'top':
			return {...state, cursor: 0};
		case 'bottom':
			return {...state, cursor: last};
		default:
			return state;
	}
}
