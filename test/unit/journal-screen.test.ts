import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {lineText} from '../../source/components/lines.js';
import type {EntrySummary, JournalListing} from '../../source/fixes/types.js';
import {createTranslator, type Lang} from '../../source/i18n/index.js';
import {journalScreen} from '../../source/screens/journal.js';
import {surface} from '../../source/screens/frame.js';

const entry = (id: number, action: EntrySummary['action'], status: EntrySummary['status']): EntrySummary => ({
	id,
	time: '2026-11-26T09:39:00.000Z',
	updated: '2026-11-26T09:40:00.000Z',
	action,
	findingId: 'go111module',
	fixId: 'unset-go-env-file',
	title: 'Remove GO111MODULE from the go env file',
	status,
	reversible: true,
	needsAdmin: false,
	undoable: status === 'applied',
	views: [],
});

const listing: JournalListing = {
	path: '/home/user/.config/goenv-tui/journal.json',
	entries: [entry(10, 'redo', 'applied'), entry(9, 'undo', 'applied'), entry(8, 'fix', 'undone')],
	pending: [],
	notices: [],
};

/** The display column where `needle` starts in `row`. */
const columnOf = (row: string, needle: string) => stringWidth(row.slice(0, row.indexOf(needle)));

describe('the journal list', () => {
	for (const lang of ['en', 'zh-CN'] as const satisfies readonly Lang[]) {
		it(`starts the time, the action and the title of every entry in one column (${lang})`, () => {
			const t = createTranslator(lang);
			const {lines} = journalScreen({status: 'ready', value: listing}, 0, surface(80, 24, t), undefined);
			const rows = lines.map(lineText).filter((row) => /#\d+ /.test(row));
			expect(rows).toHaveLength(3);
			const starts = (needle: (row: string) => string) => new Set(rows.map((row) => columnOf(row, needle(row))));
			expect(starts(() => '11-26')).toEqual(new Set([columnOf(rows[0]!, '11-26')]));
			expect(starts((row) => ['fix', 'undo', 'redo'].map((a) => t(`entry.action.${a}` as 'entry.action.fix')).find((a) => row.includes(` ${a} `))!).size).toBe(1);
			expect(starts(() => 'Remove GO111MODULE').size).toBe(1);
			for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(79);
		});
	}
});
