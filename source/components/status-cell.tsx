import {Text} from 'ink';
import type {RowState} from '../model/status.js';
import {SPINNER_FRAMES, STATUS_GLYPH} from './glyphs.js';

const COLOR: Partial<Record<RowState, string>> = {
	ok: 'green',
	info: 'blue',
	warn: 'yellow',
	error: 'red',
	failed: 'red',
	unknown: 'gray',
	skipped: 'gray',
};

/** One cell: a spinner while the check runs, then its status glyph. */
export function StatusCell({state, frame}: {state: RowState; frame: number}) {
	if (state === 'running') return <Text color="cyan">{SPINNER_FRAMES[frame % SPINNER_FRAMES.length]}</Text>;
	return <Text color={COLOR[state]}>{STATUS_GLYPH[state]}</Text>;
}

export function statusColor(state: RowState): string | undefined {
	return COLOR[state];
}
