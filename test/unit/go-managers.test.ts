import {describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import {Facts} from '../../source/facts/facts.js';
import {runningGo, type GoInstall, type GoOrigin, type RunningGo} from '../../source/facts/go-installs.js';
import {miseToolVersions, pickInstalled} from '../../source/facts/shims.js';
import {applyFix, previewFix, undoEntry} from '../../source/fixes/index.js';
import {upgradeGoFix} from '../../source/fixes/upgrade-go.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import {PROBES} from '../../source/probes/index.js';
import {parseFrom, replayProbes, replaySystem} from '../../source/snapshot/from.js';
import type {ShellKind} from '../../source/shell/syntax.js';
import {createFakeSystem, type FakeEntry, type FakeSystem} from '../../source/system/fake-system.js';
import {fixWorld} from '../helpers/fixes.js';

/**
 * Version-manager shims resolved by reading the files each manager reads (asdf, goenv, mise,
 * Scoop), and go-version's upgrade in the manager's own words, labelled irreversible where
 * the manager removes the old version.
 */

const t = createTranslator('en');
const HOME = '/home/dev';

function tree(root: string, version: string | null): Record<string, FakeEntry> {
	return {[`${root}/bin/go`]: {file: 'ELF', mode: 0o755}, [`${root}/pkg/tool`]: {dir: true}, ...(version ? {[`${root}/VERSION`]: `${version}\n`} : {})};
}

const goEnvOf = (version: string, goroot: string) => ({stdout: JSON.stringify({GOROOT: goroot, GOVERSION: version, GOHOSTOS: 'linux', GOHOSTARCH: 'amd64', GOPATH: `${HOME}/go`})});

function linux(spec: {files: Record<string, FakeEntry>; path: string; cwd?: string; env?: Record<string, string>}): FakeSystem {
	return createFakeSystem({platform: 'linux', home: HOME, cwd: spec.cwd ?? `${HOME}/proj/app`, env: {PATH: spec.path, HOME, SHELL: '/bin/bash', ...spec.env}, files: {[`${HOME}/proj/app`]: {dir: true}, ...spec.files}});
}

async function check(sys: FakeSystem, only: string[]): Promise<Record<string, Finding>> {
	const engine = new Engine({probes: PROBES, sys, t, scheduleFlush: (f) => f()});
	return Object.fromEntries((await engine.run(only)).map((f) => [f.id, f]));
}

const ASDF_SHIM = `#!/usr/bin/env bash
# asdf-plugin: golang 1.22.3
# asdf-plugin: golang 1.26.8
exec ${HOME}/.asdf/bin/asdf exec "go" "$@" # asdf_allow: ' asdf '
`;
const GOENV_SHIM = `#!/usr/bin/env bash
set -e
[ -n "$GOENV_DEBUG" ] && set -x
program="\${0##*/}"
export GOENV_ROOT="${HOME}/.goenv"
exec "${HOME}/.goenv/libexec/goenv" exec "$program" "$@"
`;

describe('asdf shims', () => {
	const world = (toolVersions: string) => {
		const shim = `${HOME}/.asdf/shims/go`;
		const sys = linux({
			path: `${HOME}/.asdf/shims:/usr/bin`,
			files: {
				[shim]: {file: ASDF_SHIM, mode: 0o755},
				[`${HOME}/proj/.tool-versions`]: toolVersions,
				[`${HOME}/.tool-versions`]: 'golang 1.26.8\n',
				...tree(`${HOME}/.asdf/installs/golang/1.22.3/go`, 'go1.22.3'),
				...tree(`${HOME}/.asdf/installs/golang/1.26.8/go`, 'go1.26.8'),
			},
		});
		return {sys, shim};
	};

	it('shows the binary the shim runs in this folder, chosen by the nearest .tool-versions walking up', async () => {
		const {sys, shim} = world('# pinned\nnodejs 20.11.0\ngolang 1.22.3\n');
		sys.addCommand({file: shim, args: ['env', '-json'], answer: goEnvOf('go1.22.3', `${HOME}/.asdf/installs/golang/1.22.3/go`)});
		const running = await runningGo(new Facts(sys));
		expect(running).toMatchObject({origin: 'asdf', binary: `${HOME}/.asdf/installs/golang/1.22.3/go/bin/go`, shim: {version: '1.22.3', source: `${HOME}/proj/.tool-versions:3`}});
		const f = (await check(sys, ['go-on-path']))['go-on-path']!;
		expect(f.status).toBe('ok');
		const hits = f.evidence[0]!;
		expect(JSON.stringify(hits)).toContain(`asdf shim: runs ${HOME}/.asdf/installs/golang/1.22.3/go/bin/go (version 1.22.3, chosen by ${HOME}/proj/.tool-versions:3)`);
	});

	it('a selected version that is not installed is an error naming the file that selects it, with the install command', async () => {
		const {sys, shim} = world('golang 1.21.0\n');
		sys.addCommand({file: shim, args: ['env', '-json'], answer: {exitCode: 126, stderr: 'No preset version installed for command go\nPlease install a version by running one of the following:\n\nasdf install golang 1.21.0\n'}});
		const f = (await check(sys, ['go-on-path']))['go-on-path']!;
		expect(f).toMatchObject({
			status: 'error',
			summary: `go on PATH (${shim}) is a version manager shim that cannot run Go here: asdf shim: ${HOME}/proj/.tool-versions:1 selects version 1.21.0, which is not installed; installed: 1.26.8, 1.22.3`,
		});
		expect(f.fixes[0]).toMatchObject({id: 'install-selected-go', changes: [], manualCommands: ['asdf install golang 1.21.0']});
	});

	it('a .tool-versions or installs folder that cannot be read (EACCES, EIO): unknown, with the reason, and no install is offered', async () => {
		for (const [target, code] of [[`${HOME}/proj/app/.tool-versions`, 'EACCES'], [`${HOME}/.asdf/installs/golang`, 'EIO']] as const) {
			const {sys, shim} = world('golang 1.21.0\n');
			sys.setFile(target, target.endsWith('golang') ? {dir: true, closed: code} : {unreadable: code});
			sys.addCommand({file: shim, args: ['env', '-json'], answer: {exitCode: 126, stderr: 'No preset version installed for command go\n'}});
			expect((await runningGo(new Facts(sys)))!.shim).toMatchObject({problem: 'unreadable', unreadable: [{file: target, code}]});
			const f = (await check(sys, ['go-on-path']))['go-on-path']!;
			expect(f.status).toBe('unknown');
			expect(f.summary).toContain(`asdf shim: which Go it runs here is unknown, as ${target}: ${code === 'EACCES' ? 'permission denied (EACCES)' : 'the disk reported an input/output error (EIO)'} could not be read`);
			expect(f.fixes ?? []).toEqual([]);
		}
	});

	it('ASDF_GOLANG_VERSION wins over the files; `system` runs the next go on PATH', async () => {
		const {sys} = world('golang 1.21.0\n');
		sys.setEnv('ASDF_GOLANG_VERSION', '1.26.8');
		expect((await runningGo(new Facts(sys)))!.shim).toMatchObject({version: '1.26.8', source: 'ASDF_GOLANG_VERSION'});
		sys.setEnv('ASDF_GOLANG_VERSION', 'system');
		sys.setFile('/usr/bin/go', {file: 'ELF', mode: 0o755});
		expect((await runningGo(new Facts(sys)))!.shim).toMatchObject({version: 'system', target: '/usr/bin/go'});
	});
});

describe('goenv shims', () => {
	const world = (files: Record<string, FakeEntry> = {}, env: Record<string, string> = {}) =>
		linux({
			path: `${HOME}/.goenv/shims:/usr/local/go/bin:/usr/bin`,
			env,
			files: {
				[`${HOME}/.goenv/shims/go`]: {file: GOENV_SHIM, mode: 0o755},
				...tree(`${HOME}/.goenv/versions/1.22.1`, 'go1.22.1'),
				...tree(`${HOME}/.goenv/versions/1.22.5`, 'go1.22.5'),
				...tree(`${HOME}/.goenv/versions/1.23.0`, 'go1.23.0'),
				...tree('/usr/local/go', 'go1.26.8'),
				...files,
			},
		});

	it('`1.22` in .go-version runs the newest installed 1.22.x; GOENV_VERSION wins; nothing selected is `system`, the next go on PATH', async () => {
		const shim = async (sys: FakeSystem) => (await runningGo(new Facts(sys)))!.shim;
		expect(await shim(world({[`${HOME}/proj/.go-version`]: '1.22\n'}))).toMatchObject({version: '1.22.5', source: `${HOME}/proj/.go-version`, target: `${HOME}/.goenv/versions/1.22.5/bin/go`});
		expect(await shim(world({[`${HOME}/proj/.go-version`]: '1.22\n'}, {GOENV_VERSION: '1.23.0'}))).toMatchObject({version: '1.23.0', source: 'GOENV_VERSION'});
		expect(await shim(world({[`${HOME}/.goenv/version`]: '1.22.1\n'}))).toMatchObject({version: '1.22.1', source: `${HOME}/.goenv/version`});
		expect(await shim(world())).toMatchObject({version: 'system', target: '/usr/local/go/bin/go'});
		expect(await shim(world({[`${HOME}/proj/.go-version`]: '1.24.0\n'}))).toMatchObject({problem: 'not-installed', version: '1.24.0'});
	});
});

describe('mise shims', () => {
	const world = (files: Record<string, FakeEntry>) =>
		linux({
			path: `${HOME}/.local/share/mise/shims:/usr/bin`,
			files: {
				'/usr/local/bin/mise': {file: 'ELF', mode: 0o755},
				[`${HOME}/.local/share/mise/shims/go`]: {link: '/usr/local/bin/mise'},
				...tree(`${HOME}/.local/share/mise/installs/go/1.25.3`, null),
				...tree(`${HOME}/.local/share/mise/installs/go/1.26.2`, null),
				...tree(`${HOME}/.local/share/mise/installs/go/1.26.8`, null),
				...files,
			},
		});
	const shim = async (sys: FakeSystem) => (await runningGo(new Facts(sys)))!.shim;

	it('the nearest folder’s config wins (mise.toml, .tool-versions), then the global config; a prefix or latest is the newest installed match', async () => {
		expect(await shim(world({[`${HOME}/proj/mise.toml`]: '[tools]\ngo = "1.26"\n'}))).toMatchObject({version: '1.26.8', source: `${HOME}/proj/mise.toml`});
		expect(await shim(world({[`${HOME}/proj/mise.toml`]: '[tools]\ngo = "1.26"\n', [`${HOME}/proj/app/.tool-versions`]: 'go 1.25.3\n'}))).toMatchObject({version: '1.25.3', source: `${HOME}/proj/app/.tool-versions`});
		expect(await shim(world({[`${HOME}/.config/mise/config.toml`]: '[env]\nX = "1"\n[tools]\ngo = { version = "latest" }\n'}))).toMatchObject({version: '1.26.8'});
		expect(await shim(world({}))).toMatchObject({problem: 'no-version'});
	});

	it('reads [tools] go = … in its three forms, and picks versions as mise does', () => {
		expect(miseToolVersions('[tools]\ngo = "1.22"  # pinned\nnode = "20"\n')).toEqual(['1.22']);
		expect(miseToolVersions('[tools]\n"go" = ["1.22", "1.21"]\n')).toEqual(['1.22', '1.21']);
		expect(miseToolVersions('[tools]\ngolang = { version = "1.23.4", os = ["linux"] }\n')).toEqual(['1.23.4']);
		expect(miseToolVersions('[env]\ngo = "x"\n')).toBeNull();
		expect(pickInstalled('1.26', ['1.26.8', '1.26.2', '1.25.3'])).toBe('1.26.8');
		expect(pickInstalled('prefix:1.25', ['1.26.8', '1.25.3'])).toBe('1.25.3');
		expect(pickInstalled('1.2', ['1.26.8'])).toBeNull();
	});
});

describe('Scoop shims', () => {
	it('resolves go.shim through the current junction; a shim whose target is gone is an error', async () => {
		const home = 'C:\\Users\\dev';
		const apps = `${home}\\scoop\\apps\\go`;
		const world = (target: string) =>
			createFakeSystem({
				platform: 'win32',
				home,
				env: {Path: `C:\\Windows\\system32;${home}\\scoop\\shims`, PATHEXT: '.COM;.EXE;.BAT;.CMD', USERPROFILE: home, LOCALAPPDATA: `${home}\\AppData\\Local`},
				files: {
					[`${home}\\scoop\\shims\\go.exe`]: {file: 'MZ'},
					[`${home}\\scoop\\shims\\go.shim`]: `path = "${target}"\r\n`,
					[`${apps}\\1.25.3\\bin\\go.exe`]: {file: 'MZ'},
					[`${apps}\\1.25.3\\VERSION`]: 'go1.25.3\n',
					[`${apps}\\current`]: {link: `${apps}\\1.25.3`},
				},
			});
		const ok = await runningGo(new Facts(world(`${apps}\\current\\bin\\go.exe`)));
		expect(ok).toMatchObject({origin: 'scoop', shim: {manager: 'scoop', targetExists: true}});
		const gone = world(`${apps}\\1.24.0\\bin\\go.exe`);
		expect((await runningGo(new Facts(gone)))!.shim).toMatchObject({problem: 'not-installed', targetExists: false});
		const f = (await check(gone, ['go-on-path']))['go-on-path']!;
		expect(f.status).toBe('error');
		expect(f.summary).toContain('is a version manager shim that cannot run Go here');
	});
});

describe("go-version's upgrade, in the manager's own words", () => {
	const install = (origin: GoOrigin, root: string): GoInstall => ({root, go: `${root}/bin/go`, version: 'go1.26.8', versionFrom: 'VERSION', origin, markers: [], place: root, resolved: root});
	const running = (origin: GoOrigin, root: string, extra: Partial<RunningGo> = {}): RunningGo => ({go: `${root}/bin/go`, binary: `${root}/bin/go`, origin, install: install(origin, root), shim: null, markers: [], ...extra});
	const sys = createFakeSystem({platform: 'linux', home: HOME});
	const win = createFakeSystem({platform: 'win32', home: 'C:\\Users\\dev'});
	const fix = (r: RunningGo | null, opts: {shell?: ShellKind; target?: string; windows?: boolean} = {}) =>
		upgradeGoFix({sys: opts.windows ? win : sys, t, shell: opts.shell ?? 'posix', running: r, target: opts.target ?? '1.26.11', current: '1.26.8', goos: opts.windows ? 'windows' : 'linux', goarch: 'amd64'})!;
	const commands = (f: ReturnType<typeof fix>) => f.manualCommands ?? f.changes.map((c) => (c.kind === 'command' ? c.argv.join(' ') : '?'));

	it('labels the upgrades that remove the old version irreversible, and says how the others go back', () => {
		const table: Array<[string, RunningGo, string[], boolean]> = [
			['msi', running('msi', 'C:\\Program Files\\Go'), ['winget upgrade --id GoLang.Go -e'], false],
			['chocolatey', running('chocolatey', 'C:\\Program Files\\Go'), ['choco upgrade golang -y'], false],
			['scoop', running('scoop', 'C:\\Users\\dev\\scoop\\apps\\go\\1.26.8'), ['scoop update go'], true],
			['homebrew', running('homebrew', '/opt/homebrew/Cellar/go/1.26.8/libexec'), ['brew upgrade go'], false],
			['snap', running('snap', '/snap/go/10585'), ['sudo snap refresh go'], true],
			['dpkg', running('dpkg', '/usr/lib/go-1.26'), ['sudo apt-get update', 'sudo apt-get install --only-upgrade golang-1.26-go'], false],
			['tarball', running('tarball', '/usr/local/go'), ['curl -fLO https://go.dev/dl/go1.26.11.linux-amd64.tar.gz', 'sudo rm -rf /usr/local/go', 'sudo tar -C /usr/local -xzf go1.26.11.linux-amd64.tar.gz'], false],
			['golang-dl', running('golang-dl', `${HOME}/sdk/go1.26.8`), ['go install golang.org/dl/go1.26.11@latest', 'go1.26.11 download'], true],
			['gvm', running('gvm', `${HOME}/.gvm/gos/go1.26.8`), ['gvm install go1.26.11 -B', 'gvm use go1.26.11 --default'], true],
			['goenv', running('goenv', `${HOME}/.goenv/versions/1.26.8`), ['goenv install --skip-existing 1.26.11', 'goenv global 1.26.11'], true],
			['asdf', running('asdf', `${HOME}/.asdf/installs/golang/1.26.8/go`), ['asdf install golang 1.26.11', 'asdf set -u golang 1.26.11'], true],
			['mise', running('mise', `${HOME}/.local/share/mise/installs/go/1.26.8`), ['mise use -g go@1.26.11'], true],
		];
		for (const [name, r, expected, reversible] of table) {
			const f = fix(r, {windows: ['msi', 'chocolatey', 'scoop'].includes(name), shell: ['msi', 'chocolatey', 'scoop'].includes(name) ? 'powershell' : 'posix'});
			expect([name, commands(f), f.reversible]).toEqual([name, expected, reversible]);
			expect([name, f.title.endsWith('(cannot be undone)')]).toEqual([name, !reversible]);
		}
		expect(fix(running('scoop', 'C:\\Users\\dev\\scoop\\apps\\go\\1.26.8'), {windows: true, shell: 'powershell'}).description).toBe("Scoop keeps the old version: scoop reset 'go@1.26.8' goes back to it.");
		expect(fix(running('homebrew', '/opt/homebrew/Cellar/go/1.26.8/libexec')).description).toContain('this cannot be undone');
	});

	it('runs what it can itself (brew, goenv, asdf, mise) as command changes, irreversible ones marked so', () => {
		const brew = fix(running('homebrew', '/opt/homebrew/Cellar/go/1.26.8/libexec'));
		expect(brew.changes).toEqual([expect.objectContaining({kind: 'command', argv: ['brew', 'upgrade', 'go'], irreversible: true, replaces: []})]);
		// A keg-only go@1.24 past support: the new line is the `go` formula.
		const keg = fix(running('homebrew', '/opt/homebrew/Cellar/go@1.24/1.24.11/libexec'), {target: '1.27.4'});
		expect(keg.changes[0]).toMatchObject({argv: ['brew', 'install', 'go']});
		const sudo = fix(running('snap', '/snap/go/10585'), {target: '1.27.4'});
		expect(sudo.changes).toEqual([]);
		expect(sudo.manualCommands).toEqual(['sudo snap refresh go --channel=1.27/stable']);
	});

	it('a version chosen by a project file is upgraded in that file, by the manager, and undone by putting the file back', () => {
		const shim = {manager: 'asdf' as const, shim: `${HOME}/.asdf/shims/go`, version: '1.26.8', source: `${HOME}/proj/.tool-versions:2`, target: null, targetExists: true, installed: []};
		const f = fix(running('asdf', `${HOME}/.asdf/installs/golang/1.26.8/go`, {shim}));
		expect(f.changes[1]).toMatchObject({kind: 'command', argv: ['asdf', 'set', 'golang', '1.26.11'], cwd: `${HOME}/proj`, replaces: [`${HOME}/proj/.tool-versions`], irreversible: false});
		const legacy = upgradeGoFix({sys, t, shell: 'posix', running: running('asdf', `${HOME}/.asdf/installs/golang/1.26.8/go`, {shim}), target: '1.26.11', current: '1.26.8', goos: 'linux', goarch: 'amd64', asdfLegacy: true})!;
		expect(legacy.changes[1]).toMatchObject({argv: ['asdf', 'local', 'golang', '1.26.11']});
		const variable = fix(running('mise', `${HOME}/.local/share/mise/installs/go/1.26.8`, {shim: {...shim, manager: 'mise', source: 'MISE_GO_VERSION'}}));
		expect(variable.changes).toEqual([]);
		expect(variable.description).toContain('the variable MISE_GO_VERSION');
	});

	it('writes Windows commands in the user’s shell: a ZIP in C:\\Go replaced in PowerShell, cmd and Git Bash', () => {
		const zip = running('zip', 'C:\\Go');
		expect(commands(fix(zip, {windows: true, shell: 'powershell'}))).toEqual([
			'curl.exe -fLO https://go.dev/dl/go1.26.11.windows-amd64.zip',
			'Remove-Item -Recurse -Force -LiteralPath C:\\Go',
			'tar.exe -xf go1.26.11.windows-amd64.zip -C C:\\',
		]);
		expect(commands(fix(zip, {windows: true, shell: 'cmd'}))).toEqual(['curl -fLO https://go.dev/dl/go1.26.11.windows-amd64.zip', 'rmdir /s /q C:\\Go', 'tar -xf go1.26.11.windows-amd64.zip -C C:\\']);
		expect(commands(fix(zip, {windows: true, shell: 'posix'}))).toEqual(['curl -fLO https://go.dev/dl/go1.26.11.windows-amd64.zip', 'rm -rf C:/Go', 'unzip -q go1.26.11.windows-amd64.zip -d C:/']);
	});

	it('through go-version in a world: goenv chosen by the project’s .go-version, applied by goenv, undone byte for byte', async () => {
		const shimFile = `${HOME}/.goenv/shims/go`;
		const goenv = `${HOME}/.goenv/bin/goenv`;
		const dotGoVersion = `${HOME}/proj/.go-version`;
		const sys = linux({
			path: `${HOME}/.goenv/bin:${HOME}/.goenv/shims:/usr/bin`,
			files: {
				[goenv]: {file: '#!/usr/bin/env bash\n', mode: 0o755},
				[shimFile]: {file: GOENV_SHIM, mode: 0o755},
				[dotGoVersion]: '1.26.8 # pinned for CI\n',
				...tree(`${HOME}/.goenv/versions/1.26.8`, 'go1.26.8'),
			},
		});
		sys.addCommand({file: shimFile, args: ['env', '-json'], answer: goEnvOf('go1.26.8', `${HOME}/.goenv/versions/1.26.8`)});
		sys.addCommand({file: goenv, args: ['install', '--skip-existing', '1.26.11'], answer: () => {
			for (const [file, entry] of Object.entries(tree(`${HOME}/.goenv/versions/1.26.11`, 'go1.26.11'))) sys.setFile(file, entry);
			return {};
		}});
		sys.addCommand({file: goenv, args: ['local', '1.26.11'], answer: (request) => {
			expect(request.cwd).toBe(`${HOME}/proj`);
			sys.setFile(dotGoVersion, '1.26.11\n');
			return {};
		}});
		const f = (await check(sys, ['go-on-path', 'go-version']))['go-version']!;
		expect(f.status).toBe('info');
		const upgrade = f.fixes[0]!;
		expect(upgrade).toMatchObject({id: 'upgrade-go', title: 'Upgrade to go1.26.11 with goenv', reversible: true});
		const evidence = f.evidence.find((e) => e.kind === 'kv' && e.title === 'Who manages this Go, and how to upgrade it');
		expect(JSON.stringify(evidence)).toContain(dotGoVersion);

		const world = fixWorld(sys);
		try {
			const preview = await previewFix(world.services, f);
			expect(preview.blockers).toEqual([]);
			expect(preview.changes.map((c) => (c.kind === 'command' ? c.argv : []))).toEqual([
				[goenv, 'install', '--skip-existing', '1.26.11'],
				[goenv, 'local', '1.26.11'],
			]);
			expect((await applyFix(world.services, preview)).status).toBe('applied');
			expect(await sys.readFile(dotGoVersion)).toBe('1.26.11\n');
			expect((await undoEntry(world.services, 'last')).status).toBe('undone');
			expect(await sys.readFile(dotGoVersion)).toBe('1.26.8 # pinned for CI\n');
		} finally {
			world.cleanup();
		}
	});

	it('offers no fix where there is nothing to run (a distribution’s package): the advice is in the evidence', async () => {
		const sys = linux({path: '/usr/bin', files: {...tree('/usr/lib/golang', 'go1.26.8'), '/usr/bin/go': {link: '../lib/golang/bin/go'}}});
		sys.addCommand({file: '/usr/bin/go', args: ['env', '-json'], answer: goEnvOf('go1.26.8', '/usr/lib/golang')});
		const f = (await check(sys, ['go-on-path', 'go-version']))['go-version']!;
		expect(f.status).toBe('info');
		expect(f.fixes).toEqual([]);
		const evidence = f.evidence.find((e) => e.kind === 'kv' && e.title === 'Who manages this Go, and how to upgrade it');
		expect(JSON.stringify(evidence)).toContain('Upgrade with your distribution');
	});

	it('an irreversible upgrade (Homebrew) is refused without the second confirmation', async () => {
		const sys = createFakeSystem({
			platform: 'darwin',
			home: '/Users/dev',
			env: {PATH: '/opt/homebrew/bin:/usr/bin', HOME: '/Users/dev'},
			files: {...tree('/opt/homebrew/Cellar/go/1.26.8/libexec', 'go1.26.8'), '/opt/homebrew/bin/go': {link: '../Cellar/go/1.26.8/libexec/bin/go'}, '/opt/homebrew/bin/brew': {file: '#!/bin/bash\n', mode: 0o755}},
		});
		sys.addCommand({file: '/opt/homebrew/bin/go', args: ['env', '-json'], answer: goEnvOf('go1.26.8', '/opt/homebrew/Cellar/go/1.26.8/libexec')});
		const f = (await check(sys, ['go-on-path', 'go-version']))['go-version']!;
		expect(f.fixes[0]).toMatchObject({title: 'Upgrade to go1.26.11 with Homebrew (cannot be undone)', reversible: false});
		const world = fixWorld(sys);
		try {
			const preview = await previewFix(world.services, f);
			expect(preview.irreversible).toEqual([0]);
			expect(await applyFix(world.services, preview)).toMatchObject({status: 'refused', refusal: {reason: 'irreversible'}});
			expect(sys.calls.some((c) => c.file === '/opt/homebrew/bin/brew')).toBe(false);
		} finally {
			world.cleanup();
		}
	});
});

describe('on a pasted go env, where no file can be read', () => {
	const pasted = async (goroot: string) => {
		const text = `Here is my go env:\n\`\`\`\nGOROOT='${goroot}'\nGOPATH='/Users/dev/go'\nGOOS='darwin'\nGOARCH='arm64'\nGOHOSTOS='darwin'\nGOHOSTARCH='arm64'\nGOVERSION='go1.26.8'\n\`\`\`\n`;
		const parsed = parseFrom(text, 'paste.txt');
		if (!parsed.ok) throw new Error('not a paste');
		const engine = new Engine({probes: replayProbes(PROBES, parsed.from), sys: replaySystem(parsed.from), t, scheduleFlush: () => {}});
		return (await engine.run(['go-on-path', 'go-version'])).find((f) => f.id === 'go-version')!;
	};

	it('tells the manager from GOROOT alone, and gives its upgrade as instructions', async () => {
		const f = await pasted('/opt/homebrew/Cellar/go/1.26.8/libexec');
		expect(f.status).toBe('info');
		expect(f.fixes[0]).toMatchObject({title: 'Upgrade to go1.26.11 with Homebrew (cannot be undone)', changes: [], manualCommands: ['brew upgrade go'], reversible: false});
		expect(JSON.stringify(f.evidence)).toContain('told by GOROOT=/opt/homebrew/Cellar/go/1.26.8/libexec in the pasted go env');
	});

	it('offers no upgrade when GOROOT does not say who installed Go (never the wrong manager’s command)', async () => {
		const f = await pasted('/Users/dev/tools/go');
		expect(f.status).toBe('info');
		expect(f.fixes).toEqual([]);
	});
});
