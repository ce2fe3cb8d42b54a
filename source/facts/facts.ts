import {isAbsent, type ExecResult, type System} from '../system/types.js';
import {findAllOnPath} from './path-lookup.js';
import {envFileValues, parseGoEnvFile, type EnvFileLine} from './go-env-file.js';
import {attempt} from './partial.js';
import {currentReadLog, readingInto, readingSystem, ReadLog} from './reads.js';

/** Default deadline for one external command asked for by a fact. */
export const EXEC_TIMEOUT_MS = 10_000;

export interface CommandFact {
	argv: string[];
	result: ExecResult;
}

export interface GoEnvFact extends CommandFact {
	/** True when `go env -json` ran and printed a JSON object. */
	ok: boolean;
	values: Record<string, string>;
	/**
	 * Set when the output was given, not run (a pasted go env, or a snapshot's go_env
	 * section): a setting it does not show is unknown, not empty.
	 */
	pasted?: PastedGoEnvFacts;
}

/** What the text around a pasted go env says about the Go it came from. */
export interface PastedGoEnvFacts {
	given: 'paste' | 'snapshot';
	/** The OS/architecture of the `go version` line: the machine's, unless go was cross-built. */
	hostFromGoVersion?: {os: string; arch: string};
	/** `go bug`'s `GOROOT/bin/go version:` line: the Go that GOROOT holds (`1.20.1`). */
	gorootGoVersion?: string;
}

export interface GoEnvFileFact {
	/** null when GOENV=off or no config folder could be found. */
	path: string | null;
	disabled: boolean;
	exists: boolean;
	/**
	 * Set when the file is there (or may be) but could not be read: the error's code (EACCES,
	 * EISDIR…). Its settings are then unknown, not absent.
	 */
	unreadable?: string;
	/** The file's text as read (UTF-8), null when there is none. */
	content: string | null;
	lines: EnvFileLine[];
	values: Map<string, EnvFileLine>;
	/**
	 * GOENV names something go cannot read settings from: a folder, or a file it may not read
	 * (go then reads no settings from it, and `go env -w` fails). Undefined when the path is a
	 * readable file, does not exist, or a snapshot did not record which.
	 */
	unusable?: 'folder' | 'unreadable';
}

/**
 * Facts about the machine, fetched at most once per run however many probes ask: the
 * memo is keyed by what was asked. A new run (re-run of a check) gets a new Facts, so a
 * re-run sees the machine as it is now. What each fact read is kept with it (reads.ts), so
 * every check that uses a fact is known to depend on what it read.
 */
export class Facts {
	private readonly memo = new Map<string, {value: Promise<unknown>; reads: ReadLog}>();
	/** The System, noting each question in the reader's log. */
	readonly sys: System;

	constructor(
		sys: System,
		private readonly signal?: AbortSignal,
	) {
		this.sys = readingSystem(sys);
	}

	/** Runs `compute` once per key for the lifetime of this Facts. */
	once<T>(key: string, compute: () => Promise<T>): Promise<T> {
		let entry = this.memo.get(key);
		if (!entry) {
			const reads = new ReadLog();
			entry = {value: readingInto(reads, compute), reads};
			this.memo.set(key, entry);
		}
		currentReadLog()?.link(entry.reads);
		return entry.value as Promise<T>;
	}

	/** Runs a program (absolute path) once per run with these arguments. */
	exec(file: string, args: string[], options: {cwd?: string; env?: Record<string, string | undefined>; timeoutMs?: number} = {}): Promise<CommandFact> {
		const key = JSON.stringify(['exec', file, args, options.cwd ?? '', options.env ?? {}]);
		return this.once(key, async () => ({
			argv: [file, ...args],
			result: await this.sys.exec({
				file,
				args,
				cwd: options.cwd,
				env: options.env,
				timeoutMs: options.timeoutMs ?? EXEC_TIMEOUT_MS,
				signal: this.signal,
			}),
		}));
	}

	/** Every `go` on PATH, in search order; the first one runs. */
	goCandidates(): Promise<string[]> {
		return this.once('go-candidates', () => findAllOnPath(this.sys, 'go'));
	}

	/**
	 * The go this program runs: the first candidate it can start. On Windows a program is
	 * started without a shell, which runs only .exe and .com files (a go.bat or go.cmd earlier
	 * on PATH is shown by the checks, but cannot be spawned: Node refuses with EINVAL).
	 */
	async goBinary(): Promise<string | null> {
		const candidates = await this.goCandidates();
		if (this.sys.platform !== 'win32') return candidates[0] ?? null;
		return candidates.find((file) => /\.(exe|com)$/i.test(file)) ?? null;
	}

	/** `go env -json` of the `go` that wins on PATH; null when there is no `go`. */
	goEnv(): Promise<GoEnvFact | null> {
		return this.once('go-env-json', async () => {
			const go = await this.goBinary();
			if (!go) return null;
			const command = await this.exec(go, ['env', '-json']);
			let values: Record<string, string> = {};
			let ok = false;
			if (command.result.exitCode === 0) {
				try {
					const parsed: unknown = JSON.parse(command.result.stdout);
					if (parsed && typeof parsed === 'object') {
						values = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v ?? '')]));
						ok = true;
					}
				} catch {
					ok = false;
				}
			}
			return {...command, ok, values};
		});
	}

	/** `<go> version` for any go binary, parsed to `go1.x.y` and `os/arch`. */
	goVersion(binary: string): Promise<{version: string | null; target: string | null; command: CommandFact}> {
		return this.once(`go-version:${binary}`, async () => {
			const command = await this.exec(binary, ['version']);
			const match = /^go version (\S+) (\S+)/m.exec(command.result.stdout);
			return {version: match?.[1] ?? null, target: match?.[2] ?? null, command};
		});
	}

	/**
	 * Where the user's go env file is. Go's own answer (GOENV from `go env`) is used when go
	 * runs: empty when go reads no file (GOENV=off, or no user config folder). Otherwise the
	 * rule Go applies (cfg.EnvFile): $GOENV, else the user config folder + go/env.
	 */
	goEnvFilePath(): Promise<{path: string | null; disabled: boolean}> {
		return this.once('go-env-file-path', async () => {
			const fromGo = (await this.goEnv())?.values.GOENV;
			if (fromGo) return {path: fromGo, disabled: false};
			const raw = this.sys.getenv('GOENV');
			if (raw === 'off') return {path: null, disabled: true};
			if (fromGo === '') return {path: null, disabled: false};
			if (raw) return {path: raw, disabled: false};
			const dir = userConfigDir(this.sys);
			return {path: dir ? this.sys.path.join(dir, 'go', 'env') : null, disabled: false};
		});
	}

	goEnvFile(): Promise<GoEnvFileFact> {
		return this.once('go-env-file', async () => {
			const {path, disabled} = await this.goEnvFilePath();
			const read = path ? await this.sys.readText(path) : ({ok: false, code: 'ENOENT'} as const);
			const content = read.ok ? read.value : null;
			const lines = content === null ? [] : parseGoEnvFile(content);
			const fact: GoEnvFileFact = {path, disabled, exists: read.ok, ...(read.ok || read.code === 'ENOENT' ? {} : {unreadable: read.code}), content, lines, values: envFileValues(lines)};
			if (path && content === null) {
				const found = await attempt(() => this.sys.stat(path));
				const kind = found.ok ? found.value?.kind : undefined;
				if (kind === 'dir') fact.unusable = 'folder';
				else if (kind === 'file') fact.unusable = 'unreadable';
			}
			return fact;
		});
	}

	/**
	 * `$GOROOT/go.env` (Go 1.21+): the defaults that ship with a Go tree. Absent (an older Go)
	 * holds nothing; a file that is there but could not be read (EACCES, EISDIR, EIO…) keeps
	 * its code in `unreadable`: what it sets is then unknown, not "nothing".
	 */
	gorootGoEnv(goroot: string): Promise<{values: Map<string, EnvFileLine>; unreadable?: string}> {
		return this.once(`goroot-go-env:${goroot}`, async () => {
			const read = await this.sys.readText(this.sys.path.join(goroot, 'go.env'));
			if (read.ok) return {values: envFileValues(parseGoEnvFile(read.value))};
			return {values: new Map<string, EnvFileLine>(), ...(isAbsent(read.code) ? {} : {unreadable: read.code})};
		});
	}
}

/** os.UserConfigDir as Go computes it; null where Go gives an error. */
function userConfigDir(sys: System): string | null {
	if (sys.platform === 'win32') return sys.getenv('AppData') || null;
	if (sys.platform === 'darwin') {
		const home = sys.getenv('HOME');
		return home ? sys.path.join(home, 'Library', 'Application Support') : null;
	}
	const xdg = sys.getenv('XDG_CONFIG_HOME');
	// A relative XDG_CONFIG_HOME is an error to Go, not a reason to fall back to HOME.
	if (xdg) return sys.path.isAbsolute(xdg) ? xdg : null;
	const home = sys.getenv('HOME');
	return home ? sys.path.join(home, '.config') : null;
}
