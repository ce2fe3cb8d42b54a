import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {bindFixes} from '../../source/app/services.js';
import {Journal} from '../../source/journal/journal.js';
import {POINTER} from '../../source/layout/glyphs.js';
import {createTranslator, type Lang} from '../../source/i18n/index.js';
import {renderApp, type AppHarness} from '../helpers/app.js';
import {KEYS} from '../helpers/ink.js';
import {goEnvControl, offWorld} from '../helpers/triage-world.js';

let app: AppHarness | undefined;
let dir: string | undefined;
afterEach(() => {
	app?.ui.unmount();
	if (dir) rmSync(dir, {recursive: true, force: true});
});

const rowOf = (frame: string, text: string) => frame.split('\n').find((line) => line.includes(text)) ?? '';
const settled = (frame: string) => !/\d+\/\d+ done/.test(frame) && /GO111MODULE/.test(frame);

/** The app on the fake Windows world, with the real fixes API and a journal kept in `dir`, in a language. */
async function appWithJournal(lang: Lang) {
	const sys = offWorld();
	const control = goEnvControl(sys);
	control.answerGoEnvWrites();
	let harness: AppHarness | undefined;
	const fixes = bindFixes({sys, t: createTranslator(lang), journal: new Journal({dir: dir!}), rerun: (ids) => harness!.engine.run(ids)});
	harness = await renderApp({sys, fixes, lang, columns: 100, rows: 30});
	await harness.wait(settled);
	return harness;
}

/**
 * The journal in the UI tier, with the real executor and journal: entries read in the
 * language in use whatever language wrote them; an undone entry says it is undone instead of
 * showing its old re-check as if current; taking back an undo is a redo, and says so.
 */
describe('the journal\'s entries', () => {
	it('are shown in the language in use, not the one they were written in', async () => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-journal-'));
		app = await appWithJournal('en');
		await app.press('G', (f) => rowOf(f, 'GO111MODULE').startsWith(POINTER));
		await app.press('f', (f) => f.includes('What it touches'));
		await app.press('y', (f) => f.includes('Done: applied'));
		app.ui.unmount();

		app = await appWithJournal('zh-CN');
		const journal = await app.press('u', (f) => /#1 /.test(f));
		expect(rowOf(journal, '#1')).toContain('从 go env 配置文件中删除 GO111MODULE');
		expect(journal).not.toContain('Remove GO111MODULE');
		// Who must restart is kept by key too: the entry says it in the language in use.
		const entry = await app.press(KEYS.enter, (f) => f.includes('← #1'));
		expect(entry).toContain(createTranslator('zh-CN')('fix.restart.none'));
		expect(entry).not.toContain(createTranslator('en')('fix.restart.none'));
	});

	it('say when they were undone instead of showing the old re-check as current; taking back the undo is a redo', async () => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-journal-'));
		app = await appWithJournal('en');
		await app.press('G', (f) => rowOf(f, 'GO111MODULE').startsWith(POINTER));
		await app.press('f', (f) => f.includes('What it touches'));
		await app.press('y', (f) => f.includes('Done: applied'));
		await app.press(KEYS.enter, (f) => rowOf(f, 'GO111MODULE').includes('not set: module mode'));
		await app.press('u', (f) => /#1 .* applied/.test(f));
		let entry = await app.press(KEYS.enter, (f) => f.includes('Changes (1)'));
		// Applied and in effect: its re-check is what holds now.
		expect(entry).toMatch(/Checked again: +[✔√] go111module/);
		await app.press(KEYS.escape, (f) => f.includes('Journal'));
		await app.press('z', (f) => f.includes('Undo #1') && f.includes('Changes (1)'));
		await app.press('y', (f) => f.includes('Done: undone'));
		await app.press(KEYS.enter, (f) => f.includes('Journal') && /#2 /.test(f));

		// #1 is now undone: it says so, and its re-check is of that time.
		await app.press('j', (f) => rowOf(f, '#1').startsWith(POINTER));
		entry = await app.press(KEYS.enter, (f) => f.includes('Changes (1)'));
		expect(entry).toContain('Undone by entry #2: this change is no longer in effect.');
		expect(entry).not.toMatch(/^Checked again:/m);
		expect(entry).toMatch(/Checked again then \(before the undo\): +[✔√] go111module/);
		await app.press(KEYS.escape, (f) => f.includes('Journal'));

		// #2 is the undo: z takes it back, which is a redo of #1, never "Undo #2".
		await app.press('k', (f) => rowOf(f, '#2').startsWith(POINTER));
		const redo = await app.press('z', (f) => f.includes('Changes (1)'));
		expect(redo).toContain('Redo #1 (takes back undo #2): Remove GO111MODULE from the go env file');
		expect(redo).not.toContain('Undo #2');
		const running = await app.press('y', (f) => f.includes('Done'));
		expect(running.split('\n')[0]).toContain('Redoing: Remove GO111MODULE');
	});
});
