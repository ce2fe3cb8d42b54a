import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import {compareGoVersions, languageOf, parseGoVersion, versionFromGoVersionString} from '../facts/gover.js';
import {MAJOR_RELEASES, RELEASES_AS_OF, SUPPORTED_MAJORS} from '../facts/go-releases.js';
import {joinList, withNote, type Translator} from '../i18n/index.js';
import {shownSetting} from '../facts/partial.js';
import {originFromGoroot, runningGo, type GoInstall, type RunningGo} from '../facts/go-installs.js';
import {findAllOnPath} from '../facts/path-lookup.js';
import type {Facts} from '../facts/facts.js';
import {upgradeGoFix} from '../fixes/upgrade-go.js';
import type {Fix} from '../model/fix.js';
import {userShellSyntax} from '../shell/detect.js';
import {FactUnavailableError} from '../system/types.js';
import {originName} from './install-evidence.js';

/** The running Go against Go's support policy: only the two newest major releases get fixes. */
export const goVersion: Probe = {
	id: 'go-version',
	family: 'toolchain',
	title: 'probe.go-version.title',
	dependsOn: ['go-on-path'],
	async run({facts, sys, t}) {
		const goEnv = await facts.goEnv();
		// A pasted go env that does not show GOVERSION (nor a go version line): not known, rather than "go did not say".
		const raw = goEnv?.ok ? (goEnv.pasted ? shownSetting(goEnv, 'GOVERSION') : (goEnv.values.GOVERSION ?? '')) : '';
		const version = versionFromGoVersionString(raw);
		const supported = MAJOR_RELEASES.slice(0, SUPPORTED_MAJORS);
		const evidence: Evidence[] = [
			{
				kind: 'table',
				title: t('probe.go-version.evidence.releases', {date: RELEASES_AS_OF}),
				columns: [
					{key: 'major', label: t('probe.go-version.column.major')},
					{key: 'released', label: t('probe.go-version.column.released')},
					{key: 'latest', label: t('probe.go-version.column.latest')},
					{key: 'support', label: t('probe.go-version.column.support')},
				],
				rows: MAJOR_RELEASES.map((r, i) => ({
					major: `go${r.major}`,
					released: r.released,
					latest: withNote(t, `go${r.latest}`, r.latestDate),
					support: i < SUPPORTED_MAJORS ? t('probe.go-version.supported') : t('probe.go-version.unsupported'),
					...(version && languageOf(version) === r.major ? {_tone: 'good' as const} : {}),
				})),
			},
			{
				kind: 'kv',
				title: t('probe.go-version.evidence.running'),
				rows: [
					{label: 'GOVERSION', value: raw || '?'},
					{label: t('probe.go-version.label.asOf'), value: RELEASES_AS_OF},
				],
			},
		];
		const docUrl = 'https://go.dev/doc/devel/release#policy';
		const why = t('probe.go-version.why');
		if (!version) return {status: raw ? 'info' : 'unknown', summary: raw ? t('probe.go-version.devel', {version: raw}) : t('probe.go-version.unknown'), evidence};

		const lang = languageOf(version)!;
		const parsed = parseGoVersion(version)!;
		const release = MAJOR_RELEASES.find((r) => r.major === lang);
		const newest = MAJOR_RELEASES[0]!;
		if (compareGoVersions(lang, newest.major) > 0) {
			return {status: 'ok', summary: t('probe.go-version.newerThanData', {version: `go${version}`, date: RELEASES_AS_OF}), evidence};
		}
		if (!supported.some((r) => r.major === lang)) {
			// Support ends when the second newer major ships: 1.N with 1.(N+2).0.
			const ender = MAJOR_RELEASES.find((r) => r.major === `${parsed.major}.${Number(parsed.minor) + SUPPORTED_MAJORS}`);
			const upgrade = await upgradeAdvice(facts, sys, t, version, newest.latest, goEnv?.values ?? {}, evidence);
			return {
				status: 'warn',
				summary: t('probe.go-version.unsupported.summary', {
					version: `go${version}`,
					supported: joinList(t, supported.map((r) => `go${r.major}`)),
					newest: `go${newest.latest}`,
					date: RELEASES_AS_OF,
					since: ender ? t('probe.go-version.since', {release: `go${ender.major}.0`, date: ender.released}) : '',
				}),
				why,
				docUrl,
				evidence,
				fixes: upgrade,
			};
		}
		if (parsed.kind !== '') {
			return {status: 'info', summary: t('probe.go-version.prerelease', {version: `go${version}`, latest: `go${release!.latest}`}), why, docUrl, evidence};
		}
		if (release && compareGoVersions(version, release.latest) < 0) {
			const upgrade = await upgradeAdvice(facts, sys, t, version, release.latest, goEnv?.values ?? {}, evidence);
			return {
				status: 'info',
				summary: t('probe.go-version.behind', {version: `go${version}`, latest: `go${release.latest}`, date: release.latestDate, asOf: RELEASES_AS_OF}),
				why,
				docUrl,
				evidence,
				fixes: upgrade,
			};
		}
		return {status: 'ok', summary: t('probe.go-version.ok', {version: `go${version}`, date: RELEASES_AS_OF}), evidence};
	},
};

/**
 * The upgrade, by the manager of the Go that runs (its own command, in the user's shell),
 * and a line of evidence saying who that manager is. A paste (no files to read) gets the
 * general advice.
 */
async function upgradeAdvice(
	facts: Facts,
	sys: ProbeSystem,
	t: Translator,
	current: string,
	target: string,
	values: Record<string, string>,
	evidence: Evidence[],
): Promise<Fix[]> {
	let running: RunningGo | null = null;
	try {
		running = await runningGo(facts);
	} catch (error) {
		if (!(error instanceof FactUnavailableError)) throw error;
		// A paste holds no files: its GOROOT alone may still say who installed this Go.
		const goroot = values.GOROOT ?? '';
		const guessed = goroot ? originFromGoroot(goroot) : null;
		if (guessed) {
			const install: GoInstall = {root: goroot, go: '', version: values.GOVERSION ?? null, versionFrom: null, origin: guessed, markers: [t('probe.go-version.fromGoroot', {goroot})], place: goroot, resolved: goroot};
			running = {go: '', binary: '', origin: guessed, install, shim: null, markers: install.markers};
		}
	}
	// Nothing says who installed it: no advice is better than the wrong manager's.
	if (!running) {
		evidence.push({kind: 'kv', title: t('probe.go-version.evidence.upgrade'), rows: [{label: t('probe.go-on-path.label.manager'), value: t('evidence.unknown')}]});
		return [];
	}
	const origin = running.origin;
	// asdf 0.16 replaced its shell scripts with one Go program, and `global`/`local` with `set`.
	const asdf = origin === 'asdf' ? (await findAllOnPath(sys, 'asdf').catch(() => []))[0] : undefined;
	const asdfInfo = asdf ? await sys.stat(asdf).catch(() => null) : null;
	const fix = upgradeGoFix({
		sys,
		t,
		shell: await userShellSyntax(facts).catch(() => (sys.platform === 'win32' ? ('powershell' as const) : ('posix' as const))),
		running,
		target,
		current,
		goos: values.GOHOSTOS || values.GOOS || (sys.platform === 'win32' ? 'windows' : sys.platform),
		goarch: values.GOHOSTARCH || values.GOARCH || 'amd64',
		asdfLegacy: asdfInfo !== null && asdfInfo !== undefined && asdfInfo.size < 200_000,
	});
	evidence.push({
		kind: 'kv',
		title: t('probe.go-version.evidence.upgrade'),
		rows: [
			{label: t('probe.go-on-path.label.manager'), value: running.markers.length > 0 ? withNote(t, originName(t, origin), joinList(t, running.markers)) : originName(t, origin)},
			...(fix ? [{label: t('probe.go-version.label.upgrade'), value: fix.manualCommands?.join('\n') || fix.changes.map((c) => (c.kind === 'command' ? c.argv.join(' ') : '')).join('\n') || fix.description || ''}] : []),
			...(fix ? [{label: t('probe.go-version.label.undo'), value: fix.reversible ? t('ui.yes') : t('probe.go-version.irreversible'), tone: fix.reversible ? ('normal' as const) : ('warn' as const)}] : []),
		],
	});
	// Nothing to run and no command to give (a distribution's package, a tree in a folder of its
	// own): the advice stays in the evidence above; a fix would offer to do nothing.
	return fix && (fix.changes.length > 0 || (fix.manualCommands?.length ?? 0) > 0) ? [fix] : [];
}

type ProbeSystem = Facts['sys'];
