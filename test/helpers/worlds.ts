import {createFakeSystem, type FakeEntry, type FakeSystem} from '../../source/system/fake-system.js';
import type {RegistryValue} from '../../source/system/registry.js';

/**
 * Fake worlds with a Go install, in the shapes real machines have. `goEnv` is what the
 * winning go prints for `go env -json`; a string there is its stderr with exit code 2.
 */
export interface GoWorld {
	platform: 'linux' | 'win32' | 'darwin';
	env?: Record<string, string>;
	files?: Record<string, FakeEntry>;
	goEnv?: Record<string, string> | string;
	/** Extra go binaries: path → `go version` output. */
	otherGos?: Record<string, string>;
	/** Windows: registry keys and their raw values. */
	registry?: Record<string, RegistryValue[]>;
}

export const LINUX_GOROOT = '/usr/local/go';
export const WINDOWS_GOROOT = 'C:\\Program Files\\Go';

export function goTreeFiles(platform: GoWorld['platform'], goroot: string, version: string): Record<string, FakeEntry> {
	const sep = platform === 'win32' ? '\\' : '/';
	const exe = platform === 'win32' ? 'go.exe' : 'go';
	return {
		[`${goroot}${sep}bin${sep}${exe}`]: {file: 'ELF', mode: 0o755},
		[`${goroot}${sep}pkg${sep}tool`]: {dir: true},
		[`${goroot}${sep}src${sep}runtime`]: {dir: true},
		[`${goroot}${sep}VERSION`]: `${version}\ntime 2026-10-01T00:00:00Z\n`,
		[`${goroot}${sep}go.env`]: `# defaults\nGOPROXY=https://goproxy.example.com,direct\nGOSUMDB=sumdb.example.com\nGOTOOLCHAIN=auto\n`,
	};
}

export function defaultGoEnv(platform: GoWorld['platform'], overrides: Record<string, string> = {}): Record<string, string> {
	const win = platform === 'win32';
	return {
		GOROOT: win ? WINDOWS_GOROOT : LINUX_GOROOT,
		GOPATH: win ? 'C:\\Users\\dev\\go' : '/home/dev/go',
		GOENV: win ? 'C:\\Users\\dev\\AppData\\Roaming\\go\\env' : '/home/dev/.config/go/env',
		GOVERSION: 'go1.26.8',
		GOOS: win ? 'windows' : platform,
		GOARCH: 'amd64',
		GO111MODULE: '',
		GOPROXY: 'https://goproxy.example.com,direct',
		GOSUMDB: 'sumdb.example.com',
		GOTOOLCHAIN: 'auto',
		...overrides,
	};
}

export function goWorld(spec: GoWorld): FakeSystem {
	const win = spec.platform === 'win32';
	const goroot = win ? WINDOWS_GOROOT : LINUX_GOROOT;
	const goBin = win ? `${goroot}\\bin\\go.exe` : `${goroot}/bin/go`;
	const env = {
		...(win
			? {PATH: `C:\\Windows\\system32;${goroot}\\bin`, PATHEXT: '.COM;.EXE;.BAT;.CMD', AppData: 'C:\\Users\\dev\\AppData\\Roaming', USERPROFILE: 'C:\\Users\\dev'}
			: {PATH: `/usr/bin:${goroot}/bin`, HOME: spec.platform === 'darwin' ? '/Users/dev' : '/home/dev'}),
		...spec.env,
	};
	const goEnv = spec.goEnv ?? defaultGoEnv(spec.platform);
	const sys = createFakeSystem({
		platform: spec.platform,
		env,
		files: {...goTreeFiles(spec.platform, goroot, 'go1.26.8'), ...spec.files},
		...(spec.registry ? {registry: spec.registry} : {}),
		commands: [
			{
				file: goBin,
				args: ['env', '-json'],
				answer: typeof goEnv === 'string' ? {exitCode: 2, stderr: goEnv} : {stdout: JSON.stringify(goEnv, null, '\t') + '\n'},
			},
			...Object.entries(spec.otherGos ?? {}).map(([file, out]) => ({file, args: ['version'], answer: {stdout: out + '\n'}})),
		],
	});
	for (const file of Object.keys(spec.otherGos ?? {})) sys.setFile(file, {file: 'ELF', mode: 0o755});
	return sys;
}
