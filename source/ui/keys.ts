/**
 * Key names from Ink's (input, key) pair. Kept free of Ink so the mapping from keys to
 * actions is a pure function, tested without a terminal.
 */
export interface InkKeyLike {
	upArrow?: boolean;
	downArrow?: boolean;
	leftArrow?: boolean;
	rightArrow?: boolean;
	pageUp?: boolean;
	pageDown?: boolean;
	home?: boolean;
	end?: boolean;
	return?: boolean;
	escape?: boolean;
	ctrl?: boolean;
	shift?: boolean;
	tab?: boolean;
	backspace?: boolean;
	delete?: boolean;
	meta?: boolean;
}

/**
 * Names a key press: `up`, `down`, `enter`, `escape`, `back`, `ctrl+c`, or the character
 * typed (`j`, `R`, `?`). Ink 6.8 reports the Backspace key of Linux and macOS as `delete`,
 * so both count as `back`. Esc arrives with `meta` set in 6.8; that is ignored.
 */
export function keyName(input: string, key: InkKeyLike): string | undefined {
	if (key.ctrl && input === 'c') return 'ctrl+c';
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageup';
	if (key.pageDown) return 'pagedown';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'enter';
	if (key.escape) return 'escape';
	if (key.backspace || key.delete) return 'back';
	if (key.tab) return key.shift ? 'shift+tab' : 'tab';
	if (key.ctrl && input) return `ctrl+${input}`;
	// Control characters that arrive inside a chunk of several keys (see splitChunk).
	const control = CONTROL_NAMES[input];
	if (control) return control;
	// A paste arrives as one chunk; only single characters are keys.
	if (input.length === 1) return input;
	return undefined;
}

const CONTROL_NAMES: Record<string, string> = {'\r': 'enter', '\n': 'enter', '\t': 'tab', '\u007F': 'back', '\b': 'back', '\u001B': 'escape', '\u0003': 'ctrl+c'};

/**
 * Ink 6.8 hands over keys typed faster than it reads them (key repeat, a paste, a test
 * writing two keys) as one chunk of plain characters. Split it into runs of printable text
 * and single control characters, so that each is handled as a key of its own, in order:
 * `jj` moves twice, and `go111module\r` types a filter and then confirms it.
 */
export function splitChunk(input: string): string[] {
	return input.match(/[\r\n\t\u007F\b\u001B\u0003]|[^\r\n\t\u007F\b\u001B\u0003]+/g) ?? [];
}

/** True when Ink reported no key of its own for this input: plain characters only. */
export function isPlain(key: InkKeyLike): boolean {
	return !(key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end || key.return || key.escape || key.ctrl || key.tab || key.backspace || key.delete || key.meta);
}
