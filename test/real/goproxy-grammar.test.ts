import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {execFile} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {goBinary} from '../helpers/sandbox.js';
import {GRAMMAR} from '../helpers/goproxy-grammar.js';

/**
 * The grammar table, checked against the real go on this machine (Linux): go refuses the
 * same values with the same words, accepts the others, and a bare host gets https://.
 */
let dir: string;
beforeAll(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-grammar-'));
	writeFileSync(path.join(dir, 'go.mod'), 'module grammar.test\n');
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

async function goWith(goproxy: string): Promise<string> {
	const env = {PATH: process.env.PATH ?? '', HOME: dir, GOTOOLCHAIN: 'local', GOPROXY: goproxy, GOSUMDB: 'off', GOFLAGS: '-mod=mod -modcacherw', GOMODCACHE: path.join(dir, 'mc'), GOPATH: path.join(dir, 'gp'), GOCACHE: path.join(dir, 'gc')};
	return promisify(execFile)(goBinary(), ['list', '-m', '-json', 'golang.org/x/mod@latest'], {cwd: dir, env, encoding: 'utf8', timeout: 20_000}).then(
		(r) => r.stderr,
		(e: {stderr?: string}) => e.stderr ?? '',
	);
}

const REFUSALS = /invalid proxy URL|GOPROXY list is not the empty string|parse "|invalid file:\/\/ proxy URL/;

describe.concurrent('GOPROXY grammar table against the real go', () => {
	it.each(GRAMMAR.filter((c) => c.platform !== 'win32').map((c) => [JSON.stringify(c.value), c] as const))('%s', async (_name, c) => {
		const stderr = await goWith(c.value);
		if (c.error) {
			expect(stderr).toBe(`go: golang.org/x/mod@latest: ${c.error}\n`);
			return;
		}
		expect(stderr).not.toMatch(REFUSALS);
		if (c.refusedUrl) expect(stderr).toContain(`"${c.refusedUrl}"`);
		const first = c.entries?.[0];
		if (typeof first === 'object' && !/^[a-z]+:/i.test(c.value.trim())) {
			// A bare host: go asked it over https.
			expect(stderr).toContain(`${first.url}/golang.org/x/mod/@v/list`);
		}
		if (first === 'off') expect(stderr).toContain('module lookup disabled by GOPROXY=off');
	});
});
