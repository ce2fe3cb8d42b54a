import {describe, expect, it} from 'vitest';
import {DELVE_RELEASES, delveVersionFor, delveWindow, goplsVersionFor} from '../../source/data/delve-compat.js';
import {parseGoVersionM} from '../../source/facts/tools.js';
import type {FakeSystem} from '../../source/system/fake-system.js';
import {defaultGoEnv, goWorld} from '../helpers/worlds.js';
import {WIN_GO_ENV, check, windowsWorld} from '../helpers/windows-batch-worlds.js';

/** `go version -m` output for one binary, in the shape go 1.26 prints (see the real test). */
function buildInfo(file: string, go: string, pkg: string, module: string, version: string, goos = 'linux'): string {
	return [`${file}: ${go}`, `\tpath\t${pkg}`, `\tmod\t${module}\t${version}\th1:abc=`, '\tbuild\t-compiler=gc', `\tbuild\tGOOS=${goos}`, '\tbuild\tGOARCH=amd64'].join('\n');
}

/**
 * A fake `go version -m` that answers for the files asked, like the real one (one run for
 * all). It takes the place of the world's go, so it answers `go env -json` too.
 */
function answerVersionM(sys: FakeSystem, goBin: string, infos: Record<string, string>, goEnv: Record<string, string>) {
	sys.addCommand({
		file: goBin,
		answer: (request) => {
			if (request.args.join(' ') === 'env -json') return {stdout: JSON.stringify(goEnv)};
			if (request.args[0] !== 'version' || request.args[1] !== '-m') return {exitCode: 2, stderr: 'unexpected'};
			const files = request.args.slice(2);
			const known = files.filter((f) => infos[f]);
			const unknown = files.filter((f) => !infos[f]);
			return {
				exitCode: unknown.length > 0 ? 1 : 0,
				stdout: known.map((f) => infos[f]).join('\n') + '\n',
				stderr: unknown.map((f) => `${f}: could not read Go build info from ${f}: not a Go executable\n`).join(''),
			};
		},
	});
}

const LINUX_GO = '/usr/local/go/bin/go';
const DLV = 'github.com/go-delve/delve/cmd/dlv';
const GOPLS = 'golang.org/x/tools/gopls';

function linuxTools(spec: {files: Record<string, string>; goVersion?: string; goos?: string; path?: string; goexperiment?: string}) {
	const goEnv = defaultGoEnv('linux', {GOVERSION: spec.goVersion ?? 'go1.26.8', GOBIN: '', GOEXE: '', GOOS: spec.goos ?? 'linux', GOEXPERIMENT: spec.goexperiment ?? ''});
	const sys = goWorld({platform: 'linux', env: {PATH: spec.path ?? '/usr/local/go/bin:/home/dev/go/bin:/usr/bin'}, goEnv});
	for (const file of Object.keys(spec.files)) sys.setFile(file, {file: 'ELF', mode: 0o755});
	answerVersionM(sys, LINUX_GO, spec.files, goEnv);
	return sys;
}

describe('go version -m parsing', () => {
	it('matches Windows paths with ": " inside them by the names asked for', () => {
		const file = 'C:\\Users\\dev\\go\\bin\\dlv.exe';
		const out = parseGoVersionM(`${buildInfo(file, 'go1.22.5', DLV, 'github.com/go-delve/delve', 'v1.22.1', 'windows')}\r\n`, [file]);
		expect(out.get(file)).toEqual({
			goVersion: 'go1.22.5',
			path: DLV,
			module: {path: 'github.com/go-delve/delve', version: 'v1.22.1'},
			settings: {'-compiler': 'gc', GOOS: 'windows', GOARCH: 'amd64'},
		});
	});
});

describe('Delve data', () => {
	it('knows each release window and picks the Delve to install for a Go', () => {
		expect(DELVE_RELEASES.at(-1)).toEqual({version: 'v1.27.2', minGoMinor: 25, maxGoMinor: 27});
		expect(delveWindow('v1.25.0')).toEqual({known: true, minGoMinor: 21, maxGoMinor: 24, basedOn: 'v1.25.0'});
		expect(delveWindow('v1.26.4')).toMatchObject({known: true, maxGoMinor: 26, basedOn: 'v1.26.3'});
		expect(delveWindow('v1.9.1')).toEqual({known: 'older', maxGoMinor: 20, basedOn: 'v1.20.0'});
		expect(delveWindow('v1.28.0')).toEqual({known: false, newestKnown: 'v1.27.2'});
		expect(delveWindow('(devel)')).toBeNull();
		expect(delveVersionFor(26)).toBe('latest');
		expect(delveVersionFor(22)).toBe('v1.25.2');
		expect(delveVersionFor(18)).toBe('v1.21.0');
		expect(goplsVersionFor(17)).toBe('v0.11.0');
		expect(goplsVersionFor(26)).toBe('latest');
		expect(goplsVersionFor(12)).toBeNull();
	});
});

describe('dlv', () => {
	it('is an error quoting Delve\'s real message when Delve is too old for the Go in use', async () => {
		const dlv = '/home/dev/go/bin/dlv';
		const sys = linuxTools({files: {[dlv]: buildInfo(dlv, 'go1.24.3', DLV, 'github.com/go-delve/delve', 'v1.25.0')}});
		const f = (await check(sys, ['dlv'])).dlv!;
		expect(f.status).toBe('error');
		expect(f.summary).toContain(
			'Version of Delve is too old for Go version go1.26.8 (maximum supported version 1.24, suppress this error with --check-go-version=false)',
		);
		expect(f.fixes[0]).toMatchObject({
			id: 'go-install-dlv',
			changes: [{kind: 'command', argv: [LINUX_GO, 'install', `${DLV}@latest`], replaces: ['/home/dev/go/bin/dlv'], irreversible: false}],
		});
	});

	it('is an error with the DWARF 5 message when a current Delve was built by Go older than 1.25, but not on darwin', async () => {
		const dlv = '/home/dev/go/bin/dlv';
		const files = {[dlv]: buildInfo(dlv, 'go1.24.9', DLV, 'github.com/go-delve/delve', 'v1.26.1')};
		const linux = (await check(linuxTools({files}), ['dlv'])).dlv!;
		expect(linux.status).toBe('error');
		expect(linux.summary).toContain('To debug executables using DWARFv5 or later Delve must be built with Go version 1.25.0 or later');
		const noDwarf5 = (await check(linuxTools({files, goexperiment: 'nodwarf5'}), ['dlv'])).dlv!;
		expect(noDwarf5.status).toBe('warn');
		expect(noDwarf5.summary).toContain('needs recompiling to work with go1.26.8');
	});

	it('finds a stale dlv in GOROOT/bin that shadows the one go install updates (delve#1974)', async () => {
		const stale = '/usr/local/go/bin/dlv';
		const fresh = '/home/dev/go/bin/dlv';
		const sys = linuxTools({
			files: {
				[stale]: buildInfo(stale, 'go1.26.8', DLV, 'github.com/go-delve/delve', 'v1.26.3'),
				[fresh]: buildInfo(fresh, 'go1.26.8', DLV, 'github.com/go-delve/delve', 'v1.27.2'),
			},
		});
		const f = (await check(sys, ['dlv'])).dlv!;
		expect(f.status).toBe('warn');
		expect(f.summary).toBe('a stale dlv at /usr/local/go/bin/dlv (GOROOT/bin) runs instead of /home/dev/go/bin/dlv, the one go install updates');
		expect(f.fixes.map((x) => x.id)).toEqual(['remove-stale-dlv']);
		expect(f.fixes[0]!.manualCommands).toEqual(['rm /usr/local/go/bin/dlv']);
		const table = f.evidence[0]!;
		expect(table).toMatchObject({kind: 'table', rows: [{path: stale, where: 'PATH #1, GOROOT/bin', note: 'runs'}, {path: fresh, where: 'PATH #2, GOPATH/bin', note: 'shadowed; go install writes here'}]});
	});

	it('runs go version -m once for every copy of gopls and dlv together', async () => {
		const gopls = '/home/dev/go/bin/gopls';
		const dlv = '/home/dev/go/bin/dlv';
		const sys = linuxTools({
			files: {[gopls]: buildInfo(gopls, 'go1.26.8', GOPLS, GOPLS, 'v0.23.0'), [dlv]: buildInfo(dlv, 'go1.26.8', DLV, 'github.com/go-delve/delve', 'v1.27.2')},
		});
		const f = await check(sys, ['gopls', 'dlv']);
		expect(f.gopls).toMatchObject({status: 'ok', summary: 'gopls v0.23.0 (built with go1.26.8) at /home/dev/go/bin/gopls'});
		expect(f.dlv).toMatchObject({status: 'ok'});
		expect(sys.calls.filter((c) => c.args[0] === 'version' && c.args[1] === '-m')).toHaveLength(1);
	});
});

describe('secrets in build information', () => {
	it('never shows a token a tool was built with (-ldflags -X) in the evidence', async () => {
		const gopls = '/home/dev/go/bin/gopls';
		const token = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
		const info = `${buildInfo(gopls, 'go1.26.8', GOPLS, GOPLS, 'v0.23.0')}\n\tbuild\t-ldflags="-X main.token=${token}"`;
		const f = (await check(linuxTools({files: {[gopls]: info}}), ['gopls'])).gopls!;
		expect(f.status).toBe('ok');
		expect(JSON.stringify(f)).not.toContain(token);
		expect(JSON.stringify(f.evidence)).toContain('-ldflags');
	});
});

describe('gopls', () => {
	it('warns when it was built by an older Go, and rebuilds it with go install (backed up)', async () => {
		const gopls = '/home/dev/go/bin/gopls';
		const f = (await check(linuxTools({files: {[gopls]: buildInfo(gopls, 'go1.25.4', GOPLS, GOPLS, 'v0.20.0')}}), ['gopls'])).gopls!;
		expect(f.status).toBe('warn');
		expect(f.summary).toBe('gopls at /home/dev/go/bin/gopls was built with go1.25.4 and needs recompiling to work with go1.26.8');
		expect(f.fixes[0]!.changes[0]).toMatchObject({kind: 'command', argv: [LINUX_GO, 'install', `${GOPLS}@latest`], replaces: [gopls]});
		expect(f.fixes[0]!.reversible).toBe(true);
	});

	it('is info when not installed, offering to install it into GOPATH/bin', async () => {
		const f = (await check(linuxTools({files: {}}), ['gopls'])).gopls!;
		expect(f.status).toBe('info');
		expect(f.fixes[0]).toMatchObject({id: 'go-install-gopls', changes: [{replaces: ['/home/dev/go/bin/gopls']}]});
	});

	it('says so when the copy that runs is a shim without Go build information (Scoop), on Windows', async () => {
		const shim = 'C:\\Users\\dev\\scoop\\shims\\gopls.exe';
		const sys = windowsWorld({env: {PATH: 'C:\\Users\\dev\\scoop\\shims;C:\\Program Files\\Go\\bin'}, files: {[shim]: {file: 'PE'}}});
		answerVersionM(sys, 'C:\\Program Files\\Go\\bin\\go.exe', {}, defaultGoEnv('win32', WIN_GO_ENV));
		const f = (await check(sys, ['gopls'])).gopls!;
		expect(f.status).toBe('info');
		expect(f.summary).toContain(`could not read build information from ${shim}`);
	});
});
