import type {System} from '../system/types.js';
import {isSecretName, redactDeep, REDACTED} from '../redact/secrets.js';
import {TOOL_NAME, TOOL_VERSION} from '../version.js';
import {anonymizer} from './anonymize.js';
import {callKey, plain, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, stableJson, type RecordedCall, type Shape, type SnapshotFile} from './format.js';

/** Members that are pure computation, not facts about the machine: never recorded. */
const PURE = new Set(['path']);

export interface Recorder {
	/** Use this System for the run: it answers as the real one and remembers every answer. */
	readonly sys: System;
	/** The snapshot of everything asked so far, secrets removed. */
	snapshot(options?: {anonymize?: boolean; now?: Date}): SnapshotFile;
}

/**
 * Wraps a System so that every call through it (any method, including capabilities added
 * to the port later) is recorded as method + plain arguments → answer. The wrapper changes
 * nothing about the answers; the recording is read with `snapshot()`.
 */
export function createRecorder(inner: System): Recorder {
	// In the order the calls were made, not the order they were answered: concurrent calls
	// with the same arguments (mkdtemp('goenv-tui-probe-') from checks running at once) must
	// be replayed to the same callers. A call's place is taken when it is made.
	const calls: Array<RecordedCall | undefined> = [];

	const remember = (slot: number, method: string, args: unknown[], outcome: {result?: unknown; error?: string}) => {
		const call: RecordedCall = {method, args: plain(args) as unknown[]};
		if (outcome.error !== undefined) call.error = outcome.error;
		else if (outcome.result !== undefined) call.result = plain(outcome.result);
		calls[slot] = call;
	};

	/**
	 * The calls answered so far, in call order. The same question with the same answer is kept
	 * once; a different answer (a file written, then read) is kept in order, and replay gives
	 * them in that order.
	 */
	const recorded = (): RecordedCall[] => {
		const last = new Map<string, string>();
		return calls.filter((call): call is RecordedCall => {
			if (!call) return false;
			const key = callKey(call.method, call.args);
			const answer = stableJson({r: call.result ?? null, e: call.error ?? null});
			if (last.get(key) === answer) return false;
			last.set(key, answer);
			return true;
		});
	};

	const wrap = (target: object, prefix: string): Record<string, unknown> => {
		const out: Record<string, unknown> = {};
		for (const name of memberNames(target)) {
			const value = (target as Record<string, unknown>)[name];
			if (typeof value === 'function') {
				const method = prefix + name;
				out[name] = (...args: unknown[]) => {
					const slot = calls.push(undefined) - 1;
					let result: unknown;
					try {
						result = (value as (...a: unknown[]) => unknown).apply(target, args);
					} catch (error) {
						remember(slot, method, args, {error: messageOf(error)});
						throw error;
					}
					if (isPromise(result)) {
						return result.then(
							(resolved) => {
								remember(slot, method, args, {result: resolved});
								return resolved;
							},
							(error: unknown) => {
								remember(slot, method, args, {error: messageOf(error)});
								throw error;
							},
						);
					}
					remember(slot, method, args, {result});
					return result;
				};
			} else if (!PURE.has(name) && isCapability(value)) {
				out[name] = wrap(value as object, `${prefix}${name}.`);
			} else {
				out[name] = value;
			}
		}
		return out;
	};

	const sys = wrap(inner, '') as unknown as System;
	return {
		sys,
		snapshot(options = {}) {
			// The basic facts are always in a snapshot, whatever the checks happened to ask.
			sys.env();
			sys.cwd();
			sys.homedir();
			sys.tmpdir();
			sys.terminal();
			const file: SnapshotFile = {
				format: SNAPSHOT_FORMAT,
				schema_version: SNAPSHOT_VERSION,
				version: SNAPSHOT_VERSION,
				created: (options.now ?? new Date()).toISOString(),
				tool: {name: TOOL_NAME, version: TOOL_VERSION},
				machine: {
					...(inner.hostname ? {hostname: inner.hostname} : {}),
					platform: inner.platform,
					arch: inner.arch,
					os_release: inner.osRelease,
				},
				redacted: true,
				anonymized: Boolean(options.anonymize),
				shape: shapeOf(inner),
				calls: recorded().map(redactCall),
			};
			return options.anonymize ? anonymizer(file).apply(file) : file;
		},
	};
}

/**
 * Secrets never reach the file: every string is redacted (tokens, passwords, credentials
 * in URLs, `.netrc` passwords), values stored under secret names are dropped whole, and a
 * call that asked for a secret by name (`getenv('GITHUB_TOKEN')`) keeps no answer text.
 */
function redactCall(call: RecordedCall): RecordedCall {
	if (isProcCmdline(call) && typeof call.result === 'string') return {method: call.method, args: call.args, result: cmdlineShape(call.result)};
	const read = call.result as {ok?: unknown; value?: unknown} | undefined;
	if (isProcCmdline(call) && read?.ok === true && typeof read.value === 'string') return {method: call.method, args: call.args, result: {ok: true, value: cmdlineShape(read.value)}};
	const asksForSecret = call.args.some((arg) => typeof arg === 'string' && /^[A-Za-z_][\w.-]*$/.test(arg) && isSecretName(arg));
	const out: RecordedCall = {method: call.method, args: redactDeep(call.args)};
	if (call.error !== undefined) out.error = redactDeep(call.error);
	if ('result' in call) out.result = asksForSecret && typeof call.result === 'string' && call.result !== '' ? REDACTED : redactDeep(call.result);
	return out;
}

/** The methods and capability objects of a System, as data. */
export function shapeOf(target: object): Shape {
	const shape: Shape = {};
	for (const name of memberNames(target)) {
		const value = (target as Record<string, unknown>)[name];
		if (typeof value === 'function') shape[name] = 'function';
		else if (!PURE.has(name) && isCapability(value)) shape[name] = shapeOf(value as object);
	}
	return shape;
}

function memberNames(target: object): string[] {
	const names = new Set<string>();
	for (let o: object | null = target; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
		for (const name of Object.getOwnPropertyNames(o)) if (name !== 'constructor') names.add(name);
	}
	return [...names];
}

/** An object offering methods (like `registry`), as opposed to data. */
function isCapability(value: unknown): boolean {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
	return memberNames(value).some((name) => typeof (value as Record<string, unknown>)[name] === 'function');
}

function isPromise(value: unknown): value is Promise<unknown> {
	return Boolean(value) && typeof (value as {then?: unknown}).then === 'function';
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** `readFile('/proc/<pid>/cmdline')`: the command line of a parent process (shell detection). */
function isProcCmdline(call: RecordedCall): boolean {
	return (call.method === 'readFile' || call.method === 'readText') && typeof call.args[0] === 'string' && /^\/proc\/(?:\d+|self)\/cmdline$/.test(call.args[0]);
}

/**
 * A parent's command line can hold anything (`mysql -pPASSWORD`, `sshpass -p …`, an editor
 * server's connection token) that no pattern recognises. Shell detection reads only the
 * program and whether it runs one command (`-c`); that shape is all a snapshot keeps.
 */
function cmdlineShape(cmdline: string): string {
	if (cmdline === '') return '';
	const [program = '', ...rest] = cmdline.split('\0');
	return [program, ...(rest.includes('-c') ? ['-c'] : []), ''].join('\0');
}
