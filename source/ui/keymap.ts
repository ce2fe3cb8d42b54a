import type {MessageKey} from '../i18n/index.js';

/**
 * Where keys are read. A context is a screen, or a mode of one (typing a filter, the
 * second confirmation of an irreversible fix). The help overlay is a context of its own.
 */
export const CONTEXTS = [
	'checklist',
	'filter',
	'detail',
	'preview',
	'confirm',
	'applying',
	'journal',
	'entry',
	'undo',
	'suppress',
	'unsuppress',
	'report',
	'command',
	'help',
] as const;
export type Context = (typeof CONTEXTS)[number];

/** Contexts where typed characters are text, not commands. */
export const TEXT_CONTEXTS: ReadonlySet<Context> = new Set(['filter', 'suppress', 'confirm', 'command']);

export type Action =
	| {type: 'move'; delta: number}
	| {type: 'page'; delta: number}
	| {type: 'top'}
	| {type: 'bottom'}
	| {type: 'open'}
	| {type: 'back'}
	| {type: 'quit'}
	| {type: 'rerun'}
	| {type: 'rerunAll'}
	| {type: 'filter'}
	| {type: 'clear'}
	| {type: 'severity'}
	| {type: 'fix'}
	| {type: 'selectFix'; index: number}
	| {type: 'nextFix'; delta: number}
	| {type: 'suppress'}
	| {type: 'report'}
	| {type: 'journal'}
	| {type: 'help'}
	| {type: 'apply'}
	| {type: 'undo'}
	| {type: 'force'}
	| {type: 'rollback'}
	| {type: 'resolve'}
	| {type: 'write'}
	| {type: 'submit'}
	| {type: 'nextField'}
	| {type: 'deleteChar'}
	| {type: 'clearText'}
	| {type: 'insert'; text: string}
	| {type: 'cancel'}
	/** Opens the `:` command line. */
	| {type: 'command'}
	/** Tab on the command line: complete the word. */
	| {type: 'complete'};

export interface Binding {
	/** Key names as produced by keyName(). */
	keys: readonly string[];
	/** How the keys are shown in the footer and in help. Key names are never translated. */
	label: string;
	help: MessageKey;
	contexts: readonly Context[];
	action: Action;
	/** Shown in the footer, by priority (lower first); the help overlay shows every binding. */
	footer?: number;
}

const LIST: Context[] = ['checklist', 'journal'];
const SCROLL: Context[] = ['detail', 'preview', 'applying', 'entry', 'undo', 'report', 'help'];
const ALL: Context[] = [...CONTEXTS];

/**
 * Every key the app knows, as data. Input handling, the footer and the help overlay are all
 * built from this table, so what they say is what the keys do.
 */
export const KEYMAP: readonly Binding[] = [
	// Lists: move the selection.
	{keys: ['up', 'k'], label: '↑/k', help: 'key.up', contexts: LIST, action: {type: 'move', delta: -1}},
	{keys: ['down', 'j'], label: '↓/j', help: 'key.down', contexts: LIST, action: {type: 'move', delta: 1}},
	{keys: ['up'], label: '↑', help: 'key.up', contexts: ['filter'], action: {type: 'move', delta: -1}},
	{keys: ['down'], label: '↓', help: 'key.down', contexts: ['filter'], action: {type: 'move', delta: 1}},
	{keys: ['pageup', 'ctrl+u'], label: 'PgUp', help: 'key.pageUp', contexts: LIST, action: {type: 'page', delta: -1}},
	{keys: ['pagedown', 'ctrl+d'], label: 'PgDn', help: 'key.pageDown', contexts: LIST, action: {type: 'page', delta: 1}},
	{keys: ['home', 'g'], label: 'g', help: 'key.top', contexts: LIST, action: {type: 'top'}},
	{keys: ['end', 'G'], label: 'G', help: 'key.bottom', contexts: LIST, action: {type: 'bottom'}},

	// Panes: scroll the text.
	{keys: ['up', 'k'], label: '↑/k', help: 'key.scrollUp', contexts: SCROLL, action: {type: 'move', delta: -1}},
	{keys: ['down', 'j'], label: '↓/j', help: 'key.scrollDown', contexts: SCROLL, action: {type: 'move', delta: 1}},
	{keys: ['pageup', 'ctrl+u'], label: 'PgUp', help: 'key.pageUp', contexts: SCROLL, action: {type: 'page', delta: -1}},
	{keys: ['pagedown', 'ctrl+d', ' '], label: 'PgDn', help: 'key.pageDown', contexts: SCROLL, action: {type: 'page', delta: 1}, footer: 5},
	{keys: ['home', 'g'], label: 'g', help: 'key.top', contexts: SCROLL, action: {type: 'top'}},
	{keys: ['end', 'G'], label: 'G', help: 'key.bottom', contexts: SCROLL, action: {type: 'bottom'}},

	// The checklist.
	{keys: ['enter'], label: 'Enter', help: 'key.open', contexts: ['checklist'], action: {type: 'open'}, footer: 1},
	{keys: ['f'], label: 'f', help: 'key.fix', contexts: ['checklist'], action: {type: 'fix'}, footer: 2},
	{keys: ['/'], label: '/', help: 'key.filter', contexts: ['checklist'], action: {type: 'filter'}, footer: 3},
	{keys: ['p'], label: 'p', help: 'key.severity', contexts: ['checklist'], action: {type: 'severity'}, footer: 4},
	{keys: ['escape'], label: 'Esc', help: 'key.clearFilter', contexts: ['checklist'], action: {type: 'clear'}},
	{keys: ['s'], label: 's', help: 'key.suppress', contexts: ['checklist', 'detail'], action: {type: 'suppress'}, footer: 6},
	{keys: ['r'], label: 'r', help: 'key.rerun', contexts: ['checklist', 'detail'], action: {type: 'rerun'}, footer: 7},
	{keys: ['R'], label: 'R', help: 'key.rerunAll', contexts: ['checklist'], action: {type: 'rerunAll'}},
	{keys: ['e'], label: 'e', help: 'key.report', contexts: ['checklist', 'detail'], action: {type: 'report'}, footer: 8},
	{keys: ['u', 'J'], label: 'u/J', help: 'key.journal', contexts: ['checklist', 'detail'], action: {type: 'journal'}, footer: 9},

	// Typing a filter.
	{keys: ['enter'], label: 'Enter', help: 'key.keepFilter', contexts: ['filter'], action: {type: 'submit'}, footer: 1},
	{keys: ['escape'], label: 'Esc', help: 'key.clearFilter', contexts: ['filter'], action: {type: 'clear'}, footer: 2},

	// A finding.
	{keys: ['enter', 'f'], label: 'Enter/f', help: 'key.previewFix', contexts: ['detail'], action: {type: 'fix'}, footer: 1},
	{keys: ['tab'], label: 'Tab', help: 'key.nextFix', contexts: ['detail'], action: {type: 'nextFix', delta: 1}, footer: 3},
	{keys: ['shift+tab'], label: 'Shift+Tab', help: 'key.prevFix', contexts: ['detail'], action: {type: 'nextFix', delta: -1}},
	// The digit says which: resolveKey turns `3` into index 2.
	{keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], label: '1–9', help: 'key.selectFix', contexts: ['detail'], action: {type: 'selectFix', index: 0}},

	// The fix preview: y applies, scrolling scrolls, any other key cancels.
	{keys: ['y'], label: 'y', help: 'key.apply', contexts: ['preview'], action: {type: 'apply'}, footer: 1},
	{keys: ['enter'], label: 'Enter', help: 'key.confirmIrreversible', contexts: ['confirm'], action: {type: 'submit'}, footer: 1},
	{keys: ['enter', 'escape', 'back'], label: 'Enter/Esc', help: 'key.done', contexts: ['applying'], action: {type: 'back'}, footer: 1},

	// The journal.
	{keys: ['enter'], label: 'Enter', help: 'key.openEntry', contexts: ['journal'], action: {type: 'open'}, footer: 1},
	{keys: ['z'], label: 'z', help: 'key.undo', contexts: ['journal', 'entry'], action: {type: 'undo'}, footer: 3},
	{keys: ['b'], label: 'b', help: 'key.rollback', contexts: ['journal', 'entry'], action: {type: 'rollback'}, footer: 4},
	{keys: ['m'], label: 'm', help: 'key.resolve', contexts: ['journal', 'entry'], action: {type: 'resolve'}, footer: 5},

	// Undoing an entry: like a fix preview, y goes ahead and any other key cancels.
	{keys: ['y'], label: 'y', help: 'key.undoNow', contexts: ['undo'], action: {type: 'apply'}, footer: 1},
	{keys: ['F'], label: 'F', help: 'key.force', contexts: ['undo'], action: {type: 'force'}, footer: 2},

	// Suppressing a finding.
	{keys: ['enter'], label: 'Enter', help: 'key.save', contexts: ['suppress'], action: {type: 'submit'}, footer: 1},
	{keys: ['tab', 'shift+tab', 'up', 'down'], label: 'Tab', help: 'key.nextField', contexts: ['suppress'], action: {type: 'nextField'}, footer: 2},
	{keys: ['y'], label: 'y', help: 'key.lift', contexts: ['unsuppress'], action: {type: 'submit'}, footer: 1},

	// The `:` command line (the REPL's commands, over the checklist).
	{keys: [':'], label: ':', help: 'key.command', contexts: ['checklist', 'detail'], action: {type: 'command'}, footer: 12},
	{keys: ['enter'], label: 'Enter', help: 'key.runCommand', contexts: ['command'], action: {type: 'submit'}, footer: 1},
	{keys: ['tab'], label: 'Tab', help: 'key.complete', contexts: ['command'], action: {type: 'complete'}, footer: 3},
	{keys: ['up'], label: '↑', help: 'key.historyBack', contexts: ['command'], action: {type: 'move', delta: -1}, footer: 4},
	{keys: ['down'], label: '↓', help: 'key.historyForward', contexts: ['command'], action: {type: 'move', delta: 1}},
	{keys: ['pageup'], label: 'PgUp', help: 'key.pageUp', contexts: ['command'], action: {type: 'page', delta: -1}, footer: 5},
	{keys: ['pagedown'], label: 'PgDn', help: 'key.pageDown', contexts: ['command'], action: {type: 'page', delta: 1}},
	{keys: ['escape'], label: 'Esc', help: 'key.closeCommand', contexts: ['command'], action: {type: 'cancel'}, footer: 2},

	// The report preview.
	{keys: ['w', 'y'], label: 'w', help: 'key.writeReport', contexts: ['report'], action: {type: 'write'}, footer: 1},

	// Text fields.
	{keys: ['back'], label: 'Backspace', help: 'key.deleteChar', contexts: ['filter', 'suppress', 'confirm', 'command'], action: {type: 'deleteChar'}},
	{keys: ['ctrl+u'], label: 'Ctrl+U', help: 'key.clearText', contexts: ['filter', 'suppress', 'confirm', 'command'], action: {type: 'clearText'}},

	// Leaving.
	{keys: ['escape', 'back', 'q', 'left'], label: 'Esc', help: 'key.back', contexts: ['detail', 'journal', 'entry', 'report'], action: {type: 'back'}, footer: 2},
	{keys: ['escape', 'back', 'q', '?'], label: 'Esc', help: 'key.closeHelp', contexts: ['help'], action: {type: 'back'}, footer: 10},
	{keys: ['escape'], label: 'Esc', help: 'key.cancel', contexts: ['suppress', 'confirm'], action: {type: 'cancel'}, footer: 2},
	{keys: ['?'], label: '?', help: 'key.help', contexts: ['checklist', 'detail', 'preview', 'journal', 'entry', 'undo', 'report'], action: {type: 'help'}, footer: 0},
	{keys: ['q'], label: 'q', help: 'key.quit', contexts: ['checklist'], action: {type: 'quit'}, footer: 11},
	{keys: ['ctrl+c'], label: 'Ctrl+C', help: 'key.quitAlways', contexts: ALL, action: {type: 'quit'}},
];

/**
 * What a key does in a context: a binding of the table; in a text context, any other
 * printable input (a key or a paste) is typed; on the screens that say "any other key
 * cancels", every other key cancels.
 */
export function resolveKey(context: Context, name: string | undefined, input = ''): Action | undefined {
	const binding = name === undefined ? undefined : KEYMAP.find((b) => b.contexts.includes(context) && b.keys.includes(name));
	if (binding) return binding.action.type === 'selectFix' ? {type: 'selectFix', index: Number(name) - 1} : binding.action;
	if (TEXT_CONTEXTS.has(context)) {
		const printable = [...input].filter((char) => char >= ' ' && char !== '\u007F').join('');
		return printable ? {type: 'insert', text: printable} : undefined;
	}
	if (context === 'preview' || context === 'undo' || context === 'unsuppress') return name === undefined && input === '' ? undefined : {type: 'cancel'};
	return undefined;
}

const KEY_NAMES: Record<string, string> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	enter: 'Enter',
	escape: 'Esc',
	back: 'Backspace',
	tab: 'Tab',
	'shift+tab': 'Shift+Tab',
	' ': 'Space',
};

/** A key name as people read it: `pagedown` → PgDn, `ctrl+d` → Ctrl+D, `j` → j. */
function keyLabel(name: string): string {
	if (KEY_NAMES[name]) return KEY_NAMES[name];
	if (name.startsWith('ctrl+')) return `Ctrl+${name.slice('ctrl+'.length).toUpperCase()}`;
	return name;
}

/**
 * The keys of a binding its short label does not show (Backspace beside Esc, Space and Ctrl+D
 * beside PgDn), so that help can name every key that works. The digits 1–9 are one label.
 */
export function otherKeys(binding: Binding): string[] {
	if (binding.action.type === 'selectFix') return [];
	const shown = new Set(binding.label.split('/'));
	return [...new Set(binding.keys.map(keyLabel))].filter((label) => !shown.has(label));
}

export function bindingsFor(context: Context): Binding[] {
	return KEYMAP.filter((binding) => binding.contexts.includes(context));
}

/** The footer's bindings, most important first. */
export function footerBindings(context: Context): Binding[] {
	return bindingsFor(context)
		.filter((binding) => binding.footer !== undefined)
		.sort((a, b) => a.footer! - b.footer!);
}
