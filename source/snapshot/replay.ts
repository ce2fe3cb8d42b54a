import path from 'node:path';
import {createNodeSystem} from '../system/node-system.js';
import {sameKey, shortKey, type RegistryValue} from '../system/registry.js';
import {createWindowsRegistry} from '../system/windows-registry.js';
import {FactUnavailableError, type ExecRequest, type ExecResult, type FileInfo, type System} from '../system/types.js';
import {callKey, revive, type FileFact, type RecordedCall, type Shape, type SnapshotFile} from './format.js';
import {shapeOf} from './record.js';

/** Methods of the port that answer synchronously; every other one answers with a promise. */
const SYNC = new Set(['env', 'getenv', 'cwd', 'homedir', 'tmpdir', 'terminal']);

const UNKNOWN = Symbol('unknown');
type Maybe<T> = T | typeof UNKNOWN;

/** An older call's answer as a FileResult: null was "not there"; not in the snapshot stays unknown. */
function fromOlder(older: () => unknown): Maybe<unknown> {
	let value: unknown;
	try {
		value = older();
	} catch (error) {
		if (error instanceof FactUnavailableError) return UNKNOWN;
		throw error;
	}
	return value === null || value === undefined ? {ok: false, code: 'ENOENT'} : {ok: true, value};
}

/** readFile's arguments as a readText call with these options was recorded under. */
function readFileArgs(target: string, options: unknown): unknown[] {
	const encoding = (options as {encoding?: string} | undefined)?.encoding;
	return encoding ? [target, encoding] : [target];
}

/**
 * A System that answers from a snapshot and from nothing else: it never runs a program,
 * never reads or writes a local file, never touches the network or the registry of the
 * machine it runs on. A question the snapshot cannot answer raises FactUnavailableError,
 * which the engine reports as `unknown (not in the snapshot)`.
 *
 * Answers come from the recorded calls first (the same question answered several times is
 * answered in the recorded order, then the last answer again), then from the readable
 * sections of a hand-made snapshot, where only what can be derived soundly is derived:
 * - `env` answers getenv; `where` output says which of the files a PATH search tries exist;
 * - a listed file implies its folders exist, a missing folder that nothing below it does; a
 *   listed file is its own real path unless it has a `link`; a folder's content is known
 *   only from its `entries`, which then also say which names are not in it.
 */
export function createReplaySystem(snapshot: SnapshotFile, options: ReplayOptions = {}): System {
	const platform = snapshot.machine.platform;
	const win = platform === 'win32';
	const p = win ? path.win32 : path.posix;
	const store = new CallStore(snapshot.calls ?? []);
	const known = new KnownFacts(snapshot, p, win, () => store.peek('env', []) as Record<string, string> | undefined, options.partialEnv ?? {});

	const answer = (method: string, args: unknown[], fallback: () => Maybe<unknown> = () => UNKNOWN): unknown => {
		const recorded = store.take(method, args);
		if (recorded) {
			if (recorded.error !== undefined) throw new Error(recorded.error);
			return revive(recorded.result);
		}
		const value = fallback();
		if (value !== UNKNOWN) return value;
		throw new FactUnavailableError(describeCall(method, args), {method, args}, options.given ?? 'snapshot');
	};
	const later = (method: string, args: unknown[], fallback?: () => Maybe<unknown>) =>
		new Promise<never>((resolve, reject) => {
			try {
				resolve(answer(method, args, fallback) as never);
			} catch (error) {
				reject(error);
			}
		});

	const base: Record<string, unknown> = {
		env: () => answer('env', [], () => known.env() ?? UNKNOWN),
		getenv: (name: string) => answer('getenv', [name], () => known.getenv(name)),
		cwd: () => answer('cwd', [], () => snapshot.cwd ?? UNKNOWN),
		homedir: () => answer('homedir', [], () => snapshot.home ?? UNKNOWN),
		tmpdir: () => answer('tmpdir', [], () => snapshot.tmpdir ?? UNKNOWN),
		terminal: () => answer('terminal', []),
		exec: (request: ExecRequest) => later('exec', [request], () => known.exec(request)),
		stat: (target: string) => later('stat', [target], () => known.stat(target)),
		realpath: (target: string) => later('realpath', [target], () => known.realpath(target)),
		readFile: (target: string, ...rest: unknown[]) => later('readFile', [target, ...rest], () => known.readFile(target)),
		readdir: (target: string) => later('readdir', [target], () => known.readdir(target)),
		// The answers that keep the error's code. A snapshot that recorded them has them; an
		// older one answered readFile, stat and readdir only, where null was "not there".
		readText: (target: string, ...rest: unknown[]) =>
			later('readText', [target, ...rest], () => fromOlder(() => answer('readFile', readFileArgs(target, rest[0]), () => known.readFile(target)))),
		inspect: (target: string) => later('inspect', [target], () => fromOlder(() => answer('stat', [target], () => known.stat(target)))),
		list: (target: string) => later('list', [target], () => fromOlder(() => answer('readdir', [target], () => known.readdir(target)))),
		isWritable: (target: string) => later('isWritable', [target], () => known.isWritable(target)),
		registry: {
			readKey: (key: string) => later('registry.readKey', [key], () => known.registryKey(key)),
			readSubkeys: (key: string) => later('registry.readSubkeys', [key], () => known.registrySubkeys(key)),
		},
	};

	// Members the port gained after the snapshot was made are there too, answered from the
	// older calls where they can be (readText from readFile…), else unknown.
	const current = Object.fromEntries(Object.entries(defaultShape(win)).filter(([, kind]) => kind === 'function'));
	const shape: Shape = {...current, ...(snapshot.shape ?? defaultShape(win))};
	const build = (members: Shape, implemented: Record<string, unknown>, prefix: string): Record<string, unknown> => {
		const out: Record<string, unknown> = {};
		for (const [name, kind] of Object.entries(members)) {
			const method = prefix + name;
			if (kind === 'function') {
				const own = implemented[name];
				out[name] =
					typeof own === 'function' ? own : SYNC.has(method) ? (...args: unknown[]) => answer(method, args) : (...args: unknown[]) => later(method, args);
			} else {
				out[name] = build(kind, (implemented[name] as Record<string, unknown> | undefined) ?? {}, `${method}.`);
			}
		}
		return out;
	};
	return {
		...build(shape, base, ''),
		platform,
		arch: snapshot.machine.arch ?? 'unknown',
		osRelease: snapshot.machine.os_release ?? '',
		...(snapshot.machine.hostname ? {hostname: snapshot.machine.hostname} : {}),
		path: p,
	} as unknown as System;
}

export interface ReplayOptions {
	/** What was handed in, for the words of an unknown: a snapshot file, or a pasted go env. */
	given?: 'snapshot' | 'paste';
	/**
	 * Environment variables a paste showed besides go env (`set PATH=…`, `export HTTPS_PROXY=…`):
	 * they answer for themselves; every other variable stays unknown.
	 */
	partialEnv?: Record<string, string>;
}

/** The members a System of this program has, with the registry only for Windows. */
function defaultShape(win: boolean): Shape {
	const {registry: _ignored, ...shape} = shapeOf(createNodeSystem({}));
	return win ? {...shape, registry: shapeOf(createWindowsRegistry(async () => Promise.reject(new Error('never called')), {}))} : shape;
}

class CallStore {
	private readonly answers = new Map<string, {calls: RecordedCall[]; next: number}>();

	constructor(calls: readonly RecordedCall[]) {
		for (const call of calls) {
			const key = callKey(call.method, call.args);
			const entry = this.answers.get(key) ?? {calls: [], next: 0};
			entry.calls.push(call);
			this.answers.set(key, entry);
		}
	}

	take(method: string, args: readonly unknown[]): RecordedCall | undefined {
		const entry = this.answers.get(callKey(method, args));
		if (!entry) return undefined;
		const call = entry.calls[Math.min(entry.next, entry.calls.length - 1)];
		entry.next += 1;
		return call;
	}

	peek(method: string, args: readonly unknown[]): unknown {
		const call = this.answers.get(callKey(method, args))?.calls[0];
		return call && call.error === undefined ? call.result : undefined;
	}
}

/** What the readable sections of a snapshot say, and what follows from them soundly. */
class KnownFacts {
	private readonly files = new Map<string, FileFact | null>();
	/** `where NAME` output: NAME (lower case) → the files it listed (keys). */
	private readonly where = new Map<string, Set<string>>();

	constructor(
		private readonly snapshot: SnapshotFile,
		private readonly p: path.PlatformPath,
		private readonly win: boolean,
		private readonly recordedEnv: () => Record<string, string> | undefined,
		private readonly partialEnv: Readonly<Record<string, string>>,
	) {
		for (const [file, fact] of Object.entries(snapshot.files ?? {})) this.files.set(this.key(file), fact);
		for (const [name, output] of Object.entries(snapshot.where ?? {})) {
			const hits = output
				.split(/\r?\n/)
				.map((line) => line.trim())
				.filter((line) => line !== '' && this.p.isAbsolute(line));
			this.where.set(name.toLowerCase(), new Set(hits.map((hit) => this.key(hit))));
		}
	}

	env(): Record<string, string> | undefined {
		return this.snapshot.env ?? this.recordedEnv();
	}

	getenv(name: string): Maybe<string | undefined> {
		const env = this.env();
		if (!env) {
			const shown = Object.entries(this.partialEnv).find(([k]) => (this.win ? k.toUpperCase() === name.toUpperCase() : k === name));
			return shown ? shown[1] : UNKNOWN;
		}
		if (!this.win) return env[name];
		return Object.entries(env).find(([k]) => k.toUpperCase() === name.toUpperCase())?.[1];
	}

	exec(request: ExecRequest): Maybe<ExecResult> {
		const argv = [request.file, ...request.args];
		const same = (a: string, b: string) => (this.win ? a.toLowerCase() === b.toLowerCase() : a === b);
		const found = (this.snapshot.commands ?? []).find(
			(command) =>
				command.argv.length === argv.length &&
				this.key(command.argv[0]!) === this.key(argv[0]!) &&
				command.argv.slice(1).every((arg, i) => arg === argv[i + 1]) &&
				(command.cwd === undefined || (request.cwd !== undefined && same(this.key(command.cwd), this.key(request.cwd)))),
		);
		if (!found) return UNKNOWN;
		return {exitCode: found.exit_code === undefined ? 0 : found.exit_code, stdout: found.stdout ?? '', stderr: found.stderr ?? '', timedOut: false, canceled: false};
	}

	stat(target: string): Maybe<FileInfo | null> {
		const k = this.key(target);
		if (this.files.has(k)) {
			const fact = this.files.get(k)!;
			return fact === null ? null : {kind: fact.kind ?? (fact.entries ? 'dir' : 'file'), size: fact.content?.length ?? 0, mode: fact.mode ?? 0o755, isLink: Boolean(fact.link)};
		}
		const listed = this.whereSays(target) ?? this.folderSays(target);
		if (listed === true) return {kind: 'file', size: 0, mode: 0o755, isLink: false};
		if (listed === false || this.insideMissing(k)) return null;
		if (this.impliedDir(k)) return {kind: 'dir', size: 0, mode: 0o755, isLink: false};
		return UNKNOWN;
	}

	realpath(target: string): Maybe<string | null> {
		const fact = this.files.get(this.key(target));
		if (fact?.link) return this.p.resolve(this.p.dirname(target), fact.link);
		const info = this.stat(target);
		if (info === UNKNOWN) return UNKNOWN;
		return info === null ? null : this.p.resolve(target);
	}

	readFile(target: string): Maybe<string | null> {
		const k = this.key(target);
		if (this.files.has(k)) {
			const fact = this.files.get(k)!;
			if (fact === null || fact.kind === 'dir' || fact.entries) return null;
			return fact.content ?? UNKNOWN;
		}
		if ((this.whereSays(target) ?? this.folderSays(target)) === false || this.insideMissing(k)) return null;
		return this.impliedDir(k) ? null : UNKNOWN;
	}

	readdir(target: string): Maybe<string[] | null> {
		const k = this.key(target);
		if (!this.files.has(k)) return UNKNOWN;
		const fact = this.files.get(k)!;
		if (fact === null) return null;
		return fact.entries ?? UNKNOWN;
	}

	isWritable(target: string): Maybe<boolean> {
		const k = this.key(target);
		if (!this.files.has(k)) return UNKNOWN;
		const fact = this.files.get(k)!;
		return fact === null ? false : (fact.writable ?? UNKNOWN);
	}

	registryKey(key: string): Maybe<RegistryValue[] | null> {
		const entry = Object.entries(this.snapshot.registry ?? {}).find(([k]) => sameKey(k, key));
		if (!entry) return UNKNOWN;
		return entry[1] === null ? null : entry[1].map((value) => ({...value, type: value.type as RegistryValue['type']}));
	}

	/**
	 * A key's subkeys are known when the snapshot lists the key itself (then the keys it lists
	 * below it are all there are); null when it lists the key as absent.
	 */
	registrySubkeys(key: string): Maybe<Array<{key: string; values: RegistryValue[]}> | null> {
		const sections = Object.entries(this.snapshot.registry ?? {});
		const own = sections.find(([k]) => sameKey(k, key));
		if (!own) return UNKNOWN;
		if (own[1] === null) return null;
		const parent = shortKey(key).toLowerCase();
		return sections
			.filter(([k, values]) => values !== null && shortKey(k).toLowerCase().startsWith(parent + '\\') && !shortKey(k).toLowerCase().slice(parent.length + 1).includes('\\'))
			.map(([k, values]) => ({key: shortKey(k), values: values!.map((value) => ({...value, type: value.type as RegistryValue['type']}))}));
	}

	/**
	 * `where go` searched the current folder and every PATH folder, trying each PATHEXT
	 * extension: so for those folders it tells whether `go.exe`, `go.bat`, ... exist.
	 */
	private whereSays(target: string): boolean | undefined {
		const k = this.key(target);
		const base = this.p.basename(target).toLowerCase();
		for (const [name, hits] of this.where) {
			if (hits.has(k)) return true;
			const names = this.win ? [name, ...this.pathext().map((ext) => name + ext)] : [name];
			if (!names.includes(base)) continue;
			if (this.searchedDirs().has(this.key(this.p.dirname(target)))) return false;
		}
		return undefined;
	}

	private pathext(): string[] {
		const value = this.getenv('PATHEXT');
		return (typeof value === 'string' && value ? value : '.COM;.EXE;.BAT;.CMD').toLowerCase().split(';').filter(Boolean);
	}

	private searchedDirs(): Set<string> {
		const value = this.getenv('PATH');
		const dirs = new Set<string>();
		if (value === UNKNOWN || value === undefined) return dirs;
		for (const entry of value.split(this.win ? ';' : ':')) {
			const dir = entry.replace(/^"(.*)"$/, '$1');
			if (dir && this.p.isAbsolute(dir)) dirs.add(this.key(dir));
		}
		if (this.win && this.snapshot.cwd) dirs.add(this.key(this.snapshot.cwd));
		return dirs;
	}

	/** A folder listed with its `entries` says which names are in it, and so which are not. */
	private folderSays(target: string): boolean | undefined {
		const entries = this.files.get(this.key(this.p.dirname(target)))?.entries;
		if (!entries) return undefined;
		const name = this.p.basename(target);
		return entries.some((entry) => (this.win ? entry.toLowerCase() === name.toLowerCase() : entry === name));
	}

	/** Inside a folder the snapshot says does not exist (or a path below a file). */
	private insideMissing(k: string): boolean {
		for (let dir = this.p.dirname(k); ; dir = this.p.dirname(dir)) {
			const fact = this.files.get(dir);
			if (fact === null || (fact && ((fact.kind !== undefined && fact.kind !== 'dir') || fact.content !== undefined))) return true;
			if (this.p.dirname(dir) === dir) return false;
		}
	}

	private impliedDir(k: string): boolean {
		const prefix = k.endsWith(this.p.sep) ? k : k + this.p.sep;
		for (const [file, fact] of this.files) if (fact !== null && file.startsWith(prefix)) return true;
		for (const hits of this.where.values()) for (const hit of hits) if (hit.startsWith(prefix)) return true;
		return false;
	}

	private key(target: string): string {
		const normal = this.p.normalize(target);
		const trimmed = normal.length > this.p.parse(normal).root.length ? normal.replace(/[\\/]+$/, '') : normal;
		return this.win ? trimmed.toLowerCase() : trimmed;
	}
}

/** A readable name for a question, as it appears in `unknown (not in the snapshot: …)`. */
export function describeCall(method: string, args: readonly unknown[]): string {
	if (method === 'exec' && args[0] && typeof args[0] === 'object') {
		const request = args[0] as Partial<ExecRequest>;
		return `exec ${[request.file ?? '?', ...(request.args ?? [])].join(' ')}`;
	}
	const shown = args.filter((arg) => arg !== undefined).map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg)));
	return [method, ...shown].join(' ');
}
