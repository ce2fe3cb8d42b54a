/**
 * The registry formats the lab reads and writes on the Linux side, written independently of
 * the program's own parser (source/system/registry.ts) so that each can catch the other:
 * - `.reg` files (UTF-16LE, regedit's format) to seed a prefix through the real `reg import`;
 * - Wine's own registry store (`user.reg`), the exact oracle of what reg.exe wrote;
 * - `reg query` output as it lands in a file: the console code page, CP437 here.
 */
import type {RegistryValue} from '../source/system/registry.js';

export type SeedType = 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_MULTI_SZ' | 'REG_DWORD';

export interface SeedValue {
	name: string;
	type: SeedType;
	data: string;
}

export interface SeedKey {
	/** Long or short form: `HKCU\Environment`, `HKEY_LOCAL_MACHINE\SYSTEM\...`. */
	key: string;
	set?: SeedValue[];
	/** Values to remove (`"name"=-`). */
	delete?: string[];
}

const LONG_HIVES: Record<string, string> = {HKCU: 'HKEY_CURRENT_USER', HKLM: 'HKEY_LOCAL_MACHINE'};

function longKey(key: string): string {
	const [hive, ...rest] = key.split('\\');
	return [LONG_HIVES[hive!.toUpperCase()] ?? hive!, ...rest].join('\\');
}

function quote(text: string): string {
	return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `hex(N):` data as regedit writes it: comma-separated bytes, wrapped with `\` at 80 columns. */
function hexData(prefix: string, bytes: Buffer): string {
	const parts = [...bytes].map((b) => b.toString(16).padStart(2, '0'));
	const lines: string[] = [];
	let line = prefix;
	for (let i = 0; i < parts.length; i++) {
		const piece = parts[i] + (i < parts.length - 1 ? ',' : '');
		if (line.length + piece.length > 77) {
			lines.push(line + '\\');
			line = '  ';
		}
		line += piece;
	}
	lines.push(line);
	return lines.join('\r\n');
}

function utf16z(text: string): Buffer {
	return Buffer.from(text + '\0', 'utf16le');
}

function valueLine(value: SeedValue): string {
	const name = quote(value.name);
	switch (value.type) {
		case 'REG_SZ':
			// Quoted strings cannot hold line breaks or NULs; regedit writes those as hex(1).
			return /[\n\r\0]/.test(value.data) ? hexData(`${name}=hex(1):`, utf16z(value.data)) : `${name}=${quote(value.data)}`;
		case 'REG_EXPAND_SZ':
			return hexData(`${name}=hex(2):`, utf16z(value.data));
		case 'REG_MULTI_SZ':
			return hexData(`${name}=hex(7):`, Buffer.from(value.data.split('\n').map((s) => s + '\0').join('') + '\0', 'utf16le'));
		case 'REG_DWORD':
			return `${name}=dword:${(Number(value.data) >>> 0).toString(16).padStart(8, '0')}`;
	}
}

/** A `.reg` file (Windows Registry Editor Version 5.00, UTF-16LE with a BOM) for `reg import`. */
export function toRegFile(keys: SeedKey[]): Buffer {
	const lines = ['Windows Registry Editor Version 5.00', ''];
	for (const section of keys) {
		lines.push(`[${longKey(section.key)}]`);
		for (const name of section.delete ?? []) lines.push(`${quote(name)}=-`);
		for (const value of section.set ?? []) lines.push(valueLine(value));
		lines.push('');
	}
	return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf16le')]);
}

/** C escapes Wine's registry writer uses for control characters (server/unicode.c). */
const WINE_ESCAPES: Record<string, string> = {a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b'};

/**
 * Reads one quoted string of Wine's registry store starting at `start` (the opening quote):
 * `\\`, `\"`, C escapes, octal `\NNN`, and `\xHHHH` (1–4 hex digits, one UTF-16 unit).
 */
export function readWineString(text: string, start: number): {value: string; end: number} | null {
	if (text[start] !== '"') return null;
	let value = '';
	for (let i = start + 1; i < text.length; i++) {
		const char = text[i]!;
		if (char === '"') return {value, end: i + 1};
		if (char !== '\\') {
			value += char;
			continue;
		}
		const next = text[++i];
		if (next === undefined) return null;
		if (next === 'x') {
			const hex = /^[0-9a-fA-F]{1,4}/.exec(text.slice(i + 1, i + 5))![0];
			value += String.fromCharCode(Number.parseInt(hex, 16));
			i += hex.length;
		} else if (/[0-7]/.test(next)) {
			const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3))![0];
			value += String.fromCharCode(Number.parseInt(octal, 8));
			i += octal.length - 1;
		} else {
			value += WINE_ESCAPES[next] ?? next;
		}
	}
	return null;
}

/**
 * The values of one key in Wine's registry store (`user.reg`, `system.reg`), whose key paths
 * are relative to the hive (`Environment`, `System\\ControlSet001\\...`). Null when the key
 * is not in the file. Strings come back exactly as stored: this is the lab's oracle.
 */
export function parseWineRegistry(text: string, key: string): RegistryValue[] | null {
	const wanted = key.toLowerCase();
	const lines = text.split('\n');
	let inKey = false;
	let found = false;
	const values: RegistryValue[] = [];
	for (let index = 0; index < lines.length; index++) {
		let line = lines[index]!;
		if (line.startsWith('[')) {
			const name = readKeyName(line);
			inKey = name !== null && name.toLowerCase() === wanted;
			found ||= inKey;
			continue;
		}
		if (!inKey || (!line.startsWith('"') && !line.startsWith('@'))) continue;
		// hex data continues over lines ending in a backslash.
		while (/^[^"]*"(?:[^"\\]|\\.)*"=hex.*\\$/.test(line) && index + 1 < lines.length) line = line.slice(0, -1) + lines[++index]!.trim();
		const value = parseWineValue(line);
		if (value) values.push(value);
	}
	return found ? values : null;
}

function readKeyName(line: string): string | null {
	const end = line.lastIndexOf(']');
	if (end < 0) return null;
	// Key names escape backslashes as `\\`, and other characters like strings do.
	const parsed = readWineString(`"${line.slice(1, end).replace(/"/g, '\\"')}"`, 0);
	return parsed?.value ?? null;
}

function parseWineValue(line: string): RegistryValue | null {
	let name = '';
	let rest: string;
	if (line.startsWith('@=')) {
		rest = line.slice(2);
	} else {
		const quoted = readWineString(line, 0);
		if (!quoted || line[quoted.end] !== '=') return null;
		name = quoted.value;
		rest = line.slice(quoted.end + 1);
	}
	const str = /^str\((\d+)\):/.exec(rest);
	if (rest.startsWith('"') || str) {
		const kind = str ? Number(str[1]) : 1;
		const parsed = readWineString(rest, str ? str[0].length : 0);
		if (!parsed) return null;
		if (kind === 2) return {name, type: 'REG_EXPAND_SZ', data: parsed.value};
		if (kind === 7) return {name, type: 'REG_MULTI_SZ', data: parsed.value.replace(/\0+$/, '').split('\0').join('\n')};
		return {name, type: 'REG_SZ', data: parsed.value};
	}
	const dword = /^dword:([0-9a-fA-F]{8})/.exec(rest);
	if (dword) return {name, type: 'REG_DWORD', data: String(Number.parseInt(dword[1]!, 16))};
	const hex = /^hex(?:\(([0-9a-fA-F]+)\))?:(.*)$/.exec(rest);
	if (!hex) return null;
	const bytes = Buffer.from(
		hex[2]!
			.split(',')
			.map((b) => b.trim())
			.filter(Boolean)
			.map((b) => Number.parseInt(b, 16)),
	);
	const kind = hex[1] === undefined ? 3 : Number.parseInt(hex[1], 16);
	const text = () => bytes.toString('utf16le').replace(/\0$/, '');
	if (kind === 1) return {name, type: 'REG_SZ', data: text()};
	if (kind === 2) return {name, type: 'REG_EXPAND_SZ', data: text()};
	return {name, type: 'REG_BINARY', data: bytes.toString('hex')};
}

/** Code page 437, bytes 0x80–0xFF: what Wine's reg.exe writes into a file here. */
const CP437_HIGH =
	'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

export function decodeCp437(bytes: Buffer): string {
	let text = '';
	for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
	return text;
}

/** What a string looks like after a round trip through CP437: characters it lacks become `?`. */
export function cp437Lossy(text: string): string {
	return [...text].map((char) => (char.charCodeAt(0) < 0x80 || CP437_HIGH.includes(char) ? char : '?')).join('');
}

/**
 * The values in `reg query` output (a blank line, the key, 4-space-indented
 * `name    TYPE    data` rows). Data is raw and unexpanded; an empty value keeps its
 * trailing separator.
 */
export function parseRegQuery(text: string): RegistryValue[] {
	const values: RegistryValue[] = [];
	for (const line of text.split(/\r?\n/)) {
		const match = /^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/.exec(line);
		if (match) values.push({name: match[1]!, type: match[2] as RegistryValue['type'], data: match[3] ?? ''});
	}
	return values;
}
