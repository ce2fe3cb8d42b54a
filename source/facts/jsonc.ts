/**
 * JSON with comments, as VS Code writes its settings (`//` and `/* *\/` comments, trailing
 * commas), read so that it can be edited in place: every value and every member keeps its
 * range in the text, so one key can be changed or removed and every other byte of the file,
 * comments and formatting included, stays as it was. Not a general JSON5 reader: no single
 * quotes, no unquoted keys, no hexadecimal numbers (VS Code does not accept them either).
 *
 * Ranges are offsets into the decoded text (UTF-16 code units, what the editing functions
 * use); `bytes` gives the same range in UTF-8 bytes, as the file holds it.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | {[key: string]: JsonValue};

export interface Range {
	start: number;
	end: number;
}

export interface JsonNode extends Range {
	kind: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';
	value: JsonValue;
	/** For objects: members in file order (a repeated key appears twice; the last one counts). */
	members?: JsonMember[];
	items?: JsonNode[];
}

export interface JsonMember extends Range {
	key: string;
	/** The key with its quotes. */
	keyRange: Range;
	value: JsonNode;
	/** Offset of the comma that follows the member, or -1 (the last member, without a trailing comma). */
	comma: number;
	/** 1-based line of the key. */
	line: number;
	/** The member (key to end of value) in UTF-8 bytes of the file. */
	bytes: Range;
}

export type JsoncResult = {ok: true; root: JsonNode} | {ok: false; error: string; line: number; offset: number};

class JsoncError extends Error {
	constructor(
		message: string,
		readonly offset: number,
	) {
		super(message);
	}
}

/** UTF-8 byte offsets of string offsets, computed once per text. */
function byteOffsets(text: string): (offset: number) => number {
	// Only non-ASCII text needs counting; most settings files are ASCII.
	if (!/[^\x00-\x7f]/.test(text)) return (offset) => offset;
	const prefix = new Uint32Array(text.length + 1);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// A surrogate pair is 4 bytes: 2 for each half.
		prefix[i + 1] = prefix[i]! + (code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3);
	}
	return (offset) => prefix[offset]!;
}

export function parseJsonc(text: string): JsoncResult {
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const toBytes = byteOffsets(text);
	let line = 1;
	let lineAt = 0;
	const lineOf = (offset: number) => {
		// Lines are counted forwards as the reader goes; offsets only increase.
		for (; lineAt < offset; lineAt++) if (text[lineAt] === '\n') line++;
		return line;
	};

	const skip = () => {
		for (;;) {
			const c = text[i];
			if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
			else if (c === '/' && text[i + 1] === '/') {
				while (i < text.length && text[i] !== '\n') i++;
			} else if (c === '/' && text[i + 1] === '*') {
				const end = text.indexOf('*/', i + 2);
				if (end < 0) throw new JsoncError('unterminated comment', i);
				i = end + 2;
			} else return;
		}
	};

	const string = (): JsonNode => {
		const start = i;
		i++;
		let out = '';
		for (;;) {
			if (i >= text.length) throw new JsoncError('unterminated string', start);
			const c = text[i]!;
			if (c === '"') {
				i++;
				return {kind: 'string', value: out, start, end: i};
			}
			if (c === '\n') throw new JsoncError('line break in a string', i);
			if (c === '\\') {
				const e = text[i + 1];
				const simple: Record<string, string> = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'};
				if (e !== undefined && e in simple) {
					out += simple[e];
					i += 2;
				} else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
					out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
					i += 6;
				} else throw new JsoncError('bad escape in a string', i);
				continue;
			}
			out += c;
			i++;
		}
	};

	const value = (): JsonNode => {
		skip();
		const c = text[i];
		const start = i;
		if (c === '{') return object();
		if (c === '[') return array();
		if (c === '"') return string();
		const word = /^(?:true|false|null)\b/.exec(text.slice(i, i + 6));
		if (word) {
			i += word[0].length;
			return {kind: word[0] === 'null' ? 'null' : 'boolean', value: word[0] === 'null' ? null : word[0] === 'true', start, end: i};
		}
		const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
		if (number) {
			i += number[0].length;
			return {kind: 'number', value: Number(number[0]), start, end: i};
		}
		throw new JsoncError(i >= text.length ? 'unexpected end' : `unexpected ${JSON.stringify(c)}`, i);
	};

	const object = (): JsonNode => {
		const start = i;
		i++;
		const members: JsonMember[] = [];
		const out: {[key: string]: JsonValue} = {};
		for (;;) {
			skip();
			if (text[i] === '}') {
				i++;
				return {kind: 'object', value: out, members, start, end: i};
			}
			if (text[i] !== '"') throw new JsoncError('expected a key in quotes', i);
			const key = string();
			skip();
			if (text[i] !== ':') throw new JsoncError('expected ":"', i);
			i++;
			const v = value();
			const member: JsonMember = {
				key: key.value as string,
				keyRange: {start: key.start, end: key.end},
				value: v,
				start: key.start,
				end: v.end,
				comma: -1,
				line: lineOf(key.start),
				bytes: {start: toBytes(key.start), end: toBytes(v.end)},
			};
			members.push(member);
			out[member.key] = v.value;
			skip();
			if (text[i] === ',') {
				member.comma = i;
				i++;
			} else if (text[i] !== '}') throw new JsoncError('expected "," or "}"', i);
		}
	};

	const array = (): JsonNode => {
		const start = i;
		i++;
		const items: JsonNode[] = [];
		for (;;) {
			skip();
			if (text[i] === ']') {
				i++;
				return {kind: 'array', value: items.map((item) => item.value), items, start, end: i};
			}
			items.push(value());
			skip();
			if (text[i] === ',') i++;
			else if (text[i] !== ']') throw new JsoncError('expected "," or "]"', i);
		}
	};

	try {
		skip();
		// An empty settings file (VS Code creates one) is an empty object.
		if (i >= text.length) return {ok: true, root: {kind: 'object', value: {}, members: [], start: i, end: i}};
		const root = value();
		skip();
		if (i < text.length) throw new JsoncError('text after the value', i);
		return {ok: true, root};
	} catch (error) {
		if (!(error instanceof JsoncError)) throw error;
		const at = Math.min(error.offset, text.length);
		return {ok: false, error: error.message, offset: at, line: text.slice(0, at).split('\n').length};
	}
}

/** The member at a key path (`['go.toolsEnvVars', 'GOROOT']`); the last one when a key repeats. */
export function findMember(root: JsonNode, path: readonly string[]): {member: JsonMember; parent: JsonNode} | null {
	let node = root;
	let found: {member: JsonMember; parent: JsonNode} | null = null;
	for (const key of path) {
		if (node.kind !== 'object') return null;
		const member = [...node.members!].reverse().find((m) => m.key === key);
		if (!member) return null;
		found = {member, parent: node};
		node = member.value;
	}
	return found;
}

/** The text of a value as written in the file (`"C:\\Go"`), or null when the key is absent. */
export function rawAt(text: string, path: readonly string[]): string | null {
	const parsed = parseJsonc(text);
	if (!parsed.ok) return null;
	const found = findMember(parsed.root, path);
	return found ? text.slice(found.member.value.start, found.member.value.end) : null;
}

/** The file with one value replaced by `raw` (JSON text); nothing else changes. */
export function replaceValue(text: string, member: JsonMember, raw: string): string {
	return text.slice(0, member.value.start) + raw + text.slice(member.value.end);
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/**
 * The file without one member: the member and its comma go (the preceding comma, for a last
 * member without one). When the member had its line to itself, the whole line goes, with a
 * comment that ended that line (it was about this setting); every other line is kept.
 */
export function removeMember(text: string, parent: JsonNode, member: JsonMember): string {
	const members = parent.members!;
	const index = members.indexOf(member);
	let from = member.start;
	let to = member.comma >= 0 ? member.comma + 1 : member.end;
	const previous = members[index - 1];
	if (member.comma < 0 && previous && previous.comma >= 0 && index === members.length - 1) from = previous.comma;
	// Whole line: only blanks before the member on its line, and blanks or a // comment after.
	const start = lineStart(text, member.start);
	const lineEnd = text.indexOf('\n', to);
	const rest = text.slice(to, lineEnd < 0 ? text.length : lineEnd);
	const wholeLine = /^[ \t]*$/.test(text.slice(start, member.start)) && /^[ \t]*(?:\/\/.*)?\r?$/.test(rest);
	if (!wholeLine && member.comma >= 0) {
		// `{"a": 1, "b": 2}` without "a": the blank after its comma goes with it.
		while (text[to] === ' ' || text[to] === '\t') to++;
	}
	if (wholeLine) {
		if (from === member.start) {
			from = start;
			to = lineEnd < 0 ? text.length : lineEnd + 1;
		} else {
			// The previous comma was taken: keep this line's end for the line before.
			to = lineEnd < 0 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
		}
	}
	return text.slice(0, from) + text.slice(to);
}

/**
 * The file with a member added at the end of an object, indented like its siblings (or one
 * level deeper than the object's line): how undo puts back a key the file no longer has.
 */
export function addMember(text: string, parent: JsonNode, key: string, raw: string): string {
	const members = parent.members!;
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const last = members.at(-1);
	if (last) {
		const indent = /^[ \t]*/.exec(text.slice(lineStart(text, last.start)))![0];
		const sameLine = !text.slice(last.start, parent.end).includes('\n');
		const entry = `${JSON.stringify(key)}: ${raw}`;
		if (last.comma >= 0) {
			// A trailing comma already there: the new member goes after it, with its own.
			return text.slice(0, last.comma + 1) + (sameLine ? ` ${entry},` : `${eol}${indent}${entry},`) + text.slice(last.comma + 1);
		}
		return text.slice(0, last.end) + (sameLine ? `, ${entry}` : `,${eol}${indent}${entry}`) + text.slice(last.end);
	}
	const outer = /^[ \t]*/.exec(text.slice(lineStart(text, parent.start)))![0];
	const unit = /\t/.test(outer) || text.includes('\n\t') ? '\t' : '    ';
	return `${text.slice(0, parent.start + 1)}${eol}${outer}${unit}${JSON.stringify(key)}: ${raw}${eol}${outer}${text.slice(parent.end - 1)}`;
}

/**
 * The file with the value at `path` set to `raw`, or the member removed (`raw` null), or
 * added (when absent; its parent object must exist). Throws when the path cannot be reached.
 */
export function editAt(text: string, path: readonly string[], raw: string | null): string {
	const parsed = parseJsonc(text);
	if (!parsed.ok) throw new Error(`not JSON with comments (line ${parsed.line}: ${parsed.error})`);
	const found = findMember(parsed.root, path);
	if (found) return raw === null ? removeMember(text, found.parent, found.member) : replaceValue(text, found.member, raw);
	if (raw === null) return text;
	const parent = path.length === 1 ? {member: null, node: parsed.root} : (() => {
		const up = findMember(parsed.root, path.slice(0, -1));
		return up ? {member: up.member, node: up.member.value} : null;
	})();
	if (!parent || parent.node.kind !== 'object') throw new Error(`no object at ${path.slice(0, -1).join(' → ')}`);
	return addMember(text, parent.node, path.at(-1)!, raw);
}
