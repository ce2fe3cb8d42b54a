/**
 * The snapshot file: one versioned JSON document holding every fact the checks read on a
 * machine, so that another machine can diagnose it.
 *
 * `goenv-tui snapshot` writes `calls`: each call the checks made through the System port,
 * as the method's name and its plain-data arguments with what it answered. That record is
 * generic: a capability added to the port later (network, ...) is recorded and replayed
 * without a change here.
 *
 * A person may also write a snapshot by hand (or the program builds one from a pasted
 * `go env`) with the readable sections below `calls`: the environment, registry values,
 * files, `where`/`which -a` output, `go env` output and command outputs. Replay answers
 * from `calls` first, then from these sections, and otherwise says the fact is not in the
 * snapshot.
 */

export const SNAPSHOT_FORMAT = 'goenv-tui-snapshot';
export const SNAPSHOT_VERSION = 1;

export interface RecordedCall {
	/** The port's method; capabilities that are objects are dotted: `registry.readKey`. */
	method: string;
	/** Plain-data arguments, without fields that do not change the answer (signal, timeoutMs). */
	args: unknown[];
	/** What it answered; absent when it answered nothing (undefined). */
	result?: unknown;
	/** The message, when the call threw. */
	error?: string;
}

/** The members a System had: `function` for a method, a nested shape for a capability object. */
export interface Shape {
	[name: string]: 'function' | Shape;
}

export interface SnapshotMachine {
	hostname?: string;
	/** Node's names: win32, linux, darwin, ... */
	platform: string;
	arch?: string;
	os_release?: string;
}

/** A file or folder, as a hand-made snapshot describes it. null in `files` means "does not exist". */
export interface FileFact {
	kind?: 'file' | 'dir' | 'other';
	/** The text, for files the checks read. Without it, the file exists but its content is unknown. */
	content?: string;
	mode?: number;
	/** Where a symlink or junction points. */
	link?: string;
	writable?: boolean;
	/** The names in a folder. */
	entries?: string[];
}

export interface CommandFact {
	argv: string[];
	cwd?: string;
	exit_code?: number | null;
	stdout?: string;
	stderr?: string;
}

export interface SnapshotFile {
	format: typeof SNAPSHOT_FORMAT;
	/** The format's version, named as in every JSON output (schemas/snapshot.schema.json). */
	schema_version?: number;
	/**
	 * The same number, under the name snapshots were first written with: goenv-tui before
	 * `schema_version` reads only this one, so it is still written.
	 */
	version?: number;
	/** When it was taken (ISO 8601). */
	created?: string;
	tool?: {name: string; version: string};
	machine: SnapshotMachine;
	/** Secrets were removed (always true for files the program writes). */
	redacted?: boolean;
	/** The user name and home folder in paths were replaced. */
	anonymized?: boolean;
	shape?: Shape;
	calls?: RecordedCall[];

	// Readable sections, for snapshots written by hand or built from a paste.
	env?: Record<string, string>;
	cwd?: string;
	home?: string;
	tmpdir?: string;
	/** Registry keys (`HKCU\Environment`) and their values; null means the key does not exist. */
	registry?: Record<string, Array<{name: string; type: string; data: string}> | null>;
	files?: Record<string, FileFact | null>;
	/** The output of `where NAME` (Windows) or `which -a NAME` (Unix), by NAME. */
	where?: Record<string, string>;
	/** The output of `go env`, in any of its shapes (set lines, NAME='value' lines, -json). */
	go_env?: string;
	commands?: CommandFact[];
}

/** Fields of a call's arguments that never change its answer, so they are not part of its identity. */
const VOLATILE = new Set(['signal', 'timeoutMs']);

/**
 * A deep copy holding plain data only: no functions, no class instances (an AbortSignal),
 * no undefined, and none of the volatile fields. Byte arrays become `{$base64}`.
 */
export function plain(value: unknown): unknown {
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value === 'bigint') return value.toString();
	if (ArrayBuffer.isView(value)) return {$base64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')};
	if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : plain(item)));
	if (typeof value === 'object') {
		const proto = Object.getPrototypeOf(value);
		if (proto !== Object.prototype && proto !== null) return undefined;
		const out: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) {
			if (VOLATILE.has(key)) continue;
			const copy = plain(item);
			if (copy !== undefined) out[key] = copy;
		}
		return out;
	}
	return undefined;
}

/** Undoes `plain` for answers: `{$base64}` back to bytes. */
export function revive(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(revive);
	if (value && typeof value === 'object') {
		const entries = Object.entries(value);
		if (entries.length === 1 && entries[0]![0] === '$base64' && typeof entries[0]![1] === 'string') return new Uint8Array(Buffer.from(entries[0]![1], 'base64'));
		return Object.fromEntries(entries.map(([k, v]) => [k, revive(v)]));
	}
	return value;
}

/** JSON with object keys sorted, so the same arguments always give the same identity. */
export function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const keys = Object.keys(value).sort();
		return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** The identity of a call: its method and plain arguments. */
export function callKey(method: string, args: readonly unknown[]): string {
	return `${method}\u0000${stableJson(plain(args))}`;
}

export type SnapshotProblem =
	| {kind: 'not-snapshot'}
	| {kind: 'too-new'; version: number}
	| {kind: 'invalid'; field: string};

/** Checks the parts replay relies on. Returns the snapshot or what is wrong with it. */
export function validateSnapshot(value: unknown): {ok: true; snapshot: SnapshotFile} | {ok: false; problem: SnapshotProblem} {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return {ok: false, problem: {kind: 'not-snapshot'}};
	const s = value as Partial<SnapshotFile>;
	if (s.format !== SNAPSHOT_FORMAT) return {ok: false, problem: {kind: 'not-snapshot'}};
	const version = s.schema_version ?? s.version;
	if (typeof version !== 'number') return {ok: false, problem: {kind: 'invalid', field: 'schema_version'}};
	if (version > SNAPSHOT_VERSION) return {ok: false, problem: {kind: 'too-new', version}};
	if (!s.machine || typeof s.machine !== 'object' || typeof s.machine.platform !== 'string') return {ok: false, problem: {kind: 'invalid', field: 'machine.platform'}};
	const objects = ['env', 'registry', 'files', 'where', 'shape'] as const;
	for (const field of objects) {
		const v = s[field];
		if (v !== undefined && (typeof v !== 'object' || v === null || Array.isArray(v))) return {ok: false, problem: {kind: 'invalid', field}};
	}
	if (s.calls !== undefined && (!Array.isArray(s.calls) || s.calls.some((c) => !c || typeof c.method !== 'string' || !Array.isArray(c.args)))) {
		return {ok: false, problem: {kind: 'invalid', field: 'calls'}};
	}
	if (s.commands !== undefined && (!Array.isArray(s.commands) || s.commands.some((c) => !c || !Array.isArray(c.argv)))) {
		return {ok: false, problem: {kind: 'invalid', field: 'commands'}};
	}
	for (const field of ['go_env', 'cwd', 'home', 'tmpdir', 'created'] as const) {
		if (s[field] !== undefined && typeof s[field] !== 'string') return {ok: false, problem: {kind: 'invalid', field}};
	}
	return {ok: true, snapshot: s as SnapshotFile};
}
