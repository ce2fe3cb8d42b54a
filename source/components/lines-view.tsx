import {Box, Text} from 'ink';
import type {Line} from './lines.js';

/** An OSC 8 hyperlink: the text stays the URL itself, so it reads the same where links don't work. */
export function hyperlink(url: string, text: string): string {
	return `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;
}

/**
 * Draws prepared lines, one terminal row each. The screens have already fitted every line
 * to the width and the frame to the height; `truncate-end` is only a safety net. A line with
 * no text (no segments, or only empty ones) is drawn as a space: Ink gives an empty <Text>
 * no height, so the line would vanish and the frame shrink.
 */
export function LinesView({lines, hyperlinks}: {lines: readonly Line[]; hyperlinks: boolean}) {
	return (
		<Box flexDirection="column">
			{lines.map((line, i) => (
				<Text key={i} wrap="truncate-end">
					{line.every((part) => part.text === '')
						? ' '
						: line.map((part, j) => (
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
				</Text>
			))}
		</Box>
	);
}
