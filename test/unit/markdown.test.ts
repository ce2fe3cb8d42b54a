import {describe, expect, it} from 'vitest';
import {createTranslator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import {markdownReport, personOf} from '../../source/report/markdown.js';
import {createFakeSystem} from '../../source/system/fake-system.js';

/** Values planted in evidence: none may reach the shared report. */
const PLANTED = {
	github: 'ghp_plantedTOKEN0123456789abcdefABCDEF',
	proxyUser: 'zhangsan-proxy',
	proxyPassword: 'S3cret-planted',
	email: 'zhang.san@corp.example.com',
	credentialUser: 'zhangsan-git',
};
const HOME = 'C:\\Users\\张三';

const findings: Finding[] = [
	{
		id: 'proxy-env',
		title: 'Proxy variables',
		family: 'network',
		status: 'warn',
		summary: `HTTPS_PROXY=http://${PLANTED.proxyUser}:${PLANTED.proxyPassword}@proxy.example.com:8080 is set`,
		why: 'Go uses the proxy for every module download.',
		docUrl: 'https://go.dev/ref/mod#private-module-proxy-auth',
		evidence: [
			{kind: 'go-env', title: 'Go settings', rows: [{name: 'GOPATH', value: `${HOME}\\go`, source: 'registry-user', where: 'HKCU\\Environment'}, {name: 'GOPROXY', value: `https://${PLANTED.github}@goproxy.example.com`, source: 'go-env-file', where: `${HOME}\\AppData\\Roaming\\go\\env`}]},
			{kind: 'credentials', title: 'Cached credentials', rows: [{target: 'git:https://git.example.com', user: PLANTED.credentialUser, helper: 'manager'}]},
			{kind: 'command', title: 'git config', argv: ['C:\\Program Files\\Git\\cmd\\git.exe', 'config', '--list'], exitCode: 0, stdout: `user.email=${PLANTED.email}\ncore.autocrlf=true\nsafe.directory=c:/users/张三/src`, stderr: ''},
			{kind: 'path', title: 'PATH', shell: 'powershell', entries: [{index: 1, raw: '%USERPROFILE%\\go\\bin', expanded: `${HOME}\\go\\bin`, origin: 'user', exists: true, marks: ['wins'], tools: [{name: 'gopls', file: `${HOME}\\go\\bin\\gopls.exe`, wins: true, version: 'v0.20.0'}]}]},
		],
		fixes: [{id: 'manual', title: 'Remove the password from HTTPS_PROXY', changes: [], needsAdmin: false, reversible: true, manualCommands: ['Remove-Item Env:HTTPS_PROXY']}],
		duration_ms: 3,
	},
	{id: 'goroot', title: 'GOROOT', family: 'toolchain', status: 'ok', summary: 'C:\\Program Files\\Go (found by go from its own location)', evidence: [{kind: 'text', title: 'note', text: 'a | pipe and ``` fences'}], fixes: [], duration_ms: 1},
];

const meta = {tool: {name: 'goenv-tui', version: '0.1.0'}, platform: {os: 'win32', arch: 'x64', release: '10.0.22631', node: 'v20.20.2'}, lang: 'en' as const, elapsedMs: 1234};

describe('the shareable Markdown report', () => {
	const sys = createFakeSystem({platform: 'win32', home: HOME, env: {USERNAME: '张三'}});
	const report = (lang: 'en' | 'zh-CN' = 'en') =>
		markdownReport(findings, {...meta, lang}, createTranslator(lang), {suppressions: new Map(), now: new Date('2026-11-26T07:00:00Z'), who: personOf(sys), shell: 'powershell'});

	it('masks every planted secret and personal value', () => {
		const text = report();
		for (const [name, value] of Object.entries(PLANTED)) expect(text, name).not.toContain(value);
		expect(text).not.toContain('张三');
		expect(text).toContain('http://***:***@proxy.example.com:8080');
		expect(text).toContain('z***@corp.example.com');
		expect(text).toContain('z***');
		expect(text).toContain('~\\\\go\\\\bin');
		expect(text).toContain('c:/users/<user>/src');
	});

	it('has every finding, its evidence and its fixes', () => {
		const text = report();
		for (const finding of findings) {
			expect(text).toContain(`\`${finding.id}\``);
			for (const evidence of finding.evidence) expect(text).toContain(`#### ${evidence.title}`);
		}
		expect(text).toContain('| gopls v0.20.0 (runs) |');
		expect(text).toContain('$ & \'C:\\Program Files\\Git\\cmd\\git.exe\' config --list');
		expect(text).toContain('Remove-Item Env:HTTPS_PROXY');
		expect(text).toContain('<https://go.dev/ref/mod#private-module-proxy-auth>');
		// A pipe cannot break a table row, and backticks cannot close a fence early.
		expect(text).toContain('````text\na | pipe and ``` fences\n````');
	});

	it('is in the user\'s language, header included', () => {
		const text = report('zh-CN');
		expect(text).toContain('# goenv-tui 诊断报告');
		expect(text).toContain('语言：简体中文');
		expect(text).toContain('| 名称 | 值 | 来源 | 备注 |');
		for (const value of Object.values(PLANTED)) expect(text).not.toContain(value);
	});
});
