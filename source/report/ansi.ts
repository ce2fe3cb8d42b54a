/**
 * Minimal colouring for the plain reports (Ink has its own). Colour is used only on a
 * terminal, never in a pipe, and never when NO_COLOR is set (https://no-color.org).
 */
export type Paint = (text: string) => string;

export interface Palette {
	green: Paint;
	red: Paint;
	yellow: Paint;
	blue: Paint;
	dim: Paint;
	bold: Paint;
}

const wrap = (open: number, close: number): Paint => (text) => `\u001B[${open}m${text}\u001B[${close}m`;
const plain: Paint = (text) => text;

export function palette(enabled: boolean): Palette {
	if (!enabled) return {green: plain, red: plain, yellow: plain, blue: plain, dim: plain, bold: plain};
	return {green: wrap(32, 39), red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), dim: wrap(2, 22), bold: wrap(1, 22)};
}

export function colorWanted(stream: {isTTY?: boolean}, env: Readonly<Record<string, string | undefined>>): boolean {
	if (env.NO_COLOR) return false;
	if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
	return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
