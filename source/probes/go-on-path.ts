import type {Probe, ProbeContext} from '../engine/probe.js';
import type {Evidence, ProbeResult, Tone} from '../model/finding.js';
import type {Fix} from '../model/fix.js';
import {withNote, joinList, joinClauses, type Translator} from '../i18n/index.js';
import type {Facts} from '../facts/facts.js';
import {compareGoVersions, versionFromGoVersionString} from '../facts/gover.js';
import {goEnvChanged} from '../facts/go-settings.js';
import {goVersionsOnPath} from '../facts/go-versions.js';
import {osArchitecture} from '../facts/os-arch.js';
import {commandHits, dlWrappers, guessShell, pathModel, registryPathEntries, WINDOWS_SHELLS, type CommandHit, type LookupShell, type PathModel} from '../facts/path-model.js';
import {goInstalls, installsOnPath, runningGo, type GoInstall} from '../facts/go-installs.js';
import {shimFolderOf, type ShimResolution} from '../facts/shims.js';
import {profileMentions, unreadableProfiles} from '../facts/shell-profiles.js';
import {unreadableList} from '../i18n/read-reason.js';
import {onWindowsDrive, wslFacts, type WslFact} from '../facts/wsl.js';
import {FactUnavailableError} from '../system/types.js';
import {userShellSyntax} from '../shell/detect.js';
import {commandLine, quoteArg, sessionPathCommand, type ShellKind} from '../shell/syntax.js';
import {installsTable, installText, originName, shimText} from './install-evidence.js';
import {registryEnvironment, findValue} from '../facts/windows-env.js';
import {addToProfilePathFix, addToUserPathFix, editPath, refreshSessionFix} from '../fixes/setting-fixes.js';
import {commandEvidence, exitText} from './evidence.js';
import {hitOrigin, shellName} from './path-evidence.js';
import {fixTitle, restartHintOf} from '../i18n/text.js';

/** Which `go` runs, its version and architecture, and every other `go` on PATH. */
export const goOnPath: Probe = {
	id: 'go-on-path',
	family: 'toolchain',
	title: 'probe.go-on-path.title',
	async run(ctx) {
		const {facts, sys, t} = ctx;
		// What the checks waiting on this one read first: `go env -json`, and `go env -changed
		// -json` (where settings come from). Started now, they run beside the PATH walk below,
		// and beside each other, instead of one after the other.
		facts.goEnv().catch(() => undefined);
		goEnvChanged(facts).catch(() => undefined);
		const shell = guessShell(sys);
		const [candidates, hits, model] = await Promise.all([facts.goCandidates(), commandHits(facts, 'go', shell), pathModel(facts)]);
		if (candidates.length === 0 && hits.length === 0) return notOnPath(ctx, model);
		const goEnv = await facts.goEnv();
		const runs = candidates[0] ?? hits[0]!.file;
		const winnerVersion = goEnv?.ok ? (goEnv.values.GOVERSION ?? null) : null;
		// One version per distinct file; a go that cannot say its version is kept apart, with
		// why, not counted as another version.
		const {versions, cannotStart} = await goVersionsOnPath(facts, shell);
		const [placed, running, wsl] = await Promise.all([orNull(installsOnPath(facts)), orNull(runningGo(facts)), orNull(wslFacts(facts))]);
		const shim = running?.shim;
		const evidence: Evidence[] = [hitsTable(t, hits, versions, shell, shim ? new Map([[running!.go, shim]]) : undefined)];
		const shellWinners = sys.platform === 'win32' ? await winnersByShell(facts) : [];
		if (new Set(shellWinners.map((w) => w.hit?.file.toLowerCase() ?? '')).size > 1) {
			evidence.push({
				kind: 'table',
				title: t('probe.go-on-path.evidence.shells'),
				columns: [
					{key: 'shell', label: t('column.shell')},
					{key: 'path', label: t('column.path')},
				],
				rows: shellWinners.map((w) => ({shell: shellName(t, w.shell), path: w.hit?.file ?? t('evidence.none')})),
			});
		}
		const wrappers = await dlWrappers(facts);
		if (wrappers.length > 0) {
			evidence.push({
				kind: 'table',
				title: t('probe.go-on-path.evidence.wrappers'),
				columns: [
					{key: 'version', label: t('column.version')},
					{key: 'path', label: t('column.path')},
					{key: 'sdk', label: 'SDK'},
				],
				rows: wrappers.map((w) => ({version: w.version, path: w.file, sdk: w.downloaded ? w.sdk : t('probe.go-on-path.wrapperNotDownloaded', {version: w.version})})),
			});
		}

		if (placed && placed.length > 0) evidence.push(installsTable(t, placed, {runsRoot: running?.install?.root ?? null}));
		// What the shim reads to choose could not be read: unknown, and no install is offered.
		if (shim?.problem === 'unreadable') {
			if (goEnv && !goEnv.ok) evidence.push(commandEvidence(t, goEnv));
			return {status: 'unknown', summary: t('probe.go-on-path.shimUnknown', {shim: running!.go, what: shimText(t, shim)}), why: t('probe.go-on-path.shim.why'), evidence};
		}
		if (shim?.problem) {
			if (goEnv && !goEnv.ok) evidence.push(commandEvidence(t, goEnv));
			return {
				status: 'error',
				summary: t('probe.go-on-path.shimBroken', {shim: running!.go, what: shimText(t, shim), installed: shim.installed.length > 0 ? joinList(t, shim.installed) : t('evidence.none')}),
				why: t('probe.go-on-path.shim.why'),
				evidence,
				fixes: shimInstallFix(t, shim, await userShellSyntax(facts)),
			};
		}

		if (!goEnv?.ok || !winnerVersion) {
			if (goEnv) evidence.push(commandEvidence(t, goEnv));
			return {
				status: 'error',
				summary: t('probe.go-on-path.brokenGo', {path: runs, error: goEnv ? exitText(t, goEnv.result) : '?'}),
				why: t('probe.go-on-path.brokenGo.why'),
				evidence,
			};
		}

		const hostArch = goEnv.values.GOHOSTARCH ?? '';
		const hostOs = goEnv.values.GOHOSTOS ?? '';
		const os = await osArchitecture(facts);
		evidence.push({
			kind: 'kv',
			title: t('probe.go-on-path.evidence.binary'),
			rows: [
				{label: t('probe.go-on-path.label.runs'), value: runs},
				{label: t('column.version'), value: winnerVersion},
				{label: t('probe.go-on-path.label.builtFor'), value: `${hostOs}/${hostArch}`},
				{label: t('probe.go-on-path.label.osArch'), value: os.arch ? withNote(t, os.arch, os.from) : t('evidence.unknown')},
				{label: 'GOROOT', value: goEnv.values.GOROOT ?? ''},
				...(shim ? [{label: t('probe.go-on-path.label.shim'), value: shimText(t, shim)}] : []),
				...(running ? [{label: t('probe.go-on-path.label.manager'), value: running.markers.length > 0 ? withNote(t, originName(t, running.origin), joinList(t, running.markers)) : originName(t, running.origin)}] : []),
				...(wsl?.inside ? [{label: 'WSL', value: wslText(t, wsl)}] : []),
			],
		});

		const problems: string[] = [];
		let why = '';
		let docUrl: string | undefined;
		const fixes: Fix[] = [];

		const differing = [...versions.entries()].filter(([, v]) => v !== null && v !== winnerVersion);
		if (differing.length > 0) {
			const others = hits.filter((h) => differing.some(([resolved]) => resolved === h.resolved) && !h.wins);
			problems.push(
				t('probe.go-on-path.several', {
					version: winnerVersion,
					path: runs,
					count: others.length,
					others: joinList(t, others.map((o) => withNote(t, versions.get(o.resolved) ?? '?', o.file))),
				}),
			);
			why = t('probe.go-on-path.several.why');
			docUrl = 'https://go.dev/doc/manage-install';
			const newest = others
				.filter((o) => versions.get(o.resolved))
				.sort((a, b) => compareGoVersions(versionFromGoVersionString(versions.get(b.resolved)!) ?? '', versionFromGoVersionString(versions.get(a.resolved)!) ?? ''))[0];
			const winnerHit = hits.find((h) => h.wins);
			if (
				newest &&
				winnerHit &&
				compareGoVersions(versionFromGoVersionString(versions.get(newest.resolved)!) ?? '', versionFromGoVersionString(winnerVersion) ?? '') > 0
			) {
				const version = versions.get(newest.resolved)!;
				const fix = await preferGoFix(facts, t, winnerHit, newest, version);
				if (fix) fixes.push(fix);
				// Unix: PATH is composed by shell profiles we cannot edit safely in order: say how.
				else if (sys.platform !== 'win32') fixes.push(preferGoByHand(t, sys.path.dirname(newest.file), version));
			}
		}
		const broken = hits.filter((h) => !h.wins && cannotStart.has(h.resolved) && hits.find((o) => o.resolved === h.resolved) === h);
		if (broken.length > 0) {
			problems.push(t('probe.go-on-path.othersBroken', {list: joinList(t, broken.map((h) => withNote(t, h.file, exitText(t, cannotStart.get(h.resolved)!.result))))}));
			why ||= t('probe.go-on-path.several.why');
		}
		if (shellWinners.length > 0 && new Set(shellWinners.map((w) => w.hit?.file.toLowerCase() ?? '')).size > 1) {
			problems.push(t('probe.go-on-path.shellsDiffer', {list: joinClauses(t, shellWinners.map((w) => t('text.labelled', {label: shellName(t, w.shell), value: w.hit?.file ?? '-'})))}));
			why ||= t('probe.go-on-path.shellsDiffer.why');
		}
		if (hostArch === '386' && os.arch && os.arch !== '386') {
			problems.push(t('probe.go-on-path.arch32', {target: `${hostOs}/${hostArch}`, arch: os.arch}));
			why ||= t('probe.go-on-path.arch.why');
			docUrl ||= 'https://go.dev/dl/';
		}
		if (hostArch === 'amd64' && os.arch === 'arm64') {
			problems.push(t('probe.go-on-path.emulated', {target: `${hostOs}/${hostArch}`}));
			why ||= t('probe.go-on-path.arch.why');
			docUrl ||= 'https://go.dev/dl/';
		}
		// Inside WSL, a Windows go.exe (through interop) builds Windows programs with Windows paths.
		if (wsl?.inside && onWindowsDrive(sys, wsl, runs)) {
			problems.push(t('probe.go-on-path.wslWindowsGo', {path: runs}));
			why ||= t('probe.go-on-path.wsl.why');
		}
		if (problems.length > 0) return {status: 'warn', summary: joinClauses(t, problems), why, ...(docUrl ? {docUrl} : {}), evidence, fixes};
		const others = (placed ?? []).filter((p) => p.entryIndex === null && !p.runs && p.install.root !== running?.install?.root);
		if (others.length > 0) {
			return {
				status: 'ok',
				summary: t('probe.go-on-path.okWithOthers', {version: winnerVersion, path: runs, others: joinList(t, others.map((o) => withNote(t, o.install.version ?? '?', originName(t, o.install.origin))))}),
				evidence,
			};
		}
		return {status: 'ok', summary: t('probe.go-on-path.ok', {version: winnerVersion, path: runs}), evidence};
	},
};

/** A fact that cannot be had (a paste holds no folder listings) is left out, not a failure. */
async function orNull<T>(promise: Promise<T>): Promise<T | null> {
	try {
		return await promise;
	} catch (error) {
		if (error instanceof FactUnavailableError) return null;
		throw error;
	}
}

function wslText(t: Translator, wsl: WslFact): string {
	return joinList(t, [t('probe.go-on-path.wsl.version', {version: wsl.version ?? '?'}), ...(wsl.distro ? [wsl.distro] : []), t(wsl.interop ? 'probe.go-on-path.wsl.interop' : 'probe.go-on-path.wsl.noInterop')]);
}

/**
 * No go on PATH. When Go is installed in a place an installer or manager uses, say which and
 * put it on PATH (the user Path in the registry on Windows, a line in the profile of the
 * user's shell elsewhere); when a new terminal would already find it, say so instead. "Install
 * Go" only when there is none.
 */
async function notOnPath(ctx: ProbeContext, model: PathModel): Promise<ProbeResult> {
	const {facts, sys, t} = ctx;
	const pathTable: Evidence = {
		kind: 'table',
		title: t('probe.go-on-path.evidence.path'),
		columns: [
			{key: 'index', label: '#'},
			{key: 'path', label: t('column.path')},
			{key: 'origin', label: t('column.source')},
		],
		rows: model.entries.map((entry) => ({index: String(entry.index + 1), path: entry.text, origin: t(`origin.${entry.origin}`)})),
	};
	const all = (await orNull(installsOnPath(facts))) ?? [];
	// Inside WSL a Windows Go is listed, never put on the Linux PATH: it builds Windows programs.
	const placed = all.filter((p) => p.install.origin !== 'windows-side');
	const searched = await orNull(goInstalls(facts));
	const looked = searched?.looked ?? [];
	const unreadablePlaces = searched?.unreadable ?? [];
	if (placed.length === 0) {
		return {
			status: 'error',
			// A known place that could not be read may hold a Go: said, never counted as empty.
			summary: unreadablePlaces.length > 0 ? joinClauses(t, [t('probe.go-on-path.notFound'), t('install.unreadable', {list: unreadableList(t, unreadablePlaces)})]) : t('probe.go-on-path.notFound'),
			why: t('probe.go-on-path.notFound.why'),
			docUrl: 'https://go.dev/doc/install',
			evidence: [
				pathTable,
				...(all.length > 0 ? [installsTable(t, all)] : []),
				...(looked.length > 0 ? [{kind: 'text' as const, title: t('install.evidence.looked'), text: looked.join('\n')}] : []),
			],
			blocksDependents: true,
		};
	}
	const evidence: Evidence[] = [installsTable(t, placed), pathTable];
	const why = t('probe.go-on-path.installed.why');
	const docUrl = 'https://go.dev/doc/install';
	const shell = await userShellSyntax(facts);
	// Already where a new terminal finds it: this terminal is older than the install.
	const stale = placed.find((p) => p.inRegistryPath !== null);
	if (stale) {
		const bin = sys.path.join(stale.install.root, 'bin');
		return {
			status: 'error',
			summary: t('probe.go-on-path.staleTerminal', {install: installText(t, stale.install), scope: t(`origin.${stale.inRegistryPath!}`)}),
			why,
			docUrl,
			evidence,
			fixes: [refreshSessionFix(t, sessionPathCommand(shell, bin))],
			blocksDependents: true,
		};
	}
	const target = placed[0]!;
	const bin = await pathFolderFor(facts, target.install);
	if (sys.platform !== 'win32') {
		const mention = (await orNull(profileMentions(facts, bin)))?.[0];
		if (mention) {
			return {
				status: 'error',
				summary: t('probe.go-on-path.newShell', {install: installText(t, target.install), file: mention.file, line: mention.lineNumber}),
				why,
				docUrl,
				evidence,
				fixes: [refreshSessionFix(t, sessionPathCommand(shell, bin))],
				blocksDependents: true,
			};
		}
	}
	// A profile that could not be read may put it on PATH already: whether a new shell finds it
	// is unknown, and no line is offered that could duplicate it (or edit a file we could not read).
	const unreadable = sys.platform === 'win32' ? [] : ((await orNull(unreadableProfiles(facts))) ?? []);
	if (unreadable.length > 0) {
		return {
			status: 'error',
			summary: t('probe.go-on-path.profileUnknown', {install: installText(t, target.install), list: unreadableList(t, unreadable)}),
			why,
			docUrl,
			evidence,
			fixes: [],
			blocksDependents: true,
		};
	}
	const registry = model.registry;
	const fix =
		sys.platform === 'win32'
			? registry?.available
				? addToUserPathFix(t, bin, findValue(registry.user, 'Path'), sys.getenv('USERPROFILE'))
				: null
			: addToProfilePathFix(t, bin, sys.homedir(), sys.getenv('SHELL'), sys.path.join);
	return {
		status: 'error',
		summary: t(placed.length > 1 ? 'probe.go-on-path.installedNotOnPath.several' : 'probe.go-on-path.installedNotOnPath', {install: installText(t, target.install), count: placed.length - 1}),
		why,
		docUrl,
		evidence,
		fixes: fix ? [fix] : [],
		blocksDependents: true,
	};
}

/**
 * The folder to put on PATH for an install: a version manager's shims folder when it has a
 * `go` shim (PATH then follows the manager's per-folder choice, as its own setup does),
 * otherwise the tree's bin folder.
 */
async function pathFolderFor(facts: Facts, install: GoInstall): Promise<string> {
	const {sys} = facts;
	const p = sys.path;
	const go = sys.platform === 'win32' ? 'go.exe' : 'go';
	const holdsGo = async (folder: string) => (await orNull(sys.stat(p.join(folder, go))))?.kind === 'file';
	const candidates: string[] = [];
	if (install.origin === 'asdf' || install.origin === 'goenv' || install.origin === 'mise') candidates.push(shimFolderOf(sys, install.origin));
	// A folder that outlives an upgrade, where the manager keeps one: the versioned tree's own
	// bin would go stale (and stay on PATH) at the next `brew upgrade`, `scoop update` or snap refresh.
	if (install.origin === 'homebrew') {
		// <prefix>/Cellar/<formula>/<version>/libexec: `brew shellenv` puts <prefix>/bin on PATH;
		// a keg-only go@1.N is linked only at <prefix>/opt/go@1.N/bin.
		const keg = p.dirname(install.root);
		const formula = p.basename(p.dirname(keg));
		const prefix = p.dirname(p.dirname(p.dirname(keg)));
		candidates.push(formula === 'go' ? p.join(prefix, 'bin') : p.join(prefix, 'opt', formula, 'bin'));
	}
	if (install.origin === 'scoop') {
		// <scoop>\apps\go\<version>: Scoop's own shims folder, else its `current` junction.
		const scoop = p.dirname(p.dirname(p.dirname(install.root)));
		candidates.push(p.join(scoop, 'shims'), p.join(p.dirname(install.root), 'current', 'bin'));
	}
	if (install.origin === 'snap') candidates.push(p.join(p.dirname(p.dirname(install.root)), 'bin')); // /snap/go/<revision> → /snap/bin
	for (const folder of candidates) if (await holdsGo(folder)) return folder;
	return p.join(install.root, 'bin');
}

/** The command that installs the version a shim's selection names, with the manager itself. */
function shimInstallFix(t: Translator, shim: ShimResolution, shell: ShellKind): Fix[] {
	if (shim.problem !== 'not-installed' || !shim.version || shim.manager === 'scoop') return [];
	const argv = shim.manager === 'asdf' ? ['asdf', 'install', 'golang', shim.version] : shim.manager === 'goenv' ? ['goenv', 'install', shim.version] : ['mise', 'install', `go@${shim.version}`];
	return [
		{
			id: 'install-selected-go',
			title: t('fix.installSelectedGo.title', {manager: t(`install.origin.${shim.manager}`), version: shim.version}),
			changes: [],
			needsAdmin: false,
			reversible: true,
			manualCommands: [commandLine(shell, argv)],
		},
	];
}

function hitsTable(t: Translator, hits: readonly CommandHit[], versions: ReadonlyMap<string, string | null>, shell: LookupShell, shims?: ReadonlyMap<string, ShimResolution>): Evidence {
	return {
		kind: 'table',
		title: t('probe.go-on-path.evidence.hits', {shell: shellName(t, shell)}),
		columns: [
			{key: 'index', label: '#'},
			{key: 'path', label: t('column.path')},
			{key: 'origin', label: t('column.source')},
			{key: 'version', label: t('column.version')},
			{key: 'note', label: t('column.note')},
		],
		rows: hits.map((hit, index) => {
			const sameAs = hits.findIndex((other) => other.resolved === hit.resolved);
			const notes = [
				hit.wins ? t('probe.go-on-path.mark.wins') : sameAs < index ? t('probe.go-on-path.mark.same', {index: sameAs + 1}) : t('probe.go-on-path.mark.shadowed'),
				...(hit.resolved !== hit.file ? [`→ ${hit.resolved}`] : []),
				...(hit.shim ? [shims?.get(hit.file) ? shimText(t, shims.get(hit.file)!) : t(`probe.go-on-path.shim.${hit.shim.kind}`, {target: hit.shim.target ?? '?'})] : []),
			];
			const tone: Tone | undefined = hit.wins ? 'good' : sameAs < index ? 'muted' : undefined;
			return {
				index: String(index + 1),
				path: hit.file,
				origin: hitOrigin(t, hit),
				version: versions.get(hit.resolved) ?? '?',
				note: joinList(t, notes),
				...(tone ? {_tone: tone} : {}),
			};
		}),
	};
}

async function winnersByShell(facts: Facts): Promise<Array<{shell: LookupShell; hit: CommandHit | undefined}>> {
	return Promise.all(WINDOWS_SHELLS.map(async (shell) => ({shell, hit: (await commandHits(facts, 'go', shell))[0]})));
}

/** The newer Go's folder first on PATH, by hand: a profile line the user places after whatever adds the other go. */
function preferGoByHand(t: Translator, folder: string, version: string): Fix {
	return {
		id: 'prefer-newer-go',
		...fixTitle(t, 'fix.preferGo.title', {version, folder}),
		description: t('fix.preferGo.manual', {folder}),
		changes: [],
		needsAdmin: false,
		reversible: true,
		...restartHintOf(t, 'fix.restart.newTerminal'),
		manualCommands: [`export PATH=${quoteArg('posix', folder)}:"$PATH"`],
	};
}

/**
 * Makes a newer Go that PATH shadows the one that runs. Within one scope of the registry
 * Path: move its entry before the winner's. When a system entry shadows a user one (system
 * entries always come first): remove the shadowing entry from the system Path (admin).
 * Fix ids: prefer-newer-go, remove-shadowing-go.
 */
async function preferGoFix(facts: Facts, t: Translator, winner: CommandHit, target: CommandHit, version: string): Promise<Fix | null> {
	const [model, registry, entries] = await Promise.all([pathModel(facts), registryEnvironment(facts), registryPathEntries(facts)]);
	if (!registry?.available) return null;
	const locate = (hit: CommandHit) => {
		const entry = model.entries[hit.entryIndex];
		if (!entry || (entry.origin !== 'user' && entry.origin !== 'system')) return undefined;
		return entries.find((e) => e.scope === entry.origin && e.raw === entry.raw);
	};
	const from = locate(winner);
	const to = locate(target);
	if (!from || !to) return null;
	const value = findValue(from.scope === 'user' ? registry.user : registry.system, 'Path');
	if (!value) return null;
	if (from.scope === to.scope) {
		const change = editPath(from.scope, value, {remove: new Set([to.position]), insert: {before: from.position, raw: [to.raw]}});
		return change
			? {
					id: 'prefer-newer-go',
					...fixTitle(t, 'fix.preferGo.title', {version, folder: to.expanded}),
					changes: [change],
					needsAdmin: from.scope === 'system',
					reversible: true,
					...restartHintOf(t, 'fix.restart.newTerminal'),
				}
			: null;
	}
	if (from.scope === 'system' && to.scope === 'user') {
		const change = editPath('system', value, {remove: new Set([from.position])});
		return change
			? {
					id: 'remove-shadowing-go',
					...fixTitle(t, 'fix.removeShadowingGo.title', {folder: from.expanded, version}),
					changes: [change],
					needsAdmin: true,
					reversible: true,
					...restartHintOf(t, 'fix.restart.newTerminal'),
				}
			: null;
	}
	return null;
}
