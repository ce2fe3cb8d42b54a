import {describe, expect, it} from 'vitest';
import {update} from '../../source/app/update.js';
import type {EntrySummary, FixPreview, JournalListing, UndoPreview} from '../../source/fixes/types.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {EngineState, Row} from '../../source/model/check-run.js';
import type {Finding} from '../../source/model/finding.js';
import type {Fix} from '../../source/model/fix.js';
import {memorySuppressionStore, type Suppression} from '../../source/suppressions/suppressions.js';
import type {Action} from '../../source/ui/keymap.js';
import type {Effect, Msg} from '../../source/ui/messages.js';
import {contextOf, initialModel, top, type Loaded, type Model} from '../../source/ui/model.js';

const t = createTranslator('en');
const fix = (id: string, extra: Partial<Fix> = {}): Fix => ({id, title: id, changes: [{kind: 'go-env', key: 'GO111MODULE', file: '/env', before: {set: true, value: 'off'}, after: {set: false}}], needsAdmin: false, reversible: true, ...extra});
const finding = (id: string, status: Finding['status'], fixes: Fix[] = [], family: Finding['family'] = 'toolchain'): Finding => ({id, title: id.toUpperCase(), family, status, summary: `${id} summary`, evidence: [], fixes, duration_ms: 1});
const row = (f: Finding): Row => ({id: f.id, title: f.title, family: f.family, state: f.status, finding: f});

const FINDINGS = [finding('goroot', 'ok'), finding('go111module', 'warn', [fix('unset')]), finding('gopath', 'error', [fix('a'), fix('b')], 'environment'), finding('git', 'ok', [], 'git')];
const NOW = new Date(2026, 10, 26, 12, 0).getTime();
const checks = (rows: readonly Row[] = FINDINGS.map(row), extra: Partial<EngineState> = {}): EngineState => ({rows, startedAt: NOW - 2500, finishedAt: NOW - 100, running: false, ...extra});

const entry = (id: number, status: EntrySummary['status'], action: EntrySummary['action'] = 'fix'): EntrySummary => ({id, time: '2026-11-26T07:15:00.000Z', updated: '2026-11-26T07:15:01.000Z', action, findingId: 'go111module', fixId: 'unset', title: `entry ${id}`, text: {title: {text: `entry ${id}`}}, status, reversible: true, needsAdmin: false, undoable: status === 'applied', views: []});
const journal = (entries: EntrySummary[], pending: EntrySummary[] = []): Loaded<JournalListing> => ({status: 'ready', value: {path: '/journal.json', entries, pending: pending.map((e) => ({entry: e, states: []})), notices: []}});

function model(options: {suppressions?: Suppression[]; rows?: number; fixes?: boolean} = {}): Model {
	return initialModel({
		title: 'goenv-tui test',
		checks: checks(),
		suppressions: memorySuppressionStore(options.suppressions ?? [], '/suppressions.json'),
		fixes: options.fixes ?? true,
		shell: 'posix',
		columns: 80,
		rows: options.rows ?? 24,
		t,
		now: NOW,
	});
}

/** Feeds messages (actions are keys) to update, keeping every effect. */
function feed(start: Model, ...messages: Array<Action | Msg>) {
	let current = start;
	const effects: Effect[] = [];
	for (const message of messages) {
		const msg: Msg = isMsg(message) ? message : {type: 'key', action: message, at: current.resources.now};
		const result = update(current, msg);
		current = result.model;
		effects.push(...result.effects);
	}
	return {model: current, view: current.view, effects};
}
const MSG_TYPES = new Set<string>(['start', 'key', 'interrupt', 'tick', 'resize', 'checks', 'shell', 'journal', 'preview', 'undoPreview', 'progress', 'runSettled', 'suppressions', 'report', 'notice']);
// `journal` and `report` are both keys and messages: the message carries what was loaded.
const isMsg = (value: Action | Msg): value is Msg => MSG_TYPES.has(value.type) && (value.type === 'journal' ? 'loaded' in value : value.type === 'report' ? 'file' in value : true);

const preview = (extra: Partial<FixPreview> = {}): Loaded<FixPreview> => ({
	status: 'ready',
	value: {findingId: 'go111module', fix: fix('unset'), changes: [], views: [{index: 0, kind: 'go-env', target: {type: 'go-env', file: '/env', key: 'GO111MODULE'}, label: 'GO111MODULE', before: 'off', after: '(not set)', needsAdmin: false, reversible: true, backup: false}], needsAdmin: false, reversible: true, irreversible: [], rerun: ['go111module'], blockers: [], manualCommands: [], ...extra},
});
const withPreview = (m: Model, loaded: Loaded<FixPreview>): Model => ({...m, resources: {...m.resources, previews: new Map([['go111module/unset', loaded]])}});

describe('the checklist', () => {
	it('moves through the rows in group order, not probe order', () => {
		const {view} = feed(model(), {type: 'move', delta: 1}, {type: 'move', delta: 1});
		expect(view.list.cursor).toBe('gopath');
		expect(feed(model(), {type: 'bottom'}).view.list.cursor).toBe('git');
		expect(feed(model(), {type: 'move', delta: 9}).view.list.cursor).toBe('git');
	});

	it('filters as you type, Esc clears the filter, and a second Esc only says how to quit', () => {
		let {model: m} = feed(model(), {type: 'filter'});
		expect(contextOf(m.view)).toBe('filter');
		({model: m} = feed(m, {type: 'insert', text: 'go1'}, {type: 'insert', text: '11'}));
		expect(m.view.list.filter).toBe('go111');
		({model: m} = feed(m, {type: 'deleteChar'}, {type: 'submit'}));
		expect(m.view.list).toMatchObject({filter: 'go11', filterEditing: false});
		({model: m} = feed(m, {type: 'clear'}));
		expect(m.view.list.filter).toBe('');
		const again = feed(m, {type: 'clear'});
		expect(again.effects).toEqual([]);
		expect(again.view.notice?.key).toBe('ui.msg.quitHint');
	});

	it('keeps the row a filter selected when the filter is cleared (the selection is the row seen selected)', () => {
		const {view} = feed(model(), {type: 'filter'}, {type: 'insert', text: 'path'}, {type: 'submit'}, {type: 'clear'});
		expect(view.list.filter).toBe('');
		expect(view.list.cursor).toBe('gopath');
	});

	it('cycles the severity toggle: everything, problems, errors', () => {
		const one = feed(model(), {type: 'severity'}).view;
		expect(one.list.severity).toBe('problems');
		expect(feed(model(), {type: 'severity'}, {type: 'severity'}).view.list.severity).toBe('errors');
		expect(feed(model(), {type: 'severity'}, {type: 'severity'}, {type: 'severity'}).view.list.severity).toBe('all');
	});

	it('hides suppressed problems under "only problems"', () => {
		const {view} = feed(model({suppressions: [{id: 'go111module', reason: 'r', since: new Date(NOW).toISOString(), status: 'warn'}]}), {type: 'severity'}, {type: 'open'});
		expect(top(view)).toMatchObject({id: 'gopath'});
	});

	it('quits from anywhere, even while typing; while a fix runs, only once it has finished', () => {
		const typing = feed(model(), {type: 'filter'}).model;
		expect(feed(typing, {type: 'quit'}).effects).toEqual([{type: 'quit'}]);
		const running = {...typing, resources: {...typing.resources, run: {kind: 'apply' as const, title: 'x', views: [], events: []}}};
		const asked = feed(running, {type: 'quit'});
		expect(asked.effects).toEqual([]);
		expect(asked.model.resources.run?.quitting).toBe(true);
		const done = feed(asked.model, {type: 'runSettled', outcome: {status: 'applied', entryId: 1, findings: [], stillProblem: false}});
		expect(done.effects).toEqual([{type: 'loadJournal'}, {type: 'quit'}]);
	});
});

describe('a finding and its fixes', () => {
	it('opens a finding on Enter and goes back on Esc', () => {
		const {model: m} = feed(model(), {type: 'move', delta: 1}, {type: 'open'});
		expect(top(m.view)).toEqual({screen: 'detail', id: 'go111module', scroll: 0});
		expect(feed(m, {type: 'back'}).view.stack).toEqual([]);
	});

	it('scrolls the evidence pane within the pane the screen draws', () => {
		const long = finding('go111module', 'warn', [], 'toolchain');
		long.evidence = [{kind: 'text', title: 'output', text: Array.from({length: 60}, (_, i) => `line ${i + 1}`).join('\n')}];
		const m = {...model(), resources: {...model().resources, checks: checks([row(long)])}};
		let {model: opened} = feed(m, {type: 'open'});
		({model: opened} = feed(opened, {type: 'bottom'}));
		const bottom = (top(opened.view) as {scroll: number}).scroll;
		expect(bottom).toBeGreaterThan(30);
		({model: opened} = feed(opened, {type: 'bottom'}, {type: 'move', delta: 5}));
		expect(top(opened.view)).toMatchObject({scroll: bottom});
		({model: opened} = feed(opened, {type: 'top'}, {type: 'page', delta: 1}));
		expect((top(opened.view) as {scroll: number}).scroll).toBeGreaterThan(1);
	});

	it('knows the new size at the next key: after a resize, the bottom of the pane is the bottom of the smaller pane', () => {
		const long = finding('go111module', 'warn');
		long.evidence = [{kind: 'text', title: 'output', text: Array.from({length: 60}, (_, i) => `line ${i + 1}`).join('\n')}];
		const m = {...model(), resources: {...model().resources, checks: checks([row(long)])}};
		const tall = feed(m, {type: 'open'}, {type: 'bottom'}).model;
		const short = feed(m, {type: 'open'}, {type: 'resize', columns: 80, rows: 12}, {type: 'bottom'}).model;
		expect((top(short.view) as {scroll: number}).scroll).toBeGreaterThan((top(tall.view) as {scroll: number}).scroll);
	});

	it('f goes straight to the preview of the only fix, and asks for it to be read', () => {
		const result = feed(model(), {type: 'move', delta: 1}, {type: 'fix'});
		expect(top(result.view)).toEqual({screen: 'preview', id: 'go111module', fix: 'unset', scroll: 0});
		expect(result.effects).toEqual([{type: 'preview', finding: FINDINGS[1], fix: 'unset'}]);
		expect(result.model.resources.previews.get('go111module/unset')).toEqual({status: 'loading'});
	});

	it('f on a check with several fixes opens it to choose (the choice kept by id); with none, it says so', () => {
		const several = feed(model(), {type: 'move', delta: 2}, {type: 'fix'});
		expect(top(several.view)).toMatchObject({screen: 'detail', id: 'gopath'});
		expect(several.view.notice?.key).toBe('ui.msg.chooseFix');
		const chosen = feed(several.model, {type: 'nextFix', delta: 1});
		expect(top(chosen.view)).toMatchObject({screen: 'detail', fix: 'b'});
		expect(top(feed(chosen.model, {type: 'fix'}).view)).toMatchObject({screen: 'preview', fix: 'b'});
		expect(top(feed(several.model, {type: 'selectFix', index: 1}).view)).toMatchObject({fix: 'b'});
		const none = feed(model(), {type: 'fix'});
		expect(none.view.stack).toEqual([]);
		expect(none.view.notice?.key).toBe('ui.msg.noFix');
	});

	it('without the fixes API, a preview says fixes cannot be applied here, and nothing is asked', () => {
		const result = feed(model({fixes: false}), {type: 'move', delta: 1}, {type: 'fix'});
		expect(result.effects).toEqual([]);
		expect(result.model.resources.previews.get('go111module/unset')).toEqual({status: 'error', error: t('ui.msg.fixesUnavailable')});
	});

	it('applies only on y with a preview read from the machine, and cancels on anything else', () => {
		const opened = feed(model(), {type: 'move', delta: 1}, {type: 'fix'}).model;
		// Not read yet: y waits.
		expect(feed(opened, {type: 'apply'}).effects).toEqual([]);
		const ready = withPreview(opened, preview());
		const applied = feed(ready, {type: 'apply'});
		expect(applied.effects).toEqual([{type: 'apply', preview: (preview() as {value: FixPreview}).value, confirmIrreversible: false}]);
		expect(top(applied.view)).toEqual({screen: 'applying', scroll: 0});
		expect(applied.model.resources.run).toMatchObject({kind: 'apply', title: 'unset', findingId: 'go111module', events: []});
		// What every row said when the fix started: the outcome names the other checks it moved.
		expect(applied.model.resources.run?.before).toEqual({goroot: 'ok', go111module: 'warn', gopath: 'error', git: 'ok'});
		const cancelled = feed(ready, {type: 'cancel'});
		expect(cancelled.effects).toEqual([]);
		expect(cancelled.view.stack).toEqual([]);
		expect(cancelled.view.notice?.key).toBe('ui.msg.cancelled');
		// Blocked or manual-only fixes are never applied.
		expect(feed(withPreview(opened, preview({blockers: ['needs Windows']})), {type: 'apply'}).effects).toEqual([]);
		expect(feed(withPreview(opened, preview({views: []})), {type: 'apply'}).effects).toEqual([]);
	});

	it('asks for the word yes before an irreversible fix, and passes the confirmation on', () => {
		const ready = withPreview(feed(model(), {type: 'move', delta: 1}, {type: 'fix'}).model, preview({irreversible: [0], reversible: false}));
		let {model: m, effects} = feed(ready, {type: 'apply'});
		expect(contextOf(m.view)).toBe('confirm');
		expect(effects).toEqual([]);
		({model: m, effects} = feed(m, {type: 'insert', text: 'y'}, {type: 'submit'}));
		expect(effects).toEqual([]);
		expect(m.view.notice?.key).toBe('ui.msg.typeYes');
		({model: m, effects} = feed(m, {type: 'insert', text: 'es'}, {type: 'submit'}));
		expect(effects).toMatchObject([{type: 'apply', confirmIrreversible: true}]);
		expect(feed(feed(ready, {type: 'apply'}).model, {type: 'cancel'}).effects).toEqual([]);
	});

	it('keeps "still applying" only while the fix runs: the fix finishing takes it away', () => {
		const applying = feed(withPreview(feed(model(), {type: 'move', delta: 1}, {type: 'fix'}).model, preview()), {type: 'apply'}).model;
		const asked = feed(applying, {type: 'back'});
		expect(asked.view.notice?.key).toBe('ui.msg.stillApplying');
		expect(top(asked.view)?.screen).toBe('applying');
		const done = feed(asked.model, {type: 'runSettled', outcome: {status: 'applied', entryId: 1, findings: [], stillProblem: false}});
		expect(done.view.notice).toBeUndefined();
		expect(done.model.resources.previews.size).toBe(0);
		expect(feed(done.model, {type: 'back'}).view.stack).toEqual([]);
	});
});

describe('suppressions', () => {
	it('suppresses with a reason and an expiry, and refuses without a reason or with a bad date', () => {
		let {model: m} = feed(model(), {type: 'move', delta: 1}, {type: 'suppress'});
		expect(top(m.view)).toMatchObject({screen: 'suppress', id: 'go111module', field: 'reason'});
		({model: m} = feed(m, {type: 'submit'}));
		expect(top(m.view)).toMatchObject({error: 'reason'});
		({model: m} = feed(m, {type: 'insert', text: 'legacy GOPATH project'}, {type: 'nextField'}, {type: 'insert', text: 'yesterday'}));
		let effects;
		({model: m, effects} = feed(m, {type: 'submit'}));
		expect(top(m.view)).toMatchObject({error: 'until'});
		expect(effects).toEqual([]);
		({model: m, effects} = feed(m, {type: 'clearText'}, {type: 'insert', text: '2w'}, {type: 'submit'}));
		expect(m.view.stack).toEqual([]);
		expect(effects).toEqual([{type: 'suppress', suppression: {id: 'go111module', reason: 'legacy GOPATH project', until: '2026-12-10', since: new Date(NOW).toISOString(), status: 'warn'}}]);
		// A healthy check has nothing to suppress.
		expect(feed(model(), {type: 'suppress'}).view.notice?.key).toBe('ui.msg.nothingToSuppress');
	});

	it('offers to lift a suppression instead of making a second one', () => {
		const {model: m} = feed(model({suppressions: [{id: 'go111module', reason: 'r', since: new Date(NOW).toISOString(), status: 'warn'}]}), {type: 'move', delta: 1}, {type: 'suppress'});
		expect(top(m.view)).toEqual({screen: 'unsuppress', id: 'go111module'});
		expect(feed(m, {type: 'submit'}).effects).toEqual([{type: 'unsuppress', id: 'go111module'}]);
		expect(feed(m, {type: 'cancel'}).effects).toEqual([]);
	});
});

describe('the journal', () => {
	const listed = (m: Model, loaded: Loaded<JournalListing>) => feed(m, {type: 'journal', loaded}).model;

	it('undoes through an undo preview; an interrupted entry is settled instead', () => {
		const opened = feed(model(), {type: 'journal'});
		expect(opened.effects).toEqual([{type: 'loadJournal'}]);
		expect(opened.model.resources.journal).toEqual({status: 'loading'});
		const m = listed(opened.model, journal([entry(2, 'applied'), entry(1, 'applied')], [entry(3, 'pending')]));
		const interrupted = feed(m, {type: 'undo'});
		expect(interrupted.view.notice?.key).toBe('ui.msg.pendingUseRecover');
		const rolled = feed(m, {type: 'rollback'});
		expect(rolled.effects).toEqual([{type: 'recover', entry: 3, action: 'rollback'}]);
		expect(rolled.model.resources.run).toMatchObject({kind: 'recover', title: 'entry 3'});
		const second = feed(m, {type: 'move', delta: 1}, {type: 'undo'});
		expect(top(second.view)).toEqual({screen: 'undo', entry: 2, scroll: 0});
		expect(second.effects).toEqual([{type: 'previewUndo', entry: 2}]);
	});

	it('keeps its cursor on the same entry when an entry is added above it', () => {
		const m = listed(feed(model(), {type: 'journal'}).model, journal([entry(2, 'applied'), entry(1, 'applied')]));
		const onOne = feed(m, {type: 'move', delta: 1}).model;
		expect(top(onOne.view)).toEqual({screen: 'journal', cursor: 1});
		const grown = listed(onOne, journal([entry(3, 'applied', 'undo'), entry(2, 'applied'), entry(1, 'undone')]));
		expect(top(grown.view)).toEqual({screen: 'journal', cursor: 1});
		expect(feed(grown, {type: 'open'}).view.stack.at(-1)).toEqual({screen: 'entry', entry: 1, scroll: 0});
	});

	it('refuses a plain undo when values changed since the fix, forces it only on F, and says when there is nothing to force', () => {
		const undoPreview = (conflicts: UndoPreview['conflicts']): Loaded<UndoPreview> => ({status: 'ready', value: {entry: entry(2, 'applied'), views: [], irreversible: [], conflicts, needsAdmin: false, blockers: []}});
		const m = listed(feed(model(), {type: 'journal'}).model, journal([entry(2, 'applied'), entry(1, 'applied')]));
		const opened = feed(m, {type: 'undo'}).model;
		expect(top(opened.view)).toEqual({screen: 'undo', entry: 2, scroll: 0});
		const conflicted = feed(opened, {type: 'undoPreview', entry: 2, loaded: undoPreview([{index: 0, label: 'GO111MODULE', before: 'off', ours: '(not set)', now: 'auto'}])}).model;
		const plain = feed(conflicted, {type: 'apply'});
		expect(plain.effects).toEqual([]);
		expect(plain.view.notice?.key).toBe('ui.msg.conflictForce');
		expect(contextOf(plain.view)).toBe('undo');
		const forced = feed(conflicted, {type: 'force'});
		expect(forced.effects).toEqual([{type: 'undo', entry: 2, force: true}]);
		expect(top(forced.view)).toEqual({screen: 'applying', scroll: 0});
		expect(forced.model.resources.run).toMatchObject({kind: 'undo', title: 'entry 2'});
		const clean = feed(opened, {type: 'undoPreview', entry: 2, loaded: undoPreview([])}).model;
		const notNeeded = feed(clean, {type: 'force'});
		expect(notNeeded.effects).toEqual([]);
		expect(notNeeded.view.notice?.key).toBe('ui.msg.noConflict');
		expect(feed(clean, {type: 'apply'}).effects).toEqual([{type: 'undo', entry: 2, force: false}]);
	});
});

describe('the header\'s time', () => {
	it('is the run of every check: a re-check of one afterwards does not replace it', () => {
		let m = model();
		expect(m.resources.timing).toEqual({startedAt: NOW - 2500, finishedAt: NOW - 100});
		// A fix re-checks one check: the engine's own clock restarts for that run.
		m = feed(m, {type: 'checks', state: checks(FINDINGS.map(row), {startedAt: NOW, running: true, finishedAt: undefined}), at: NOW}).model;
		m = feed(m, {type: 'checks', state: checks(FINDINGS.map(row), {startedAt: NOW, finishedAt: NOW + 5}), at: NOW + 5}).model;
		expect(m.resources.timing).toEqual({startedAt: NOW - 2500, finishedAt: NOW - 100});
	});

	it('starts over with R, and stops when that run ends', () => {
		let m = feed({...model(), resources: {...model().resources, now: NOW + 10_000}}, {type: 'rerunAll'}).model;
		expect(m.resources.timing).toEqual({startedAt: NOW + 10_000});
		m = feed(m, {type: 'checks', state: checks(FINDINGS.map(row), {startedAt: NOW + 10_000, running: true, finishedAt: undefined}), at: NOW + 10_001}).model;
		m = feed(m, {type: 'checks', state: checks(FINDINGS.map(row), {startedAt: NOW + 10_000, finishedAt: NOW + 11_200}), at: NOW + 11_200}).model;
		expect(m.resources.timing).toEqual({startedAt: NOW + 10_000, finishedAt: NOW + 11_200});
	});

	it('is what the report says: the report asked for after a re-check carries the run of every check', () => {
		let m = feed(model(), {type: 'checks', state: checks(FINDINGS.map(row), {startedAt: NOW, finishedAt: NOW + 5}), at: NOW + 5}).model;
		const {effects} = feed(m, {type: 'report'});
		expect(effects).toMatchObject([{type: 'makeReport', elapsedMs: 2400}]);
		m = feed(m, {type: 'report'}).model;
		expect(top(m.view)).toEqual({screen: 'report', scroll: 0});
	});
});
