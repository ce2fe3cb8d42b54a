import {mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createSandbox, runCli, type Sandbox} from '../helpers/sandbox.js';
import {readOurJson} from '../helpers/json-contract.js';

let sandbox: Sandbox | undefined;
afterEach(() => sandbox?.cleanup());

const mode = (file: string) => statSync(file).mode & 0o777;
const writtenTo = (stdout: string) => /written to (\S+\.json) /.exec(stdout)?.[1] ?? '';

/** The default name a snapshot taken `minutes` later than the one named `name` gets. */
function nameLater(name: string, minutes: number): string {
	const [, head, y, mo, d, h, mi] = /^(.*-)(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)\.json$/.exec(name)!;
	const at = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi! + minutes));
	return `${head}${at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-')}.json`;
}

describe('snapshot files', () => {
	it.skipIf(process.platform === 'win32')('two snapshots in the same minute: the second never replaces the first; both are private (0600)', () => {
		sandbox = createSandbox();
		const cwd = path.join(sandbox.home, 'out');
		mkdirSync(cwd);
		const first = runCli(['snapshot', '--offline'], sandbox.env, {cwd});
		expect(first.code).toBe(0);
		const firstFile = writtenTo(first.stdout);
		expect(path.dirname(firstFile)).toBe(cwd);
		const firstBytes = readFileSync(firstFile);
		// Should the minute turn between the two runs, the next minute's name is taken too.
		const later = path.join(cwd, nameLater(path.basename(firstFile), 1));
		writeFileSync(later, 'not to be replaced');

		const second = runCli(['snapshot', '--offline'], sandbox.env, {cwd});
		expect(second.code).toBe(0);
		const secondFile = writtenTo(second.stdout);
		expect([firstFile, later]).not.toContain(secondFile);
		expect(secondFile).toMatch(/-2\.json$/);
		expect(second.stdout).toContain(`check --from ${path.basename(secondFile)}`);
		expect(readFileSync(firstFile)).toEqual(firstBytes);
		expect(readFileSync(later, 'utf8')).toBe('not to be replaced');
		expect(readOurJson('snapshot', secondFile)).toHaveProperty('calls');
		expect(mode(firstFile)).toBe(0o600);
		expect(mode(secondFile)).toBe(0o600);
		expect(readdirSync(cwd).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});

	it.skipIf(process.platform === 'win32')('-o names the file: it is replaced as asked, and private even where a readable one was', () => {
		sandbox = createSandbox();
		const file = path.join(sandbox.home, 'mine.json');
		writeFileSync(file, 'old', {mode: 0o644});
		const run = runCli(['snapshot', '--offline', '-o', file], sandbox.env);
		expect(run.code).toBe(0);
		expect(readOurJson('snapshot', file)).toHaveProperty('calls');
		expect(mode(file)).toBe(0o600);
		expect(readdirSync(sandbox.home).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});
});
