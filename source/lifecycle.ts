/**
 * The process's life, owned in one place: `cli.ts` creates one Lifecycle per run and gives it
 * to every command. It is the only code that listens to the stop signals and the only code
 * that ends the process.
 *
 * - A stop signal (SIGINT: Ctrl+C before raw mode or `kill -INT`; SIGTERM: a CI job's
 *   timeout; SIGHUP: the terminal was closed) aborts `signal`, which every cancellable thing
 *   listens to (the checks, a pasted input being read), and calls the `onStop` listeners (the
 *   live checklist quits as its own Ctrl+C key does).
 * - A step that changes the machine runs through `critical`: a stop signal lets it finish (or
 *   roll back) and settle its journal entry first; only a second signal ends the process at
 *   once (the entry then stays pending and the next start offers to roll it back).
 * - The exit code of a run that was stopped is 128 + the signal's number (130, 143, 129),
 *   whatever the command returned, once the command has told what it did.
 * - A command that does not notice the stop (nothing cancellable was running) is given
 *   `graceMs` to end on its own, then the process ends with that code.
 */

export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

export const STOP_SIGNALS: readonly StopSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

const SIGNAL_NUMBERS: Record<StopSignal, number> = {SIGHUP: 1, SIGINT: 2, SIGTERM: 15};

/** 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP: what a shell reports for a process a signal ended. */
export function exitCodeOf(signal: StopSignal): number {
	return 128 + SIGNAL_NUMBERS[signal];
}

/** The part of `process` the lifecycle uses (a test gives its own). */
export interface ProcessHooks {
	on(event: StopSignal, listener: () => void): unknown;
	off(event: StopSignal, listener: () => void): unknown;
	// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
	listeners(event: StopSignal): Function[];
	exit(code: number): void;
}

export interface Lifecycle {
	/** Aborted by the first stop signal. */
	readonly signal: AbortSignal;
	/** The first stop signal that came, if one did. */
	readonly stoppedBy: StopSignal | undefined;
	/** True while a critical step runs. */
	readonly inCritical: boolean;
	/** Called on every stop signal; returns the function that removes the listener. */
	onStop(listener: (signal: StopSignal) => void): () => void;
	/**
	 * Runs a step that changes the machine: a stop signal does not cut it in half. `onHold` is
	 * told of the first stop signal that came while it runs (the CLI prints "finishing this
	 * step first"); a second one ends the process at once.
	 */
	critical<T>(step: () => Promise<T>, options?: {onHold?: (signal: StopSignal) => void}): Promise<T>;
	/**
	 * The code to exit with: 128 + the signal's number once a stop signal came, else `code`.
	 * A signal declared an ordinary quit (`quitOn`) leaves `code` as it is.
	 */
	exitCode(code: number): number;
	/**
	 * For this run, `signal` is an ordinary way to quit (the live checklist: SIGINT is its
	 * Ctrl+C key before raw mode, and its Ctrl+C key quits with 0).
	 */
	quitOn(signal: StopSignal): void;
	/**
	 * While `handler` is set, SIGINT is not a stop: it goes to the handler (the REPL, where
	 * Ctrl+C drops a line or interrupts the command the person started). SIGTERM and SIGHUP
	 * still stop. Returns the function that gives SIGINT back.
	 */
	takeInterrupts(handler: () => void): () => void;
	/**
	 * Removes other libraries' signal listeners now (after a lazy import that may have added
	 * some): see `quietOthers` below. `critical`, `onStop` and `takeInterrupts` do it too.
	 */
	keepSignals(): void;
	/** Delivers a stop as if the signal had come (what the signal handlers call). */
	stop(signal: StopSignal): void;
	/**
	 * Ends the process with `code` once standard output and error are flushed (pipes are
	 * asynchronous on Windows), so a handle left open by a child can never keep us alive.
	 */
	exit(code: number): void;
	/** Stops listening to the process's signals. */
	dispose(): void;
}

export interface LifecycleOptions {
	/** The process whose signals to own; none for a run inside a test (`stop` drives it). */
	process?: ProcessHooks;
	/** Streams flushed before exiting. */
	streams?: ReadonlyArray<NodeJS.WritableStream>;
	/** How long a command that ignores a stop may take to end by itself. */
	graceMs?: number;
}

/** What a command that does not notice a stop is given before the process ends anyway. */
export const STOP_GRACE_MS = 5000;

export function createLifecycle(options: LifecycleOptions = {}): Lifecycle {
	const controller = new AbortController();
	const listeners = new Set<(signal: StopSignal) => void>();
	const holds: Array<(signal: StopSignal) => void> = [];
	let critical = 0;
	let stoppedBy: StopSignal | undefined;
	let graceTimer: ReturnType<typeof setTimeout> | undefined;
	const ordinary = new Set<StopSignal>();
	let interruptHandler: (() => void) | undefined;
	const proc = options.process;
	const graceMs = options.graceMs ?? STOP_GRACE_MS;

	const hardExit = (code: number) => {
		if (proc) proc.exit(code);
	};

	const handlers = new Map<StopSignal, () => void>();
	const install = () => {
		if (!proc) return;
		for (const name of STOP_SIGNALS) {
			if (handlers.has(name)) continue;
			const handler = () => lifecycle.stop(name);
			handlers.set(name, handler);
			proc.on(name, handler);
		}
	};

	/**
	 * Libraries hook these signals for their own clean-up, and one (when-exit, under conf)
	 * sends the signal to the process again after its clean-up: that copy would read as a
	 * second Ctrl+C and end a fix half-way. Their clean-up also runs on `exit`, which every
	 * path here ends with, so while we own the process their signal listeners go.
	 */
	const quietOthers = () => {
		if (!proc) return;
		for (const name of STOP_SIGNALS) {
			const ours = handlers.get(name);
			for (const listener of proc.listeners(name)) if (listener !== ours) proc.off(name, listener as () => void);
		}
	};

	const lifecycle: Lifecycle = {
		signal: controller.signal,
		get stoppedBy() {
			return stoppedBy;
		},
		get inCritical() {
			return critical > 0;
		},
		onStop(listener) {
			listeners.add(listener);
			quietOthers();
			return () => void listeners.delete(listener);
		},
		async critical(step, stepOptions = {}) {
			critical += 1;
			quietOthers();
			if (stepOptions.onHold) holds.push(stepOptions.onHold);
			// A stop that came before the step began is a stop like any other: the step runs
			// to its end (the caller asked for it after the stop), and its hold is told.
			if (stoppedBy) stepOptions.onHold?.(stoppedBy);
			try {
				return await step();
			} finally {
				critical -= 1;
				if (stepOptions.onHold) holds.splice(holds.indexOf(stepOptions.onHold), 1);
				quietOthers();
			}
		},
		exitCode(code) {
			return stoppedBy && !ordinary.has(stoppedBy) ? exitCodeOf(stoppedBy) : code;
		},
		quitOn(signal) {
			ordinary.add(signal);
		},
		takeInterrupts(handler) {
			interruptHandler = handler;
			quietOthers();
			return () => {
				if (interruptHandler === handler) interruptHandler = undefined;
			};
		},
		keepSignals: () => quietOthers(),
		stop(signal) {
			if (signal === 'SIGINT' && interruptHandler) {
				quietOthers();
				interruptHandler();
				return;
			}
			if (stoppedBy) {
				// A second stop: the person insists. A step under way stays pending in the journal.
				hardExit(lifecycle.exitCode(exitCodeOf(signal)));
				return;
			}
			stoppedBy = signal;
			if (critical > 0) for (const hold of [...holds]) hold(signal);
			controller.abort(new Error(`stopped by ${signal}`));
			for (const listener of [...listeners]) listener(signal);
			if (critical === 0 && proc) {
				graceTimer = setTimeout(() => {
					// A critical step that began after the stop is let finish.
					if (critical === 0) hardExit(lifecycle.exitCode(0));
				}, graceMs);
				graceTimer.unref?.();
			}
		},
		exit(code) {
			const streams = options.streams ?? [];
			let left = streams.length;
			if (left === 0) return hardExit(code);
			for (const stream of streams) stream.write('', () => --left === 0 && hardExit(code));
		},
		dispose() {
			clearTimeout(graceTimer);
			if (!proc) return;
			for (const [name, handler] of handlers) proc.off(name, handler);
			handlers.clear();
		},
	};
	install();
	return lifecycle;
}

/**
 * Output written after the terminal is gone (SIGHUP) or into a pipe whose reader left
 * (`| head`) fails with EIO or EPIPE. That must not crash a fix in the middle of its step:
 * the write is dropped, the step goes on.
 */
export function ignoreClosedOutput(stream: NodeJS.WritableStream): void {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE' || error.code === 'EIO' || error.code === 'ECONNRESET') return;
		throw error;
	});
}
