import path from 'node:path';
import {MAX_READ_BYTES, valueOr, type ExecRequest, type ExecResult, type FileInfo, type Platform, type System, type TerminalInfo, type TlsChainRequest, type TlsChainResult} from './types.js';
import {digestBytes} from './digest.js';
import {mergeEnv} from './env-merge.js';
import {sameKey, shortKey, type RegistryPort, type RegistryValue} from './registry.js';

/**
 * An in-memory world for unit tests: Windows, Linux or macOS, whatever the host. Files,
 * environment and the answers of programs are given up front; every spawn is recorded so
 * tests can count them and inspect what was asked.
 */

export type FakeEntry =
	| string // a file with this content
	/** `closed`: a folder that cannot be looked into (no search permission): every path under it fails with this code. */
	/** `unlisted`: a folder that can be searched but not listed (Unix `--x`): listing it fails with this code, its files are reachable by name. */
	| {dir: true; writable?: boolean; closed?: string; unlisted?: string}
	| {file: string; mode?: number; writable?: boolean}
	| {link: string}
	/** A file that is there but cannot be read: reading it fails with this code (`EACCES`). */
	| {unreadable: string; size?: number};

export type FakeAnswer = Partial<ExecResult> | ((request: ExecRequest) => Partial<ExecResult> | Promise<Partial<ExecResult>>);

export interface FakeCommand {
	/** Absolute path of the program (case-insensitive on Windows). */
	file: string;
	/** When given, the arguments must be exactly these. */
	args?: string[];
	answer: FakeAnswer;
}

export interface FakeWorldSpec {
	platform?: Platform;
	arch?: string;
	osRelease?: string;
	hostname?: string;
	env?: Record<string, string>;
	cwd?: string;
	home?: string;
	tmp?: string;
	files?: Record<string, FakeEntry>;
	commands?: FakeCommand[];
	terminal?: Partial<TerminalInfo>;
	/** Windows only: registry keys (`HKCU\\Environment`) and their values, raw. */
	registry?: Record<string, RegistryValue[]>;
	/** Certificate chains presented by `host:port`; any other address has none. */
	tlsChains?: Record<string, TlsChainResult>;
}

export interface FakeSystem extends System {
	/** Every exec request, in order. */
	readonly calls: ExecRequest[];
	/** Add or replace a file while a test runs (e.g. to emulate a fix). */
	setFile(target: string, entry: FakeEntry | undefined): void;
	setEnv(name: string, value: string | undefined): void;
	addCommand(command: FakeCommand): void;
	/** How many times WM_SETTINGCHANGE was broadcast. */
	readonly broadcasts: number;
	/** Every TLS chain request, in order. */
	readonly tlsRequests: TlsChainRequest[];
	/** The chain `host:port` presents from now on. */
	setTlsChain(address: string, result: TlsChainResult): void;
}

export function createFakeSystem(spec: FakeWorldSpec = {}): FakeSystem {
	const platform = spec.platform ?? 'linux';
	const windows = platform === 'win32';
	const p = windows ? path.win32 : path.posix;
	const home = spec.home ?? (windows ? 'C:\\Users\\dev' : platform === 'darwin' ? '/Users/dev' : '/home/dev');
	const cwd = spec.cwd ?? home;
	const tmp = spec.tmp ?? (windows ? `${home}\\AppData\\Local\\Temp` : '/tmp');
	let env: Record<string, string> = {...spec.env};
	const key = (target: string) => {
		const normal = p.resolve(target);
		const trimmed = normal.length > p.parse(normal).root.length ? normal.replace(/[\\/]+$/, '') : normal;
		return windows ? trimmed.toLowerCase() : trimmed;
	};
	/** Normalised key → the path as given (for readdir's names) and what is there. */
	const entries = new Map<string, {original: string; entry: FakeEntry}>();
	const commands: FakeCommand[] = [...(spec.commands ?? [])];
	const calls: ExecRequest[] = [];
	const tlsRequests: TlsChainRequest[] = [];
	const tlsChains = new Map(Object.entries(spec.tlsChains ?? {}));
	let tempCounter = 0;
	let broadcasts = 0;
	const registry = new Map<string, {key: string; values: RegistryValue[]}>(
		Object.entries(spec.registry ?? {}).map(([k, values]) => [shortKey(k).toLowerCase(), {key: shortKey(k), values: values.map((v) => ({...v}))}]),
	);
	const registryPort: RegistryPort = {
		async readKey(k) {
			const entry = registry.get(shortKey(k).toLowerCase());
			return entry ? entry.values.map((v) => ({...v})) : null;
		},
		async readSubkeys(k) {
			const parent = shortKey(k).toLowerCase();
			const children = [...registry.entries()]
				.filter(([id]) => id.startsWith(parent + '\\') && !id.slice(parent.length + 1).includes('\\'))
				.map(([, entry]) => ({key: entry.key, values: entry.values.map((v) => ({...v}))}));
			// A key exists when it was given, or when a key below it was.
			const exists = registry.has(parent) || [...registry.keys()].some((id) => id.startsWith(parent + '\\'));
			return exists ? children : null;
		},
		async setValue(k, name, type, data) {
			const id = shortKey(k).toLowerCase();
			const entry = registry.get(id) ?? {key: shortKey(k), values: []};
			registry.set(id, entry);
			const existing = entry.values.find((v) => v.name.toLowerCase() === name.toLowerCase());
			if (existing) Object.assign(existing, {type, data});
			else entry.values.push({name, type, data});
		},
		async deleteValue(k, name) {
			for (const [id, entry] of registry) {
				if (sameKey(entry.key, k)) registry.set(id, {...entry, values: entry.values.filter((v) => v.name.toLowerCase() !== name.toLowerCase())});
			}
		},
		async broadcastEnvironmentChange() {
			broadcasts += 1;
			return true;
		},
	};

	const setFile = (target: string, entry: FakeEntry | undefined) => {
		if (entry === undefined) entries.delete(key(target));
		else entries.set(key(target), {original: p.resolve(target), entry});
	};
	for (const [target, entry] of Object.entries(spec.files ?? {})) setFile(target, entry);
	// As on a real machine, the home, current and temporary folders exist.
	for (const dir of [home, cwd, tmp]) if (!entries.has(key(dir))) setFile(dir, {dir: true});

	/** Follows links; returns the entry, or 'dir' for folders implied by a deeper path. */
	const lookup = (target: string, depth = 0): {entry: FakeEntry | 'implied-dir'; resolved: string; viaLink: boolean} | null => {
		const k = key(target);
		const entry = entries.get(k)?.entry;
		if (entry && typeof entry === 'object' && 'link' in entry) {
			if (depth > 20) return null;
			const next = lookup(p.resolve(p.dirname(p.resolve(target)), entry.link), depth + 1);
			return next ? {...next, viaLink: true} : null;
		}
		if (entry !== undefined) return {entry, resolved: p.resolve(target), viaLink: false};
		const prefix = k.endsWith(p.sep) ? k : k + p.sep;
		for (const other of entries.keys()) if (other.startsWith(prefix)) return {entry: 'implied-dir', resolved: p.resolve(target), viaLink: false};
		return null;
	};

	/** The code of a closed folder above `target` (`EACCES`), if there is one. */
	const closedAbove = (target: string): string | undefined => {
		for (let dir = p.dirname(p.resolve(target)); ; dir = p.dirname(dir)) {
			const entry = entries.get(key(dir))?.entry;
			if (entry && typeof entry === 'object' && 'dir' in entry && entry.closed) return entry.closed;
			if (p.dirname(dir) === dir) return undefined;
		}
	};

	const isFolder = (entry: FakeEntry | 'implied-dir' | undefined) => entry === 'implied-dir' || (typeof entry === 'object' && 'dir' in entry);
	const notFound = (operation: string, target: string) => Object.assign(new Error(`ENOENT: no such file or directory, ${operation} '${target}'`), {code: 'ENOENT'});
	/** Like the file system, writing into a folder that does not exist fails. */
	const requireFolderOf = (target: string, operation: string) => {
		if (!isFolder(lookup(p.dirname(p.resolve(target)))?.entry)) throw notFound(operation, target);
	};

	/** Like `mkdir -p`: the folder and every parent exist from now on, whatever is removed later. */
	const makeFolders = (target: string) => {
		for (let dir = p.resolve(target); !entries.has(key(dir)); dir = p.dirname(dir)) {
			setFile(dir, {dir: true});
			if (p.dirname(dir) === dir) break;
		}
	};

	const system: FakeSystem = {
		platform,
		arch: spec.arch ?? 'x64',
		osRelease: spec.osRelease ?? (windows ? '10.0.22631' : '6.1.0'),
		hostname: spec.hostname ?? 'devbox',
		path: p,
		calls,
		tlsRequests,
		get broadcasts() {
			return broadcasts;
		},
		...(windows ? {registry: registryPort} : {}),
		env: () => env,
		getenv(name) {
			if (!windows) return env[name];
			const upper = name.toUpperCase();
			for (const [k, v] of Object.entries(env)) if (k.toUpperCase() === upper) return v;
			return undefined;
		},
		cwd: () => cwd,
		homedir: () => home,
		tmpdir: () => tmp,
		terminal: () => ({stdinIsTTY: false, stdoutIsTTY: false, ...spec.terminal}),

		async exec(request) {
			calls.push({...request, env: mergeEnv({}, {...request.env, GOTOOLCHAIN: 'local'}, windows)});
			if (!p.isAbsolute(request.file)) throw new Error(`refusing to spawn a bare program name: ${request.file}`);
			const same = (a: string, b: string) => (windows ? a.toLowerCase() === b.toLowerCase() : a === b);
			const command = commands.find(
				(c) => same(c.file, request.file) && (!c.args || (c.args.length === request.args.length && c.args.every((a, i) => a === request.args[i]))),
			);
			if (!command) {
				const exists = lookup(request.file);
				return {exitCode: null, stdout: '', stderr: '', timedOut: false, canceled: false, errorCode: exists ? 'EACCES' : 'ENOENT'};
			}
			const answer = typeof command.answer === 'function' ? await command.answer(request) : command.answer;
			return {exitCode: 0, stdout: '', stderr: '', timedOut: false, canceled: false, ...answer};
		},

		async tlsChain(request) {
			tlsRequests.push(request);
			return tlsChains.get(`${request.host}:${request.port}`) ?? {certificates: [], error: `connect ECONNREFUSED ${request.host}:${request.port}`};
		},

		async inspect(target) {
			const closed = closedAbove(target);
			if (closed) return {ok: false, code: closed};
			const found = lookup(target);
			if (!found) return {ok: false, code: 'ENOENT'};
			const raw = entries.get(key(target))?.entry;
			const isLink = Boolean(raw && typeof raw === 'object' && 'link' in raw);
			const {entry} = found;
			if (isFolder(entry)) return {ok: true, value: {kind: 'dir', size: 0, mode: 0o755, isLink} satisfies FileInfo};
			if (typeof entry === 'string') return {ok: true, value: {kind: 'file', size: Buffer.byteLength(entry), mode: 0o755, isLink}};
			if ('file' in entry) return {ok: true, value: {kind: 'file', size: Buffer.byteLength(entry.file), mode: entry.mode ?? 0o755, isLink}};
			if ('unreadable' in entry) return {ok: true, value: {kind: 'file', size: entry.size ?? 0, mode: 0, isLink}};
			return {ok: false, code: 'ENOENT'};
		},
		stat: async (target) => valueOr(await system.inspect(target)),
		async realpath(target) {
			const found = lookup(target);
			if (!found) return null;
			// A link to a link is followed to the end, as the OS does; only links given as the
			// whole path are modelled, not folders on the way that are links.
			return found.resolved;
		},
		async readText(target, options = {}) {
			const closed = closedAbove(target);
			if (closed) return {ok: false, code: closed};
			const found = lookup(target);
			if (!found) return {ok: false, code: 'ENOENT'};
			if (isFolder(found.entry)) return {ok: false, code: 'EISDIR'};
			const entry = found.entry as Exclude<FakeEntry, {dir: true}>;
			if (typeof entry === 'object' && 'unreadable' in entry) return {ok: false, code: entry.unreadable};
			const text = typeof entry === 'string' ? entry : 'file' in entry ? entry.file : null;
			if (text === null) return {ok: false, code: 'ENOENT'};
			if (options.textOnly && text.slice(0, 65536).includes('\u0000')) return {ok: false, code: 'EBINARY'};
			if (Buffer.byteLength(text) > (options.maxBytes ?? MAX_READ_BYTES)) return {ok: false, code: 'EFBIG'};
			return {ok: true, value: options.encoding === 'auto' ? text.replace(/^\uFEFF/, '') : text};
		},
		readFile: async (target, encoding = 'utf8') => valueOr(await system.readText(target, {encoding})),
		async list(target) {
			const closed = closedAbove(target);
			if (closed) return {ok: false, code: closed};
			const found = lookup(target);
			if (!found) return {ok: false, code: 'ENOENT'};
			if (!isFolder(found.entry)) return {ok: false, code: 'ENOTDIR'};
			const refused = typeof found.entry === 'object' && 'dir' in found.entry ? (found.entry.closed ?? found.entry.unlisted) : undefined;
			if (refused) return {ok: false, code: refused};
			const names = new Set<string>();
			for (const {original} of entries.values()) {
				const relative = p.relative(found.resolved, original);
				if (!relative || relative.startsWith('..') || p.isAbsolute(relative)) continue;
				names.add(relative.split(p.sep)[0]!);
			}
			return {ok: true, value: [...names]};
		},
		readdir: async (target) => valueOr(await system.list(target)),
		async isWritable(target) {
			const found = lookup(target);
			if (!found) return false;
			const {entry} = found;
			if (entry === 'implied-dir' || typeof entry === 'string') return true;
			return 'writable' in entry ? entry.writable !== false : true;
		},
		async mkdtemp(prefix) {
			tempCounter += 1;
			const dir = p.join(tmp, `${prefix}${tempCounter}`);
			setFile(dir, {dir: true});
			return dir;
		},
		async mkdir(target) {
			makeFolders(target);
		},
		async writeFile(target, content, options = {}) {
			requireFolderOf(target, 'open');
			// Like fs.writeFile: an existing file keeps its permission bits.
			const existing = entries.get(key(target))?.entry;
			if (existing !== undefined && options.exclusive) throw Object.assign(new Error(`EEXIST: file already exists, open '${target}'`), {code: 'EEXIST'});
			const kept = existing && typeof existing === 'object' && 'file' in existing ? {...existing, file: content} : undefined;
			setFile(target, kept ?? (options.mode === undefined ? content : {file: content, mode: options.mode}));
		},
		async remove(target) {
			const k = key(target);
			for (const other of [...entries.keys()]) if (other === k || other.startsWith(k + p.sep)) entries.delete(other);
		},
		async copyFile(from, to) {
			const found = lookup(from);
			if (!found || found.entry === 'implied-dir' || (typeof found.entry === 'object' && !('file' in found.entry))) {
				throw notFound('copyfile', from);
			}
			makeFolders(p.dirname(p.resolve(to)));
			setFile(to, typeof found.entry === 'string' ? found.entry : {...found.entry});
		},
		async rename(from, to) {
			const k = key(from);
			if (!entries.has(k) && !lookup(from)) throw notFound('rename', from);
			requireFolderOf(to, 'rename');
			// A folder moves with everything in it.
			for (const [other, {original, entry}] of [...entries]) {
				if (other !== k && !other.startsWith(k + p.sep)) continue;
				entries.delete(other);
				setFile(p.join(to, p.relative(p.resolve(from), original)), entry);
			}
		},
		async fileDigest(target) {
			const content = await system.readFile(target);
			return content === null ? null : digestBytes(Buffer.from(content, 'utf8'));
		},
		setFile,
		setSessionEnv(name, value) {
			const spelled = windows ? (Object.keys(env).find((key) => key.toUpperCase() === name.toUpperCase()) ?? name) : name;
			env = mergeEnv(env, {[spelled]: value}, windows);
		},
		setEnv(name, value) {
			env = mergeEnv(env, {[name]: value}, windows);
		},
		setTlsChain(address, result) {
			tlsChains.set(address, result);
		},
		addCommand(command) {
			commands.unshift(command);
		},
	};
	return system;
}
