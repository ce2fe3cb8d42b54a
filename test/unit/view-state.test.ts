import {describe, expect, it} from 'vitest';
import type {Row} from '../../source/model/check-run.js';
import type {FixPreview, UndoPreview} from '../../source/fixes/types.js';
import type {Action} from '../../source/ui/keymap.js';
import {listRows} from '../../source/ui/list.js';
import {contextOf, initialView, top, update, type Loaded, type UpdateContext, type ViewState} from '../../source/input/view-state.js';
import type {Finding} from '../../source/model/finding.js';
import type {Fix} from '../../source/model/fix.js';
import type {Suppression} from '../../source/suppressions/suppressions.js';

const fix = (id: string, extra: Partial<Fix> = {}): Fix => ({id, title: id, changes: [{kind: 'go-env', key: 'GO111MODULE', file: '/env', before: {set: true, value: 'off'}, after: {set: false}}], needsAdmin: false, reversible: true, ...extra});
const finding = (id: string, status: Finding['status'], fixes: Fix[] = [], family: Finding['family'] = 'toolchain'): Finding => ({id, title: id.toUpperCase(), family, status, summary: `${id} summary`, evidence: [], fixes, duration_ms: 1});
const row = (f: Finding): Row => ({id: f.id, title: f.title, family: f.family, state: f.status, finding: f});

const FINDINGS = [finding('goroot', 'ok'), finding('go111module', 'warn', [fix('unset')]), finding('gopath', 'error', [fix('a'), fix('b')], 'environment'), finding('git', 'ok', [], 'git')];
const NOW = new Date(2026, 10, 26, 12, 0);

function context(options: {suppressions?: Suppression[]; preview?: Loaded<FixPreview>; pane?: {lines: number; height: number}} = {}): UpdateContext {
	const suppressions = new Map((options.suppressions ?? []).map((s) => [s.id, s]));
	return {
		items: listRows(FINDINGS.map(row), suppressions, NOW),
		finding: (id) => FINDINGS.find((f) => f.id === id),
		pane: options.pane ?? {lines: 50, height: 10},
		listPage: 3,
		preview: () => options.preview,
		journal: {order: [3, 2, 1], entry: () => undefined, isPending: (id) => id === 3},
		undoPreview: () => undefined,
		applyDone: true,
		now: NOW,
	};
}

function press(state: ViewState, ctx: UpdateContext, ...actions: Action[]) {
	let current = state;
	const effects = [];
	for (const action of actions) {
		const result = update(current, action, ctx);
		current = result.state;
		effects.push(...result.effects);
	}
	return {state: current, effects};
}

const preview = (extra: Partial<FixPreview> = {}): Loaded<FixPreview> => ({
	status: 'ready',
	value: {findingId: 'go111module', fix: fix('unset'), changes: [], views: [{index: 0, kind: 'go-env', target: {type: 'go-env', file: '/env', key: 'GO111MODULE'}, label: 'GO111MODULE', before: 'off', after: '(not set)', needsAdmin: false, reversible: true, backup: false}], needsAdmin: false, reversible: true, irreversible: [], rerun: ['go111module'], blockers: [], manualCommands: [], ...extra},
});

describe('the view reducer', () => {
	it('moves through the rows in group order, not probe order', () => {
		const ctx = context();
		const {state} = press(initialView, ctx, {type: 'move', delta: 1}, {type: 'move', delta: 1});
		expect(state.cursor).toBe('gopath');
		expect(press(state, ctx, {type: 'bottom'}).state.cursor).toBe('git');
		expect(press(state, ctx, {type: 'move', delta: 9}).state.cursor).toBe('git');
	});

	it('filters as you type, Esc clears the filter, and a second Esc only says how to quit', () => {
		const ctx = context();
		let {state} = press(initialView, ctx, {type: 'filter'});
		expect(contextOf(state)).toBe('filter');
		({state} = press(state, ctx, {type: 'insert', text: 'go1'}, {type: 'insert', text: '11'}));
		expect(state.filter).toBe('go111');
		({state} = press(state, ctx, {type: 'deleteChar'}, {type: 'submit'}));
		expect(state).toMatchObject({filter: 'go11', filterEditing: false});
		({state} = press(state, ctx, {type: 'clear'}));
		expect(state.filter).toBe('');
		const again = press(state, ctx, {type: 'clear'});
		expect(again.effects).toEqual([]);
		expect(again.state.message?.key).toBe('ui.msg.quitHint');
	});

	it('cycles the severity toggle: everything, problems, errors', () => {
		const ctx = context();
		const one = press(initialView, ctx, {type: 'severity'}).state;
		expect(one.severity).toBe('problems');
		expect(press(one, ctx, {type: 'severity'}).state.severity).toBe('errors');
		expect(press(one, ctx, {type: 'severity'}, {type: 'severity'}).state.severity).toBe('all');
	});

	it('opens a finding on Enter and goes back on Esc', () => {
		const ctx = context();
		const {state} = press(initialView, ctx, {type: 'move', delta: 1}, {type: 'open'});
		expect(top(state)).toEqual({screen: 'detail', id: 'go111module', scroll: 0, fix: 0});
		expect(press(state, ctx, {type: 'back'}).state.stack).toEqual([]);
	});

	it('scrolls the evidence pane within its length', () => {
		const ctx = context({pane: {lines: 30, height: 10}});
		let {state} = press(initialView, ctx, {type: 'open'});
		({state} = press(state, ctx, {type: 'page', delta: 1}));
		expect(top(state)).toMatchObject({scroll: 9});
		({state} = press(state, ctx, {type: 'page', delta: 1}, {type: 'page', delta: 1}));
		expect(top(state)).toMatchObject({scroll: 20});
		({state} = press(state, ctx, {type: 'move', delta: -1}));
		expect(top(state)).toMatchObject({scroll: 19});
		({state} = press(state, ctx, {type: 'top'}));
		expect(top(state)).toMatchObject({scroll: 0});
	});

	it('f goes straight to the preview of the only fix, and asks for it to be read', () => {
		const ctx = context();
		const result = press(initialView, ctx, {type: 'move', delta: 1}, {type: 'fix'});
		expect(top(result.state)).toEqual({screen: 'preview', id: 'go111module', fix: 'unset', scroll: 0});
		expect(result.effects).toEqual([{type: 'preview', id: 'go111module', fix: 'unset'}]);
	});

	it('f on a check with several fixes opens it to choose; with none, it says so', () => {
		const ctx = context();
		const several = press(initialView, ctx, {type: 'move', delta: 2}, {type: 'fix'});
		expect(top(several.state)).toMatchObject({screen: 'detail', id: 'gopath'});
		expect(several.state.message?.key).toBe('ui.msg.chooseFix');
		const chosen = press(several.state, ctx, {type: 'nextFix', delta: 1}, {type: 'fix'});
		expect(top(chosen.state)).toMatchObject({screen: 'preview', fix: 'b'});
		const none = press(initialView, ctx, {type: 'fix'});
		expect(none.state.stack).toEqual([]);
		expect(none.state.message?.key).toBe('ui.msg.noFix');
	});

	it('applies only on y with a preview read from the machine, and cancels on anything else', () => {
		const opened = press(initialView, context(), {type: 'move', delta: 1}, {type: 'fix'}).state;
		// Not read yet: y waits.
		expect(press(opened, context(), {type: 'apply'}).effects).toEqual([]);
		const ready = context({preview: preview()});
		const applied = press(opened, ready, {type: 'apply'});
		expect(applied.effects).toEqual([{type: 'apply', id: 'go111module', fix: 'unset', confirmIrreversible: false}]);
		expect(top(applied.state)).toMatchObject({screen: 'applying', kind: 'apply'});
		const cancelled = press(opened, ready, {type: 'cancel'});
		expect(cancelled.effects).toEqual([]);
		expect(cancelled.state.stack).toEqual([]);
		expect(cancelled.state.message?.key).toBe('ui.msg.cancelled');
		// Blocked or manual-only fixes are never applied.
		expect(press(opened, context({preview: preview({blockers: ['needs Windows']})}), {type: 'apply'}).effects).toEqual([]);
		expect(press(opened, context({preview: preview({views: []})}), {type: 'apply'}).effects).toEqual([]);
	});

	it('asks for the word yes before an irreversible fix, and passes the confirmation on', () => {
		const ctx = context({preview: preview({irreversible: [0], reversible: false})});
		let {state, effects} = press(initialView, ctx, {type: 'move', delta: 1}, {type: 'fix'}, {type: 'apply'});
		expect(contextOf(state)).toBe('confirm');
		expect(effects.filter((e) => e.type === 'apply')).toEqual([]);
		({state, effects} = press(state, ctx, {type: 'insert', text: 'y'}, {type: 'submit'}));
		expect(effects.filter((e) => e.type === 'apply')).toEqual([]);
		expect(state.message?.key).toBe('ui.msg.typeYes');
		({state, effects} = press(state, ctx, {type: 'insert', text: 'es'}, {type: 'submit'}));
		expect(effects).toEqual([{type: 'apply', id: 'go111module', fix: 'unset', confirmIrreversible: true}]);
		const cancelled = press(press(initialView, ctx, {type: 'move', delta: 1}, {type: 'fix'}, {type: 'apply'}).state, ctx, {type: 'cancel'});
		expect(cancelled.effects).toEqual([]);
	});

	it('suppresses with a reason and an expiry, and refuses without a reason or with a bad date', () => {
		const ctx = context();
		let {state} = press(initialView, ctx, {type: 'move', delta: 1}, {type: 'suppress'});
		expect(top(state)).toMatchObject({screen: 'suppress', id: 'go111module', field: 'reason'});
		({state} = press(state, ctx, {type: 'submit'}));
		expect(top(state)).toMatchObject({error: 'reason'});
		({state} = press(state, ctx, {type: 'insert', text: 'legacy GOPATH project'}, {type: 'nextField'}, {type: 'insert', text: 'yesterday'}));
		let effects;
		({state, effects} = press(state, ctx, {type: 'submit'}));
		expect(top(state)).toMatchObject({error: 'until'});
		expect(effects).toEqual([]);
		({state, effects} = press(state, ctx, {type: 'clearText'}, {type: 'insert', text: '2w'}, {type: 'submit'}));
		expect(state.stack).toEqual([]);
		expect(effects).toEqual([{type: 'suppress', suppression: {id: 'go111module', reason: 'legacy GOPATH project', until: '2026-12-10', since: NOW.toISOString(), status: 'warn'}}]);
		// A healthy check has nothing to suppress.
		expect(press(initialView, ctx, {type: 'suppress'}).state.message?.key).toBe('ui.msg.nothingToSuppress');
	});

	it('offers to lift a suppression instead of making a second one', () => {
		const ctx = context({suppressions: [{id: 'go111module', reason: 'r', since: NOW.toISOString(), status: 'warn'}]});
		const {state} = press(initialView, ctx, {type: 'move', delta: 1}, {type: 'suppress'});
		expect(top(state)).toEqual({screen: 'unsuppress', id: 'go111module'});
		expect(press(state, ctx, {type: 'submit'}).effects).toEqual([{type: 'unsuppress', id: 'go111module'}]);
		expect(press(state, ctx, {type: 'cancel'}).effects).toEqual([]);
	});

	it('hides suppressed problems under "only problems"', () => {
		const ctx = context({suppressions: [{id: 'go111module', reason: 'r', since: NOW.toISOString(), status: 'warn'}]});
		const {state} = press(initialView, ctx, {type: 'severity'}, {type: 'open'});
		expect(top(state)).toMatchObject({id: 'gopath'});
	});

	it('quits from anywhere, even while typing', () => {
		const ctx = context();
		const typing = press(initialView, ctx, {type: 'filter'}).state;
		expect(press(typing, ctx, {type: 'quit'}).effects).toEqual([{type: 'quit'}]);
	});

	it('undoes from the journal through an undo preview; an interrupted entry is settled instead', () => {
		const ctx = context();
		const journal = press(initialView, ctx, {type: 'journal'});
		expect(journal.effects).toEqual([{type: 'loadJournal'}]);
		const interrupted = press(journal.state, ctx, {type: 'undo'});
		expect(interrupted.state.message?.key).toBe('ui.msg.pendingUseRecover');
		expect(press(journal.state, ctx, {type: 'rollback'}).effects).toEqual([{type: 'recover', entry: 3, action: 'rollback'}]);
		const second = press(journal.state, ctx, {type: 'move', delta: 1}, {type: 'undo'});
		expect(top(second.state)).toEqual({screen: 'undo', entry: 2, scroll: 0});
		expect(second.effects).toEqual([{type: 'previewUndo', entry: 2}]);
	});

	it('refuses a plain undo when values changed since the fix, forces it only on F, and says when there is nothing to force', () => {
		const undoPreview = (conflicts: UndoPreview['conflicts']): Loaded<UndoPreview> => ({
			status: 'ready',
			value: {entry: {} as UndoPreview['entry'], views: [], irreversible: [], conflicts, needsAdmin: false, blockers: []},
		});
		const conflicted = {...context(), undoPreview: () => undoPreview([{index: 0, label: 'GO111MODULE', before: 'off', ours: '(not set)', now: 'auto'}])};
		const opened = press(initialView, conflicted, {type: 'journal'}, {type: 'move', delta: 1}, {type: 'undo'}).state;
		expect(top(opened)).toEqual({screen: 'undo', entry: 2, scroll: 0});
		const plain = press(opened, conflicted, {type: 'apply'});
		expect(plain.effects).toEqual([]);
		expect(plain.state.message?.key).toBe('ui.msg.conflictForce');
		expect(contextOf(plain.state)).toBe('undo');
		const forced = press(opened, conflicted, {type: 'force'});
		expect(forced.effects).toEqual([{type: 'undo', entry: 2, force: true}]);
		expect(top(forced.state)).toMatchObject({screen: 'applying', kind: 'undo'});
		const clean = {...context(), undoPreview: () => undoPreview([])};
		const notNeeded = press(opened, clean, {type: 'force'});
		expect(notNeeded.effects).toEqual([]);
		expect(notNeeded.state.message?.key).toBe('ui.msg.noConflict');
		expect(press(opened, clean, {type: 'apply'}).effects).toEqual([{type: 'undo', entry: 2, force: false}]);
	});
});
