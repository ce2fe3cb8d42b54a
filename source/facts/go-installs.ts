import type {Facts} from './facts.js';
import type {System} from '../system/types.js';
import {FactUnavailableError, isAbsent} from '../system/types.js';
import type {RegistrySubkey, RegistryValue} from '../system/registry.js';
import {compareGoVersions} from './gover.js';
import {commandHits, folderKey, pathModel} from './path-model.js';
import {resolveShim, shimManagerOf, type ShimResolution} from './shims.js';
import {registryEnvironment} from './windows-env.js';
import {wslFacts} from './wsl.js';

/**
 * Every Go tree on the machine, found where each installer and version manager puts one, not
 * only on PATH: a tarball in /usr/local/go nobody added to PATH, a ZIP unpacked on Windows, an
 * MSI install this terminal started before. Read-only and bounded: one folder listing per
 * known place (and one more for the places that keep a folder per version), a stat of each
 * candidate's `bin/go`, and its VERSION file. Nothing is run; no folder is searched.
 *
 * Where each one goes (go-installs-and-editors.md §1a and §5, each place checked against the
 * installer's or manager's source named there):
 * - Windows: the MSI's `%ProgramFiles%\Go` (also winget's and Chocolatey's: both run the
 *   MSI) and `%ProgramFiles(x86)%\Go`, the old default `C:\Go`, `%LOCALAPPDATA%\Programs\Go`,
 *   Scoop's `apps\go\<version>` (user and global), `%USERPROFILE%\sdk\go1.N.M` (golang.org/dl),
 *   mise's `%LOCALAPPDATA%\mise\installs\go\<version>`;
 * - Unix: `/usr/local/go` (the tarball, and the macOS .pkg), Debian's `/usr/lib/go-1.N`, the
 *   distributions' `/usr/lib/go` and `/usr/lib/golang`, snap's `/snap/go/<revision>`,
 *   Homebrew's `Cellar/go*` under each prefix, `~/sdk/go1.N.M` (golang.org/dl), gvm, goenv,
 *   asdf and mise install folders;
 * - inside WSL, the Windows side's default places through the drive mount (`/mnt/c`).
 */

/** Who put a Go tree where it is, as its place and the files around it tell. */
export type GoOrigin =
	| 'msi' // the official MSI (an Uninstall entry names it); winget installs the same MSI
	| 'chocolatey' // Chocolatey's golang package (it runs the MSI silently)
	| 'zip' // the official ZIP (or a copy): a Go tree in an installer's place with no installer's mark
	| 'scoop'
	| 'homebrew'
	| 'macos-pkg' // the official .pkg (its receipt)
	| 'tarball' // the official tarball in /usr/local/go, or in a folder of its own
	| 'dpkg' // Debian and Ubuntu packages golang-1.N-go
	| 'distro' // another distribution's package (/usr/lib/go on Arch, /usr/lib/golang on Fedora)
	| 'snap'
	| 'golang-dl' // go install golang.org/dl/go1.N.M + go1.N.M download
	| 'sdk-folder' // a Go tree in ~/sdk or ~/go/sdk without golang.org/dl's mark (an editor's download)
	| 'gvm'
	| 'goenv'
	| 'asdf'
	| 'mise'
	| 'windows-side'; // inside WSL: a Windows Go reached through the drive mount

export interface GoInstall {
	/** The GOROOT: the folder holding `bin/go`. */
	root: string;
	/** `bin/go` or `bin\go.exe`. */
	go: string;
	/** `go1.26.8`, from the VERSION file's first line, else from the folder's name. */
	version: string | null;
	versionFrom: 'VERSION' | 'folder' | null;
	origin: GoOrigin;
	/** The files or registry values that say who put it there (evidence). */
	markers: string[];
	/** The folder the listing that found it was of (evidence: where it looked). */
	place: string;
	/** The install's folder after symlink/junction resolution (a version manager's alias). */
	resolved: string;
}

/** A known place: a folder to look in, and how a Go tree sits in it. */
interface Place {
	origin: GoOrigin;
	/** A folder that is itself a GOROOT (`/usr/local/go`). */
	root?: string;
	/** A folder to list, with one Go tree per matching name. */
	list?: string;
	match?: RegExp;
	/** Where the GOROOT is inside a listed name's folder (Homebrew's `libexec`, asdf's `go`). */
	inner?: string[];
	/** Names in the listing that are aliases of another (`current`): kept out. */
	skip?: RegExp;
	/** Homebrew: `list` is the Cellar; these names in it are formulae, each listed in turn. */
	formulae?: RegExp;
	/** Version from the listed name, for trees without a VERSION file. */
	versionOf?: (name: string) => string | null;
}

const GO_VERSION_NAME = /^go1\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?$/;
const BARE_VERSION_NAME = /^\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?$/;
const bare = (name: string) => (BARE_VERSION_NAME.test(name) ? `go${name}` : null);
const prefixed = (name: string) => (GO_VERSION_NAME.test(name) ? name : null);

/** The Windows Uninstall keys the MSI's product entry is under (the 386 MSI's in the 32-bit view). */
export const UNINSTALL_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
export const UNINSTALL_KEY_32 = 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall';

function env(sys: System, name: string, fallback: string): string {
	const value = sys.getenv(name);
	return value && sys.path.isAbsolute(value) ? value : fallback;
}

/** The places of this platform, from the environment variables each manager honours. */
export function knownPlaces(sys: System): Place[] {
	const p = sys.path;
	const home = sys.homedir();
	if (sys.platform === 'win32') {
		const drive = (sys.getenv('SystemDrive') || 'C:').replace(/\\+$/, '');
		const programFiles = env(sys, 'ProgramW6432', env(sys, 'ProgramFiles', `${drive}\\Program Files`));
		const programFiles86 = env(sys, 'ProgramFiles(x86)', `${drive}\\Program Files (x86)`);
		const localAppData = env(sys, 'LOCALAPPDATA', p.join(home, 'AppData', 'Local'));
		const programData = env(sys, 'ProgramData', `${drive}\\ProgramData`);
		const scoop = env(sys, 'SCOOP', p.join(home, 'scoop'));
		const scoopGlobal = env(sys, 'SCOOP_GLOBAL', p.join(programData, 'scoop'));
		const mise = env(sys, 'MISE_DATA_DIR', p.join(localAppData, 'mise'));
		return [
			{origin: 'msi', root: p.join(programFiles, 'Go')},
			{origin: 'msi', root: p.join(programFiles86, 'Go')},
			{origin: 'zip', root: `${drive}\\Go`},
			{origin: 'zip', root: p.join(localAppData, 'Programs', 'Go')},
			{origin: 'scoop', list: p.join(scoop, 'apps', 'go'), match: /^[^.]/, skip: /^current$/i, versionOf: bare},
			{origin: 'scoop', list: p.join(scoopGlobal, 'apps', 'go'), match: /^[^.]/, skip: /^current$/i, versionOf: bare},
			{origin: 'golang-dl', list: p.join(home, 'sdk'), match: /^go(?:1\.|tip$)/, versionOf: prefixed},
			{origin: 'sdk-folder', list: p.join(home, 'go', 'sdk'), match: /^go1\./, versionOf: prefixed},
			{origin: 'mise', list: p.join(mise, 'installs', 'go'), match: /^\d/, versionOf: bare},
		];
	}
	const xdgData = env(sys, 'XDG_DATA_HOME', p.join(home, '.local', 'share'));
	const defaultPrefixes = sys.platform === 'darwin' ? ['/opt/homebrew', '/usr/local'] : ['/home/linuxbrew/.linuxbrew', p.join(home, '.linuxbrew')];
	const brewPrefixes = [...new Set([...(sys.getenv('HOMEBREW_PREFIX') ? [sys.getenv('HOMEBREW_PREFIX')!] : []), ...defaultPrefixes])];
	return [
		{origin: 'tarball', root: '/usr/local/go'},
		{origin: 'dpkg', list: '/usr/lib', match: /^go-\d+\.\d+$/},
		{origin: 'distro', root: '/usr/lib/go'},
		{origin: 'distro', root: '/usr/lib/golang'},
		{origin: 'snap', list: '/snap/go', match: /^\d+$/},
		{origin: 'snap', list: '/var/lib/snapd/snap/go', match: /^\d+$/},
		// Each formula (go, and the keg-only go@1.24) keeps a folder per version; GOROOT is its libexec.
		...brewPrefixes.map((prefix): Place => ({origin: 'homebrew', list: p.join(prefix, 'Cellar'), formulae: /^go(?:@\d+\.\d+)?$/, match: /^\d/, inner: ['libexec'], versionOf: bare})),
		{origin: 'golang-dl', list: p.join(home, 'sdk'), match: /^go(?:1\.|tip$)/, versionOf: prefixed},
		{origin: 'sdk-folder', list: p.join(home, 'go', 'sdk'), match: /^go1\./, versionOf: prefixed},
		{origin: 'gvm', list: p.join(env(sys, 'GVM_ROOT', p.join(home, '.gvm')), 'gos'), match: /^go/, versionOf: prefixed},
		{origin: 'goenv', list: p.join(env(sys, 'GOENV_ROOT', p.join(home, '.goenv')), 'versions'), match: /^\d/, versionOf: bare},
		{origin: 'asdf', list: p.join(env(sys, 'ASDF_DATA_DIR', p.join(home, '.asdf')), 'installs', 'golang'), match: /^\d/, inner: ['go'], versionOf: bare},
		// mise's current layout is the install folder itself; older versions unpacked into `go`.
		{origin: 'mise', list: p.join(env(sys, 'MISE_DATA_DIR', p.join(xdgData, 'mise')), 'installs', 'go'), match: /^\d/, versionOf: bare},
	];
}

/** A place, a `bin/go` or a VERSION file that may be there but could not be read (EACCES, ELOOP, EIO…). */
export interface UnreadablePlace {
	file: string;
	code: string;
}

/** Notes what could not be read, absent things aside: a Go there is unknown, not "none". */
function noteUnreadable(unreadable: UnreadablePlace[], file: string, answer: {ok: boolean; code?: string}): void {
	if (!answer.ok && answer.code && !isAbsent(answer.code) && !unreadable.some((u) => u.file === file)) unreadable.push({file, code: answer.code});
}

/** A folder's names, once per run; null when it cannot be listed (noted when it is there). */
async function listFolder(facts: Facts, folder: string, unreadable: UnreadablePlace[]): Promise<string[] | null> {
	const answer = await facts.once(`install-listing:${folder}`, () => facts.sys.list(folder));
	noteUnreadable(unreadable, folder, answer);
	return answer.ok ? answer.value : null;
}

const goExe = (sys: System) => (sys.platform === 'win32' ? 'go.exe' : 'go');

/** The Go tree at `root`, when it holds a `bin/go` file; its version from VERSION or its name. */
async function readTree(facts: Facts, root: string, origin: GoOrigin, place: string, nameVersion: string | null, unreadable: UnreadablePlace[]): Promise<GoInstall | null> {
	const {sys} = facts;
	const go = sys.path.join(root, 'bin', goExe(sys));
	const info = await sys.inspect(go);
	noteUnreadable(unreadable, go, info);
	if (!info.ok || info.value.kind !== 'file') return null;
	const versionFile = sys.path.join(root, 'VERSION');
	const text = await sys.readText(versionFile);
	// A VERSION that cannot be read: the folder's name is the version's only witness, and says so.
	noteUnreadable(unreadable, versionFile, text);
	const fromFile = text.ok ? (text.value.split(/\r?\n/)[0]?.trim() ?? '') : '';
	const version = /^go\d/.test(fromFile) ? fromFile : nameVersion;
	return {
		root,
		go,
		version,
		versionFrom: /^go\d/.test(fromFile) ? 'VERSION' : nameVersion ? 'folder' : null,
		origin,
		markers: [],
		place,
		resolved: (await sys.realpath(root)) ?? root,
	};
}

async function lookIn(facts: Facts, place: Place, unreadable: UnreadablePlace[]): Promise<GoInstall[]> {
	const {sys} = facts;
	if (place.root) {
		const found = await readTree(facts, place.root, place.origin, place.root, null, unreadable);
		return found ? [found] : [];
	}
	if (place.formulae) {
		const formulae = ((await listFolder(facts, place.list!, unreadable)) ?? []).filter((name) => place.formulae!.test(name)).sort();
		const kegs = await Promise.all(formulae.map((name) => lookIn(facts, {...place, formulae: undefined, list: sys.path.join(place.list!, name)}, unreadable)));
		return kegs.flat();
	}
	const names = (await listFolder(facts, place.list!, unreadable)) ?? [];
	const trees = await Promise.all(
		names
			.filter((name) => place.match!.test(name) && !place.skip?.test(name))
			.sort()
			.map(async (name) => {
				const folder = sys.path.join(place.list!, name);
				const version = place.versionOf?.(name) ?? null;
				const direct = await readTree(facts, sys.path.join(folder, ...(place.inner ?? [])), place.origin, place.list!, version, unreadable);
				// mise (older releases) and some asdf plugins unpack into a `go` folder of the version's.
				if (!direct && !place.inner && (place.origin === 'mise' || place.origin === 'goenv')) return readTree(facts, sys.path.join(folder, 'go'), place.origin, place.list!, version, unreadable);
				return direct;
			}),
	);
	return trees.filter((tree): tree is GoInstall => tree !== null);
}

/** A file's existence, for markers; false when the question cannot be answered (a paste). */
async function exists(sys: System, file: string): Promise<boolean> {
	try {
		return (await sys.stat(file)) !== null;
	} catch {
		return false;
	}
}

/** The MSI's product entries (DisplayName "Go Programming Language …"), both registry views. */
export function msiProducts(facts: Facts, views: readonly string[]): Promise<RegistrySubkey[]> {
	return facts.once(`msi-products:${views.join('|')}`, async () => {
		const registry = facts.sys.registry;
		if (!registry) return [];
		const lists = await Promise.all(views.map((key) => registry.readSubkeys(key).catch(() => null)));
		return lists.flatMap((list) => list ?? []).filter((entry) => /^Go Programming Language\b/i.test(value(entry.values, 'DisplayName') ?? ''));
	});
}

function value(values: readonly RegistryValue[], name: string): string | undefined {
	return values.find((v) => v.name.toLowerCase() === name.toLowerCase())?.data;
}

/**
 * Settles who put each tree there from the files (and, on Windows, registry entries) it
 * leaves: the MSI's Uninstall entry, Chocolatey's package folder, Homebrew's receipt, dpkg's
 * file list, the .pkg receipt, golang.org/dl's `.unpacked-success`.
 */
async function settleOrigin(facts: Facts, install: GoInstall): Promise<GoInstall> {
	const {sys} = facts;
	const p = sys.path;
	const markers: string[] = [];
	let origin = install.origin;
	switch (install.origin) {
		case 'msi':
		case 'zip': {
			const views = [UNINSTALL_KEY, ...(/\(x86\)/i.test(install.root) ? [UNINSTALL_KEY_32] : [])];
			const products = await msiProducts(facts, views).catch(() => []);
			const product = products.find((entry) => folderKey(sys, value(entry.values, 'InstallLocation') ?? '') === folderKey(sys, install.root));
			const drive = (sys.getenv('SystemDrive') || 'C:').replace(/\\+$/, '');
			const chocolatey = env(sys, 'ChocolateyInstall', p.join(env(sys, 'ProgramData', `${drive}\\ProgramData`), 'chocolatey'));
			const nuspec = p.join(chocolatey, 'lib', 'golang', 'golang.nuspec');
			if (product && (await exists(sys, nuspec))) {
				origin = 'chocolatey';
				markers.push(nuspec, `${product.key} DisplayName=${value(product.values, 'DisplayName')}`);
			} else if (product) {
				origin = 'msi';
				markers.push(`${product.key} DisplayName=${value(product.values, 'DisplayName')}`);
			} else {
				origin = 'zip';
			}
			break;
		}
		case 'tarball': {
			const receipt = '/var/db/receipts/org.golang.go.plist';
			if (sys.platform === 'darwin' && (await exists(sys, receipt))) {
				origin = 'macos-pkg';
				markers.push(receipt);
			} else if (sys.platform === 'darwin' && (await exists(sys, '/etc/paths.d/go'))) {
				origin = 'macos-pkg';
				markers.push('/etc/paths.d/go');
			}
			break;
		}
		case 'dpkg': {
			const list = `/var/lib/dpkg/info/golang-${p.basename(install.root).slice(3)}-go.list`;
			if (await exists(sys, list)) markers.push(list);
			else origin = 'tarball';
			break;
		}
		case 'homebrew': {
			const receipt = p.join(p.dirname(install.root), 'INSTALL_RECEIPT.json');
			if (await exists(sys, receipt)) markers.push(receipt);
			break;
		}
		case 'scoop': {
			const manifest = p.join(install.root, 'manifest.json');
			if (await exists(sys, manifest)) markers.push(manifest);
			break;
		}
		case 'golang-dl': {
			const unpacked = p.join(install.root, '.unpacked-success');
			if (await exists(sys, unpacked)) markers.push(unpacked);
			else origin = 'sdk-folder';
			break;
		}
		default:
			break;
	}
	return {...install, origin, markers};
}

export interface GoInstallsFact {
	installs: GoInstall[];
	/** The places looked in (folders listed, roots checked), for evidence. */
	looked: string[];
	/** Places, `bin/go` files and VERSION files that are there but could not be read: a Go there is unknown. */
	unreadable: UnreadablePlace[];
}

/**
 * Every Go tree in the known places, newest first, each once (an alias such as
 * `/usr/lib/go` → `go-1.22`, Scoop's `current`, a mise fuzzy-version link, is the same tree).
 * A place that cannot be read (a paste, which holds no listings) is passed over.
 */
export function goInstalls(facts: Facts): Promise<GoInstallsFact> {
	return facts.once('go-installs', async () => {
		const {sys} = facts;
		const places = [...knownPlaces(sys), ...(await windowsSidePlaces(facts))];
		const unreadable: UnreadablePlace[] = [];
		const found = await Promise.all(
			places.map((place) =>
				lookIn(facts, place, unreadable).catch((error: unknown) => {
					if (error instanceof FactUnavailableError) return [];
					throw error;
				}),
			),
		);
		const seen = new Set<string>();
		const installs: GoInstall[] = [];
		for (const install of found.flat()) {
			const key = folderKey(sys, install.resolved);
			if (seen.has(key)) continue;
			seen.add(key);
			installs.push(await settleOrigin(facts, install));
		}
		installs.sort((a, b) => compareGoVersions(b.version ?? '', a.version ?? ''));
		return {installs, looked: places.map((place) => place.root ?? place.list!), unreadable};
	});
}

/** Inside WSL: where the Windows side's installers put Go, through the drive mount. */
async function windowsSidePlaces(facts: Facts): Promise<Place[]> {
	const wsl = await wslFacts(facts).catch(() => null);
	if (!wsl?.inside) return [];
	const c = facts.sys.path.join(wsl.mountRoot, 'c');
	return [
		{origin: 'windows-side', root: facts.sys.path.join(c, 'Program Files', 'Go')},
		{origin: 'windows-side', root: facts.sys.path.join(c, 'Program Files (x86)', 'Go')},
		{origin: 'windows-side', root: facts.sys.path.join(c, 'Go')},
	];
}

export interface InstallOnPath {
	install: GoInstall;
	/** The PATH entry that is the tree's bin folder, or through which a go on PATH resolves into the tree. */
	entryIndex: number | null;
	/** The go that runs is this tree's. */
	runs: boolean;
	/** Windows: the tree's bin folder is in the registry Path a new terminal gets. */
	inRegistryPath: 'system' | 'user' | null;
}

/** Each install, with whether this terminal's PATH reaches it, and (Windows) whether a new terminal's would. */
export function installsOnPath(facts: Facts): Promise<InstallOnPath[]> {
	return facts.once('installs-on-path', async () => {
		const {sys} = facts;
		const [{installs}, model, candidates, registry] = await Promise.all([goInstalls(facts), pathModel(facts), facts.goCandidates(), registryEnvironment(facts)]);
		// Every go on PATH, resolved (a symlink into the tree, Debian's /usr/bin/go, Homebrew's bin/go).
		const resolvedGos = await Promise.all(
			candidates.map(async (file) => {
				const resolved = (await sys.realpath(file)) ?? file;
				const root = sys.path.dirname(sys.path.dirname(resolved));
				return {file, resolved, rootKey: folderKey(sys, (await sys.realpath(root)) ?? root)};
			}),
		);
		const inside = (file: string, root: string) => {
			const f = folderKey(sys, file);
			const r = folderKey(sys, root);
			return f.startsWith(r + sys.path.sep);
		};
		const registryEntries = (registry?.path ?? []).flatMap((c) => c.entries.map((e) => ({scope: c.scope, key: folderKey(sys, e.expanded)})));
		return installs.map((install) => {
			const bin = sys.path.join(install.root, 'bin');
			const keys = new Set([folderKey(sys, bin), folderKey(sys, sys.path.join(install.resolved, 'bin'))]);
			let entry = model.entries.find((e) => e.key !== '' && (keys.has(e.key) || keys.has(folderKey(sys, e.expanded))));
			let runs = false;
			for (const [i, go] of resolvedGos.entries()) {
				if (!inside(go.resolved, install.resolved) && !inside(go.resolved, install.root) && go.rootKey !== folderKey(sys, install.resolved)) continue;
				if (i === 0) runs = true;
				entry ??= model.entries.find((e) => e.kind === 'dir' && folderKey(sys, sys.path.dirname(go.file)) === folderKey(sys, e.expanded));
			}
			const inRegistry = registryEntries.find((e) => keys.has(e.key));
			return {install, entryIndex: entry ? entry.index : null, runs, inRegistryPath: inRegistry ? inRegistry.scope : null};
		});
	});
}

/** The go that runs, and who manages it. */
export interface RunningGo {
	/** The go on PATH that runs (a shim, a symlink, or the binary). */
	go: string;
	/** The binary it comes down to: through symlinks, a shim's selection, snap's dispatcher. */
	binary: string;
	/** Who manages it; null when no known place holds it (a tree unpacked somewhere by hand). */
	origin: GoOrigin | null;
	install: GoInstall | null;
	shim: ShimResolution | null;
	/** What told us (marker files, the shim's selection). */
	markers: string[];
}

/**
 * The go that runs here, resolved to its binary (a version-manager shim through the files
 * that select its version; snap's `/snap/bin/go` dispatcher to `/snap/go/current`), and the
 * install it belongs to. Null when no go is on PATH.
 */
export function runningGo(facts: Facts): Promise<RunningGo | null> {
	return facts.once('running-go', async () => {
		const {sys} = facts;
		const hits = await commandHits(facts, 'go');
		const winner = hits[0];
		if (!winner) return null;
		const {installs} = await goInstalls(facts);
		const manager = await shimManagerOf(sys, winner.file);
		let shim: ShimResolution | null = null;
		let binary = winner.resolved;
		if (manager) {
			const shimFolder = folderKey(sys, sys.path.dirname(winner.file));
			const next = hits.find((h) => folderKey(sys, sys.path.dirname(h.file)) !== shimFolder)?.file ?? null;
			shim = await resolveShim(facts, winner.file, manager, next);
			binary = shim.target ? ((await sys.realpath(shim.target)) ?? shim.target) : winner.file;
		} else if (sys.platform === 'linux' && /^\/(?:var\/lib\/snapd\/)?snap\/bin\/go$/.test(winner.file) && sys.path.basename(binary) === 'snap') {
			// vscode-go does the same (utils/pathUtils.ts): the dispatcher runs the current revision.
			const current = winner.file.replace(/snap\/bin\/go$/, 'snap/go/current/bin/go');
			binary = (await sys.realpath(current)) ?? current;
		}
		const inside = (file: string, root: string) => folderKey(sys, file).startsWith(folderKey(sys, root) + sys.path.sep);
		// The tree the binary sits in, through any alias on the way (snap's `current`, Scoop's junction).
		const binaryRoot = sys.path.dirname(sys.path.dirname(binary));
		const rootKey = folderKey(sys, (await sys.realpath(binaryRoot)) ?? binaryRoot);
		const install = installs.find((i) => inside(binary, i.resolved) || inside(binary, i.root) || folderKey(sys, i.resolved) === rootKey) ?? null;
		const origin: GoOrigin | null = shim && shim.manager !== 'scoop' ? shim.manager : (install?.origin ?? null);
		// Debian and Ubuntu setups that switch Go with update-alternatives link through /etc/alternatives.
		const alternative = sys.platform === 'linux' && !shim ? await sys.realpath('/etc/alternatives/go').catch(() => null) : null;
		const markers = [
			...(shim?.source ? [shim.source] : []),
			...(install?.markers ?? []),
			...(alternative && folderKey(sys, alternative) === folderKey(sys, binary) ? ['/etc/alternatives/go (update-alternatives)'] : []),
		];
		return {go: winner.file, binary, origin, install, shim, markers};
	});
}

/**
 * Who installed a Go, told from its GOROOT alone: for a pasted `go env`, where no file can be
 * read. Each pattern is the place that installer or manager uses (see knownPlaces); a GOROOT
 * elsewhere says nothing.
 */
export function originFromGoroot(goroot: string): GoOrigin | null {
	const g = goroot.replace(/\\/g, '/');
	const rules: Array<[RegExp, GoOrigin]> = [
		[/\/Cellar\/go(?:@[\d.]+)?\/[^/]+\/libexec\/?$/, 'homebrew'],
		[/^\/usr\/lib\/go-\d+\.\d+\/?$/, 'dpkg'],
		[/^\/usr\/lib\/go(?:lang)?\/?$/, 'distro'],
		[/^(?:\/var\/lib\/snapd)?\/snap\/go\/[^/]+\/?$/, 'snap'],
		[/\/\.asdf\/installs\/golang\/[^/]+\/go\/?$/, 'asdf'],
		[/\/\.goenv\/versions\/[^/]+\/?$/, 'goenv'],
		[/\/mise\/installs\/go\/[^/]+(?:\/go)?\/?$/, 'mise'],
		[/\/\.gvm\/gos\/[^/]+\/?$/, 'gvm'],
		[/\/sdk\/go(?:1\.[^/]+|tip)\/?$/, 'golang-dl'],
		[/\/scoop\/apps\/go\/[^/]+\/?$/i, 'scoop'],
		[/^[A-Za-z]:\/Program Files(?: \(x86\))?\/Go\/?$/i, 'msi'],
		[/^\/usr\/local\/go\/?$/, 'tarball'],
	];
	return rules.find(([pattern]) => pattern.test(g))?.[1] ?? null;
}
