import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import {compareGoVersions, languageOf, parseGoVersion, versionFromGoVersionString} from '../facts/gover.js';
import {MAJOR_RELEASES, RELEASES_AS_OF, SUPPORTED_MAJORS} from '../facts/go-releases.js';
import {joinList, withNote} from '../i18n/index.js';
import {shownSetting} from '../facts/partial.js';

/** The running Go against Go's support policy: only the two newest major releases get fixes. */
export const goVersion: Probe = {
	id: 'go-version',
	family: 'toolchain',
	title: 'probe.go-version.title',
	dependsOn: ['go-on-path'],
	async run({facts, t}) {
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
			};
		}
		if (parsed.kind !== '') {
			return {status: 'info', summary: t('probe.go-version.prerelease', {version: `go${version}`, latest: `go${release!.latest}`}), why, docUrl, evidence};
		}
		if (release && compareGoVersions(version, release.latest) < 0) {
			return {
				status: 'info',
				summary: t('probe.go-version.behind', {version: `go${version}`, latest: `go${release.latest}`, date: release.latestDate, asOf: RELEASES_AS_OF}),
				why,
				docUrl,
				evidence,
			};
		}
		return {status: 'ok', summary: t('probe.go-version.ok', {version: `go${version}`, date: RELEASES_AS_OF}), evidence};
	},
};
