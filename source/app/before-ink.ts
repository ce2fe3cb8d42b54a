import {BEGIN_SYNCHRONIZED_UPDATE, END_SYNCHRONIZED_UPDATE, eraseFrame, paintFrame, type FirstFrame} from './first-frame.js';
import {render} from './render.js';
import type {Runtime} from './runtime.js';

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
 * Backspace and Ctrl+C, typed or pasted. A key Ink alone can read (an escape sequence: arrows,
 * Esc, PgUp; another Ctrl key) is put back, with everything after it, for Ink to read in order.
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
			const text = String(chunk);
			if (!readableHere(text)) {
				stdin.unshift(chunk);
				stopReading();
				return;
			}
			runtime.key(text, {});
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
