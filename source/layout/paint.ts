import type {Line, Segment} from './lines.js';

/**
 * Lines as a terminal shows them, with the SGR codes Ink's <Text> writes through chalk, for
 * what is drawn without Ink (the frames before it loads).
 */
export function paintLine(line: Line, color: boolean): string {
	return line.map((part) => paint(part, color)).join('');
}

/** The SGR codes chalk writes for the colours screens use (open, close). */
const COLORS: Record<string, [number, number]> = {
	black: [30, 39],
	red: [31, 39],
	green: [32, 39],
	yellow: [33, 39],
	blue: [34, 39],
	magenta: [35, 39],
	cyan: [36, 39],
	white: [37, 39],
	gray: [90, 39],
	grey: [90, 39],
};

const wrap = (text: string, [open, close]: [number, number]) => `\u001B[${open}m${text}\u001B[${close}m`;

/** A segment as Ink's <Text> styles it with chalk: dim innermost, then colour, bold, underline, strikethrough, inverse. */
function paint(part: Segment, color: boolean): string {
	if (!color) return part.text;
	let text = part.text;
	if (part.dim) text = wrap(text, [2, 22]);
	const named = part.color ? COLORS[part.color] : undefined;
	if (named) text = wrap(text, named);
	if (part.bold) text = wrap(text, [1, 22]);
	if (part.underline) text = wrap(text, [4, 24]);
	if (part.strike) text = wrap(text, [9, 29]);
	if (part.inverse) text = wrap(text, [7, 27]);
	return text;
}
