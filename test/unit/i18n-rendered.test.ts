import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import {explainText} from '../../source/report/explain.js';
import {matchErrors} from '../../source/explain/match.js';
import {Journal, previewFix} from '../../source/fixes/index.js';
import {previewText} from '../../source/report/fix-text.js';
import {createTranslator, type Translator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import {PROBES} from '../../source/probes/index.js';
import {markdownReport} from '../../source/report/markdown.js';
import {reportMeta} from '../../source/report/meta.js';
import {textReport} from '../../source/report/text.js';
import type {FakeSystem} from '../../source/system/fake-system.js';
import {GO_BIN, USER, windowsWorld as consoleWorld} from '../helpers/windows-console-worlds.js';
import {offWorld} from '../helpers/triage-world.js';
import {defaultGoEnv, goWorld} from '../helpers/worlds.js';
import {englishLeaks} from '../helpers/zh-style.js';
import {windowsWorld as batchWorld} from '../helpers/windows-batch-worlds.js';

/**
 * What a Chinese user actually reads: every check run in zh-CN over several machines (a
 * Windows user named 张三, Defender and PowerShell facts, a Linux machine with broken
 * settings), then the text and Markdown reports, every fix preview and `explain`. The
 * rendered text is held to the same rules as the catalogues, so a value that meets a
 * sentence badly, or an English phrase built in code, shows up here.
 */
const zh = recording(createTranslator('zh-CN'));

/**
 * The translator, noting the values it was given that it did not make itself. Those are
 * data (paths, commands, go's and the OS's own messages, in whatever language) and are set
 * aside before judging: the words around them are ours, and so is every translated value.
 */
function recording(t: Translator): Translator & {data: Set<string>} {
	const data = new Set<string>();
	const made = new Set<string>();
	const wrapped = ((key, params) => {
		for (const value of Object.values(params ?? {})) if (typeof value === 'string' && value.length > 2 && !made.has(value)) data.add(value);
		const text = t(key, params);
		made.add(text);
		return text;
	}) as Translator & {data: Set<string>};
	Object.defineProperty(wrapped, 'lang', {value: t.lang});
	Object.defineProperty(wrapped, 'data', {value: data});
	return wrapped;
}

/** A text with the data it was built from set aside (as a character that is neither word nor punctuation). */
function wordsOf(text: string): string {
	let out = text;
	for (const value of [...zh.data].sort((a, b) => b.length - a.length)) out = out.split(value).join('\uE000');
	return out;
}

const HAN = String.raw`\p{Script=Han}`;
const FW = String.raw`\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u201c\u201d`;
/** A single space (alignment in tables uses two or more) between Chinese, or at full-width punctuation. */
const BAD_SPACE = new RegExp(`(?<=[${HAN}${FW}]) (?=[${HAN}])|(?<=[${HAN}]) (?=[${FW}])|(?<=[^\\s]) (?=[（，。；：、）])|(?<=[（，。；：、）]) (?=[^\\s])`, 'u');
/** Half-width punctuation of an English sentence, next to Chinese. */
const HALF_WIDTH = new RegExp(`[${HAN}][(),;!?]|[(),;!?][${HAN}]|[${HAN}]: |[${HAN}] \\(`, 'u');

function linuxBroken(): FakeSystem {
	const sys = goWorld({
		platform: 'linux',
		env: {GO111MODULE: 'auto', GOFLAGS: '-mod=vendor -x=', GOOS: 'windows', CC: '/opt/my tools/gcc', HTTPS_PROXY: 'http://proxy.example.com:3128', ALL_PROXY: 'socks5://x', SSL_CERT_FILE: '/etc/ssl/none.pem'},
		files: {'/home/dev': {dir: true}, '/home/dev/.config/go/env': 'GOPROXY=\nGOCERTFILE=/etc/ca.pem\nGOROOT=/usr/local/go\n'},
		goEnv: defaultGoEnv('linux', {GO111MODULE: 'auto', GOOS: 'windows', GOHOSTOS: 'linux', GOHOSTARCH: 'amd64', CGO_ENABLED: '1', CC: '/opt/my tools/gcc', GOPATH: 'relative/go', GOFLAGS: '-mod=vendor -x=', GOTOOLCHAIN: 'local', GOPROXY: 'off', GOSUMDB: 'off'}),
	});
	return sys;
}

function worlds(): Array<[string, FakeSystem]> {
	return [
		['Windows, 张三', consoleWorld()],
		['Windows, 张三, GOROOT and GO111MODULE set by hand', consoleWorld({env: {GOROOT: 'C:\\Go', GO111MODULE: 'off', GOPATH: `${USER}\\go`}, goEnv: {GOROOT: 'C:\\Go', GO111MODULE: 'off'}})],
		['Windows, Defender and PowerShell facts', batchWorld({batch: {threats: [{threatId: '1', threatName: 'Trojan:Win32/Wacatac.B!ml', time: '2026-03-01T10:00:00.000Z', resources: ['file:_C:\\Users\\dev\\AppData\\Local\\Temp\\go-build1\\x.test.exe'], process: 'go.exe', actionSuccess: true}], defenderPreferences: {fail: {message: '拒绝访问。', errorId: 'HRESULT 0x80131500'}}}})],
		['Windows, go env -w GO111MODULE=off', offWorld()],
		['Linux, broken settings', linuxBroken()],
	];
}

async function findingsOf(sys: FakeSystem, t: Translator): Promise<Finding[]> {
	const engine = new Engine({probes: PROBES, sys, t, offline: true, scheduleFlush: (f) => f()});
	return engine.run();
}

/** The human words of a finding: what the catalogues produce, without machine data. */
function humanText(finding: Finding): string[] {
	const out = [finding.title, finding.summary, finding.why ?? ''];
	for (const evidence of finding.evidence) {
		out.push(evidence.title);
		if (evidence.kind === 'kv') out.push(...evidence.rows.map((row) => row.label));
		if (evidence.kind === 'table') out.push(...evidence.columns.map((column) => column.label));
		if (evidence.kind === 'go-env') out.push(...evidence.rows.map((row) => row.note ?? ''));
	}
	for (const fix of finding.fixes) out.push(fix.title, fix.description ?? '', fix.restartHint ?? '');
	return out.filter(Boolean);
}

function problemsIn(text: string): string[] {
	// The pipes of a Markdown table are its syntax, not punctuation in a sentence.
	return text.split('\n').map((line) => line.replace(/ *\| */g, '|')).flatMap((line) => {
		const problems: string[] = [];
		if (BAD_SPACE.test(line)) problems.push(`spacing: ${line.trim()}`);
		if (HALF_WIDTH.test(line)) problems.push(`punctuation: ${line.trim()}`);
		return problems;
	});
}

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

describe.each(worlds())('zh-CN as rendered: %s', (_name, sys) => {
	let findings: Finding[];
	const ready = (async () => {
		findings = await findingsOf(sys, zh);
	})();

	it('has findings in Chinese only, spaced and punctuated as Chinese', async () => {
		await ready;
		expect(findings.length).toBe(PROBES.length);
		const problems: string[] = [];
		for (const finding of findings) {
			for (const text of humanText(finding)) {
				problems.push(...problemsIn(wordsOf(text)).map((p) => `${finding.id}: ${p}`));
				problems.push(...englishLeaks(wordsOf(text)).map((leak) => `${finding.id}: English "${leak}" in: ${text}`));
			}
		}
		expect(problems.join('\n')).toBe('');
	});

	it('writes text and Markdown reports spaced and punctuated as Chinese', async () => {
		await ready;
		const meta = reportMeta(sys, 'zh-CN', 1234);
		const text = textReport(findings, meta, zh, {color: false, verbose: true, now: new Date('2026-05-01T00:00:00Z')});
		const markdown = markdownReport(findings, meta, zh, {suppressions: new Map(), now: new Date('2026-05-01T00:00:00Z'), who: {}, shell: 'powershell'});
		expect(text).toContain('语言：简体中文');
		expect(markdown).toContain('语言：简体中文');
		// Machine output inside evidence (go's own messages) is not ours to judge: only lines
		// with Chinese in them are.
		const ours = (report: string) => wordsOf(report).split('\n').filter((line) => new RegExp(HAN, 'u').test(line)).join('\n');
		expect(problemsIn(ours(text)).join('\n')).toBe('');
		expect(problemsIn(ours(markdown)).join('\n')).toBe('');
	});

	it('previews every fix in Chinese', async () => {
		await ready;
		const dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-i18n-'));
		dirs.push(dir);
		const services = {sys, t: zh, journal: new Journal({dir})};
		const problems: string[] = [];
		for (const finding of findings) {
			for (const fix of finding.fixes) {
				const preview = await previewFix(services, finding, fix.id);
				const text = previewText(zh, preview, 'powershell');
				// The elevated script is code: its Chinese is only the fix's title in a comment.
				const chinese = wordsOf(text.replace(preview.elevatedScript?.replace(/\r\n/g, '\n').trimEnd() ?? '\u0000', '')).split('\n').filter((line) => new RegExp(HAN, 'u').test(line));
				problems.push(...problemsIn(chinese.join('\n')).map((p) => `${finding.id}/${fix.id}: ${p}`));
				problems.push(...chinese.flatMap((line) => englishLeaks(line.replace(/^\s*\d+\. /, ''))).map((leak) => `${finding.id}/${fix.id}: English "${leak}" in: ${text}`));
			}
		}
		expect(problems.join('\n')).toBe('');
	});
});

it('explains a failed build in Chinese', () => {
	const log = ['go: downloading example.com/private/lib v1.2.3', 'verifying example.com/private/lib@v1.2.3: reading https://sumdb.example.com/lookup/example.com/private/lib@v1.2.3: 404 Not Found', 'go: cannot find GOROOT directory: C:\\Go', 'cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in %PATH%'].join('\n');
	const text = explainText(zh, matchErrors(log), 'win32', PROBES.map((probe) => probe.id));
	expect(text).toContain('发现');
	const chinese = text.split('\n').filter((line) => new RegExp(HAN, 'u').test(line)).join('\n');
	expect(problemsIn(chinese)).toEqual([]);
});

it('the checks of rendered text see what they should', () => {
	expect(problemsIn('在 未知的终端 中使用 bash')).not.toEqual([]);
	expect(problemsIn('GOPATH 为 （未设置）')).not.toEqual([]);
	expect(problemsIn('1 个重复条目; 1 个空条目')).not.toEqual([]);
	expect(problemsIn('GOOS=windows (当前进程环境)')).not.toEqual([]);
	expect(problemsIn('名称    值')).toEqual([]);
	expect(problemsIn('在未知的终端中使用 bash；命令将以 PowerShell 语法显示')).toEqual([]);
	expect(problemsIn('GOPATH（未设置）')).toEqual([]);
});
