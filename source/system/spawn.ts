import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import {StringDecoder} from 'node:string_decoder';
import type {ExecResult} from './types.js';

/** Output beyond this is cut: evidence is for reading, not for archiving build logs. */
export const MAX_OUTPUT_BYTES = 4 * 1024 * 1024;
/** A child still alive this long after a polite SIGTERM gets SIGKILL. */
export const KILL_GRACE_MS = 2000;
/**
 * After a child has exited, how long its output pipes may stay open. A grandchild that
 * inherited them (a credential cache daemon, a compiler go started) must not hold the check
 * hostage: what was read by then is the result.
 */
export const PIPE_GRACE_MS = 500;

export interface SpawnOptions {
	cwd?: string;
	/** The whole environment of the child (nothing is inherited on top of it). */
	env: Record<string, string>;
	timeoutMs: number;
	signal?: AbortSignal;
	/** Written to the child's standard input, which is then closed; without it stdin is ignored. */
	stdin?: string;
}

/**
 * Children still running; their whole process trees are killed when this process exits, so
 * none outlives us.
 */
const live = new Set<ChildProcess>();
/** Trees told to end (SIGTERM) whose SIGKILL is still to come: ended for good if we exit first. */
const dying = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
	if (exitHookInstalled) return;
	exitHookInstalled = true;
	process.once('exit', () => {
		for (const child of new Set([...live, ...dying])) killTree(child, 'SIGKILL', {sync: true});
	});
}

const WINDOWS = process.platform === 'win32';

/**
 * Ends a child and everything it started. On POSIX every child runs in a process group of
 * its own (it is started as a session leader), and the signal goes to the whole group: a `go`
 * that is a wrapper script, the `go` it runs, and the compiler that one runs. On Windows the
 * tree is ended with `taskkill /T /F` (Windows has no process groups to signal; `/T` walks
 * the parent links), falling back to the child alone when taskkill cannot run.
 */
function killTree(child: ChildProcess, signal: NodeJS.Signals, options: {sync?: boolean} = {}): void {
	const pid = child.pid;
	if (pid === undefined) return;
	if (WINDOWS) {
		const taskkill = path.join(process.env.SystemRoot ?? process.env.windir ?? 'C:\\Windows', 'System32', 'taskkill.exe');
		const args = ['/PID', String(pid), '/T', '/F'];
		try {
			if (options.sync) spawnSync(taskkill, args, {stdio: 'ignore', windowsHide: true, timeout: 5000});
			else spawn(taskkill, args, {stdio: 'ignore', windowsHide: true}).on('error', () => child.kill(signal));
			return;
		} catch {
			// No taskkill: the child alone.
		}
		child.kill(signal);
		return;
	}
	try {
		process.kill(-pid, signal);
	} catch {
		// The group is gone (or was never made): the child alone, in case it is not.
		child.kill(signal);
	}
}

/**
 * Runs one program and collects its output: no shell, stdin ignored unless text is given, no
 * console window on Windows, a deadline (SIGTERM, then SIGKILL, to the program and every
 * process it started), cancellation through an AbortSignal, an output cap. Never rejects:
 * the result says how the program ended (`end`: exited with a code, ended by a signal, timed
 * out, cancelled, or never started with the spawn error's code) and whether its output was
 * cut (`truncated`).
 *
 * Plain node:child_process rather than a process library: this is all the program needs,
 * and it keeps what the start-up has to parse small.
 */
export function runProcess(file: string, args: readonly string[], options: SpawnOptions): Promise<ExecResult> {
	installExitHook();
	return new Promise((resolve) => {
		let timedOut = false;
		let canceled = false;
		let settled = false;
		const stdout: Buffer[] = [];
		const stderr: Buffer[] = [];
		const sizes = {stdout: 0, stderr: 0};

		const notStarted = (errorCode: string) =>
			resolve({exitCode: null, stdout: '', stderr: '', timedOut: false, canceled: options.signal?.aborted ?? false, errorCode, end: {kind: 'not-started', errorCode}, truncated: false});
		if (options.signal?.aborted) {
			resolve({exitCode: null, stdout: '', stderr: '', timedOut: false, canceled: true, end: {kind: 'cancelled'}, truncated: false});
			return;
		}
		let child: ChildProcess;
		try {
			child = spawn(file, [...args], {
				cwd: options.cwd,
				env: options.env,
				stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
				shell: false,
				windowsHide: true,
				// Its own process group (POSIX), so the whole tree can be ended at once. A Ctrl+C
				// at the terminal then reaches only us: the lifecycle decides what stops.
				detached: !WINDOWS,
			});
		} catch (error) {
			notStarted((error as NodeJS.ErrnoException).code ?? 'ESPAWN');
			return;
		}
		live.add(child);

		let killTimer: ReturnType<typeof setTimeout> | undefined;
		const kill = () => {
			killTree(child, 'SIGTERM');
			dying.add(child);
			killTimer ??= setTimeout(() => {
				killTree(child, 'SIGKILL');
				dying.delete(child);
			}, KILL_GRACE_MS);
			killTimer.unref();
		};
		const deadline = setTimeout(() => {
			timedOut = true;
			kill();
		}, options.timeoutMs);
		const onAbort = () => {
			canceled = true;
			kill();
		};
		options.signal?.addEventListener('abort', onAbort, {once: true});

		const collect = (chunks: Buffer[], stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
			if (sizes[stream] < MAX_OUTPUT_BYTES) chunks.push(chunk);
			sizes[stream] += chunk.length;
		};
		child.stdout!.on('data', collect(stdout, 'stdout'));
		child.stderr!.on('data', collect(stderr, 'stderr'));
		if (options.stdin !== undefined) {
			// A program that exits without reading its input closes the pipe: EPIPE is not our failure.
			child.stdin!.on('error', () => undefined);
			child.stdin!.end(options.stdin);
		}

		let pipeTimer: ReturnType<typeof setTimeout> | undefined;
		const finish = (exitCode: number | null, signal: NodeJS.Signals | null, errorCode?: string) => {
			if (settled) return;
			settled = true;
			clearTimeout(deadline);
			clearTimeout(pipeTimer);
			options.signal?.removeEventListener('abort', onAbort);
			live.delete(child);
			// A group we signalled may still hold members that ignored SIGTERM: the grace timer
			// stays armed for them (it is unref'd, so it never keeps us alive).
			const end: ExecResult['end'] = errorCode
				? {kind: 'not-started', errorCode}
				: timedOut
					? {kind: 'timed-out'}
					: canceled
						? {kind: 'cancelled'}
						: signal
							? {kind: 'signalled', signal}
							: {kind: 'exited', code: exitCode ?? -1};
			resolve({
				exitCode,
				stdout: Buffer.concat(stdout).subarray(0, MAX_OUTPUT_BYTES).toString('utf8'),
				stderr: Buffer.concat(stderr).subarray(0, MAX_OUTPUT_BYTES).toString('utf8'),
				timedOut,
				canceled,
				...(errorCode ? {errorCode} : {}),
				end,
				truncated: sizes.stdout > MAX_OUTPUT_BYTES || sizes.stderr > MAX_OUTPUT_BYTES,
			});
		};
		child.on('error', (error: NodeJS.ErrnoException) => finish(null, null, error.code ?? 'ESPAWN'));
		// 'close' comes once the output pipes have ended too, so nothing written is lost...
		child.on('close', (code, signal) => finish(code, signal));
		// ...unless a grandchild keeps them open after the child itself has gone.
		child.on('exit', (code, signal) => {
			live.delete(child);
			pipeTimer = setTimeout(() => {
				child.stdout!.destroy();
				child.stderr!.destroy();
				finish(code, signal);
			}, PIPE_GRACE_MS);
			pipeTimer.unref();
		});
	});
}

export interface StreamingOptions {
	cwd?: string;
	/** The whole environment of the child. */
	env: Record<string, string>;
	/** Each piece of output as it arrives, decoded as UTF-8 (a character split across chunks waits for its rest). */
	onOutput(text: string, stream: 'stdout' | 'stderr'): void;
	/** Start the child through cmd.exe (a .bat or .cmd file on Windows); `file` and `args` are then quoted for it. */
	viaCmd?: string;
	/**
	 * The child reads this process's standard input (the person's terminal). It then stays in
	 * this process's group, the terminal's foreground one: a Unix terminal stops a background
	 * group that reads it (SIGTTIN), and Ctrl+C reaches the child from the terminal itself,
	 * as it reaches a job a shell started.
	 */
	inheritStdin?: boolean;
}

export interface StreamingRun {
	/** Exit code (null when killed by a signal or never started), the signal, the output kept (capped), a spawn error. */
	done: Promise<{exitCode: number | null; signal: string | null; output: string; errorCode?: string}>;
	/**
	 * What Ctrl+C in a terminal does to a foreground command: SIGINT to it and to every
	 * process it started (its process group). Windows has no SIGINT to send: the command
	 * is ended, as Node does for any signal there.
	 */
	interrupt(): void;
}

/** cmd.exe's quoting of one argument for `cmd /d /s /c "…"`. */
function cmdQuote(arg: string): string {
	if (arg !== '' && !/[\s"&|<>^()%!,;=]/.test(arg)) return arg;
	return `"${arg.replace(/"/g, '""')}"`;
}

/**
 * Runs a command the person typed (the REPL's `go …`), streaming its output as it comes,
 * with the environment given as it is: nothing added, GOTOOLCHAIN included, because it is
 * their command, not a check. Standard input is not given (the REPL reads the keyboard);
 * on Unix the child leads its own process group, so an interrupt reaches the compilers
 * and test binaries it started, as the terminal's Ctrl+C would.
 */
export function runStreaming(file: string, args: readonly string[], options: StreamingOptions): StreamingRun {
	installExitHook();
	const unix = process.platform !== 'win32';
	// Its own process group (so one SIGINT reaches it and what it started), unless it reads the terminal.
	const ownGroup = unix && !options.inheritStdin;
	const stdin = options.inheritStdin ? 'inherit' : 'ignore';
	let child: ChildProcess;
	try {
		child = options.viaCmd
			? spawn(options.viaCmd, ['/d', '/s', '/c', `"${[file, ...args].map(cmdQuote).join(' ')}"`], {
					cwd: options.cwd,
					env: options.env,
					stdio: [stdin, 'pipe', 'pipe'],
					windowsVerbatimArguments: true,
					windowsHide: true,
				})
			: spawn(file, [...args], {cwd: options.cwd, env: options.env, stdio: [stdin, 'pipe', 'pipe'], shell: false, windowsHide: true, detached: ownGroup});
	} catch (error) {
		return {done: Promise.resolve({exitCode: null, signal: null, output: '', errorCode: (error as NodeJS.ErrnoException).code ?? 'ESPAWN'}), interrupt: () => undefined};
	}
	live.add(child);
	const kept: string[] = [];
	let size = 0;
	const decoders = {stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8')};
	const pass = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
		const text = decoders[stream].write(chunk);
		if (text === '') return;
		if (size < MAX_OUTPUT_BYTES) kept.push(text);
		size += text.length;
		options.onOutput(text, stream);
	};
	child.stdout!.on('data', pass('stdout'));
	child.stderr!.on('data', pass('stderr'));
	const done = new Promise<{exitCode: number | null; signal: string | null; output: string; errorCode?: string}>((resolve) => {
		let settled = false;
		const finish = (exitCode: number | null, signal: string | null, errorCode?: string) => {
			if (settled) return;
			settled = true;
			live.delete(child);
			for (const stream of ['stdout', 'stderr'] as const) {
				const rest = decoders[stream].end();
				if (rest) {
					kept.push(rest);
					options.onOutput(rest, stream);
				}
			}
			resolve({exitCode, signal, output: kept.join(''), ...(errorCode ? {errorCode} : {})});
		};
		child.on('error', (error: NodeJS.ErrnoException) => finish(null, null, error.code ?? 'ESPAWN'));
		child.on('close', (code, signal) => finish(code, signal));
		child.on('exit', (code, signal) => {
			// A grandchild holding the pipes (a test binary's own child) must not keep the prompt away.
			const timer = setTimeout(() => {
				child.stdout!.destroy();
				child.stderr!.destroy();
				finish(code, signal);
			}, PIPE_GRACE_MS);
			timer.unref();
		});
	});
	return {
		done,
		interrupt() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			try {
				if (ownGroup && child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
				else child.kill('SIGINT');
			} catch {
				child.kill('SIGINT');
			}
		},
	};
}
