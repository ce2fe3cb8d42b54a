import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import type {Row} from '../engine/engine.js';
import type {Translator} from '../i18n/index.js';
import {STATUSES} from '../model/status.js';
import {STATUS_GLYPH, POINTER} from '../components/glyphs.js';
import {StatusCell, statusColor} from '../components/status-cell.js';
import {KeyHints} from '../components/key-hints.js';
import {padCells, truncateCells} from '../report/layout.js';

export interface ChecklistProps {
	rows: readonly Row[];
	cursor: number;
	columns: number;
	/** Terminal height: the screen draws at most `height - 1` lines. */
	height: number;
	now: number;
	startedAt: number;
	finishedAt?: number;
	title: string;
	t: Translator;
}

/** Lines outside the list: the header and the footer. */
const CHROME_LINES = 2;

/**
 * The live checklist: one row per check, in fixed positions, a spinner while it runs and
 * its verdict after. The list is windowed so the frame stays within `height - 1` lines:
 * Ink wipes the scrollback when a frame reaches the terminal's height.
 */
export function Checklist({rows, cursor, columns, height, now, startedAt, finishedAt, title, t}: ChecklistProps) {
	// Never write into the last column: Windows consoles scroll when it is filled.
	const width = Math.max(20, columns - 1);
	const capacity = Math.max(1, height - 1 - CHROME_LINES);
	const first = windowStart(rows.length, cursor, capacity);
	const visible = rows.slice(first, first + capacity);
	const frame = Math.floor((now - startedAt) / 80);
	const titleWidth = Math.min(24, Math.max(...rows.map((row) => stringWidth(row.title))));
	const summaryWidth = Math.max(0, width - 4 - titleWidth - 2);
	const elapsed = ((finishedAt ?? now) - startedAt) / 1000;
	const hidden = rows.length - visible.length;

	return (
		<Box flexDirection="column">
			<Header rows={rows} title={title} elapsed={elapsed} width={width} t={t} />
			{visible.map((row, i) => {
				const index = first + i;
				const selected = index === cursor;
				// A running row shows what it waits on, never the result of an earlier run.
				const detail =
					row.state === 'running'
						? row.note && row.startedAt !== undefined
							? t('ui.waiting', {note: row.note, seconds: ((now - row.startedAt) / 1000).toFixed(1)})
							: ''
						: (row.finding?.summary ?? '');
				return (
					<Box key={row.id}>
						<Text color="cyan">{selected ? POINTER : ' '} </Text>
						<StatusCell state={row.state} frame={frame} />
						<Text> </Text>
						<Text bold={selected}>{padCells(truncateCells(row.title, titleWidth), titleWidth)}</Text>
						<Text>  </Text>
						<Text dimColor={row.state === 'skipped'} color={row.state === 'error' ? statusColor(row.state) : undefined}>
							{truncateCells(detail, summaryWidth)}
						</Text>
					</Box>
				);
			})}
			<KeyHints screen="checklist" t={t} width={width} extra={hidden > 0 ? t('ui.more', {count: hidden}) : undefined} />
		</Box>
	);
}

function Header({rows, title, elapsed, width, t}: {rows: readonly Row[]; title: string; elapsed: number; width: number; t: Translator}) {
	const settled = rows.filter((row) => row.state !== 'pending' && row.state !== 'running').length;
	const counts = STATUSES.map((status) => ({status, count: rows.filter((row) => row.state === status).length})).filter((c) => c.count > 0);
	const right = settled < rows.length ? `${t('ui.running', {done: settled, total: rows.length})} · ${t('ui.elapsed', {seconds: elapsed.toFixed(1)})}` : t('ui.elapsed', {seconds: elapsed.toFixed(1)});
	const countsText = counts.map((c) => `${STATUS_GLYPH[c.status]} ${c.count}`).join('  ');
	const left = `${title}  ${countsText}`;
	const gap = Math.max(1, width - stringWidth(left) - stringWidth(right));
	if (stringWidth(left) + stringWidth(right) + 1 > width) {
		return <Text bold>{truncateCells(`${title}  ${right}`, width)}</Text>;
	}
	return (
		<Box>
			<Text bold>{title}</Text>
			<Text>  </Text>
			{counts.map((c, i) => (
				<Text key={c.status} color={statusColor(c.status)}>
					{i > 0 ? '  ' : ''}
					{STATUS_GLYPH[c.status]} {c.count}
				</Text>
			))}
			<Text>{' '.repeat(gap)}</Text>
			<Text dimColor>{right}</Text>
		</Box>
	);
}

/** First visible row so the cursor stays in view. */
export function windowStart(total: number, cursor: number, capacity: number): number {
	if (total <= capacity) return 0;
	const half = Math.floor(capacity / 2);
	return Math.min(Math.max(0, cursor - half), total - capacity);
}
