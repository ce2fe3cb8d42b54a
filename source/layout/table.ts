import {cellWidth} from './width.js';
import type {Grid} from './evidence-grid.js';
import {seg, styled, toneStyle, wrapText, type Line} from './lines.js';

const GAP = 2;
/** A wrapping column is never squeezed below this many cells. */
const MIN_FLEX = 10;

/**
 * A grid as terminal lines within `width` cells. Columns are aligned by display width, so
 * CJK text lines up. When the grid is too wide, the free-text columns shrink and their cells
 * wrap inside the column; when even that does not fit (60 columns, six columns of PATH
 * data), each row is drawn as a small block of "label  value" lines instead. Nothing is cut:
 * evidence is for reading.
 */
export function gridLines(full: Grid, width: number, indent = 2): Line[] {
	const grid = withoutEmptyColumns(full);
	const room = Math.max(10, width - indent);
	const natural = grid.columns.map((column, i) =>
		Math.max(grid.header ? cellWidth(column.label) : 0, ...grid.rows.map((row) => cellWidth(row.cells[i]?.text ?? '')), 1),
	);
	const gaps = GAP * (grid.columns.length - 1);
	const widths = [...natural];
	const total = () => widths.reduce((a, b) => a + b, 0) + gaps;
	if (total() > room) {
		const flex = grid.columns.map((column, i) => (column.flex ? i : -1)).filter((i) => i >= 0);
		// Shrink the widest free-text column, no further than the next widest, until it fits:
		// the wrapping columns end up evenly narrow, never one squeezed to nothing.
		while (total() > room) {
			const candidates = flex.filter((i) => widths[i]! > MIN_FLEX);
			if (candidates.length === 0) break;
			const widest = candidates.reduce((a, b) => (widths[b]! > widths[a]! ? b : a));
			const next = Math.max(MIN_FLEX, ...candidates.filter((i) => i !== widest).map((i) => widths[i]!));
			widths[widest] = Math.max(next === widths[widest] ? widths[widest]! - 1 : next, widths[widest]! - (total() - room), MIN_FLEX);
		}
		if (total() > room) return stackedLines(grid, room, indent);
	}
	const pad = seg(' '.repeat(indent));
	const lines: Line[] = [];
	if (grid.header) lines.push([pad, ...rowLine(grid.columns.map((c) => c.label), widths, {bold: true, dim: true})]);
	for (const row of grid.rows) {
		const wrapped = row.cells.map((cell, i) => (grid.columns[i]?.flex ? wrapText(cell.text, widths[i]!) : wrapOrCut(cell.text, widths[i]!)));
		const height = Math.max(1, ...wrapped.map((w) => w.length));
		for (let k = 0; k < height; k++) {
			const parts: Line = [pad];
			row.cells.forEach((cell, i) => {
				const text = wrapped[i]![k] ?? '';
				const last = i === row.cells.length - 1;
				parts.push(seg(last ? text : text + ' '.repeat(Math.max(0, widths[i]! - cellWidth(text)) + GAP), toneStyle(cell.tone)));
			});
			lines.push(styled(trimEnd(parts), toneStyle(row.tone)));
		}
	}
	return lines;
}

function rowLine(cells: string[], widths: number[], style: {bold?: boolean; dim?: boolean}): Line {
	return trimEnd(cells.map((text, i) => seg(i === cells.length - 1 ? text : text + ' '.repeat(Math.max(0, widths[i]! - cellWidth(text)) + GAP), style)));
}

function wrapOrCut(text: string, width: number): string[] {
	return cellWidth(text) <= width ? [text] : wrapText(text, width);
}

function trimEnd(parts: Line): Line {
	const out = [...parts];
	while (out.length > 0 && out.at(-1)!.text.trim() === '') out.pop();
	if (out.length > 0) out[out.length - 1] = {...out.at(-1)!, text: out.at(-1)!.text.replace(/ +$/, '')};
	return out;
}

/** One block per row: every column as "label  value", values wrapped under themselves. */
function stackedLines(grid: Grid, room: number, indent: number): Line[] {
	const labelWidth = Math.min(Math.floor(room / 3), Math.max(...grid.columns.map((c) => cellWidth(c.label))));
	const pad = seg(' '.repeat(indent));
	const lines: Line[] = [];
	grid.rows.forEach((row, r) => {
		if (r > 0) lines.push([]);
		row.cells.forEach((cell, i) => {
			if (cell.text === '') return;
			const label = grid.columns[i]?.label ?? '';
			const valueWidth = Math.max(4, room - labelWidth - GAP);
			wrapText(cell.text, valueWidth).forEach((piece, k) => {
				const head = k === 0 ? label + ' '.repeat(Math.max(0, labelWidth - cellWidth(label))) : ' '.repeat(labelWidth);
				lines.push(styled([pad, seg(head + ' '.repeat(GAP), {dim: true}), seg(piece, toneStyle(cell.tone))], toneStyle(row.tone)));
			});
		});
	});
	return lines;
}

/** Columns with nothing in any row are left out: an empty "note" column is just noise. */
function withoutEmptyColumns(grid: Grid): Grid {
	const keep = grid.columns.map((_, i) => grid.rows.some((row) => (row.cells[i]?.text ?? '') !== ''));
	if (keep.every(Boolean)) return grid;
	return {
		...grid,
		columns: grid.columns.filter((_, i) => keep[i]),
		rows: grid.rows.map((row) => ({...row, cells: row.cells.filter((_, i) => keep[i])})),
	};
}
