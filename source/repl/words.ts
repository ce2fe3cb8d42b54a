/**
 * A command line split into words as a person means them: spaces separate, "double" and
 * 'single' quotes keep spaces inside a word (`set GOFLAGS="-mod=mod -trimpath"`), and a
 * backslash is an ordinary character (Windows folders are typed as they are). Each word
 * keeps where it started, for completion.
 */
export interface Word {
	text: string;
	/** Offset of the word's first character (its opening quote, if quoted) in the line. */
	start: number;
	/** The quote the line ends inside of, when the word's quote is still open. */
	open?: string;
}

export function splitWords(line: string): Word[] {
	const words: Word[] = [];
	let i = 0;
	while (i < line.length) {
		while (i < line.length && /\s/.test(line[i]!)) i++;
		if (i >= line.length) break;
		const start = i;
		let text = '';
		let quote: string | undefined;
		for (; i < line.length; i++) {
			const c = line[i]!;
			if (quote) {
				if (c === quote) quote = undefined;
				else text += c;
			} else if (c === '"' || c === "'") {
				quote = c;
			} else if (/\s/.test(c)) {
				break;
			} else {
				text += c;
			}
		}
		words.push({text, start, ...(quote ? {open: quote} : {})});
	}
	return words;
}

/** A word as it must be typed to come back as itself (quoted when it holds a space or a quote). */
export function quoteWord(text: string): string {
	if (text !== '' && !/[\s"']/.test(text)) return text;
	return text.includes('"') ? `'${text}'` : `"${text}"`;
}
