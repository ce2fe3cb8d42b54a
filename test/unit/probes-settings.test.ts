import {describe, expect, it} from 'vitest';
import {Facts} from '../../source/facts/facts.js';
import {goSetting, provenanceNames} from '../../source/facts/go-settings.js';
import {compareGoVersions, isLanguageVersion, versionFromGoVersionString} from '../../source/facts/gover.js';
import {parseGoDirectives} from '../../source/facts/go-mod-file.js';
import {parseProfile} from '../../source/facts/shell-profiles.js';
import {parseGotoolchain} from '../../source/probes/gotoolchain.js';
import type {FakeEntry} from '../../source/system/fake-system.js';
import {checkAll, GO_BIN, smokeCommands, USER, windowsWorld} from '../helpers/windows-console-worlds.js';
import {defaultGoEnv, goWorld, type GoWorld} from '../helpers/worlds.js';

/** A Linux machine with Go in /usr/local/go, a home in /home/dev and a working test build. */
function linux(spec: {env?: Record<string, string>; files?: Record<string, FakeEntry>; goEnv?: Record<string, string> | string; otherGos?: GoWorld['otherGos']} = {}) {
	const goEnv = typeof spec.goEnv === 'string' ? spec.goEnv : defaultGoEnv('linux', {GOHOSTOS: 'linux', GOHOSTARCH: 'amd64', GOEXE: '', GOMOD: '/dev/null', ...spec.goEnv});
	const sys = goWorld({platform: 'linux', env: spec.env, files: {'/home/dev': {dir: true}, ...spec.files}, goEnv, otherGos: spec.otherGos});
	const exe = typeof goEnv === 'string' ? '' : (goEnv.GOEXE ?? '');
	for (const command of smokeCommands('/usr/local/go/bin/go', `/tmp/goenv-tui-smoke-1/smoke${exe}`)) sys.addCommand(command);
	return sys;
}

describe('shell profiles, read as data', () => {
	it('finds export, declare -x, assign-then-export and fish set -x lines, not comments', () => {
		const bash = parseProfile('/home/dev/.bashrc', '# export GOROOT=/old\nexport GOROOT=/usr/local/go\ndeclare -x GOOS="windows"\nGOARCH=arm64; export GOARCH\nexport PATH="$PATH:$HOME/go/bin"  # tools\n');
		expect(bash.map((l) => [l.name, l.value, l.lineNumber])).toEqual([
			['GOROOT', '/usr/local/go', 2],
			['GOOS', 'windows', 3],
			['GOARCH', 'arm64', 4],
			['PATH', '$PATH:$HOME/go/bin', 5],
		]);
		const fish = parseProfile('/home/dev/.config/fish/config.fish', 'set -gx GOPROXY https://goproxy.cn,direct\nset -l LOCAL x\nset --export GOFLAGS "-mod=mod"\n');
		expect(fish.map((l) => [l.name, l.value])).toEqual([
			['GOPROXY', 'https://goproxy.cn,direct'],
			['GOFLAGS', '-mod=mod'],
		]);
	});

	it('traces an OS variable to the profile line that exports it, and removes exactly that line', async () => {
		const sys = linux({
			env: {GO111MODULE: 'off'},
			goEnv: {GO111MODULE: 'off'},
			files: {'/home/dev/.zshrc': 'alias g=git\nexport GO111MODULE=off\n'},
		});
		const origin = await goSetting(new Facts(sys), 'GO111MODULE');
		expect(origin).toMatchObject({source: 'shell-profile', where: '/home/dev/.zshrc', line: 2});
		const f = await checkAll(sys);
		expect(f.go111module!.summary).toBe('GO111MODULE=off is set in the shell profile (/home/dev/.zshrc:2): modules are disabled, GOPROXY is ignored and go get fails');
		expect(f.go111module!.fixes).toEqual([
			expect.objectContaining({
				id: 'unset-profile-line',
				changes: [{kind: 'profile-line', file: '/home/dev/.zshrc', before: {line: 'export GO111MODULE=off', lineNumber: 2}, after: {line: null}}],
			}),
		]);
	});
});

describe('go-env-file', () => {
	const file = '/home/dev/.config/go/env';

	it('is an error for an empty GOPROXY= line, which hides the default, with a go env -u fix', async () => {
		const f = await checkAll(linux({files: {[file]: 'GOPROXY=\n'}, goEnv: {GOPROXY: ''}}));
		expect(f['go-env-file']).toMatchObject({status: 'error'});
		expect(f['go-env-file']!.summary).toContain('line 1 says GOPROXY= with nothing after it');
		expect(f['go-env-file']!.fixes).toEqual([
			expect.objectContaining({id: 'go-env-unset-goproxy', changes: [{kind: 'go-env', key: 'GOPROXY', file, before: {set: true, value: ''}, after: {set: false}}]}),
		]);
	});

	it('warns about GOROOT in the file, names Go does not know (GOCERTFILE), and a line an OS variable overrides', async () => {
		const f = await checkAll(
			linux({
				env: {GOPROXY: 'https://goproxy.cn,direct'},
				files: {[file]: 'GOROOT=/usr/local/go\nGOCERTFILE=/etc/corp.pem\nGOPROXY=https://goproxy.io\nGOPROXYY=x\n'},
				goEnv: {GOPROXY: 'https://goproxy.cn,direct'},
			}),
		);
		const {status, summary, fixes} = f['go-env-file']!;
		expect(status).toBe('warn');
		expect(summary).toContain('GOROOT=/usr/local/go is written in the file');
		expect(summary).toContain('GOCERTFILE is not a Go setting and does nothing: Go uses the system certificate store on Windows and macOS');
		expect(summary).toContain('GOPROXY=https://goproxy.io in the file has no effect: the OS variable GOPROXY=https://goproxy.cn,direct from the process environment wins');
		expect(summary).toContain('GOPROXYY is not a name go knows');
		expect(fixes.map((x) => x.id)).toEqual(['clean-go-env-file', 'go-env-unset-goroot', 'go-env-unset-gocertfile', 'go-env-unset-goproxyy']);
	});

	it('is an error for a GOFLAGS go cannot parse, quoting go itself', async () => {
		const sys = linux({files: {[file]: 'GOFLAGS=mod=mod\n'}, goEnv: {GOFLAGS: 'mod=mod'}});
		sys.addCommand({file: '/usr/local/go/bin/go', args: ['version'], answer: {exitCode: 1, stderr: 'go: parsing $GOFLAGS: non-flag "mod=mod"\n'}});
		const f = await checkAll(sys);
		expect(f['go-env-file']).toMatchObject({status: 'error'});
		expect(f['go-env-file']!.summary).toContain('GOFLAGS=mod=mod (from go env file (/home/dev/.config/go/env:1)) cannot be parsed');
		expect(f['go-env-file']!.summary).toContain('go: parsing $GOFLAGS: non-flag "mod=mod"');
	});

	it('counts the settings of a clean file in words that agree with the number', async () => {
		const one = await checkAll(linux({files: {[file]: 'GOPRIVATE=a.example.com\n'}, goEnv: {GOPRIVATE: 'a.example.com'}}));
		expect(one['go-env-file']).toMatchObject({status: 'ok', summary: `${file}: 1 setting, not a trap`});
		const two = await checkAll(linux({files: {[file]: 'GOPRIVATE=a.example.com\nGONOSUMDB=a.example.com\n'}, goEnv: {GOPRIVATE: 'a.example.com', GONOSUMDB: 'a.example.com'}}));
		expect(two['go-env-file']).toMatchObject({status: 'ok', summary: `${file}: 2 settings, none of them a trap`});
	});

	it('is an error for a GOFLAGS value go env rejects though go version accepts it (-x=), with the go env -u fix', async () => {
		const complaint = 'go: invalid boolean value "" for flag -x (from $GOFLAGS): parse error';
		const sys = linux({files: {[file]: 'GOFLAGS=-x=\n'}, goEnv: `${complaint}\nusage: go env [-json] [-changed] [-u] [-w] [var ...]\n`});
		sys.addCommand({file: '/usr/local/go/bin/go', args: ['version'], answer: {stdout: 'go version go1.26.8 linux/amd64\n'}});
		const f = await checkAll(sys);
		expect(f['go-env-file']).toMatchObject({status: 'error'});
		expect(f['go-env-file']!.summary).toContain(`GOFLAGS=-x= (from go env file (/home/dev/.config/go/env:1)) cannot be parsed`);
		expect(f['go-env-file']!.summary).toContain(complaint);
		expect(f['go-env-file']!.fixes.flatMap((x) => x.changes)).toContainEqual(expect.objectContaining({kind: 'go-env', key: 'GOFLAGS', after: {set: false}}));
	});

	it('takes go at its word that GOENV=off means no file: the default file is there but not read, and says so', async () => {
		const sys = linux({env: {GOENV: 'off'}, files: {[file]: 'GOPRIVATE=a.example.com\n'}, goEnv: {GOENV: '', GOPRIVATE: ''}});
		const facts = new Facts(sys);
		expect(await facts.goEnvFile()).toMatchObject({path: null, disabled: true, exists: false});
		expect(await goSetting(facts, 'GOPRIVATE')).toMatchObject({source: 'default', value: ''});
		const f = await checkAll(sys);
		expect(f['go-env-file']).toMatchObject({status: 'info', summary: 'GOENV=off: go reads no go env file, and go env -w cannot save anything'});
	});

	it('is an error when GOENV names a folder, and says nothing of the kind where the file is simply absent', async () => {
		const folder = await checkAll(linux({env: {GOENV: '/home/dev/goenv-folder'}, files: {'/home/dev/goenv-folder': {dir: true}}, goEnv: {GOENV: '/home/dev/goenv-folder'}}));
		expect(folder['go-env-file']).toMatchObject({status: 'error'});
		expect(folder['go-env-file']!.summary).toContain('GOENV names a folder, /home/dev/goenv-folder, not a file');
		const absent = await checkAll(linux({env: {GOENV: '/home/dev/goenv-file'}, goEnv: {GOENV: '/home/dev/goenv-file'}}));
		expect(absent['go-env-file']!.status).toBe('ok');
	});

	it('finds no go env file, as go does, when go cannot run and XDG_CONFIG_HOME is relative', async () => {
		const sys = linux({env: {XDG_CONFIG_HOME: 'relative/config'}, files: {[file]: 'GOPRIVATE=a.example.com\n'}, goEnv: 'go: cannot run'});
		expect(await new Facts(sys).goEnvFilePath()).toEqual({path: null, disabled: false});
		const absolute = linux({env: {XDG_CONFIG_HOME: '/srv/config'}, goEnv: 'go: cannot run'});
		expect(await new Facts(absolute).goEnvFilePath()).toEqual({path: '/srv/config/go/env', disabled: false});
	});

	it('shows every core setting and every changed one with its origin, and notes a repeated line', async () => {
		const sys = linux({files: {[file]: 'GOPRIVATE=a.example.com\nGOPRIVATE=b.example.com\n'}, goEnv: {GOPRIVATE: 'b.example.com', GOINSECURE: 'c.example.com'}, env: {GOINSECURE: 'c.example.com'}});
		sys.addCommand({file: '/usr/local/go/bin/go', args: ['env', '-changed', '-json'], answer: {stdout: '{"GOPRIVATE":"b.example.com","GOINSECURE":"c.example.com","GOTOOLCHAIN":"local"}'}});
		const facts = new Facts(sys);
		expect(await provenanceNames(facts)).toEqual(['GOROOT', 'GOPATH', 'GOPROXY', 'GOSUMDB', 'GOPRIVATE', 'GOFLAGS', 'GOOS', 'GOARCH', 'GOTOOLCHAIN', 'CGO_ENABLED', 'GOINSECURE']);
		const f = await checkAll(sys);
		expect(f['go-env-file']!.status).toBe('ok');
		const rows = f['go-env-file']!.evidence.flatMap((e) => (e.kind === 'go-env' ? e.rows : []));
		expect(rows.find((r) => r.name === 'GOPRIVATE')).toMatchObject({source: 'go-env-file', where: `${file}:2`});
		expect(rows.find((r) => r.name === 'GOINSECURE')).toMatchObject({source: 'process'});
		// GOTOOLCHAIN as the user has it (go.env's auto), not the local every spawn is forced to.
		expect(rows.find((r) => r.name === 'GOTOOLCHAIN')).toMatchObject({value: 'auto', source: 'goroot-go-env'});
		const lines = f['go-env-file']!.evidence.find((e) => e.kind === 'table');
		expect(lines).toMatchObject({rows: [{line: '1', note: 'a later line for the same name wins'}, {line: '2', note: ''}]});
	});
});

describe('gopath', () => {
	it('quotes go refusing a relative or ~ GOPATH, and says where it was set', async () => {
		const relative = await checkAll(
			linux({env: {GOPATH: 'go'}, goEnv: 'go: GOPATH entry is relative; must be absolute path: "go".\nFor more details see: \'go help gopath\'\n'}),
		);
		expect(relative.gopath).toMatchObject({status: 'error', summary: 'GOPATH entry go (from process environment) is a relative path: go refuses to start'});
		expect(relative['go-on-path']).toMatchObject({status: 'error'});
		const tilde = await checkAll(linux({files: {'/home/dev/.config/go/env': 'GOPATH=~/go\n'}, goEnv: 'go: GOPATH entry cannot start with shell metacharacter \'~\': "~/go"\n'}));
		expect(tilde.gopath!.summary).toBe('GOPATH entry ~/go (from go env file (/home/dev/.config/go/env:1)) starts with ~, which only a shell expands: go refuses to start');
		expect(tilde.gopath!.fixes.map((x) => x.id)).toEqual(['unset-go-env-file']);
	});

	it.each([
		['Go ≤ 1.23', 'warning: GOPATH set to GOROOT (/usr/local/go) has no effect\n'],
		['newer Go', 'warning: both GOPATH and GOROOT are the same directory (/usr/local/go); see https://go.dev/wiki/InstallTroubleshooting\n'],
	])('warns when GOPATH is GOROOT, matching the wording of %s', async (_, warning) => {
		const sys = linux({env: {GOPATH: '/usr/local/go'}, goEnv: {GOPATH: '/usr/local/go'}});
		sys.addCommand({file: '/usr/local/go/bin/go', args: ['env', '-json'], answer: {stdout: JSON.stringify(defaultGoEnv('linux', {GOPATH: '/usr/local/go', GOHOSTOS: 'linux', GOHOSTARCH: 'amd64'})), stderr: warning}});
		const f = await checkAll(sys);
		expect(f.gopath!.status).toBe('warn');
		expect(f.gopath!.summary).toContain('is the same folder as GOROOT');
		expect(f.gopath!.summary).toContain(warning.trim());
	});

	it('warns about an entry inside GOROOT, is info about several entries and non-ASCII, an error when it cannot be written', async () => {
		const inside = await checkAll(linux({env: {GOPATH: '/usr/local/go/work'}, goEnv: {GOPATH: '/usr/local/go/work'}}));
		expect(inside.gopath!.summary).toContain('GOPATH entry /usr/local/go/work is inside GOROOT (/usr/local/go)');
		const several = await checkAll(linux({env: {GOPATH: '/home/dev/go:/home/dev/张三'}, goEnv: {GOPATH: '/home/dev/go:/home/dev/张三'}}));
		expect(several.gopath).toMatchObject({status: 'info', fixes: []});
		expect(several.gopath!.summary).toContain('2 GOPATH entries: go install and the module cache use the first, /home/dev/go');
		expect(several.gopath!.summary).toContain('spaces or non-ASCII letters');
		const locked = await checkAll(linux({files: {'/home/dev/go': {dir: true, writable: false}}}));
		expect(locked.gopath).toMatchObject({status: 'error', summary: '/home/dev/go is not writable: module downloads and go install fail'});
		const fresh = await checkAll(linux());
		expect(fresh.gopath).toMatchObject({status: 'ok', summary: 'GOPATH=/home/dev/go (inferred by go); the folder does not exist yet, go creates it on first use'});
	});
});

describe('goos-goarch', () => {
	it('warns about a cross target left in the environment, with its origin and a fix per setting', async () => {
		const f = await checkAll(linux({env: {GOOS: 'windows'}, goEnv: {GOOS: 'windows', GOEXE: '.exe'}}));
		expect(f['goos-goarch']).toMatchObject({status: 'warn'});
		expect(f['goos-goarch']!.summary).toBe(
			'go builds for windows/amd64, but this machine is linux/amd64: GOOS=windows (process environment). go run and go test build programs that cannot start here',
		);
		expect(f['goos-goarch']!.fixes.map((x) => x.id)).toEqual(['unset-os-env-goos']);
		expect(f['smoke-build']).toMatchObject({status: 'error', summary: 'go builds for windows/amd64 here, and a windows/amd64 program cannot start on this linux/amd64 machine: go run and go test fail'});
	});

	it('does not claim a 386 target cannot start on amd64: the test build builds and runs it', async () => {
		const sys = linux({env: {GOARCH: '386'}, goEnv: {GOARCH: '386'}});
		const f = await checkAll(sys);
		expect(f['goos-goarch']).toMatchObject({status: 'warn'});
		expect(f['goos-goarch']!.summary).toBe(
			'go builds for linux/386, but this machine is linux/amd64: GOARCH=386 (process environment). Such programs usually still start here (32-bit support or emulation), but they are not native builds, and cgo is off for them unless CGO_ENABLED=1 with a C compiler for linux/386',
		);
		expect(f['smoke-build']).toMatchObject({status: 'ok', summary: 'a new module built and ran (linux/386): go mod init, go build and the program all work'});
		expect(sys.calls.some((c) => c.file === '/tmp/goenv-tui-smoke-1/smoke')).toBe(true);
	});

	it('says a 386 program cannot start when this kernel has no 32-bit support after all', async () => {
		const sys = linux({env: {GOARCH: '386'}, goEnv: {GOARCH: '386'}});
		sys.addCommand({file: '/tmp/goenv-tui-smoke-1/smoke', args: [], answer: {exitCode: null, errorCode: 'ENOEXEC'}});
		const f = await checkAll(sys);
		expect(f['smoke-build']).toMatchObject({status: 'error', summary: 'go builds for linux/386 here, and a linux/386 program cannot start on this linux/amd64 machine: go run and go test fail (ENOEXEC)'});
		expect(f['smoke-build']!.evidence.filter((e) => e.kind === 'command').map((e) => (e.kind === 'command' ? e.argv[0] : ''))).toContain('/tmp/goenv-tui-smoke-1/smoke');
	});

	it('is info for a CPU level set by hand, naming where', async () => {
		const f = await checkAll(linux({files: {'/home/dev/.config/go/env': 'GOAMD64=v3\n'}, goEnv: {GOAMD64: 'v3'}}));
		expect(f['goos-goarch']).toMatchObject({status: 'info', summary: 'builds for linux/amd64 with GOAMD64=v3 (go env file (/home/dev/.config/go/env:1))'});
	});
});

describe('go versions, as the go command orders them', () => {
	it('orders language versions, release candidates and releases', () => {
		const sorted = ['1.21.0', '1.21rc1', '1.21', '1.20', '1.20rc1', '1.9.2', '1.21.10', '1.21.2'].sort(compareGoVersions);
		expect(sorted).toEqual(['1.9.2', '1.20rc1', '1.20', '1.21', '1.21rc1', '1.21.0', '1.21.2', '1.21.10']);
		expect(isLanguageVersion('1.22')).toBe(true);
		expect(isLanguageVersion('1.20')).toBe(false);
		expect(versionFromGoVersionString('devel go1.28-4b1c2d3 Tue Nov 24 2026')).toBe('1.28');
		expect(versionFromGoVersionString('go1.26.8 X:boringcrypto')).toBe('1.26.8');
		expect(parseGoDirectives('module x\n\ngo 1.22 // min\ntoolchain go1.22.5\n')).toEqual({go: {version: '1.22', line: 3}, toolchain: {name: 'go1.22.5', line: 4}});
	});
});

describe('go-version', () => {
	const version = async (v: string) => (await checkAll(linux({goEnv: {GOVERSION: v}})))['go-version']!;

	it('is ok on the newest release, info a patch behind, a warning past support, naming when support ended', async () => {
		expect(await version('go1.27.4')).toMatchObject({status: 'ok', summary: 'go1.27.4, the newest release as of 2026-11-26'});
		expect(await version('go1.26.8')).toMatchObject({
			status: 'info',
			summary: 'go1.26.8 is supported, but go1.26.11 (2026-11-02) has the security fixes since; release data as of 2026-11-26',
		});
		expect(await version('go1.25.14')).toMatchObject({
			status: 'warn',
			summary: 'go1.25.14 no longer gets security fixes since go1.27.0 (2026-08-18); supported: go1.27, go1.26 (newest go1.27.4, as of 2026-11-26)',
		});
		expect((await version('go1.19.13')).summary).toBe('go1.19.13 no longer gets security fixes; supported: go1.27, go1.26 (newest go1.27.4, as of 2026-11-26)');
		expect(await version('go1.28rc1')).toMatchObject({status: 'ok', summary: 'go1.28rc1 is newer than the release data this tool carries (as of 2026-11-26)'});
		expect(await version('go1.27rc2')).toMatchObject({status: 'info'});
		const evidence = (await version('go1.27.4')).evidence[0]!;
		expect(evidence).toMatchObject({kind: 'table', title: 'Go releases (as of 2026-11-26)'});
	});
});

describe('gotoolchain', () => {
	it('reads GOTOOLCHAIN as toolchain.Select does', () => {
		expect(parseGotoolchain('auto', '1.26.8')).toEqual({mode: 'auto', min: '1.26.8'});
		expect(parseGotoolchain('go1.27.1+auto', '1.26.8')).toEqual({mode: 'auto', min: '1.27.1'});
		expect(parseGotoolchain('local+path', '1.26.8')).toEqual({mode: 'path', min: '1.26.8'});
		expect(parseGotoolchain('go1.25.0', '1.26.8')).toEqual({mode: 'pinned', min: '1.25.0'});
		expect(parseGotoolchain('gox', '1.26.8')).toBeNull();
		expect(parseGotoolchain('go1.27.1+local', '1.26.8')).toBeNull();
	});

	it('names the default an empty GOTOOLCHAIN= line hides: the one $GOROOT/go.env ships', async () => {
		const file = '/home/dev/.config/go/env';
		const auto = await checkAll(linux({files: {[file]: 'GOTOOLCHAIN=\n'}, goEnv: {GOTOOLCHAIN: ''}}));
		expect(auto.gotoolchain).toMatchObject({status: 'info', summary: `GOTOOLCHAIN is empty (from go env file (${file}:1)), which hides the default GOTOOLCHAIN=auto: go never switches toolchains`});
		const packaged = await checkAll(linux({files: {[file]: 'GOTOOLCHAIN=\n', '/usr/local/go/go.env': 'GOTOOLCHAIN=local\n'}, goEnv: {GOTOOLCHAIN: ''}}));
		expect(packaged.gotoolchain!.summary).toContain('which hides the default GOTOOLCHAIN=local');
	});

	const inModule = (gomod: string, spec: {env?: Record<string, string>; files?: Record<string, FakeEntry>; goEnv?: Record<string, string>; version?: string} = {}) =>
		checkAll(
			linux({
				env: spec.env,
				files: {'/home/dev/app/go.mod': gomod, ...spec.files},
				goEnv: {GOMOD: '/home/dev/app/go.mod', GOVERSION: spec.version ?? 'go1.26.8', ...spec.goEnv},
			}),
		);

	it('warns that a newer go line means a download through GOPROXY, and never runs one', async () => {
		const f = await inModule('module example.com/app\n\ngo 1.27.2\n');
		expect(f.gotoolchain).toMatchObject({status: 'warn'});
		expect(f.gotoolchain!.summary).toBe(
			'/home/dev/app/go.mod needs go1.27.2, newer than the installed go1.26.8: the first go command here downloads it through GOPROXY (https://goproxy.example.com,direct)',
		);
	});

	it('is an error under GOTOOLCHAIN=local, and when GOPROXY=off cannot download', async () => {
		const local = await inModule('module m\ngo 1.99.0\n', {env: {GOTOOLCHAIN: 'local'}});
		expect(local.gotoolchain).toMatchObject({status: 'error'});
		expect(local.gotoolchain!.summary).toContain('requires go >= 1.99.0, but the go here is 1.26.8 and GOTOOLCHAIN=local (from process environment) forbids switching');
		expect(local.gotoolchain!.fixes.map((x) => x.id)).toEqual(['unset-os-env']);
		const off = await inModule('module m\ngo 1.99.0\n', {env: {GOPROXY: 'off'}, goEnv: {GOPROXY: 'off'}});
		expect(off.gotoolchain).toMatchObject({status: 'error'});
		expect(off.gotoolchain!.summary).toContain('GOPROXY=off cannot download it');
	});

	it('is the "toolchain not available" trap for go 1.N without a patch on Go 1.21/1.22', async () => {
		const f = await inModule('module m\n\ngo 1.23\n', {version: 'go1.22.3'});
		expect(f.gotoolchain).toMatchObject({status: 'error'});
		expect(f.gotoolchain!.summary).toContain('says "go 1.23" without a patch level; go1.22.3 then asks for a toolchain named go1.23, which does not exist');
		// Go 1.23 and later ask for 1.N.0, which exists.
		const newer = await inModule('module m\n\ngo 1.27\n');
		expect(newer.gotoolchain!.summary).toContain('needs go1.27.0');
	});

	it('uses a go1.X.Y from PATH under auto, and requires one under path', async () => {
		const wrapper = {'/home/dev/go/bin/go1.27.2': {file: 'ELF', mode: 0o755}};
		const found = await inModule('module m\ngo 1.27.2\n', {env: {PATH: '/usr/local/go/bin:/home/dev/go/bin'}, files: wrapper});
		expect(found.gotoolchain).toMatchObject({status: 'info', summary: '/home/dev/app/go.mod needs go1.27.2; go will run /home/dev/go/bin/go1.27.2 from PATH instead of the installed one'});
		const missing = await inModule('module m\ngo 1.27.2\n', {env: {GOTOOLCHAIN: 'path'}});
		expect(missing.gotoolchain).toMatchObject({status: 'error'});
	});

	it('ignores a newer toolchain line under local, reports an invalid value and a pinned older toolchain', async () => {
		const ignored = await inModule('module m\ngo 1.26.0\ntoolchain go1.27.4\n', {env: {GOTOOLCHAIN: 'local'}});
		expect(ignored.gotoolchain).toMatchObject({status: 'info'});
		const invalid = await checkAll(linux({env: {GOTOOLCHAIN: 'latest'}}));
		expect(invalid.gotoolchain).toMatchObject({status: 'error', summary: 'GOTOOLCHAIN=latest (from process environment) is not a value go accepts: every go command fails with "invalid GOTOOLCHAIN"'});
		const pinned = await checkAll(linux({files: {'/home/dev/.config/go/env': 'GOTOOLCHAIN=go1.25.3\n'}}));
		expect(pinned.gotoolchain).toMatchObject({status: 'warn'});
		expect(pinned.gotoolchain!.fixes.map((x) => x.id)).toEqual(['unset-go-env-file']);
	});

	it('is unknown, not "fine", when the go.mod go runs in cannot be read (EACCES), and says so in the evidence', async () => {
		const f = await checkAll(linux({files: {'/home/dev/app/go.mod': {unreadable: 'EACCES'}}, goEnv: {GOMOD: '/home/dev/app/go.mod'}}));
		expect(f.gotoolchain).toMatchObject({
			status: 'unknown',
			summary: '/home/dev/app/go.mod is there but cannot be read (EACCES): whether it needs a newer Go than GOTOOLCHAIN=auto allows is unknown',
		});
		const module = f.gotoolchain!.evidence.find((e) => e.kind === 'kv' && e.title.includes('go.mod'));
		expect(module?.kind === 'kv' ? module.rows.find((row) => row.label === 'cannot be read')?.value : undefined).toBe('EACCES');
	});

	it('is ok with the default from $GOROOT/go.env outside a module', async () => {
		const f = await checkAll(linux());
		expect(f.gotoolchain).toMatchObject({status: 'ok', summary: 'GOTOOLCHAIN=auto ($GOROOT/go.env (/usr/local/go/go.env:4)); not in a module here'});
	});

	it('prefers the go.work file of a workspace', async () => {
		const f = await inModule('module m\ngo 1.20\n', {files: {'/home/dev/ws/go.work': 'go 1.27.3\n\nuse ./app\n'}, goEnv: {GOWORK: '/home/dev/ws/go.work'}});
		expect(f.gotoolchain!.summary).toContain('/home/dev/ws/go.work needs go1.27.3');
	});
});

describe('smoke-build', () => {
	const windowsBuildFailure = (stderr: string) =>
		checkAll(
			windowsWorld({
				commands: smokeCommands(`${GO_BIN}\\go.exe`, `${USER}\\AppData\\Local\\Temp\\goenv-tui-smoke-1\\smoke.exe`, {exitCode: 1, stderr}),
			}),
		);

	it('builds and runs a throwaway module in a temp folder, then removes it', async () => {
		const sys = windowsWorld();
		const f = await checkAll(sys);
		expect(f['smoke-build']).toMatchObject({status: 'ok', summary: 'a new module built and ran (windows/amd64): go mod init, go build and the program all work'});
		const cwds = sys.calls.filter((c) => c.args[0] === 'mod' || c.args[0] === 'build').map((c) => c.cwd);
		expect(cwds).toEqual([`${USER}\\AppData\\Local\\Temp\\goenv-tui-smoke-1`, `${USER}\\AppData\\Local\\Temp\\goenv-tui-smoke-1`]);
		expect(await sys.stat(`${USER}\\AppData\\Local\\Temp\\goenv-tui-smoke-1\\main.go`)).toBeNull();
	});

	it('names Defender quarantine with the shared error matcher, quoting go', async () => {
		const f = await windowsBuildFailure(
			'open C:\\Users\\张三\\AppData\\Local\\Temp\\go-build3463726325\\b001\\exe\\a.out.exe: Operation did not complete successfully because the file contains a virus or potentially unwanted software.\n',
		);
		expect(f['smoke-build']!.status).toBe('error');
		expect(f['smoke-build']!.summary).toMatch(/^go build failed: Antivirus \(usually Microsoft Defender\) quarantined/);
		expect(f['smoke-build']!.evidence.find((e) => e.kind === 'table')).toMatchObject({rows: [{class: 'antivirus-quarantine', checks: 'defender, smoke-build'}]});
	});

	it.each([
		['go: cannot find GOROOT directory: C:\\Go\n', 'goroot-not-found'],
		['compile: version "go1.27.4" does not match go tool version "go1.26.8"\n', 'toolchain-version-mismatch'],
		['go: creating work dir: mkdir C:\\Users\\张三\\AppData\\Local\\Temp\\go-build1: Access is denied.\n', 'access-denied'],
		['go: example.com/x@v1.0.0: Get "https://goproxy.example.com/example.com/x/@v/v1.0.0.zip": dial tcp: lookup goproxy.example.com: no such host\n', 'dns-failure'],
	])('classifies %j', async (stderr, cause) => {
		const f = await windowsBuildFailure(stderr);
		expect(f['smoke-build']!.status).toBe('error');
		expect(f['smoke-build']!.evidence.find((e) => e.kind === 'table')).toMatchObject({rows: [{class: cause}]});
	});

	it('says so plainly when the error is not one it knows', async () => {
		const f = await windowsBuildFailure('something odd happened\n');
		expect(f['smoke-build']).toMatchObject({status: 'error', summary: 'go build failed: something odd happened'});
	});
});
