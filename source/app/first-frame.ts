import type {Line} from '../layout/lines.js';
import {paintLine} from '../layout/paint.js';
import {checklistView} from '../screens/checklist.js';
import {clampFrame, surfaceOf} from '../screens/frame.js';
import type {Model} from '../ui/model.js';

/**
 * Frames drawn straight to the terminal, before Ink and React are even loaded.
 *
 * Loading the UI (Ink, React's reconciler, the yoga layout engine) costs more than starting
 * Node itself. The checks do not wait for it (they start first), and neither does the
 * person: the model is drawn at once, spinners and all, then the runtime draws it again on
 * every change until Ink is there (before-ink.ts). When Ink is ready, its first render
 * replaces these lines in place (`eraseOnNextWrite`).
 */

export interface FirstFrame {
	/** Lines written, each ended by a newline. */
	readonly height: number;
}

/**
 * The first frame of a model: the checklist, as `render` draws a model with no screen above it
 * (the first frame never has one), from the checklist's module alone, so nothing else of the
 * UI is loaded before it is on the screen.
 */
export function firstFrameLines(model: Model): Line[] {
	return clampFrame(checklistView(model).lines, surfaceOf(model.layout).height);
}

/** Writes the frame, each line ended by a newline as Ink's own renderer does. */
export function drawFirstFrame(stream: {write(text: string): unknown}, lines: readonly Line[], color: boolean): FirstFrame {
	stream.write(paintFrame(lines, color));
	return {height: lines.length};
}

/** A frame as the terminal gets it: each line painted and ended by a newline. */
export function paintFrame(lines: readonly Line[], color: boolean): string {
	return lines.map((line) => paintLine(line, color) + '\n').join('');
}

/** Takes a frame of this height back off the screen: the cursor goes back to where it started. */
export function eraseFrame(frame: FirstFrame): string {
	// A carriage return, not "cursor to column 1" (CSI G): the bundle's Ink writes one too (scripts/build-options.js).
	return '\u001B[2K\u001B[1A'.repeat(frame.height) + '\u001B[2K\r';
}

/**
 * Arranges for the frame to be taken back off the screen by the next write to `stream` (Ink's
 * first frame), in the same write, so the terminal never shows it blank: the cursor goes back
 * to where the frame started, with the sequence Ink itself writes between two of its frames
 * (erase a line, move up, …, column 1). Inside Ink's synchronized update when it starts with
 * one, so terminals that support those swap the two frames at once.
 */
export function eraseOnNextWrite(stream: NodeJS.WriteStream, frame: FirstFrame): void {
	const erase = eraseFrame(frame);
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

export const BEGIN_SYNCHRONIZED_UPDATE = '\u001B[?2026h';
export const END_SYNCHRONIZED_UPDATE = '\u001B[?2026l';
