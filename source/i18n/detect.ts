import type {System} from '../system/types.js';
import {LANGUAGES, type Lang} from './catalog.js';

/** Maps a locale string such as `zh_CN.UTF-8`, `zh-Hans-CN` or `en_US` to a language we speak. */
export function languageFromLocale(locale: string | undefined): Lang | undefined {
	if (!locale) return undefined;
	const base = locale.trim().split('.')[0]!.split('@')[0]!.replace(/_/g, '-').toLowerCase();
	if (base === 'c' || base === 'posix' || base === '') return undefined;
	if (base === 'zh' || base.startsWith('zh-')) return 'zh-CN';
	if (base === 'en' || base.startsWith('en-')) return 'en';
	return undefined;
}

export function isLang(value: string): value is Lang {
	return (LANGUAGES as readonly string[]).includes(value);
}

export type LanguageSource = 'flag' | 'env' | 'os' | 'default';
export interface LanguageChoice {
	lang: Lang;
	source: LanguageSource;
}

/**
 * Language choice: the --lang flag, then LC_ALL / LC_MESSAGES / LANG (the first one that is
 * set decides, as in POSIX), then the operating system's UI language, then English.
 */
export function detectLanguage(input: {flag?: string; env: Readonly<Record<string, string | undefined>>; osLocale?: string}): LanguageChoice {
	if (input.flag && isLang(input.flag)) return {lang: input.flag, source: 'flag'};
	const fromEnv = languageFromEnv(input.env);
	if (fromEnv) return fromEnv;
	const fromOs = languageFromLocale(input.osLocale);
	if (fromOs) return {lang: fromOs, source: 'os'};
	return {lang: 'en', source: 'default'};
}

/** The POSIX variables' choice, or undefined when none of them is set. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): LanguageChoice | undefined {
	for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
		const value = env[name];
		if (value) return {lang: languageFromLocale(value) ?? 'en', source: 'env'};
	}
	return undefined;
}

/**
 * Where Windows keeps the user's display language. Windows resolves the UI language
 * (GetUserDefaultUILanguage, what PowerShell's Get-UICulture reports) from the language the
 * user chose in Settings, `PreferredUILanguages` under `HKCU\Control Panel\Desktop`, and
 * else from the machine's display language, which Windows caches per user as
 * `MachinePreferredUILanguages` under `...\Desktop\MuiCached`. Both are REG_MULTI_SZ lists,
 * first choice first. (A display language forced by group policy lives under
 * `HKCU\Software\Policies\...` and is not read: it is rare, and then usually the same.)
 */
export const UI_LANGUAGE_KEYS = {
	user: {key: 'HKCU\\Control Panel\\Desktop', value: 'PreferredUILanguages'},
	machine: {key: 'HKCU\\Control Panel\\Desktop\\MuiCached', value: 'MachinePreferredUILanguages'},
} as const;

/**
 * The Windows display language from the registry (`zh-CN`, `en-US`), or undefined when
 * neither value is there (Wine, a stripped image). Two `reg export` runs, side by side, so
 * the wait is the start of one small program, not the start of PowerShell.
 */
export async function windowsDisplayLanguage(sys: Pick<System, 'registry'>): Promise<string | undefined> {
	const registry = sys.registry;
	if (!registry) return undefined;
	const read = async ({key, value}: {key: string; value: string}) => {
		const values = await registry.readKey(key).catch(() => null);
		const data = values?.find((v) => v.name.toLowerCase() === value.toLowerCase())?.data ?? '';
		return data.split('\n').map((s) => s.trim()).find(Boolean);
	};
	const [user, machine] = await Promise.all([read(UI_LANGUAGE_KEYS.user), read(UI_LANGUAGE_KEYS.machine)]);
	return user ?? machine;
}

/** The locale the JavaScript runtime formats with: on Windows the "Regional format", not the display language. */
export function formatLocale(): string | undefined {
	try {
		return Intl.DateTimeFormat().resolvedOptions().locale;
	} catch {
		return undefined;
	}
}

/**
 * The whole choice, as the command line makes it: --lang, then LC_ALL / LC_MESSAGES /
 * LANG, then (Windows only, which has no LANG) the display language from the registry, else
 * the regional format, then English. The registry is read only when nothing before it
 * decided, and not at all when `osLookup` is false (output that is English anyway).
 */
export async function chooseLanguage(input: {
	flag?: string;
	env: Readonly<Record<string, string | undefined>>;
	sys: Pick<System, 'platform' | 'registry'>;
	osLookup?: boolean;
	/** The runtime's format locale; a parameter so tests can fake it. */
	formatLocale?: () => string | undefined;
}): Promise<LanguageChoice> {
	if (input.flag && isLang(input.flag)) return {lang: input.flag, source: 'flag'};
	const fromEnv = languageFromEnv(input.env);
	if (fromEnv) return fromEnv;
	if (input.osLookup === false || input.sys.platform !== 'win32') return {lang: 'en', source: 'default'};
	const display = await windowsDisplayLanguage(input.sys);
	return detectLanguage({env: {}, osLocale: display ?? (input.formatLocale ?? formatLocale)()});
}
