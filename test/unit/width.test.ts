import {describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {cellWidth, SINGLE_CLUSTER_CHARACTERS} from '../../source/layout/width.js';
import compatWidth from '../../source/ink/string-width-compat.js';

/** Every code point the fast path measures by itself (it must agree with string-width on each). */
function fastPathCodePoints(): number[] {
	const points: number[] = [];
	for (let cp = 0; cp <= 0xffff; cp++) {
		if (cp >= 0xd800 && cp <= 0xdfff) continue;
		const char = String.fromCodePoint(cp);
		if (SINGLE_CLUSTER_CHARACTERS.test(char)) points.push(cp);
	}
	return points;
}

describe('cellWidth', () => {
	it('agrees with string-width on every character its fast path measures', () => {
		const points = fastPathCodePoints();
		expect(points.length).toBeGreaterThan(40_000);
		const disagree = points.filter((cp) => cellWidth(String.fromCodePoint(cp)) !== stringWidth(String.fromCodePoint(cp)));
		expect(disagree.map((cp) => cp.toString(16))).toEqual([]);
	});

	it('agrees with string-width on strings of them, where graphemes could join', () => {
		const points = fastPathCodePoints();
		// A fixed pseudo-random sequence: the same strings every run.
		let seed = 42;
		const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
		for (let i = 0; i < 5000; i++) {
			const text = Array.from({length: 1 + (next() % 12)}, () => String.fromCodePoint(points[next() % points.length]!)).join('');
			expect([text, cellWidth(text)]).toEqual([text, stringWidth(text)]);
		}
	});

	it('does not count colour codes, as string-width does not', () => {
		const points = fastPathCodePoints();
		for (let i = 0; i < 500; i++) {
			const text = `\u001B[3${i % 8}m${String.fromCodePoint(points[(i * 7919) % points.length]!)}\u001B[39m \u001B[1mok\u001B[22m`;
			expect([text, cellWidth(text)]).toEqual([text, stringWidth(text)]);
		}
	});

	it('hands everything else to string-width: emoji, combining marks, escapes, jamo, astral characters', () => {
		expect(cellWidth(undefined as unknown as string)).toBe(stringWidth(undefined as unknown as string));
		for (const text of ['✔️ done', '👍🏽', '👨‍👩‍👧', 'é', '\u001B[31mred\u001B[39m', '각', '𠀀', 'a\u200Bb', 'ﾃﾞ', '\u3164', '\u00AD', 'x\u0301', '1️⃣']) {
			expect([text, cellWidth(text)]).toEqual([text, stringWidth(text)]);
		}
	});

	it('measures what the checklist draws: glyphs, spinners, Chinese, full-width punctuation', () => {
		expect(cellWidth('✔ ℹ ⚠ ✖ ❯ … · – ⠋⠙⠹')).toBe(19);
		expect(cellWidth('Go 工具链（已跳过）')).toBe(19);
	});

	it('stands in for string-width in Ink: the same interface, options included', () => {
		for (const text of ['✔ go on PATH', '\u001B[32m✔\u001B[39m 工具链', '👍🏽 ok', '±½', 'ab\u001B[1mc']) {
			expect(compatWidth(text)).toBe(stringWidth(text));
			expect(compatWidth(text, {ambiguousIsNarrow: false})).toBe(stringWidth(text, {ambiguousIsNarrow: false}));
			expect(compatWidth(text, {countAnsiEscapeCodes: true})).toBe(stringWidth(text, {countAnsiEscapeCodes: true}));
		}
	});
});
