import type {Facts} from './facts.js';
import {isAbsent, type System} from '../system/types.js';
import {compareGoVersions} from './gover.js';

/**
 * Version-manager shims, resolved to the binary they run in the current folder by reading
 * the files each manager reads, the way it reads them (go-installs-and-editors.md §1b, §1c).
 * The manager is never run: a shim's answer depends on the folder it is started in, and
 * running asdf or mise to ask would be running the user's tools with their plugins.
 *
 * - asdf: `ASDF_GOLANG_VERSION`, else the nearest `.tool-versions` walking up from the current
 *   folder (`golang 1.22.3 [more…]`; the first installed one is used; `system` is the next go
 *   on PATH), else `~/.tool-versions`; `.go-version` only with `legacy_version_file = yes` in
 *   `~/.asdfrc`. Runs `installs/golang/<v>/go/bin/go`.
 * - goenv: `GOENV_VERSION`, else the nearest `.go-version` walking up, else (with
 *   `GOENV_GOMOD_VERSION_ENABLE=1`) the nearest go.mod's `toolchain`/`go` line, else
 *   `$GOENV_ROOT/version`, else `system`. `1.22` means the newest installed 1.22.x. Runs
 *   `versions/<v>/bin/go`.
 * - mise: `MISE_GO_VERSION`, else the config files of each folder walking up (nearer wins;
 *   in one folder `mise.local.toml` before `mise.toml` before `mise/config.toml`, …, and
 *   `.tool-versions`), else `~/.config/mise/config.toml`, else `/etc/mise/config.toml`.
 *   `1.22` or `latest` means the newest installed match. Runs `installs/go/<v>/bin/go`.
 * - Scoop: `shims\go.shim`'s `path = "…"`, through the `current` junction.
 */

export type ShimManager = 'asdf' | 'mise' | 'goenv' | 'scoop';

export interface ShimResolution {
	manager: ShimManager;
	/** The shim on PATH. */
	shim: string;
	/** The version the current folder selects (`1.22.3`, `system`), null when nothing selects one. */
	version: string | null;
	/** What selected it: a file (with its line), or a variable. */
	source: string | null;
	/** The binary it runs here; null when it cannot run one. */
	target: string | null;
	targetExists: boolean;
	/** Versions the manager has installed, newest first. */
	installed: string[];
	/** `unreadable`: a file or folder it reads to choose could not be read: what it runs here is unknown. */
	problem?: 'not-installed' | 'no-version' | 'unreadable';
	/** Files and folders that are there but could not be read (EACCES, EISDIR, EIO…), with their code. */
	unreadable?: Array<{file: string; code: string}>;
}

type Unreadable = Array<{file: string; code: string}>;

interface ShimFolders {
	asdf: string;
	goenv: string;
	mise: string;
}

function roots(sys: System): {asdf: string; goenv: string; mise: string} {
	const p = sys.path;
	const home = sys.homedir();
	const abs = (name: string, fallback: string) => {
		const value = sys.getenv(name);
		return value && p.isAbsolute(value) ? value : fallback;
	};
	const xdgData = abs('XDG_DATA_HOME', p.join(home, '.local', 'share'));
	const localAppData = abs('LOCALAPPDATA', p.join(home, 'AppData', 'Local'));
	return {
		asdf: abs('ASDF_DATA_DIR', p.join(home, '.asdf')),
		goenv: abs('GOENV_ROOT', p.join(home, '.goenv')),
		mise: abs('MISE_DATA_DIR', sys.platform === 'win32' ? p.join(localAppData, 'mise') : p.join(xdgData, 'mise')),
	};
}

/** Where a version manager keeps its shims. */
export function shimFolderOf(sys: System, manager: 'asdf' | 'goenv' | 'mise'): string {
	return shimFolders(sys)[manager];
}

function shimFolders(sys: System): ShimFolders {
	const r = roots(sys);
	return {asdf: sys.path.join(r.asdf, 'shims'), goenv: sys.path.join(r.goenv, 'shims'), mise: sys.path.join(r.mise, 'shims')};
}

const same = (sys: System, a: string, b: string) => {
	const norm = (x: string) => sys.path.normalize(x).replace(/[\\/]+$/, '');
	return sys.platform === 'win32' ? norm(a).toLowerCase() === norm(b).toLowerCase() : norm(a) === norm(b);
};

/** Which manager's shim a file on PATH is, by its folder (and, for unknown roots, its text). */
export async function shimManagerOf(sys: System, file: string): Promise<ShimManager | null> {
	const folder = sys.path.dirname(file);
	const folders = shimFolders(sys);
	if (sys.platform === 'win32' && sys.path.basename(folder).toLowerCase() === 'shims' && (await sys.readFile(file.replace(/\.[^.\\]+$/, '') + '.shim')) !== null) return 'scoop';
	if (same(sys, folder, folders.asdf)) return 'asdf';
	if (same(sys, folder, folders.goenv)) return 'goenv';
	if (same(sys, folder, folders.mise)) return 'mise';
	if (sys.path.basename(folder) !== 'shims') return null;
	// A manager installed somewhere else: its shim says whose it is.
	const real = await sys.realpath(file);
	if (real && /^mise(\.exe)?$/i.test(sys.path.basename(real))) return 'mise';
	const text = (await sys.readFile(file)) ?? '';
	if (text.length < 4096 && /asdf exec|# asdf-plugin:/.test(text)) return 'asdf';
	if (text.length < 4096 && /goenv/.test(text) && /exec/.test(text)) return 'goenv';
	return null;
}

/** The folders from `start` up to the root, nearest first. */
function ancestors(sys: System, start: string): string[] {
	const out: string[] = [];
	for (let dir = sys.path.resolve(start); ; dir = sys.path.dirname(dir)) {
		out.push(dir);
		if (sys.path.dirname(dir) === dir) return out;
	}
}

/** A file's text; null when absent, and also when it could not be read, which is noted in `unreadable`. */
async function read(sys: System, unreadable: Unreadable, file: string): Promise<string | null> {
	const answer = await sys.readText(file).catch(() => null);
	if (answer && !answer.ok && !isAbsent(answer.code)) unreadable.push({file, code: answer.code});
	return answer?.ok ? answer.value : null;
}

/** Installed versions: the names of the manager's install folders, newest first (a folder that cannot be listed is noted). */
async function installedVersions(sys: System, unreadable: Unreadable, folder: string): Promise<string[]> {
	const answer = await sys.list(folder).catch(() => null);
	if (answer && !answer.ok && !isAbsent(answer.code)) unreadable.push({file: folder, code: answer.code});
	const names = answer?.ok ? answer.value : [];
	return names.filter((n) => /^\d/.test(n)).sort((a, b) => compareGoVersions(b, a));
}

/** The newest installed version a prefix (`1.22`) or `latest` selects; an exact version selects itself. */
export function pickInstalled(wanted: string, installed: readonly string[]): string | null {
	const w = wanted.replace(/^(?:go-?|prefix:)/, '');
	if (installed.includes(w)) return w;
	if (w === 'latest') return installed[0] ?? null;
	return installed.find((v) => v.startsWith(w + '.')) ?? null;
}

interface Selection {
	versions: string[];
	source: string;
}

async function asdfSelection(facts: Facts, unreadable: Unreadable): Promise<Selection | null> {
	const {sys} = facts;
	const fromEnv = sys.getenv('ASDF_GOLANG_VERSION');
	if (fromEnv) return {versions: fromEnv.split(/\s+/).filter(Boolean), source: 'ASDF_GOLANG_VERSION'};
	const name = sys.getenv('ASDF_DEFAULT_TOOL_VERSIONS_FILENAME') || '.tool-versions';
	const rc = (await read(sys, unreadable, sys.path.join(sys.homedir(), '.asdfrc'))) ?? '';
	const legacy = /^\s*legacy_version_file\s*=\s*yes\s*$/m.test(rc);
	const dirs = ancestors(sys, sys.cwd());
	if (!dirs.some((d) => same(sys, d, sys.homedir()))) dirs.push(sys.homedir());
	for (const dir of dirs) {
		const file = sys.path.join(dir, name);
		const text = await read(sys, unreadable, file);
		const line = text?.split(/\r?\n/).findIndex((l) => /^\s*golang\s/.test(l.replace(/#.*$/, ''))) ?? -1;
		if (text && line >= 0) {
			const words = text.split(/\r?\n/)[line]!.replace(/#.*$/, '').trim().split(/\s+/).slice(1);
			return {versions: words, source: `${file}:${line + 1}`};
		}
		if (legacy) {
			const goVersion = await read(sys, unreadable, sys.path.join(dir, '.go-version'));
			const word = goVersion?.trim().split(/\s+/)[0];
			if (word) return {versions: [word], source: sys.path.join(dir, '.go-version')};
		}
	}
	return null;
}

/** goenv's `.go-version`: the first word; several versions separated by `:`. */
function goenvWords(text: string): string[] {
	const word = text.trim().split(/\s+/)[0] ?? '';
	return word
		.split(':')
		.map((w) => w.replace(/^go-?/, ''))
		.filter((w) => w !== '' && w !== '..' && !w.includes('/'));
}

async function goenvSelection(facts: Facts, root: string, unreadable: Unreadable): Promise<Selection | null> {
	const {sys} = facts;
	const fromEnv = sys.getenv('GOENV_VERSION');
	if (fromEnv) return {versions: goenvWords(fromEnv), source: 'GOENV_VERSION'};
	const start = sys.getenv('GOENV_DIR') || sys.cwd();
	const dirs = ancestors(sys, start);
	for (const dir of dirs) {
		const file = sys.path.join(dir, '.go-version');
		const text = await read(sys, unreadable, file);
		if (text !== null && goenvWords(text).length > 0) return {versions: goenvWords(text), source: file};
	}
	if (sys.getenv('GOENV_GOMOD_VERSION_ENABLE') === '1') {
		for (const dir of dirs) {
			const file = sys.path.join(dir, 'go.mod');
			const text = await read(sys, unreadable, file);
			if (text === null) continue;
			const toolchain = /^toolchain\s+go(\S+)/m.exec(text)?.[1];
			const go = /^go\s+(\S+)/m.exec(text)?.[1];
			if (toolchain ?? go) return {versions: [(toolchain ?? go)!], source: file};
		}
	}
	const global = sys.path.join(root, 'version');
	const text = await read(sys, unreadable, global);
	if (text !== null && goenvWords(text).length > 0) return {versions: goenvWords(text), source: global};
	return null;
}

/** mise's config files of one folder, in its order of precedence (the first that names go wins there). */
const MISE_FILES = ['mise.local.toml', '.mise.local.toml', 'mise.toml', '.mise.toml', 'mise/config.toml', '.mise/config.toml', '.config/mise.toml', '.config/mise/config.toml', '.tool-versions'];

/**
 * The go version a mise config names in `[tools]`: `go = "1.22"`, `go = ["1.22", "1.21"]`,
 * `go = { version = "1.22" }` (also `golang`). A tiny reader of just that, not a TOML parser.
 */
export function miseToolVersions(text: string): string[] | null {
	let section = '';
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.replace(/\s+#.*$/, '').trim();
		const header = /^\[([^\]]+)\]$/.exec(line);
		if (header) {
			section = header[1]!.trim();
			continue;
		}
		if (section !== 'tools') continue;
		const m = /^"?(go|golang)"?\s*=\s*(.+)$/.exec(line);
		if (!m) continue;
		const value = m[2]!.trim();
		const inline = /version\s*=\s*"([^"]+)"/.exec(value);
		if (value.startsWith('{')) return inline ? [inline[1]!] : null;
		return [...value.matchAll(/"([^"]+)"|'([^']+)'/g)].map((q) => q[1] ?? q[2]!);
	}
	return null;
}

async function miseSelection(facts: Facts, unreadable: Unreadable): Promise<Selection | null> {
	const {sys} = facts;
	for (const name of ['MISE_GO_VERSION', 'MISE_GOLANG_VERSION']) {
		const value = sys.getenv(name);
		if (value) return {versions: [value], source: name};
	}
	const p = sys.path;
	const home = sys.homedir();
	const xdgConfig = sys.getenv('XDG_CONFIG_HOME') && p.isAbsolute(sys.getenv('XDG_CONFIG_HOME')!) ? sys.getenv('XDG_CONFIG_HOME')! : p.join(home, '.config');
	const global = sys.getenv('MISE_GLOBAL_CONFIG_FILE') || p.join(xdgConfig, 'mise', 'config.toml');
	for (const dir of ancestors(sys, sys.cwd())) {
		for (const name of MISE_FILES) {
			const file = p.join(dir, ...name.split('/'));
			if (same(sys, file, global)) continue;
			const text = await read(sys, unreadable, file);
			if (text === null) continue;
			if (name === '.tool-versions') {
				const line = text.split(/\r?\n/).find((l) => /^\s*(go|golang)\s/.test(l.replace(/#.*$/, '')));
				if (line) return {versions: line.replace(/#.*$/, '').trim().split(/\s+/).slice(1), source: file};
				continue;
			}
			const versions = miseToolVersions(text);
			if (versions && versions.length > 0) return {versions, source: file};
		}
	}
	for (const file of [global, '/etc/mise/config.toml']) {
		const text = await read(sys, unreadable, file);
		const versions = text === null ? null : miseToolVersions(text);
		if (versions && versions.length > 0) return {versions, source: file};
	}
	return null;
}

/**
 * What a shim runs in the current folder. `nextGo` is the go PATH finds after the shim's
 * folder, for a `system` selection.
 */
export function resolveShim(facts: Facts, shim: string, manager: ShimManager, nextGo: string | null): Promise<ShimResolution> {
	return facts.once(`shim:${manager}:${shim}`, async () => {
		const unreadable: Unreadable = [];
		const resolution = await resolveReading(facts, shim, manager, nextGo, unreadable);
		if (unreadable.length === 0) return resolution;
		// A selection file nearer than the one used, or the installs folder, could not be read:
		// "not installed" or "no version" would be a guess, and no fix may act on it.
		return {...resolution, unreadable, ...(resolution.problem ? {problem: 'unreadable' as const} : {})};
	});
}

async function resolveReading(facts: Facts, shim: string, manager: ShimManager, nextGo: string | null, unreadable: Unreadable): Promise<ShimResolution> {
	const {sys} = facts;
	const p = sys.path;
	const exe = sys.platform === 'win32' ? 'go.exe' : 'go';
	const base = {manager, shim};
	if (manager === 'scoop') {
		const text = (await read(sys, unreadable, shim.replace(/\.[^.\\]+$/, '') + '.shim')) ?? '';
		const target = /^\s*path\s*=\s*"?([^"\r\n]+?)"?\s*$/m.exec(text)?.[1] ?? null;
		// Through the `current` junction: the version folder, then its binary.
		const versionFolder = target ? p.dirname(p.dirname(target)) : null;
		const real = target && versionFolder ? p.join((await sys.realpath(versionFolder)) ?? versionFolder, p.basename(p.dirname(target)), p.basename(target)) : null;
		const exists = real !== null && (await sys.stat(real))?.kind === 'file';
		const version = real ? /[\\/]apps[\\/]go[\\/]([^\\/]+)[\\/]/i.exec(real)?.[1] ?? null : null;
		return {...base, version, source: shim.replace(/\.[^.\\]+$/, '') + '.shim', target: real, targetExists: exists, installed: [], ...(exists ? {} : {problem: 'not-installed' as const})};
	}
	const r = roots(sys);
	const installsDir = manager === 'asdf' ? p.join(r.asdf, 'installs', 'golang') : manager === 'goenv' ? p.join(r.goenv, 'versions') : p.join(r.mise, 'installs', 'go');
	const installed = await installedVersions(sys, unreadable, installsDir);
	const selection = manager === 'asdf' ? await asdfSelection(facts, unreadable) : manager === 'goenv' ? await goenvSelection(facts, r.goenv, unreadable) : await miseSelection(facts, unreadable);
	if (!selection || selection.versions.length === 0) {
		// goenv's last word is `system`; asdf and mise refuse to run without a version.
		if (manager === 'goenv') return {...base, version: 'system', source: null, target: nextGo, targetExists: nextGo !== null, installed};
		return {...base, version: null, source: null, target: null, targetExists: false, installed, problem: 'no-version'};
	}
	const binaryOf = async (version: string) => {
		const folder = p.join(installsDir, version);
		const candidates = manager === 'asdf' ? [p.join(folder, 'go', 'bin', exe)] : [p.join(folder, 'bin', exe), p.join(folder, 'go', 'bin', exe)];
		for (const file of candidates) if ((await sys.stat(file))?.kind === 'file') return file;
		return null;
	};
	for (const wanted of selection.versions) {
		if (wanted === 'system') return {...base, version: 'system', source: selection.source, target: nextGo, targetExists: nextGo !== null, installed};
		if (wanted.startsWith('path:')) {
			const folder = wanted.slice(5);
			for (const file of [p.join(folder, 'go', 'bin', exe), p.join(folder, 'bin', exe)]) {
				if ((await sys.stat(file))?.kind === 'file') return {...base, version: wanted, source: selection.source, target: file, targetExists: true, installed};
			}
			continue;
		}
		// asdf wants the exact version; goenv and mise take the newest installed match.
		const picked = manager === 'asdf' ? (installed.includes(wanted) ? wanted : null) : pickInstalled(wanted, installed);
		const target = picked ? await binaryOf(picked) : null;
		if (target) return {...base, version: picked, source: selection.source, target, targetExists: true, installed};
	}
	return {...base, version: selection.versions[0]!, source: selection.source, target: null, targetExists: false, installed, problem: 'not-installed'};
}
