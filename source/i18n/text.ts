import {messages, type MessageKey} from './messages/index.js';
import type {Translator} from './index.js';

/**
 * A sentence kept for later, in no language yet: a message key and its parameters, rendered
 * by whoever shows it in the language in use (the journal keeps its entries' titles, errors
 * and restart hints this way, so `journal` in Chinese reads an entry written in English).
 * A parameter may itself be such a sentence. Text that is not ours to translate (a path, an
 * error from the operating system, an entry written before keys were kept) is `{text}`.
 */
export type Text = KeyedText | {text: string};

export interface KeyedText {
	key: string;
	params?: Readonly<Record<string, string | number | Text>>;
}

/** A sentence by key and parameters; rendered later. */
export function keyed(key: MessageKey, params?: KeyedText['params']): KeyedText {
	return params === undefined ? {key} : {key, params};
}

/** Text that is shown as it is, in every language. */
export function verbatim(text: string): Text {
	return {text};
}

export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(messages, key);
}

/**
 * The sentence in the translator's language. A key this version does not know (written by a
 * newer goenv-tui) shows as the key and its parameters: visible, never dropped.
 */
export function renderText(t: Translator, text: Text): string {
	if ('text' in text) return text.text;
	const params = Object.fromEntries(Object.entries(text.params ?? {}).map(([name, value]) => [name, typeof value === 'object' ? renderText(t, value) : value]));
	if (isMessageKey(text.key)) return t(text.key, params);
	const shown = Object.entries(params).map(([name, value]) => `${name}=${value}`);
	return shown.length > 0 ? `${text.key} (${shown.join(', ')})` : text.key;
}

/** True for a value of this shape (the journal validates what it reads with it), nested at most a few levels. */
export function isText(value: unknown, depth = 0): value is Text {
	if (depth > 4) return false;
	if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
	const record = value as Record<string, unknown>;
	if (typeof record.text === 'string') return Object.keys(record).length === 1;
	if (typeof record.key !== 'string') return false;
	if (record.params === undefined) return true;
	if (!record.params || typeof record.params !== 'object' || Array.isArray(record.params)) return false;
	return Object.values(record.params).every((param) => typeof param === 'string' || (typeof param === 'number' && Number.isFinite(param)) || isText(param, depth + 1));
}
