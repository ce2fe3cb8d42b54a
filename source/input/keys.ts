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
	// A paste arrives as one chunk; only single characters are keys.
	if (input.length === 1) return input;
	return undefined;
}
