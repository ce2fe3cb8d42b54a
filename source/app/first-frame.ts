import type {Line, Segment} from '../layout/lines.js';
import type {Model} from '../ui/model.js';
import {render} from './render.js';

/**
 * The checklist's first frame, drawn before Ink and React are even loaded.
 *
 * Loading the UI (Ink, React's reconciler, the yoga layout engine) costs more than starting
 * Node itself. The checks do not wait for it (they start first), and neither does the
 * person: the UI's model is drawn at once by the same `render` Ink draws later, spinners and
 * all, straight to the terminal. When Ink is ready, its first render replaces these lines in
 * place (`eraseOnNextWrite`), and it is live from then on.
 *
 * Keys pressed in between are kept for the UI, not lost or echoed: the terminal is put in raw
 * mode with the first frame (Ctrl+C then arrives as a key the UI handles, never as a signal
 * that would kill the run half-drawn).
 */

export interface FirstFrame {
	/** Lines written, each ended by a newline. */
	readonly height: number;
}

/** The lines of the model as the UI's first render shows them. */
export function firstFrameLines(model: Model): Line[] {
	return render(model).lines;
}

/** Writes the frame, each line ended by a newline as Ink's own renderer does. */
export function drawFirstFrame(stream: {write(text: string): unknown}, lines: readonly Line[], color: boolean): FirstFrame {
	stream.write(lines.map((line) => line.map((part) => paint(part, color)).join('') + '\n').join(''));
	return {height: lines.length};
}

/**
 * Arranges for the frame to be taken back off the screen by the next write to `stream` (Ink's
 * first frame), in the same write, so the terminal never shows it blank: the cursor goes back
 * to where the frame started, with the sequence Ink itself writes between two of its frames
 * (erase a line, move up, …, column 1). Inside Ink's synchronized update when it starts with
 * one, so terminals that support those swap the two frames at once.
 */
export function eraseOnNextWrite(stream: NodeJS.WriteStream, frame: FirstFrame): void {
	const erase = '\u001B[2K\u001B[1A'.repeat(frame.height) + '\u001B[2K\u001B[G';
	const hadOwn = Object.hasOwn(stream, 'write');
	const original = stream.write;
	const restore = () => {
		if (hadOwn) stream.write = original;
		else delete (stream as {write?: unknown}).write;
	};
	stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
		restore();
		const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
		const data = text.startsWith(BEGIN_SYNCHRONIZED_UPDATE) ? BEGIN_SYNCHRONIZED_UPDATE + erase + text.slice(BEGIN_SYNCHRONIZED_UPDATE.length) : erase + text;
		return (original as (...args: unknown[]) => boolean).call(this, data, ...rest);
	} as NodeJS.WriteStream['write'];
}

const BEGIN_SYNCHRONIZED_UPDATE = '\u001B[?2026h';

/** The SGR codes chalk writes for the colours screens use (open, close). */
const COLORS: Record<string, [number, number]> = {
	black: [30, 39],
	red: [31, 39],
	green: [32, 39],
	yellow: [33, 39],
	blue: [34, 39],
	magenta: [35, 39],
	cyan: [36, 39],
	white: [37, 39],
	gray: [90, 39],
	grey: [90, 39],
};

const wrap = (text: string, [open, close]: [number, number]) => `\u001B[${open}m${text}\u001B[${close}m`;

/** A segment as Ink's <Text> styles it with chalk: dim innermost, then colour, bold, underline, strikethrough, inverse. */
function paint(part: Segment, color: boolean): string {
	if (!color) return part.text;
	let text = part.text;
	if (part.dim) text = wrap(text, [2, 22]);
	const named = part.color ? COLORS[part.color] : undefined;
	if (named) text = wrap(text, named);
	if (part.bold) text = wrap(text, [1, 22]);
	if (part.underline) text = wrap(text, [4, 24]);
	if (part.strike) text = wrap(text, [9, 29]);
	if (part.inverse) text = wrap(text, [7, 27]);
	return text;
}
