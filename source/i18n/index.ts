import {type Lang, LANGUAGES} from './catalog.js';
import {messages, type MessageKey} from './messages/index.js';

export {type Lang, LANGUAGES} from './catalog.js';
export type {MessageKey} from './messages/index.js';
export {chooseLanguage, detectLanguage, isLang, languageFromLocale, type LanguageChoice, type LanguageSource} from './detect.js';

export type Params = Readonly<Record<string, string | number>>;

export interface Translator {
	readonly lang: Lang;
	(key: MessageKey, params?: Params): string;
}

/** Whether the catalogue has this key (for messages looked up by a check's id). */
export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(messages, key);
}

export function createTranslator(lang: Lang): Translator {
	const t = ((key: MessageKey, params?: Params) => format(messages[key][lang], params, lang)) as Translator;
	Object.defineProperty(t, 'lang', {value: lang});
	return t;
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/**
 * Replaces `{name}` placeholders. A placeholder with no value is left visible, never dropped.
 * In Chinese the spacing where a value meets the sentence follows the language's rule (see
 * `spaceZh`), whatever the value turns out to be.
 */
export function format(template: string, params?: Params, lang: Lang = 'en'): string {
	if (!params) return template;
	if (lang !== 'zh-CN') {
		return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
	}
	const chars: string[] = [];
	const spans: Array<{start: number; end: number; value: string}> = [];
	let last = 0;
	for (const match of template.matchAll(PLACEHOLDER)) {
		chars.push(...template.slice(last, match.index));
		last = match.index + match[0].length;
		if (!Object.hasOwn(params, match[1]!)) {
			chars.push(...match[0]);
			continue;
		}
		const value = String(params[match[1]!]);
		const start = chars.length;
		chars.push(...value);
		spans.push({start, end: chars.length, value});
	}
	chars.push(...template.slice(last));
	return spaceZh(chars, spans);
}

/** Chinese characters (Han). */
const HAN = /\p{Script=Han}/u;
/** Full-width punctuation of Chinese text: （），：；。、！？“”‘’《》「」 and the like. */
const FULL_WIDTH_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u201c\u201d\u2018\u2019]/u;
/** Latin letters, digits and the ASCII symbols that start or end a name, path or command. */
const NARROW = /[\x21-\x7e]/;
/** A value with a path separator is verbatim: a space around it is never taken away. */
const VERBATIM = /[\\/]/;

const wide = (c: string | undefined) => c !== undefined && (HAN.test(c) || FULL_WIDTH_PUNCT.test(c));

/**
 * The typography of Simplified Chinese where a value meets its sentence, so that one template
 * reads right whether a value is Chinese words, a path or a command:
 * - a space between Chinese and Latin letters or digits (`来自 go env 配置文件`);
 * - no space between two Chinese characters (`在未知的终端中`), nor next to full-width
 *   punctuation (`为（未设置）`).
 * Only the space (or its absence) at a value's edge is decided here; the template's own text
 * follows the same rules and a test holds it to them. A space next to a value that holds a
 * path is kept: `C:\Users\张三 不可写` must not run the path into the sentence.
 */
function spaceZh(chars: string[], spans: ReadonlyArray<{start: number; end: number; value: string}>): string {
	const drop = new Set<number>();
	const insertBefore = new Set<number>();
	const inValue = (i: number) => spans.some((s) => i >= s.start && i < s.end);
	for (const {start, end, value} of spans) {
		if (start === end) continue;
		const verbatim = VERBATIM.test(value);
		for (const [space, outer, inner] of [
			[start - 1, start - 2, start],
			[end, end + 1, end - 1],
		] as const) {
			if (chars[space] === ' ' && !inValue(space)) {
				const a = chars[outer];
				const b = chars[inner]!;
				const punct = FULL_WIDTH_PUNCT.test(b) || (a !== undefined && FULL_WIDTH_PUNCT.test(a));
				if (a !== undefined && a !== ' ' && (punct || (!verbatim && wide(a) && wide(b)))) drop.add(space);
			}
		}
		const before = chars[start - 1];
		if (before !== undefined && !inValue(start - 1) && ((HAN.test(before) && NARROW.test(chars[start]!)) || (NARROW.test(before) && HAN.test(chars[start]!)))) insertBefore.add(start);
		const after = chars[end];
		if (after !== undefined && !inValue(end) && ((HAN.test(chars[end - 1]!) && NARROW.test(after)) || (NARROW.test(chars[end - 1]!) && HAN.test(after)))) insertBefore.add(end);
	}
	let out = '';
	chars.forEach((c, i) => {
		if (insertBefore.has(i)) out += ' ';
		if (!drop.has(i)) out += c;
	});
	return out;
}

/** Items of a list in the translator's language: `a, b, c` or `a、b、c`. */
export function joinList(t: Translator, items: readonly string[]): string {
	return items.join(t('text.listSeparator'));
}

/** Separate statements in one line: `a; b` or `a；b`. */
export function joinClauses(t: Translator, items: readonly string[]): string {
	return items.join(t('text.clauseSeparator'));
}

/** `text (note)`, or `text（note）` in Chinese. */
export function withNote(t: Translator, text: string, note: string): string {
	return t('text.withNote', {text, note});
}
