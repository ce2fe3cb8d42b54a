import {describe, expect, it} from 'vitest';
import {render} from '../../source/app/render.js';
import {update} from '../../source/app/update.js';
import {memorySuppressionStore} from '../../source/suppressions/suppressions.js';
import {createTranslator} from '../../source/i18n/index.js';
import {lineText} from '../../source/layout/lines.js';
import type {EngineState, Row} from '../../source/model/check-run.js';
import type {Finding} from '../../source/model/finding.js';
import {resolveKey} from '../../source/ui/keymap.js';
import type {Action} from '../../source/ui/keymap.js';
import type {Effect, Msg} from '../../source/ui/messages.js';
import {contextOf, initialModel, top, type Model} from '../../source/ui/model.js';

/**
 * The checklist's `:` line, as the UI's model sees it: keys and the answers of its effects in,
 * the view and the effects out. The REPL behind it is tested on its own (repl-*.test.ts) and
 * end to end in a terminal (test/e2e/command-pane.test.ts).
 */

const t = createTranslator('en');
const NOW = new Date(2026, 10, 26, 12, 0).getTime();
const finding = (id: string, status: Finding['status']): Finding => ({id, title: id.toUpperCase(), family: 'toolchain', status, summary: `${id} summary`, evidence: [], fixes: [], duration_ms: 1});
const row = (f: Finding): Row => ({id: f.id, title: f.title, family: f.family, state: f.status, finding: f});
const checks: EngineState = {rows: [finding('goroot', 'ok'), finding('go111module', 'warn')].map(row), startedAt: NOW - 2500, finishedAt: NOW - 100, running: false};

function model(commands = true): Model {
	return initialModel({title: 'goenv-tui test', checks, suppressions: memorySuppressionStore([], '/s.json'), fixes: true, commands, shell: 'posix', columns: 80, rows: 30, t, now: NOW});
}

function feed(start: Model, ...messages: Array<Action | Msg>) {
	let current = start;
	const effects: Effect[] = [];
	for (const message of messages) {
		const msg: Msg = 'at' in message || ['commandOutput', 'commandAsk', 'commandDone', 'commandCompleted', 'commandHistory', 'checks'].includes(message.type) ? (message as Msg) : {type: 'key', action: message as Action, at: NOW};
		const result = update(current, msg);
		current = result.model;
		effects.push(...result.effects);
	}
	return {model: current, effects};
}

const typed = (text: string): Action => ({type: 'insert', text});
const screenText = (m: Model) => render(m).lines.map(lineText).join('\n');

describe('the : command line over the checklist', () => {
	it('opens on :, runs the line typed, shows what the command prints, and keeps the checklist in view', () => {
		const colon = resolveKey('checklist', ':', ':');
		expect(colon).toEqual({type: 'command'});
		let {model: m, effects} = feed(model(), colon!);
		expect(contextOf(m.view)).toBe('command');
		expect(effects).toEqual([{type: 'commandOpen'}]);
		// Typed characters are text here, even the ones that are keys on the checklist.
		expect(resolveKey('command', 'q', 'q')).toEqual({type: 'insert', text: 'q'});
		({model: m, effects} = feed(m, typed('ls problems'), {type: 'submit'}));
		expect(effects).toEqual([{type: 'commandRun', line: 'ls problems'}]);
		expect(m.resources.command).toMatchObject({running: true, output: [': ls problems'], history: ['ls problems']});
		({model: m} = feed(m, {type: 'commandOutput', text: '⚠ go111module  go111module su'}, {type: 'commandOutput', text: 'mmary\n'}, {type: 'commandDone', ok: true}));
		expect(m.resources.command.running).toBe(false);
		expect(m.resources.command.output).toEqual([': ls problems', '⚠ go111module  go111module summary']);
		const shown = screenText(m);
		expect(shown).toContain('GO111MODULE');
		expect(shown).toContain('⚠ go111module  go111module summary');
		expect(shown).toMatch(/^: +$/m);
		// Esc closes the pane; the output stays for the next time it opens.
		({model: m} = feed(m, {type: 'cancel'}));
		expect(top(m.view)).toBeUndefined();
		expect(m.resources.command.output).toHaveLength(2);
	});

	it('a question of the running command is answered by the next line; Esc answers no', () => {
		let {model: m} = feed(model(), {type: 'command'}, typed('fix go111module'), {type: 'submit'}, {type: 'commandAsk', question: 'Apply this fix? [y/N] '});
		expect(screenText(m)).toMatch(/^Apply this fix\? \[y\/N\] +$/m);
		let effects: Effect[];
		({model: m, effects} = feed(m, typed('y'), {type: 'submit'}));
		expect(effects).toEqual([{type: 'commandAnswer', text: 'y'}]);
		expect(m.resources.command.output.at(-1)).toBe('Apply this fix? [y/N] y');
		expect(m.resources.command.question).toBeUndefined();
		({model: m, effects} = feed(m, {type: 'commandAsk', question: 'Undo this entry? [y/N] '}, {type: 'cancel'}));
		expect(effects).toEqual([{type: 'commandAnswer', text: null}]);
		// While the command still runs, Esc does not close the pane: Ctrl+C stops the command.
		({model: m, effects} = feed(m, {type: 'cancel'}));
		expect(top(m.view)?.screen).toBe('command');
		expect(m.view.notice?.key).toBe('ui.command.busy');
	});

	it('Ctrl+C stops the running command (not the app), drops a typed line, and quits only from an empty idle line', () => {
		let {model: m, effects} = feed(model(), {type: 'command'}, typed('go build ./...'), {type: 'submit'}, {type: 'quit'});
		expect(effects.at(-1)).toEqual({type: 'commandInterrupt'});
		({model: m, effects} = feed(m, {type: 'commandDone', ok: false}, typed('half a li'), {type: 'quit'}));
		expect(effects.filter((e) => e.type === 'quit')).toEqual([]);
		expect(top(m.view)).toMatchObject({screen: 'command', line: ''});
		({effects} = feed(m, {type: 'quit'}));
		expect(effects).toEqual([{type: 'quit'}]);
	});

	it('Tab completes through the REPL; several choices are listed; ↑/↓ recall earlier lines', () => {
		let {model: m, effects} = feed(model(), {type: 'command'}, {type: 'commandHistory', lines: ['env GOFLAGS', 'which go']}, typed('show go1'), {type: 'complete'});
		expect(effects.at(-1)).toEqual({type: 'commandComplete', line: 'show go1'});
		({model: m} = feed(m, {type: 'commandCompleted', line: 'show go1', hits: ['go111module'], substring: 'go1'}));
		expect(top(m.view)).toMatchObject({line: 'show go111module'});
		({model: m} = feed(m, {type: 'clearText'}, typed('env GOP'), {type: 'commandCompleted', line: 'env GOP', hits: ['GOPATH', 'GOPRIVATE', 'GOPROXY'], substring: 'GOP'}));
		expect(m.resources.command.output.at(-1)).toBe('GOPATH  GOPRIVATE  GOPROXY');
		({model: m} = feed(m, {type: 'commandCompleted', line: 'env GOP', hits: ['GOPRIVATE', 'GOPROXY'], substring: 'GOP'}));
		expect(top(m.view)).toMatchObject({line: 'env GOPR'});
		({model: m} = feed(m, {type: 'move', delta: -1}));
		expect(top(m.view)).toMatchObject({line: 'which go'});
		({model: m} = feed(m, {type: 'move', delta: -1}, {type: 'move', delta: -1}));
		expect(top(m.view)).toMatchObject({line: 'env GOFLAGS'});
		({model: m} = feed(m, {type: 'move', delta: 1}, {type: 'move', delta: 1}));
		expect(top(m.view)).toMatchObject({line: ''});
	});

	it('quit in the pane closes it; : says so where there are no commands (a snapshot)', () => {
		const {model: m} = feed(model(), {type: 'command'}, typed('quit'), {type: 'submit'}, {type: 'commandDone', ok: true, quit: true});
		expect(top(m.view)).toBeUndefined();
		const none = feed(model(false), {type: 'command'});
		expect(top(none.model.view)).toBeUndefined();
		expect(none.model.view.notice?.key).toBe('ui.command.unavailable');
		expect(none.effects).toEqual([]);
	});

	it('echoes a line without the password typed into it', () => {
		const {model: m} = feed(model(), {type: 'command'}, typed('set GOPROXY=https://dev:hunter2@proxy.example.com --yes'), {type: 'submit'});
		expect(m.resources.command.output).toEqual([': set GOPROXY=https://dev:***@proxy.example.com --yes']);
		expect(m.resources.command.history).toEqual(['set GOPROXY=https://dev:***@proxy.example.com --yes']);
	});
});
