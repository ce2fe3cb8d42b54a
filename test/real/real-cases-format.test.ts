import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {ROOT, goBinary} from '../helpers/sandbox.js';

/**
 * The real-case corpus (test/fixtures/real-cases) is judged by `scripts/real-cases.mjs`
 * against the built program; that run is not part of npm test yet. What npm test holds now is
 * the form of every case: required headers, a real source address, known classes and findings,
 * and no real registry host name. And that the form check itself catches each of those.
 */

const SCRIPT = path.join(ROOT, 'scripts/real-cases.mjs');

function checkFormat(files: string[] = []) {
	const result = spawnSync(process.execPath, [SCRIPT, '--check-format', ...files], {cwd: ROOT, encoding: 'utf8', timeout: 60_000});
	return {code: result.status, out: result.stdout + result.stderr};
}

/** The hosts behind the placeholders, as go states its own defaults (never written in a file here). */
function defaultHosts(): {proxy: string; sumdb: string} {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'GOPROXY' && key !== 'GOSUMDB') env[key] = value;
	Object.assign(env, {GOENV: 'off', GOTOOLCHAIN: 'local'});
	const json = JSON.parse(execFileSync(goBinary(), ['env', '-json', 'GOPROXY', 'GOSUMDB'], {env, encoding: 'utf8'})) as {GOPROXY: string; GOSUMDB: string};
	return {proxy: new URL(json.GOPROXY.split(/[,|]/)[0] ?? '').hostname, sumdb: json.GOSUMDB.split(/\s/)[0] ?? ''};
}

const GOOD = `source: https://github.com/golang/go/issues/1
os: windows
language: en
go: go1.21.3
kind: both
diagnosis: A sentence from the thread.
expect-explain: go-not-found
expect-check: gopath=warn,error
---
set GOPATH=C:\\Go
`;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-case-format-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

function caseFile(name: string, text: string): string {
	const file = path.join(tmp, name);
	writeFileSync(file, text);
	return file;
}

describe('the real-case corpus', () => {
	it('has only well-formed cases', () => {
		const {code, out} = checkFormat();
		expect(out).toMatch(/^\d+ well formed, 0 not$/m);
		expect(code).toBe(0);
	});
});

describe('--check-format', () => {
	it('passes a well-formed case', () => {
		const {code, out} = checkFormat([caseFile('good.case', GOOD)]);
		expect(out).toContain('1 well formed, 0 not');
		expect(code).toBe(0);
	});

	it('names each problem of a malformed case', () => {
		const bad = GOOD.replace('source: https://github.com/golang/go/issues/1', 'source: https://example.com/thread')
			.replace('go-not-found', 'no-such-class')
			.replace('gopath=warn,error', 'no-such-finding=warn; gopath=broken')
			.replace('language: en\n', '');
		const {code, out} = checkFormat([caseFile('bad.case', bad)]);
		expect(code).toBe(1);
		expect(out).toContain('source is not the address of a public page');
		expect(out).toContain('missing header "language"');
		expect(out).toContain('unknown class "no-such-class"');
		expect(out).toContain('unknown finding "no-such-finding"');
		expect(out).toContain('"broken" is not a status');
		expect(out).toContain('0 well formed, 1 not');
	});

	it('refuses a case without its expectations or its pasted text', () => {
		const noExpect = GOOD.replace(/expect-explain: .*\n/, '');
		const noBody = GOOD.replace(/---\n[\s\S]*$/, '---\n\n');
		const {out} = checkFormat([caseFile('no-expect.case', noExpect), caseFile('no-body.case', noBody)]);
		expect(out).toContain('kind both needs "expect-explain"');
		expect(out).toContain('no pasted text after "---"');
	});

	it("refuses the real host names of Go's default proxy and checksum database", () => {
		const {proxy, sumdb} = defaultHosts();
		const withProxy = GOOD.replace('set GOPATH=C:\\Go', `set GOPROXY=https://${proxy},direct`);
		const withSumdb = GOOD.replace('set GOPATH=C:\\Go', `set GOSUMDB=${sumdb}`);
		const {code, out} = checkFormat([caseFile('proxy.case', withProxy), caseFile('sumdb.case', withSumdb)]);
		expect(code).toBe(1);
		expect(out).toContain('write goproxy.default.example instead');
		expect(out).toContain('write sumdb.default.example instead');
	});
});
