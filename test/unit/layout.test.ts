import {describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {fitLine, hardWrap, lineText, lineWidth, printable, seg, spaced, wrapText} from '../../source/layout/lines.js';
import {gridLines} from '../../source/layout/table.js';
import type {Grid} from '../../source/layout/evidence-grid.js';

describe('wrapping and cutting by display width', () => {
	it('wraps English at spaces and never exceeds the width', () => {
		const lines = wrapText('Since Go 1.16 module mode is always on unless GO111MODULE says otherwise.', 20);
		expect(lines).toEqual(['Since Go 1.16 module', 'mode is always on', 'unless GO111MODULE', 'says otherwise.']);
	});

	it('wraps Chinese between characters, counting two cells each, and keeps punctuation off the line start', () => {
		const text = '从 Go 1.16 起，除非 GO111MODULE 另有设置，模块模式总是开启的。';
		for (const width of [10, 13, 17, 24]) {
			const lines = wrapText(text, width);
			for (const piece of lines) expect(stringWidth(piece), `${width}: ${piece}`).toBeLessThanOrEqual(width);
			expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
			for (const piece of lines.slice(1)) expect(piece[0], `${width}: ${piece}`).not.toMatch(/[，。]/);
		}
	});

	it('breaks a path longer than the line inside it, and never splits a double-width character', () => {
		const path = 'C:\\Users\\张三\\AppData\\Roaming\\go\\env';
		const lines = wrapText(path, 9);
		expect(lines.join('')).toBe(path);
		for (const piece of lines) expect(stringWidth(piece)).toBeLessThanOrEqual(9);
		expect(hardWrap('张三张三张', 3)).toEqual(['张', '三', '张', '三', '张']);
	});

	it('cuts a styled line to the width with an ellipsis, by cells', () => {
		const line = [seg('GO111MODULE  ', {bold: true}), seg('go env 配置文件中设置了 GO111MODULE=off', {color: 'yellow'})];
		const cut = fitLine(line, 30);
		expect(lineWidth(cut)).toBeLessThanOrEqual(30);
		expect(lineText(cut).endsWith('…')).toBe(true);
		expect(cut[0]).toMatchObject({bold: true});
		expect(fitLine(line, 200)).toBe(line);
	});

	it('puts no space around full-width punctuation', () => {
		expect(spaced('Official doc:')).toBe('Official doc: ');
		expect(spaced('官方文档：')).toBe('官方文档：');
		expect(spaced('GO111MODULE', '(not set)')).toBe('GO111MODULE (not set)');
		expect(spaced('GO111MODULE', '（未设置）')).toBe('GO111MODULE（未设置）');
	});

	it('strips escape sequences and control characters from outside text', () => {
		expect(printable('\u001B[31mred\u001B[0m\tx\r\u0007')).toBe('red    x');
	});
});

const pathGrid: Grid = {
	header: true,
	columns: [{label: '#'}, {label: '条目', flex: true}, {label: '作用域'}, {label: '状态'}],
	rows: [
		{cells: [{text: '1'}, {text: 'C:\\Users\\张三\\go\\bin'}, {text: '用户'}, {text: '生效'}]},
		{cells: [{text: '2'}, {text: 'C:\\Program Files\\Go\\bin'}, {text: '系统'}, {text: '被遮蔽'}]},
	],
};

describe('grids', () => {
	it('aligns columns by display width, CJK included', () => {
		const lines = gridLines(pathGrid, 78).map(lineText);
		const starts = lines.map((l) => stringWidth(l.slice(0, l.indexOf(l.includes('作用域') ? '作用域' : l.includes('用户') ? '用户' : '系统'))));
		expect(new Set(starts).size).toBe(1);
	});

	it('wraps the free-text column when space is short, keeping the others aligned', () => {
		const lines = gridLines(pathGrid, 34).map(lineText);
		for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(34);
		expect(lines.join('\n')).toContain('被遮蔽');
		expect(lines.length).toBeGreaterThan(3);
	});

	it('falls back to one block per row when even that does not fit', () => {
		const wide: Grid = {header: true, columns: ['a', 'b', 'c', 'd', 'e', 'f'].map((label) => ({label: `${label}-column-label`})), rows: [{cells: ['1', '2', '3', '4', '5', '6'].map((text) => ({text: text.repeat(12)}))}]};
		const lines = gridLines(wide, 40).map(lineText);
		expect(lines[0]).toMatch(/^ {2}a-column-label +1{12}$/);
		for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(40);
	});

	it('leaves out a column that is empty in every row', () => {
		const grid: Grid = {header: true, columns: [{label: 'name'}, {label: 'note'}], rows: [{cells: [{text: 'GOPATH'}, {text: ''}]}]};
		expect(gridLines(grid, 60).map(lineText).join('\n')).not.toContain('note');
	});
});

describe('hyperlink support', () => {
	it('is assumed only in terminals known to handle OSC 8, and can be forced either way', async () => {
		const {supportsHyperlinks} = await import('../../source/app/terminal.js');
		expect(supportsHyperlinks({WT_SESSION: 'x'}, true)).toBe(true);
		expect(supportsHyperlinks({TERM_PROGRAM: 'vscode'}, true)).toBe(true);
		expect(supportsHyperlinks({TERM_PROGRAM: 'mintty'}, true)).toBe(true);
		expect(supportsHyperlinks({VTE_VERSION: '7600'}, true)).toBe(true);
		expect(supportsHyperlinks({VTE_VERSION: '4800'}, true)).toBe(false);
		// conhost: no marker at all.
		expect(supportsHyperlinks({}, true)).toBe(false);
		expect(supportsHyperlinks({WT_SESSION: 'x'}, false)).toBe(false);
		expect(supportsHyperlinks({WT_SESSION: 'x', FORCE_HYPERLINK: '0'}, true)).toBe(false);
		expect(supportsHyperlinks({FORCE_HYPERLINK: '1'}, false)).toBe(true);
	});
});
