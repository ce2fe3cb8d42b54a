import type {MessageKey} from '../i18n/index.js';

export type Screen = 'checklist';

export type Action =
	| {type: 'move'; delta: number}
	| {type: 'top'}
	| {type: 'bottom'}
	| {type: 'rerun'}
	| {type: 'rerunAll'}
	| {type: 'quit'};

export interface Binding {
	/** Key names as produced by keyName(). */
	keys: readonly string[];
	/** How the keys are shown in the footer and help. */
	label: string;
	help: MessageKey;
	screens: readonly Screen[];
	action: Action;
	/**
	 * Shown in the footer (the help overlay shows every binding). An object shows a combined
	 * hint instead, e.g. one "↑↓/jk move" for the two moves.
	 */
	footer?: true | {label: string; help: MessageKey};
}

/**
 * Every key the app knows, as data. Input handling and the key hints are both built from
 * this table, so what the footer says is what the keys do.
 */
export const KEYMAP: readonly Binding[] = [
	{keys: ['up', 'k'], label: '↑/k', help: 'key.up', screens: ['checklist'], action: {type: 'move', delta: -1}},
	{keys: ['down', 'j'], label: '↓/j', help: 'key.down', screens: ['checklist'], action: {type: 'move', delta: 1}, footer: {label: '↑↓/jk', help: 'key.move'}},
	{keys: ['home', 'g'], label: 'g', help: 'key.top', screens: ['checklist'], action: {type: 'top'}},
	{keys: ['end', 'G'], label: 'G', help: 'key.bottom', screens: ['checklist'], action: {type: 'bottom'}},
	{keys: ['r'], label: 'r', help: 'key.rerun', screens: ['checklist'], action: {type: 'rerun'}, footer: true},
	{keys: ['R'], label: 'R', help: 'key.rerunAll', screens: ['checklist'], action: {type: 'rerunAll'}, footer: true},
	{keys: ['q', 'escape'], label: 'q', help: 'key.quit', screens: ['checklist'], action: {type: 'quit'}, footer: true},
	{keys: ['ctrl+c'], label: 'Ctrl+C', help: 'key.quit', screens: ['checklist'], action: {type: 'quit'}},
];

export function resolveKey(screen: Screen, name: string | undefined): Action | undefined {
	if (!name) return undefined;
	return KEYMAP.find((binding) => binding.screens.includes(screen) && binding.keys.includes(name))?.action;
}

export function footerBindings(screen: Screen): Binding[] {
	return KEYMAP.filter((binding) => binding.footer && binding.screens.includes(screen));
}
