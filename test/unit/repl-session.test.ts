import {createLifecycle} from '../../source/lifecycle.js';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {CommandContext} from '../../source/command-context.js';
import type {Probe} from '../../source/engine/probe.js';
import {helpText} from '../../source/cli.js';
import {createTranslator} from '../../source/i18n/index.js';
import {Journal} from '../../source/journal/journal.js';
import {lineWithout} from '../../source/repl/changes.js';
import {completeLine, type CompletionData} from '../../source/repl/complete.js';
import {storedForm} from '../../source/repl/history.js';
import {Session} from '../../source/repl/session.js';
import {execute} from '../../source/repl/table.js';
import type {ReplIo} from '../../source/repl/types.js';
import {splitWords} from '../../source/repl/words.js';
import {USER_ENVIRONMENT_KEY} from '../../source/system/registry.js';
import type {FakeSystem} from '../../source/system/fake-system.js';
import {windowsWorld} from '../helpers/windows-console-worlds.js';
import {captureIo} from '../helpers/io.js';

/**
 * The REPL's commands on a fake Windows machine: `set`, `unset` and the PATH edits become
 * registry changes through the fixes API, and `undo` puts every value back as it was.
 */

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function session(sys: FakeSystem, probes?: readonly Probe[]) {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-repl-'));
	dirs.push(dir);
	let out = '';
	let err = '';
	const io: ReplIo = {out: (text) => void (out += text), err: (text) => void (err += text), ask: async () => null, interactive: false, rows: 0};
	const t = createTranslator('en');
	const ctx: CommandContext = {io: captureIo(), sys, t, lang: 'en', langExplicit: false, values: {}, positionals: [], lifecycle: createLifecycle()};
	const s = new Session({ctx, io, offline: true, journal: new Journal({dir}), ...(probes ? {probes} : {})});
	return {
		s,
		run: async (line: string) => {
			out = '';
			err = '';
			const outcome = await execute(s, line);
			return {ok: outcome.ok, out, err};
		},
	};
}

async function userValue(sys: FakeSystem, name: string) {
	return (await sys.registry!.readKey(USER_ENVIRONMENT_KEY))?.find((v) => v.name.toLowerCase() === name.toLowerCase());
}

describe('the REPL on Windows (fake registry)', () => {
	it('set writes a registry variable with its type kept, unset removes it, undo puts each back byte for byte', async () => {
		const sys = windowsWorld();
		const {run} = session(sys);
		const gopath = await userValue(sys, 'GOPATH');
		expect(gopath).toEqual({name: 'GOPATH', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go'});

		// GOPATH comes from HKCU\Environment: that is the layer set writes by default.
		const set = await run('set GOPATH=%USERPROFILE%\\gopath --yes');
		expect(set.err).toBe('');
		expect(set.ok).toBe(true);
		expect(set.out).toContain('HKCU\\Environment  GOPATH');
		expect(set.out).toContain('New terminals get this change.');
		expect(await userValue(sys, 'GOPATH')).toEqual({name: 'GOPATH', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\gopath'});

		const proxy = await run('set HTTPS_PROXY=http://127.0.0.1:3128 --yes');
		expect(proxy.ok).toBe(true);
		expect(await userValue(sys, 'HTTPS_PROXY')).toEqual({name: 'HTTPS_PROXY', type: 'REG_SZ', data: 'http://127.0.0.1:3128'});

		const unset = await run('unset GOPATH in user --yes');
		expect(unset.ok).toBe(true);
		expect(await userValue(sys, 'GOPATH')).toBeUndefined();

		for (let i = 0; i < 3; i++) expect((await run('undo --yes')).ok).toBe(true);
		expect(await userValue(sys, 'GOPATH')).toEqual(gopath);
		expect(await userValue(sys, 'HTTPS_PROXY')).toBeUndefined();
		expect((await run('journal')).out).toMatch(/undo of entry 1: Set GOPATH in the user \(registry\)/);
	});

	it('path add, mv and rm edit the user Path entry by entry, and undo restores the value exactly', async () => {
		const sys = windowsWorld({files: {'C:\\Tools': {dir: true}}});
		const {run} = session(sys);
		const original = await userValue(sys, 'Path');

		const add = await run('path add C:\\Tools first --yes');
		expect(add.err).toBe('');
		expect(add.out).toContain('+ C:\\Tools');
		expect(add.out).toContain('new terminals still search the system entries before them');
		expect((await userValue(sys, 'Path'))!.data).toBe(`C:\\Tools;${original!.data}`);

		const mv = await run('path mv %USERPROFILE%\\go\\bin last --yes');
		expect(mv.ok).toBe(true);
		const moved = (await userValue(sys, 'Path'))!.data;
		expect(moved.startsWith('C:\\Tools;%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;C:\\Program Files\\Go\\bin;')).toBe(true);
		// Still last before the trailing `;` Windows writes.
		expect(moved.endsWith(';%USERPROFILE%\\go\\bin;')).toBe(true);

		const rm = await run('path rm C:\\Old\\Missing --yes');
		expect(rm.ok).toBe(true);
		expect((await userValue(sys, 'Path'))!.data).not.toContain('C:\\Old\\Missing');
		expect((await userValue(sys, 'Path'))!.type).toBe('REG_EXPAND_SZ');

		// A system entry needs admin: shown as such (dry run: nothing runs).
		const system = await run('path rm 1 --dry-run');
		expect(system.out).toContain('HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment  Path');
		expect(system.out).toContain('Needs admin: yes');

		for (let i = 0; i < 3; i++) expect((await run('undo --yes')).ok).toBe(true);
		expect(await userValue(sys, 'Path')).toEqual(original);
	});

	it('env lists every layer in go\'s order and marks the one go uses', async () => {
		const {run} = session(windowsWorld());
		const shown = await run('env GOPATH');
		const rows = shown.out.split('\n');
		expect(rows[0]).toBe('GOPATH = C:\\Users\\张三\\go');
		const layers = [
			/^ {2}❯ {2}this process +C:\\Users\\张三\\go$/,
			/^ {5}user \(registry\) \(HKCU\\Environment\) +%USERPROFILE%\\go +this process got it from here$/,
			/^ {5}system \(registry\) \(HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment\) +\(not set\)$/,
			/^ {5}go env file +\(not set\)$/,
			/^ {5}\$GOROOT\/go\.env +\(not set\)$/,
			/^ {5}default +\(not set\)$/,
		];
		layers.forEach((pattern, i) => expect(rows[i + 1]).toMatch(pattern));
	});

	it('env of a variable named like a secret shows its value in no layer', async () => {
		const sys = windowsWorld({env: {DB_PASS: 'DbPassw0rdPlanted'}});
		await sys.registry!.setValue(USER_ENVIRONMENT_KEY, 'DB_PASS', 'REG_SZ', 'RegistryPassw0rdPlanted');
		const {run} = session(sys);
		const shown = await run('env DB_PASS');
		expect(shown.out.split('\n')[0]).toBe('DB_PASS = ***');
		expect(shown.out).toMatch(/this process +\*\*\*/);
		expect(shown.out).toMatch(/user \(registry\).* +\*\*\*/);
		for (const secret of ['DbPassw0rdPlanted', 'RegistryPassw0rdPlanted']) expect(shown.out + shown.err).not.toContain(secret);
	});

	it('refuses what it cannot change, saying why', async () => {
		const {run} = session(windowsWorld());
		expect((await run('set PATH=C:\\x --yes')).err).toContain('PATH has its own command: path');
		expect((await run('set GOPROXY=x in profile')).err).toContain('expected "in <layer>", one of: go-env-file, registry-user, registry-system');
		expect((await run('set HTTPS_PROXY=http://p in go-env-file')).err).toContain('go env -w does not take HTTPS_PROXY');
		expect((await run('path rm 99')).err).toContain('No PATH entry "99"');
		expect((await run('fix 1')).err).toContain('No fix was offered by number yet');
		expect((await run('go build')).err).toContain('Commands cannot be run here');
	});

	it('after a change only new terminals get, says what this session still has and the command that gives it the same here', async () => {
		const sys = windowsWorld({files: {'C:\\Tools': {dir: true}}});
		const {run} = session(sys);
		const entries = () => (sys.getenv('PATH') ?? '').split(';');
		const before = sys.getenv('GOPROXY');
		expect(before).toBeUndefined();

		const user = await run('set GOPROXY=https://proxy.example.com,direct in user --yes');
		expect(user.ok).toBe(true);
		expect(user.out).toContain('This REPL is one process, like a shell: it keeps the environment it started with.');
		expect(user.out).toContain('Here GOPROXY is still (not set), and the go this REPL runs sees that.');
		expect(user.out).toContain('To have it in this session too (nothing stored, not journaled): set GOPROXY=https://proxy.example.com,direct in session');
		// The registry changed; this process did not.
		expect(sys.getenv('GOPROXY')).toBeUndefined();

		// The command it offered: this session only, nothing journaled.
		const journal = await run('journal');
		const here = await run('set GOPROXY=https://proxy.example.com,direct in session');
		expect(here.ok).toBe(true);
		expect(here.out).toContain('GOPROXY=https://proxy.example.com,direct in this REPL session');
		expect(sys.getenv('GOPROXY')).toBe('https://proxy.example.com,direct');
		expect((await run('journal')).out).toBe(journal.out);
		expect((await run('env GOPROXY')).out).toMatch(/❯ {2}this process +https:\/\/proxy\.example\.com,direct +set in this REPL session/);
		// Both agree now: nothing more to say after the same change again.
		const again = await run('set GOPROXY=https://proxy.example.com,direct in user --yes');
		expect(again.out).not.toContain('in session');

		const gone = await run('unset GOPROXY in session');
		expect(gone.ok).toBe(true);
		expect(sys.getenv('GOPROXY')).toBeUndefined();
		expect((await run('unset GOPROXY in session')).out).toContain('GOPROXY is not set in this REPL session.');

		// PATH: the entry this session lacks, and the path command that adds it here.
		const add = await run('path add C:\\Tools first --yes');
		expect(add.ok).toBe(true);
		expect(add.out).toContain('PATH here does not have C:\\Tools.');
		expect(add.out).toContain('path add C:\\Tools first in session');
		expect(entries()).not.toContain('C:\\Tools');
		expect((await run('path add C:\\Tools first in session')).ok).toBe(true);
		expect(entries()[0]).toBe('C:\\Tools');
		const moved = await run('path mv 1 last in session');
		expect(moved.ok).toBe(true);
		expect(entries().at(-1)).toBe('C:\\Tools');
		expect((await run(`path rm ${entries().length} in session`)).ok).toBe(true);
		expect(entries()).not.toContain('C:\\Tools');
		expect((await run('path add C:\\Tools in user')).err).toContain('expected "in <layer>", one of: session');
	});
});

describe('the REPL\'s snapshot', () => {
	it('runs every check once more through the recorder and writes what they read', async () => {
		const sys = windowsWorld();
		const {run} = session(sys);
		const written = await run('snapshot -o machine.json');
		expect(written.err).toBe('');
		expect(written.ok).toBe(true);
		const file = sys.path.resolve(sys.cwd(), 'machine.json');
		expect(written.out).toContain(file);
		const text = await sys.readFile(file);
		const calls = (JSON.parse(text ?? '{}') as {calls?: Array<{method: string}>}).calls ?? [];
		// The registry environment every Windows check reads, recorded as asked.
		expect(calls.some((call) => call.method.startsWith('registry.'))).toBe(true);
	});

	it('stops on Ctrl+C while its checks run, and writes nothing', async () => {
		const sys = windowsWorld();
		let started!: () => void;
		const running = new Promise<void>((resolve) => (started = resolve));
		let runs = 0;
		const hangs: Probe = {
			id: 'hangs',
			family: 'environment',
			title: 'probe.gopath.title',
			run: (ctx) =>
				new Promise((_, reject) => {
					// The session's own run starts it first: the snapshot's run is the second.
					if (++runs === 2) started();
					ctx.signal.addEventListener('abort', () => reject(new Error('stopped')), {once: true});
				}),
		};
		const {s, run} = session(sys, [hangs]);
		const snapshot = run('snapshot -o machine.json');
		await running;
		expect(s.interrupt()).toBe('checks');
		const stopped = await snapshot;
		expect(stopped.ok).toBe(false);
		expect(stopped.err).toContain('stopped');
		expect(await sys.readFile(sys.path.resolve(sys.cwd(), 'machine.json'))).toBeNull();
	});
});

describe('completion, as a pure function of the line', () => {
	const data: CompletionData = {
		findings: ['go-env-file', 'go-on-path', 'goproxy'],
		fixesOf: (id) => (id === 'go-env-file' ? ['unset-go-env-file', 'go-env-unset-goflags'] : []),
		entries: ['3', '2', '1'],
		settings: ['GOPROXY', 'GOPRIVATE', 'GOFLAGS'],
		layers: ['go-env-file', 'shell-profile'],
		pathEntries: ['/usr/local/go/bin', '/opt/My Tools/bin'],
	};
	it('completes commands, ids, fixes, entries, settings, layers and PATH entries', () => {
		expect(completeLine('', data)[0]).toContain('explain');
		expect(completeLine('sh', data)).toEqual([['show'], 'sh']);
		expect(completeLine('show go-', data)).toEqual([['go-env-file', 'go-on-path'], 'go-']);
		expect(completeLine('fix go-env-file go-', data)).toEqual([['go-env-unset-goflags'], 'go-']);
		expect(completeLine('fix go-env-file --d', data)).toEqual([['--dry-run'], '--d']);
		expect(completeLine('undo ', data)).toEqual([['1', '2', '3', 'last'], '']);
		expect(completeLine('set GOPR', data)).toEqual([['GOPRIVATE=', 'GOPROXY='], 'GOPR']);
		expect(completeLine('set GOPROXY=off i', data)).toEqual([['in'], 'i']);
		expect(completeLine('set GOPROXY=off in sh', data)).toEqual([['shell-profile'], 'sh']);
		expect(completeLine('unset GOF', data)).toEqual([['GOFLAGS'], 'GOF']);
		expect(completeLine('env GOPROXY GOF', data)).toEqual([['GOFLAGS'], 'GOF']);
		// A PATH entry with a space comes back quoted, so the line reads it as one word.
		expect(completeLine('path rm /opt/My', data)).toEqual([['/opt/My" Tools/bin"'], '/opt/My']);
		expect(completeLine('path rm "/opt/My', data)).toEqual([['"/opt/My Tools/bin"'], '"/opt/My']);
		expect(completeLine('path mv /usr/local/go/bin ', data)).toEqual([['first', 'last'], '']);
		expect(completeLine('lang z', data)).toEqual([['zh-CN'], 'z']);
		expect(completeLine('help un', data)).toEqual([['undo', 'unset'], 'un']);
	});
	it('folds case on Windows', () => {
		expect(completeLine('path rm c:\\prog', {...data, pathEntries: ['C:\\Program Files\\Go\\bin'], caseInsensitive: true})).toEqual([['c:\\prog"ram Files\\Go\\bin"'], 'c:\\prog']);
		expect(splitWords('path rm c:\\prog"ram Files\\Go\\bin"').map((w) => w.text)).toEqual(['path', 'rm', 'c:\\program Files\\Go\\bin']);
	});
});

describe('pieces', () => {
	it('--help names goenv-tui repl, in both languages', () => {
		for (const lang of ['en', 'zh-CN'] as const) expect(helpText(createTranslator(lang), ['go-on-path'])).toContain('goenv-tui repl [--offline] [--keep-going]');
	});

	it('history keeps one line a command, without secrets', () => {
		expect(storedForm('set GOPROXY=https://dev:hunter2@proxy.example.com,direct')).toBe('set GOPROXY=https://dev:***@proxy.example.com,direct');
		expect(storedForm('set GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz012345 in profile')).not.toContain('ghp_');
	});

	it('takes a folder out of a profile line that adds it to PATH, or the whole line', () => {
		const forms = ['$HOME/go/bin', '/home/dev/go/bin'];
		expect(lineWithout('export PATH="$HOME/go/bin:$PATH"', forms)).toBeNull();
		expect(lineWithout('export PATH=$PATH:$HOME/go/bin', forms)).toBeNull();
		expect(lineWithout('export PATH="$PATH:/usr/local/go/bin:$HOME/go/bin"', forms)).toBe('export PATH="$PATH:/usr/local/go/bin"');
		expect(lineWithout('fish_add_path --append $HOME/go/bin', forms)).toBeNull();
		expect(lineWithout('alias gob="$HOME/go/bin/x"', forms)).toBeUndefined();
	});
});
