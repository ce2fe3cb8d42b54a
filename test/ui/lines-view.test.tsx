import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import {afterEach, describe, expect, it} from 'vitest';
import {cutStyled, hyperlink, LinesView} from '../../source/ink/lines-view.js';
import {seg, type Line} from '../../source/layout/lines.js';

let ui: ReturnType<typeof render> | undefined;
afterEach(() => ui?.unmount());

/** Draws lines laid out for 80 columns in a terminal that is narrower now, as Ink does right after a resize. */
function drawAt(lines: Line[], columns: number, hyperlinks = false): string[] {
	ui = render(<LinesView lines={lines} hyperlinks={hyperlinks} />);
	Object.defineProperty(ui.stdout, 'columns', {value: columns, configurable: true});
	ui.rerender(<LinesView lines={lines} hyperlinks={hyperlinks} />);
	return (ui.lastFrame() ?? '').split('\n');
}

describe('lines drawn wider than the terminal (the frame Ink redraws on a resize)', () => {
	it('are cut to the width less the last column, never one double-width character too far', () => {
		// A CJK character straddles the 60th column: Ink's own truncation keeps it (61 cells).
		const zh: Line = [seg('a'.repeat(58)), seg('中文的文字一直写到第七十九列为止，这一行正好七十九个单元格宽', {color: 'red'})];
		const en: Line = [seg('x'.repeat(79))];
		const rows = drawAt([zh, en, []], 60);
		expect(rows).toHaveLength(3);
		for (const row of rows) expect(stringWidth(row), row).toBeLessThanOrEqual(59);
		expect(stripAnsi(rows[0]!)).toBe(`${'a'.repeat(58)}…`);
		expect(stripAnsi(rows[1]!)).toBe(`${'x'.repeat(58)}…`);
	});

	it('keep a line that fits exactly as it is', () => {
		const rows = drawAt([[seg('路径 /tmp/张三/go', {bold: true})]], 60);
		expect(stripAnsi(rows[0]!)).toBe('路径 /tmp/张三/go');
	});

	it('close a hyperlink and the colours they cut open', () => {
		const url = 'https://example.com/doc';
		const text = `${'文'.repeat(5)}\u001B[31m${hyperlink(url, url)}\u001B[39m`;
		const cut = cutStyled(text, 14);
		expect(stringWidth(cut)).toBe(14);
		expect(stripAnsi(cut)).toBe(`${'文'.repeat(5)}htt…`);
		expect(cut.split('\u001B]8;;').length - 1).toBe(2);
		expect(cut.endsWith('…\u001B[0m')).toBe(true);
		// One cell short of a double-width character: it is left out, not half-drawn.
		expect(stripAnsi(cutStyled('ab中文', 4))).toBe('ab…');
	});
});
