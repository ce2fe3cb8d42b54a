import {BEGIN_SYNCHRONIZED_UPDATE, END_SYNCHRONIZED_UPDATE, eraseFrame, paintFrame, type FirstFrame} from './first-frame.js';
import {render} from './render.js';
import type {Runtime} from './runtime.js';
import type {InkKeyLike} from '../ui/keys.js';

export interface BeforeInk {
	/** Stops drawing and reading keys; says how tall the frame on the screen is, for Ink to replace. */
	stop(): FirstFrame;
}

interface Terminal {
	/** The first frame, already on the screen. */
	drawn: FirstFrame;
	stdin: NodeJS.ReadableStream & {setEncoding?(encoding: BufferEncoding): unknown};
	stdout: {write(text: string): unknown; on?(event: 'resize', listener: () => void): unknown; off?(event: 'resize', listener: () => void): unknown; columns?: number; rows?: number};
	color: boolean;
}

/**
 * The checklist while Ink loads (it takes longer than starting Node): the first frame, already
 * on the screen, is drawn again in place from the runtime's model whenever it changes (a
 * check settles, a key is pressed). Keys are read and go to the runtime as Ink would hand them
 * over, so the pointer moves while Ink is still loading: letters, digits, Enter, Tab,
 * Backspace and Ctrl+C, typed or pasted, and an arrow key pressed on its own. Any other key
 * (Esc, PgUp, another Ctrl key, an escape sequence in a chunk of several keys) is put back,
 * with everything after it, for Ink's parser to read in order.
 */
export function startBeforeInk(runtime: Runtime, {drawn, stdin, stdout, color}: Terminal): BeforeInk {
	let frame = drawn;
	let stopped = false;
	let scheduled = false;
	// One redraw per turn of the event loop, however many changes it brought.
	const redraw = () => {
		scheduled = false;
		if (stopped) return;
		const lines = render(runtime.getModel()).lines;
		stdout.write(BEGIN_SYNCHRONIZED_UPDATE + eraseFrame(frame) + paintFrame(lines, color) + END_SYNCHRONIZED_UPDATE);
		frame = {height: lines.length};
	};
	const unsubscribe = runtime.subscribe(() => {
		if (scheduled || stopped) return;
		scheduled = true;
		setImmediate(redraw);
	});
	// Checks may have settled since the first frame was drawn.
	scheduled = true;
	setImmediate(redraw);
	const onResize = () => runtime.resize(stdout.columns || 80, stdout.rows || 24);
	stdout.on?.('resize', onResize);

	stdin.setEncoding?.('utf8');
	const onReadable = () => {
		for (let chunk = stdin.read(); chunk !== null; chunk = stdin.read()) {
			const key = keyReadHere(String(chunk));
			if (key === undefined) {
				stdin.unshift(chunk);
				stopReading();
				return;
			}
			runtime.key(...key);
		}
	};
	let reading = true;
	const stopReading = () => {
		if (!reading) return;
		reading = false;
		stdin.removeListener('readable', onReadable);
	};
	stdin.on('readable', onReadable);

	return {
		stop() {
			if (!stopped) {
				stopped = true;
				unsubscribe();
				stopReading();
				stdout.off?.('resize', onResize);
			}
			return frame;
		},
	};
}

/**
 * A chunk of input as Ink's `useInput` would hand it over (its text, its key flags), when
 * the first frame can read it: plain keys (see readableHere) or one arrow key. Undefined for
 * a chunk only Ink's parser can read.
 */
export function keyReadHere(text: string): [string, InkKeyLike] | undefined {
	const arrow = arrowKey(text);
	if (arrow !== undefined) return ['', arrow];
	return readableHere(text) ? [text, {}] : undefined;
}

/**
 * Whether a chunk of input is only keys whose meaning does not depend on Ink's parser: text
 * (printable characters), and Enter, Tab, Backspace (DEL or BS) and Ctrl+C, which the
 * runtime names from the characters themselves. Ink hands such a chunk over unchanged (one
 * key, or a run of keys typed or pasted at once), so reading it here does what Ink would.
 */
export function readableHere(text: string): boolean {
	for (const char of text) {
		if (char >= ' ' && char !== '\u007F') continue;
		if (char === '\r' || char === '\t' || char === '\u007F' || char === '\b' || char === '\u0003') continue;
		return false;
	}
	return text.length > 0;
}

/**
 * The arrow keys as terminals send them (ESC [ A, or ESC O A in application cursor mode),
 * each a chunk of its own. Ink's parser reads such a chunk as that arrow and nothing else, and
 * hands it over with no text: so does the first frame.
 */
const ARROWS: Record<string, InkKeyLike> = {
	A: {upArrow: true},
	B: {downArrow: true},
	C: {rightArrow: true},
	D: {leftArrow: true},
};

/** The arrow a chunk is, when it is exactly one arrow key's sequence. */
export function arrowKey(text: string): InkKeyLike | undefined {
	const match = /^\u001B[[O]([ABCD])$/.exec(text);
	return match?.[1] === undefined ? undefined : ARROWS[match[1]];
}
