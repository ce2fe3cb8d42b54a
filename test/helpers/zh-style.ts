/**
 * The rules Chinese text on goenv-tui's screens and reports follows, as checks that tests of
 * the catalogues (templates) and of rendered output (reports, frames) share.
 *
 * - No space between two Chinese characters, nor next to full-width punctuation.
 * - A space between Chinese and Latin letters or digits (the catalogues do this; the
 *   translator keeps it true where a value meets a sentence).
 * - Chinese sentences use full-width punctuation （），：；。！？ and “quotes”; half-width
 *   punctuation and ASCII quotes belong to commands, paths and quoted English only.
 * - A sentence ends as its English twin does: with 。 where English has a full stop, with
 *   nothing where English has nothing (summaries and labels).
 */

const HAN = String.raw`\p{Script=Han}`;
const FW = String.raw`\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u201c\u201d\u2018\u2019`;
const WIDE = `[${HAN}${FW}]`;

export interface StyleProblem {
	rule: 'space-between-chinese' | 'space-at-full-width' | 'half-width-punctuation' | 'ascii-quotes' | 'quotes' | 'ending';
	excerpt: string;
}

/** Placeholders and the content of “quotes” (quoted English, go's own messages) are not judged. */
function mask(text: string): string {
	return text.replace(/\{[A-Za-z0-9_]+\}/g, (p) => '\uE000'.repeat(p.length)).replace(/\u201c[^\u201d\n]*\u201d/g, (q) => `\u201c${'\uE001'.repeat(Math.max(0, q.length - 2))}\u201d`);
}

const around = (text: string, index: number) => text.slice(Math.max(0, index - 8), index + 9).replace(/\n/g, '⏎');

function find(rule: StyleProblem['rule'], text: string, pattern: RegExp, original = text): StyleProblem[] {
	return [...text.matchAll(pattern)].map((m) => ({rule, excerpt: around(original, m.index)}));
}

/** Problems of one Chinese text; `english` is its twin, for the sentence ending. */
export function styleProblems(zh: string, english: string): StyleProblem[] {
	const text = mask(zh);
	const problems = [
		...find('space-between-chinese', text, new RegExp(`[${HAN}] +[${HAN}]`, 'gu'), zh),
		// Indentation at the start of a line is layout, not a space in a sentence.
		...find('space-at-full-width', text, new RegExp(`(?<=[^\\s]) +[${FW}]|[${FW}] +(?=\\S)`, 'gu'), zh),
		...find('half-width-punctuation', text, new RegExp(`[${HAN}][(),:;!?.]|[(),:;!?][${HAN}]|[${HAN}] \\(`, 'gu'), zh),
		...find('ascii-quotes', text, new RegExp(`[${HAN}] ?"|" ?[${HAN}]|"[^"\\n]*[${HAN}][^"\\n]*"`, 'gu'), zh),
	];
	const opens = [...zh].filter((c) => c === '\u201c').length;
	const closes = [...zh].filter((c) => c === '\u201d').length;
	if (opens !== closes) problems.push({rule: 'quotes', excerpt: zh.slice(0, 30)});
	if (new RegExp(WIDE, 'u').test(zh)) {
		const enEnd = english.trimEnd().slice(-1);
		const zhEnd = zh.trimEnd().slice(-1);
		const sentence = (c: string) => c === '.' || c === '。';
		const question = (c: string) => c === '?' || c === '？';
		const colon = (c: string) => c === ':' || c === '：';
		const enKind = english.trimEnd().endsWith('…') ? 'open' : sentence(enEnd) ? 'full stop' : question(enEnd) ? 'question' : colon(enEnd) ? 'colon' : 'none';
		const zhKind = zh.trimEnd().endsWith('…') ? 'open' : zhEnd === '。' ? 'full stop' : zhEnd === '？' ? 'question' : zhEnd === '：' ? 'colon' : /[.?:]$/.test(zhEnd) ? 'half-width' : 'none';
		if (enKind !== zhKind) problems.push({rule: 'ending', excerpt: `en ${enKind}, zh ${zhKind}: …${zh.trimEnd().slice(-12)}`});
	}
	return problems;
}

/**
 * One word for each thing across every catalogue: the term Chinese Go developers use on
 * Windows (the project's source checklist uses the same), and variants that crept in.
 */
export const TERMS: ReadonlyArray<{use: string; not: readonly string[]}> = [
	{use: '目录', not: ['文件夹']},
	{use: '操作日志', not: ['撤销日志', '修复日志']},
	{use: '凭据', not: ['凭证', '憑據']},
	{use: '撤销', not: ['撤消']},
	{use: '环境变量', not: ['环境参数', '环境变数']},
	{use: '校验和数据库', not: ['校验数据库', '校验和库', '校验和服务器']},
	{use: '模块代理', not: ['模组代理', '模块代理服务器']},
	{use: '私有模块', not: ['私人模块', '专用模块']},
	{use: '注册表', not: ['登录档', '注册数据库']},
	{use: '终端', not: ['终端机', '命令行窗口']},
	{use: '系统证书存储', not: ['证书库', '证书仓库']},
	{use: '管理员权限', not: ['管理权限', '超级用户权限', '系统管理员权限']},
	{use: '证据', not: ['佐证']},
	{use: '检查项', not: ['检测项', '检查条目']},
	{use: '杀毒软件', not: ['防毒软件', '反病毒软件']},
	{use: '令牌', not: ['权杖', '代币']},
	{use: '条目', not: ['记录 {id}', '记录 #']},
];

/** Traditional-only forms of common characters: zh-CN text is written in Simplified. */
export const TRADITIONAL = '們這個設環變數檔資為與無從會時對後號碼網絡請讀寫權執開關閉顯錯誤說選擇發現沒問題將載際預設儲庫檢結單應該裝機體憑據證書過舊確認頁'.split('');

/**
 * What may stay in Latin letters on a Chinese screen or report: names of things, never
 * sentences. Paths, URLs, commands, variable names, check ids, versions, key names and the
 * product and tool names Chinese Go developers write as they are.
 */
const ALLOWED = [
	/\u201c[^\u201d]*\u201d/g, // “quoted”: go's own messages and the names of settings, quoted on purpose
	/[A-Za-z]:\\[^\s（），；、]*/g, // Windows paths
	/https?:\/\/\S+/g,
	// Commands: a program name and its Latin arguments, up to the Chinese around them.
	/\b(?:go|git|gofmt|dlv|gopls|npx(?:\.cmd)?|winpty|reg|gcc|xcode-select)(?: +[-\w.@/:=$%'"\\+*,|<>[\]]+)+/g,
	/[^\s（），；、：。]*\w[./@=\\]\w[^\s（），；、：。]*/g, // file names, module paths, key=value, dotted settings
	/\b[a-z]+(-[a-z0-9]+)+\b/g, // ids such as go-on-path, path-hygiene, goenv-tui
	/(?<=^|\s)--?[a-z][a-z0-9-]*/g, // flags: --json, -w
	/\bgo111module\b/g,
	/\b[A-Z][A-Z0-9_]{2,}\b/g, // GO111MODULE, GOPATH, PATH, HKCU, REG_EXPAND_SZ
	/\b(Enter|Esc|Tab|Shift\+Tab|PgUp|PgDn|Ctrl\+[A-Z]|Backspace)\b/g,
	// Products and features Chinese developers name in English.
	/\b(VS Code|Dev Drive|Microsoft Defender|Windows Terminal|Windows PowerShell|PowerShell 7|Git Bash|Git for Windows|Git Credential Manager|Go FAQ|Developer Command Prompt|Smart App Control)\b/g,
	/\b(Go|Windows|PowerShell|Git|shell|manager|windows\/amd64|version|off|on|auto|yes)\b/g,
	/%[A-Z]+%/g,
];

/** English phrases (two words or more in a row) left once names, paths and commands are set aside. */
export function englishLeaks(frame: string): string[] {
	// A Windows path may hold a space: joined first so it goes as one path.
	let text = frame.replace(/Program Files/g, 'Program_Files');
	for (const pattern of ALLOWED) text = text.replace(pattern, ' ');
	// Two English words in a row make a phrase: that is a sentence leaking.
	return [...text.matchAll(/[A-Za-z]{2,}(?:[ ,.'-]+[A-Za-z]{2,})+/g)].map((m) => m[0]);
}
