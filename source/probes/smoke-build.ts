import type {Probe, ProbeContext} from '../engine/probe.js';
import type {CommandFact} from '../facts/facts.js';
import type {Evidence, ProbeResult} from '../model/finding.js';
import {causeText, matchErrors} from '../explain/match.js';
import {commandEvidence, exitText, firstLine} from './evidence.js';
import {joinList, withNote} from '../i18n/index.js';
import {mayRunOnHost} from '../facts/os-arch.js';

const MARKER = 'goenv-tui smoke build: ok';
/**
 * Uses the standard library (os), so a GOROOT without it fails here as it would for the
 * user. os rather than fmt: on a cold build cache it compiles in about half the time.
 */
const PROGRAM = `package main

import "os"

func main() {
	os.Stdout.WriteString("${MARKER}\\n")
}
`;

/** A cold build cache compiles the runtime first: allow for it. */
const BUILD_TIMEOUT_MS = 150_000;
const STEP_TIMEOUT_MS = 30_000;

/**
 * The checklist's final proof: a throwaway module in a temp folder, `go mod init`, `go build`,
 * then the program it built is run. The user's projects are never touched. A failure is
 * explained by the shared error matcher (the same one `explain` uses).
 */
export const smokeBuild: Probe = {
	id: 'smoke-build',
	family: 'toolchain',
	title: 'probe.smoke-build.title',
	dependsOn: ['go-on-path'],
	timeoutMs: BUILD_TIMEOUT_MS + 2 * STEP_TIMEOUT_MS + 10_000,
	async run(ctx) {
		const {facts, sys, t} = ctx;
		const [go, goEnv] = await Promise.all([facts.goBinary(), facts.goEnv()]);
		if (!go || !goEnv?.ok) return {status: 'skipped', summary: t('probe.smoke-build.noGo')};
		const exe = goEnv.values.GOEXE ?? '';
		const target = `${goEnv.values.GOOS}/${goEnv.values.GOARCH}`;
		const host = `${goEnv.values.GOHOSTOS}/${goEnv.values.GOHOSTARCH}`;
		const dir = await sys.mkdtemp('goenv-tui-smoke-');
		const evidence: Evidence[] = [];
		try {
			const output = sys.path.join(dir, `smoke${exe}`);
			// A module cache of its own: go mod init takes a lock file in the module cache
			// (GOMODCACHE, by default $GOPATH/pkg/mod/cache/lock), which would create the user's
			// GOPATH folder. A module with no dependencies needs nothing else from it; the
			// user's GOPATH, GOFLAGS and everything else stay as go finds them.
			const env = {GOMODCACHE: sys.path.join(dir, 'modcache')};
			evidence.push({
				kind: 'kv',
				title: t('probe.smoke-build.evidence.setup'),
				rows: [
					{label: t('probe.smoke-build.label.folder'), value: dir},
					{label: t('probe.smoke-build.label.modcache'), value: env.GOMODCACHE},
					{label: t('probe.smoke-build.label.target'), value: target},
				],
			});
			await sys.writeFile(sys.path.join(dir, 'main.go'), PROGRAM);

			ctx.progress(t('probe.smoke-build.progress.init'));
			const init = await step(ctx, go, ['mod', 'init', 'example.com/goenv-tui-smoke'], dir, STEP_TIMEOUT_MS, env);
			evidence.push(commandEvidence(t, init, t('probe.smoke-build.step.init')));
			if (init.result.exitCode !== 0) return failure(ctx, 'init', init, evidence);

			// A cross target for another system builds (slowly: its runtime), but what it builds
			// cannot start here, which is what go run and go test need: say so without building.
			// One this machine usually runs (386 on amd64, amd64 on Windows on Arm or Rosetta)
			// is built and run like a native one.
			const cross = target !== host;
			// When it was tried, how the start failed (ENOEXEC, exit code…) is part of the proof.
			const crossFailure = (tried?: CommandFact): ProbeResult => {
				const summary = t('probe.smoke-build.cross', {target, host});
				return {status: 'error', summary: tried ? withNote(t, summary, exitText(t, tried.result)) : summary, why: t('probe.smoke-build.why'), evidence};
			};
			if (cross && !mayRunOnHost(goEnv.values.GOOS ?? '', goEnv.values.GOARCH ?? '', goEnv.values.GOHOSTOS ?? '', goEnv.values.GOHOSTARCH ?? '')) return crossFailure();
			ctx.progress(t('probe.smoke-build.progress.build'));
			const build = await step(ctx, go, ['build', '-o', output, '.'], dir, BUILD_TIMEOUT_MS, env);
			evidence.push(commandEvidence(t, build, t('probe.smoke-build.step.build')));
			if (build.result.exitCode !== 0) return failure(ctx, 'build', build, evidence);

			ctx.progress(t('probe.smoke-build.progress.run'));
			const run = await step(ctx, output, [], dir, STEP_TIMEOUT_MS);
			evidence.push(commandEvidence(t, run, t('probe.smoke-build.step.run')));
			if (run.result.exitCode !== 0 || !run.result.stdout.includes(MARKER)) {
				// This machine could not start it after all (no 32-bit support, no emulator): the
				// cross target is the cause, unless go's output names another one.
				const other = matchErrors(runText(run)).filter((c) => c.class !== 'cross-target-run');
				return cross && !run.result.timedOut && other.length === 0 ? crossFailure(run) : failure(ctx, 'run', run, evidence);
			}
			return {status: 'ok', summary: t('probe.smoke-build.ok', {target}), evidence};
		} finally {
			await sys.remove(dir);
		}
	},
};

async function step(ctx: ProbeContext, file: string, args: string[], cwd: string, timeoutMs: number, env?: Record<string, string>): Promise<CommandFact> {
	// Not memoised: every run builds anew. The probe's own signal stops it on timeout.
	return {argv: [file, ...args], result: await ctx.sys.exec({file, args, cwd, env, timeoutMs, signal: ctx.signal})};
}

/** What a step said; a program that could not be started at all (EACCES, ENOENT…) says so in the spawn error. */
function runText({argv, result}: CommandFact): string {
	return [result.stderr, result.stdout, result.errorCode ? `${argv[0]}: ${result.errorCode}` : ''].join('\n');
}

function failure(ctx: ProbeContext, stage: 'init' | 'build' | 'run', command: CommandFact, evidence: Evidence[]): ProbeResult {
	const {t} = ctx;
	const {result} = command;
	const text = runText(command);
	const causes = matchErrors(text);
	const why = t('probe.smoke-build.why');
	if (result.timedOut) return {status: 'error', summary: t('probe.smoke-build.timedOut', {stage: t(`probe.smoke-build.stage.${stage}`)}), why, evidence};
	if (causes.length > 0) {
		const first = causes[0]!;
		evidence.push({
			kind: 'table',
			title: t('probe.smoke-build.evidence.causes'),
			columns: [
				{key: 'class', label: t('probe.smoke-build.column.class')},
				{key: 'line', label: t('probe.smoke-build.column.line')},
				{key: 'checks', label: t('probe.smoke-build.column.checks')},
				{key: 'fix', label: t('probe.smoke-build.column.fix')},
			],
			rows: causes.map((c) => ({class: c.class, line: c.line, checks: joinList(t, c.checks), fix: causeText(t, c).fix})),
		});
		return {
			status: 'error',
			summary: t('probe.smoke-build.classified', {stage: t(`probe.smoke-build.stage.${stage}`), cause: causeText(t, first).summary, line: first.line}),
			why,
			evidence,
		};
	}
	return {
		status: 'error',
		summary: t('probe.smoke-build.failed', {stage: t(`probe.smoke-build.stage.${stage}`), error: firstLine(text) || t('probe.smoke-build.noOutput', {code: String(result.exitCode ?? '-')})}),
		why,
		evidence,
	};
}
