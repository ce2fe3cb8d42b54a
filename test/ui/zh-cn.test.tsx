import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';
import {bindFixes} from '../../source/app/services.js';
import {Journal} from '../../source/fixes/index.js';
import {afterEach, describe, expect, it} from 'vitest';
import {POINTER} from '../../source/layout/glyphs.js';
import {createTranslator} from '../../source/i18n/index.js';
import {assertFits, renderApp, TOOLCHAIN_PROBES, type AppHarness} from '../helpers/app.js';
import {KEYS} from '../helpers/ink.js';
import {everyEvidenceProbe, goEnvControl, offWorld} from '../helpers/triage-world.js';
import {englishLeaks} from '../helpers/zh-style.js';
import {memorySuppressionStore} from '../../source/suppressions/suppressions.js';

let app: AppHarness | undefined;
let dir: string | undefined;
afterEach(() => {
	app?.ui.unmount();
	if (dir) rmSync(dir, {recursive: true, force: true});
});

const t = createTranslator('zh-CN');

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

	async function open(options: {suppressions?: ReturnType<typeof memorySuppressionStore>; writable?: boolean} = {}) {
		const sys = offWorld();
		// The fix can be applied for real to the fake world: go answers go env -w / -u.
		if (options.writable) goEnvControl(sys).answerGoEnvWrites();
		let harness: AppHarness | undefined;
		// The real executor describes the fix (its journal in a temp folder; nothing is applied here).
		dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-journal-'));
		const fixes = bindFixes({sys, t, journal: new Journal({dir}), rerun: (ids) => harness!.engine.run(ids)});
		app = harness = await renderApp({sys, lang: 'zh-CN', columns, rows, fixes, probes: [...TOOLCHAIN_PROBES, everyEvidenceProbe('zh-CN')], ...(options.suppressions ? {suppressions: options.suppressions} : {})});
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
	/** Every line that holds `pattern` has it at one display column. */
	const alignedAt = (frame: string, pattern: RegExp) => {
		const lines = frame.split('\n').filter((l) => pattern.test(l));
		return new Set(lines.map((l) => stringWidth(l.slice(0, l.search(pattern)))));
	};

	it('draws the key help in Chinese only, the descriptions in one column', async () => {
		const harness = await open();
		const frame = await harness.press('?', (f) => f.startsWith('按键说明'));
		assertFits(frame, columns, rows);
		expect(frame).toContain('检查清单');
		expect(frame).toContain('全部重新检查');
		// Key names in the first column, what they do in the second, at one column whatever
		// the width of the key names (Shift+Tab, PgUp, ↑/k).
		const keyRows = frame.split('\n').flatMap((l) => {
			const m = /^( {2}\S+ {2,})\S/.exec(l);
			return m ? [stringWidth(m[1]!)] : [];
		});
		expect(keyRows.length).toBeGreaterThan(8);
		expect(new Set(keyRows).size).toBe(1);
		expect(englishLeaks(frame)).toEqual([]);
		await harness.press(KEYS.escape, (f) => f.includes('Go 工具链'));
	});

	it('draws the suppress form in Chinese only, with its fields and error in line', async () => {
		const harness = await open({suppressions: memorySuppressionStore()});
		await harness.press('j', () => true);
		await harness.press('j', (f) => f.split('\n').find((l) => l.includes('GO111MODULE') && !l.startsWith('←'))?.startsWith(POINTER) ?? false);
		let frame = await harness.press('s', (f) => f.includes('理由'));
		assertFits(frame, columns, rows);
		expect(frame).toContain('忽略 GO111MODULE');
		expect(frame).toContain('可选：日期');
		frame = await harness.press(KEYS.enter, (f) => f.includes('请写明理由'));
		assertFits(frame, columns, rows);
		// The hint and the error start under the field's value, not under its label.
		expect(alignedAt(frame, /请写明理由|可选：日期/).size).toBe(1);
		expect(englishLeaks(frame)).toEqual([]);
		await harness.press('迁移完成前保留旧的 GOPATH 构建', (f) => f.includes('迁移完成前'));
		frame = await harness.press(KEYS.enter, (f) => f.includes('已忽略 go111module'));
		assertFits(frame, columns, rows);
		expect(frame.split('\n')[0]).toContain('已忽略 1 项');
		expect(englishLeaks(frame)).toEqual([]);
	});

	it('draws a fix being applied, the journal, an entry and its undo in Chinese only', async () => {
		const harness = await open({writable: true});
		await harness.press('j', () => true);
		await harness.press('j', (f) => f.split('\n').find((l) => l.includes('GO111MODULE') && !l.startsWith('←'))?.startsWith(POINTER) ?? false);
		await harness.press('f', (f) => f.includes('涉及的位置'));
		let frame = await harness.press('y', (f) => f.includes('完成：已应用'));
		assertFits(frame, columns, rows);
		expect(frame).toMatch(/GO111MODULE 现在是 [✔√] 正常/);
		expect(englishLeaks(frame)).toEqual([]);
		await harness.press(KEYS.enter, (f) => f.includes('Go 工具链'));
		frame = await harness.press('u', (f) => /#1 .*已应用/.test(f));
		assertFits(frame, columns, rows);
		expect(frame).toContain('操作日志');
		expect(englishLeaks(frame)).toEqual([]);
		frame = await harness.press(KEYS.enter, (f) => f.includes('改动（1 项）'));
		assertFits(frame, columns, rows);
		expect(frame).toContain('#1 修复：');
		// No space after full-width punctuation where a label meets its values.
		expect(frame).toMatch(/重新检查结果：[✔√] go111module/);
		expect(frame).toContain('C:\\Users\\张三\\AppData\\Roaming\\go\\');
		// Before and after values start at one column.
		expect(columnOf(frame, ' off')).toBe(columnOf(frame, '（未设置）') - 1);
		expect(englishLeaks(frame)).toEqual([]);
		frame = await harness.press('z', (f) => f.includes('撤销 #1') && f.includes('$ go env -w'));
		assertFits(frame, columns, rows);
		expect(frame).toContain('$ go env -w GO111MODULE=off');
		expect(frame).toContain('y 撤销');
		expect(englishLeaks(frame)).toEqual([]);
	});
});
