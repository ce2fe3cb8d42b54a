/**
 * Go's env files: the user's go env file (`go env -w` writes it) and `$GOROOT/go.env`.
 * Parsed exactly as cmd/go's readEnvFile does: `KEY=VALUE` lines split at the first `=`,
 * a line whose first byte is not A–Z is ignored (comments, blanks), values are taken
 * verbatim (no quoting, no trimming), and a later line for the same key wins.
 */
export interface EnvFileLine {
	key: string;
	value: string;
	/** 1-based line number. */
	line: number;
}

export function parseGoEnvFile(content: string): EnvFileLine[] {
	const lines: EnvFileLine[] = [];
	content.split('\n').forEach((text, index) => {
		const eq = text.indexOf('=');
		if (eq < 0 || text[0]! < 'A' || text[0]! > 'Z') return;
		lines.push({key: text.slice(0, eq), value: text.slice(eq + 1), line: index + 1});
	});
	return lines;
}

/** The effective key → value map of a parsed env file (the last line for a key wins). */
export function envFileValues(lines: readonly EnvFileLine[]): Map<string, EnvFileLine> {
	const map = new Map<string, EnvFileLine>();
	for (const line of lines) map.set(line.key, line);
	return map;
}
