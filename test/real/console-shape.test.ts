import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildChild} from '../helpers/child.js';

/**
 * The shape of mintty without ConPTY, told from real standard streams: a child process gets
 * real pipes (made by sh), a real file or the mintty environment, and says what it sees. (The platform is
 * passed in: the pipes' stat bits are the same on Linux as libuv reports for a Windows pipe.)
 */

let child = '';
let dir = '';
beforeAll(async () => {
	child = await buildChild('test/real/children/console-shape.ts');
	dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-shape-'));
}, 60_000);
afterAll(() => {
	rmSync(path.dirname(child), {recursive: true, force: true});
	rmSync(dir, {recursive: true, force: true});
});

type End = 'pipe' | 'file';
/**
 * Runs the child through sh, whose `|` makes real pipes (node's own 'pipe' stdio is a socket
 * pair on Unix) and whose `<`/`>>` give it a file.
 */
function shape(stdin: End, stdout: End, env: Record<string, string>, platform = 'win32'): string {
	const file = path.join(dir, 'stream');
	writeFileSync(file, 'help\n');
	const q = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
	const run = `${q(process.execPath)} ${q(child)} ${platform}`;
	const script = `${stdin === 'pipe' ? `echo help | ${run}` : `${run} < ${q(file)}`}${stdout === 'pipe' ? ' | cat' : ` >> ${q(file)}`}`;
	return spawnSync('sh', ['-c', script], {stdio: ['ignore', 'ignore', 'pipe'], env: {PATH: process.env.PATH ?? '', ...env}, encoding: 'utf8', timeout: 30_000}).stderr;
}

describe('minttyPipes', () => {
	it('a pipe at both ends under Git Bash (MSYSTEM) or mintty (TERM_PROGRAM) on Windows: a person typing into mintty', () => {
		expect(shape('pipe', 'pipe', {MSYSTEM: 'MINGW64', TERM: 'xterm'})).toBe('true');
		expect(shape('pipe', 'pipe', {TERM_PROGRAM: 'mintty'})).toBe('true');
	});

	it('a file at either end is a script or a log, not mintty\'s terminal', () => {
		expect(shape('file', 'pipe', {MSYSTEM: 'MINGW64'})).toBe('false');
		expect(shape('pipe', 'file', {MSYSTEM: 'MINGW64'})).toBe('false');
	});

	it('pipes without mintty\'s environment, or outside Windows, are just pipes', () => {
		expect(shape('pipe', 'pipe', {})).toBe('false');
		expect(shape('pipe', 'pipe', {MSYSTEM: 'MINGW64'}, 'linux')).toBe('false');
	});
});
