import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {lineText} from '../../source/layout/lines.js';
import type {ChangeView, EntrySummary, JournalListing} from '../../source/fixes/types.js';
import {createTranslator, type Lang} from '../../source/i18n/index.js';
import {progressScreen} from '../../source/screens/applying.js';
import {journalScreen, undoScreen} from '../../source/screens/journal.js';
import type {RunState} from '../../source/ui/model.js';
import type {Finding} from '../../source/model/finding.js';
import {surface} from '../../source/screens/frame.js';

const entry = (id: number, action: EntrySummary['action'], status: EntrySummary['status']): EntrySummary => ({
	id,
	time: '2026-11-26T09:39:00.000Z',
	updated: '2026-11-26T09:40:00.000Z',
	action,
	findingId: 'go111module',
	fixId: 'unset-go-env-file',
	title: 'Remove GO111MODULE from the go env file',
	text: {title: {text: 'Remove GO111MODULE from the go env file'}},
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
			const {lines} = journalScreen({status: 'ready', value: listing}, 10, surface(80, 24, t), undefined);
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

const view = (index: number, label: string): ChangeView => ({index, kind: 'go-env', target: {type: 'go-env', file: '/env', key: label}, label, before: 'off', after: '(not set)', needsAdmin: false, reversible: true, backup: false});

describe('a fix that fails while it is applied', () => {
	it('shows each change as it stands and names what was rolled back, and what could not be', () => {
		const t = createTranslator('en');
		const run: RunState = {
			kind: 'apply',
			title: 'Tidy the go env file',
			findingId: 'go111module',
			views: [view(0, 'go env GO111MODULE'), view(1, 'go env GOFLAGS'), view(2, 'go env GOPROXY')],
			events: [
				{type: 'journal', entryId: 4, status: 'pending'},
				{type: 'change', index: 0, phase: 'start'},
				{type: 'change', index: 0, phase: 'written'},
				{type: 'change', index: 0, phase: 'verified'},
				{type: 'change', index: 1, phase: 'start'},
				{type: 'change', index: 1, phase: 'written'},
				{type: 'change', index: 1, phase: 'verified'},
				{type: 'change', index: 2, phase: 'start'},
				{type: 'rollback', index: 1, phase: 'done'},
				{type: 'rollback', index: 0, phase: 'failed', error: 'file is locked'},
			],
			outcome: {status: 'failed', entryId: 4, error: 'go env -w GOPROXY: exit status 1', rolledBack: [1], rollbackFailed: [{index: 0, error: 'file is locked'}]},
		};
		const {lines} = progressScreen(run, undefined, 0, 0, surface(80, 40, t));
		const text = lines.map(lineText).join('\n');
		expect(text).toContain('Recorded in the journal first, as entry #4.');
		expect(text).toMatch(/1\. go env GO111MODULE\n +\S could not be rolled back: file is locked/);
		expect(text).toMatch(/2\. go env GOFLAGS\n +\S rolled back/);
		expect(text).toMatch(/3\. go env GOPROXY\n +\S failed here/);
		// Nothing is still being written once the run is over.
		expect(text).not.toContain('writing');
		expect(text).toContain('It failed. What had been changed was rolled back:');
		expect(text).toContain('go env -w GOPROXY: exit status 1');
		expect(text).toContain('rolled back: go env GOFLAGS');
		expect(text).toContain('NOT rolled back: go env GO111MODULE: file is locked');
	});
});

describe('the outcome of a fix, said as it is', () => {
	const t = createTranslator('en');
	const base = {kind: 'apply' as const, title: 'Remove GO111MODULE', findingId: 'go111module', views: [], events: []};
	const finding = {id: 'go111module', title: 'GO111MODULE', family: 'toolchain' as const, status: 'warn' as const, summary: 'GO111MODULE=auto is set in the process environment', evidence: [], fixes: [], duration_ms: 1};

	it('applied but not verified when the re-check was stopped: not "applied and verified"', () => {
		const run: RunState = {...base, outcome: {status: 'applied', entryId: 5, findings: [], stillProblem: false, unverified: true}};
		const text = progressScreen(run, undefined, 0, 0, surface(100, 30, t)).lines.map(lineText).join('\n');
		expect(text).toContain('Applied and each change read back, but not verified');
		expect(text).not.toContain('applied and verified');
	});

	it('names the other checks the re-run moved, as they were and are: a fix can uncover a problem it hid', () => {
		const rechecked = (id: string, title: string, status: Finding['status']) => ({...finding, id, title, status, summary: `${title} says so`});
		const findings = [rechecked('go111module', 'GO111MODULE', 'ok'), rechecked('gotoolchain', 'GOTOOLCHAIN', 'error'), rechecked('private-modules', 'private modules', 'ok'), rechecked('gopath', 'GOPATH', 'ok')];
		const run: RunState = {
			...base,
			before: {go111module: 'warn', gotoolchain: 'ok', 'private-modules': 'skipped', gopath: 'ok'},
			events: [{type: 'rerun', phase: 'start', ids: findings.map((f) => f.id)}, {type: 'rerun', phase: 'done', findings}],
			outcome: {status: 'applied', entryId: 6, findings, stillProblem: false},
		};
		const {lines} = progressScreen(run, undefined, 0, 0, surface(160, 30, t));
		const text = lines.map(lineText).join('\n');
		const also = lines.find((l) => lineText(l).startsWith('Also changed by this:'));
		expect(also && lineText(also)).toMatch(/^Also changed by this: GOTOOLCHAIN \S ok → \S error, private modules \S skipped → \S ok$/);
		// A check that got worse is said in the warning colour.
		expect(also?.some((part) => part.color === 'yellow')).toBe(true);
		// Without what the rows were before the run, nothing is claimed.
		expect(progressScreen({...run, before: undefined}, undefined, 0, 0, surface(160, 30, t)).lines.map(lineText).join('\n')).not.toContain('Also changed');
		expect(text).not.toMatch(/Also changed.*(GO111MODULE|GOPATH)/);
	});

	it('a problem that stays: the change is in place, and the check\'s new summary', () => {
		const run: RunState = {...base, outcome: {status: 'applied', entryId: 5, findings: [finding], stillProblem: true}};
		const text = progressScreen(run, undefined, 0, 0, surface(160, 30, t)).lines.map(lineText).join('\n');
		expect(text).toContain('The change is in place (written and read back), but go111module still reports warning: GO111MODULE=auto is set in the process environment');
	});
});

describe('undoing a fix whose value was changed since', () => {
	it('shows the three values, and as the change "before" the value there now, which a forced undo replaces', () => {
		const t = createTranslator('en');
		const inverse: ChangeView = {...view(0, 'go env GO111MODULE (/env)'), before: '(not set)', after: 'off', command: ['go', 'env', '-w', 'GO111MODULE=off']};
		const loaded = {
			status: 'ready' as const,
			value: {entry: entry(3, 'fix', 'applied'), views: [inverse], irreversible: [], conflicts: [{index: 0, label: 'go env GO111MODULE (/env)', before: 'off', ours: '(not set)', now: 'auto'}], needsAdmin: false, blockers: []},
		};
		const text = undoScreen(loaded.value.entry, 3, loaded, 0, 'posix', surface(80, 40, t)).lines.map(lineText).join('\n');
		expect(text).toMatch(/before the fix +off\n +the fix wrote +\(not set\)\n +now +auto/);
		const changes = text.slice(text.indexOf('Changes (1)'));
		expect(changes).toMatch(/before +auto\n +after +off/);
		expect(changes).not.toContain('(not set)');
	});
});
