import {describe, expect, it} from 'vitest';
import {catalogues} from '../../source/i18n/messages/index.js';
import {checkIds} from '../../source/commands/run-checks.js';
import {styleProblems, TERMS, TRADITIONAL} from '../helpers/zh-style.js';

/**
 * The written Chinese of every catalogue, held to one set of typographic and terminology
 * rules (test/helpers/zh-style.ts). A template is checked with its placeholders masked:
 * the spacing around a value is the translator's job at run time (source/i18n/index.ts),
 * and the rendered reports are checked too (i18n-rendered.test.ts).
 */
const entries = Object.values(catalogues).flatMap((catalogue) => Object.entries(catalogue)) as Array<[string, {en: string; 'zh-CN': string}]>;

/**
 * Meaningful exceptions only, each with its reason. A rule named here is skipped for that key
 * alone; a listed exception that no longer fires fails the test, so the list cannot rot.
 */
const EXCEPTIONS: Record<string, {rule: string; why: string}> = {
	'probe.cgo.missing.why': {rule: 'ascii-quotes', why: 'import "C" is Go source code, quoted as Go writes it'},
};

describe('the Chinese of the catalogues', () => {
	it('follows the typographic rules of Simplified Chinese', () => {
		const problems: string[] = [];
		const used = new Set<string>();
		for (const [key, entry] of entries) {
			for (const problem of styleProblems(entry['zh-CN'], entry.en)) {
				const exception = EXCEPTIONS[key];
				if (exception?.rule === problem.rule) {
					used.add(key);
					continue;
				}
				problems.push(`${key}: ${problem.rule}: ${problem.excerpt}`);
			}
		}
		expect(problems).toEqual([]);
		expect(Object.keys(EXCEPTIONS).filter((key) => !used.has(key))).toEqual([]);
	});

	it('uses one word for each thing, in Simplified characters', () => {
		const problems: string[] = [];
		for (const [key, entry] of entries) {
			const zh = entry['zh-CN'];
			for (const {use, not} of TERMS) for (const word of not) if (zh.includes(word)) problems.push(`${key}: "${word}" → "${use}"`);
			const traditional = [...zh].filter((c) => TRADITIONAL.includes(c));
			if (traditional.length > 0) problems.push(`${key}: traditional characters ${traditional.join('')}`);
		}
		expect(problems).toEqual([]);
	});

	it('keeps commands, variables and ids as they are in English', () => {
		// Every token that is code in the English (GOPROXY, --json, core.autocrlf, go.mod, a
		// check id) appears unchanged in the Chinese.
		const ids = checkIds().filter((id) => /[-0-9]/.test(id)).join('|');
		const code = new RegExp(String.raw`(?<=^|\s|\()--?[a-z][a-z0-9-]*|\b(?:GO[A-Z0-9]+|[A-Z][A-Z0-9]*_[A-Z0-9_]+|PATH|HKCU|HKLM|CC|NO_PROXY)\b|\b[a-z]+\.[a-z][A-Za-z]+\b|\b(?:${ids})\b`, 'g');
		const problems: string[] = [];
		for (const [key, entry] of entries) {
			const english = entry.en.replace(/\{[^}]+\}/g, ' ').replace(/https?:\/\/\S+/g, ' ');
			for (const token of new Set(english.match(code) ?? [])) {
				if (!entry['zh-CN'].includes(token)) problems.push(`${key}: ${token}`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('the style checker', () => {
	const rules = (zh: string, en = 'x') => styleProblems(zh, en).map((p) => p.rule);
	it('sees spaces between Chinese words and around full-width punctuation', () => {
		expect(rules('在 未知的终端 中使用 bash')).toContain('space-between-chinese');
		expect(rules('值为 （未设置）')).toContain('space-at-full-width');
		expect(rules('值为（未设置）')).toEqual([]);
		expect(rules('在 {terminal} 中使用 {shell}')).toEqual([]);
	});
	it('sees half-width punctuation and ASCII quotes in Chinese sentences', () => {
		expect(rules('无法读取(权限不足)')).toContain('half-width-punctuation');
		expect(rules('错误: 无法读取')).toContain('half-width-punctuation');
		expect(rules('会报 "requires cgo"')).toContain('ascii-quotes');
		expect(rules('运行 go env -w GOPROXY=https://goproxy.cn,direct')).toEqual([]);
		expect(rules('Program Files (x86) 中的程序')).toEqual([]);
	});
	it('matches the end of a sentence to the English one', () => {
		expect(rules('已取消', 'Cancelled.')).toContain('ending');
		expect(rules('已取消。', 'cancelled')).toContain('ending');
		expect(rules('已取消。', 'Cancelled.')).toEqual([]);
	});
	it('sees unbalanced quotes', () => {
		expect(rules('显示“未找到')).toContain('quotes');
	});
});
