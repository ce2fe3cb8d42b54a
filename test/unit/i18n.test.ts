import {describe, expect, it} from 'vitest';
import {catalogues} from '../../source/i18n/messages/index.js';
import {createTranslator, detectLanguage, format, joinClauses, joinList, LANGUAGES, withNote} from '../../source/i18n/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
	const entries = Object.values(catalogues).flatMap((catalogue) => Object.entries(catalogue));

	it('defines every key once across all catalogues', () => {
		const keys = entries.map(([key]) => key);
		expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
	});

	it.each(LANGUAGES)('has every message in %s, non-empty, with the same placeholders as English', (lang) => {
		const problems: string[] = [];
		for (const [key, entry] of entries) {
			const text = (entry as Record<string, string>)[lang];
			if (!text?.trim()) problems.push(`${key}: missing`);
			else if (placeholders(text).join() !== placeholders(entry.en).join()) problems.push(`${key}: placeholders ${placeholders(text)} vs ${placeholders(entry.en)}`);
		}
		expect(problems).toEqual([]);
	});

	it('has Chinese text in every zh-CN message that has English words to translate', () => {
		// Messages made only of placeholders, names and symbols may be the same in both.
		const untranslated = entries.filter(([, entry]) => {
			const words = entry.en.replace(/\{[^}]+\}/g, '').match(/[a-z]{4,}/g) ?? [];
			return entry['zh-CN'] === entry.en && words.length > 1;
		});
		expect(untranslated.map(([key]) => key)).toEqual([]);
	});
});

describe('format and translate', () => {
	it('fills placeholders and leaves unknown ones visible', () => {
		expect(format('{a} and {b}', {a: 1})).toBe('1 and {b}');
	});
	it('spaces a value into a Chinese sentence by the rules of Chinese, whatever the value', () => {
		const zh = (template: string, params: Record<string, string>) => format(template, params, 'zh-CN');
		expect(zh('在 {terminal} 中使用 {shell}', {terminal: '未知的终端', shell: '未知的 shell'})).toBe('在未知的终端中使用未知的 shell');
		expect(zh('在 {terminal} 中使用 {shell}', {terminal: 'Windows Terminal', shell: 'bash'})).toBe('在 Windows Terminal 中使用 bash');
		expect(zh('来自{source}', {source: 'go env 配置文件'})).toBe('来自 go env 配置文件');
		expect(zh('来自{source}的变量', {source: '用户环境变量'})).toBe('来自用户环境变量的变量');
		expect(zh('值为 {value}，不是 {other}', {value: '（未设置）', other: 'on'})).toBe('值为（未设置），不是 on');
		// A path is data: its spaces stay, even next to Chinese, so it never runs into the sentence.
		expect(zh('{path} 不可写', {path: 'C:\\Users\\张三'})).toBe('C:\\Users\\张三 不可写');
		// Indentation and alignment (two spaces or more) are the template's own.
		expect(zh('{a}  {b}', {a: '修改前', b: '值'})).toBe('修改前  值');
		expect(zh('{missing} 保持可见', {})).toBe('{missing} 保持可见');
		// English is left as written.
		expect(format('in {x} now', {x: '未知的终端'})).toBe('in 未知的终端 now');
	});
	it('joins lists and clauses, and adds notes, in the language of the translator', () => {
		const zh = createTranslator('zh-CN');
		const en = createTranslator('en');
		expect(joinList(zh, ['GOOS', 'GOARCH'])).toBe('GOOS、GOARCH');
		expect(joinList(en, ['GOOS', 'GOARCH'])).toBe('GOOS, GOARCH');
		expect(joinClauses(zh, ['3 个重复条目', '1 个空条目'])).toBe('3 个重复条目；1 个空条目');
		expect(withNote(zh, 'GOOS=windows', '当前进程环境')).toBe('GOOS=windows（当前进程环境）');
		expect(withNote(en, 'GOOS=windows', 'process environment')).toBe('GOOS=windows (process environment)');
	});
	it('translates by key', () => {
		expect(createTranslator('zh-CN')('status.warn')).toBe('警告');
		expect(createTranslator('en')('status.warn')).toBe('warning');
	});
});

describe('language detection', () => {
	it('takes --lang first, then LC_ALL, LC_MESSAGES, LANG, then the OS, then English', () => {
		expect(detectLanguage({flag: 'zh-CN', env: {LANG: 'en_US.UTF-8'}})).toEqual({lang: 'zh-CN', source: 'flag'});
		expect(detectLanguage({env: {LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8'}})).toEqual({lang: 'zh-CN', source: 'env'});
		expect(detectLanguage({env: {LC_MESSAGES: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8'}})).toEqual({lang: 'en', source: 'env'});
		expect(detectLanguage({env: {LANG: 'zh_CN.GB18030'}})).toEqual({lang: 'zh-CN', source: 'env'});
		expect(detectLanguage({env: {}, osLocale: 'zh-Hans-CN'})).toEqual({lang: 'zh-CN', source: 'os'});
		expect(detectLanguage({env: {}, osLocale: 'de-DE'})).toEqual({lang: 'en', source: 'default'});
		expect(detectLanguage({env: {LANG: 'C'}})).toEqual({lang: 'en', source: 'env'});
	});
});
