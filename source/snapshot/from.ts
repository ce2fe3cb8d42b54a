import type {Probe} from '../engine/probe.js';
import type {GoEnvFact} from '../facts/facts.js';
import type {MessageKey, Params, Translator} from '../i18n/index.js';
import type {ShellKind} from '../shell/syntax.js';
import type {System} from '../system/types.js';
import {matchErrors} from '../explain/match.js';
import {TOOL_NAME} from '../version.js';
import {fixesAsInstructions} from './fix-instructions.js';
import {validateSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SnapshotFile} from './format.js';
import {archOf, findGoEnv, platformOf, readPasteContext, type PasteContext, type PastedGoEnv} from './go-env-paste.js';
import {createReplaySystem} from './replay.js';

/** What `--from` was given, turned into a world to diagnose. */
export interface FromSource {
	kind: 'snapshot' | 'go-env';
	/** The file as named on the command line (`-` for standard input). */
	file: string;
	snapshot: SnapshotFile;
	/** The `go env` output the checks see (pasted, or the `go_env` section of a snapshot). */
	goEnv?: PastedGoEnv;
	/** The shell fixes are written for: the one of the machine the facts come from. */
	shell: ShellKind;
	/** Errors the pasted text also holds (what `explain` would name), by class. */
	errorClasses?: string[];
	/** What the text around the settings says: the `go version` line, go's own warnings. */
	context?: PasteContext;
	/** Where the Go version the checks judge by came from, when the paste shows one. */
	versionFrom?: 'GOVERSION' | 'go-version-line';
}

export type FromResult = {ok: true; from: FromSource} | {ok: false; message: MessageKey; params: Params};

/**
 * Reads what `--from` names: a snapshot (written by `goenv-tui snapshot`, or by hand), or
 * any text holding `go env` output. Returns a usage problem, with the message to show, for
 * anything else.
 */
export function parseFrom(text: string, file: string): FromResult {
	const trimmed = text.trim();
	if (trimmed.startsWith('{')) {
		let json: unknown;
		try {
			json = JSON.parse(trimmed);
		} catch {
			json = undefined;
		}
		if (json && typeof json === 'object' && (json as {format?: unknown}).format === SNAPSHOT_FORMAT) {
			const checked = validateSnapshot(json);
			if (!checked.ok) {
				const {problem} = checked;
				if (problem.kind === 'too-new') return {ok: false, message: 'from.tooNew', params: {file, version: problem.version, supported: SNAPSHOT_VERSION}};
				return {ok: false, message: 'from.invalid', params: {file, field: problem.kind === 'invalid' ? problem.field : 'format'}};
			}
			const snapshot = checked.snapshot;
			let goEnv: PastedGoEnv | undefined;
			let context: PasteContext | undefined;
			if (snapshot.go_env !== undefined) {
				goEnv = findGoEnv(snapshot.go_env) ?? findGoEnv(snapshot.go_env, {partial: true}) ?? undefined;
				if (!goEnv) return {ok: false, message: 'from.badGoEnvSection', params: {file}};
				context = readPasteContext(snapshot.go_env);
				goEnv = withVersion(goEnv, context);
			}
			return {ok: true, from: {kind: 'snapshot', file, snapshot, ...(goEnv ? {goEnv} : {}), ...(context ? {context} : {}), shell: shellOf(snapshot)}};
		}
	}
	// The most complete go env in the text; failing that, a partial list of Go settings.
	const found = findGoEnv(text) ?? findGoEnv(text, {partial: true});
	if (!found) return {ok: false, message: 'from.notRecognised', params: {file}};
	const context = readPasteContext(text);
	const goEnv = withVersion(found, context);
	const snapshot: SnapshotFile = {
		format: SNAPSHOT_FORMAT,
		schema_version: SNAPSHOT_VERSION,
		machine: {platform: platformOf(found, context), arch: archOf(found, context)},
		go_env: goEnv.text,
	};
	const errorClasses = matchErrors(text).map((cause) => cause.class);
	const versionFrom = found.values.GOVERSION ? 'GOVERSION' : goEnv.values.GOVERSION ? 'go-version-line' : undefined;
	return {
		ok: true,
		from: {kind: 'go-env', file, snapshot, goEnv, context, shell: shellOf(snapshot), ...(versionFrom ? {versionFrom} : {}), ...(errorClasses.length ? {errorClasses} : {})},
	};
}

/**
 * The paste is judged by the Go it came from: GOVERSION, else the one `go version` line of
 * the same text (go env printed no GOVERSION before Go 1.16).
 */
function withVersion(env: PastedGoEnv, context: PasteContext): PastedGoEnv {
	if (env.values.GOVERSION || !context.goVersion) return env;
	return {...env, values: {...env.values, GOVERSION: `go${context.goVersion.version}`}};
}

/** The System to diagnose: the snapshot, replayed. */
export function replaySystem(from: FromSource): System {
	return createReplaySystem(from.snapshot, {given: from.kind === 'go-env' ? 'paste' : 'snapshot', partialEnv: from.goEnv?.otherEnv ?? {}});
}

/**
 * The checks as they run on replayed facts: they see the pasted `go env` as what go said,
 * and every fix they propose becomes instructions for the original machine's shell.
 */
export function replayProbes(probes: readonly Probe[], from: FromSource): Probe[] {
	const goEnv = from.goEnv ? goEnvFact(from.goEnv, from.kind === 'go-env' ? 'paste' : 'snapshot', from.context) : undefined;
	return probes.map((probe) => ({
		...probe,
		async run(ctx) {
			// The facts of a run are shared by its checks: the first one to start primes them.
			if (goEnv) void ctx.facts.once('go-env-json', async () => goEnv);
			return fixesAsInstructions(await probe.run(ctx), from.shell);
		},
	}));
}

/**
 * What `facts.goEnv()` holds when the output of `go env` was given instead of run. go's own
 * warnings anywhere in the text (`warning: GOPATH set to GOROOT …`) are its stderr, as they
 * would have been.
 */
function goEnvFact(env: PastedGoEnv, given: 'paste' | 'snapshot', context?: PasteContext): GoEnvFact {
	const stderr = context?.goMessages.length ? `${context.goMessages.join('\n')}\n` : '';
	const line = context?.goVersion;
	return {
		argv: env.shape === 'json' ? ['go', 'env', '-json'] : ['go', 'env'],
		result: {exitCode: 0, stdout: env.text, stderr, timedOut: false, canceled: false},
		ok: true,
		values: env.values,
		pasted: {
			given,
			...(line ? {hostFromGoVersion: {os: line.os, arch: line.arch}} : {}),
			...(context?.gorootGoVersion ? {gorootGoVersion: context.gorootGoVersion} : {}),
		},
	};
}

/** PowerShell on Windows (Git Bash when the snapshot says MSYSTEM), a POSIX shell elsewhere. */
function shellOf(snapshot: SnapshotFile): ShellKind {
	if (snapshot.machine.platform !== 'win32') return 'posix';
	const env = snapshot.env ?? (snapshot.calls?.find((call) => call.method === 'env')?.result as Record<string, string> | undefined) ?? {};
	return Object.keys(env).some((name) => name.toUpperCase() === 'MSYSTEM') ? 'posix' : 'powershell';
}

/** One line saying what is being diagnosed: which machine and OS, and when. */
export function fromHeader(from: FromSource, t: Translator): string {
	const {machine} = from.snapshot;
	if (from.kind === 'go-env' && from.goEnv) {
		const errors = from.errorClasses ? `\n${t('from.errorsInText', {classes: from.errorClasses.join(', '), command: `${TOOL_NAME} explain ${from.file}`})}` : '';
		const partial = from.goEnv.complete ? '' : ` ${t('from.header.partial', {count: Object.keys(from.goEnv.values).length})}`;
		const version = from.goEnv.values.GOVERSION;
		const judged = version
			? ` ${t('from.header.version', {version: version.replace(/^go/, ''), where: t(`from.versionFrom.${from.versionFrom ?? 'GOVERSION'}`, {line: from.context?.goVersion?.line ?? '?'})})}`
			: ` ${t('from.header.noVersion')}`;
		return `${t('from.header.goEnv', {
			file: from.file,
			start: from.goEnv.startLine,
			end: from.goEnv.endLine,
			shape: t(`from.shape.${from.goEnv.shape}`),
			os: osName(machine.platform),
			arch: machine.arch ?? '?',
		})}${partial}${judged}${errors}`;
	}
	return t('from.header.snapshot', {
		host: machine.hostname ?? t('from.unknownHost'),
		os: osName(machine.platform),
		release: machine.os_release ?? '',
		arch: machine.arch ?? '?',
		time: from.snapshot.created ? formatTime(from.snapshot.created) : t('from.unknownTime'),
		file: from.file,
	});
}

/** The same, short, for the title of the interactive checklist. */
export function fromTitle(from: FromSource, t: Translator): string {
	const {machine} = from.snapshot;
	if (from.kind === 'go-env') return t('from.title.goEnv', {os: osName(machine.platform), arch: machine.arch ?? '?'});
	return t('from.title.snapshot', {
		host: machine.hostname ?? t('from.unknownHost'),
		os: osName(machine.platform),
		time: from.snapshot.created ? formatTime(from.snapshot.created) : t('from.unknownTime'),
	});
}

/** What `check --from … --json` adds to the report: where the facts came from. */
export function fromJson(from: FromSource) {
	const {machine} = from.snapshot;
	return {
		kind: from.kind,
		file: from.file,
		machine: {hostname: machine.hostname ?? null, os: machine.platform, arch: machine.arch ?? null, release: machine.os_release ?? null},
		created: from.snapshot.created ?? null,
		anonymized: Boolean(from.snapshot.anonymized),
		...(from.goEnv ? {go_env: {shape: from.goEnv.shape, lines: [from.goEnv.startLine, from.goEnv.endLine]}} : {}),
	};
}

function osName(platform: string): string {
	return platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : platform === 'linux' ? 'Linux' : platform;
}

/** `2026-05-01T10:04:05.123Z` → `2026-05-01 10:04 UTC`. */
function formatTime(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
