/**
 * The Windows registry, as the System port exposes it: raw values with their types, never
 * expanded. Reading goes through `reg export`, which writes UTF-16 to a file: lossless for
 * any text (a user folder named 张三 or Jürgen), unlike `reg query` piped into Node, which
 * comes out in the console code page. Writing goes through `reg add` / `reg delete` with
 * arguments passed as Unicode, never through a shell, so `%USERPROFILE%` stays unexpanded.
 */

export type RegistryType = 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_MULTI_SZ' | 'REG_DWORD' | 'REG_QWORD' | 'REG_BINARY' | 'REG_NONE';

export interface RegistryValue {
	name: string;
	type: RegistryType;
	/**
	 * The data as stored. Strings raw and unexpanded; REG_MULTI_SZ joined with `\n`;
	 * REG_DWORD/REG_QWORD in decimal; REG_BINARY/REG_NONE as lower-case hex.
	 */
	data: string;
}

export interface RegistryPort {
	/** The values directly under a key (`HKCU\Environment`); null when the key does not exist. */
	readKey(key: string): Promise<RegistryValue[] | null>;
	/**
	 * The subkeys one level under a key, each with its values (one `reg export` of the key):
	 * the Uninstall key's products, whose names (an MSI's ProductCode) cannot be known in
	 * advance. Null when the key does not exist.
	 */
	readSubkeys(key: string): Promise<RegistrySubkey[] | null>;
	setValue(key: string, name: string, type: 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_DWORD', data: string): Promise<void>;
	/** Deleting a value that is not there is not an error. */
	deleteValue(key: string, name: string): Promise<void>;
	/**
	 * Tells running programs (Explorer, Windows Terminal) that the environment changed
	 * (WM_SETTINGCHANGE "Environment"). Resolves false when it could not be sent.
	 */
	broadcastEnvironmentChange(): Promise<boolean>;
}

export interface RegistrySubkey {
	/** The subkey's full name, short hive first: `HKLM\\SOFTWARE\\…\\Uninstall\\{…}`. */
	key: string;
	values: RegistryValue[];
}

export const USER_ENVIRONMENT_KEY = 'HKCU\\Environment';
export const SYSTEM_ENVIRONMENT_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment';

/** Long and short hive names, as reg.exe accepts and exports them. */
const HIVES: Record<string, string> = {
	HKEY_CURRENT_USER: 'HKCU',
	HKEY_LOCAL_MACHINE: 'HKLM',
	HKEY_CLASSES_ROOT: 'HKCR',
	HKEY_USERS: 'HKU',
	HKEY_CURRENT_CONFIG: 'HKCC',
};

/** `HKEY_CURRENT_USER\Environment` → `HKCU\Environment`; case kept for the rest. */
export function shortKey(key: string): string {
	const [hive, ...rest] = key.split('\\');
	const short = HIVES[hive!.toUpperCase()] ?? hive!.toUpperCase();
	return [short, ...rest].join('\\');
}

export function sameKey(a: string, b: string): boolean {
	return shortKey(a).toLowerCase() === shortKey(b).toLowerCase();
}

/**
 * Parses the text of a `.reg` file (Windows Registry Editor Version 5.00) and returns the
 * values of `key` only (exports also contain subkeys). Strings come as `"..."` with `\\`
 * and `\"` escapes; other types as `hex(N):` bytes, continued over lines ending in `\`.
 */
export function parseRegExport(text: string, key: string): RegistryValue[] | null {
	const lines = joinContinuations(text.replace(/^\uFEFF/, '').split(/\r?\n/));
	let inKey = false;
	let found = false;
	const values: RegistryValue[] = [];
	for (const line of lines) {
		const header = /^\[(.*)\]$/.exec(line);
		if (header) {
			inKey = sameKey(header[1]!, key);
			found ||= inKey;
			continue;
		}
		if (!inKey || line === '' || line.startsWith(';')) continue;
		const parsed = parseValueLine(line);
		if (parsed) values.push(parsed);
	}
	return found ? values : null;
}

/** The sections of a `.reg` export exactly one level below `key`, with their values. */
export function parseRegExportSubkeys(text: string, key: string): RegistrySubkey[] | null {
	const lines = joinContinuations(text.replace(/^\uFEFF/, '').split(/\r?\n/));
	const parent = shortKey(key).toLowerCase();
	let found = false;
	let current: RegistrySubkey | undefined;
	const out: RegistrySubkey[] = [];
	for (const line of lines) {
		const header = /^\[(.*)\]$/.exec(line);
		if (header) {
			const name = shortKey(header[1]!);
			const lower = name.toLowerCase();
			found ||= lower === parent;
			const child = lower.startsWith(parent + '\\') && !lower.slice(parent.length + 1).includes('\\');
			current = child ? {key: name, values: []} : undefined;
			if (current) out.push(current);
			continue;
		}
		if (!current || line === '' || line.startsWith(';')) continue;
		const parsed = parseValueLine(line);
		if (parsed) current.values.push(parsed);
	}
	return found ? out : null;
}

function joinContinuations(lines: string[]): string[] {
	const out: string[] = [];
	let pending = '';
	for (const line of lines) {
		if (pending && /\\$/.test(pending)) {
			pending = pending.slice(0, -1) + line.trimStart();
		} else {
			if (pending) out.push(pending);
			pending = line;
		}
	}
	if (pending) out.push(pending);
	return out;
}

function parseValueLine(line: string): RegistryValue | null {
	let name: string;
	let rest: string;
	if (line.startsWith('@=')) {
		name = '';
		rest = line.slice(2);
	} else {
		const quoted = readQuoted(line, 0);
		if (!quoted || line[quoted.end] !== '=') return null;
		name = quoted.value;
		rest = line.slice(quoted.end + 1);
	}
	if (rest.startsWith('"')) {
		const quoted = readQuoted(rest, 0);
		return quoted ? {name, type: 'REG_SZ', data: quoted.value} : null;
	}
	const dword = /^dword:([0-9a-fA-F]{8})$/.exec(rest);
	if (dword) return {name, type: 'REG_DWORD', data: String(Number.parseInt(dword[1]!, 16))};
	const hex = /^hex(?:\(([0-9a-fA-F]+)\))?:(.*)$/.exec(rest);
	if (!hex) return null;
	const kind = hex[1] === undefined ? 3 : Number.parseInt(hex[1], 16);
	const bytes = Buffer.from(
		hex[2]!
			.split(',')
			.map((b) => b.trim())
			.filter(Boolean)
			.map((b) => Number.parseInt(b, 16)),
	);
	switch (kind) {
		case 1:
			return {name, type: 'REG_SZ', data: utf16String(bytes)};
		case 2:
			return {name, type: 'REG_EXPAND_SZ', data: utf16String(bytes)};
		case 7:
			return {name, type: 'REG_MULTI_SZ', data: utf16String(bytes).replace(/\0+$/, '').split('\0').join('\n')};
		case 4:
			return {name, type: 'REG_DWORD', data: String(bytes.length >= 4 ? bytes.readUInt32LE(0) : 0)};
		case 0xb:
			return {name, type: 'REG_QWORD', data: bytes.length >= 8 ? bytes.readBigUInt64LE(0).toString() : '0'};
		case 0:
			return {name, type: 'REG_NONE', data: bytes.toString('hex')};
		default:
			return {name, type: 'REG_BINARY', data: bytes.toString('hex')};
	}
}

/** UTF-16LE bytes to a string, dropping the terminating NUL that the registry stores. */
function utf16String(bytes: Buffer): string {
	return bytes.toString('utf16le').replace(/\0$/, '');
}

function readQuoted(text: string, start: number): {value: string; end: number} | null {
	if (text[start] !== '"') return null;
	let value = '';
	for (let i = start + 1; i < text.length; i++) {
		const char = text[i]!;
		if (char === '\\' && i + 1 < text.length) {
			// Wine's reg.exe also escapes newlines and NULs; Windows' writes them as hex(1).
			const next = text[i + 1]!;
			value += next === 'n' ? '\n' : next === '0' ? '\0' : next;
			i++;
		} else if (char === '"') {
			return {value, end: i + 1};
		} else {
			value += char;
		}
	}
	return null;
}
