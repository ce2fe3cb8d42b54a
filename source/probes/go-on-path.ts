import type {Probe} from '../engine/probe.js';
import type {Evidence, Tone} from '../model/finding.js';
import type {Fix} from '../model/fix.js';
import {withNote, joinList, joinClauses, type Translator} from '../i18n/index.js';
import type {Facts} from '../facts/facts.js';
import {compareGoVersions, versionFromGoVersionString} from '../facts/gover.js';
import {goEnvChanged} from '../facts/go-settings.js';
import {goVersionsOnPath} from '../facts/go-versions.js';
import {osArchitecture} from '../facts/os-arch.js';
import {commandHits, dlWrappers, guessShell, pathModel, registryPathEntries, WINDOWS_SHELLS, type CommandHit, type LookupShell} from '../facts/path-model.js';
import {registryEnvironment, findValue} from '../facts/windows-env.js';
import {editPath} from '../fixes/setting-fixes.js';
import {commandEvidence, exitText} from './evidence.js';
import {quoteArg} from '../shell/syntax.js';
import {hitOrigin, shellName} from './path-evidence.js';
import {fixTitle, restartHintOf} from '../i18n/text.js';

/** Which `go` runs, its version and architecture, and every other `go` on PATH. */
export const goOnPath: Probe = {
	id: 'go-on-path',
	family: 'toolchain',
	title: 'probe.go-on-path.title',
	async run({facts, sys, t}) {
		// What the checks waiting on this one read first: `go env -json`, and `go env -changed
		// -json` (where settings come from). Started now, they run beside the PATH walk below,
		// and beside each other, instead of one after the other.
		facts.goEnv().catch(() => undefined);
		goEnvChanged(facts).catch(() => undefined);
		const shell = guessShell(sys);
		const [candidates, hits, model] = await Promise.all([facts.goCandidates(), commandHits(facts, 'go', shell), pathModel(facts)]);
		if (candidates.length === 0 && hits.length === 0) {
			return {
				status: 'error',
				summary: t('probe.go-on-path.notFound'),
				why: t('probe.go-on-path.notFound.why'),
				docUrl: 'https://go.dev/doc/install',
				evidence: [
					{
						kind: 'table',
						title: t('probe.go-on-path.evidence.path'),
						columns: [
							{key: 'index', label: '#'},
							{key: 'path', label: t('column.path')},
							{key: 'origin', label: t('column.source')},
						],
						rows: model.entries.map((entry) => ({index: String(entry.index + 1), path: entry.text, origin: t(`origin.${entry.origin}`)})),
					},
				],
				blocksDependents: true,
			};
		}

		const goEnv = await facts.goEnv();
		const runs = candidates[0] ?? hits[0]!.file;
		const winnerVersion = goEnv?.ok ? (goEnv.values.GOVERSION ?? null) : null;
		// One version per distinct file; a go that cannot say its version is kept apart, with
		// why, not counted as another version.
		const {versions, cannotStart} = await goVersionsOnPath(facts, shell);
		const evidence: Evidence[] = [hitsTable(t, hits, versions, shell)];
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
		if (problems.length > 0) return {status: 'warn', summary: joinClauses(t, problems), why, ...(docUrl ? {docUrl} : {}), evidence, fixes};
		return {status: 'ok', summary: t('probe.go-on-path.ok', {version: winnerVersion, path: runs}), evidence};
	},
};

function hitsTable(t: Translator, hits: readonly CommandHit[], versions: ReadonlyMap<string, string | null>, shell: LookupShell): Evidence {
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
				...(hit.shim ? [t(`probe.go-on-path.shim.${hit.shim.kind}`, {target: hit.shim.target ?? '?'})] : []),
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
