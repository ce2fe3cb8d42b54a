import {cellWidth, preciseWidth} from '../layout/width.js';

/**
 * string-width's interface over cellWidth, which the bundle gives Ink and its helpers in
 * place of string-width (scripts/build-options.js). Options other than the defaults go to
 * string-width itself.
 */
export default function stringWidth(text: string, options: {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean} = {}): number {
	if (options.ambiguousIsNarrow === false || options.countAnsiEscapeCodes === true) return preciseWidth()(text, options);
	return cellWidth(text);
}
