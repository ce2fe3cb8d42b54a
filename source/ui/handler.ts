import type {MessageKey, Params} from '../i18n/index.js';
import type {Finding, Tone} from '../model/finding.js';
import type {Action} from './keymap.js';
import type {ListRow} from './list.js';
import type {Effect} from './messages.js';
import type {Resources, Screen, ViewState} from './model.js';

/** What a key leads to: the new view, and what the app must do. */
export interface Step {
	view: ViewState;
	effects: Effect[];
}

/**
 * What a screen's key handler may read and how it moves between screens. Each screen has one
 * handler, `(its own state, action, KeyContext) → Step`; source/app/update.ts gives it the
 * screen on top of the stack, already narrowed to its type.
 */
export interface KeyContext {
	/** The view as the key found it, its last notice gone. */
	view: ViewState;
	resources: Resources;
	/** The checklist's rows, grouped, with their suppressions. */
	items: readonly ListRow[];
	finding(id: string): Finding | undefined;
	/** The scroll pane of the frame this model draws: its lines and its height. */
	pane(): {lines: number; height: number};
	/** Rows a page key moves in the list on screen. */
	page(): number;
	now: Date;

	/** The view, and effects. */
	step(view: ViewState, effects?: Effect[]): Step;
	/** The view with a notice in the footer. */
	say(view: ViewState, key: MessageKey, params?: Params, tone?: Tone): Step;
	push(screen: Screen): ViewState;
	replaceTop(screen: Screen): ViewState;
	pop(): ViewState;
}

/** The new offset of a scroll pane for a scrolling action, or undefined for other actions. */
export function scrolled(offset: number, action: Action, pane: {lines: number; height: number}): number | undefined {
	const max = Math.max(0, pane.lines - pane.height);
	const clamp = (value: number) => Math.max(0, Math.min(max, value));
	switch (action.type) {
		case 'move':
			return clamp(offset + action.delta);
		case 'page':
			return clamp(offset + action.delta * Math.max(1, pane.height - 1));
		case 'top':
			return 0;
		case 'bottom':
			return max;
		default:
			return undefined;
	}
}

/**
 * Where the cursor of a list of `count` rows goes from `at` for a moving action (a page is
 * `page` rows), clamped to the list; undefined for other actions.
 */
export function movedTo(at: number, count: number, action: Action, page: number): number | undefined {
	const clamp = (index: number) => Math.max(0, Math.min(count - 1, index));
	switch (action.type) {
		case 'move':
			return clamp(at + action.delta);
		case 'page':
			return clamp(at + action.delta * Math.max(1, page));
		case 'top':
			return 0;
		case 'bottom':
			return clamp(count - 1);
		default:
			return undefined;
	}
}
