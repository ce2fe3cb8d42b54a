import {composeEnvironment} from '../../source/facts/windows-env.js';
import {createFakeSystem, type FakeEntry, type FakeSystem} from '../../source/system/fake-system.js';
import {SYSTEM_ENVIRONMENT_KEY, USER_ENVIRONMENT_KEY, type RegistryValue} from '../../source/system/registry.js';
import {installFakeGit, installFakePowershell, type FakeWindowsState} from './fake-windows-tools.js';
import type {PropertyWorld} from './fix-properties.js';
import {installSimulatedGo, type SimulatedGoSpec} from './simulated-go.js';

/**
 * Fake worlds for the fix property test: each a machine in a shape real ones have, with a
 * problem that some check offers to fix. Everything in them answers from the world as it is
 * now (the simulated go, the fake registry, PowerShell, git), so a fix applied changes what
 * the next run of the checks reads. Each `make()` builds a fresh copy.
 */

const sz = (name: string, data: string): RegistryValue => ({name, type: 'REG_SZ', data});
const expand = (name: string, data: string): RegistryValue => ({name, type: 'REG_EXPAND_SZ', data});

const WIN_USER = 'C:\\Users\\dev';
const WIN_GOROOT = 'C:\\Program Files\\Go';
const FILESYSTEM_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\FileSystem';
const INTERNET_SETTINGS_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';

/** What Windows gives every process before the registry: the builtins of til/env.h. */
const WIN_BUILTINS: Record<string, string> = {
	SystemRoot: 'C:\\Windows',
	SystemDrive: 'C:',
	USERPROFILE: WIN_USER,
	APPDATA: `${WIN_USER}\\AppData\\Roaming`,
	LOCALAPPDATA: `${WIN_USER}\\AppData\\Local`,
	ProgramFiles: 'C:\\Program Files',
	USERNAME: 'dev',
	COMPUTERNAME: 'DEVBOX',
};

const SYSTEM_BASE = [
	expand('ComSpec', '%SystemRoot%\\system32\\cmd.exe'),
	sz('OS', 'Windows_NT'),
	sz('PATHEXT', '.COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC'),
	sz('PROCESSOR_ARCHITECTURE', 'AMD64'),
	expand('TEMP', '%SystemRoot%\\TEMP'),
	expand('windir', '%SystemRoot%'),
];
const USER_BASE = [expand('TEMP', '%USERPROFILE%\\AppData\\Local\\Temp'), expand('TMP', '%USERPROFILE%\\AppData\\Local\\Temp')];

function goTree(sep: string, root: string, version: string, exe: string): Record<string, FakeEntry> {
	return {
		[`${root}${sep}bin${sep}go${exe}`]: {file: 'go', mode: 0o755},
		[`${root}${sep}pkg${sep}tool`]: {dir: true},
		[`${root}${sep}src${sep}runtime`]: {dir: true},
		[`${root}${sep}VERSION`]: `${version}\ntime 2026-10-01T00:00:00Z\n`,
		[`${root}${sep}go.env`]: 'GOPROXY=https://proxy.golang.example,direct\nGOSUMDB=sum.golang.example\nGOTOOLCHAIN=auto\n',
	};
}

/** The environment a new terminal gets from this registry (Windows Terminal's composition). */
function composedEnv(user: readonly RegistryValue[] | null, system: readonly RegistryValue[] | null): Record<string, string> {
	const composed = composeEnvironment({processEnv: WIN_BUILTINS, system, user});
	return {...WIN_BUILTINS, ...Object.fromEntries([...composed.variables.values()].map((v) => [v.name, v.value]))};
}

interface WindowsSpec {
	user?: RegistryValue[];
	system?: RegistryValue[];
	keys?: Record<string, RegistryValue[]>;
	files?: Record<string, FakeEntry>;
	/** This terminal's differences from a new one (a stale session); undefined removes. */
	session?: Record<string, string | undefined>;
	gos?: SimulatedGoSpec[];
	git?: boolean;
	state?: Partial<FakeWindowsState>;
	cwd?: string;
}

function windowsWorld(spec: WindowsSpec): {sys: FakeSystem; newTerminal: () => Promise<void>} {
	const user = [...USER_BASE, ...(spec.user ?? [])];
	const system = [...SYSTEM_BASE, ...(spec.system ?? [])];
	const env = composedEnv(user, system);
	for (const [name, value] of Object.entries(spec.session ?? {})) {
		if (value === undefined) delete env[name];
		else env[name] = value;
	}
	const gos = spec.gos ?? [{goroot: WIN_GOROOT, version: 'go1.26.8'}];
	const sys = createFakeSystem({
		platform: 'win32',
		home: WIN_USER,
		cwd: spec.cwd ?? `${WIN_USER}\\project`,
		env,
		registry: {[USER_ENVIRONMENT_KEY]: user, [SYSTEM_ENVIRONMENT_KEY]: system, ...spec.keys},
		files: {
			'C:\\Windows\\system32\\cmd.exe': {file: 'MZ'},
			'C:\\Windows\\System32\\Wbem': {dir: true},
			[`${WIN_USER}\\project`]: {dir: true},
			[`${WIN_USER}\\AppData\\Local\\Temp`]: {dir: true},
			[`${WIN_USER}\\AppData\\Local\\Microsoft\\WindowsApps`]: {dir: true},
			...Object.assign({}, ...gos.map((go) => goTree('\\', go.goroot, go.version, '.exe'))),
			...spec.files,
		},
	});
	for (const go of gos) installSimulatedGo(sys, go);
	installFakePowershell(sys, {exclusions: [], elevated: true, ...spec.state});
	if (spec.git) installFakeGit(sys, 'C:\\Program Files\\Git\\cmd\\git.exe');
	const names = new Set([...user, ...system].map((v) => v.name.toUpperCase()));
	return {
		sys,
		// A terminal opened now: every variable the registry has (or had) as it composes today.
		async newTerminal() {
			const [u, s] = await Promise.all([sys.registry!.readKey(USER_ENVIRONMENT_KEY), sys.registry!.readKey(SYSTEM_ENVIRONMENT_KEY)]);
			for (const v of [...(u ?? []), ...(s ?? [])]) names.add(v.name.toUpperCase());
			const next = composedEnv(u, s);
			const upper = new Map(Object.entries(next).map(([k, v]) => [k.toUpperCase(), v]));
			for (const name of names) sys.setEnv(name, upper.get(name));
		},
	};
}

const USER_PATH_MSI = '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin;';
const SYSTEM_PATH_MSI = `%SystemRoot%\\system32;%SystemRoot%;%SystemRoot%\\System32\\Wbem;${WIN_GOROOT}\\bin`;

const LINUX_HOME = '/home/dev';
const LINUX_GOROOT = '/usr/local/go';

interface UnixSpec {
	platform?: 'linux' | 'darwin';
	env?: Record<string, string>;
	files?: Record<string, FakeEntry>;
	go?: Partial<SimulatedGoSpec>;
	cwd?: string;
}

function unixWorld(spec: UnixSpec): FakeSystem {
	const platform = spec.platform ?? 'linux';
	const home = platform === 'darwin' ? '/Users/dev' : LINUX_HOME;
	const sys = createFakeSystem({
		platform,
		home,
		cwd: spec.cwd ?? `${home}/project`,
		env: {PATH: `/usr/bin:/bin:${LINUX_GOROOT}/bin`, HOME: home, SHELL: platform === 'darwin' ? '/bin/zsh' : '/bin/bash', ...spec.env},
		files: {
			'/usr/bin': {dir: true},
			'/bin': {dir: true},
			[`${home}/project`]: {dir: true},
			...goTree('/', LINUX_GOROOT, 'go1.26.8', ''),
			...spec.files,
		},
	});
	installSimulatedGo(sys, {goroot: LINUX_GOROOT, version: 'go1.26.8', ...spec.go});
	return sys;
}

const fake = (name: string, platform: string, make: () => FakeSystem | {sys: FakeSystem; newTerminal?: () => Promise<void>}, extra: Partial<PropertyWorld> = {}): PropertyWorld => ({
	name,
	platform,
	kind: 'fake',
	offline: true,
	async make() {
		const made = make();
		const built = 'sys' in made ? made : {sys: made};
		return {sys: built.sys, cleanup: () => undefined, ...('newTerminal' in built && built.newTerminal ? {newTerminal: built.newTerminal} : {})};
	},
	...extra,
});

export const FAKE_WORLDS: PropertyWorld[] = [
	// The registry's Path values untidy in every way path-hygiene fixes; a variable the user
	// set; a stale system GOROOT an old installer left.
	fake('windows: untidy Path values, GO111MODULE and a stale GOROOT in the registry', 'win32', () =>
		windowsWorld({
			user: [
				expand('Path', `%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin;${WIN_GOROOT}\\bin;C:\\Old\\Missing;%GOPATH%\\bin;`),
				expand('GOPATH', '%USERPROFILE%\\go'),
				sz('GO111MODULE', 'off'),
			],
			system: [
				expand('Path', `${SYSTEM_PATH_MSI};%SystemRoot%;C:\\Gone\\bin;%TOOLS_HOME%\\bin`),
				expand('TOOLS_HOME', 'C:\\Tools'),
				sz('GOROOT', 'C:\\Go'),
			],
			files: {'C:\\Tools\\bin': {dir: true}, ...goTree('\\', 'C:\\Go', 'go1.20.14', '.exe')},
		}),
	),
	// %GOPATH%\bin in the user Path, expanded before GOPATH is known: go\bin never gets on PATH.
	fake('windows: %GOPATH%\\bin in the user Path never expands (REG_EXPAND_SZ, registry order)', 'win32', () =>
		windowsWorld({
			user: [expand('Path', '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%GOPATH%\\bin;'), expand('GOPATH', '%USERPROFILE%\\go')],
			system: [expand('Path', SYSTEM_PATH_MSI)],
			files: {[`${WIN_USER}\\go\\bin`]: {dir: true}},
		}),
	),
	// A user Path written as REG_SZ by a tool: Windows never expands its references.
	fake('windows: a REG_SZ user Path holding %USERPROFILE%', 'win32', () =>
		windowsWorld({
			user: [sz('Path', '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin')],
			system: [expand('Path', SYSTEM_PATH_MSI)],
			files: {[`${WIN_USER}\\go\\bin`]: {dir: true}},
		}),
	),
	// The folder go install writes to is not on PATH; a variable set in the registry that this
	// terminal does not have yet (it was opened before).
	fake('windows: go\\bin not on the user Path, a terminal older than the registry', 'win32', () =>
		windowsWorld({
			user: [expand('Path', '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;'), sz('GOFLAGS', '-mod=mod')],
			system: [expand('Path', SYSTEM_PATH_MSI)],
			session: {GOFLAGS: undefined},
		}),
	),
	// An old Go before a newer one in the user Path, no Go in the system Path: the ordinary case.
	fake('windows: an old Go listed before a newer one in the user Path', 'win32', () =>
		windowsWorld({
			user: [expand('Path', `%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;C:\\Go121\\bin;%USERPROFILE%\\sdk\\go1.27.4\\bin;%USERPROFILE%\\go\\bin;`)],
			system: [expand('Path', '%SystemRoot%\\system32;%SystemRoot%;%SystemRoot%\\System32\\Wbem')],
			gos: [
				{goroot: 'C:\\Go121', version: 'go1.21.13'},
				{goroot: `${WIN_USER}\\sdk\\go1.27.4`, version: 'go1.27.4'},
			],
		}),
	),
	// An old Go in the system Path that shadows a newer one the user installed.
	fake('windows: an old system Go shadows a newer user Go', 'win32', () =>
		windowsWorld({
			user: [expand('Path', `%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\sdk\\go1.27.4\\bin;%USERPROFILE%\\go\\bin;`)],
			system: [expand('Path', '%SystemRoot%\\system32;%SystemRoot%;C:\\Go121\\bin')],
			gos: [
				{goroot: 'C:\\Go121', version: 'go1.21.13'},
				{goroot: `${WIN_USER}\\sdk\\go1.27.4`, version: 'go1.27.4'},
			],
		}),
	),
	// Admin-only changes: long paths off, Defender without exclusions for go's build folders;
	// git without core.longpaths.
	fake('windows: long paths off, no Defender exclusions, git without core.longpaths', 'win32', () =>
		windowsWorld({
			user: [expand('Path', USER_PATH_MSI)],
			system: [expand('Path', `${SYSTEM_PATH_MSI};C:\\Program Files\\Git\\cmd`)],
			keys: {[FILESYSTEM_KEY]: [{name: 'LongPathsEnabled', type: 'REG_DWORD', data: '0'}]},
			files: {[`${WIN_USER}\\go\\bin`]: {dir: true}, [`${WIN_USER}\\AppData\\Local\\go-build`]: {dir: true}},
			git: true,
		}),
	),
	// A proxy set only in Internet Settings; GOPROXY in HKCU naming a proxy that does not
	// answer (one that does is measured); cgo wanted with MinGW installed but not on PATH.
	fake(
		'windows: the system proxy, a dead GOPROXY in HKCU, MinGW off PATH',
		'win32',
		() => {
			const world = windowsWorld({
				user: [expand('Path', USER_PATH_MSI), sz('GOPROXY', 'https://dead.example,direct')],
				system: [expand('Path', SYSTEM_PATH_MSI)],
				keys: {[INTERNET_SETTINGS_KEY]: [{name: 'ProxyEnable', type: 'REG_DWORD', data: '1'}, sz('ProxyServer', '127.0.0.1:3128')]},
				files: {[`${WIN_USER}\\go\\bin`]: {dir: true}, 'C:\\msys64\\mingw64\\bin\\gcc.exe': {file: 'MZ'}},
				gos: [{goroot: WIN_GOROOT, version: 'go1.26.8', proxies: {'https://goproxy.cn': {seconds: 0.05}, 'https://goproxy.io': {seconds: 0.2}}}],
			});
			world.sys.addCommand({file: 'C:\\msys64\\mingw64\\bin\\gcc.exe', args: ['-dumpmachine'], answer: {stdout: 'x86_64-w64-mingw32\n'}});
			return world;
		},
		{offline: false},
	),
	// The go env file of a person who followed several tutorials.
	fake('linux: a go env file with GO111MODULE=off, GOROOT, an empty GOPROXY, a made-up name; go\\bin not on PATH', 'linux', () =>
		unixWorld({
			files: {
				[`${LINUX_HOME}/.config/go/env`]: 'GO111MODULE=off\nGOCERTFILE=/etc/ssl/corp.pem\nGOPROXY=\nGOROOT=/usr/local/go\n',
				[`${LINUX_HOME}/.profile`]: '# ~/.profile\n',
			},
		}),
	),
	// Settings exported by a shell profile (GO111MODULE also in the go env file, from another
	// tutorial: removing only one leaves the other in force), and one this session alone has.
	fake('linux: GO111MODULE exported by ~/.bashrc and in the go env file, GOOS set in this session only', 'linux', () =>
		unixWorld({
			env: {GO111MODULE: 'auto', GOOS: 'windows', PATH: `/usr/bin:/bin:${LINUX_GOROOT}/bin:${LINUX_HOME}/go/bin`},
			files: {[`${LINUX_HOME}/.bashrc`]: '# ~/.bashrc\nexport GO111MODULE=auto\n', [`${LINUX_HOME}/.config/go/env`]: 'GO111MODULE=auto\n', [`${LINUX_HOME}/go/bin`]: {dir: true}},
		}),
	),
	// A go env file saved with CRLF line ends by a Windows editor.
	fake('linux: a go env file with CRLF line ends', 'linux', () =>
		unixWorld({
			env: {PATH: `/usr/bin:/bin:${LINUX_GOROOT}/bin:${LINUX_HOME}/go/bin`},
			files: {[`${LINUX_HOME}/.config/go/env`]: 'GOPRIVATE=*.corp.example\r\nGOFLAGS=-mod=mod\r\n', [`${LINUX_HOME}/go/bin`]: {dir: true}},
		}),
	),
	// The editor's tools: gopls never installed, a stale dlv in GOROOT/bin that runs before the
	// one go install wrote; a go.mod requiring a module on a company host GOPRIVATE misses.
	fake('linux: no gopls, a stale dlv first on PATH, a private module not in GOPRIVATE', 'linux', () => {
		const sys = unixWorld({
			env: {PATH: `/usr/bin:/bin:${LINUX_GOROOT}/bin:${LINUX_HOME}/go/bin`},
			files: {
				[`${LINUX_GOROOT}/bin/dlv`]: {file: 'built by go1.20.14 for linux/amd64\npath github.com/go-delve/delve/cmd/dlv\nmod github.com/go-delve/delve v1.20.0\n', mode: 0o755},
				[`${LINUX_HOME}/go/bin/dlv`]: {file: 'built by go1.26.8 for linux/amd64\npath github.com/go-delve/delve/cmd/dlv\nmod github.com/go-delve/delve v1.26.0\n', mode: 0o755},
				[`${LINUX_HOME}/project/go.mod`]: 'module example.com/app\n\ngo 1.26\n\nrequire git.corp.example/team/lib v1.2.0\n',
			},
		});
		// go fetches GOPRIVATE modules with git: a machine with private modules has it, with a
		// credential helper for the company host.
		installFakeGit(sys, '/usr/bin/git');
		sys.setFile(`${LINUX_HOME}/.gitconfig`, '[credential]\n\thelper = store\n');
		return sys;
	}),
	// A setting this terminal alone has: nothing to edit, only words for the person.
	fake('linux: GO111MODULE=auto set in this session only', 'linux', () =>
		unixWorld({env: {GO111MODULE: 'auto', PATH: `/usr/bin:/bin:${LINUX_GOROOT}/bin:${LINUX_HOME}/go/bin`}, files: {[`${LINUX_HOME}/go/bin`]: {dir: true}}}),
	),
	// cgo: a compiler whose path has a space and is not quoted; another world where CC names a
	// working gcc that is not on PATH, so go turned cgo off.
	fake('linux: CC with an unquoted space', 'linux', () => {
		const sys = unixWorld({
			env: {PATH: `/usr/bin:/bin:${LINUX_GOROOT}/bin:${LINUX_HOME}/go/bin`},
			files: {[`${LINUX_HOME}/.config/go/env`]: `CC=${LINUX_HOME}/my tools/gcc\n`, [`${LINUX_HOME}/my tools/gcc`]: {file: 'ELF', mode: 0o755}, [`${LINUX_HOME}/go/bin`]: {dir: true}},
		});
		sys.addCommand({file: `${LINUX_HOME}/my tools/gcc`, args: ['-dumpmachine'], answer: {stdout: 'x86_64-linux-gnu\n'}});
		return {sys};
	}),
	fake('linux: CC names a gcc that is not on PATH, so cgo is off', 'linux', () => {
		const sys = unixWorld({
			env: {PATH: `/usr/bin:/bin:${LINUX_GOROOT}/bin:${LINUX_HOME}/go/bin`},
			files: {[`${LINUX_HOME}/.config/go/env`]: 'CC=/opt/gcc/bin/gcc\n', '/opt/gcc/bin/gcc': {file: 'ELF', mode: 0o755}, [`${LINUX_HOME}/go/bin`]: {dir: true}},
		});
		sys.addCommand({file: '/opt/gcc/bin/gcc', args: ['-dumpmachine'], answer: {stdout: 'x86_64-linux-gnu\n'}});
		return {sys};
	}),
	// The editor's settings still name the Go of an old setup (editor-go): VS Code's go.goroot at a
	// folder that is gone, with a comment and a trailing comma its fix must keep.
	fake('linux: VS Code’s go.goroot at a Go that is gone', 'linux', () =>
		unixWorld({files: {[`${LINUX_HOME}/.config/Code/User/settings.json`]: '{\n  // set up in 2022\n  "go.goroot": "/usr/lib/go-1.19",\n}\n'}}),
	),
	// asdf's shim first on PATH, a project's .tool-versions selecting a version that is not
	// installed: the shim cannot run go (asdf's own message), and the fix is asdf's install command.
	fake('linux: an asdf shim selecting a Go that is not installed', 'linux', () => {
		const shim = `${LINUX_HOME}/.asdf/shims/go`;
		const sys = unixWorld({
			env: {PATH: `${LINUX_HOME}/.asdf/shims:/usr/bin:/bin`},
			files: {
				[shim]: {file: `#!/usr/bin/env bash\n# asdf-plugin: golang 1.26.8\nexec ${LINUX_HOME}/.asdf/bin/asdf exec "go" "$@"\n`, mode: 0o755},
				[`${LINUX_HOME}/project/.tool-versions`]: 'golang 1.21.0\n',
				...goTree('/', `${LINUX_HOME}/.asdf/installs/golang/1.26.8/go`, 'go1.26.8', ''),
			},
		});
		sys.addCommand({file: shim, args: ['env', '-json'], answer: {exitCode: 126, stderr: 'No preset version installed for command go\n'}});
		return sys;
	}),
	// macOS with zsh: GO111MODULE=off in ~/.zprofile, go\bin not on PATH.
	fake('macOS: GO111MODULE=off in ~/.zprofile, ~/go/bin not on PATH', 'darwin', () =>
		unixWorld({platform: 'darwin', env: {GO111MODULE: 'off'}, files: {'/Users/dev/.zprofile': 'export GO111MODULE=off\n'}}),
	),
];
