import {eastAsianWidth} from 'get-east-asian-width';
import stripAnsi from 'strip-ansi';

/**
 * How many terminal cells a string takes: string-width's answer, without string-width's cost
 * where its answer is known in advance.
 *
 * string-width segments graphemes (Intl.Segmenter) and tests emoji with Unicode property
 * regexes; setting those up and compiling them takes tens of milliseconds, more than the rest
 * of the checklist's first frame. Text made only of characters that are each their own
 * grapheme cluster and never an emoji sequence or a zero-width character (printable ASCII,
 * Latin letters, punctuation, arrows, box drawing, symbols, braille spinners, CJK, full-width
 * forms) is measured character by character with the East Asian Width table, as
 * string-width itself does for such characters; anything else (emoji, combining marks,
 * control and format characters, conjoining Hangul jamo, any astral character) goes to
 * string-width, loaded on first use. Colour codes are not counted, as string-width does not
 * count them. A test compares both on every such character.
 *
 * The bundle gives Ink the same function in place of string-width (scripts/build-options.js),
 * so drawing a frame does not set string-width up either.
 */
const PRINTABLE_ASCII = /^[\u0020-\u007E]*$/;
/** Exported for the test that checks every character it admits against string-width. */
export const SINGLE_CLUSTER_CHARACTERS =
	/^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2070-\u20CF\u2100-\u2BFF\u2E80-\u3029\u3030-\u3096\u309B-\u3163\u3165-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6B\uFF01-\uFF60\uFFE0-\uFFE6]*$/u;

type Measure = (text: string, options?: {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean}) => number;
let precise: Measure | undefined;

/** string-width itself. A require, not an import: the bundle evaluates it on this first call only. */
export function preciseWidth(): Measure {
	precise ??= (require('string-width') as typeof import('string-width')).default;
	return precise;
}

export function cellWidth(text: string): number {
	// Like string-width, a missing text measures 0 rather than throwing mid-frame.
	if (typeof text !== 'string') return 0;
	if (text.includes('\u001B') || text.includes('\u009B')) text = stripAnsi(text);
	if (PRINTABLE_ASCII.test(text)) return text.length;
	if (SINGLE_CLUSTER_CHARACTERS.test(text)) {
		let width = 0;
		for (const char of text) width += eastAsianWidth(char.codePointAt(0)!);
		return width;
	}
	return preciseWidth()(text);
}
