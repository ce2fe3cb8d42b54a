import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {bindFixes} from '../../source/app/services.js';
import {Journal} from '../../source/fixes/index.js';
import {STATUS_GLYPH, POINTER} from '../../source/layout/glyphs.js';
import {createTranslator} from '../../source/i18n/index.js';
import {KEYMAP, otherKeys} from '../../source/ui/keymap.js';
import {memorySuppressionStore} from '../../source/suppressions/suppressions.js';
import {assertFits, renderApp, reportFileOf, TOOLCHAIN_PROBES, type AppHarness} from '../helpers/app.js';
import {KEYS, tick} from '../helpers/ink.js';
import {scriptedFixes} from '../helpers/scripted-fixes.js';
import {ENV_FILE, everyEvidence, goEnvControl, offWorld} from '../helpers/triage-world.js';

let app: AppHarness | undefined;
afterEach(() => app?.ui.unmount());

const rowOf = (frame: string, text: string) => frame.split('\n').find((line) => line.includes(text)) ?? '';
const settled = (frame: string) => !/\d+\/\d+ done/.test(frame) && frame.includes('GO111MODULE');
const G111 = 'GO111MODULE=off is set';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('triage from the keyboard', () => {
	it('opens a finding with Enter: status, summary, why, the doc link and its evidence; Esc and Backspace go back', async () => {
		app = await renderApp({sys: offWorld()});
		await app.wait(settled);
		await app.press('G', (f) => rowOf(f, 'GO111MODULE').startsWith(POINTER));
		const detail = await app.press(KEYS.enter, (f) => f.includes('Why it matters'));
		expect(detail.split('\n')[0]).toMatch(/GO111MODULE +go111module +⚠ warning|GO111MODULE +go111module +‼ warning/);
		expect(detail).toContain(G111);
		expect(detail).toContain('https://go.dev/ref/mod#mod-commands');
		expect(detail).toContain('GO111MODULE, layer by layer');
		// The path wraps after a separator, never inside a name (张三 stays whole).
		expect(detail).toMatch(/GO111MODULE +off +go env file \(C:\\Users\\ +in effect: go uses this\n +张三\\AppData\\Roaming\\go\\ +value\n/);
		expect(detail).toContain('1. Remove GO111MODULE from the go env file');
		assertFits(detail, 80, 24);
		await app.press(KEYS.escape, (f) => f.includes('Go toolchain'));
		await app.press(KEYS.enter, (f) => f.includes('Why it matters'));
		// Backspace arrives as DEL on Linux and macOS (Ink 6.8 calls it delete), BS on Windows.
		await app.press(KEYS.backspace, (f) => f.includes('Go toolchain'));
		await app.press(KEYS.enter, (f) => f.includes('Why it matters'));
		await app.press('\b', (f) => f.includes('Go toolchain'));
	});

	it('groups rows by family and scrolls long evidence in a fixed-height pane with PgDn, PgUp, G and g', async () => {
		app = await renderApp({sys: offWorld(), probes: [...TOOLCHAIN_PROBES, everyEvidence]});
		const list = await app.wait((f) => settled(f) && f.includes('PATH & environment'));
		const lines = list.split('\n');
		expect(lines.indexOf('Go toolchain')).toBeLessThan(lines.indexOf('PATH & environment'));
		await app.press('G', (f) => rowOf(f, 'an older Go').startsWith(POINTER));
		let frame = await app.press(KEYS.enter, (f) => f.includes('Why it matters'));
		const height = frame.split('\n').length;
		expect(frame).not.toContain('END OF EVIDENCE');
		expect(frame).toMatch(/lines 1–\d+ of \d+/);
		// The PATH table: index, entry, scope, exists, state, and the tools found there.
		expect(frame).toMatch(/#\s+entry\s+scope\s+exists\s+state\s+Go tools/);
		expect(frame).toMatch(/3 +C:\\Users\\张三\\go\\bin +user +yes +wins +go go1\.26\.8 \(runs\)/);
		expect(frame).toMatch(/7 +C:\\Go\\bin +system +yes +shadowed +go go1\.16\.3/);
		expect(frame).toMatch(/9 +C:\\Gone +user +no +missing/);
		frame = await app.press(KEYS.pageDown, (f) => !f.includes('Why it matters'));
		expect(frame.split('\n')).toHaveLength(height);
		expect(frame).toMatch(/28 +C:\\Tools\\t28\\bin +user +yes/);
		frame = await app.press('G', (f) => f.includes('END OF EVIDENCE'));
		expect(frame).toContain('$ & \'C:\\Program Files\\Go\\bin\\go.exe\' version');
		expect(frame.split('\n')).toHaveLength(height);
		assertFits(frame, 80, 24);
		frame = await app.press(KEYS.pageUp, (f) => !f.includes('END OF EVIDENCE'));
		frame = await app.press('g', (f) => f.includes('Why it matters'));
		// Every kind has its view somewhere in the pane.
		const all: string[] = [];
		for (let i = 0; i < 12; i++) {
			all.push(app.frame());
			await app.press(KEYS.pageDown, () => true);
			await tick();
		}
		const text = all.join('\n');
		expect(text).toMatch(/hive +name +type +raw +expanded/);
		expect(text).toMatch(/HKCU +Path +REG_EXPAND_SZ +%USERPROFILE%\\go\\bin +C:\\Users\\张三\\go\\bin/);
		expect(text).toMatch(/target +user +helper/);
		expect(text).toMatch(/GOPATH +C:\\Users\\张三\\go +inferred by go/);
		expect(text).toContain('exit code: 0');
		expect(text).toContain('go version go1.26.8 windows/amd64');
	});

	it('handles keys that arrive together in one chunk one by one, in order', async () => {
		app = await renderApp({sys: offWorld()});
		await app.wait(settled);
		await app.press('jj', (f) => rowOf(f, 'GO111MODULE').startsWith(POINTER));
		await app.press('kk', (f) => rowOf(f, 'go on PATH').startsWith(POINTER));
		// Typed text, then Enter to keep the filter, then Enter to open the row.
		const frame = await app.press('/111\r\r', (f) => f.includes('Why it matters'));
		expect(frame).toContain(G111);
		// Esc then p typed fast arrive as Alt+p: back to the list, then only the problems.
		await app.press('\u001Bp', (f) => f.includes('Go toolchain') && f.includes('only problems'));
	});

	it('filters with /, Esc clears; p shows only problems', async () => {
		app = await renderApp({sys: offWorld(), probes: [...TOOLCHAIN_PROBES, everyEvidence]});
		await app.wait(settled);
		await app.press('/', (f) => f.split('\n').at(-1)!.startsWith('/'));
		let frame = await app.press('111', (f) => !f.includes('GOROOT'));
		expect(frame).toContain('GO111MODULE');
		expect(frame).toContain('1 of 4 shown');
		frame = await app.press(KEYS.enter, (f) => f.includes('Esc shows all'));
		frame = await app.press(KEYS.escape, (f) => f.includes('GOROOT'));
		expect(frame).not.toContain('shown');
		frame = await app.press('p', (f) => f.includes('only problems'));
		expect(frame).not.toContain('GOROOT');
		expect(frame).toContain(G111);
		expect(frame).toContain('an older Go');
		frame = await app.press(KEYS.escape, (f) => f.includes('GOROOT'));
	});

	it('suppresses a finding with a reason: it stays, dimmed, with the reason, and stops counting', async () => {
		const store = memorySuppressionStore();
		app = await renderApp({sys: offWorld(), suppressions: store});
		await app.wait(settled);
		expect(app.frame().split('\n')[0]).toMatch(/[⚠‼] 1/);
		await app.press('G', (f) => rowOf(f, 'GO111MODULE').startsWith(POINTER));
		let frame = await app.press('s', (f) => f.includes('Reason'));
		expect(frame.replace(/\s+/g, ' ')).toContain('It no longer counts in exit codes');
		frame = await app.press(KEYS.enter, (f) => f.includes('Say why'));
		await app.press('old GOPATH build, until migration', (f) => f.includes('until migration'));
		await app.press('\t', (f) => rowOf(f, 'Expires').includes('›'));
		await app.press('30d', (f) => rowOf(f, 'Expires').includes('30d'));
		frame = await app.press(KEYS.enter, (f) => f.includes('Suppressed go111module'));
		expect(rowOf(frame, 'GO111MODULE')).toContain('suppressed: old GOPATH build, until migration');
		expect(frame.split('\n')[0]).toContain('1 suppressed');
		expect(frame.split('\n')[0]).not.toMatch(/[⚠‼] 1/);
		expect(store.list().get('go111module')).toMatchObject({reason: 'old GOPATH build, until migration', status: 'warn'});
		expect(store.list().get('go111module')?.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		// s again offers to lift it.
		frame = await app.press('s', (f) => f.includes('Lift the suppression'));
		frame = await app.press('y', (f) => f.includes('go111module counts again'));
		expect(store.list().size).toBe(0);
	});

	it('shows every key on ?, built from the keymap table, and closes it again', async () => {
		app = await renderApp({sys: offWorld()});
		await app.wait(settled);
		let frame = await app.press('?', (f) => f.startsWith('Keys'));
		assertFits(frame, 80, 24);
		const pages = [frame];
		while (/↓ lines/.test(frame)) {
			frame = await app.press(KEYS.pageDown, (f) => f !== pages.at(-1));
			pages.push(frame);
		}
		const text = pages.join('\n');
		const t = createTranslator('en');
		for (const binding of KEYMAP) {
			// Every key that works is named: the label's, then the others (Esc: back (also Backspace, q, ←, h)).
			const others = otherKeys(binding);
			const described = others.length > 0 ? t('ui.help.alsoKeys', {action: t(binding.help), keys: others.join(', ')}) : t(binding.help);
			expect(text, binding.help).toMatch(new RegExp(`${escape(binding.label)} +${escape(described)}`));
		}
		expect(text).toContain('back (also Backspace, q, ←, h)');
		expect(text).toContain('page down (also Ctrl+D, Space)');
		await app.press(KEYS.escape, (f) => f.includes('Go toolchain'));
	});

	it('stays usable at 60 columns and re-lays out on resize', async () => {
		app = await renderApp({sys: offWorld(), probes: [...TOOLCHAIN_PROBES, everyEvidence]});
		let frame = await app.wait(settled);
		await app.resize(60, 20);
		frame = app.frame();
		assertFits(frame, 60, 20);
		expect(frame).toContain('? help');
		expect(frame).toContain('GO111MODULE');
		frame = await app.press('G', (f) => rowOf(f, 'an older Go').startsWith(POINTER));
		frame = await app.press(KEYS.enter, (f) => f.includes('Why it matters'));
		assertFits(frame, 60, 20);
		expect(frame.split('\n')).toHaveLength(19);
		frame = await app.press(KEYS.pageDown, (f) => !f.includes('Why it matters'));
		assertFits(frame, 60, 20);
		// The entry column narrows and wraps after a path separator, under itself.
		expect(frame).toMatch(/\n {2}\d+ +C:\\Tools\\(t\d+\\)? +(system|user) +yes\n {6}(t\d+\\)?bin\n/);
		// Even a terminal a few rows high never gets a frame as tall as itself.
		for (const [c, r] of [[40, 6], [30, 3]] as const) {
			await app.resize(c, r);
			expect(app.frame().split('\n').length, `${c}x${r}`).toBeLessThanOrEqual(r - 1);
		}
		await app.resize(100, 30);
		frame = app.frame();
		assertFits(frame, 100, 30);
		expect(frame.split('\n')).toHaveLength(29);
	});

	it('writes the shareable report on e then w, masked, through the System', async () => {
		const sys = offWorld();
		app = await renderApp({sys});
		await app.wait(settled);
		let frame = await app.press('e', (f) => f.includes('Shareable report') && f.includes('# goenv-tui report'));
		expect(frame).toContain('# goenv-tui report');
		// The Markdown as it will be written, blank lines included, in a frame of full height.
		const lines = frame.split('\n');
		expect(lines).toHaveLength(23);
		expect(lines[lines.indexOf('# goenv-tui report') + 1]!.trim()).toBe('');
		// The whole path is shown, wrapped after a separator where it does not fit.
		const file = reportFileOf(frame);
		// Not the current folder (often a repository): reports/ in goenv-tui's config folder.
		expect(file).toMatch(/^C:\\Users\\张三\\AppData\\Roaming\\goenv-tui\\Config\\reports\\goenv-tui-report-\d{4}-\d{2}-\d{2}-\d{4}\.md$/);
		frame = await app.press('w', (f) => f.includes('Report written'));
		const written = (await sys.readFile(file))!;
		expect(written).toContain('`go111module`');
		expect(written).toContain('~\\\\AppData\\\\Roaming\\\\go\\\\env');
		expect(written).not.toContain('张三');
	});

	it('a second w on the same report writes no copy: it says the report is already written, and where', async () => {
		const sys = offWorld();
		app = await renderApp({sys});
		await app.wait(settled);
		let frame = await app.press('e', (f) => f.includes('Shareable report') && f.includes('# goenv-tui report'));
		const file = reportFileOf(frame);
		frame = await app.press('w', (f) => f.includes('Report written'));
		const folder = file.slice(0, file.lastIndexOf('\\'));
		const before = await sys.readdir(folder);
		expect(before).toEqual([file.slice(folder.length + 1)]);
		frame = await app.press('w', (f) => f.includes('Already written'));
		expect(frame).toContain('Already written (the file named above): not written again');
		expect(frame.replace(/\n/g, '')).toContain(`Report written to ${file}`);
		await tick();
		// Nothing more on disk: no `-2` copy of the same text.
		expect(await sys.readdir(folder)).toEqual(before);
	});

	it('previews and applies a fix, the row turns green; the journal undoes it and the row returns', async () => {
		const sys = offWorld();
		let harness: AppHarness | undefined;
		const control = goEnvControl(sys);
		const fixes = scriptedFixes({...control, rerun: (ids) => harness!.engine.run(ids)});
		app = harness = await renderApp({sys, fixes: fixes.api});
		await app.wait(settled);
		await app.press('G', (f) => rowOf(f, 'GO111MODULE').startsWith(POINTER));
		let frame = await app.press('f', (f) => f.includes('Changes (1)'));
		expect(frame).toMatch(/before +off/);
		expect(frame).toMatch(/after +\(not set\)/);
		expect(frame).toContain('$ go env -u GO111MODULE');
		expect(frame).toContain('Can be undone  yes');
		expect(frame).toContain('y/Enter apply');
		// Any other key cancels, and nothing is applied.
		frame = await app.press('n', (f) => f.includes('Cancelled. Nothing was changed.'));
		expect(fixes.calls.filter((c) => c.startsWith('apply'))).toEqual([]);
		await app.press('f', (f) => f.includes('Changes (1)'));
		frame = await app.press('y', (f) => f.includes('Done: applied'));
		expect(frame).toContain('written and verified');
		expect(frame).toMatch(/GO111MODULE is now [✔√] ok/);
		frame = await app.press(KEYS.enter, (f) => f.includes('Go toolchain'));
		expect(rowOf(frame, 'GO111MODULE')).toMatch(/[✔√] GO111MODULE +not set: module mode/);
		expect(await sys.readFile(ENV_FILE)).toBe('');

		frame = await app.press('u', (f) => f.includes('#1'));
		expect(rowOf(frame, '#1')).toMatch(/fix +Remove GO111MODULE .* applied$/);
		frame = await app.press('z', (f) => f.includes('Undo #1'));
		frame = await app.press('y', (f) => f.includes('Done: undone'));
		frame = await app.press(KEYS.escape, (f) => f.includes('Journal'));
		frame = await app.press(KEYS.escape, (f) => f.includes('Go toolchain'));
		expect(rowOf(frame, 'GO111MODULE')).toContain(G111);
		expect(await sys.readFile(ENV_FILE)).toBe('GO111MODULE=off\n');
	});

	it('on Ctrl+C in the middle of a fix, finishes it first and only then quits', async () => {
		const sys = offWorld();
		let harness: AppHarness | undefined;
		const fixes = scriptedFixes({...goEnvControl(sys), rerun: (ids) => harness!.engine.run(ids)});
		let quit = 0;
		app = harness = await renderApp({sys, fixes: fixes.api, onQuit: () => quit++});
		await app.wait(settled);
		await app.press('G', (f) => rowOf(f, 'GO111MODULE').startsWith(POINTER));
		await app.press('f', (f) => f.includes('Changes (1)'));
		const release = fixes.holdNextApply();
		await app.press('y', (f) => f.includes('writing'));
		const frame = await app.press(KEYS.ctrlC, (f) => f.includes('Quitting once this has finished'));
		expect(quit).toBe(0);
		expect(frame).not.toContain('Done');
		release();
		for (let i = 0; i < 50 && quit === 0; i++) await tick();
		expect(quit).toBe(1);
		expect(await sys.readFile(ENV_FILE)).toBe('');
	});
});

describe('a fix interrupted by a crash', () => {
	it('is announced at start-up, listed first in the journal with where each change stands, and rolled back with b', async () => {
		const sys = offWorld();
		const view = {index: 0, kind: 'go-env' as const, target: {type: 'go-env' as const, file: ENV_FILE, key: 'GO111MODULE'}, label: `${ENV_FILE}  GO111MODULE`, before: 'off', after: '(not set)', needsAdmin: false, reversible: true, backup: false};
		const fixes = scriptedFixes({
			...goEnvControl(sys),
			rerun: async () => [],
			pending: [
				{
					entry: {id: 7, time: '2026-11-25T22:10:00.000Z', updated: '2026-11-25T22:10:00.000Z', action: 'fix', findingId: 'go111module', fixId: 'unset-go-env-file', title: 'Remove GO111MODULE from the go env file', status: 'pending', reversible: true, needsAdmin: false, undoable: false, views: [view], text: {title: {text: 'Remove GO111MODULE from the go env file'}}},
					states: [{index: 0, label: view.label, state: 'after', now: '(not set)'}],
				},
			],
		});
		app = await renderApp({sys, fixes: fixes.api});
		let frame = await app.wait((f) => f.includes('interrupted last time'));
		expect(frame.split('\n')[1]).toContain('1 fix(es) were interrupted last time: press u to see and settle them.');
		assertFits(frame, 80, 24);
		frame = await app.press('u', (f) => f.includes('#7'));
		expect(frame).toContain('Interrupted (the program stopped while applying)');
		expect(rowOf(frame, '#7')).toMatch(/^❯ #7 .* pending$|^> #7 .* pending$/);
		// z is not for an interrupted entry: it says what is.
		frame = await app.press('z', (f) => f.includes('b rolls it back'));
		frame = await app.press(KEYS.enter, (f) => f.includes('where each change stands'));
		expect(frame).toContain('GO111MODULE: already changed');
		frame = await app.press('b', (f) => f.includes('Done: rolled back'));
		expect(fixes.calls).toContain('recover 7 rollback');
		frame = await app.press(KEYS.enter, (f) => f.includes('#7'));
		expect(frame).not.toContain('Interrupted');
		expect(rowOf(frame, '#7')).toMatch(/failed$/);
	});
});

describe('doc links', () => {
	it('are OSC 8 hyperlinks where the terminal supports them, with the URL as their text', async () => {
		app = await renderApp({sys: offWorld(), hyperlinks: true});
		await app.wait(settled);
		await app.press('G', (f) => rowOf(f, 'GO111MODULE').startsWith(POINTER));
		const frame = await app.press(KEYS.enter, (f) => f.includes('Why it matters'));
		expect(frame).toContain('\u001B]8;;https://go.dev/ref/mod#mod-commands\u0007https://go.dev/ref/mod#mod-commands\u001B]8;;\u0007');
		assertFits(frame.replace(/\u001B\]8;;[^\u0007]*\u0007/g, ''), 80, 24);
	});
});

describe('with the real fix executor and journal', () => {
	let dir: string | undefined;
	afterEach(() => {
		if (dir) rmSync(dir, {recursive: true, force: true});
	});

	it('applies the fix to the fake world, the row turns green, and the journal undoes it', async () => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-journal-'));
		const sys = offWorld();
		const control = goEnvControl(sys);
		control.answerGoEnvWrites();
		let harness: AppHarness | undefined;
		const t = createTranslator('en');
		const fixes = bindFixes({sys, t, journal: new Journal({dir}), rerun: (ids) => harness!.engine.run(ids)});
		app = harness = await renderApp({sys, fixes});
		await app.wait(settled);
		await app.press('G', (f) => rowOf(f, 'GO111MODULE').startsWith(POINTER));
		let frame = await app.press('f', (f) => f.includes('What it touches'));
		expect(frame).toMatch(/before +off/);
		expect(frame).toContain('$ go env -u GO111MODULE');
		frame = await app.press('y', (f) => f.includes('Done: applied'));
		expect(frame).toMatch(/GO111MODULE is now [✔√] ok/);
		expect(sys.calls.some((c) => c.args.join(' ') === 'env -u GO111MODULE')).toBe(true);
		frame = await app.press(KEYS.enter, (f) => rowOf(f, 'GO111MODULE').includes('not set: module mode'));
		frame = await app.press('u', (f) => /#1 .* applied/.test(f));
		frame = await app.press('z', (f) => f.includes('y/Enter undo') && f.includes('Changes (1)'));
		frame = await app.press('y', (f) => f.includes('Done: undone'));
		expect(await sys.readFile(ENV_FILE)).toBe('GO111MODULE=off\n');
		await app.press(KEYS.enter, (f) => f.includes('Journal'));
		frame = await app.press(KEYS.escape, (f) => f.includes('Go toolchain'));
		expect(rowOf(frame, 'GO111MODULE')).toContain(G111);
	});
});
