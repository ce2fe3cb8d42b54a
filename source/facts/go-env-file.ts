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

/** The lines of a go env file split as cmd/go splits them: at `\n` only (a `\r` stays in the line). */
function goLines(content: string): string[] {
	return content.split('\n');
}

/** The key cmd/go reads from a line, or null for a line it ignores. */
function lineKey(text: string): string | null {
	const eq = text.indexOf('=');
	return eq < 0 || text[0]! < 'A' || text[0]! > 'Z' ? null : text.slice(0, eq);
}

/**
 * The file without the lines that set `key`: what `go env -u` leaves, every other byte kept.
 * For a value `go env -w` would refuse to write back (a `\r` from CRLF line ends), a fix edits
 * the file itself, with a backup copy, so that its undo never depends on go accepting the old
 * bytes.
 */
export function withoutKey(content: string, key: string): string {
	return goLines(content)
		.filter((text) => lineKey(text) !== key)
		.join('\n');
}

/** White space go keeps in a value or key but the eye does not see: CR, tab, space, … at either end. */
export const STRAY = /^\s|\s$/;

/**
 * The file as it was meant: LF line ends, and no stray white space at the end of a setting's
 * line (where a CRLF file leaves `\r`). Lines go ignores are left as they are (making one count
 * would change what go sees in a way nobody asked for).
 */
export function normalizedGoEnvFile(content: string): string {
	return goLines(content)
		.map((text) => {
			const bare = text.replace(/\r$/, '');
			return lineKey(bare) === null ? bare : bare.replace(/\s+$/, '');
		})
		.join('\n');
}

/**
 * Lines that look like a setting but that cmd/go's readEnvFile skips (src/cmd/go/internal/cfg/
 * cfg.go: a line whose first byte is not A–Z is ignored): leading white space, a lower-case
 * name. 1-based line numbers.
 */
export function ignoredSettingLines(content: string): Array<{line: number; text: string}> {
	return goLines(content).flatMap((text, index) => (lineKey(text) === null && /^\s*[A-Za-z_][A-Za-z0-9_]*\s*=/.test(text) ? [{line: index + 1, text: text.replace(/\r$/, '')}] : []));
}

/**
 * What go makes of a value with stray white space (a `\r` from CRLF line ends, a space), by
 * what reads it in cmd/go (go 1.26 source; each class is checked against the real go in
 * test/real/go-env-stray.test.ts):
 * - `stops`: GO111MODULE (modload: `go: unknown environment setting GO111MODULE=…`) and
 *   GOTOOLCHAIN (toolchain.Select: `go: invalid GOTOOLCHAIN "…"`): every go command stops;
 * - `patterns`: GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE are split at commas and matched
 *   with path.Match as they are (module.MatchPrefixPatterns): a pattern with the white space
 *   in it never matches;
 * - `same`: GOPROXY (each entry strings.TrimSpace'd) and GOFLAGS (strings.Fields) read as
 *   meant; GOSUMDB is split with strings.Fields too, but is compared with "off" as it is;
 * - `not-off`: GOSUMDB=off with white space is not off (modfetch.useSumDB);
 * - `target`: GOOS and GOARCH: `go: unsupported GOOS/GOARCH pair …` on every build;
 * - `ignored`: CGO_ENABLED other than exactly 0 or 1 is ignored: go uses its default;
 * - `folder`: a path setting names another folder (its name ends in the white space);
 * - `kept`: anything else: go uses the value with the white space.
 */
export type StrayReading = 'stops' | 'patterns' | 'same' | 'not-off' | 'target' | 'ignored' | 'folder' | 'kept';

const PATTERN_LISTS = new Set(['GOPRIVATE', 'GONOPROXY', 'GONOSUMDB', 'GOINSECURE']);
const FOLDERS = new Set(['GOPATH', 'GOBIN', 'GOCACHE', 'GOMODCACHE', 'GOTMPDIR', 'GOROOT', 'GOCOVERDIR', 'GOTELEMETRYDIR']);

export function strayReading(key: string, value: string): StrayReading | null {
	if (!STRAY.test(value)) return null;
	if (key === 'GO111MODULE' || key === 'GOTOOLCHAIN') return 'stops';
	if (PATTERN_LISTS.has(key)) return 'patterns';
	if (key === 'GOPROXY' || key === 'GOFLAGS') return 'same';
	if (key === 'GOSUMDB') return value.trim() === 'off' ? 'not-off' : 'same';
	if (key === 'GOOS' || key === 'GOARCH') return 'target';
	if (key === 'CGO_ENABLED') return 'ignored';
	if (FOLDERS.has(key)) return 'folder';
	return 'kept';
}

/** The patterns of a comma-separated list that carry white space, so never match a module path. */
export function deadPatterns(value: string): string[] {
	return value.split(',').filter((pattern) => pattern.replace(/\/$/, '') !== '' && STRAY.test(pattern));
}
