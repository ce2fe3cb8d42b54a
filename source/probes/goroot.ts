import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import {valueOr, type FileInfo} from '../system/types.js';
import {goSetting} from '../facts/go-settings.js';
import {folderKey} from '../facts/path-model.js';
import {fixesToRemoveSetting} from '../fixes/setting-fixes.js';
import {commandEvidence, yesNo} from './evidence.js';
import {settingRegistryEvidence, settingsEvidence, sourceText} from './setting-evidence.js';
import {joinClauses, joinList} from '../i18n/index.js';
import {attempt} from '../facts/partial.js';
import {compareGoVersions, languageOf, versionFromGoVersionString} from '../facts/gover.js';
import {missingFact} from '../engine/missing-fact.js';

const CANNOT_FIND = /go: cannot find GOROOT directory: (.*)/;

/** The folder old Go installers (before 2019) and old Chocolatey packages set as a system GOROOT. */
const OLD_INSTALLER_GOROOT = 'c:\\go';

/** The effective GOROOT, where it came from, and whether it is a usable Go tree of the go that runs. */
export const goroot: Probe = {
	id: 'goroot',
	family: 'toolchain',
	title: 'probe.goroot.title',
	dependsOn: ['go-on-path'],
	async run({facts, sys, t}) {
		const [goEnv, origin] = await Promise.all([facts.goEnv(), goSetting(facts, 'GOROOT')]);
		// Set by hand: in the OS environment (wherever that came from) or the go env file.
		const explicit = origin.source !== 'default' && origin.source !== 'inferred' && origin.source !== 'goroot-go-env';
		const failure = CANNOT_FIND.exec(goEnv?.result.stderr ?? '');
		const path = goEnv?.ok ? (goEnv.values.GOROOT ?? '') : (failure?.[1]?.trim() ?? origin.osValue ?? origin.fileValue ?? '');
		const source = sourceText(t, origin);
		// "from the process environment", or for a GOROOT nobody set, how go found it.
		const from = explicit ? t('probe.goroot.origin.set', {source}) : t('probe.goroot.origin.found');
		const fixes = explicit ? fixesToRemoveSetting(origin, {t, platform: sys.platform}) : [];
		const why = t('probe.goroot.why');
		const docUrl = 'https://go.dev/wiki/InstallTroubleshooting';

		if (!path) return {status: 'unknown', summary: t('probe.goroot.unknown'), evidence: goEnv ? [commandEvidence(t, goEnv)] : []};
		// GOROOT, where it was set, and what is known of the tree.
		const treeEvidence = (rows: Array<{label: string; value: string; tone?: 'good' | 'bad' | 'warn'}>): Evidence => ({
			kind: 'kv',
			title: t('probe.goroot.evidence.tree'),
			rows: [{label: t('probe.goroot.label.effective'), value: path}, {label: t('probe.goroot.label.source'), value: source}, ...rows],
		});

		const tree = await attempt(() =>
			Promise.all([
				sys.inspect(path),
				sys.inspect(sys.path.join(path, 'pkg', 'tool')),
				sys.inspect(sys.path.join(path, 'src', 'runtime')),
				sys.readFile(sys.path.join(path, 'VERSION')),
				facts.goBinary(),
			]),
		);
		if (!tree.ok) {
			// A pasted go env: what the values and go's own words show is judged as a live run would.
			const goVersion = goEnv?.ok ? goEnv.values.GOVERSION : undefined;
			const pastedTree = goEnv?.pasted?.gorootGoVersion;
			const evidence: Evidence[] = [
				treeEvidence([
					...(pastedTree ? [{label: t('probe.goroot.label.treeGo'), value: `go${pastedTree}`}] : []),
					{label: t('probe.goroot.label.goVersion'), value: goVersion ?? '?'},
				]),
			];
			if (failure) return {status: 'error', summary: t('probe.goroot.missing', {path, origin: from}), why, docUrl, evidence, fixes};
			if (/^bin$/i.test(sys.path.basename(path))) {
				return {status: 'error', summary: t('probe.goroot.notGoTree', {path, origin: from, missing: joinList(t, ['pkg/tool', 'src/runtime'])}), why, docUrl, evidence, fixes};
			}
			if (pastedTree && goVersion && versionFromGoVersionString(goVersion) && compareGoVersions(pastedTree, versionFromGoVersionString(goVersion)!) !== 0) {
				return {status: 'error', summary: t('probe.goroot.mismatch', {path, origin: from, treeVersion: `go${pastedTree}`, goVersion}), why, docUrl, evidence, fixes};
			}
			const named = versionInPath(path);
			const running = goVersion ? versionFromGoVersionString(goVersion) : null;
			if (named && running && !sameRelease(named, running)) {
				return {status: 'warn', summary: t('probe.goroot.namedOther', {path, named, goVersion: goVersion!}), why, docUrl, evidence, fixes};
			}
			return {
				status: 'info',
				summary: joinClauses(t, [`GOROOT=${path}`, t('missing.summary', {missing: missingFact(t, tree.missing, 'goroot'), consequence: t('probe.goroot.cannotTellTree', {path})})]),
				evidence,
			};
		}
		const [dirAnswer, pkgToolAnswer, srcRuntimeAnswer, versionFile, goBinary] = tree.value;
		const [dir, pkgTool, srcRuntime] = [valueOr(dirAnswer), valueOr(pkgToolAnswer), valueOr(srcRuntimeAnswer)];
		// Not there (ENOENT, ENOTDIR) is an answer; a folder that cannot be looked into (EACCES…) is not.
		const blocked = [dirAnswer, pkgToolAnswer, srcRuntimeAnswer].flatMap((a) => (a.ok || a.code === 'ENOENT' || a.code === 'ENOTDIR' ? [] : [a.code]))[0];
		const seen = (info: FileInfo | null) => (blocked && !info ? {value: `? (${blocked})`} : {value: yesNo(t, info?.kind === 'dir'), tone: info?.kind === 'dir' ? ('good' as const) : ('bad' as const)});
		const treeVersion = versionFile?.split(/\r?\n/)[0]?.trim() || undefined;
		const goVersion = goEnv?.ok ? goEnv.values.GOVERSION : undefined;
		// The tree the go that runs would find by itself: two folders above the binary.
		const ownRoot = goBinary ? sys.path.dirname(sys.path.dirname((await sys.realpath(goBinary)) ?? goBinary)) : undefined;
		const resolvedRoot = dir ? ((await sys.realpath(path)) ?? path) : path;
		const elsewhere = explicit && ownRoot !== undefined && folderKey(sys, resolvedRoot) !== folderKey(sys, ownRoot);
		const stale = explicit && sys.platform === 'win32' && folderKey(sys, path) === OLD_INSTALLER_GOROOT && (ownRoot === undefined || folderKey(sys, ownRoot) !== OLD_INSTALLER_GOROOT);

		const evidence: Evidence[] = [
			treeEvidence([
				{label: t('probe.goroot.label.exists'), ...seen(dir)},
				{label: t('probe.goroot.label.pkgTool'), ...seen(pkgTool)},
				{label: t('probe.goroot.label.srcRuntime'), ...seen(srcRuntime)},
				{label: t('probe.goroot.label.treeVersion'), value: treeVersion ?? t('evidence.none')},
				{label: t('probe.goroot.label.goVersion'), value: goVersion ?? '?'},
				...(ownRoot ? [{label: t('probe.goroot.label.ownRoot'), value: ownRoot, ...(elsewhere ? {tone: 'warn' as const} : {})}] : []),
			]),
		];
		if (explicit) evidence.push(settingsEvidence(t, t('probe.goroot.evidence.setting'), [origin]), ...settingRegistryEvidence(t, origin));
		if (goEnv && !goEnv.ok) evidence.push(commandEvidence(t, goEnv));
		const withStale = (summary: string) => (stale ? joinClauses(t, [summary, t('probe.goroot.staleInstaller', {path})]) : summary);

		if (blocked) {
			return {status: 'unknown', summary: t('probe.goroot.unreadable', {path, origin: from, code: blocked}), why, docUrl, evidence, fixes};
		}
		if (dir?.kind !== 'dir') {
			return {status: 'error', summary: withStale(t('probe.goroot.missing', {path, origin: from})), why, docUrl, evidence, fixes};
		}
		const missing = [pkgTool?.kind === 'dir' ? null : 'pkg/tool', srcRuntime?.kind === 'dir' ? null : 'src/runtime'].filter(Boolean);
		if (missing.length > 0) {
			return {status: 'error', summary: withStale(t('probe.goroot.notGoTree', {path, origin: from, missing: joinList(t, missing as string[])})), why, docUrl, evidence, fixes};
		}
		if (treeVersion && goVersion && treeVersion !== goVersion) {
			return {status: 'error', summary: withStale(t('probe.goroot.mismatch', {path, origin: from, treeVersion, goVersion})), why, docUrl, evidence, fixes};
		}
		if (elsewhere) {
			return {status: 'warn', summary: withStale(t('probe.goroot.elsewhere', {path, origin: from, own: ownRoot!})), why, docUrl, evidence, fixes};
		}
		if (explicit) return {status: 'info', summary: t('probe.goroot.explicit', {path, source}), why, docUrl, evidence, fixes};
		return {status: 'ok', summary: t('probe.goroot.ok', {path}), evidence};
	},
};

/**
 * The Go release a folder's name says it holds: `go1.19.3`, `go-1.15` (Debian), `Cellar/go/1.19.3`
 * (Homebrew), `sdk/go1.22.0`, `toolchain@v0.0.1-go1.22.0.linux-amd64`, `apps/go/1.21.0` (Scoop),
 * `installs/golang/1.21.0` (asdf), `versions/1.21.0` (goenv). Null when the name says nothing.
 */
export function versionInPath(path: string): string | null {
	const patterns = [
		/(?:^|[\\/-])go-?(\d+\.\d+(?:\.\d+)?)(?=$|[\\/.])/i,
		/[\\/](?:go|golang|go@[\d.]+)[\\/](\d+\.\d+(?:\.\d+)?)(?=$|[\\/])/i,
		/[\\/]versions[\\/](\d+\.\d+(?:\.\d+)?)(?=$|[\\/])/i,
	];
	for (const pattern of patterns) {
		const m = pattern.exec(path);
		if (m) return m[1]!;
	}
	return null;
}

/** `1.19` names every 1.19.x; `1.19.3` names only itself. */
function sameRelease(named: string, running: string): boolean {
	return named.split('.').length === 2 ? languageOf(running) === named : compareGoVersions(named, running) === 0;
}
