import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {cp437Lossy, decodeCp437, parseRegQuery, parseWineRegistry, readWineString, toRegFile} from '../../lab/formats.js';
import {parseRegExport} from '../../source/system/registry.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/windows/${name}`, import.meta.url));
const LONG = Array.from({length: 90}, (_, i) => `%USERPROFILE%\\tools\\tool-${String(i).padStart(2, '0')}\\bin`).join(';');

describe("the lab's .reg writer (seeds go through the real reg import)", () => {
	const seeds = [
		{name: 'Path', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go\\bin;C:\\Users\\张三\\go\\bin'},
		{name: 'LONG', type: 'REG_EXPAND_SZ', data: LONG},
		{name: 'GOPATH', type: 'REG_SZ', data: 'C:\\Users\\Jürgen\\go'},
		{name: 'QUOTES', type: 'REG_SZ', data: 'say "hi" \\ C:\\trailing\\'},
		{name: 'EMPTY', type: 'REG_SZ', data: ''},
		{name: 'LINES', type: 'REG_SZ', data: 'one\r\ntwo'},
		{name: 'Flag', type: 'REG_DWORD', data: '42'},
		{name: 'MULTI', type: 'REG_MULTI_SZ', data: 'one\nC:\\Users\\张三'},
	] as const;
	const file = toRegFile([{key: 'HKCU\\Environment', set: [...seeds], delete: ['GOROOT']}, {key: 'HKLM\\SYSTEM\\X', set: [{name: 'a', type: 'REG_SZ', data: 'b'}]}]);
	const text = file.subarray(2).toString('utf16le');

	it('writes UTF-16LE with a BOM, long hive names, CRLF, and deletions as "name"=-', () => {
		expect([...file.subarray(0, 2)]).toEqual([0xff, 0xfe]);
		expect(text.split('\r\n').slice(0, 3)).toEqual(['Windows Registry Editor Version 5.00', '', '[HKEY_CURRENT_USER\\Environment]']);
		expect(text).toContain('\r\n"GOROOT"=-\r\n');
		expect(text).toContain('[HKEY_LOCAL_MACHINE\\SYSTEM\\X]\r\n"a"="b"');
		// hex data is wrapped with a trailing backslash, as regedit does.
		expect(text.split('\r\n').every((line) => line.length <= 80)).toBe(true);
	});

	it("reads back exactly through the program's own .reg parser", () => {
		expect(parseRegExport(text, 'HKCU\\Environment')).toEqual(seeds.map((seed) => ({...seed})));
		expect(parseRegExport(text, 'HKLM\\SYSTEM\\X')).toEqual([{name: 'a', type: 'REG_SZ', data: 'b'}]);
	});
});

describe("Wine's registry store (user.reg), the lab's oracle", () => {
	// The [Environment] key of a prefix after the registry-port scenario, as Wine 8 wrote it.
	const store = fixture('wine-user.reg').toString('utf8');

	it('reads every value of the key with its type, unescaping \\x, octal and C escapes', () => {
		const values = parseWineRegistry(store, 'Environment')!;
		const byName = Object.fromEntries(values.map((value) => [value.name, value]));
		expect(values).toHaveLength(12);
		expect(byName.LAB_CJK).toEqual({name: 'LAB_CJK', type: 'REG_SZ', data: 'C:\\Users\\张三\\go'});
		expect(byName.LAB_LATIN).toEqual({name: 'LAB_LATIN', type: 'REG_SZ', data: 'C:\\Users\\Jürgen\\go'});
		expect(byName.LAB_DWORD).toEqual({name: 'LAB_DWORD', type: 'REG_DWORD', data: '42'});
		expect(byName.LAB_EMPTY!.data).toBe('');
		expect(byName.LAB_EXPAND).toEqual({name: 'LAB_EXPAND', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go\\bin;C:\\Program Files\\Go\\bin\\'});
		expect(byName.LAB_QUOTES!.data).toBe('say "hi" to C:\\dir with space\\"x"\\');
		expect(byName.SEED_LONG).toEqual({name: 'SEED_LONG', type: 'REG_EXPAND_SZ', data: LONG});
		expect(byName.SEED_MULTI).toEqual({name: 'SEED_MULTI', type: 'REG_MULTI_SZ', data: 'one\nC:\\Users\\张三'});
		expect(byName.SEED_PATH!.data).toBe('%USERPROFILE%\\go\\bin;C:\\Users\\张三\\go\\bin;C:\\Users\\Jürgen\\bin');
	});

	it('keeps keys apart, matches names without regard to case, and says null for a missing key', () => {
		expect(parseWineRegistry(store, 'control panel\\sound')).toEqual([{name: 'Beep', type: 'REG_SZ', data: 'Yes'}]);
		expect(parseWineRegistry(store, 'Keyboard Layout\\Preload')).toEqual([{name: '1', type: 'REG_SZ', data: '00000409'}]);
		expect(parseWineRegistry(store, 'Environment\\Nope')).toBeNull();
	});

	it('reads the escape forms Wine writes for other characters', () => {
		// \x is 1–4 hex digits; Wine pads to 4 when a hex digit follows.
		const escaped = '"\\x00fca\\xfcz\\t\\e\\0\\0017\\""';
		expect(readWineString(escaped, 0)).toEqual({value: 'üaüz\t\x1b\0\x017"', end: escaped.length});
		expect(readWineString('"unterminated', 0)).toBeNull();
	});

	it('joins hex data continued over several lines', () => {
		const text = '[Environment] 1\n"P"=hex(2):25,00,55,00,\\\n  53,00,00,00\n"B"=hex:01,02\n';
		expect(parseWineRegistry(text, 'Environment')).toEqual([
			{name: 'P', type: 'REG_EXPAND_SZ', data: '%US'},
			{name: 'B', type: 'REG_BINARY', data: '0102'},
		]);
	});
});

describe('reg query output in a file (the console code page, CP437 here)', () => {
	// `wine reg query HKCU\Environment > file` after the registry-port scenario (TEMP/TMP lines left out).
	const bytes = fixture('wine-reg-query.txt');

	it('decodes CP437: ü is 0x81, and 张三 arrives as ?? (lost inside reg.exe, not by us)', () => {
		expect(decodeCp437(Buffer.from([0x81, 0xe1, 0xfe, 0x41]))).toBe('üß■A');
		expect(cp437Lossy('C:\\Users\\张三 Jürgen ß ā')).toBe('C:\\Users\\?? Jürgen ß ?');
	});

	it('reads names, types and raw data, keeping empty values and unexpanded references', () => {
		const values = parseRegQuery(decodeCp437(bytes));
		const byName = Object.fromEntries(values.map((value) => [value.name, value]));
		expect(values).toHaveLength(12);
		expect(byName.LAB_CJK).toEqual({name: 'LAB_CJK', type: 'REG_SZ', data: 'C:\\Users\\??\\go'});
		expect(byName.LAB_LATIN!.data).toBe('C:\\Users\\Jürgen\\go');
		expect(byName.LAB_EMPTY).toEqual({name: 'LAB_EMPTY', type: 'REG_SZ', data: ''});
		expect(byName.LAB_DWORD!.data).toBe('0x2a');
		expect(byName.SEED_LONG).toEqual({name: 'SEED_LONG', type: 'REG_EXPAND_SZ', data: LONG});
		expect(byName.LAB_QUOTES!.data).toBe('say "hi" to C:\\dir with space\\"x"\\');
	});
});
