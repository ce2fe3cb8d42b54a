import type {Facts} from './facts.js';
import {isAbsent, type System} from '../system/types.js';
import {pathDelimiter, splitPathList} from './path-lookup.js';
import {expandOnce, registryEnvironment, type EnvScope, type RegistryEnvironment} from './windows-env.js';

/**
 * PATH as the shell sees it: every entry of this process's PATH, in order, with where it
 * comes from (the system or user registry value, or this process only), its raw and
 * expanded text, whether the folder exists, and duplicates after expansion, trailing
 * separators and symlink/junction resolution (case-insensitive on Windows). Built in-process
 * from the registry fact and file-system lookups: no `where`, no `which`.
 */

/** The shells whose lookup rules differ. */
export type LookupShell = 'cmd' | 'powershell' | 'git-bash' | 'posix';
export const WINDOWS_SHELLS: readonly LookupShell[] = ['cmd', 'powershell', 'git-bash'];

export type EntryOrigin = EnvScope | 'process' | 'shell';

export type EntryMark = 'empty' | 'quoted' | 'unexpanded' | 'relative' | 'missing' | 'not-a-directory' | 'duplicate' | 'unreadable';

export interface PathEntry {
	/** 0-based position in this process's PATH. */
	index: number;
	/** The entry as this process has it. */
	text: string;
	/** As stored in the registry (unexpanded) for system/user entries; otherwise `text`. */
	raw: string;
	/** The folder searched: quotes removed, relative entries resolved against the current folder. */
	expanded: string;
	origin: EntryOrigin;
	/** `unknown`: it could not be looked at (EACCES on a folder above, ELOOP…): see `unreadable`. */
	kind: 'dir' | 'file' | 'missing' | 'unknown';
	/** Why it could not be looked at: the error's code. Never "missing", never removed by a fix. */
	unreadable?: string;
	/** The folder after symlink/junction resolution, when it exists. */
	resolved: string | null;
	/** What duplicates are compared by. */
	key: string;
	/** The earlier entry this one repeats. */
	duplicateOf?: number;
	marks: EntryMark[];
	/** `%NAME%` references (or `$NAME`, `~` on Unix) left unexpanded. */
	unexpanded: string[];
}

/** A registry PATH entry that this process's PATH does not have (the terminal is older). */
export interface MissingFromSession {
	scope: EnvScope;
	raw: string;
	expanded: string;
}

export interface PathModel {
	platform: string;
	delimiter: string;
	/** The PATH of this process. */
	value: string;
	entries: PathEntry[];
	/** PATHEXT in order, lower case (Windows). */
	pathext: string[];
	cwd: string;
	registry: RegistryEnvironment | null;
	notInSession: MissingFromSession[];
	/** The PATH a new terminal would get from the registry (Windows). */
	composedValue?: string;
}

/** Comparison form of a folder: resolved, no trailing separator, case-folded on Windows. */
export function folderKey(sys: Pick<System, 'platform' | 'path'>, folder: string): string {
	let normal = sys.path.normalize(folder);
	const root = sys.path.parse(normal).root;
	if (normal.length > root.length) normal = normal.replace(/[\\/]+$/, '');
	return sys.platform === 'win32' ? normal.toLowerCase() : normal;
}

function unexpandedReferences(platform: string, text: string): string[] {
	if (platform === 'win32') return [...text.matchAll(/%([^%;]+)%/g)].map((m) => m[1]!);
	const names = [...text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g)].map((m) => m[1]!);
	return text.startsWith('~') ? ['~', ...names] : names;
}

export function pathModel(facts: Facts): Promise<PathModel> {
	return facts.once('path-model', async () => {
		const {sys} = facts;
		const registry = await registryEnvironment(facts);
		return buildPathModel(sys, registry);
	});
}

export async function buildPathModel(sys: System, registry: RegistryEnvironment | null, value = sys.getenv('PATH') ?? ''): Promise<PathModel> {
	const win = sys.platform === 'win32';
	const cwd = sys.cwd();
	const texts = splitPathList(value, sys.platform);
	const unquote = (text: string) => text.replace(/^"(.*)"$/, '$1');
	const sameText = (a: string, b: string) => folderKey(sys, unquote(a) || '.') === folderKey(sys, unquote(b) || '.');

	// Registry entries in composition order, to attribute each process entry to its origin.
	const composed = (registry?.path ?? []).flatMap((contribution) =>
		contribution.entries.flatMap(({raw, expanded}) =>
			// An entry whose expansion holds `;` (a variable listing folders) yields several.
			expanded.split(';').map((part) => ({scope: contribution.scope, name: contribution.name, raw, expanded: part, used: false})),
		),
	);

	const entries: PathEntry[] = [];
	for (const [index, text] of texts.entries()) {
		const match = text === '' ? undefined : composed.find((c) => !c.used && c.expanded !== '' && sameText(c.expanded, text));
		if (match) match.used = true;
		const bare = unquote(text);
		const unexpanded = unexpandedReferences(sys.platform, text);
		// A folder named by an unexpanded reference is never searched as such: show it as it is.
		const expanded = bare === '' || unexpanded.length > 0 ? bare : sys.path.resolve(cwd, bare);
		const answer = bare === '' || unexpanded.length > 0 ? null : await sys.inspect(expanded);
		const info = answer?.ok ? answer.value : null;
		// Not there (ENOENT, ENOTDIR) is "missing"; a folder that could not be looked at is not.
		const unreadable = answer && !answer.ok && !isAbsent(answer.code) ? answer.code : undefined;
		const resolved = info ? await sys.realpath(expanded) : null;
		const marks: EntryMark[] = [];
		const last = index === texts.length - 1;
		// A trailing `;` is how Windows writes the user Path; an empty entry there is ignored.
		if (text === '' && !(win && last)) marks.push('empty');
		if (text.includes('"')) marks.push('quoted');
		if (unexpanded.length > 0) marks.push('unexpanded');
		else if (bare !== '' && !sys.path.isAbsolute(bare)) marks.push('relative');
		if (unreadable) marks.push('unreadable');
		else if (bare !== '' && unexpanded.length === 0 && !info) marks.push('missing');
		if (info && info.kind !== 'dir') marks.push('not-a-directory');
		entries.push({
			index,
			text,
			raw: match?.raw ?? text,
			expanded,
			origin: match ? match.scope : 'process',
			kind: info ? (info.kind === 'dir' ? 'dir' : 'file') : unreadable ? 'unknown' : 'missing',
			...(unreadable ? {unreadable} : {}),
			resolved,
			key: bare === '' ? '' : folderKey(sys, resolved ?? expanded),
			marks,
			unexpanded,
		});
	}
	const firstByKey = new Map<string, number>();
	for (const entry of entries) {
		if (entry.key === '') continue;
		const first = firstByKey.get(entry.key);
		if (first === undefined) firstByKey.set(entry.key, entry.index);
		else {
			entry.duplicateOf = first;
			entry.marks.push('duplicate');
		}
	}

	const notInSession = composed
		.filter((c) => !c.used && c.expanded !== '' && !entries.some((e) => sameText(e.text, c.expanded)))
		.map(({scope, raw, expanded}) => ({scope, raw, expanded}));
	const pathext = win
		? (sys.getenv('PATHEXT') || '.COM;.EXE;.BAT;.CMD')
				.split(';')
				.filter(Boolean)
				.map((ext) => ext.toLowerCase())
		: [];
	return {
		platform: sys.platform,
		delimiter: pathDelimiter(sys.platform),
		value,
		entries,
		pathext,
		cwd,
		registry,
		notInSession,
		...(registry?.available ? {composedValue: registry.variables.get('PATH')?.value ?? ''} : {}),
	};
}

// ---------------------------------------------------------------------------------------
// Command lookup, per shell.

export interface Shim {
	kind: 'scoop' | 'version-manager';
	/** The program the shim runs, when the shim says (Scoop's `.shim` file). */
	target?: string;
}

export interface CommandHit {
	/** The command asked for (`go`). */
	name: string;
	file: string;
	/** Index of the PATH entry; -1 for the current folder (cmd looks there first). */
	entryIndex: number;
	origin: EntryOrigin;
	/** The file after symlink resolution. */
	resolved: string;
	wins: boolean;
	shim?: Shim;
}

/** The Go tools whose every copy on PATH is shown. */
export const GO_TOOLS = ['go', 'gofmt', 'gopls', 'dlv'] as const;

/** Candidate file names for `name` in one folder, in the order the shell tries them. */
export function candidateFileNames(shell: LookupShell, name: string, pathext: readonly string[]): string[] {
	const lower = name.toLowerCase();
	switch (shell) {
		case 'posix':
			return [name];
		case 'git-bash':
			// MSYS runs `name`, or `name.exe` (the Cygwin exec rule); .bat/.cmd need their extension.
			return lower.endsWith('.exe') ? [name] : [name, `${name}.exe`];
		case 'cmd':
			return pathext.some((ext) => lower.endsWith(ext)) ? [name] : pathext.map((ext) => name + ext);
		case 'powershell':
			// PowerShell tries a script before the executables (npx.ps1 beats npx.cmd).
			return lower.endsWith('.ps1') || pathext.some((ext) => lower.endsWith(ext)) ? [name] : ['.ps1', ...pathext].map((ext) => name + ext);
	}
}

/** The shell this process was most likely started from; only Git Bash marks itself. */
export function guessShell(sys: System): LookupShell {
	if (sys.platform !== 'win32') return 'posix';
	return sys.getenv('MSYSTEM') ? 'git-bash' : 'powershell';
}

/** Folder listings, read once per run. Names are kept as they are; lookups fold case on Windows. */
function listing(facts: Facts, folder: string): Promise<Map<string, string> | null> {
	return facts.once(`listing:${folder}`, async () => {
		const answer = await facts.sys.list(folder);
		if (!answer.ok) return isAbsent(answer.code) ? null : refused;
		const win = facts.sys.platform === 'win32';
		return new Map(answer.value.map((n) => [win ? n.toLowerCase() : n, n]));
	});
}

/**
 * A folder that could not be listed (a Unix folder with search but not read permission):
 * the shell still runs what is in it, because it looks names up one by one. So do we.
 */
const refused: Map<string, string> = new Map();

/** A candidate's actual name in a folder: from its listing, or looked up by itself when the listing was refused. */
async function nameIn(facts: Facts, folder: string, names: Map<string, string>, candidate: string): Promise<string | undefined> {
	if (names !== refused) return names.get(facts.sys.platform === 'win32' ? candidate.toLowerCase() : candidate);
	return (await facts.sys.inspect(facts.sys.path.join(folder, candidate))).ok ? candidate : undefined;
}

async function readShim(facts: Facts, folder: string, file: string): Promise<Shim | undefined> {
	const {sys} = facts;
	const base = sys.path.basename(folder).toLowerCase();
	if (sys.platform === 'win32' && base === 'shims') {
		const stem = sys.path.basename(file).replace(/\.[^.]+$/, '');
		const text = await sys.readFile(sys.path.join(folder, `${stem}.shim`));
		if (text === null) return {kind: 'scoop'};
		const target = /^\s*path\s*=\s*"?([^"\r\n]+?)"?\s*$/m.exec(text)?.[1];
		return {kind: 'scoop', ...(target ? {target} : {})};
	}
	// asdf, mise and similar put a script per tool in a `shims` folder.
	if (base === 'shims') return {kind: 'version-manager'};
	return undefined;
}

/** Every hit for `name` under the rules of `shell`, in search order; the first wins. */
export function commandHits(facts: Facts, name: string, shell: LookupShell = guessShell(facts.sys)): Promise<CommandHit[]> {
	return facts.once(`command-hits:${shell}:${name}`, async () => {
		const {sys} = facts;
		const model = await pathModel(facts);
		const win = sys.platform === 'win32';
		const folders: Array<{folder: string; entryIndex: number; origin: EntryOrigin}> = [
			// cmd looks in the current folder before PATH; PowerShell and bash never do.
			...(shell === 'cmd' ? [{folder: model.cwd, entryIndex: -1, origin: 'shell' as const}] : []),
			...model.entries.filter((e) => e.kind === 'dir').map((e) => ({folder: e.expanded, entryIndex: e.index, origin: e.origin})),
		];
		const hits: CommandHit[] = [];
		const seen = new Set<string>();
		for (const {folder, entryIndex, origin} of folders) {
			const names = await listing(facts, folder);
			if (!names) continue;
			for (const candidate of candidateFileNames(shell, name, model.pathext)) {
				const actual = await nameIn(facts, folder, names, candidate);
				if (!actual) continue;
				const file = sys.path.join(folder, actual);
				const info = await sys.stat(file);
				if (!info || info.kind !== 'file') continue;
				if (!win && (info.mode & 0o111) === 0) continue;
				const key = folderKey(sys, file);
				if (seen.has(key)) break;
				seen.add(key);
				const shim = await readShim(facts, folder, file);
				hits.push({name, file, entryIndex, origin, resolved: (await sys.realpath(file)) ?? file, wins: hits.length === 0, ...(shim ? {shim} : {})});
				break;
			}
		}
		return hits;
	});
}

/** A `golang.org/dl` wrapper (go1.22.0.exe) found in a PATH folder. */
export interface DlWrapper {
	file: string;
	version: string;
	entryIndex: number;
	/** `~/sdk/go1.22.0`, and whether `go1.22.0 download` finished there. */
	sdk: string;
	downloaded: boolean;
}

/**
 * Side-by-side Go versions installed with `go install golang.org/dl/go1.X.Y@latest`. The go
 * command also looks for a PATH binary of exactly this name before downloading a toolchain.
 */
export function dlWrappers(facts: Facts): Promise<DlWrapper[]> {
	return facts.once('dl-wrappers', async () => {
		const {sys} = facts;
		const model = await pathModel(facts);
		const found: DlWrapper[] = [];
		const seen = new Set<string>();
		for (const entry of model.entries) {
			if (entry.kind !== 'dir' || entry.duplicateOf !== undefined) continue;
			const names = await listing(facts, entry.expanded);
			for (const actual of names?.values() ?? []) {
				const m = /^(go1\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)(\.exe)?$/i.exec(actual);
				if (!m || (sys.platform === 'win32') !== Boolean(m[2]) || seen.has(m[1]!)) continue;
				seen.add(m[1]!);
				const sdk = sys.path.join(sys.homedir(), 'sdk', m[1]!);
				const downloaded = (await sys.stat(sys.path.join(sdk, '.unpacked-success'))) !== null;
				found.push({file: sys.path.join(entry.expanded, actual), version: m[1]!, entryIndex: entry.index, sdk, downloaded});
			}
		}
		return found;
	});
}

/** The entry that holds `folder`, compared as duplicates are. */
export function entryForFolder(model: PathModel, sys: Pick<System, 'platform' | 'path'>, folder: string, resolved?: string | null): PathEntry | undefined {
	const keys = new Set([folderKey(sys, folder), ...(resolved ? [folderKey(sys, resolved)] : [])]);
	return model.entries.find((e) => e.key !== '' && (keys.has(e.key) || keys.has(folderKey(sys, e.expanded))));
}

// ---------------------------------------------------------------------------------------
// The Path values in the registry, entry by entry: what fixes edit.

export interface RegistryPathEntry {
	scope: EnvScope;
	/** Position in its scope's value (0-based), counting empty entries. */
	position: number;
	raw: string;
	/** As composed for a new terminal (an unknown `%FOO%` stays). */
	expanded: string;
	/** References that did not expand when the value was composed. */
	unexpanded: string[];
	/** For an entry with such references: what it means once every variable is known. */
	meant?: string;
	exists: boolean;
	/** It could not be looked at (EACCES, ELOOP…): the error's code. Whether it exists is unknown, so it is never removed. */
	unreadable?: string;
	key: string;
	/**
	 * The entry this one repeats: the first working entry with the same folder (system before
	 * user). A reference that never expanded repeats the working entry for the folder it means.
	 */
	duplicateOf?: {scope: EnvScope; position: number};
	/** A UNC path (`\\server\share`): a missing one may only be offline, so it is never removed. */
	network: boolean;
	/** The empty entry a trailing `;` leaves; Windows ignores it and so do we. */
	trailing: boolean;
	/** The type of the Path value holding it: Windows never expands a reference in a REG_SZ one. */
	valueType: string;
}

export function registryPathEntries(facts: Facts): Promise<RegistryPathEntry[]> {
	return facts.once('registry-path-entries', async () => {
		const {sys} = facts;
		const registry = await registryEnvironment(facts);
		const out: RegistryPathEntry[] = [];
		const keyOf = async (folder: string) => {
			const answer = folder !== '' && sys.path.isAbsolute(folder) ? await sys.inspect(folder) : null;
			const info = answer?.ok ? answer.value : null;
			const unreadable = answer && !answer.ok && !isAbsent(answer.code) ? answer.code : undefined;
			const resolved = info ? await sys.realpath(folder) : null;
			return {info, unreadable, key: folder === '' ? '' : folderKey(sys, resolved ?? folder)};
		};
		for (const contribution of registry?.path ?? []) {
			for (const [position, {raw, expanded}] of contribution.entries.entries()) {
				const unexpanded = unexpandedReferences('win32', expanded);
				const bare = expanded.replace(/^"(.*)"$/, '$1');
				const {info, key, unreadable} = unexpanded.length === 0 ? await keyOf(bare) : {info: null, key: folderKey(sys, bare), unreadable: undefined};
				const meant = unexpanded.length > 0 && registry ? expandOnce(bare, registry.variables) : undefined;
				out.push({
					scope: contribution.scope,
					position,
					raw,
					expanded,
					unexpanded,
					...(meant !== undefined ? {meant} : {}),
					exists: info?.kind === 'dir',
					...(unreadable ? {unreadable} : {}),
					key,
					network: bare.startsWith('\\\\'),
					trailing: raw === '' && position === contribution.entries.length - 1,
					valueType: contribution.value.type,
				});
			}
		}
		// Duplicates: working entries repeat the first working entry with their folder.
		const firstByKey = new Map<string, RegistryPathEntry>();
		for (const entry of out) {
			if (entry.key === '' || entry.unexpanded.length > 0) continue;
			const first = firstByKey.get(entry.key);
			if (first) entry.duplicateOf = {scope: first.scope, position: first.position};
			else firstByKey.set(entry.key, entry);
		}
		for (const entry of out) {
			if (entry.meant === undefined || /%[^%;]+%/.test(entry.meant)) continue;
			const first = firstByKey.get((await keyOf(entry.meant)).key);
			if (first) entry.duplicateOf = {scope: first.scope, position: first.position};
		}
		return out;
	});
}
