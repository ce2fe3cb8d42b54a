import type {Row} from '../model/check-run.js';
import {FAMILIES, type Family} from '../model/finding.js';
import {isProblem, type RowState} from '../model/status.js';
import {suppressionState, type Suppression, type SuppressionState} from '../suppressions/suppressions.js';

/** A checklist row with what the UI adds to the engine's: its suppression, if any. */
export interface ListRow {
	row: Row;
	suppression?: SuppressionState;
}

export type Severity = 'all' | 'problems' | 'errors';
export const SEVERITIES: readonly Severity[] = ['all', 'problems', 'errors'];

/** Rows grouped by family, in FAMILIES order; within a family, in the probes' order. */
export function listRows(rows: readonly Row[], suppressions: ReadonlyMap<string, Suppression>, now: Date): ListRow[] {
	const order = (family: Family) => FAMILIES.indexOf(family);
	return rows
		.map((row, index) => ({row, index}))
		.sort((a, b) => order(a.row.family) - order(b.row.family) || a.index - b.index)
		.map(({row}) => {
			const state = row.finding ? suppressionState(suppressions.get(row.id), row.finding.status, now) : undefined;
			return state ? {row, suppression: state} : {row};
		});
}

/** The state a row counts as: a suppressed finding no longer counts as a problem. */
export function countsAsProblem(item: ListRow): boolean {
	return item.suppression?.kind !== 'active' && isProblem(item.row.state);
}

function shownAt(item: ListRow, severity: Severity): boolean {
	const state: RowState = item.row.state;
	if (severity === 'all') return true;
	// Checks still running stay: they may yet turn into problems.
	if (state === 'pending' || state === 'running') return true;
	if (severity === 'errors') return item.suppression?.kind !== 'active' && (state === 'error' || state === 'failed');
	return countsAsProblem(item);
}

/** Matches the id, the title and the summary, case-insensitively; every word must match. */
export function matchesFilter(item: ListRow, filter: string): boolean {
	const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const haystack = [item.row.id, item.row.title, item.row.finding?.summary ?? '', item.suppression?.suppression.reason ?? ''].join('\n').toLowerCase();
	return words.every((word) => haystack.includes(word));
}

export function visibleRows(items: readonly ListRow[], filter: string, severity: Severity): ListRow[] {
	return items.filter((item) => shownAt(item, severity) && matchesFilter(item, filter));
}

/** The selected row: the one the user chose if it is still shown, else the first shown. */
export function selectedIndex(visible: readonly ListRow[], cursor: string | undefined): number {
	const index = cursor === undefined ? -1 : visible.findIndex((item) => item.row.id === cursor);
	return index >= 0 ? index : 0;
}
