import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';
import {bindFixes} from '../../source/app-services.js';
import {Journal} from '../../source/fixes/index.js';
import {afterEach, describe, expect, it} from 'vitest';
import {POINTER} from '../../source/components/glyphs.js';
import {createTranslator} from '../../source/i18n/index.js';
import {assertFits, renderApp, TOOLCHAIN_PROBES, type AppHarness} from '../helpers/app.js';
import {KEYS} from '../helpers/ink.js';
import {everyEvidenceProbe, offWorld} from '../helpers/triage-world.js';

let app: AppHarness | undefined;
let dir: string | undefined;
afterEach(() => {
	app?.ui.unmount();
	if (dir) rmSync(dir, {recursive: true, force: true});
});

const t = createTranslator('zh-CN');

/**
 * What may stay in Latin letters on a Chinese screen: names of things, never sentences.
 * Paths, URLs, commands, variable names, check ids, versions, key names and the few
 * product and tool names Chinese Go developers write as they are.
 */
const ALLOWED = [
	/[A-Za-z]:\\[^\s（），；]*/g, // Windows paths
	/https?:\/\/\S+/g,
	/\bgo env( -[uw])?\b/g,
	/\bgo get\b/g,
	/\bgo(\d+(\.\d+)*)\b/g,
	/\b[a-z]+(-[a-z0-9]+)+\b/g, // ids such as go-on-path, path-hygiene, goenv-tui
	/\bgo111module\b/g,
	/\b[A-Z][A-Z0-9_]{2,}\b/g, // GO111MODULE, GOPATH, PATH, HKCU, REG_EXPAND_SZ
	/\b(Enter|Esc|Tab|Shift\+Tab|PgUp|PgDn|Ctrl\+[A-Z]|Backspace)\b/g,
	/\b(Go|Windows|PowerShell|Git|shell|manager|windows\/amd64|version|off|on|auto|yes)\b/g,
	/%[A-Z]+%/g,
];

function englishLeaks(frame: string): string[] {
	// A Windows path may hold a space: joined first so it goes as one path.
	let text = frame.replace(/Program Files/g, 'Program_Files');
	for (const pattern of ALLOWED) text = text.replace(pattern, ' ');
	// Two English words in a row make a phrase: that is a sentence leaking.
	return [...text.matchAll(/[A-Za-z]{2,}(?:[ ,.'-]+[A-Za-z]{2,})+/g)].map((m) => m[0]);
}

/** The display column where `needle` starts on the first line containing it. */
const columnOf = (frame: string, needle: string) => {
	const line = frame.split('\n').find((l) => l.includes(needle))!;
	return stringWidth(line.slice(0, line.indexOf(needle)));
};

it('the leak detector sees an English sentence, and lets names, paths and commands through', () => {
	expect(englishLeaks('这一项没有自动修复。No automatic fix for this one.')).toEqual(['No automatic fix for this one']);
	expect(englishLeaks('Enter 预览修复 · $ go env -u GO111MODULE · C:\\Program Files\\Go\\bin\\go.exe · go-on-path')).toEqual([]);
});

describe.each([80, 60])('zh-CN at %i columns', (columns) => {
	const rows = 24;

	async function open() {
		const sys = offWorld();
		let harness: AppHarness | undefined;
		// The real executor describes the fix (its journal in a temp folder; nothing is applied here).
		dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-journal-'));
		const fixes = bindFixes({sys, t, journal: new Journal({dir}), rerun: (ids) => harness!.engine.run(ids)});
		app = harness = await renderApp({sys, lang: 'zh-CN', columns, rows, fixes, probes: [...TOOLCHAIN_PROBES, everyEvidenceProbe('zh-CN')]});
		await app.wait((f) => !/已完成 \d+\/\d+/.test(f) && f.includes('GO111MODULE') && f.includes('C:\\Go\\bin'));
		return app;
	}

	it('draws the checklist aligned, in Chinese only', async () => {
		const frame = (await open()).frame();
		assertFits(frame, columns, rows);
		expect(frame).toContain('Go 工具链');
		expect(frame).toContain('PATH 与环境变量');
		// Every row's summary starts at the same column, CJK titles included.
		const starts = ['PATH 中的 go', 'GOROOT', 'GO111MODULE'].map((title) => {
			const line = frame.split('\n').find((l) => l.includes(`${title} `) && !l.startsWith('Go'))!;
			const afterTitle = line.slice(line.indexOf(title) + title.length).search(/\S/) + line.indexOf(title) + title.length;
			return stringWidth(line.slice(0, afterTitle));
		});
		expect(new Set(starts).size, starts.join()).toBe(1);
		expect(englishLeaks(frame)).toEqual([]);
	});

	it('draws a finding with CJK paths in its evidence, aligned, in Chinese only', async () => {
		const harness = await open();
		await harness.press('j', () => true);
		await harness.press('j', (f) => f.split('\n').find((l) => l.includes('GO111MODULE') && !l.startsWith('←'))?.startsWith(POINTER) ?? false);
		let frame = await harness.press(KEYS.enter, (f) => f.includes('为什么重要'));
		assertFits(frame, columns, rows);
		expect(frame).toContain('GO111MODULE 的各层设置');
		expect(englishLeaks(frame)).toEqual([]);
		// The PATH evidence of the other finding: C:\Users\张三 in a table whose columns line up.
		await harness.press(KEYS.escape, (f) => f.includes('Go 工具链'));
		await harness.press('G', (f) => f.split('\n').find((l) => l.includes('C:\\Go\\bin') && !l.startsWith('←'))?.startsWith(POINTER) ?? false);
		frame = await harness.press(KEYS.enter, (f) => f.includes('PATH（按查找顺序）'));
		assertFits(frame, columns, rows);
		const table = frame.split('\n').filter((l) => /^ {2}\d+ /.test(l) || l.includes('条目'));
		expect(frame).toContain('张三');
		if (columns >= 80) {
			// The scope and state columns start at one display column on every row.
			const startOf = (line: string, pattern: RegExp) => stringWidth(line.slice(0, line.search(pattern)));
			const scope = /作用域|用户|系统/;
			const state = /生效|被遮蔽|不存在|状态/;
			expect(new Set(table.map((l) => startOf(l, scope))).size).toBe(1);
			expect(new Set(table.filter((l) => state.test(l)).map((l) => startOf(l, state))).size).toBe(1);
		}
		expect(englishLeaks(frame)).toEqual([]);
	});

	it('draws a fix preview aligned, in Chinese only', async () => {
		const harness = await open();
		await harness.press('j', () => true);
		await harness.press('j', (f) => f.split('\n').find((l) => l.includes('GO111MODULE') && !l.startsWith('←'))?.startsWith(POINTER) ?? false);
		const frame = await harness.press('f', (f) => f.includes('涉及的位置'));
		assertFits(frame, columns, rows);
		expect(frame).toContain('$ go env -u GO111MODULE');
		// Before and after values start at one column, whatever the width of their labels.
		expect(columnOf(frame, 'off')).toBe(columnOf(frame, '（未设置）'));
		expect(columnOf(frame, '否')).toBe(columnOf(frame, '能，在操作日志中撤销'));
		expect(frame).toContain('y 应用');
		expect(englishLeaks(frame)).toEqual([]);
	});
});
