import type {PlatformPath} from 'node:path';
import type {RegistryPort} from './registry.js';

/**
 * The System port: the only door to the operating system. Probes, facts and fixes talk to
 * the machine through it and nothing else, so that each can run against a fake world in
 * tests, against a recorded snapshot elsewhere, or for real.
 *
 * Every request and result here is plain data, which is what makes record/replay possible.
 */

export type Platform = 'win32' | 'linux' | 'darwin' | (string & {});

export interface ExecRequest {
	/** An absolute path. Never a bare name: bare names search the current folder on Windows. */
	file: string;
	args: string[];
	cwd?: string;
	/** Overrides on top of this process's environment; `undefined` removes a variable. */
	env?: Record<string, string | undefined>;
	timeoutMs: number;
	signal?: AbortSignal;
	/** Text for the program's standard input; without it stdin is ignored. Never a secret. */
	stdin?: string;
}

export interface ExecResult {
	/** null when the process never ran or was killed. */
	exitCode: number | null;
	stdout: string;
	stderr: string;
	timedOut: boolean;
	canceled: boolean;
	/** A spawn error such as ENOENT or EACCES, when the program could not be started. */
	errorCode?: string;
	/**
	 * How it ended, told apart: exited with a code, ended by a signal (which), timed out,
	 * cancelled (Ctrl+C, the run stopped), or never started (the spawn error). Set by the real
	 * System; a fake or a snapshot may leave it out: `execEnd(result)` derives it then.
	 */
	end?: ExecEnd;
	/** Output was cut at the cap (stdout or stderr): what is there is the start of it. */
	truncated?: boolean;
}

export type ExecEnd =
	| {kind: 'exited'; code: number}
	| {kind: 'signalled'; signal: string}
	| {kind: 'timed-out'}
	| {kind: 'cancelled'}
	| {kind: 'not-started'; errorCode: string};

/** How a program ended: the result's own `end`, or derived from its older fields. */
export function execEnd(result: ExecResult): ExecEnd {
	if (result.end) return result.end;
	if (result.errorCode) return {kind: 'not-started', errorCode: result.errorCode};
	if (result.timedOut) return {kind: 'timed-out'};
	if (result.canceled) return {kind: 'cancelled'};
	if (result.exitCode === null) return {kind: 'signalled', signal: 'unknown'};
	return {kind: 'exited', code: result.exitCode};
}

export interface UserCommandRequest {
	/** An absolute path, as the person's shell would find it on PATH. */
	file: string;
	args: string[];
	cwd?: string;
	onOutput(text: string, stream: 'stdout' | 'stderr'): void;
	/**
	 * The person's terminal is the command's standard input, as their shell would give it (a
	 * `go run` that asks a question reads the answer they type); otherwise it has none.
	 */
	terminalInput?: boolean;
}

export interface UserCommand {
	/** Exit code (null when a signal ended it or it never started), the signal, the output kept (capped), a spawn error. */
	done: Promise<{exitCode: number | null; signal: string | null; output: string; errorCode?: string}>;
	/** Ctrl+C for the command: SIGINT to it and the processes it started (with `terminalInput`, to it: the terminal's Ctrl+C reaches them all). */
	interrupt(): void;
}

export interface FileInfo {
	kind: 'file' | 'dir' | 'other';
	size: number;
	/** Unix permission bits; 0 where the platform has none. */
	mode: number;
	/** True when the path itself is a symlink or junction (lstat). */
	isLink: boolean;
}

export interface TerminalInfo {
	stdinIsTTY: boolean;
	stdoutIsTTY: boolean;
	columns?: number;
	rows?: number;
}

/** A TLS handshake that only looks: which certificates does the server present? */
export interface TlsChainRequest {
	host: string;
	port: number;
	/** The name sent in SNI; the host by default (none for an IP address). */
	servername?: string;
	/** An `http://` proxy to tunnel through with CONNECT, as go would (credentials inside are used, never returned). */
	proxy?: string;
	timeoutMs: number;
	signal?: AbortSignal;
}

export interface PresentedCertificate {
	/** Distinguished names, common name first: `CN=Zscaler Root CA, O=Zscaler Inc.`. */
	subject: string;
	issuer: string;
	/** ISO 8601. */
	validFrom: string;
	validTo: string;
	fingerprint256: string;
	selfSigned: boolean;
}

export interface TlsChainResult {
	/** Leaf first, as presented; nothing is verified or completed from a trust store. */
	certificates: PresentedCertificate[];
	/** Why no chain could be read (refused, timeout, proxy refused CONNECT, not TLS). */
	error?: string;
}

export interface System {
	readonly platform: Platform;
	readonly arch: string;
	/** os.release(), e.g. `10.0.22631` on Windows 11. */
	readonly osRelease: string;
	/** The machine's name (os.hostname()), for the header of a snapshot. */
	readonly hostname?: string;
	/** path.win32 or path.posix, matching `platform` (not the host running the tests). */
	readonly path: PlatformPath;

	/** This process's environment. */
	env(): Readonly<Record<string, string>>;
	/** One variable; case-insensitive on Windows. Empty values are returned as ''. */
	getenv(name: string): string | undefined;
	cwd(): string;
	homedir(): string;
	tmpdir(): string;
	terminal(): TerminalInfo;

	exec(request: ExecRequest): Promise<ExecResult>;
	/**
	 * A command the person typed (the REPL's `go …`): their environment exactly (no
	 * GOTOOLCHAIN=local: it is theirs, not a check), output streamed as it comes, an interrupt
	 * as Ctrl+C would send it. Absent where nothing may run (a replayed snapshot).
	 */
	startUserCommand?(request: UserCommandRequest): UserCommand;
	/**
	 * The REPL's `set NAME=VALUE in session`: this process's environment changed as a shell's
	 * `export` changes its own (undefined: removed). Every later check, `go` and command of
	 * this run sees it; nothing is stored, so it ends with the process. Absent where nothing
	 * may change (a replayed snapshot).
	 */
	setSessionEnv?(name: string, value: string | undefined): void;

	/**
	 * What is at a path (following a link), or why it cannot be told: the error's code
	 * (`ENOENT`: nothing there; `EACCES`, `ELOOP`…: something that could not be looked at).
	 * `stat` is the same with every error as null.
	 */
	inspect(path: string): Promise<FileResult<FileInfo>>;
	/**
	 * A file's text, or the error's code: `ENOENT` when it is absent, `EACCES`, `EISDIR`, and
	 * `EFBIG` past `maxBytes` (a default of MAX_READ_BYTES), so a check can say "unknown"
	 * where it could not read instead of "absent". `readFile` is the same with every error
	 * as null.
	 */
	readText(path: string, options?: ReadOptions): Promise<FileResult<string>>;
	/** A folder's names, or the error's code (`ENOENT`, `ENOTDIR`, `EACCES`…). */
	list(path: string): Promise<FileResult<string[]>>;

	stat(path: string): Promise<FileInfo | null>;
	realpath(path: string): Promise<string | null>;
	/**
	 * A file's text; null when it cannot be read. `utf8` (the default) decodes as UTF-8, as go
	 * does. `auto` is for files a person hands us: it also decodes UTF-16 with a byte-order
	 * mark (what PowerShell 5's `>` writes) and drops a UTF-8 byte-order mark.
	 */
	readFile(path: string, encoding?: 'utf8' | 'auto'): Promise<string | null>;
	readdir(path: string): Promise<string[] | null>;
	isWritable(path: string): Promise<boolean>;

	/**
	 * The certificate chain a TLS server presents, for evidence when go reports a TLS error.
	 * Never used for a verdict: Node's trust store is not go's.
	 */
	tlsChain(request: TlsChainRequest): Promise<TlsChainResult>;

	/** The Windows registry; undefined on other platforms. */
	readonly registry?: RegistryPort;

	/** Writes are for confirmed fixes and throwaway temp folders only. */
	mkdtemp(prefix: string): Promise<string>;
	/** Creates a folder and its parents; nothing happens when it exists. */
	mkdir(path: string): Promise<void>;
	/**
	 * Writes text. `mode`: the permission bits of a file it creates (an existing file keeps
	 * its own). `exclusive`: fails with EEXIST when the file exists, never replacing it.
	 */
	writeFile(path: string, content: string, options?: WriteOptions): Promise<void>;
	remove(path: string): Promise<void>;
	/**
	 * Copies a file byte for byte, keeping its permission bits; creates the folders of `to`.
	 * Used for backups before a fix writes, and to restore them.
	 */
	copyFile(from: string, to: string): Promise<void>;
	/** Renames within one volume, replacing `to`: the last step of an atomic write. */
	rename(from: string, to: string): Promise<void>;
	/** SHA-256 (hex) and size of a file's bytes; null when it is not a readable file. */
	fileDigest(path: string): Promise<FileDigest | null>;
}

/** An answer, or the code of the error that kept it (ENOENT, EACCES, EISDIR, EFBIG…). */
export type FileResult<T> = {ok: true; value: T} | {ok: false; code: string};

export interface ReadOptions {
	/** As for readFile: `utf8`, or `auto` for text a person hands us (UTF-16 with a mark). */
	encoding?: 'utf8' | 'auto';
	/** Past this many bytes the answer is `EFBIG`; nothing more is read. */
	maxBytes?: number;
	/**
	 * The file must be text: when its first 64 kB hold a NUL byte (a binary, a device such as
	 * /dev/zero) the answer is `EBINARY` at once. UTF-16 with a byte-order mark is text.
	 */
	textOnly?: boolean;
}

/**
 * What any file read gives at most, unless asked otherwise: go env files, profiles, go.mod
 * and the like are far smaller, and a bigger one (a device, a file grown by mistake) must not
 * cost the memory or the time.
 */
export const MAX_READ_BYTES = 16 * 1024 * 1024;

/** The value of an answer, or null for any error (for callers that only need "there or not"). */
export function valueOr<T>(result: FileResult<T>): T | null {
	return result.ok ? result.value : null;
}

/**
 * Where "absent" ends and "could not read" begins: these codes say nothing is there (a path
 * through a file is not there either). Any other code (EACCES, EISDIR, EIO, ELOOP…) is a
 * thing that may be there and could not be read: a check says "unknown", never "not set".
 */
export function isAbsent(code: string): boolean {
	return code === 'ENOENT' || code === 'ENOTDIR';
}

export interface WriteOptions {
	mode?: number;
	exclusive?: boolean;
}

export interface FileDigest {
	sha256: string;
	size: number;
}

/**
 * Thrown by a replayed System when the snapshot does not hold the fact asked for. `question`
 * is the port's method and its arguments, so that a person can be told in their words what
 * is missing ("the paste does not show PATH"); `given` says what was handed in: a snapshot
 * file, or a pasted `go env`.
 */
export class FactUnavailableError extends Error {
	constructor(
		readonly fact: string,
		readonly question?: {method: string; args: readonly unknown[]},
		readonly given: 'snapshot' | 'paste' = 'snapshot',
	) {
		super(`not in the snapshot: ${fact}`);
		this.name = 'FactUnavailableError';
	}
}
