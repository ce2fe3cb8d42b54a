import type {GoOrigin, RunningGo} from '../facts/go-installs.js';
import {languageOf} from '../facts/gover.js';
import type {MessageKey, Translator} from '../i18n/index.js';
import {fixTitle, restartHintOf} from '../i18n/text.js';
import type {Change, Fix} from '../model/fix.js';
import {commandLine, quoteArg, type ShellKind} from '../shell/syntax.js';
import type {System} from '../system/types.js';

/**
 * Upgrading Go the way the Go that runs was installed: each manager's own command
 * (go-installs-and-editors.md §1d), in the user's shell, one command per line (Windows
 * PowerShell 5.1 has no `&&`). What the program can run itself (no `sudo`, no PowerShell
 * script, no shell function) becomes `command` changes; the rest is shown to run by hand.
 *
 * Whether it can be taken back is the manager's: Homebrew, the MSI, Chocolatey, apt and an
 * unpacked tarball or ZIP remove the old version as they install the new one, so those are
 * labelled irreversible and need a second confirmation, as erasing a credential does.
 * Version managers (asdf, goenv, mise, gvm), golang.org/dl, Scoop and snap keep the old
 * version: their upgrade is undone by selecting it again (for the runnable ones, undo puts
 * back the file that selects the version).
 */

export interface UpgradeInput {
	sys: Pick<System, 'platform' | 'path' | 'homedir' | 'getenv'>;
	t: Translator;
	shell: ShellKind;
	running: RunningGo | null;
	/** The version to upgrade to, without `go`: `1.26.11`. */
	target: string;
	/** The version that runs now, without `go`. */
	current: string;
	/** GOHOSTOS and GOHOSTARCH of the go that runs: the download's name. */
	goos: string;
	goarch: string;
	/** asdf 0.15 or older (a shell script): `asdf global`/`asdf local`, not `asdf set`. */
	asdfLegacy?: boolean;
}

interface Step {
	argv: string[];
	cwd?: string;
	/** Files the step rewrites (backed up; undo puts them back). */
	replaces?: string[];
}

interface Plan {
	steps: Step[];
	/** The program can run the steps itself. */
	runnable: boolean;
	reversible: boolean;
	/** How the old version comes back (reversible), or why it cannot (irreversible). */
	note: MessageKey;
	/** A command that goes back, shown in the note. */
	back?: string[];
}

/** The downloads page's file name for a release. */
function download(version: string, goos: string, goarch: string, kind: 'tar.gz' | 'zip' | 'pkg'): {file: string; url: string} {
	const file = `go${version}.${goos}-${goarch}.${kind}`;
	return {file, url: `https://go.dev/dl/${file}`};
}

/** Where the version a shim uses was selected: a project file's folder, the user's default, or a variable. */
function selectionScope(input: UpgradeInput): {kind: 'file'; file: string; dir: string} | {kind: 'global'} | {kind: 'variable'; name: string} {
	const source = input.running?.shim?.source ?? null;
	if (!source) return {kind: 'global'};
	if (/^[A-Z_]+$/.test(source)) return {kind: 'variable', name: source};
	const file = source.replace(/:\d+$/, '');
	const {path} = input.sys;
	const home = input.sys.homedir();
	// The user-wide files are the global default.
	if (path.dirname(file) === home || /[\\/]\.config[\\/]mise[\\/]config\.toml$/.test(file) || /[\\/]\.goenv[\\/]version$/.test(file) || file.startsWith('/etc/')) return {kind: 'global'};
	return {kind: 'file', file, dir: path.dirname(file)};
}

function plan(input: UpgradeInput, origin: GoOrigin | null): Plan | null {
	const {target, current, sys, goos, goarch} = input;
	const root = input.running?.install?.root ?? null;
	const line = languageOf(target);
	const newLine = line !== languageOf(current);
	switch (origin) {
		case 'msi':
			return {steps: [{argv: ['winget', 'upgrade', '--id', 'GoLang.Go', '-e']}], runnable: false, reversible: false, note: 'upgrade.note.msi'};
		case 'chocolatey':
			return {steps: [{argv: ['choco', 'upgrade', 'golang', '-y']}], runnable: false, reversible: false, note: 'upgrade.note.chocolatey'};
		case 'scoop':
			return {steps: [{argv: ['scoop', 'update', 'go']}], runnable: false, reversible: true, note: 'upgrade.note.scoop', back: ['scoop', 'reset', `go@${current}`]};
		case 'homebrew': {
			const formula = /Cellar[\\/](go(?:@[\d.]+)?)[\\/]/.exec(root ?? '')?.[1] ?? 'go';
			// A versioned formula (go@1.24) is keg-only: a new line is the `go` formula.
			const argv = formula !== 'go' && newLine ? ['brew', 'install', 'go'] : ['brew', 'upgrade', formula];
			return {steps: [{argv}], runnable: true, reversible: false, note: 'upgrade.note.homebrew'};
		}
		case 'snap':
			return {
				steps: [{argv: ['sudo', 'snap', 'refresh', 'go', ...(newLine ? [`--channel=${line}/stable`] : [])]}],
				runnable: false,
				reversible: true,
				note: 'upgrade.note.snap',
				back: ['sudo', 'snap', 'revert', 'go'],
			};
		case 'dpkg': {
			const pkg = root ? `golang-${sys.path.basename(root).slice(3)}-go` : 'golang-go';
			if (newLine) return {steps: [{argv: ['sudo', 'apt-get', 'update']}, {argv: ['sudo', 'apt-get', 'install', `golang-${line}-go`]}], runnable: false, reversible: false, note: 'upgrade.note.dpkgLine'};
			return {steps: [{argv: ['sudo', 'apt-get', 'update']}, {argv: ['sudo', 'apt-get', 'install', '--only-upgrade', pkg]}], runnable: false, reversible: false, note: 'upgrade.note.dpkg'};
		}
		case 'distro':
			return {steps: [], runnable: false, reversible: false, note: 'upgrade.note.distro'};
		case 'macos-pkg': {
			const {file, url} = download(target, goos, goarch, 'pkg');
			return {steps: [{argv: ['curl', '-fLO', url]}, {argv: ['sudo', 'installer', '-pkg', file, '-target', '/']}], runnable: false, reversible: false, note: 'upgrade.note.replace'};
		}
		case 'zip':
		case 'tarball':
		case null: {
			if (!root || sys.path.basename(root).toLowerCase() !== 'go') return {steps: [], runnable: false, reversible: false, note: 'upgrade.note.byHand'};
			const parent = sys.path.dirname(root);
			if (sys.platform === 'win32') {
				const {file, url} = download(target, 'windows', goarch, 'zip');
				const shell = input.shell;
				const remove = shell === 'powershell' ? ['Remove-Item', '-Recurse', '-Force', '-LiteralPath', root] : shell === 'cmd' ? ['rmdir', '/s', '/q', root] : ['rm', '-rf', root.replace(/\\/g, '/')];
				const unpack = shell === 'posix' ? ['unzip', '-q', file, '-d', parent.replace(/\\/g, '/')] : [shell === 'powershell' ? 'tar.exe' : 'tar', '-xf', file, '-C', parent];
				return {steps: [{argv: [shell === 'powershell' ? 'curl.exe' : 'curl', '-fLO', url]}, {argv: remove}, {argv: unpack}], runnable: false, reversible: false, note: 'upgrade.note.replace'};
			}
			const {file, url} = download(target, goos, goarch, 'tar.gz');
			const sudo = parent.startsWith('/usr') || parent.startsWith('/opt') ? ['sudo'] : [];
			return {
				steps: [{argv: ['curl', '-fLO', url]}, {argv: [...sudo, 'rm', '-rf', root]}, {argv: [...sudo, 'tar', '-C', parent, '-xzf', file]}],
				runnable: false,
				reversible: false,
				note: 'upgrade.note.replace',
			};
		}
		case 'golang-dl':
		case 'sdk-folder':
			return {
				steps: [{argv: ['go', 'install', `golang.org/dl/go${target}@latest`]}, {argv: [`go${target}`, 'download']}],
				runnable: false,
				reversible: true,
				note: 'upgrade.note.golangDl',
			};
		case 'gvm':
			return {
				steps: [{argv: ['gvm', 'install', `go${target}`, '-B']}, {argv: ['gvm', 'use', `go${target}`, '--default']}],
				runnable: false,
				reversible: true,
				note: 'upgrade.note.manager',
				back: ['gvm', 'use', `go${current}`, '--default'],
			};
		case 'goenv': {
			const scope = selectionScope(input);
			const root = input.sys.getenv('GOENV_ROOT') || sys.path.join(sys.homedir(), '.goenv');
			const select: Step =
				scope.kind === 'file'
					? {argv: ['goenv', 'local', target], cwd: scope.dir, replaces: [sys.path.join(scope.dir, '.go-version')]}
					: {argv: ['goenv', 'global', target], replaces: [sys.path.join(root, 'version')]};
			return {
				steps: [{argv: ['goenv', 'install', '--skip-existing', target]}, select],
				runnable: scope.kind !== 'variable',
				reversible: true,
				note: scope.kind === 'variable' ? 'upgrade.note.variable' : 'upgrade.note.manager',
				back: scope.kind === 'file' ? ['goenv', 'local', current] : ['goenv', 'global', current],
			};
		}
		case 'asdf': {
			const scope = selectionScope(input);
			const verb = (local: boolean) => (input.asdfLegacy ? [local ? 'local' : 'global'] : local ? ['set'] : ['set', '-u']);
			const select: Step =
				scope.kind === 'file'
					? {argv: ['asdf', ...verb(true), 'golang', target], cwd: scope.dir, replaces: [scope.file]}
					: {argv: ['asdf', ...verb(false), 'golang', target], replaces: [sys.path.join(sys.homedir(), '.tool-versions')]};
			return {
				steps: [{argv: ['asdf', 'install', 'golang', target]}, select],
				runnable: scope.kind !== 'variable',
				reversible: true,
				note: scope.kind === 'variable' ? 'upgrade.note.variable' : 'upgrade.note.manager',
				back: [...select.argv.slice(0, -1), current],
			};
		}
		case 'mise': {
			const scope = selectionScope(input);
			const xdg = input.sys.getenv('XDG_CONFIG_HOME') || sys.path.join(sys.homedir(), '.config');
			const select: Step =
				scope.kind === 'file'
					? {argv: ['mise', 'use', '--path', scope.file, `go@${target}`], cwd: scope.dir, replaces: [scope.file]}
					: {argv: ['mise', 'use', '-g', `go@${target}`], replaces: [sys.path.join(xdg, 'mise', 'config.toml')]};
			return {
				steps: [select],
				runnable: scope.kind !== 'variable',
				reversible: true,
				note: scope.kind === 'variable' ? 'upgrade.note.variable' : 'upgrade.note.manager',
				back: [...select.argv.slice(0, -1), `go@${current}`],
			};
		}
		case 'windows-side':
			return null;
	}
}

/**
 * The fix that upgrades the Go that runs to `target` with its manager's own commands.
 * Fix id: upgrade-go. Null when there is nothing sensible to say (a Windows Go seen from WSL).
 */
export function upgradeGoFix(input: UpgradeInput): Fix | null {
	const {t, shell} = input;
	const origin = input.running?.origin ?? null;
	const p = plan(input, origin);
	if (!p) return null;
	const manager = origin ? t(`install.origin.${origin}`) : t('install.origin.unknown');
	const variable = input.running?.shim?.source ?? '';
	const note = t(p.note, {back: p.back ? commandLine(shell, p.back) : '', name: variable, version: `go${input.target}`, url: 'https://go.dev/dl/'});
	const root = input.running?.install?.root;
	const replaces = p.note === 'upgrade.note.replace' || p.note === 'upgrade.note.byHand';
	const title = replaces
		? fixTitle(t, 'fix.upgradeGo.titleReplace', {version: `go${input.target}`, root: root ?? '?'})
		: fixTitle(t, p.reversible ? 'fix.upgradeGo.title' : 'fix.upgradeGo.titleIrreversible', {version: `go${input.target}`, manager});
	const lines = p.steps.map((step) => (step.cwd ? `${cdLine(shell, step.cwd)}\n${commandLine(shell, step.argv)}` : commandLine(shell, step.argv))).flatMap((l) => l.split('\n'));
	if (!p.runnable || p.steps.length === 0) {
		return {
			id: 'upgrade-go',
			...title,
			description: note,
			changes: [],
			needsAdmin: false,
			reversible: p.reversible,
			...restartHintOf(t, 'fix.restart.newTerminal'),
			...(lines.length > 0 ? {manualCommands: lines} : {}),
		};
	}
	const changes: Change[] = p.steps.map((step) => ({
		kind: 'command',
		argv: step.argv,
		...(step.cwd ? {cwd: step.cwd} : {}),
		replaces: step.replaces ?? [],
		irreversible: !p.reversible,
		description: t('fix.upgradeGo.step', {manager, version: `go${input.target}`}),
	}));
	return {
		id: 'upgrade-go',
		...title,
		description: note,
		changes,
		needsAdmin: false,
		reversible: p.reversible,
		...restartHintOf(t, 'fix.restart.newTerminal'),
	};
}

function cdLine(shell: ShellKind, dir: string): string {
	return shell === 'powershell' ? `Set-Location -LiteralPath ${quoteArg(shell, dir)}` : shell === 'cmd' ? `cd /d ${quoteArg(shell, dir)}` : `cd ${quoteArg(shell, dir)}`;
}
