import {describe, expect, it} from 'vitest';
import {judgeTarget, parseTriple, quoteForGo, splitQuoted} from '../../source/probes/cgo.js';
import {check, windowsWorld} from '../helpers/windows-batch-worlds.js';
import {defaultGoEnv, goWorld} from '../helpers/worlds.js';

const triple = (text: string) => parseTriple(text)!;

describe('CC parsing, as cmd/internal/quoted does it', () => {
	it('splits at spaces, keeps quoted parts whole, and rejects an unterminated quote', () => {
		expect(splitQuoted('gcc -m64')).toEqual({fields: ['gcc', '-m64']});
		expect(splitQuoted('"C:\\Program Files\\mingw64\\bin\\gcc.exe" -O2')).toEqual({fields: ['C:\\Program Files\\mingw64\\bin\\gcc.exe', '-O2']});
		expect(splitQuoted("'zig' cc")).toEqual({fields: ['zig', 'cc']});
		expect(splitQuoted('C:\\Program Files\\x\\gcc.exe')).toEqual({fields: ['C:\\Program', 'Files\\x\\gcc.exe']});
		expect(splitQuoted('"gcc')).toEqual({error: 'unterminated " string'});
		expect(quoteForGo('C:\\Program Files\\x\\gcc.exe')).toBe('"C:\\Program Files\\x\\gcc.exe"');
		expect(quoteForGo('/usr/bin/gcc')).toBe('/usr/bin/gcc');
	});
});

describe('compiler targets', () => {
	it.each([
		['x86_64-w64-mingw32', 'windows', 'amd64', null],
		['x86_64-w64-windows-gnu', 'windows', 'amd64', null],
		['aarch64-w64-mingw32', 'windows', 'arm64', null],
		['x86_64-pc-msys', 'windows', 'amd64', 'msys'],
		['x86_64-pc-cygwin', 'windows', 'amd64', 'cygwin'],
		['x86_64-pc-windows-msvc', 'windows', 'amd64', 'msvc'],
		['x86_64-linux-gnu', 'windows', 'amd64', 'wrong-os'],
		['i686-w64-mingw32', 'windows', 'amd64', 'wrong-arch'],
		['x86_64-w64-mingw32', 'windows', '386', 'multilib'],
		['x86_64-linux-gnu', 'linux', 'amd64', null],
		['aarch64-linux-gnu', 'linux', 'amd64', 'wrong-arch'],
		['x86_64-w64-mingw32', 'linux', 'amd64', 'wrong-os'],
		['arm64-apple-darwin23.4.0', 'darwin', 'amd64', null],
		['x86_64-pc-linux-gnu', 'linux', 'amd64', null],
	] as const)('%s for %s/%s → %s', (target, goos, goarch, verdict) => {
		expect(judgeTarget(triple(target), goos, goarch)).toBe(verdict);
	});

	it('reads only a triple from -dumpmachine output', () => {
		expect(parseTriple('x86_64-w64-mingw32\r\n')?.raw).toBe('x86_64-w64-mingw32');
		expect(parseTriple('gcc: error: unrecognized option')).toBeNull();
	});
});

const MSYS_GCC = 'C:\\msys64\\usr\\bin\\gcc.exe';
const UCRT_GCC = 'C:\\msys64\\ucrt64\\bin\\gcc.exe';
const dumpmachine = (file: string, target: string) => ({file, args: ['-dumpmachine'], answer: {stdout: `${target}\n`}});

describe('cgo on Windows', () => {
	it('is info when cgo is off for lack of gcc on PATH, and offers the MinGW-w64 gcc found, with CGO_ENABLED=1 too', async () => {
		const sys = windowsWorld({files: {[UCRT_GCC]: {file: 'PE'}}, commands: [dumpmachine(UCRT_GCC, 'x86_64-w64-mingw32')]});
		const f = (await check(sys, ['cgo'])).cgo!;
		expect(f.status).toBe('info');
		expect(f.summary).toContain('cgo is off because no C compiler (gcc) is on PATH');
		expect(f.fixes).toHaveLength(1);
		expect(f.fixes[0]!.changes).toEqual([
			{kind: 'go-env', key: 'CC', file: 'C:\\Users\\dev\\AppData\\Roaming\\go\\env', before: {set: false}, after: {set: true, value: UCRT_GCC}},
			{kind: 'go-env', key: 'CGO_ENABLED', file: 'C:\\Users\\dev\\AppData\\Roaming\\go\\env', before: {set: false}, after: {set: true, value: '1'}},
		]);
	});

	it('is an error for an MSYS-target gcc (msys/gcc in usr\\bin), and points CC at the ucrt64 one', async () => {
		const sys = windowsWorld({
			env: {PATH: 'C:\\msys64\\usr\\bin;C:\\Program Files\\Go\\bin', CGO_ENABLED: '1'},
			goEnv: {CGO_ENABLED: '1'},
			files: {[MSYS_GCC]: {file: 'PE'}, [UCRT_GCC]: {file: 'PE'}},
			commands: [dumpmachine(MSYS_GCC, 'x86_64-pc-msys'), dumpmachine(UCRT_GCC, 'x86_64-w64-mingw32')],
		});
		const f = (await check(sys, ['cgo'])).cgo!;
		expect(f.status).toBe('error');
		expect(f.summary).toContain('C:\\msys64\\usr\\bin\\gcc.exe targets x86_64-pc-msys, not MinGW-w64');
		expect(f.fixes[0]).toMatchObject({id: 'use-mingw-gcc', changes: [{key: 'CC', after: {value: UCRT_GCC}}]});
		// CGO_ENABLED comes from the OS here: cgo is on already, only CC changes.
		expect(f.fixes[0]!.changes).toHaveLength(1);
	});

	it('is an error for MSVC cl.exe without even running it, quoting the real D8021 failure', async () => {
		const cl = 'C:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\VC\\Tools\\MSVC\\14.38.33130\\bin\\Hostx64\\x64\\cl.exe';
		const sys = windowsWorld({env: {CGO_ENABLED: '1', CC: `"${cl}"`}, goEnv: {CGO_ENABLED: '1', CC: `"${cl}"`}, files: {[cl]: {file: 'PE'}}});
		const f = (await check(sys, ['cgo'])).cgo!;
		expect(f.status).toBe('error');
		expect(f.summary).toContain("D8021 : invalid numeric argument '/Werror'");
		expect(sys.calls.some((c) => c.file === cl)).toBe(false);
	});

	it('recognises MSVC behind another name from its banner (constructed from cl\'s D9002/D8003 messages)', async () => {
		const cc = 'C:\\tools\\cc.exe';
		const banner = "Microsoft (R) C/C++ Optimizing Compiler Version 19.38.33130 for x64\r\ncl : Command line warning D9002 : ignoring unknown option '-dumpmachine'\r\ncl : Command line error D8003 : missing source filename\r\n";
		const sys = windowsWorld({env: {CGO_ENABLED: '1'}, goEnv: {CGO_ENABLED: '1', CC: cc}, files: {[cc]: {file: 'PE'}}, commands: [{file: cc, args: ['-dumpmachine'], answer: {exitCode: 2, stderr: banner}}]});
		expect((await check(sys, ['cgo'])).cgo).toMatchObject({status: 'error', summary: expect.stringContaining("CC is Microsoft's compiler")});
	});

	it('is an error for an unquoted space in CC, with a fix that quotes it', async () => {
		const gcc = 'C:\\Program Files\\mingw64\\bin\\gcc.exe';
		const sys = windowsWorld({goEnv: {CGO_ENABLED: '1', CC: gcc}, files: {[gcc]: {file: 'PE'}, 'C:\\Users\\dev\\AppData\\Roaming\\go\\env': `CC=${gcc}\nCGO_ENABLED=1\n`}});
		const f = (await check(sys, ['cgo'])).cgo!;
		expect(f.status).toBe('error');
		expect(f.summary).toContain(`quote it: "${gcc}"`);
		expect(f.fixes[0]).toMatchObject({id: 'quote-cc', changes: [{kind: 'go-env', key: 'CC', before: {set: true, value: gcc}, after: {set: true, value: `"${gcc}"`}}]});
	});

	it('is an error when cgo is on and there is no compiler at all, in Go\'s own words (%PATH% on Windows)', async () => {
		const f = (await check(windowsWorld({env: {CGO_ENABLED: '1'}, goEnv: {CGO_ENABLED: '1'}}), ['cgo'])).cgo!;
		expect(f.status).toBe('error');
		expect(f.summary).toContain('cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in %PATH%');
		expect(f.fixes).toEqual([]);
	});

	it('words a missing CC path the way os/exec does on Windows: quoted with doubled backslashes, "file does not exist"', async () => {
		const cc = 'C:\\TDM-GCC-64\\bin\\gcc.exe';
		const f = (await check(windowsWorld({env: {CGO_ENABLED: '1', CC: cc}, goEnv: {CGO_ENABLED: '1', CC: cc}}), ['cgo'])).cgo!;
		expect(f.status).toBe('error');
		expect(f.summary).toContain('cgo: C compiler "C:\\\\TDM-GCC-64\\\\bin\\\\gcc.exe" not found: exec: "C:\\\\TDM-GCC-64\\\\bin\\\\gcc.exe": file does not exist');
	});
});

describe('cgo on Linux and macOS', () => {
	it('is ok with a native gcc, and info when CGO_ENABLED=0 is set while a compiler is present', async () => {
		const gcc = '/usr/bin/gcc';
		const world = (env: Record<string, string>, goEnv: Record<string, string>) => {
			const sys = goWorld({platform: 'linux', env, goEnv: defaultGoEnv('linux', {GOHOSTOS: 'linux', GOHOSTARCH: 'amd64', CC: 'gcc', ...goEnv})});
			sys.setFile(gcc, {file: 'ELF', mode: 0o755});
			sys.addCommand(dumpmachine(gcc, 'x86_64-linux-gnu'));
			return sys;
		};
		const ok = (await check(world({}, {CGO_ENABLED: '1'}), ['cgo'])).cgo!;
		expect(ok).toMatchObject({status: 'ok', summary: 'cgo is on (default); C compiler /usr/bin/gcc targets x86_64-linux-gnu'});
		const off = (await check(world({CGO_ENABLED: '0'}, {CGO_ENABLED: '0'}), ['cgo'])).cgo!;
		expect(off.status).toBe('info');
		expect(off.summary).toContain('CGO_ENABLED=0 is set in the process environment');
		expect(off.summary).toContain('a usable C compiler is at /usr/bin/gcc');
	});

	it('does not judge the architecture of Apple clang, which builds for both with -arch', async () => {
		const clang = '/usr/bin/clang';
		const sys = goWorld({platform: 'darwin', goEnv: defaultGoEnv('darwin', {GOHOSTOS: 'darwin', GOHOSTARCH: 'amd64', CC: 'clang', CGO_ENABLED: '1'})});
		sys.setFile(clang, {file: 'MachO', mode: 0o755});
		sys.addCommand(dumpmachine(clang, 'arm64-apple-darwin24.1.0'));
		expect((await check(sys, ['cgo'])).cgo).toMatchObject({status: 'ok'});
	});
});
