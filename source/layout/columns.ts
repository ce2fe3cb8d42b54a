import {cellWidth} from './width.js';

/** Pads to a display width (CJK characters take two cells). */
export function padCells(text: string, width: number): string {
	const w = cellWidth(text);
	return w >= width ? text : text + ' '.repeat(width - w);
}

/**
 * Cuts text to at most `width` cells, ending with an ellipsis when cut. Never splits a
 * double-width character across the edge.
 */
export function truncateCells(text: string, width: number): string {
	if (width <= 0) return '';
	if (cellWidth(text) <= width) return text;
	let out = '';
	let used = 0;
	for (const char of text) {
		const w = cellWidth(char);
		if (used + w > width - 1) break;
		out += char;
		used += w;
	}
	return out + '…';
}

/** Aligns rows of cells into columns separated by two spaces. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
	const widths: number[] = [];
	for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cellWidth(cell))));
	return rows.map((row) =>
		row
			.map((cell, i) => (i === row.length - 1 ? cell : padCells(cell, widths[i]!)))
			.join('  ')
			.trimEnd(),
	);
}
