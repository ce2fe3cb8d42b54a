import {afterEach, describe, expect, it} from 'vitest';
import {captureIo} from '../helpers/io.js';
import {main, run} from '../../source/cli.js';
import {createTranslator} from '../../source/i18n/index.js';
import {exitCodeOf, STOP_SIGNALS} from '../../source/lifecycle.js';
import {countsLine} from '../../source/report/text.js';
import {defaultGoEnv, goWorld} from '../helpers/worlds.js';

/**
 * The exit codes of `check` and what the bare command does without a terminal, through the
 * real command line on fake worlds: 0 no errors, 1 errors (with --strict warnings and unknowns
 * too), 2 usage error or internal failure.
 */

const only = ['check', '--json', '--offline', '--only', 'go111module'];

afterEach(() => {
	process.exitCode = undefined;
});

describe('exit codes of check', () => {
	it('is 0 with a warning, and 1 with the same warning under --strict', async () => {
		const world = () => goWorld({platform: 'linux', env: {GO111MODULE: 'off'}, goEnv: defaultGoEnv('linux', {GO111MODULE: 'off'})});
		const io = captureIo();
		expect(await main(only, io, world())).toBe(0);
		expect(JSON.parse(io.out()).findings.map((f: {id: string; status: string}) => `${f.id}:${f.status}`)).toEqual(['go111module:warn']);
		expect(await main([...only, '--strict'], captureIo(), world())).toBe(1);
	});

	it('is 1 with an error, with or without --strict', async () => {
		const world = () => goWorld({platform: 'linux', goEnv: 'go: cannot find GOROOT directory: /nonexistent'});
		expect(await main(['check', '--json', '--offline', '--only', 'go-on-path'], captureIo(), world())).toBe(1);
		expect(await main(['check', '--json', '--offline', '--only', 'go-on-path', '--strict'], captureIo(), world())).toBe(1);
	});

	it('is 0 when everything asked for is fine, also under --strict', async () => {
		expect(await main([...only, '--strict'], captureIo(), goWorld({platform: 'linux'}))).toBe(0);
	});

	it('is 2 for an --only that names no check (an empty variable in a script), not a pass that checked nothing', async () => {
		for (const value of ['', ',', ' , ']) {
			const io = captureIo();
			expect(await main(['check', '--json', '--only', value], io, goWorld({platform: 'linux'}))).toBe(2);
			expect(io.out()).toBe('');
			expect(io.err()).toContain('--only needs at least one check id');
		}
	});

	it('--help names the code of every stop signal, in both languages', async () => {
		for (const lang of ['en', 'zh-CN']) {
			const io = captureIo();
			expect(await main(['--help', '--lang', lang], io, goWorld({platform: 'linux'}))).toBe(0);
			const codes = /^(?:Exit codes|退出码)[:：].*$/m.exec(io.out())?.[0] ?? '';
			for (const signal of STOP_SIGNALS) {
				expect(codes, lang).toContain(String(exitCodeOf(signal)));
				expect(codes, lang).toContain(signal === 'SIGINT' ? 'Ctrl+C' : signal);
			}
		}
	});

	it.each([
		['undo', 'abc'],
		['undo', '0'],
		['undo', '1.5'],
		['undo', '1', '2'],
		['journal', '--rollback', 'abc'],
		['journal', '--resolve'],
		['journal', 'extra'],
		['explain', '--bogus'],
		['explain', 'a', 'b'],
		['snapshot', '--bogus'],
		['repl', '--bogus'],
		['report', '--bogus'],
		['check', '--only'],
		['check', '--from'],
		['check', 'extra'],
		['fix'],
		['fix', 'no-such-check'],
		['no-such-command'],
	].map((args) => [args.join(' '), args] as const))('a usage error is 2, said on stderr with nothing on stdout: %s', async (_line, args) => {
		const io = captureIo();
		expect(await main(args, io, goWorld({platform: 'linux'}))).toBe(2);
		expect(io.out()).toBe('');
		expect(io.err()).toMatch(/^goenv-tui: .+\n/);
	});

	it('is 2 on an internal failure, with the error on stderr', async () => {
		const io = captureIo();
		io.stdout.write = () => {
			throw new Error('stdout went away');
		};
		expect(await run(['--version'], io)).toBe(2);
		expect(process.exitCode).toBe(2);
		expect(io.err()).toContain('stdout went away');
	});
});

describe('the bare command without an interactive terminal', () => {
	it('prints the text report and names the ways out under Git Bash (mintty) without ConPTY', async () => {
		const io = captureIo({MSYSTEM: 'MINGW64', TERM_PROGRAM: 'mintty'});
		// The fake Windows world has no PowerShell and cannot build: errors there are expected.
		expect([0, 1]).toContain(await main(['--offline'], io, goWorld({platform: 'win32'})));
		expect(io.out()).toContain('go-on-path');
		expect(io.out()).not.toMatch(/\u001B/);
		expect(io.err().trim().split('\n')).toHaveLength(1);
		for (const way of ['goenv-tui repl', 'winpty npx.cmd goenv-tui', 'Windows Terminal', 'MSYS=enable_pcon']) expect(io.err()).toContain(way);
	});

	it('says why: output to a pipe, or CI set even when both ends are terminals', async () => {
		const piped = captureIo();
		await main(['--offline'], piped, goWorld({platform: 'linux'}));
		expect(piped.err()).toContain('Output goes to a pipe or a file');
		expect(piped.err()).not.toContain('winpty');
		// The prompt that works without a full-screen terminal is named.
		expect(piped.err()).toContain('"goenv-tui repl"');
		const ci = captureIo({CI: 'true', NO_COLOR: '1', TERM: 'xterm'}, true);
		await main(['--offline'], ci, goWorld({platform: 'linux'}));
		expect(ci.out()).toContain('go-on-path');
		expect(ci.err()).toContain('CI=true is set');
		expect(ci.err()).not.toContain('pipe');
	});

	it('takes an unset TERM as "unknown terminal" outside Windows only: Windows consoles never set it', async () => {
		const linux = captureIo({NO_COLOR: '1'}, true);
		await main(['--offline'], linux, goWorld({platform: 'linux'}));
		expect(linux.err()).toContain('TERM is not set');
		const stdinRedirected = captureIo({TERM: 'xterm'});
		Object.assign(stdinRedirected.stdout, {isTTY: true});
		await main(['--offline'], stdinRedirected, goWorld({platform: 'linux'}));
		expect(stdinRedirected.err()).toContain('standard input is redirected');
	});
});

describe('the counts line of the text report', () => {
	it('says "1 check" for one check and "N checks" otherwise, in both languages', () => {
		const en = createTranslator('en');
		expect(countsLine(['warn'], 200, en)).toBe('1 check: 1 warning · 0.2 s');
		expect(countsLine(['ok', 'warn'], 1000, en)).toBe('2 checks: 1 ok, 1 warning · 1.0 s');
		expect(countsLine(['ok'], 0, createTranslator('zh-CN'))).toMatch(/^共 1 项检查：/);
	});
});
