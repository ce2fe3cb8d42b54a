import {describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import {mountRootOf} from '../../source/facts/wsl.js';
import {createTranslator} from '../../source/i18n/index.js';
import {PROBES} from '../../source/probes/index.js';
import {createFakeSystem, type FakeEntry, type FakeSystem} from '../../source/system/fake-system.js';

/** Inside WSL: said so, Go's folders on the Windows drive (9P), the Windows Go reached through interop. */

const t = createTranslator('en');
const HOME = '/home/dev';

function tree(root: string, version: string): Record<string, FakeEntry> {
	return {[`${root}/bin/go`]: {file: 'ELF', mode: 0o755}, [`${root}/VERSION`]: `${version}\n`};
}

describe('wsl.conf', () => {
	it('reads [automount] root, /mnt by default', () => {
		expect(mountRootOf(null)).toBe('/mnt');
		expect(mountRootOf('[boot]\nsystemd=true\n[automount]\nenabled = true\nroot = /windir/  # drives\n')).toBe('/windir');
		expect(mountRootOf('[network]\nroot = /nope\n')).toBe('/mnt');
	});
});

describe('inside WSL', () => {
	const wslWorld = (cwd: string, goEnv: Record<string, string> = {}) => {
		const sys = createFakeSystem({
			platform: 'linux',
			home: HOME,
			cwd,
			env: {PATH: '/usr/local/go/bin:/usr/bin', HOME, WSL_DISTRO_NAME: 'Ubuntu-24.04', WSL_INTEROP: '/run/WSL/12_interop'},
			files: {...tree('/usr/local/go', 'go1.26.8'), '/proc/sys/kernel/osrelease': '5.15.167.4-microsoft-standard-WSL2\n', [cwd]: {dir: true}, [`${HOME}/go`]: {dir: true}, '/mnt/c/Users/dev/go': {dir: true}},
		});
		sys.addCommand({file: '/usr/local/go/bin/go', args: ['env', '-json'], answer: {stdout: JSON.stringify({GOROOT: '/usr/local/go', GOVERSION: 'go1.26.8', GOPATH: `${HOME}/go`, GOMODCACHE: `${HOME}/go/pkg/mod`, GOCACHE: `${HOME}/.cache/go-build`, ...goEnv})}});
		return sys;
	};
	const run = async (sys: FakeSystem, ids: string[]) => Object.fromEntries((await new Engine({probes: PROBES, sys, t, scheduleFlush: (f) => f()}).run(ids)).map((f) => [f.id, f]));

	it('terminal says so, and warns when the current folder is on the Windows drive (9P)', async () => {
		const home = (await run(wslWorld(`${HOME}/proj`), ['terminal'])).terminal!;
		expect(home.status).toBe('ok');
		expect(home.summary).toContain('inside WSL 2 (Ubuntu-24.04)');
		const windows = (await run(wslWorld('/mnt/c/Users/dev/proj'), ['terminal'])).terminal!;
		expect(windows).toMatchObject({status: 'warn'});
		expect(windows.summary).toContain('this folder (/mnt/c/Users/dev/proj) is on the Windows drive: go reads every file of it through 9P');
		expect(windows.why).toContain('9P protocol');
	});

	it('gopath warns about a GOPATH or module cache under /mnt/c', async () => {
		const f = (await run(wslWorld(`${HOME}/proj`, {GOPATH: '/mnt/c/Users/dev/go', GOMODCACHE: '/mnt/c/Users/dev/go/pkg/mod'}), ['go-on-path', 'gopath'])).gopath!;
		expect(f.status).toBe('warn');
		expect(f.summary).toContain('on the Windows drive, reached through 9P from WSL (slow for every build): GOPATH=/mnt/c/Users/dev/go, GOMODCACHE=/mnt/c/Users/dev/go/pkg/mod');
	});

	it('go-on-path lists the Windows Go reachable through interop, and warns when the go that runs is the Windows go.exe', async () => {
		const sys = wslWorld(`${HOME}/proj`);
		for (const [file, entry] of Object.entries(tree('/mnt/c/Program Files/Go', 'go1.25.3'))) sys.setFile(file, entry);
		const f = (await run(sys, ['go-on-path']))['go-on-path']!;
		expect(f.summary).toBe('go1.26.8 at /usr/local/go/bin/go; also installed, not on PATH: go1.25.3 (Windows, reached from WSL)');
		expect(JSON.stringify(f.evidence)).toContain('WSL 2, Ubuntu-24.04, Windows programs can run from here');

		const windowsGo = createFakeSystem({
			platform: 'linux',
			home: HOME,
			env: {PATH: '/usr/bin:/mnt/c/Program Files/Go/bin', HOME, WSL_DISTRO_NAME: 'Ubuntu'},
			files: {'/proc/sys/kernel/osrelease': '5.15.167.4-microsoft-standard-WSL2\n', '/mnt/c/Program Files/Go/bin/go': {file: 'MZ', mode: 0o755}},
		});
		windowsGo.addCommand({file: '/mnt/c/Program Files/Go/bin/go', args: ['env', '-json'], answer: {stdout: JSON.stringify({GOROOT: 'C:\\Program Files\\Go', GOVERSION: 'go1.26.8', GOHOSTOS: 'windows', GOHOSTARCH: 'amd64'})}});
		const w = (await run(windowsGo, ['go-on-path']))['go-on-path']!;
		expect(w.status).toBe('warn');
		expect(w.summary).toContain('is the Windows go.exe, reached through WSL interop');
	});
});
