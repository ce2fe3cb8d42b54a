/**
 * Every sentence a person reads exists in each of these languages. Entries carry all their
 * translations side by side, so a missing twin is a type error, not a runtime surprise.
 * Placeholders are `{name}`; commands, variable names, paths and ids go in placeholders or
 * stay verbatim in both languages, never translated.
 */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGUAGES)[number];

export type Entry = Readonly<Record<Lang, string>>;
export type Catalog = Readonly<Record<string, Entry>>;
