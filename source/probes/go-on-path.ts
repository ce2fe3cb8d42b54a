import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import {splitPathList} from '../facts/path-lookup.js';
import {commandEvidence, firstLine} from './evidence.js';

/** Which `go` runs, its version, and every other `go` on PATH after it. */
export const goOnPath: Probe = {
	id: 'go-on-path',
	family: 'toolchain',
	title: 'probe.go-on-path.title',
	async run({facts, sys, t}) {
		const candidates = await facts.goCandidates();
		if (candidates.length === 0) {
			const entries = splitPathList(sys.getenv('PATH') ?? '', sys.platform);
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
						],
						rows: entries.map((entry, index) => ({index: String(index + 1), path: entry})),
					},
				],
				blocksDependents: true,
			};
		}

		const winner = candidates[0]!;
		const goEnv = await facts.goEnv();
		// The same binary reached through a symlink is one Go, not two.
		const real = await Promise.all(candidates.map(async (file) => (await sys.realpath(file)) ?? file));
		const others = candidates.slice(1).filter((_, i) => real[i + 1] !== real[0]);
		const otherVersions = await Promise.all(others.map(async (file) => ({file, ...(await facts.goVersion(file))})));
		const winnerVersion = goEnv?.ok ? goEnv.values.GOVERSION ?? null : null;

		const rows = candidates.map((file, index) => {
			const sameAs = real.findIndex((r) => r === real[index]);
			const version = index === 0 ? winnerVersion : otherVersions.find((o) => o.file === file)?.version ?? null;
			const note =
				index === 0
					? t('probe.go-on-path.mark.wins')
					: sameAs < index
						? t('probe.go-on-path.mark.same', {index: sameAs + 1})
						: t('probe.go-on-path.mark.shadowed');
			return {
				index: String(index + 1),
				path: file,
				version: version ?? '?',
				note,
				...(index === 0 ? {_tone: 'good' as const} : sameAs < index ? {_tone: 'muted' as const} : {}),
			};
		});
		const evidence: Evidence[] = [
			{
				kind: 'table',
				title: t('probe.go-on-path.evidence.hits'),
				columns: [
					{key: 'index', label: '#'},
					{key: 'path', label: t('column.path')},
					{key: 'version', label: t('column.version')},
					{key: 'note', label: t('column.note')},
				],
				rows,
			},
		];
		if (goEnv) evidence.push(commandEvidence(t, goEnv));

		if (!goEnv?.ok || !winnerVersion) {
			return {
				status: 'error',
				summary: t('probe.go-on-path.brokenGo', {path: winner, error: firstLine(goEnv?.result.stderr ?? '') || '?'}),
				why: t('probe.go-on-path.brokenGo.why'),
				evidence,
			};
		}

		const differing = otherVersions.filter((o) => o.version !== winnerVersion);
		if (differing.length > 0) {
			return {
				status: 'warn',
				summary: t('probe.go-on-path.several', {
					version: winnerVersion,
					path: winner,
					count: differing.length,
					others: differing.map((o) => `${o.version ?? '?'} (${o.file})`).join(', '),
				}),
				why: t('probe.go-on-path.several.why'),
				docUrl: 'https://go.dev/doc/manage-install',
				evidence,
			};
		}
		return {status: 'ok', summary: t('probe.go-on-path.ok', {version: winnerVersion, path: winner}), evidence};
	},
};
