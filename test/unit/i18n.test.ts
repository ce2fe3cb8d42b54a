import {describe, expect, it} from 'vitest';
import {catalogues} from '../../source/i18n/messages/index.js';
import {createTranslator, detectLanguage, format, LANGUAGES} from '../../source/i18n/index.js';

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
