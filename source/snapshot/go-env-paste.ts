/**
 * `go env` output pasted by a person, found inside whatever surrounds it (a chat message,
 * prompt lines, `PS C:\>`, Markdown fences, quoting `> `, an issue template's
 * `<details><summary><code>go env</code> Output</summary><br><pre>` block, HTML-escaped or
 * not, other command output), in any of the shapes go prints:
 * - Windows: `set NAME=value`, unquoted; Go 1.22+ escapes `%` as `%%` and `< > | & ^` with `^`;
 * - elsewhere: `NAME='value'` with a `'` inside written `'\''` (older Go: `NAME="value"`);
 * - `go env -json`: a JSON object;
 * and the shapes people type or copy from elsewhere, which say less (a partial list):
 * `export NAME=value`, `setenv NAME value`, `$env:NAME = 'value'`, `NAME=value` unquoted.
 *
 * Besides the settings, the text around them is evidence too: the `go version` line (which Go
 * the paste came from, when GOVERSION is missing), the `GOROOT/bin/go version:` line `go bug`
 * adds (the Go of GOROOT, which may be another one), and go's own warnings and errors
 * (`warning: GOPATH set to GOROOT (…) has no effect`).
 */

export type GoEnvShape = 'windows-set' | 'unix' | 'json' | 'shell';

export interface PastedGoEnv {
	shape: GoEnvShape;
	values: Record<string, string>;
	/** 1-based lines of the block in the text. */
	startLine: number;
	endLine: number;
	/** The block as it was pasted. */
	text: string;
	/** False for a partial list: fewer than go env prints, or none of the settings that identify it. */
	complete: boolean;
	/** Variables the same lines set that are not Go's own (PATH, HTTPS_PROXY, …), as written. */
	otherEnv: Record<string, string>;
}

/** What the rest of the text says about the Go the settings came from. */
export interface PasteContext {
	/** The `go version` line: the Go that ran (`1.21.3`), and the OS/architecture it was built for. */
	goVersion?: {version: string; os: string; arch: string; line: number};
	/** `go bug`'s `GOROOT/bin/go version: go version go1.20.1 linux/amd64`: the Go of GOROOT. */
	gorootGoVersion?: string;
	/** go's own warnings and errors (`go: …`, `warning: …`), as lines. */
	goMessages: string[];
}

/** Variables every `go env` prints; a block must name several of them to count as complete. */
const KNOWN = new Set([
	'AR', 'CC', 'CGO_CFLAGS', 'CGO_CPPFLAGS', 'CGO_CXXFLAGS', 'CGO_ENABLED', 'CGO_FFLAGS', 'CGO_LDFLAGS', 'CXX', 'GCCGO', 'GO111MODULE',
	'GOAMD64', 'GOARCH', 'GOARM', 'GOARM64', 'GOAUTH', 'GOBIN', 'GOCACHE', 'GOCACHEPROG', 'GODEBUG', 'GOENV', 'GOEXE', 'GOEXPERIMENT', 'GOFIPS140',
	'GOFLAGS', 'GOGCCFLAGS', 'GOHOSTARCH', 'GOHOSTOS', 'GOINSECURE', 'GOMOD', 'GOMODCACHE', 'GONOPROXY', 'GONOSUMDB', 'GOOS', 'GOPATH',
	'GOPRIVATE', 'GOPROXY', 'GOROOT', 'GOSUMDB', 'GOTELEMETRY', 'GOTELEMETRYDIR', 'GOTMPDIR', 'GOTOOLCHAIN', 'GOTOOLDIR', 'GOVCS',
	'GOVERSION', 'GOWORK', 'PKG_CONFIG', 'GO386', 'GOARM', 'GOMIPS', 'GOMIPS64', 'GOPPC64', 'GORISCV64', 'GOWASM', 'GORACE', 'GOPACKAGESDRIVER',
]);
const CORE = ['GOROOT', 'GOPATH', 'GOOS', 'GOARCH', 'GOVERSION', 'GOHOSTOS'];

/** Variables that are not Go's but that the checks read, kept when a paste shows them. */
const OTHER = /^(?:PATH|Path|PATHEXT|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|ALL_PROXY|all_proxy|SSL_CERT_FILE|SSL_CERT_DIR|GIT_\w+|HOME|USERPROFILE|APPDATA|AppData|LOCALAPPDATA|XDG_CONFIG_HOME|MSYSTEM)$/;

/** Shell references in a typed value: `$HOME`, `${GOPATH}`, `$env:USERPROFILE`, `%USERPROFILE%`, a leading `~`. */
const UNEXPANDED = /\$\{?[A-Za-z_]|\$env:|%[A-Za-z_][A-Za-z0-9_]*%|^~/;

/** Quoting a chat adds in front of each line: `> ` (Markdown, mail). */
const QUOTE_PREFIX = /^\s*(?:>\s?)+/;
const NAME = '([A-Za-z_][A-Za-z0-9_]*)';
const SET_LINE = new RegExp(`^set\\s+${NAME}=(.*)$`, 'i');
/** cmd's quoted form, `set "NAME=value"`. */
const SET_QUOTED_LINE = new RegExp(`^set\\s+"${NAME}=(.*)"$`, 'i');
const EXPORT_LINE = new RegExp(`^(?:export|declare\\s+-x)\\s+${NAME}=(.*)$`);
const SETENV_LINE = new RegExp(`^setenv\\s+${NAME}(?:\\s+(.*))?$`);
const PS_LINE = new RegExp(`^\\$env:${NAME}\\s*=\\s*(.*?);?$`, 'i');
const PLAIN_LINE = new RegExp(`^${NAME}=(.*)$`);
/** `go version go1.21.3 windows/amd64` (also `devel go1.28-abc…`). */
const GO_VERSION_LINE = /(?:^|\s)go version (?:devel )?go(\d+(?:\.\d+)*(?:[a-z]+\d*)?)\S* (?:.* )?([a-z0-9]+)\/([a-z0-9]+)\s*$/;
const GOROOT_GO_VERSION = /^GOROOT\/bin\/go version: go version (?:devel )?go(\d+(?:\.\d+)*(?:[a-z]+\d*)?)/;
/** go's own diagnostics: `go: …`, `warning: …`, `go env: …`. */
const GO_MESSAGE = /^(?:go(?: env| \w+)?: |warning: )/;

type LineKind = 'set' | 'unix' | 'shell' | 'powershell';

/**
 * The text as lines a parser can read, one for each line of the input (so line numbers stay
 * true): HTML entities decoded and the tags of an issue template (`<pre>`, `<details>`, …)
 * taken out, Markdown quoting, list bullets and inline code marks removed.
 */
export function pasteLines(text: string): string[] {
	return text
		.replace(/^\uFEFF/, '')
		.split(/\r\n|\r|\n/)
		.map((line) => {
			let s = line.replace(/<summary>.*?<\/summary>/gi, '').replace(/<\/?(?:pre|br|details|summary|code|p|div|span|b|i|em|strong|tt|kbd|samp|blockquote)\b[^>]*>/gi, '');
			if (/&(?:quot|amp|lt|gt|apos|nbsp|#\d+|#x[0-9a-f]+);/i.test(s)) s = decodeEntities(s);
			s = s.replace(QUOTE_PREFIX, '').trim();
			// A list bullet or inline code around a single assignment.
			s = s.replace(/^[-*+]\s+(?=\S+=)/, '').replace(/^`([^`]*)`$/, '$1');
			return s;
		});
}

function decodeEntities(text: string): string {
	const named: Record<string, string> = {quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: ' '};
	return text.replace(/&(quot|amp|lt|gt|apos|nbsp|#\d+|#x[0-9a-f]+);/gi, (_whole, entity: string) => {
		const lower = entity.toLowerCase();
		if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
		if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
		return named[lower] ?? _whole;
	});
}

interface Assignment {
	name: string;
	value: string;
	kind: LineKind;
	/** The last line (index) it took: a quoted value may go on over several lines. */
	lastLine: number;
}

/** One assignment starting on this line, in any of the shapes above; null for any other line. */
function readAssignment(lines: readonly string[], index: number): Assignment | null {
	const line = lines[index]!;
	let m = SET_QUOTED_LINE.exec(line) ?? SET_LINE.exec(line);
	if (m) return {name: m[1]!, value: unescapeBatch(m[2]!), kind: 'set', lastLine: index};
	m = PS_LINE.exec(line);
	if (m) {
		const value = unquoteSimple(m[2]!.trim());
		return value === null ? null : {name: m[1]!, value, kind: 'powershell', lastLine: index};
	}
	m = SETENV_LINE.exec(line);
	if (m) {
		const value = unquoteSimple((m[2] ?? '').trim());
		return value === null ? null : {name: m[1]!, value, kind: 'shell', lastLine: index};
	}
	m = EXPORT_LINE.exec(line);
	if (m) {
		const parsed = parseShellValue(m[2]!, lines, index, true, m[1]!);
		return parsed ? {name: m[1]!, value: parsed.value, kind: 'shell', lastLine: parsed.lastLine} : null;
	}
	m = PLAIN_LINE.exec(line);
	if (m) {
		const parsed = parseShellValue(m[2]!, lines, index, false, m[1]!);
		return parsed ? {name: m[1]!, value: parsed.value, kind: parsed.quoted ? 'unix' : 'shell', lastLine: parsed.lastLine} : null;
	}
	return null;
}

/** Lines that may sit inside a go env block without ending it: blank, or go's own warnings. */
function isFiller(line: string): boolean {
	return line === '' || GO_MESSAGE.test(line);
}

/**
 * Every `go env` block in the text, in order. With `partial`, a block counts when it sets at
 * least one Go setting (a list someone typed or trimmed); otherwise it must look like what go
 * prints (several of its settings, one that identifies it).
 */
export function findGoEnvBlocks(text: string, options: {partial?: boolean} = {}): PastedGoEnv[] {
	const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	const lines = pasteLines(text);
	const blocks: PastedGoEnv[] = [];
	let i = 0;
	while (i < lines.length) {
		const line = lines[i]!;
		const json = line.startsWith('{') ? readJson(lines, raw, i) : null;
		if (json) {
			blocks.push(json.block);
			i = json.next;
			continue;
		}
		const first = readAssignment(lines, i);
		if (!first) {
			i += 1;
			continue;
		}
		const values: Record<string, string> = {};
		const otherEnv: Record<string, string> = {};
		const kinds = new Map<LineKind, number>();
		const kindOf = new Map<string, LineKind>();
		let last = i;
		let j = i;
		let assignment: Assignment | null = first;
		while (assignment) {
			// A setting named twice starts another block (a second paste, after a change).
			if (assignment.name in values || assignment.name in otherEnv) break;
			if (KNOWN.has(assignment.name)) values[assignment.name] = assignment.value;
			else if (OTHER.test(assignment.name)) otherEnv[assignment.name] = assignment.value;
			else values[assignment.name] = assignment.value;
			kinds.set(assignment.kind, (kinds.get(assignment.kind) ?? 0) + 1);
			kindOf.set(assignment.name, assignment.kind);
			last = assignment.lastLine;
			j = assignment.lastLine + 1;
			while (j < lines.length && isFiller(lines[j]!)) j++;
			assignment = j < lines.length ? readAssignment(lines, j) : null;
		}
		const complete = Object.keys(values).filter((name) => KNOWN.has(name)).length >= 3 && CORE.some((name) => name in values);
		// A line someone typed (`export GOPATH=$HOME/go`, `set GOPATH=%USERPROFILE%\go`) shows the
		// shell's text, not the value: its references are expanded by the shell, so the value is not known.
		for (const [name, kind] of kindOf) {
			const typed = kind === 'shell' || kind === 'powershell' || !complete;
			if (typed && UNEXPANDED.test(values[name] ?? otherEnv[name] ?? '')) {
				delete values[name];
				delete otherEnv[name];
			}
		}
		const goNames = Object.keys(values).filter((name) => KNOWN.has(name));
		if (complete || (options.partial && goNames.length > 0)) {
			blocks.push({
				shape: shapeOf(kinds),
				values: complete ? values : Object.fromEntries(goNames.map((name) => [name, values[name]!])),
				startLine: i + 1,
				endLine: last + 1,
				text: raw.slice(i, last + 1).join('\n'),
				complete,
				otherEnv,
			});
		}
		i = Math.max(last + 1, i + 1);
	}
	return blocks;
}

function shapeOf(kinds: ReadonlyMap<LineKind, number>): GoEnvShape {
	const [top] = [...kinds.entries()].sort((a, b) => b[1] - a[1]);
	if (!top) return 'shell';
	return top[0] === 'set' ? 'windows-set' : top[0] === 'unix' ? 'unix' : 'shell';
}

/** The most complete `go env` block of the text (the later one on a tie); null when there is none. */
export function findGoEnv(text: string, options: {partial?: boolean} = {}): PastedGoEnv | null {
	let best: PastedGoEnv | null = null;
	const rank = (block: PastedGoEnv) => (block.complete ? 1_000_000 : 0) + Object.keys(block.values).length;
	for (const block of findGoEnvBlocks(text, options)) if (!best || rank(block) >= rank(best)) best = block;
	return best;
}

/** The `go version` lines and go's own messages anywhere in the text. */
export function readPasteContext(text: string): PasteContext {
	const lines = pasteLines(text);
	const context: PasteContext = {goMessages: []};
	const versions = new Map<string, {version: string; os: string; arch: string; line: number}>();
	lines.forEach((line, index) => {
		const goroot = GOROOT_GO_VERSION.exec(line);
		if (goroot) {
			context.gorootGoVersion ??= goroot[1]!;
			return;
		}
		const version = GO_VERSION_LINE.exec(line);
		if (version && !/^GOROOT\//.test(line)) {
			const key = `${version[1]} ${version[2]}/${version[3]}`;
			if (!versions.has(key)) versions.set(key, {version: version[1]!, os: version[2]!, arch: version[3]!, line: index + 1});
		}
		if (GO_MESSAGE.test(line)) context.goMessages.push(line);
	});
	// Two different `go version` lines (before and after a change): neither can be taken for the paste's.
	if (versions.size === 1) context.goVersion = [...versions.values()][0]!;
	return context;
}

/** Node's platform name for the OS the settings came from; `unknown` when nothing says. */
export function platformOf(env: PastedGoEnv, context?: PasteContext): string {
	const os = env.values.GOHOSTOS || context?.goVersion?.os || (env.complete ? env.values.GOOS : '') || '';
	if (os) return os === 'windows' ? 'win32' : os;
	if (env.shape === 'windows-set') return 'win32';
	const paths = [...Object.values(env.values), ...Object.values(env.otherEnv)];
	if (paths.some((v) => /^[A-Za-z]:[\\/]|^\\\\/.test(v)) || /^\$env:/im.test(env.text)) return 'win32';
	if (paths.some((v) => /^\/Users\//.test(v) || /\/Library\//.test(v))) return 'darwin';
	if (paths.some((v) => /^\/(?:home|usr|opt|root|etc|var)\//.test(v))) return 'linux';
	return env.values.GOOS === 'windows' ? 'win32' : env.values.GOOS || 'unknown';
}

/** Node's architecture name for GOHOSTARCH (amd64 → x64). */
export function archOf(env: PastedGoEnv, context?: PasteContext): string {
	const arch = env.values.GOHOSTARCH || context?.goVersion?.arch || env.values.GOARCH || '';
	return ({amd64: 'x64', '386': 'ia32', arm64: 'arm64', arm: 'arm', ppc64le: 'ppc64', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64'} as Record<string, string>)[arch] ?? (arch || 'unknown');
}

/** `set` lines of Go 1.22+: `%%` is `%`, and `^` escapes `< > | & ^`. Older Go wrote values as they are. */
function unescapeBatch(value: string): string {
	return value.replace(/%%|\^([<>|&^])/g, (whole, char: string | undefined) => char ?? '%');
}

/** `'v'`, `"v"` or `v` as PowerShell or csh take one word: the quotes go, nothing else may follow. */
function unquoteSimple(value: string): string | null {
	const m = /^(['"])(.*)\1$/.exec(value);
	if (m) return m[2]!;
	if (/^['"]/.test(value)) return null;
	return value;
}

/**
 * A value as Go's shellQuote writes it: `'…'` pieces, `\'` between them; older Go wrote
 * `"…"`. A quoted value may go on over several lines. An unquoted value is taken only where a
 * person would write one alone (`GOPROXY=off`, `GOROOT=C:\Program Files\Go`): a word followed
 * by more words (`GOOS=linux go build`) is a command, not a setting.
 */
function parseShellValue(first: string, lines: readonly string[], lineIndex: number, exported: boolean, name: string): {value: string; lastLine: number; quoted: boolean} | null {
	let text = first;
	let index = lineIndex;
	let value = '';
	let i = 0;
	let quoted = false;
	while (i < text.length) {
		const char = text[i]!;
		if (char === "'" || char === '"') {
			quoted = true;
			let close = text.indexOf(char, i + 1);
			while (close < 0) {
				if (index + 1 >= lines.length || index - lineIndex > 50) return null;
				index += 1;
				text += '\n' + lines[index]!;
				close = text.indexOf(char, i + 1);
			}
			value += text.slice(i + 1, close);
			i = close + 1;
		} else if (char === '\\' && i + 1 < text.length && quoted) {
			value += text[i + 1];
			i += 2;
		} else if (/\s/.test(char)) {
			if (text.slice(i).trim() === '') break;
			if (quoted) return null;
			// Unquoted with a space: only a path alone on its line (GOROOT=C:\Program Files\Go).
			const whole = first.trim();
			if ((KNOWN.has(name) || OTHER.test(name)) && /^(?:[A-Za-z]:[\\/]|\/)/.test(whole) && !/\s(?:go|&&|\||;)\s|\s[A-Z_]+=/.test(` ${whole} `)) {
				return {value: whole, lastLine: lineIndex, quoted: false};
			}
			return null;
		} else {
			if (quoted) return null;
			// Unquoted: Go never prints this, but people type it (and `env` prints it).
			const word = /^\S*/.exec(text.slice(i))![0];
			value += word;
			i += word.length;
			if (!(KNOWN.has(name) || OTHER.test(name) || exported)) return null;
		}
	}
	return {value, lastLine: index, quoted};
}

/** A JSON object starting on this line (possibly spanning many), if it is `go env -json`. */
function readJson(lines: readonly string[], raw: readonly string[], start: number): {block: PastedGoEnv; next: number} | null {
	let depth = 0;
	let inString = false;
	let escaped = false;
	let body = '';
	for (let i = start; i < lines.length && i < start + 400; i++) {
		const line = lines[i]!;
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
			const goNames = Object.keys(values).filter((name) => KNOWN.has(name));
			if (goNames.length < 3 || !CORE.some((name) => name in values)) return null;
			return {
				block: {shape: 'json', values, startLine: start + 1, endLine: i + 1, text: raw.slice(start, i + 1).join('\n'), complete: true, otherEnv: {}},
				next: i + 1,
			};
		}
		if (depth < 0) return null;
	}
	return null;
}
