import {readFileSync} from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {POINTER} from '../../source/layout/glyphs.js';
import {createTranslator} from '../../source/i18n/index.js';
import {PROBES} from '../../source/probes/index.js';
import {keysMarkdown} from '../../source/screens/help.js';
import {renderApp, reportFileOf, type AppHarness} from '../helpers/app.js';
import {KEYS} from '../helpers/ink.js';
import {ROOT} from '../helpers/sandbox.js';
import {scriptedFixes} from '../helpers/scripted-fixes.js';
import {goEnvControl, offWorld} from '../helpers/triage-world.js';

let app: AppHarness | undefined;
afterEach(() => app?.ui.unmount());

const rowOf = (frame: string, text: string) => frame.split('\n').find((line) => line.includes(text)) ?? '';
const footerOf = (frame: string) => frame.split('\n').at(-1) ?? '';
const settled = (frame: string) => !/\d+\/\d+ done/.test(frame) && frame.includes('GO111MODULE');
const KEYS_MORE = {right: '\u001B[C', left: '\u001B[D'};

/**
 * What a lazygit or k9s user expects of the checklist and its screens, in the UI tier: the
 * footer keeps the way out and help at any width and says where hidden rows are; titles are
 * not cut while there is room; → l Enter open and ← h Esc go back; Enter goes ahead in a
 * dialog whose default is to go ahead; help names every dialog's cancel key; a key with
 * nothing to do says something true and leaves the keys in view.
 */
describe('the checklist at narrow widths', () => {
	it('keeps q quit and ? help in the footer, and says where hidden rows are: ↓ below, ↑ above', async () => {
		app = await renderApp({sys: offWorld(), probes: PROBES, columns: 80, rows: 16});
		let frame = await app.wait((f) => f.includes('GO111MODULE'));
		expect(footerOf(frame)).toMatch(/q quit · \? help/);
		expect(footerOf(frame)).toMatch(/↓ \d+ more$/);
		expect(footerOf(frame)).not.toMatch(/· \d+ more/);
		frame = await app.press('G', (f) => /↑ \d+ more/.test(footerOf(f)));
		expect(footerOf(frame)).not.toMatch(/↓ \d+ more/);
		for (const columns of [60, 40]) {
			await app.resize(columns, 16);
			const narrow = app.frame();
			expect(footerOf(narrow), `${columns} columns`).toContain('q quit');
			expect(footerOf(narrow), `${columns} columns`).toContain('? help');
		}
	});

	it('fits the longest title in its column when there is room: nothing cut at 120 columns', async () => {
		app = await renderApp({sys: offWorld(), probes: PROBES, columns: 120, rows: 40});
		const frame = await app.wait((f) => f.includes('GO111MODULE'));
		const t = createTranslator('en');
		const titles = PROBES.map((probe) => t(probe.title));
		const longest = titles.reduce((a, b) => (stringWidth(a) >= stringWidth(b) ? a : b));
		expect(stringWidth(longest)).toBeGreaterThan(24);
		for (const title of titles.filter((title) => frame.includes(title.slice(0, 12)))) expect(frame, title).toContain(title);
		// Summaries all start in one column, right after the longest title.
		const starts = new Set(frame.split('\n').filter((line) => /^[ ❯] \S /.test(line)).map((line) => stringWidth(line.slice(0, 4 + longest.length + 2))));
		expect(starts.size).toBe(1);
	});
});

describe('keys that open and go back', () => {
	it('→ and l open a finding, ← and h go back', async () => {
		app = await renderApp({sys: offWorld()});
		await app.wait(settled);
		await app.press('G', (f) => rowOf(f, 'GO111MODULE').startsWith(POINTER));
		await app.press(KEYS_MORE.right, (f) => f.includes('Why it matters'));
		await app.press(KEYS_MORE.left, (f) => f.includes('Go toolchain'));
		await app.press('l', (f) => f.includes('Why it matters'));
		await app.press('h', (f) => f.includes('Go toolchain'));
	});

	it('Enter in a fix preview applies (its default), Esc cancels, both in its help; in the journal → and ← open and leave an entry, and Enter undoes', async () => {
		const sys = offWorld();
		let harness: AppHarness | undefined;
		const fixes = scriptedFixes({...goEnvControl(sys), rerun: (ids) => harness!.engine.run(ids)});
		app = harness = await renderApp({sys, fixes: fixes.api});
		await app.wait(settled);
		await app.press('G', (f) => rowOf(f, 'GO111MODULE').startsWith(POINTER));
		await app.press('f', (f) => f.includes('Changes (1)'));
		const help = await app.press('?', (f) => f.includes('Keys'));
		expect(help).toMatch(/Fix preview\n(?:.*\n)*? {2}y\/Enter +apply\n {2}Esc\/n +cancel \(also Backspace, q, ←, h\)/);
		await app.press(KEYS.escape, (f) => f.includes('Changes (1)'));
		await app.press(KEYS.escape, (f) => f.includes('Cancelled. Nothing was changed.'));
		expect(fixes.calls.filter((c) => c.startsWith('apply'))).toEqual([]);
		await app.press('f', (f) => f.includes('Changes (1)'));
		await app.press(KEYS.enter, (f) => f.includes('Done: applied'));
		expect(fixes.calls.filter((c) => c.startsWith('apply'))).toEqual(['apply go111module/unset-go-env-file']);
		// In the journal → opens an entry and ← goes back; the undo dialog goes ahead on Enter too.
		await app.press(KEYS.enter, (f) => f.includes('Go toolchain'));
		await app.press('u', (f) => f.includes('#1'));
		await app.press(KEYS_MORE.right, (f) => f.includes('Changes (1)') && !f.includes('Undo #1'));
		await app.press(KEYS_MORE.left, (f) => f.includes('Journal') && !f.includes('Changes (1)'));
		await app.press('z', (f) => f.includes('Undo #1') && f.includes('y/Enter undo'));
		await app.press(KEYS.enter, (f) => f.includes('Done: undone'));
	});
});

describe('help', () => {
	it('names / once, the three states of p, and a cancel key for every dialog', async () => {
		app = await renderApp({sys: offWorld(), rows: 200});
		await app.wait(settled);
		const help = await app.press('?', (f) => f.includes('Keys'));
		expect(help).toMatch(/\n {2}\/ +filter\n/);
		expect(help).not.toContain('(also /)');
		expect(help).toContain('problems only; again: errors only; again: all');
		for (const dialog of ['Fix preview', 'Undoing a journal entry', 'Lifting a suppression', 'Confirming a fix that cannot be undone', 'Suppressing a finding', "Choosing the report's folder"]) {
			const section = help.slice(help.indexOf(`\n${dialog}\n`) + 1).split('\n\n')[0]!;
			expect(section, dialog).toMatch(/\n {2}Esc(\/n)? +cancel/);
		}
	});

	it('p does not repeat the status line in the footer; it tells only the way back to every check', async () => {
		app = await renderApp({sys: offWorld()});
		await app.wait(settled);
		let frame = await app.press('p', (f) => f.includes('only problems ·'));
		expect(footerOf(frame)).not.toContain('only problems');
		expect(footerOf(frame)).toContain('? help');
		frame = await app.press('p', (f) => f.includes('only errors ·'));
		expect(footerOf(frame)).not.toContain('only errors');
		frame = await app.press('p', (f) => !f.includes('shown'));
		expect(footerOf(frame)).toContain('Showing every check.');
	});

	it('the README lists the same keys as ?, screen by screen', () => {
		const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
		const block = /<!-- keys: [^\n]*-->\n([^]*?)\n<!-- \/keys -->/.exec(readme)?.[1];
		const expected = keysMarkdown(createTranslator('en'));
		expect(block, `README.md's keys block, to be replaced by:\n${expected}`).toBe(expected);
		expect(block).toContain('`u/J` journal');
	});
});

describe('a key with nothing to do', () => {
	it('f on a finding without a fix says what is true there, and the footer keeps its way out and help', async () => {
		app = await renderApp({sys: offWorld()});
		await app.wait(settled);
		await app.press('g', (f) => rowOf(f, 'go on PATH').startsWith(POINTER));
		let frame = await app.press('f', (f) => f.includes('No automatic fix'));
		expect(footerOf(frame)).toContain('No automatic fix for go-on-path; Enter shows what was found.');
		expect(footerOf(frame)).toMatch(/q quit · \? help$/);
		await app.press(KEYS.enter, (f) => f.includes('go on PATH') && f.includes('Esc back'));
		frame = await app.press('f', (f) => f.includes('No automatic fix'));
		expect(footerOf(frame)).toContain('No automatic fix for go-on-path; what was found is here.');
		expect(footerOf(frame)).not.toContain('Enter shows');
		expect(footerOf(frame)).toMatch(/Esc back · \? help$/);
	});
});

describe('the shareable report', () => {
	it('wraps its preview between words, and d chooses the folder it goes to', async () => {
		const world = offWorld();
		app = await renderApp({sys: world});
		await app.wait(settled);
		let frame = await app.press('e', (f) => f.includes('# goenv-tui report'));
		// Every word of the masking sentence is whole on its line, at any width.
		for (const columns of [80, 61, 47]) {
			await app.resize(columns, 40);
			frame = app.frame();
			const text = frame.split('\n').join(' ');
			for (const word of ['User', 'names,', 'folders,', 'addresses,', 'tokens', 'credentials', 'this', 'report', 'masked.']) expect(text, `${word} at ${columns}`).toMatch(new RegExp(`(^| )${word.replace('.', '\\.')}( |$)`));
		}
		await app.resize(80, 24);
		frame = await app.press('d', (f) => f.includes('Folder:'));
		expect(frame).toContain('GOENV_TUI_REPORT_DIR');
		await app.press('\u0015', (f) => /Folder: +\n/.test(f) || /Folder:\s*$/m.test(f));
		await app.press('D:\\old', (f) => f.includes('D:\\old'));
		// Ctrl+U and the text in one chunk (a fast typist, a terminal multiplexer): cleared, then typed.
		frame = await app.press('\u0015D:\\reports', (f) => f.includes('D:\\reports'));
		expect(frame.split('\n').find((line) => line.startsWith('Folder:'))?.trimEnd()).toBe('Folder: D:\\reports');
		frame = await app.press(KEYS.enter, (f) => f.includes('w writes it to D:\\reports\\goenv-tui-report-'));
		const file = reportFileOf(frame);
		await app.press('w', (f) => f.includes('Report written'));
		expect(await world.readFile(file)).toContain('# goenv-tui report');
		// Where it went stays readable in full on a narrow terminal, where the footer's notice is cut.
		await app.resize(40, 24);
		frame = app.frame();
		const head = frame.split('\n').slice(1, 4).map((line) => line.trimEnd()).join('');
		expect(head, frame).toContain(`Report written to ${file}`);
		await app.resize(80, 24);
		await app.press(KEYS.escape, (f) => f.includes('Go toolchain'));
		// The folder chosen stays chosen for the next report of the session.
		await app.press('e', (f) => f.includes('# goenv-tui report'));
		frame = await app.wait((f) => f.includes('w writes it to D:\\reports\\goenv-tui-report-'));
	});
});
