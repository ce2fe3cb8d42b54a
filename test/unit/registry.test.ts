import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseRegExport, shortKey, USER_ENVIRONMENT_KEY} from '../../source/system/registry.js';
import {createFakeSystem} from '../../source/system/fake-system.js';

const exported = readFileSync(new URL('../fixtures/windows/hkcu-environment.reg', import.meta.url));
const text = exported.subarray(2).toString('utf16le');

describe('reg export parsing', () => {
	it('reads raw values with their types, losslessly, from the key asked for only', () => {
		const values = parseRegExport(text, 'HKCU\\Environment');
		expect(values).toEqual([
			{name: 'Path', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go\\bin;C:\\Users\\张三\\go\\bin'},
			{name: 'TEMP', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\Temp'},
			{name: 'GOPATH', type: 'REG_SZ', data: 'C:\\Users\\Jürgen\\go'},
			{name: 'QUOTE', type: 'REG_SZ', data: 'say "hi"'},
			{name: 'EMPTY', type: 'REG_SZ', data: ''},
			{name: 'Flag', type: 'REG_DWORD', data: '1'},
		]);
	});

	it('matches long and short hive names, and returns null for a key that is not in the file', () => {
		expect(parseRegExport(text, 'HKEY_CURRENT_USER\\environment')).toHaveLength(6);
		expect(parseRegExport(text, 'HKCU\\Environment\\Sub')).toEqual([{name: 'Other', type: 'REG_SZ', data: 'x'}]);
		expect(parseRegExport(text, 'HKCU\\Nope')).toBeNull();
		expect(shortKey('HKEY_LOCAL_MACHINE\\SYSTEM')).toBe('HKLM\\SYSTEM');
	});
});

describe('the fake registry', () => {
	it('keeps types and raw text through set and delete, and counts broadcasts', async () => {
		const sys = createFakeSystem({
			platform: 'win32',
			registry: {[USER_ENVIRONMENT_KEY]: [{name: 'Path', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go\\bin'}]},
		});
		const registry = sys.registry!;
		await registry.setValue('HKEY_CURRENT_USER\\Environment', 'GOPATH', 'REG_SZ', 'C:\\Users\\张三\\go');
		await registry.deleteValue('hkcu\\environment', 'path');
		expect(await registry.readKey(USER_ENVIRONMENT_KEY)).toEqual([{name: 'GOPATH', type: 'REG_SZ', data: 'C:\\Users\\张三\\go'}]);
		await registry.broadcastEnvironmentChange();
		expect(sys.broadcasts).toBe(1);
		expect(createFakeSystem({platform: 'linux'}).registry).toBeUndefined();
	});
});
