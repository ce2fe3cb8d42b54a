// `npm run bench`: how fast goenv-tui feels, as ratios against baselines measured in the
// same run on the same machine (absolute times mean little across machines). Prints
// medians over several runs. Needs a built bundle (npm run build) and go on PATH.
import {spawn, spawnSync, execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as pty from 'node-pty';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'goenv-tui.js');
const probe = path.join(root, 'scripts', 'bench-probe.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const home = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-bench-'));
const env = {...process.env, HOME: home, NO_COLOR: '1'};
delete env.CI;

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

function timeCommand(file, args, extraEnv = {}) {
	const start = process.hrtime.bigint();
	const result = spawnSync(file, args, {env: {...env, ...extraEnv}, stdio: ['ignore', 'ignore', 'ignore']});
	if (result.status === null) throw new Error(`${file} ${args.join(' ')} did not finish`);
	return ms(start);
}

/** Time from spawn to the first frame that shows the checklist's header, in a real pty. */
function firstFrame() {
	return new Promise((resolve, reject) => {
		const start = process.hrtime.bigint();
		const child = pty.spawn(process.execPath, [bin], {name: 'xterm-256color', cols: 100, rows: 30, cwd: home, env});
		let seen = '';
		let done = false;
		child.onData((data) => {
			seen += data;
			if (!done && seen.includes('goenv-tui') && /go on PATH|GOROOT/.test(seen)) {
				done = true;
				const elapsed = ms(start);
				child.write('q');
				setTimeout(() => child.kill(), 2000).unref();
				resolve(elapsed);
			}
		});
		child.onExit(() => {
			if (!done) reject(new Error(`no frame; output was:\n${seen}`));
		});
	});
}

function probeRun(args) {
	const out = path.join(home, 'bench-out.json');
	rmSync(out, {force: true});
	execFileSync(process.execPath, ['--require', probe, bin, ...args], {env: {...env, GOENV_TUI_BENCH_OUT: out}, stdio: ['ignore', 'ignore', 'ignore']});
	return JSON.parse(readFileSync(out, 'utf8'));
}

const go = spawnSync('sh', ['-c', 'command -v go'], {encoding: 'utf8'}).stdout.trim();
if (!go) throw new Error('go must be on PATH');

const rows = [];
const report = (name, value, baseline, target) => {
	const ratio = value / baseline;
	const verdict = target === undefined ? '' : ratio <= target ? `within ${target}×` : `MISSED ${target}× by ${((ratio / target - 1) * 100).toFixed(0)} %`;
	rows.push([name, `${value.toFixed(0)} ms`, `${baseline.toFixed(0)} ms`, `${ratio.toFixed(2)}×`, verdict]);
};

// Warm the file cache once so the first sample is not an outlier.
timeCommand(process.execPath, [bin, '--version']);

const nodeBare = median(Array.from({length: RUNS}, () => timeCommand(process.execPath, ['-e', '0'])));
const goEnvJson = median(Array.from({length: RUNS}, () => timeCommand(go, ['env', '-json'], {GOTOOLCHAIN: 'local'})));
const version = median(Array.from({length: RUNS}, () => timeCommand(process.execPath, [bin, '--version'])));
const checkOffline = median(Array.from({length: RUNS}, () => timeCommand(process.execPath, [bin, 'check', '--offline', '--json'])));
const frames = [];
for (let i = 0; i < RUNS; i++) frames.push(await firstFrame());
const frame = median(frames);

report('--version', version, nodeBare);
report('first checklist frame (pty)', frame, nodeBare, 2.5);
report('check --offline --json', checkOffline, nodeBare + goEnvJson, 3);

const probed = probeRun(['check', '--offline', '--json']);
const counts = {};
for (const name of probed.spawned) counts[name] = (counts[name] ?? 0) + 1;
const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'}))[0];
const installDeps = Object.keys(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).dependencies ?? {}).length;

console.log(`goenv-tui bench — ${RUNS} runs each, medians; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${os.platform()} ${os.release()}`);
console.log('');
console.log(['measure', 'value', 'baseline', 'ratio', 'target'].join(' | '));
for (const row of rows) console.log(row.join(' | '));
console.log(`baselines: node -e 0 = ${nodeBare.toFixed(0)} ms; go env -json = ${goEnvJson.toFixed(0)} ms`);
console.log('');
console.log(`processes spawned by check --offline --json: ${probed.spawned.length} (${Object.entries(counts).map(([k, v]) => `${k} ×${v}`).join(', ')})`);
console.log(`peak memory (max RSS) of check --offline --json: ${(probed.maxRssKb / 1024).toFixed(1)} MB`);
console.log(`packed tarball: ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / 1024).toFixed(0)} kB installed, ${packed.entryCount} files, ${installDeps} runtime dependencies (target < 1.5 MB, none)`);
rmSync(home, {recursive: true, force: true});
