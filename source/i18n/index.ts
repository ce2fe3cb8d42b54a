import {type Lang, LANGUAGES} from './catalog.js';
import {messages, type MessageKey} from './messages/index.js';

export {type Lang, LANGUAGES} from './catalog.js';
export type {MessageKey} from './messages/index.js';

export type Params = Readonly<Record<string, string | number>>;

export interface Translator {
	readonly lang: Lang;
	(key: MessageKey, params?: Params): string;
}

export function createTranslator(lang: Lang): Translator {
	const t = ((key: MessageKey, params?: Params) => format(messages[key][lang], params)) as Translator;
	Object.defineProperty(t, 'lang', {value: lang});
	return t;
}

/** Replaces `{name}` placeholders. A placeholder with no value is left visible, never dropped. */
export function format(template: string, params?: Params): string {
	if (!params) return template;
	return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
		Object.hasOwn(params, name) ? String(params[name]) : whole,
	);
}

/** Maps a locale string such as `zh_CN.UTF-8`, `zh-Hans-CN` or `en_US` to a language we speak. */
export function languageFromLocale(locale: string | undefined): Lang | undefined {
	if (!locale) return undefined;
	const base = locale.split('.')[0]!.split('@')[0]!.replace(/_/g, '-').toLowerCase();
	if (base === 'c' || base === 'posix' || base === '') return undefined;
	if (base === 'zh' || base.startsWith('zh-cn') || base.startsWith('zh-hans') || base === 'zh-sg') return 'zh-CN';
	if (base.startsWith('zh-')) return 'zh-CN';
	if (base.startsWith('en')) return 'en';
	return undefined;
}

export function isLang(value: string): value is Lang {
	return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Language choice: the --lang flag, then LC_ALL / LC_MESSAGES / LANG (the first one that is
 * set decides, as in POSIX), then the operating system's UI language, then English.
 */
export function detectLanguage(input: {
	flag?: string;
	env: Readonly<Record<string, string | undefined>>;
	osLocale?: string;
}): {lang: Lang; source: 'flag' | 'env' | 'os' | 'default'} {
	if (input.flag && isLang(input.flag)) return {lang: input.flag, source: 'flag'};
	for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
		const value = input.env[name];
		if (value) {
			const lang = languageFromLocale(value);
			return lang ? {lang, source: 'env'} : {lang: 'en', source: 'env'};
		}
	}
	const fromOs = languageFromLocale(input.osLocale);
	if (fromOs) return {lang: fromOs, source: 'os'};
	return {lang: 'en', source: 'default'};
}
