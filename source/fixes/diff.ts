import type {DiffLine} from './types.js';

/** Above this many cells the diff is shown as "all removed, all added" instead. */
const MAX_CELLS = 4_000_000;

/**
 * The lines kept, removed and added between two lists (PATH entries, file lines): the
 * longest common subsequence, compared byte for byte.
 */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
	const n = before.length;
	const m = after.length;
	if (n * m > MAX_CELLS) return [...before.map((text) => ({op: '-' as const, text})), ...after.map((text) => ({op: '+' as const, text}))];
	// lcs[i][j]: the length of the LCS of before[i..] and after[j..].
	const lcs = Array.from({length: n + 1}, () => new Uint32Array(m + 1));
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
		}
	}
	const out: DiffLine[] = [];
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		if (i < n && j < m && before[i] === after[j]) {
			out.push({op: ' ', text: before[i]!});
			i++;
			j++;
		} else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
			// Removals before additions, as diffs are usually read.
			out.push({op: '-', text: before[i]!});
			i++;
		} else {
			out.push({op: '+', text: after[j]!});
			j++;
		}
	}
	return out;
}

/** The lines of a text without their line ends; a final line end does not make an empty line. */
export function textLines(text: string): string[] {
	if (text === '') return [];
	const lines = text.split(/\r?\n/);
	if (lines.at(-1) === '') lines.pop();
	return lines;
}
