import {describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import {Facts} from '../../source/facts/facts.js';
import {goInstalls, runningGo, UNINSTALL_KEY, UNINSTALL_KEY_32, type GoOrigin} from '../../source/facts/go-installs.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import {PROBES} from '../../source/probes/index.js';
import {createFakeSystem, type FakeEntry, type FakeSystem} from '../../source/system/fake-system.js';
import {USER_ENVIRONMENT_KEY, SYSTEM_ENVIRONMENT_KEY, type RegistryValue} from '../../source/system/registry.js';
import {applyFix, previewFix, undoEntry} from '../../source/fixes/index.js';
import {fixWorld} from '../helpers/fixes.js';

/**
 * Every place an installer or version manager puts Go (go-installs-and-editors.md §1a, §5),
 * as fake worlds: each is found with its version (read from VERSION, else the folder's name)
 * and who put it there (from the files and registry entries it leaves); a Go that exists but
 * is not on PATH is an error whose fix puts it there, undone exactly.
 */

const t = createTranslator('en');
const sz = (name: string, data: string): RegistryValue => ({name, type: 'REG_SZ', data});
const expand = (name: string, data: string): RegistryValue => ({name, type: 'REG_EXPAND_SZ', data});

/** A Go tree as the official archives lay it out (the parts the checks read). */
function tree(root: string, version: string | null, win = false): Record<string, FakeEntry> {
	const sep = win ? '\\' : '/';
	return {
		[`${root}${sep}bin${sep}go${win ? '.exe' : ''}`]: {file: 'ELF', mode: 0o755},
		[`${root}${sep}pkg${sep}tool`]: {dir: true},
		[`${root}${sep}src${sep}runtime`]: {dir: true},
		...(version ? {[`${root}${sep}VERSION`]: `${version}\ntime 2026-11-02T20:36:20Z\n`} : {}),
	};
}

const WIN_HOME = 'C:\\Users\\dev';
const WIN_ENV = {
	Path: 'C:\\Windows\\system32',
	PATHEXT: '.COM;.EXE;.BAT;.CMD',
	SystemRoot: 'C:\\Windows',
	SystemDrive: 'C:',
	USERPROFILE: WIN_HOME,
	APPDATA: `${WIN_HOME}\\AppData\\Roaming`,
	LOCALAPPDATA: `${WIN_HOME}\\AppData\\Local`,
	ProgramFiles: 'C:\\Program Files',
	'ProgramFiles(x86)': 'C:\\Program Files (x86)',
	ProgramData: 'C:\\ProgramData',
};

function windows(files: Record<string, FakeEntry>, registry: Record<string, RegistryValue[]> = {}, env: Record<string, string> = {}): FakeSystem {
	return createFakeSystem({
		platform: 'win32',
		home: WIN_HOME,
		env: {...WIN_ENV, ...env},
		files,
		registry: {
			[SYSTEM_ENVIRONMENT_KEY]: [expand('Path', '%SystemRoot%\\system32')],
			[USER_ENVIRONMENT_KEY]: [expand('Path', '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;')],
			...registry,
		},
	});
}

function unix(platform: 'linux' | 'darwin', files: Record<string, FakeEntry>, env: Record<string, string> = {}): FakeSystem {
	const home = platform === 'darwin' ? '/Users/dev' : '/home/dev';
	return createFakeSystem({platform, home, env: {PATH: '/usr/bin:/bin', HOME: home, SHELL: '/bin/bash', ...env}, files});
}

/** The MSI's product entry (golang/build windowsmsi.go): a new ProductCode per build. */
function msiEntry(key: string, version: string, location: string, code = '{5B9A70B1-0000-4000-8000-000000000001}'): Record<string, RegistryValue[]> {
	return {
		[`${key}\\${code}`]: [
			sz('DisplayName', `Go Programming Language amd64 go${version}`),
			sz('DisplayVersion', version),
			sz('InstallLocation', location),
			sz('Publisher', 'https://go.dev'),
		],
	};
}

async function found(sys: FakeSystem) {
	return (await goInstalls(new Facts(sys))).installs.map((i) => ({root: i.root, version: i.version, from: i.versionFrom, origin: i.origin}));
}

async function check(sys: FakeSystem, only?: string[]): Promise<Record<string, Finding>> {
	const engine = new Engine({probes: PROBES, sys, t, scheduleFlush: (f) => f()});
	return Object.fromEntries((await engine.run(only)).map((f) => [f.id, f]));
}

describe('Go installs on Windows, where each installer puts them', () => {
	it('the MSI (amd64 and 386, named by its Uninstall entry), winget (the same MSI) and Chocolatey (its package folder)', async () => {
		const msi = windows(tree('C:\\Program Files\\Go', 'go1.26.8', true), msiEntry(UNINSTALL_KEY, '1.26.8', 'C:\\Program Files\\Go\\'));
		expect(await found(msi)).toEqual([{root: 'C:\\Program Files\\Go', version: 'go1.26.8', from: 'VERSION', origin: 'msi'}]);
		const [install] = (await goInstalls(new Facts(msi))).installs;
		expect(install!.markers).toEqual([`${UNINSTALL_KEY}\\{5B9A70B1-0000-4000-8000-000000000001} DisplayName=Go Programming Language amd64 go1.26.8`]);

		const x86 = windows(tree('C:\\Program Files (x86)\\Go', 'go1.25.3', true), msiEntry(UNINSTALL_KEY_32, '1.25.3', 'C:\\Program Files (x86)\\Go\\'));
		expect(await found(x86)).toEqual([{root: 'C:\\Program Files (x86)\\Go', version: 'go1.25.3', from: 'VERSION', origin: 'msi'}]);

		const choco = windows(
			{...tree('C:\\Program Files\\Go', 'go1.26.8', true), 'C:\\ProgramData\\chocolatey\\lib\\golang\\golang.nuspec': '<package/>'},
			msiEntry(UNINSTALL_KEY, '1.26.8', 'C:\\Program Files\\Go\\'),
		);
		expect((await found(choco))[0]!.origin).toBe('chocolatey');
	});

	it('a ZIP unpacked to C:\\Go or %LOCALAPPDATA%\\Programs\\Go (no installer mark), Scoop user and global (current is the same tree), golang.org/dl and mise', async () => {
		const scoop = `${WIN_HOME}\\scoop\\apps\\go`;
		const sys = windows({
			...tree('C:\\Go', 'go1.20.14', true),
			...tree(`${WIN_HOME}\\AppData\\Local\\Programs\\Go`, 'go1.24.2', true),
			...tree(`${scoop}\\1.25.3`, 'go1.25.3', true),
			[`${scoop}\\1.25.3\\manifest.json`]: '{"version": "1.25.3"}',
			// Scoop's junction to the version in use: the same tree, not a second one.
			[`${scoop}\\current`]: {link: `${scoop}\\1.25.3`},
			...tree('C:\\ProgramData\\scoop\\apps\\go\\1.23.4', 'go1.23.4', true),
			...tree(`${WIN_HOME}\\sdk\\go1.27.4`, 'go1.27.4', true),
			[`${WIN_HOME}\\sdk\\go1.27.4\\.unpacked-success`]: '',
			// mise keeps no VERSION of its own here: the folder names the version.
			...tree(`${WIN_HOME}\\AppData\\Local\\mise\\installs\\go\\1.26.2`, null, true),
		});
		expect(await found(sys)).toEqual([
			{root: `${WIN_HOME}\\sdk\\go1.27.4`, version: 'go1.27.4', from: 'VERSION', origin: 'golang-dl'},
			{root: `${WIN_HOME}\\AppData\\Local\\mise\\installs\\go\\1.26.2`, version: 'go1.26.2', from: 'folder', origin: 'mise'},
			{root: `${scoop}\\1.25.3`, version: 'go1.25.3', from: 'VERSION', origin: 'scoop'},
			{root: `${WIN_HOME}\\AppData\\Local\\Programs\\Go`, version: 'go1.24.2', from: 'VERSION', origin: 'zip'},
			{root: 'C:\\ProgramData\\scoop\\apps\\go\\1.23.4', version: 'go1.23.4', from: 'VERSION', origin: 'scoop'},
			{root: 'C:\\Go', version: 'go1.20.14', from: 'VERSION', origin: 'zip'},
		]);
	});

	it('lists each known place once and never looks inside a Go tree (bounded: no recursive scan)', async () => {
		const sys = windows({...tree('C:\\Go', 'go1.20.14', true), ...tree(`${WIN_HOME}\\scoop\\apps\\go\\1.25.3`, 'go1.25.3', true)});
		const listed: string[] = [];
		const readdir = sys.readdir.bind(sys);
		sys.readdir = async (folder) => {
			listed.push(folder);
			return readdir(folder);
		};
		await goInstalls(new Facts(sys));
		expect(new Set(listed).size).toBe(listed.length);
		expect(listed.every((folder) => !/\\(src|pkg|bin)(\\|$)/.test(folder))).toBe(true);
		expect(listed.length).toBeLessThanOrEqual(5);
	});
});

describe('Go installs on Linux and macOS, where each installer and manager puts them', () => {
	it('the tarball, Debian/Ubuntu golang-1.N-go (and /usr/lib/go, its alias), Fedora, snap, Linuxbrew, ~/sdk and ~/go/sdk, gvm, goenv, asdf, mise', async () => {
		const home = '/home/dev';
		const sys = unix('linux', {
			...tree('/usr/local/go', 'go1.26.8'),
			...tree('/usr/lib/go-1.22', 'go1.22.2'),
			'/var/lib/dpkg/info/golang-1.22-go.list': '/usr/lib/go-1.22\n',
			// golang-go's link to the default version (dh_link): the same tree.
			'/usr/lib/go': {link: 'go-1.22'},
			...tree('/snap/go/10585', 'go1.25.3'),
			'/snap/go/current': {link: '10585'},
			...tree('/home/linuxbrew/.linuxbrew/Cellar/go/1.26.8/libexec', 'go1.26.8'),
			'/home/linuxbrew/.linuxbrew/Cellar/go/1.26.8/INSTALL_RECEIPT.json': '{}',
			...tree('/home/linuxbrew/.linuxbrew/Cellar/go@1.24/1.24.11/libexec', 'go1.24.11'),
			...tree(`${home}/sdk/go1.27.4`, 'go1.27.4'),
			[`${home}/sdk/go1.27.4/.unpacked-success`]: '',
			...tree(`${home}/go/sdk/go1.21.0`, 'go1.21.0'),
			...tree(`${home}/.gvm/gos/go1.21.13`, 'go1.21.13'),
			...tree(`${home}/.goenv/versions/1.23.4`, 'go1.23.4'),
			...tree(`${home}/.asdf/installs/golang/1.22.3/go`, 'go1.22.3'),
			...tree(`${home}/.local/share/mise/installs/go/1.26.2`, null),
			// mise's fuzzy-version link: the same tree.
			[`${home}/.local/share/mise/installs/go/1.26`]: {link: '1.26.2'},
		});
		const origins = (await found(sys)).map((i) => [i.version, i.origin, i.root]);
		expect(origins).toEqual([
			['go1.27.4', 'golang-dl', `${home}/sdk/go1.27.4`],
			['go1.26.8', 'tarball', '/usr/local/go'],
			['go1.26.8', 'homebrew', '/home/linuxbrew/.linuxbrew/Cellar/go/1.26.8/libexec'],
			['go1.26.2', 'mise', `${home}/.local/share/mise/installs/go/1.26.2`],
			['go1.25.3', 'snap', '/snap/go/10585'],
			['go1.24.11', 'homebrew', '/home/linuxbrew/.linuxbrew/Cellar/go@1.24/1.24.11/libexec'],
			['go1.23.4', 'goenv', `${home}/.goenv/versions/1.23.4`],
			['go1.22.3', 'asdf', `${home}/.asdf/installs/golang/1.22.3/go`],
			['go1.22.2', 'dpkg', '/usr/lib/go-1.22'],
			['go1.21.13', 'gvm', `${home}/.gvm/gos/go1.21.13`],
			['go1.21.0', 'sdk-folder', `${home}/go/sdk/go1.21.0`],
		]);
		// Fedora's tree, and a /usr/lib/go-1.N that no dpkg list owns (unpacked there by hand).
		const fedora = unix('linux', {...tree('/usr/lib/golang', 'go1.25.5'), ...tree('/usr/lib/go-1.19', 'go1.19.8')});
		expect((await found(fedora)).map((i) => [i.root, i.origin])).toEqual([
			['/usr/lib/golang', 'distro'],
			['/usr/lib/go-1.19', 'tarball'],
		]);
	});

	it('on macOS: the .pkg (its receipt), Homebrew on Apple silicon (/opt/homebrew) and Intel (/usr/local)', async () => {
		const sys = unix('darwin', {
			...tree('/usr/local/go', 'go1.26.8'),
			'/var/db/receipts/org.golang.go.plist': '<plist/>',
			...tree('/opt/homebrew/Cellar/go/1.27.4/libexec', 'go1.27.4'),
			...tree('/usr/local/Cellar/go/1.25.3/libexec', 'go1.25.3'),
		});
		expect((await found(sys)).map((i) => [i.version, i.origin])).toEqual([
			['go1.27.4', 'homebrew'],
			['go1.26.8', 'macos-pkg'],
			['go1.25.3', 'homebrew'],
		]);
	});

	it('inside WSL, the Windows side’s Go through the drive mount (wsl.conf’s automount root)', async () => {
		const sys = unix(
			'linux',
			{
				'/proc/sys/kernel/osrelease': '5.15.167.4-microsoft-standard-WSL2\n',
				'/etc/wsl.conf': '[automount]\nroot = /win/\n',
				...tree('/win/c/Program Files/Go', 'go1.26.8'),
			},
			{WSL_DISTRO_NAME: 'Ubuntu', WSL_INTEROP: '/run/WSL/1_interop'},
		);
		expect(await found(sys)).toEqual([{root: '/win/c/Program Files/Go', version: 'go1.26.8', from: 'VERSION', origin: 'windows-side'}]);
	});
});

describe('go-on-path when Go is installed but not on PATH', () => {
	it('Windows, a ZIP in C:\\Go: an error naming it (not "install Go"), with a fix that adds C:\\Go\\bin to the user Path, undone exactly', async () => {
		const sys = windows(tree('C:\\Go', 'go1.26.8', true));
		const f = await check(sys, ['go-on-path']);
		const finding = f['go-on-path']!;
		expect(finding).toMatchObject({
			status: 'error',
			summary: 'Go go1.26.8 (the ZIP, unpacked by hand) in C:\\Go is installed but not on PATH, so no terminal finds go; put it on PATH (do not install Go again)',
			blocksDependents: true,
		});
		expect(finding.summary).not.toContain('https://go.dev/dl/');
		expect(finding.fixes[0]!.changes).toEqual([
			{
				kind: 'path-entries',
				scope: 'user',
				name: 'Path',
				before: {raw: '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;', type: 'REG_EXPAND_SZ'},
				after: {raw: '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;C:\\Go\\bin;', type: 'REG_EXPAND_SZ'},
				removed: [],
				added: ['C:\\Go\\bin'],
			},
		]);

		const world = fixWorld(sys);
		try {
			const before = await sys.registry!.readKey(USER_ENVIRONMENT_KEY);
			const preview = await previewFix(world.services, finding);
			expect(preview.blockers).toEqual([]);
			expect((await applyFix(world.services, preview)).status).toBe('applied');
			expect((await sys.registry!.readKey(USER_ENVIRONMENT_KEY))!.find((v) => v.name === 'Path')!.data).toBe('%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;C:\\Go\\bin;');
			// A new terminal finds it now; this one still does not: the check says so.
			const after = (await check(sys, ['go-on-path']))['go-on-path']!;
			expect(after.summary).toContain('is installed and on the user Path, but this terminal started before it got there');
			expect((await undoEntry(world.services, 'last')).status).toBe('undone');
			expect(await sys.registry!.readKey(USER_ENVIRONMENT_KEY)).toEqual(before);
		} finally {
			world.cleanup();
		}
	});

	it('Linux, the tarball in /usr/local/go: a line in the profile of the user’s shell, undone exactly (the file goes when the fix made it)', async () => {
		for (const [shell, profile] of [
			['/bin/bash', '/home/dev/.profile'],
			['/usr/bin/zsh', '/home/dev/.zprofile'],
		] as const) {
			const sys = unix('linux', tree('/usr/local/go', 'go1.26.8'), {SHELL: shell});
			const finding = (await check(sys, ['go-on-path']))['go-on-path']!;
			expect(finding.status).toBe('error');
			expect(finding.summary).toContain('Go go1.26.8 (the official tarball, unpacked by hand) in /usr/local/go is installed but not on PATH');
			expect(finding.fixes[0]).toMatchObject({id: 'add-to-profile-path', changes: [{kind: 'profile-line', file: profile, before: {line: null}, after: {line: 'export PATH="$PATH:/usr/local/go/bin"'}}]});
			const world = fixWorld(sys);
			try {
				expect((await applyFix(world.services, await previewFix(world.services, finding))).status).toBe('applied');
				expect(await sys.readFile(profile)).toBe('# >>> goenv-tui >>>\nexport PATH="$PATH:/usr/local/go/bin"\n# <<< goenv-tui <<<\n');
				// This shell has not read it: a new login shell will.
				expect((await check(sys, ['go-on-path']))['go-on-path']!.summary).toContain(`is added to PATH in ${profile} (line 2), which this shell has not read`);
				expect((await undoEntry(world.services, 'last')).status).toBe('undone');
				expect(await sys.readFile(profile)).toBeNull();
			} finally {
				world.cleanup();
			}
		}
	});

	it('lists every install with version and origin, fixes with the newest, and says "install Go" only when there is none', async () => {
		const sys = unix('linux', {...tree('/usr/local/go', 'go1.25.3'), ...tree('/home/dev/sdk/go1.26.8', 'go1.26.8'), '/home/dev/sdk/go1.26.8/.unpacked-success': ''});
		const finding = (await check(sys, ['go-on-path']))['go-on-path']!;
		expect(finding.summary).toContain('Go go1.26.8 (golang.org/dl) in /home/dev/sdk/go1.26.8 (and 1 more installation(s), listed below) is installed but not on PATH');
		const table = finding.evidence.find((e) => e.kind === 'table' && e.title.startsWith('Go installations'));
		expect(table).toMatchObject({
			rows: [
				{version: 'go1.26.8 (VERSION file)', origin: 'golang.org/dl', root: '/home/dev/sdk/go1.26.8', path: 'no', marker: '/home/dev/sdk/go1.26.8/.unpacked-success'},
				{version: 'go1.25.3 (VERSION file)', origin: 'the official tarball, unpacked by hand', root: '/usr/local/go', path: 'no'},
			],
		});
		expect(finding.fixes[0]!.changes[0]).toMatchObject({after: {line: 'export PATH="$PATH:$HOME/sdk/go1.26.8/bin"'}});

		const none = (await check(unix('linux', {}), ['go-on-path']))['go-on-path']!;
		expect(none).toMatchObject({status: 'error', summary: 'go was not found on PATH; install Go from https://go.dev/dl/ and open a new terminal'});
		expect(none.evidence.find((e) => e.kind === 'text')).toMatchObject({title: 'Places looked in for a Go installation'});
	});

	it('with a go on PATH, the other installs are listed, not an error', async () => {
		const sys = unix('linux', {...tree('/usr/local/go', 'go1.26.8'), ...tree('/home/dev/.asdf/installs/golang/1.22.3/go', 'go1.22.3')}, {PATH: '/usr/local/go/bin:/usr/bin'});
		sys.addCommand({file: '/usr/local/go/bin/go', args: ['env', '-json'], answer: {stdout: JSON.stringify({GOROOT: '/usr/local/go', GOVERSION: 'go1.26.8', GOHOSTOS: 'linux', GOHOSTARCH: 'amd64'})}});
		const finding = (await check(sys, ['go-on-path']))['go-on-path']!;
		expect(finding).toMatchObject({status: 'ok', summary: 'go1.26.8 at /usr/local/go/bin/go; also installed, not on PATH: go1.22.3 (asdf)'});
	});
});

describe('who manages the Go that runs', () => {
	const cases: Array<{name: string; sys: () => FakeSystem; origin: GoOrigin}> = [
		{name: 'Debian’s /usr/bin/go, a link into golang-1.22-go', origin: 'dpkg', sys: () => unix('linux', {...tree('/usr/lib/go-1.22', 'go1.22.2'), '/var/lib/dpkg/info/golang-1.22-go.list': '', '/usr/bin/go': {link: '../lib/go-1.22/bin/go'}})},
		{
			name: 'update-alternatives: /usr/bin/go through /etc/alternatives/go into golang-1.22-go',
			origin: 'dpkg',
			sys: () => unix('linux', {...tree('/usr/lib/go-1.22', 'go1.22.2'), '/var/lib/dpkg/info/golang-1.22-go.list': '', '/etc/alternatives/go': {link: '/usr/lib/go-1.22/bin/go'}, '/usr/bin/go': {link: '/etc/alternatives/go'}}),
		},
		{name: 'Homebrew’s bin/go, a link into the Cellar', origin: 'homebrew', sys: () => unix('darwin', {...tree('/opt/homebrew/Cellar/go/1.26.8/libexec', 'go1.26.8'), '/opt/homebrew/bin/go': {link: '../Cellar/go/1.26.8/libexec/bin/go'}}, {PATH: '/opt/homebrew/bin:/usr/bin'})},
		{name: 'snap’s /snap/bin/go, the snap dispatcher', origin: 'snap', sys: () => unix('linux', {...tree('/snap/go/10585', 'go1.25.3'), '/snap/go/current': {link: '10585'}, '/usr/bin/snap': {file: 'ELF', mode: 0o755}, '/snap/bin/go': {link: '/usr/bin/snap'}}, {PATH: '/snap/bin:/usr/bin'})},
	];
	for (const c of cases) {
		it(c.name, async () => {
			const running = await runningGo(new Facts(c.sys()));
			expect(running?.origin).toBe(c.origin);
			if (c.name.startsWith('update-alternatives')) expect(running?.markers).toContain('/etc/alternatives/go (update-alternatives)');
		});
	}
});

describe('every installer and manager, its Go alone and on no PATH: go-on-path through fix and exact undo', () => {
	const H = '/home/dev';
	const W = WIN_HOME;
	const scoopShim = {[`${W}\\scoop\\shims\\go.exe`]: {file: 'MZ', mode: 0o755}, [`${W}\\scoop\\shims\\go.shim`]: `path = "${W}\\scoop\\apps\\go\\current\\bin\\go.exe"\n`};
	// Each world: the files (and registry entries) the installer leaves, who that is, and the folder
	// the fix must put on PATH: one that holds `go` and, where the manager keeps one, outlives an upgrade.
	const cases: Array<{name: string; sys: () => FakeSystem; origin: GoOrigin; folder: string}> = [
		{name: 'MSI (amd64)', origin: 'msi', folder: 'C:\\Program Files\\Go\\bin', sys: () => windows(tree('C:\\Program Files\\Go', 'go1.26.8', true), msiEntry(UNINSTALL_KEY, '1.26.8', 'C:\\Program Files\\Go\\'))},
		{name: 'MSI (386), winget’s too', origin: 'msi', folder: 'C:\\Program Files (x86)\\Go\\bin', sys: () => windows(tree('C:\\Program Files (x86)\\Go', 'go1.25.3', true), msiEntry(UNINSTALL_KEY_32, '1.25.3', 'C:\\Program Files (x86)\\Go\\'))},
		{
			name: 'Chocolatey',
			origin: 'chocolatey',
			folder: 'C:\\Program Files\\Go\\bin',
			sys: () => windows({...tree('C:\\Program Files\\Go', 'go1.26.8', true), 'C:\\ProgramData\\chocolatey\\lib\\golang\\golang.nuspec': '<package/>'}, msiEntry(UNINSTALL_KEY, '1.26.8', 'C:\\Program Files\\Go\\')),
		},
		{name: 'ZIP in C:\\Go', origin: 'zip', folder: 'C:\\Go\\bin', sys: () => windows(tree('C:\\Go', 'go1.20.14', true))},
		{name: 'ZIP in %LOCALAPPDATA%\\Programs', origin: 'zip', folder: `${W}\\AppData\\Local\\Programs\\Go\\bin`, sys: () => windows(tree(`${W}\\AppData\\Local\\Programs\\Go`, 'go1.24.2', true))},
		{name: 'Scoop, its shims folder', origin: 'scoop', folder: `${W}\\scoop\\shims`, sys: () => windows({...tree(`${W}\\scoop\\apps\\go\\1.25.3`, 'go1.25.3', true), [`${W}\\scoop\\apps\\go\\1.25.3\\manifest.json`]: '{}', ...scoopShim})},
		{
			name: 'Scoop global without shims: its current junction',
			origin: 'scoop',
			folder: 'C:\\ProgramData\\scoop\\apps\\go\\current\\bin',
			sys: () => windows({...tree('C:\\ProgramData\\scoop\\apps\\go\\1.23.4', 'go1.23.4', true), 'C:\\ProgramData\\scoop\\apps\\go\\current\\bin\\go.exe': {link: 'C:\\ProgramData\\scoop\\apps\\go\\1.23.4\\bin\\go.exe'}}),
		},
		{name: 'golang.org/dl on Windows', origin: 'golang-dl', folder: `${W}\\sdk\\go1.27.4\\bin`, sys: () => windows({...tree(`${W}\\sdk\\go1.27.4`, 'go1.27.4', true), [`${W}\\sdk\\go1.27.4\\.unpacked-success`]: ''})},
		{name: 'mise on Windows', origin: 'mise', folder: `${W}\\AppData\\Local\\mise\\installs\\go\\1.26.2\\bin`, sys: () => windows(tree(`${W}\\AppData\\Local\\mise\\installs\\go\\1.26.2`, 'go1.26.2', true))},
		{name: 'the tarball', origin: 'tarball', folder: '/usr/local/go/bin', sys: () => unix('linux', tree('/usr/local/go', 'go1.26.8'))},
		{name: 'the macOS .pkg', origin: 'macos-pkg', folder: '/usr/local/go/bin', sys: () => unix('darwin', {...tree('/usr/local/go', 'go1.26.8'), '/var/db/receipts/org.golang.go.plist': '<plist/>'})},
		{name: 'Debian’s golang-1.22-go', origin: 'dpkg', folder: '/usr/lib/go-1.22/bin', sys: () => unix('linux', {...tree('/usr/lib/go-1.22', 'go1.22.2'), '/var/lib/dpkg/info/golang-1.22-go.list': ''})},
		{name: 'Fedora’s golang', origin: 'distro', folder: '/usr/lib/golang/bin', sys: () => unix('linux', tree('/usr/lib/golang', 'go1.25.5'))},
		{name: 'snap: /snap/bin, not the revision', origin: 'snap', folder: '/snap/bin', sys: () => unix('linux', {...tree('/snap/go/10585', 'go1.25.3'), '/snap/go/current': {link: '10585'}, '/usr/bin/snap': {file: 'ELF', mode: 0o755}, '/snap/bin/go': {link: '/usr/bin/snap'}})},
		{
			name: 'Homebrew on Apple silicon: its bin, not the Cellar',
			origin: 'homebrew',
			folder: '/opt/homebrew/bin',
			sys: () => unix('darwin', {...tree('/opt/homebrew/Cellar/go/1.26.8/libexec', 'go1.26.8'), '/opt/homebrew/bin/go': {link: '../Cellar/go/1.26.8/libexec/bin/go'}}),
		},
		{name: 'Homebrew on Intel', origin: 'homebrew', folder: '/usr/local/bin', sys: () => unix('darwin', {...tree('/usr/local/Cellar/go/1.25.3/libexec', 'go1.25.3'), '/usr/local/bin/go': {link: '../Cellar/go/1.25.3/libexec/bin/go'}})},
		{
			name: 'Homebrew’s keg-only go@1.24 (Linux): its opt folder',
			origin: 'homebrew',
			folder: '/home/linuxbrew/.linuxbrew/opt/go@1.24/bin',
			sys: () => unix('linux', {...tree('/home/linuxbrew/.linuxbrew/Cellar/go@1.24/1.24.11/libexec', 'go1.24.11'), '/home/linuxbrew/.linuxbrew/opt/go@1.24/bin/go': {link: '/home/linuxbrew/.linuxbrew/Cellar/go@1.24/1.24.11/libexec/bin/go'}}),
		},
		{name: 'golang.org/dl', origin: 'golang-dl', folder: `${H}/sdk/go1.27.4/bin`, sys: () => unix('linux', {...tree(`${H}/sdk/go1.27.4`, 'go1.27.4'), [`${H}/sdk/go1.27.4/.unpacked-success`]: ''})},
		{name: 'an editor’s download in ~/go/sdk', origin: 'sdk-folder', folder: `${H}/go/sdk/go1.21.0/bin`, sys: () => unix('linux', tree(`${H}/go/sdk/go1.21.0`, 'go1.21.0'))},
		{name: 'gvm', origin: 'gvm', folder: `${H}/.gvm/gos/go1.21.13/bin`, sys: () => unix('linux', tree(`${H}/.gvm/gos/go1.21.13`, 'go1.21.13'))},
		{name: 'goenv, its shims folder', origin: 'goenv', folder: `${H}/.goenv/shims`, sys: () => unix('linux', {...tree(`${H}/.goenv/versions/1.23.4`, 'go1.23.4'), [`${H}/.goenv/shims/go`]: {file: '#!/usr/bin/env bash\n', mode: 0o755}})},
		{name: 'asdf, its shims folder', origin: 'asdf', folder: `${H}/.asdf/shims`, sys: () => unix('linux', {...tree(`${H}/.asdf/installs/golang/1.22.3/go`, 'go1.22.3'), [`${H}/.asdf/shims/go`]: {file: '#!/usr/bin/env bash\n', mode: 0o755}})},
		{name: 'mise without shims', origin: 'mise', folder: `${H}/.local/share/mise/installs/go/1.26.2/bin`, sys: () => unix('linux', tree(`${H}/.local/share/mise/installs/go/1.26.2`, 'go1.26.2'))},
	];
	for (const c of cases) {
		it(c.name, async () => {
			const sys = c.sys();
			const win = sys.platform === 'win32';
			const [install] = (await goInstalls(new Facts(sys))).installs;
			expect(install?.origin).toBe(c.origin);
			const finding = (await check(sys, ['go-on-path']))['go-on-path']!;
			expect(finding.status).toBe('error');
			expect(finding.summary).toContain(`in ${install!.root} is installed but not on PATH`);
			expect(finding.summary).not.toContain('https://go.dev/dl/');
			// The folder put on PATH holds a go that runs that Go.
			const go = sys.path.join(c.folder, win ? 'go.exe' : 'go');
			expect((await sys.stat(go))?.kind).toBe('file');
			const change = finding.fixes[0]!.changes[0]!;
			if (win) expect(change).toMatchObject({kind: 'path-entries', scope: 'user', added: [c.folder.replace(WIN_HOME, '%USERPROFILE%')]});
			else expect(change).toMatchObject({kind: 'profile-line', file: `${sys.homedir()}/.profile`, after: {line: `export PATH="$PATH:${c.folder.replace(H, '$HOME')}"`}});

			const world = fixWorld(sys);
			try {
				const before = win ? await sys.registry!.readKey(USER_ENVIRONMENT_KEY) : await sys.readFile(`${sys.homedir()}/.profile`);
				expect((await applyFix(world.services, await previewFix(world.services, finding))).status).toBe('applied');
				if (win) expect((await sys.registry!.readKey(USER_ENVIRONMENT_KEY))!.find((v) => v.name === 'Path')!.data).toContain(c.folder.replace(WIN_HOME, '%USERPROFILE%'));
				else expect(await sys.readFile(`${sys.homedir()}/.profile`)).toContain(c.folder.replace(H, '$HOME'));
				expect((await undoEntry(world.services, 'last')).status).toBe('undone');
				expect(win ? await sys.registry!.readKey(USER_ENVIRONMENT_KEY) : await sys.readFile(`${sys.homedir()}/.profile`)).toEqual(before);
			} finally {
				world.cleanup();
			}
		});
	}
});
