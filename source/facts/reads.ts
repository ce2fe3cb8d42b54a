import {AsyncLocalStorage} from 'node:async_hooks';
import {shortKey} from '../system/registry.js';
import type {System} from '../system/types.js';

/**
 * What a check read, so that after a fix only the checks a change can reach run again. Every
 * question a check asks the System is written down as a fact key; a change (source/fixes)
 * says which fact keys it can touch in the same words; the engine re-runs every check whose
 * keys meet the change's. Keys:
 *
 * - `env:NAME` one variable of this process (upper case on Windows), `env:*` all of them;
 * - `file:PATH` a file or folder asked about (stat, read, digest, writable, realpath),
 *   `dir:PATH` a folder listed; paths resolved, without a trailing separator, folded on Windows;
 * - `registry:KEY` a registry key read whole (`registry:hkcu\environment`);
 * - `exec:NAME` a program run (`exec:go`, `exec:git`: the program's name, whatever its folder;
 *   `go1.22.0` wrappers run a go and count as `go`), with `file:` for the program itself;
 * - `net:HOST:PORT` a TLS handshake (no change touches the network).
 *
 * A change may touch `exec:*` (any program's answer may differ) or `*` (anything at all).
 *
 * Facts are memoised per run: the first check to ask computes a fact, later ones reuse it.
 * The reads made while computing belong to the fact, and every check that uses the fact gets
 * them, whoever computed it. AsyncLocalStorage carries "who is reading" through the awaits.
 */

export type FactKey = string;

/** The reads of one check run or one memoised fact; facts it used are linked, not copied. */
export class ReadLog {
	private readonly keys = new Set<FactKey>();
	private readonly used = new Set<ReadLog>();

	add(key: FactKey): void {
		this.keys.add(key);
	}

	link(other: ReadLog): void {
		if (other !== this) this.used.add(other);
	}

	/** Every key read, through every fact used (read when the run has settled). */
	all(): Set<FactKey> {
		const out = new Set<FactKey>();
		const seen = new Set<ReadLog>();
		const visit = (log: ReadLog) => {
			if (seen.has(log)) return;
			seen.add(log);
			for (const key of log.keys) out.add(key);
			for (const next of log.used) visit(next);
		};
		visit(this);
		return out;
	}
}

const reader = new AsyncLocalStorage<ReadLog>();

/** Runs `work` with its reads (and those of everything it awaits) written into `log`. */
export function readingInto<T>(log: ReadLog, work: () => T): T {
	return reader.run(log, work);
}

/** The log of whoever is reading now; undefined outside a check (a fix reading back its change). */
export function currentReadLog(): ReadLog | undefined {
	return reader.getStore();
}

function note(key: FactKey): void {
	reader.getStore()?.add(key);
}

type PathSystem = Pick<System, 'platform' | 'path'>;

/** The comparable form of a path. */
export function normalPath(sys: PathSystem, target: string): string {
	let normal = sys.path.resolve(target);
	const root = sys.path.parse(normal).root;
	if (normal.length > root.length) normal = normal.replace(/[\\/]+$/, '');
	return sys.platform === 'win32' ? normal.toLowerCase() : normal;
}

export const fileFact = (sys: PathSystem, target: string): FactKey => `file:${normalPath(sys, target)}`;
export const dirFact = (sys: PathSystem, target: string): FactKey => `dir:${normalPath(sys, target)}`;
export const registryFact = (key: string): FactKey => `registry:${shortKey(key).toLowerCase()}`;
export const envFact = (sys: Pick<System, 'platform'>, name: string): FactKey => `env:${sys.platform === 'win32' ? name.toUpperCase() : name}`;

/** `exec:go` for `C:\Program Files\Go\bin\go.exe`, `/usr/bin/go` and `go1.22.0.exe` alike. */
export function execFact(sys: PathSystem, file: string): FactKey {
	let name = sys.path.basename(file);
	if (sys.platform === 'win32') name = name.toLowerCase().replace(/\.(exe|com|bat|cmd)$/, '');
	if (/^go1\.\d/.test(name)) name = 'go';
	return `exec:${name}`;
}

/** A program by its name, as a change declares it: `programFact('git')`. */
export const programFact = (name: string): FactKey => `exec:${name}`;
export const ANY_PROGRAM: FactKey = 'exec:*';
export const ANYTHING: FactKey = '*';

function pathOf(key: FactKey): string | null {
	if (key.startsWith('file:')) return key.slice(5);
	if (key.startsWith('dir:')) return key.slice(4);
	return null;
}

/** One path is the other, or holds it: writing one can change what is read at the other. */
function related(a: string, b: string): boolean {
	if (a === b) return true;
	const within = (inner: string, outer: string) => inner.startsWith(outer.endsWith('/') || outer.endsWith('\\') ? outer : outer + (outer.includes('\\') ? '\\' : '/'));
	return within(a, b) || within(b, a);
}

/** Can a change touching `touched` alter what a check read at `read`? */
export function reaches(touched: FactKey, read: FactKey): boolean {
	if (touched === ANYTHING) return true;
	if (touched === ANY_PROGRAM) return read.startsWith('exec:');
	if (read === 'env:*') return touched.startsWith('env:');
	const a = pathOf(touched);
	const b = pathOf(read);
	if (a !== null || b !== null) return a !== null && b !== null && related(a, b);
	return touched === read;
}

/** Do any of a change's keys reach any key a check read? */
export function reachesAny(touched: readonly FactKey[], reads: ReadonlySet<FactKey>): boolean {
	return touched.some((key) => reads.has(key) || [...reads].some((read) => reaches(key, read)));
}

/**
 * How each member of the System port is read. Every member is listed: a new one must be
 * placed here (a unit test holds the list to the port), or a check's reads would go unseen.
 */
const READS: Record<string, ((sys: System, args: unknown[]) => FactKey[]) | 'constant' | 'write'> = {
	env: () => ['env:*'],
	getenv: (sys, [name]) => [envFact(sys, String(name))],
	exec: (sys, [request]) => {
		const file = (request as {file: string}).file;
		return [execFact(sys, file), fileFact(sys, file)];
	},
	stat: (sys, [target]) => [fileFact(sys, String(target))],
	realpath: (sys, [target]) => [fileFact(sys, String(target))],
	readFile: (sys, [target]) => [fileFact(sys, String(target))],
	isWritable: (sys, [target]) => [fileFact(sys, String(target))],
	fileDigest: (sys, [target]) => [fileFact(sys, String(target))],
	readdir: (sys, [target]) => [dirFact(sys, String(target))],
	readText: (sys, [target]) => [fileFact(sys, String(target))],
	inspect: (sys, [target]) => [fileFact(sys, String(target))],
	list: (sys, [target]) => [dirFact(sys, String(target))],
	tlsChain: (_sys, [request]) => [`net:${(request as {host: string}).host}:${(request as {port: number}).port}`],
	cwd: 'constant',
	homedir: 'constant',
	tmpdir: 'constant',
	terminal: 'constant',
	mkdtemp: 'write',
	mkdir: 'write',
	writeFile: 'write',
	remove: 'write',
	copyFile: 'write',
	rename: 'write',
	// The REPL's `go …`: the person's own command, never a check's read.
	startUserCommand: 'write',
	// The REPL's `set … in session`: a change, which re-runs the checks that read the name.
	setSessionEnv: 'write',
};

const REGISTRY_READS: Record<string, ((args: unknown[]) => FactKey[]) | 'write'> = {
	readKey: ([key]) => [registryFact(String(key))],
	// The subkeys (the Uninstall key's products) are read as the key itself.
	readSubkeys: ([key]) => [registryFact(String(key))],
	setValue: 'write',
	deleteValue: 'write',
	broadcastEnvironmentChange: 'write',
};

/** The members a System port has, for the test that keeps READS complete. */
export const CLASSIFIED_MEMBERS = {system: Object.keys(READS), registry: Object.keys(REGISTRY_READS)};

/**
 * The System as checks see it: the same answers, each question noted in the log of whoever
 * asks (nothing is noted outside a check). Members not in the port's list (a fake world's
 * test helpers) pass through.
 */
export function readingSystem(sys: System): System {
	const registry = sys.registry;
	const wrappedRegistry = registry
		? new Proxy(registry, {
				get(target, property, receiver) {
					const value = Reflect.get(target, property, receiver) as unknown;
					const rule = typeof property === 'string' ? REGISTRY_READS[property] : undefined;
					if (typeof value !== 'function' || !rule || rule === 'write') return value;
					return (...args: unknown[]) => {
						for (const key of rule(args)) note(key);
						return (value as (...a: unknown[]) => unknown).apply(target, args);
					};
				},
			})
		: undefined;
	return new Proxy(sys, {
		get(target, property, receiver) {
			if (property === 'registry') return wrappedRegistry;
			const value = Reflect.get(target, property, receiver) as unknown;
			const rule = typeof property === 'string' ? READS[property] : undefined;
			if (typeof value !== 'function' || typeof rule !== 'function') return value;
			return (...args: unknown[]) => {
				for (const key of rule(target, args)) note(key);
				return (value as (...a: unknown[]) => unknown).apply(target, args);
			};
		},
	});
}
