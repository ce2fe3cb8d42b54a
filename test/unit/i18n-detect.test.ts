import {describe, expect, it} from 'vitest';
import {captureIo} from '../helpers/io.js';
import {main} from '../../source/cli.js';
import {chooseLanguage, UI_LANGUAGE_KEYS, windowsDisplayLanguage} from '../../source/i18n/detect.js';
import {createFakeSystem, type FakeSystem} from '../../source/system/fake-system.js';
import type {RegistryValue} from '../../source/system/registry.js';
import {deferred} from '../helpers/deferred.js';

/** A Windows machine whose registry holds these display-language values (REG_MULTI_SZ, first choice first). */
function windows(languages: {user?: string[]; machine?: string[]} = {}): FakeSystem & {reads: string[]} {
	const registry: Record<string, RegistryValue[]> = {
		[UI_LANGUAGE_KEYS.user.key]: [{name: 'WallPaper', type: 'REG_SZ', data: ''}, ...(languages.user ? [{name: UI_LANGUAGE_KEYS.user.value, type: 'REG_MULTI_SZ', data: languages.user.join('\n')} as const] : [])],
		...(languages.machine ? {[UI_LANGUAGE_KEYS.machine.key]: [{name: UI_LANGUAGE_KEYS.machine.value, type: 'REG_MULTI_SZ', data: languages.machine.join('\n')}]} : {}),
	};
	const sys = createFakeSystem({platform: 'win32', registry});
	// Count the reads: each is one reg.exe on a real machine.
	const reads: string[] = [];
	const readKey = sys.registry!.readKey.bind(sys.registry);
	sys.registry!.readKey = (key) => {
		reads.push(key);
		return readKey(key);
	};
	return Object.assign(sys, {reads});
}

const noFormatLocale = () => undefined;

describe('the Windows display language, from the registry', () => {
	it('is the language chosen in Settings, first choice first', async () => {
		expect(await windowsDisplayLanguage(windows({user: ['zh-CN', 'en-US'], machine: ['en-US']}))).toBe('zh-CN');
	});
	it('is the machine display language when the user chose none (a Chinese edition of Windows)', async () => {
		expect(await windowsDisplayLanguage(windows({machine: ['zh-CN']}))).toBe('zh-CN');
	});
	it('is the user choice over the machine language: English chosen on a Chinese Windows', async () => {
		expect(await windowsDisplayLanguage(windows({user: ['en-US'], machine: ['zh-CN']}))).toBe('en-US');
	});
	it('is unknown when neither value is there, or there is no registry', async () => {
		expect(await windowsDisplayLanguage(windows())).toBeUndefined();
		expect(await windowsDisplayLanguage(createFakeSystem({platform: 'linux'}))).toBeUndefined();
	});
	it('reads both keys at once: one wait, not two in a row', async () => {
		const sys = windows({machine: ['zh-CN']});
		const gate = deferred<void>();
		const readKey = sys.registry!.readKey;
		sys.registry!.readKey = async (key) => {
			const values = await readKey(key);
			await gate.promise;
			return values;
		};
		const language = windowsDisplayLanguage(sys);
		await new Promise((resolve) => setImmediate(resolve));
		// Both reads started while neither has answered.
		expect([...sys.reads].sort()).toEqual([UI_LANGUAGE_KEYS.machine.key, UI_LANGUAGE_KEYS.user.key].sort());
		gate.resolve();
		expect(await language).toBe('zh-CN');
	});
});

describe('choosing the language', () => {
	it('takes --lang first, and reads nothing else', async () => {
		const sys = windows({user: ['en-US']});
		expect(await chooseLanguage({flag: 'zh-CN', env: {LANG: 'en_US.UTF-8'}, sys})).toEqual({lang: 'zh-CN', source: 'flag'});
		expect(sys.reads).toEqual([]);
	});
	it('then LC_ALL, LC_MESSAGES, LANG, without asking Windows', async () => {
		const sys = windows({user: ['en-US']});
		expect(await chooseLanguage({env: {LANG: 'zh_CN.UTF-8'}, sys})).toEqual({lang: 'zh-CN', source: 'env'});
		expect(await chooseLanguage({env: {LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8'}, sys})).toEqual({lang: 'en', source: 'env'});
		expect(sys.reads).toEqual([]);
	});
	it('then the Windows display language, whatever the regional format says', async () => {
		expect(await chooseLanguage({env: {}, sys: windows({machine: ['zh-CN']}), formatLocale: () => 'en-US'})).toEqual({lang: 'zh-CN', source: 'os'});
		expect(await chooseLanguage({env: {}, sys: windows({user: ['en-GB'], machine: ['zh-CN']}), formatLocale: () => 'zh-CN'})).toEqual({lang: 'en', source: 'os'});
		expect(await chooseLanguage({env: {}, sys: windows({user: ['zh-Hans-CN']}), formatLocale: noFormatLocale})).toEqual({lang: 'zh-CN', source: 'os'});
	});
	it('then the regional format when the registry has no display language, then English', async () => {
		expect(await chooseLanguage({env: {}, sys: windows(), formatLocale: () => 'zh-CN'})).toEqual({lang: 'zh-CN', source: 'os'});
		expect(await chooseLanguage({env: {}, sys: windows(), formatLocale: () => 'de-DE'})).toEqual({lang: 'en', source: 'default'});
		expect(await chooseLanguage({env: {}, sys: windows({user: ['fr-FR']}), formatLocale: () => 'zh-CN'})).toEqual({lang: 'en', source: 'default'});
	});
	it('does not ask Windows when the output is English anyway, nor on other systems', async () => {
		const sys = windows({user: ['zh-CN']});
		expect(await chooseLanguage({env: {}, sys, osLookup: false})).toEqual({lang: 'en', source: 'default'});
		expect(sys.reads).toEqual([]);
		expect(await chooseLanguage({env: {}, sys: createFakeSystem({platform: 'linux'})})).toEqual({lang: 'en', source: 'default'});
	});
});


describe('the command line, on Windows without LANG', () => {
	it('speaks the display language in --help and says which language it speaks', async () => {
		const io = captureIo();
		expect(await main(['--help'], io, windows({machine: ['zh-CN']}))).toBe(0);
		expect(io.out()).toContain('Go 开发环境诊断工具');
		expect(io.out()).toContain('当前：简体中文');
		const en = captureIo();
		expect(await main(['--help'], en, windows({user: ['en-US'], machine: ['zh-CN']}))).toBe(0);
		expect(en.out()).toContain('a doctor for Go development environments');
		expect(en.out()).toContain('now: English');
	});
	it('gives usage errors in that language too, and --lang and LANG still win', async () => {
		const io = captureIo();
		expect(await main(['frobnicate'], io, windows({machine: ['zh-CN']}))).toBe(2);
		expect(io.err()).toContain('未知命令：frobnicate');
		const flag = captureIo({LANG: 'zh_CN.UTF-8'});
		expect(await main(['--help', '--lang', 'en'], flag, windows({machine: ['zh-CN']}))).toBe(0);
		expect(flag.out()).toContain('now: English');
		const env = captureIo({LANG: 'en_US.UTF-8'});
		expect(await main(['--help'], env, windows({machine: ['zh-CN']}))).toBe(0);
		expect(env.out()).toContain('now: English');
	});
	it('words every usage error in that language, naming the option or argument', async () => {
		const cases: Array<[string[], string]> = [
			[['--frobnicate'], '未知选项：--frobnicate'],
			[['check', '--only'], '选项 --only 需要一个值'],
			[['check', '--json=yes'], '选项 --json 不接受值'],
			[['explain', 'a', 'b'], '多余的参数：b'],
			[['snapshot', '--strict'], '选项 --strict 不适用于“snapshot”'],
			[['--strict'], '选项 --strict 不适用于此命令'],
		];
		for (const [argv, message] of cases) {
			const io = captureIo();
			expect(await main(argv, io, windows({machine: ['zh-CN']}))).toBe(2);
			expect(io.err()).toBe(`goenv-tui: ${message}\n运行“goenv-tui --help”查看用法。\n`);
		}
		// A command line that does not parse is still answered in the language its --lang names.
		for (const argv of [['--lang', 'zh-CN', '--frobnicate'], ['check', '--lang=zh-CN', '--only']]) {
			const io = captureIo({LANG: 'en_US.UTF-8'});
			expect(await main(argv, io, windows())).toBe(2);
			expect(io.err(), argv.join(' ')).toContain('运行“goenv-tui --help”查看用法。');
		}
		const en = captureIo({LANG: 'en_US.UTF-8'});
		expect(await main(['snapshot', '--strict'], en, windows())).toBe(2);
		expect(en.err()).toBe('goenv-tui: option --strict does not apply to "snapshot"\nRun "goenv-tui --help" for usage.\n');
	});
	it('does not read the registry for --version or for JSON without --lang', async () => {
		const sys = windows({machine: ['zh-CN']});
		expect(await main(['--version'], captureIo(), sys)).toBe(0);
		expect(await main(['check', '--json', '--only', 'nonexistent-check'], captureIo(), sys)).toBe(2);
		expect(sys.reads).toEqual([]);
	});
});
