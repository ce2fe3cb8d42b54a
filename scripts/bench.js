// `npm run bench`: how fast goenv-tui feels, as ratios against baselines measured in the
// same run on the same machine (absolute times mean little across machines). Every sample
// round measures the baselines and the program back to back, so a machine that gets busier
// during the run slows both; the medians of the rounds are printed. Needs a built bundle
// (npm run build), go on PATH, and a pseudo-terminal (node-pty).
//
//   BENCH_RUNS=21 npm run bench     more rounds (default 11)
//   BENCH_BEFORE=<revision>         what "before" is (default: main before the one-UI-model
//                                   redesign); BENCH_BEFORE=none measures only this tree
//
// "Before" is built from git (git archive into a temporary folder, this tree's node_modules, or its own
// from its lock file when it needs a package this tree no longer has,
// its own build script) and timed in the same rounds, so the before / after ratios compare
// two programs under the same load.
import {spawnSync, execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as pty from 'node-pty';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'goenv-tui.js');
const probe = path.join(root, 'scripts', 'bench-probe.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
// main as it stood before the redesign of issue 18 (one UI model, rooms by job).
const BEFORE = process.env.BENCH_BEFORE ?? '7c39fef';
// A fresh HOME: no go env file, no suppressions, no journal; the build cache of the machine.
const home = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-bench-'));
const env = {...process.env, HOME: home, NO_COLOR: '1', TERM: 'xterm-256color'};
delete env.CI;
delete env.CONTINUOUS_INTEGRATION;

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

function timeCommand(file, args, extraEnv = {}) {
	const start = process.hrtime.bigint();
	const result = spawnSync(file, args, {env: {...env, ...extraEnv}, cwd: home, stdio: ['ignore', 'ignore', 'ignore']});
	if (result.status === null) throw new Error(`${file} ${args.join(' ')} did not finish`);
	return ms(start);
}

/**
 * The live checklist in a real pty: the time from spawn to its first frame (the checklist's
 * title and rows on the screen), and to the moment it answers a key sent as soon as the first
 * frame is there (the pointer moving to the second row). `j`, or ↓ on its own, is read from
 * the first frame on; ↓↑↓ in one chunk only Ink's parser reads, so it times Ink's start. Then
 * `q`, at once or (`untilDone`) once every check has finished.
 */
function interactive({nodeArgs = [], extraEnv = {}, untilDone = false, key = 'j', program = bin} = {}) {
	return new Promise((resolve, reject) => {
		const start = process.hrtime.bigint();
		const child = pty.spawn(process.execPath, [...nodeArgs, program], {name: 'xterm-256color', cols: 100, rows: 30, cwd: home, env: {...env, ...extraEnv}});
		let seen = '';
		let afterKey = '';
		let frame;
		let live;
		let finished = false;
		const timer = setTimeout(() => {
			child.kill();
			reject(new Error(`no frame within 30 s; output was:\n${seen}`));
		}, 30_000);
		child.onData((data) => {
			seen += data;
			if (frame === undefined && seen.includes('goenv-tui') && /go on PATH/.test(seen) && /GO111MODULE/.test(seen)) {
				frame = ms(start);
				child.write(key);
				return;
			}
			if (frame !== undefined && live === undefined) {
				afterKey += data;
				if (/(❯|>) \S GOROOT/.test(afterKey)) {
					live = ms(start);
					if (!untilDone) child.write('q');
				}
			}
			// Finished once a frame's title no longer counts running checks.
			if (untilDone && live !== undefined && !finished) {
				const lastTitle = seen.slice(seen.lastIndexOf('goenv-tui '), seen.lastIndexOf('goenv-tui ') + 200);
				if (!/\d+\/\d+ /.test(lastTitle.split('\n')[0])) {
					finished = true;
					child.write('q');
				}
			}
		});
		child.onExit(() => {
			clearTimeout(timer);
			if (frame === undefined || live === undefined) reject(new Error(`the checklist did not come up; output was:\n${seen}`));
			else resolve({frame, live});
		});
	});
}

/** A run under the counting preload: what it printed, the processes it started, its peak memory. */
function probed(args) {
	const out = path.join(home, 'bench-out.json');
	rmSync(out, {force: true});
	const run = spawnSync(process.execPath, ['--require', probe, bin, ...args], {env: {...env, GOENV_TUI_BENCH_OUT: out}, cwd: home, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
	return {stdout: run.stdout, ...JSON.parse(readFileSync(out, 'utf8'))};
}

async function probedInteractive() {
	const out = path.join(home, 'bench-out.json');
	rmSync(out, {force: true});
	await interactive({nodeArgs: ['--require', probe], extraEnv: {GOENV_TUI_BENCH_OUT: out}, untilDone: true});
	return JSON.parse(readFileSync(out, 'utf8'));
}

const go = spawnSync('sh', ['-c', 'command -v go'], {encoding: 'utf8'}).stdout.trim();
if (!go) throw new Error('go must be on PATH');
const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');
const loadBefore = load();

// The full offline check once: its processes (the spawn budget), and the check ids. The
// timed check runs every check but smoke-build (a real `go build`, whose time is the Go
// toolchain's, not ours), with --only.
const full = probed(['check', '--offline', '--json']);
const timedIds = JSON.parse(full.stdout).findings.map((f) => f.id).filter((id) => id !== 'smoke-build');
const checkArgs = ['check', '--offline', '--json', '--only', timedIds.join(',')];
const partial = probed(checkArgs);

/**
 * The program as it was at `revision`, built in a temporary folder: its bin, and the ids of
 * the checks it knows (the before / after check runs only those both know). Undefined, with
 * the reason printed, when it cannot be built here.
 */
function buildBefore(revision) {
	if (revision === 'none' || revision === '') return undefined;
	const dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-bench-before-'));
	const unpacked = spawnSync('sh', ['-c', 'git -C "$1" archive "$2" | tar -x -C "$3"', 'sh', root, revision, dir], {encoding: 'utf8'});
	if (unpacked.status !== 0) {
		console.log(`before (${revision}): not measured, git archive failed: ${unpacked.stderr.trim()}`);
		rmSync(dir, {recursive: true, force: true});
		return undefined;
	}
	symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	let built = spawnSync(process.execPath, [path.join(dir, 'scripts', 'build.js')], {cwd: dir, encoding: 'utf8'});
	if (built.status !== 0) {
		// It needed a package this tree no longer has (a dependency since dropped): its own, from
		// its lock file, with npm's own client (the cache first), no install scripts.
		rmSync(path.join(dir, 'node_modules'), {force: true});
		const installed = spawnSync('npm', ['ci', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], {cwd: dir, encoding: 'utf8'});
		if (installed.status === 0) built = spawnSync(process.execPath, [path.join(dir, 'scripts', 'build.js')], {cwd: dir, encoding: 'utf8'});
	}
	const beforeBin = path.join(dir, 'bin', 'goenv-tui.js');
	const run = built.status === 0 ? spawnSync(process.execPath, [beforeBin, 'check', '--offline', '--json'], {env, cwd: home, encoding: 'utf8'}) : undefined;
	try {
		return {dir, bin: beforeBin, revision, ids: JSON.parse(run?.stdout ?? '').findings.map((f) => f.id)};
	} catch {
		console.log(`before (${revision}): not measured, it did not build or run here: ${(built.stderr || run?.stderr || '').trim().slice(0, 300)}`);
		rmSync(dir, {recursive: true, force: true});
		return undefined;
	}
}
const before = buildBefore(BEFORE);
const commonIds = before === undefined ? [] : timedIds.filter((id) => before.ids.includes(id));
const commonArgs = ['check', '--offline', '--json', '--only', commonIds.join(',')];

// Warm the file cache and go's own caches once, so the first round is not an outlier.
timeCommand(process.execPath, [bin, '--version']);
timeCommand(go, ['env', '-json'], {GOTOOLCHAIN: 'local'});
timeCommand(process.execPath, [bin, ...checkArgs]);
await interactive();
if (before !== undefined) {
	timeCommand(process.execPath, [before.bin, ...commonArgs]);
	await interactive({program: before.bin});
}

// ↓ alone; ↓↑↓ in one chunk (one row down in the end), which only Ink's parser reads.
const DOWN = '\u001B[B';
const INK_ONLY = '\u001B[B\u001B[A\u001B[B';
const samples = {node: [], goEnv: [], version: [], check: [], frame: [], live: [], arrow: [], ink: []};
const push = (key, value) => (samples[key] ??= []).push(value);
for (let i = 0; i < RUNS; i++) {
	samples.node.push(timeCommand(process.execPath, ['-e', '0']));
	samples.goEnv.push(timeCommand(go, ['env', '-json'], {GOTOOLCHAIN: 'local'}));
	samples.version.push(timeCommand(process.execPath, [bin, '--version']));
	samples.check.push(timeCommand(process.execPath, [bin, ...checkArgs]));
	const {frame, live} = await interactive();
	samples.frame.push(frame);
	samples.live.push(live);
	samples.arrow.push((await interactive({key: DOWN})).live);
	samples.ink.push((await interactive({key: INK_ONLY})).live);
	if (before === undefined) continue;
	// Before and after in turn, in the same round, the order swapped every round: the same load
	// for both, and neither always second (a busy machine's load drifts within a round).
	const pair = [['before', before.bin], ['after', bin]];
	for (const [name, program] of i % 2 === 0 ? pair : pair.reverse()) {
		push(`${name}.version`, timeCommand(process.execPath, [program, '--version']));
		push(`${name}.check`, timeCommand(process.execPath, [program, ...commonArgs]));
		const run = await interactive({program});
		push(`${name}.frame`, run.frame);
		push(`${name}.live`, run.live);
		push(`${name}.arrow`, (await interactive({program, key: DOWN})).live);
		push(`${name}.ink`, (await interactive({program, key: INK_ONLY})).live);
	}
}
const m = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
const memory = await probedInteractive();

const rows = [];
const report = (name, value, baseline, baselineName, target) => {
	const ratio = value / baseline;
	const verdict = target === undefined ? '' : ratio <= target ? `within ${target}×` : `MISSED ${target}× by ${((ratio / target - 1) * 100).toFixed(0)} % (${(value - target * baseline).toFixed(0)} ms over)`;
	rows.push(`| ${name} | ${value.toFixed(0)} ms | ${baselineName} ${baseline.toFixed(0)} ms | ${ratio.toFixed(2)}× | ${verdict} |`);
};
report('first checklist frame, in a pty', m.frame, m.node, '`node -e 0`', 2.5);
report('keys live (a `j` at the first frame moves the pointer)', m.live, m.node, '`node -e 0`', 3);
report('arrow keys live (a ↓ at the first frame moves the pointer)', m.arrow, m.node, '`node -e 0`', 3);
report('Ink running (↓↑↓ in one chunk at the first frame, read by Ink only, moves it)', m.ink, m.node, '`node -e 0`');
report(`\`check --offline --json\`, ${timedIds.length} checks (all but smoke-build)`, m.check, m.node + m.goEnv, '`node -e 0` + `go env -json`', 3);
report('`--version`', m.version, m.node, '`node -e 0`');

const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}))[0];
const dependencies = Object.keys(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).dependencies ?? {}).length;
const describeSpawns = (list) => {
	const counts = new Map();
	for (const s of list) {
		const name = `${path.basename(s.file)} ${s.args.filter((a) => !a.includes('/') && !a.startsWith('^')).slice(0, 2).join(' ')}`.trim();
		counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	return [...counts].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ');
};

const cpus = os.cpus();
console.log(`goenv-tui bench — ${RUNS} rounds, medians`);
console.log(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}; load average ${loadBefore} before, ${load()} after`);
console.log('');
console.log('| measure | median | baseline | ratio | target |');
console.log('|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log('');
if (before !== undefined) {
	console.log('');
	console.log(`before / after: ${before.revision} (before) and this tree, timed in turn in the same rounds; ratios to \`node -e 0\` (${m.node.toFixed(0)} ms), \`check\` to \`node -e 0\` + \`go env -json\` (${(m.node + m.goEnv).toFixed(0)} ms)`);
	console.log('');
	console.log('| measure | before | after | after / before |');
	console.log('|---|---|---|---|');
	const compare = (name, key, baseline) => {
		const b = m[`before.${key}`];
		const a = m[`after.${key}`];
		console.log(`| ${name} | ${b.toFixed(0)} ms, ${(b / baseline).toFixed(2)}× | ${a.toFixed(0)} ms, ${(a / baseline).toFixed(2)}× | ${(a / b).toFixed(2)} |`);
	};
	compare('first checklist frame', 'frame', m.node);
	compare('keys live (`j` at the first frame)', 'live', m.node);
	compare('arrow keys live (↓ at the first frame)', 'arrow', m.node);
	compare('Ink running (↓↑↓ in one chunk at the first frame)', 'ink', m.node);
	compare(`\`check --offline --json\`, the ${commonIds.length} checks both have`, 'check', m.node + m.goEnv);
	compare('`--version`', 'version', m.node);
	rmSync(before.dir, {recursive: true, force: true});
}
console.log('');
console.log(`baselines: node -e 0 = ${m.node.toFixed(0)} ms, go env -json = ${m.goEnv.toFixed(0)} ms (medians)`);
console.log(`processes started by a full check --offline --json: ${full.spawned.length} (${describeSpawns(full.spawned)})`);
console.log(`  of which the timed check (no smoke-build): ${partial.spawned.length}`);
console.log(`peak memory (max RSS): check --offline --json ${(full.maxRssKb / 1024).toFixed(0)} MB; live checklist until every check is done ${(memory.maxRssKb / 1024).toFixed(0)} MB`);
console.log(`packed tarball: ${(packed.size / 1024).toFixed(0)} kB, installed ${(packed.unpackedSize / 1024).toFixed(0)} kB in ${packed.entryCount} files, ${dependencies} dependencies to install (target: tarball under 1536 kB, installed under 2048 kB, none) — ${packed.size < 1.5 * 1024 * 1024 && packed.unpackedSize < 2 * 1024 * 1024 && dependencies === 0 ? 'met' : 'MISSED'}`);
rmSync(home, {recursive: true, force: true});
