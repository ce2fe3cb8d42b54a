/**
 * `go env` output pasted by a person, found inside whatever surrounds it (a chat message,
 * prompt lines, `PS C:\>`, Markdown fences, quoting `> `, other command output), in any of
 * the three shapes go prints:
 * - Windows: `set NAME=value`, unquoted; Go 1.22+ escapes `%` as `%%` and `< > | & ^` with `^`;
 * - elsewhere: `NAME='value'` with a `'` inside written `'\''` (older Go: `NAME="value"`);
 * - `go env -json`: a JSON object.
 */

export type GoEnvShape = 'windows-set' | 'unix' | 'json';

export interface PastedGoEnv {
	shape: GoEnvShape;
	values: Record<string, string>;
	/** 1-based lines of the block in the text. */
	startLine: number;
	endLine: number;
	/** The block as it was pasted. */
	text: string;
}

/** Variables every `go env` prints; a block must name several of them to count as one. */
const KNOWN = new Set([
	'AR', 'CC', 'CGO_CFLAGS', 'CGO_CPPFLAGS', 'CGO_CXXFLAGS', 'CGO_ENABLED', 'CGO_FFLAGS', 'CGO_LDFLAGS', 'CXX', 'GCCGO', 'GO111MODULE',
	'GOAMD64', 'GOARCH', 'GOARM', 'GOARM64', 'GOAUTH', 'GOBIN', 'GOCACHE', 'GOCACHEPROG', 'GODEBUG', 'GOENV', 'GOEXE', 'GOEXPERIMENT', 'GOFIPS140',
	'GOFLAGS', 'GOGCCFLAGS', 'GOHOSTARCH', 'GOHOSTOS', 'GOINSECURE', 'GOMOD', 'GOMODCACHE', 'GONOPROXY', 'GONOSUMDB', 'GOOS', 'GOPATH',
	'GOPRIVATE', 'GOPROXY', 'GOROOT', 'GOSUMDB', 'GOTELEMETRY', 'GOTELEMETRYDIR', 'GOTMPDIR', 'GOTOOLCHAIN', 'GOTOOLDIR', 'GOVCS',
	'GOVERSION', 'GOWORK', 'PKG_CONFIG',
]);
const CORE = ['GOROOT', 'GOPATH', 'GOOS', 'GOARCH', 'GOVERSION', 'GOHOSTOS'];

/** Quoting a chat adds in front of each line: `> ` (Markdown, mail). */
const QUOTE_PREFIX = /^\s*(?:>\s?)+/;
const SET_LINE = /^set ([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;
const UNIX_LINE = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

/** Every `go env` block in the text, in order. */
export function findGoEnvBlocks(text: string): PastedGoEnv[] {
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	const blocks: PastedGoEnv[] = [];
	let i = 0;
	while (i < lines.length) {
		const line = strip(lines[i]!);
		const json = line.startsWith('{') ? readJson(lines, i) : null;
		if (json) {
			blocks.push(json.block);
			i = json.next;
			continue;
		}
		const block = SET_LINE.test(line) ? readLines(lines, i, 'windows-set') : UNIX_LINE.test(line) ? readLines(lines, i, 'unix') : null;
		if (block && block.count > 0) {
			if (looksLikeGoEnv(block.block.values)) blocks.push(block.block);
			i = block.next;
			continue;
		}
		i += 1;
	}
	return blocks;
}

/** The most complete `go env` block of the text (the later one on a tie); null when there is none. */
export function findGoEnv(text: string): PastedGoEnv | null {
	let best: PastedGoEnv | null = null;
	for (const block of findGoEnvBlocks(text)) if (!best || Object.keys(block.values).length >= Object.keys(best.values).length) best = block;
	return best;
}

/** Node's platform name for the OS a `go env` came from. */
export function platformOf(env: PastedGoEnv): string {
	if (env.shape === 'windows-set') return 'win32';
	const os = env.values.GOHOSTOS || env.values.GOOS || '';
	return os === 'windows' ? 'win32' : os || 'unknown';
}

/** Node's architecture name for GOHOSTARCH (amd64 → x64). */
export function archOf(env: PastedGoEnv): string {
	const arch = env.values.GOHOSTARCH || env.values.GOARCH || '';
	return ({amd64: 'x64', '386': 'ia32', arm64: 'arm64', arm: 'arm', ppc64le: 'ppc64', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64'} as Record<string, string>)[arch] ?? (arch || 'unknown');
}

function strip(line: string): string {
	return line.replace(QUOTE_PREFIX, '').trim();
}

function looksLikeGoEnv(values: Record<string, string>): boolean {
	const names = Object.keys(values);
	return names.filter((name) => KNOWN.has(name)).length >= 3 && CORE.some((name) => name in values);
}

function readLines(lines: readonly string[], start: number, shape: 'windows-set' | 'unix'): {block: PastedGoEnv; count: number; next: number} {
	const values: Record<string, string> = {};
	let i = start;
	let last = start;
	while (i < lines.length) {
		const line = strip(lines[i]!);
		if (line === '') {
			i += 1;
			continue;
		}
		if (shape === 'windows-set') {
			const match = SET_LINE.exec(line);
			if (!match) break;
			values[match[1]!] = unescapeBatch(match[2]!);
			last = i;
			i += 1;
		} else {
			const match = UNIX_LINE.exec(line);
			if (!match) break;
			const parsed = parseShellValue(match[2]!, lines, i);
			if (!parsed) break;
			values[match[1]!] = parsed.value;
			last = parsed.lastLine;
			i = parsed.lastLine + 1;
		}
	}
	return {
		block: {shape, values, startLine: start + 1, endLine: last + 1, text: lines.slice(start, last + 1).join('\n')},
		count: Object.keys(values).length,
		next: Math.max(i, start + 1),
	};
}

/** `set` lines of Go 1.22+: `%%` is `%`, and `^` escapes `< > | & ^`. Older Go wrote values as they are. */
function unescapeBatch(value: string): string {
	return value.replace(/%%|\^([<>|&^])/g, (whole, char: string | undefined) => char ?? '%');
}

/**
 * A value as Go's shellQuote writes it: `'…'` pieces, `\'` between them; older Go wrote
 * `"…"`. A quoted value may go on over several lines. Anything else after it (`GOOS=linux
 * go build`) means the line is not `go env` output.
 */
function parseShellValue(first: string, lines: readonly string[], lineIndex: number): {value: string; lastLine: number} | null {
	let text = first;
	let index = lineIndex;
	let value = '';
	let i = 0;
	let quoted = false;
	while (i <= text.length) {
		if (i === text.length) break;
		const char = text[i]!;
		if (char === "'" || char === '"') {
			quoted = true;
			let close = text.indexOf(char, i + 1);
			while (close < 0) {
				if (index + 1 >= lines.length) return null;
				index += 1;
				text += '\n' + lines[index]!;
				close = text.indexOf(char, i + 1);
			}
			value += text.slice(i + 1, close);
			i = close + 1;
		} else if (char === '\\' && i + 1 < text.length) {
			value += text[i + 1];
			i += 2;
		} else if (/\s/.test(char)) {
			return text.slice(i).trim() === '' && quoted ? {value, lastLine: index} : null;
		} else {
			// Go always quotes; an unquoted value is an assignment in some other text.
			return null;
		}
	}
	return quoted || value === '' ? {value, lastLine: index} : null;
}

/** A JSON object starting on this line (possibly spanning many), if it is `go env -json`. */
function readJson(lines: readonly string[], start: number): {block: PastedGoEnv; next: number} | null {
	let depth = 0;
	let inString = false;
	let escaped = false;
	let body = '';
	for (let i = start; i < lines.length; i++) {
		const line = strip(lines[i]!);
		body += (i === start ? '' : '\n') + line;
		for (const char of line) {
			if (inString) {
				if (escaped) escaped = false;
				else if (char === '\\') escaped = true;
				else if (char === '"') inString = false;
			} else if (char === '"') inString = true;
			else if (char === '{') depth += 1;
			else if (char === '}') depth -= 1;
		}
		if (depth === 0) {
			const object = body.slice(0, body.lastIndexOf('}') + 1);
			let parsed: unknown;
			try {
				parsed = JSON.parse(object);
			} catch {
				return null;
			}
			if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
			const values = Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
			if (!looksLikeGoEnv(values)) return null;
			return {block: {shape: 'json', values, startLine: start + 1, endLine: i + 1, text: lines.slice(start, i + 1).join('\n')}, next: i + 1};
		}
		if (depth < 0) return null;
	}
	return null;
}
