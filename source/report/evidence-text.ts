import type {Translator} from '../i18n/index.js';
import type {Evidence} from '../model/finding.js';
import {alignColumns} from './layout.js';

/** Lines of output kept per stream when a command's output is shown in a report. */
const MAX_OUTPUT_LINES = 20;

/**
 * Evidence as plain lines, for the text report (logs) and the Markdown report. Tables stay
 * tables: aligned columns, not prose.
 */
export function evidenceLines(t: Translator, evidence: Evidence): string[] {
	const lines = [evidence.title];
	const push = (body: string[]) => lines.push(...body.map((line) => `  ${line}`));
	switch (evidence.kind) {
		case 'kv':
			push(alignColumns(evidence.rows.map((row) => [row.label, row.value])));
			break;
		case 'table':
			push(alignColumns([evidence.columns.map((c) => c.label), ...evidence.rows.map((row) => evidence.columns.map((c) => row[c.key] ?? ''))]));
			break;
		case 'path':
			push(
				alignColumns([
					['#', t('column.path'), t('column.source'), t('column.note')],
					...evidence.entries.map((entry) => [
						String(entry.index),
						entry.raw === entry.expanded ? entry.raw : `${entry.raw} → ${entry.expanded}`,
						entry.origin,
						[...entry.marks, ...entry.tools.map((tool) => `${tool.name}${tool.version ? ` ${tool.version}` : ''}${tool.wins ? ' ✓' : ''}`)].join(', '),
					]),
				]),
			);
			break;
		case 'registry':
			push(
				alignColumns([
					['hive', t('column.name'), 'type', t('column.value')],
					...evidence.values.map((value) => [value.hive, value.name, value.type, value.raw]),
				]),
			);
			break;
		case 'go-env':
			push(
				alignColumns([
					[t('column.name'), t('column.value'), t('column.source'), t('column.note')],
					...evidence.rows.map((row) => [
						row.name,
						row.value,
						row.where ? `${t(`source.${row.source}`)} (${row.where})` : t(`source.${row.source}`),
						row.note ?? '',
					]),
				]),
			);
			break;
		case 'credentials':
			push(alignColumns([['target', 'user', 'helper'], ...evidence.rows.map((row) => [row.target, row.user, row.helper])]));
			break;
		case 'command': {
			push([`$ ${evidence.argv.join(' ')}`, `${t('evidence.exitCode')}: ${evidence.exitCode ?? '-'}${evidence.timedOut ? ` (${t('evidence.timedOut')})` : ''}`]);
			for (const [label, text] of [
				[t('evidence.stdout'), evidence.stdout],
				[t('evidence.stderr'), evidence.stderr],
			] as const) {
				const body = text.replace(/\s+$/, '');
				if (!body) continue;
				const all = body.split(/\r?\n/);
				const shown = all.slice(0, MAX_OUTPUT_LINES);
				push([`${label}:`, ...shown.map((line) => `  ${line}`), ...(all.length > shown.length ? [`  … (+${all.length - shown.length})`] : [])]);
			}
			break;
		}
		case 'text':
			push(evidence.text.split(/\r?\n/));
			break;
	}
	return lines;
}
