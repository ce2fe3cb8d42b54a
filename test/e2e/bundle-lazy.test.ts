import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {build, type Metafile} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {buildOptions} from '../../scripts/build-options.js';
import {POINTER} from '../../source/layout/glyphs.js';
import {ROOT, createSandbox, type Sandbox} from '../helpers/sandbox.js';
import {startTerminal, type TerminalSession} from '../helpers/terminal.js';

/**
 * What each mode of the real bundle loads, observed: the bundle is built exactly as
 * `npm run build` builds it (plus a metafile that says which sources each chunk holds), then
 * run under a module hook that records every file the ESM loader resolves. `check --json`,
 * `--version` and `--help` must never load Ink, React, yoga or the screens; the live checklist
 * must (which also shows the recorder sees lazily loaded chunks), and must work: the bundled
 * lazy path is where a yoga / top-level-await deadlock in bundles has been reported. The
 * journal and the fixes (conf and its schema validator) wait for their first use.
 */

const UI = /^(node_modules\/(ink|react|react-reconciler|yoga-layout|scheduler)\/|source\/(ink\/|screens\/))/;

let dir: string;
let sourcesOf: Map<string, string[]>;
let sandbox: Sandbox;
let session: TerminalSession | undefined;

beforeAll(async () => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-bundle-'));
	const result = await build(buildOptions({outdir: path.join(dir, 'dist'), metafile: true}));
	const meta = result.metafile as Metafile;
	sourcesOf = new Map(Object.entries(meta.outputs).map(([file, output]) => [path.resolve(ROOT, file), Object.keys(output.inputs)]));
	mkdirSync(path.join(dir, 'bin'));
	copyFileSync(path.join(ROOT, 'bin', 'goenv-tui.js'), path.join(dir, 'bin', 'goenv-tui.js'));
	copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
	writeFileSync(
		path.join(dir, 'hooks.mjs'),
		"import {appendFileSync} from 'node:fs';\n" +
			'export async function resolve(specifier, context, next) {\n' +
			'\tconst result = await next(specifier, context);\n' +
			"\tif (result.url.startsWith('file:')) appendFileSync(process.env.GOENV_TUI_LOADED, result.url + '\\n');\n" +
			'\treturn result;\n' +
			'}\n',
	);
	writeFileSync(
		path.join(dir, 'register.mjs'),
		"import {appendFileSync} from 'node:fs';\nimport {register} from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n" +
			// Node's own fetch (undici), which yoga's wasm loader would pull in (see scripts/build-options.js).
			"process.on('exit', () => { if (process.moduleLoadList.some((m) => m.includes('undici'))) appendFileSync(process.env.GOENV_TUI_LOADED, 'node:undici\\n'); });\n",
	);
	sandbox = createSandbox();
});

afterAll(() => {
	session?.kill();
	sandbox?.cleanup();
	rmSync(dir, {recursive: true, force: true});
});

/** Node arguments that run the temp bundle's bin with the recorder, and the file it writes. */
function recorded(name: string): {args: string[]; log: string} {
	const log = path.join(dir, `${name}.loaded`);
	rmSync(log, {force: true});
	return {args: ['--import', pathToFileURL(path.join(dir, 'register.mjs')).href, path.join(dir, 'bin', 'goenv-tui.js')], log};
}

/** The sources held by the chunks a run loaded. */
function loadedSources(log: string): {chunks: string[]; sources: string[]; undici: boolean} {
	const lines = [...new Set(readFileSync(log, 'utf8').trim().split('\n'))];
	const files = lines.filter((line) => line.startsWith('file:')).map((url) => new URL(url).pathname);
	const chunks = files.filter((file) => sourcesOf.has(file));
	return {chunks, sources: chunks.flatMap((chunk) => sourcesOf.get(chunk)!), undici: lines.includes('node:undici')};
}

describe('the bundle, mode by mode', () => {
	it.each([
		['--version', ['--version']],
		['--help', ['--help']],
		['check --json', ['check', '--offline', '--json']],
		['check (text)', ['check', '--offline']],
	])('%s never loads Ink, React, yoga or the screens', (name, args) => {
		const {args: node, log} = recorded(name.replace(/\W+/g, '-'));
		const run = spawnSync(process.execPath, [...node, ...args], {env: {...sandbox.env, GOENV_TUI_LOADED: log}, cwd: sandbox.home, encoding: 'utf8', timeout: 120_000});
		expect(run.status === 0 || run.status === 1).toBe(true);
		const {chunks, sources} = loadedSources(log);
		expect(chunks.length).toBeGreaterThan(0);
		expect(sources.filter((source) => UI.test(source))).toEqual([]);
		expect(sources.filter((source) => /^node_modules\/(conf|ajv)\//.test(source))).toEqual([]);
	});

	it('--version loads neither the message catalogue nor the checks: it prints a constant', () => {
		const {args: node, log} = recorded('version-only');
		const run = spawnSync(process.execPath, [...node, '--version'], {env: {...sandbox.env, GOENV_TUI_LOADED: log}, cwd: sandbox.home, encoding: 'utf8', timeout: 120_000});
		expect(run.status).toBe(0);
		const {sources} = loadedSources(log);
		expect(sources).toContain('source/cli.ts');
		expect(sources.filter((source) => /^source\/(i18n\/messages|probes|explain|engine)\//.test(source))).toEqual([]);
	});

	it('the explain command\'s matcher and report load only for explain', () => {
		for (const [name, args] of [
			['check-no-explain', ['check', '--offline', '--json', '--only', 'go-on-path']],
			['help-no-explain', ['--help']],
		] as const) {
			const {args: node, log} = recorded(name);
			spawnSync(process.execPath, [...node, ...args], {env: {...sandbox.env, GOENV_TUI_LOADED: log}, cwd: sandbox.home, encoding: 'utf8', timeout: 120_000});
			expect(loadedSources(log).sources).not.toContain('source/report/explain.ts');
		}
		const {args: node, log} = recorded('explain');
		const run = spawnSync(process.execPath, [...node, 'explain', '-'], {env: {...sandbox.env, GOENV_TUI_LOADED: log}, cwd: sandbox.home, encoding: 'utf8', input: 'go: cannot find GOROOT directory: /nowhere\n', timeout: 120_000});
		expect(run.status).toBe(0);
		expect(loadedSources(log).sources).toEqual(expect.arrayContaining(['source/report/explain.ts', 'source/explain/rules.ts']));
	});

	it('the live checklist loads Ink lazily, and it works: keys move, q quits with 0', async () => {
		const {args, log} = recorded('interactive');
		// The shell prints the exit code once the program has ended.
		const script = `"${process.execPath}" ${args.map((a) => `"${a}"`).join(' ')}; echo "EXIT=$?"`;
		session = startTerminal('/bin/sh', ['-c', script], {env: {...sandbox.env, GOENV_TUI_LOADED: log}, cwd: sandbox.home});
		const rowOf = (lines: string[], title: string) => lines.find((l) => l.includes(title)) ?? '';
		await session.waitForScreen((lines) => rowOf(lines, 'go on PATH').startsWith(POINTER));
		// Only Ink reads an arrow (the frames before it read plain keys only): the pointer moving
		// on ↓ proves the UI chunk loaded and runs.
		session.write('\u001B[B');
		await session.waitForScreen((lines) => rowOf(lines, 'GOROOT').startsWith(POINTER));
		session.write('q');
		const after = await session.waitForScreen((lines) => lines.some((l) => l.startsWith('EXIT=')));
		expect(after.find((l) => l.startsWith('EXIT='))).toBe('EXIT=0');
		const {sources, undici} = loadedSources(log);
		expect(sources).toContain('source/ink/tui.tsx');
		// yoga's wasm is decoded directly, not fetched from a data: URL through Node's fetch.
		expect(undici).toBe(false);
		expect(sources.some((source) => source.startsWith('node_modules/ink/'))).toBe(true);
		expect(sources.some((source) => source.startsWith('node_modules/yoga-layout/'))).toBe(true);
	});

	it('ships no React devtools and no WebSocket library', () => {
		const all = [...sourcesOf.values()].flat();
		expect(all.filter((source) => /node_modules\/(ws|react-devtools-core)\//.test(source))).toEqual([]);
	});
});
