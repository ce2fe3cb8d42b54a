import type {Translator} from '../i18n/index.js';
import type {Evidence} from '../model/finding.js';
import type {ShellKind} from '../shell/syntax.js';
import {evidenceBody, exitStatusText, type Grid} from '../layout/evidence-grid.js';
import {alignColumns} from '../layout/columns.js';

/** Lines of output kept per stream when a command's output is shown in a report. */
const MAX_OUTPUT_LINES = 20;

/**
 * Evidence as plain lines, for the text report (logs and pipes). The same columns, in the
 * same words, as the finding screen and the Markdown report (evidence-grid.ts): tables stay
 * tables, aligned by display width, not prose.
 */
export function evidenceLines(t: Translator, evidence: Evidence, shell: ShellKind): string[] {
	const lines = [evidence.title];
	const push = (body: string[]) => lines.push(...body.map((line) => `  ${line}`));
	const body = evidenceBody(t, evidence, shell);
	switch (body.type) {
		case 'grid':
			if (body.note) push([body.note]);
			push(body.grid.rows.length > 0 ? gridText(body.grid) : [t('evidence.none')]);
			break;
		case 'command': {
			push([`$ ${body.command}`, exitStatusText(t, body.exitCode, body.timedOut, body.end)]);
			for (const [label, text] of [
				[t('evidence.stdout'), body.stdout],
				[t('evidence.stderr'), body.stderr],
			] as const) {
				const output = text.replace(/\s+$/, '');
				if (!output) continue;
				const all = output.split(/\r?\n/);
				const shown = all.slice(0, MAX_OUTPUT_LINES);
				const more = all.length - shown.length;
				push([t('text.heading', {label}), ...shown.map((line) => `  ${line}`), ...(more > 0 ? [`  ${t('evidence.moreLines', {count: more})}`] : [])]);
			}
			break;
		}
		case 'text':
			push(body.text.replace(/\s+$/, '').split(/\r?\n/));
			break;
	}
	return lines;
}

/** A grid as aligned columns; a column empty in every row is left out, as on screen. */
function gridText(grid: Grid): string[] {
	const used = grid.columns.map((_, i) => grid.rows.some((row) => (row.cells[i]?.text ?? '') !== ''));
	const keep = (cells: readonly string[]) => cells.filter((_, i) => used[i]);
	const rows = grid.rows.map((row) => keep(row.cells.map((cell) => oneLine(cell.text))));
	return alignColumns(grid.header ? [keep(grid.columns.map((column) => column.label)), ...rows] : rows);
}

/** A cell is one line of a table. */
function oneLine(text: string): string {
	return text.replace(/\r?\n/g, ' ⏎ ');
}
