import {joinList, withNote, type Translator} from '../i18n/index.js';
import type {Evidence, PathEntryView, RegistryValueView, Tone} from '../model/finding.js';
import {commandLine, type ShellKind} from '../shell/syntax.js';
import {spaced} from './lines.js';

export interface GridCell {
	text: string;
	tone?: Tone;
}

export interface GridColumn {
	label: string;
	/** Wide, free text: the column that shrinks and wraps when space is short. */
	flex?: boolean;
}

export interface Grid {
	columns: GridColumn[];
	/** False for label/value lists, which read better without a header row. */
	header: boolean;
	rows: Array<{cells: GridCell[]; tone?: Tone}>;
}

/** One evidence block, reduced to what every view draws: a grid, a command run, or text. */
export type EvidenceBody =
	| {type: 'grid'; grid: Grid; note?: string}
	| {type: 'command'; command: string; exitCode: number | null; timedOut: boolean; stdout: string; stderr: string; end?: CommandEnd}
	| {type: 'text'; text: string};

/**
 * The shape of each evidence kind, shared by the finding detail screen and the Markdown
 * report, so both show the same columns in the same words.
 */
export function evidenceBody(t: Translator, evidence: Evidence, shell: ShellKind): EvidenceBody {
	switch (evidence.kind) {
		case 'kv':
			return {
				type: 'grid',
				grid: {
					header: false,
					columns: [{label: t('column.name')}, {label: t('column.value'), flex: true}],
					rows: evidence.rows.map((row) => ({cells: [{text: row.label}, {text: row.value, tone: row.tone}]})),
				},
			};
		case 'table':
			return {
				type: 'grid',
				grid: {
					header: true,
					columns: evidence.columns.map((column, i) => ({label: column.label, flex: i === widestColumn(evidence)})),
					rows: evidence.rows.map((row) => ({cells: evidence.columns.map((column) => ({text: row[column.key] ?? ''})), tone: row._tone})),
				},
			};
		case 'path':
			return {type: 'grid', grid: pathGrid(t, evidence.entries)};
		case 'registry':
			return registryBody(t, evidence.values);
		case 'go-env':
			return {
				type: 'grid',
				grid: {
					header: true,
					columns: [{label: t('column.name')}, {label: t('column.value'), flex: true}, {label: t('column.source'), flex: true}, {label: t('column.note'), flex: true}],
					rows: evidence.rows.map((row) => ({
						cells: [
							{text: row.name},
							{text: row.value},
							{text: row.where ? t('evidence.sourceWhere', {source: t(`source.${row.source}`), where: row.where}) : t(`source.${row.source}`)},
							{text: row.note ?? ''},
						],
						tone: row.tone,
					})),
				},
			};
		case 'credentials':
			return {
				type: 'grid',
				grid: {
					header: true,
					columns: [{label: t('column.target'), flex: true}, {label: t('column.user')}, {label: t('column.helper')}],
					rows: evidence.rows.map((row) => ({cells: [{text: row.target}, {text: row.user}, {text: row.helper}]})),
				},
			};
		case 'command':
			return {
				type: 'command',
				command: commandLine(shell, evidence.argv),
				exitCode: evidence.exitCode,
				timedOut: Boolean(evidence.timedOut),
				stdout: evidence.stdout,
				stderr: evidence.stderr,
				end: {...(evidence.signal ? {signal: evidence.signal} : {}), ...(evidence.startError ? {startError: evidence.startError} : {}), ...(evidence.truncated ? {truncated: true} : {})},
			};
		case 'text':
			return {type: 'text', text: evidence.text};
	}
}

/** What the port keeps of how a command ended beyond its exit code. */
export interface CommandEnd {
	signal?: string;
	startError?: string;
	truncated?: boolean;
}

/**
 * `exit code: 1`, `退出码：1（已超时）`, `exit code: - (ended by SIGKILL)`: how a command
 * ended, in every view of it.
 */
export function exitStatusText(t: Translator, exitCode: number | null, timedOut: boolean, end: CommandEnd = {}): string {
	const text = t('text.labelled', {label: t('evidence.exitCode'), value: exitCode ?? '-'});
	const notes = [
		timedOut ? t('evidence.timedOut') : '',
		end.signal && !timedOut ? t('evidence.signalled', {signal: end.signal}) : '',
		end.startError ? t('evidence.notStarted', {code: end.startError}) : '',
		end.truncated ? t('evidence.truncated') : '',
	].filter(Boolean);
	return notes.reduce((out, note) => withNote(t, out, note), text);
}

/** The column of a free-form table with the longest text: it is the one that wraps. */
function widestColumn(evidence: Extract<Evidence, {kind: 'table'}>): number {
	let best = 0;
	let bestLength = -1;
	evidence.columns.forEach((column, i) => {
		const length = Math.max(...evidence.rows.map((row) => (row[column.key] ?? '').length), 0);
		if (length > bestLength) [best, bestLength] = [i, length];
	});
	return best;
}

const MARK_TONE: Record<string, Tone> = {wins: 'good', shadowed: 'warn', duplicate: 'muted', missing: 'bad', 'not-a-directory': 'bad', empty: 'warn', quoted: 'warn', unexpanded: 'warn', unreadable: 'warn'};

function pathGrid(t: Translator, entries: readonly PathEntryView[]): Grid {
	return {
		header: true,
		columns: [
			{label: '#'},
			{label: t('column.entry'), flex: true},
			{label: t('column.scope')},
			{label: t('column.exists')},
			{label: t('column.state')},
			{label: t('column.tools'), flex: true},
		],
		rows: entries.map((entry) => {
			const marks = entry.marks.map((mark) => t(`pathMark.${mark}`));
			const tone = entry.marks.map((mark) => MARK_TONE[mark]).find(Boolean);
			const tools = entry.tools.map((tool) => {
				const name = tool.version ? `${tool.name} ${tool.version}` : tool.name;
				return tool.wins ? spaced(name, t('pathMark.toolWins')) : name;
			});
			return {
				cells: [
					{text: String(entry.index)},
					{text: entry.raw === entry.expanded ? entry.expanded : withNote(t, entry.expanded, entry.raw)},
					{text: t(`origin.${entry.origin}`)},
					{text: entry.exists ? t('ui.yes') : t('ui.no'), tone: entry.exists ? undefined : 'bad'},
					{text: joinList(t, marks), tone},
					{text: joinList(t, tools)},
				],
				tone: entry.marks.includes('duplicate') ? 'muted' : undefined,
			};
		}),
	};
}

function registryBody(t: Translator, values: readonly RegistryValueView[]): EvidenceBody {
	const keys = new Set(values.map((value) => `${value.hive}\\${value.key}`));
	const oneKey = keys.size === 1 ? [...keys][0] : undefined;
	return {
		type: 'grid',
		...(oneKey ? {note: oneKey} : {}),
		grid: {
			header: true,
			columns: [{label: t('column.hive')}, {label: t('column.name')}, {label: t('column.type')}, {label: t('column.raw'), flex: true}, {label: t('column.expanded'), flex: true}],
			rows: values.map((value) => ({
				cells: [
					{text: oneKey ? value.hive : `${value.hive}\\${value.key}`},
					{text: value.name},
					{text: value.type},
					{text: value.raw},
					value.expanded === value.raw
						? // It holds %…% and stays as written: a REG_SZ value, or a name never defined.
							{text: withNote(t, value.expanded, t('evidence.notExpanded')), tone: 'warn'}
						: {text: value.expanded === undefined ? t('evidence.sameAsRaw') : value.expanded, tone: value.expanded === undefined ? 'muted' : undefined},
				],
			})),
		},
	};
}
