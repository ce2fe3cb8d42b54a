import {cellWidth} from './width.js';
import type {Tone} from '../model/finding.js';

/**
 * Screens are built as lists of lines, each exactly one terminal row once cut to the width.
 * That is what keeps a frame within `rows - 1` lines (Ink wipes the scrollback when a frame
 * reaches the terminal's height) and columns aligned with double-width characters: every
 * cut and pad is measured in cells, never in UTF-16 units.
 */
export interface Segment {
	text: string;
	color?: string;
	bold?: boolean;
	dim?: boolean;
	inverse?: boolean;
	strike?: boolean;
	underline?: boolean;
	/** A URL: drawn as an OSC 8 hyperlink where the terminal supports it. */
	link?: string;
}

export type Line = Segment[];
export type Style = Omit<Segment, 'text'>;

export const seg = (text: string, style: Style = {}): Segment => ({text, ...style});
export const line = (text: string, style: Style = {}): Line => [seg(text, style)];
export const blank = (): Line => [];

export function toneStyle(tone: Tone | undefined): Style {
	switch (tone) {
		case 'good':
			return {color: 'green'};
		case 'bad':
			return {color: 'red'};
		case 'warn':
			return {color: 'yellow'};
		case 'muted':
			return {dim: true};
		default:
			return {};
	}
}

export function lineWidth(value: Line): number {
	return value.reduce((sum, part) => sum + cellWidth(part.text), 0);
}

export function lineText(value: Line): string {
	return value.map((part) => part.text).join('');
}

/** Cuts a line to `width` cells, with an ellipsis when something was cut. */
export function fitLine(value: Line, width: number): Line {
	if (lineWidth(value) <= width) return value;
	const out: Line = [];
	let used = 0;
	const room = Math.max(0, width - 1);
	for (const part of value) {
		let text = '';
		for (const char of part.text) {
			const w = cellWidth(char);
			if (used + w > room) break;
			text += char;
			used += w;
		}
		if (text) out.push({...part, text});
		if (text.length < part.text.length) break;
	}
	if (width > 0) out.push(seg('…', {dim: true}));
	return out;
}

/** Pads a line with spaces to exactly `width` cells (after cutting it to fit). */
export function padLine(value: Line, width: number): Line {
	const fitted = fitLine(value, width);
	const rest = width - lineWidth(fitted);
	return rest > 0 ? [...fitted, seg(' '.repeat(rest))] : fitted;
}

/** Applies a style to every segment of a line (segments keep their own colour). */
export function styled(value: Line, style: Style): Line {
	return value.map((part) => ({...style, ...part, ...(style.dim ? {dim: true} : {})}));
}

const CJK = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
/** Punctuation that must not begin a line in Chinese text. */
const NO_LINE_START = /^[，。、；：！？）》」』】,.;:!?)\]}]$/;

/**
 * Splits text into the units line breaking works with: words, single CJK characters,
 * spaces. A path may break after each separator, so `C:\Tools\bin` wraps as `C:\Tools\`
 * and `bin` rather than in the middle of a name; a CJK name inside a path (`C:\Users\张三`)
 * stays whole, as any other name there.
 */
function units(text: string): string[] {
	const out: string[] = [];
	for (const run of text.split(/( +)/)) {
		if (run === '') continue;
		if (run.startsWith(' ')) {
			out.push(...run);
			continue;
		}
		const path = /[\\/]/.test(run);
		let word = '';
		for (const char of run) {
			if (!path && CJK.test(char)) {
				if (word) out.push(word);
				word = '';
				out.push(char);
			} else if (char === '\\' || char === '/') {
				out.push(word + char);
				word = '';
			} else word += char;
		}
		if (word) out.push(word);
	}
	return out;
}

/** Breaks a string into pieces of at most `width` cells, never splitting a character. */
export function hardWrap(text: string, width: number): string[] {
	if (width <= 0) return [text];
	const pieces: string[] = [];
	let current = '';
	let used = 0;
	for (const char of text) {
		const w = cellWidth(char);
		if (used + w > width && current) {
			pieces.push(current);
			current = '';
			used = 0;
		}
		current += char;
		used += w;
	}
	pieces.push(current);
	return pieces;
}

/**
 * Word-wraps text to `width` cells: breaks at spaces, between CJK characters, and inside a
 * word only when the word alone is wider than the line. Chinese closing punctuation is kept
 * off the start of a line. Newlines in the text are kept.
 */
export function wrapText(text: string, width: number): string[] {
	const result: string[] = [];
	for (const paragraph of text.split(/\r?\n/)) {
		const lines: string[] = [];
		let current = '';
		// The unit that ended `current`: what is carried to the next line with a punctuation mark.
		let last = '';
		const push = () => {
			lines.push(current.replace(/ +$/, ''));
			current = '';
			last = '';
		};
		for (const unit of units(paragraph)) {
			if (unit === ' ' && current === '') continue;
			const fits = cellWidth(current) + cellWidth(unit) <= width;
			if (fits) {
				current += unit;
				last = unit;
				continue;
			}
			if (NO_LINE_START.test(unit) && last !== '' && last !== ' ' && current.length > last.length && cellWidth(last) + cellWidth(unit) <= width) {
				// Carry the last unit (a CJK character, or a whole word: never half of one) over with the punctuation.
				current = current.slice(0, -last.length);
				const carried = last;
				push();
				current = carried + unit;
				last = unit;
				continue;
			}
			if (current.trim() !== '') push();
			else current = '';
			if (unit === ' ') continue;
			if (cellWidth(unit) > width) {
				const pieces = hardWrap(unit, width);
				for (const piece of pieces.slice(0, -1)) lines.push(piece);
				current = pieces.at(-1) ?? '';
			} else current = unit;
			last = current;
		}
		if (current !== '' || lines.length === 0) push();
		result.push(...lines);
	}
	return result;
}

/** Wrapped text as lines, the first prefixed by `first` and the rest indented to match. */
export function wrapLines(text: string, width: number, style: Style = {}, indent = 0, first?: Line): Line[] {
	const lead = first ?? (indent > 0 ? [seg(' '.repeat(indent))] : []);
	const leadWidth = lineWidth(lead);
	const pad = ' '.repeat(leadWidth);
	return wrapText(text, Math.max(4, width - leadWidth)).map((piece, i) => [...(i === 0 ? lead : pad ? [seg(pad)] : []), seg(piece, style)]);
}

/** The first line of a program's output that is not blank, trimmed. */
export function firstLine(text: string): string {
	return text.split(/\r?\n/).find((line) => line.trim() !== '')?.trim() ?? '';
}

/**
 * Text from outside (command output, file content) made safe to draw: escape sequences and
 * control characters would move Ink's cursor or change colours behind its back.
 */
export function printable(text: string): string {
	return text
		.replace(/\u001B\[[0-?]*[ -/]*[@-~]/g, '')
		.replace(/\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g, '')
		.replace(/\t/g, '    ')
		.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}

/** Closing full-width punctuation: no space is written after it. */
const FULL_WIDTH_END = /[：，。；、）」』》]$/u;
/** Opening full-width punctuation: no space is written before it. */
const FULL_WIDTH_START = /^[（「『《：，。]/u;

/**
 * Joins words with a space, except around full-width punctuation, where Chinese text has
 * none: `Official doc: URL` but `官方文档：URL`, `GOPATH (not set)` but `GOPATH（未设置）`.
 */
export function spaced(first: string, second = ''): string {
	if (second === '') return FULL_WIDTH_END.test(first) ? first : `${first} `;
	return FULL_WIDTH_END.test(first) || FULL_WIDTH_START.test(second) ? first + second : `${first} ${second}`;
}
