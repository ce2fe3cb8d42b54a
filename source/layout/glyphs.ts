import figures, {mainSymbols} from 'figures';
import type {RowState} from '../model/status.js';

/** figures picks its ASCII-safe set where the terminal cannot show Unicode (old conhost). */
const unicode = figures === mainSymbols;

/** Status glyphs, one cell wide each: no emoji in aligned columns. */
export const STATUS_GLYPH: Record<RowState, string> = {
	ok: figures.tick,
	info: figures.info,
	warn: figures.warning,
	error: figures.cross,
	unknown: '?',
	skipped: unicode ? '–' : '-',
	failed: '!',
	pending: unicode ? '·' : '.',
	running: unicode ? '…' : '.',
};

/** Spinner frames: braille dots where Unicode works, a turning bar where it does not. */
export const SPINNER_FRAMES: readonly string[] = unicode ? ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'] : ['-', '\\', '|', '/'];

export const POINTER = figures.pointer;

const STATUS_COLOR: Partial<Record<RowState, string>> = {
	ok: 'green',
	info: 'blue',
	warn: 'yellow',
	error: 'red',
	failed: 'red',
	unknown: 'gray',
	skipped: 'gray',
};

/** The colour of a status glyph (none for pending rows; a running row's spinner is cyan). */
export function statusColor(state: RowState): string | undefined {
	return STATUS_COLOR[state];
}
