import {Box, Text, Transform, useStdout} from 'ink';
import type {Line} from '../layout/lines.js';
import {cellWidth} from '../layout/width.js';

/** An OSC 8 hyperlink: the text stays the URL itself, so it reads the same where links don't work. */
export function hyperlink(url: string, text: string): string {
	return `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;
}

const ESCAPE = /\u001B\[[0-9;]*m|\u001B\]8;[^\u0007\u001B]*(?:\u0007|\u001B\\)/gy;

/**
 * Cuts styled text (colour codes, OSC 8 links) to `width` cells with an ellipsis, measuring
 * every character in cells, and closes what it cut open. Ink's own `truncate-end` cannot be
 * trusted with double-width characters: it keeps a CJK character that straddles the edge,
 * one cell too many, and the terminal wraps that row.
 */
export function cutStyled(text: string, width: number): string {
	if (cellWidth(text) <= width) return text;
	let out = '';
	let used = 0;
	let styled = false;
	let linkOpen = false;
	for (let i = 0; i < text.length; ) {
		ESCAPE.lastIndex = i;
		const escape = ESCAPE.exec(text);
		if (escape) {
			out += escape[0];
			if (escape[0].startsWith('\u001B[')) styled = true;
			else linkOpen = !/^\u001B\]8;[^;]*;(?:\u0007|\u001B\\)$/.test(escape[0]);
			i += escape[0].length;
			continue;
		}
		const char = String.fromCodePoint(text.codePointAt(i)!);
		const w = cellWidth(char);
		if (used + w > width - 1) break;
		out += char;
		used += w;
		i += char.length;
	}
	return `${out}${linkOpen ? '\u001B]8;;\u0007' : ''}${width > 0 ? '…' : ''}${styled ? '\u001B[0m' : ''}`;
}

/**
 * Draws prepared lines, one terminal row each. The screens have already fitted every line
 * to the width and the frame to the height. When the terminal narrows, Ink draws the frame
 * it has once more at the new width before the app has laid it out again: that frame is cut
 * here, to the live width less the last column, so it never takes more rows than lines (a
 * row too wide wraps, and Ink then erases one row too few, leaving debris above the frame).
 * A line with no text (no segments, or only empty ones) is drawn as a space: Ink gives an
 * empty <Text> no height, so the line would vanish and the frame shrink.
 */
export function LinesView({lines, hyperlinks}: {lines: readonly Line[]; hyperlinks: boolean}) {
	const {stdout} = useStdout();
	// Read when Ink writes the frame, not when React rendered it.
	const cut = (text: string) => cutStyled(text, Math.max(1, (stdout.columns || 80) - 1));
	return (
		<Box flexDirection="column">
			{lines.map((line, i) => (
				<Text key={i} wrap="truncate-end">
					{line.every((part) => part.text === '') ? (
						' '
					) : (
						<Transform transform={cut}>
							{line.map((part, j) => (
								<Text
									key={j}
									color={part.color}
									bold={part.bold}
									dimColor={part.dim}
									inverse={part.inverse}
									strikethrough={part.strike}
									underline={part.underline}
								>
									{hyperlinks && part.link ? hyperlink(part.link, part.text) : part.text}
								</Text>
							))}
						</Transform>
					)}
				</Text>
			))}
		</Box>
	);
}
