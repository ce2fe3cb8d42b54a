import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import {gitCandidates, gitVersion} from '../facts/git.js';
import {parseGoproxy} from '../net/goproxy-list.js';
import {commandEvidence, exitText} from './evidence.js';

/** git present, and its version: `direct` fetches and private modules run git. */
export const git: Probe = {
	id: 'git',
	family: 'git',
	title: 'probe.git.title',
	async run({facts, sys, t}) {
		const [candidates, goEnv] = await Promise.all([gitCandidates(facts), facts.goEnv()]);
		const settings = goEnv?.ok ? goEnv.values : {};
		const goproxy = settings.GOPROXY ?? sys.getenv('GOPROXY') ?? '';
		const goprivate = settings.GOPRIVATE ?? sys.getenv('GOPRIVATE') ?? '';
		const onlyDirect = parseGoproxy(goproxy, sys.platform).entries[0]?.kind === 'direct';
		const docUrl = sys.platform === 'win32' ? 'https://gitforwindows.org/' : 'https://git-scm.com/downloads';

		if (candidates.length === 0) {
			// Needed for sure when go fetches straight from repositories.
			const needed = onlyDirect || goprivate !== '';
			return {
				status: needed ? 'error' : 'warn',
				summary: needed ? t('probe.git.missing.needed', {setting: onlyDirect ? `GOPROXY=${goproxy}` : `GOPRIVATE=${goprivate}`}) : t('probe.git.missing'),
				why: t('probe.git.missing.why'),
				docUrl,
				blocksDependents: true,
			};
		}
		// The same binary reached through a symlink (/bin → /usr/bin) is one git, not two.
		const [version, real] = await Promise.all([gitVersion(facts), Promise.all(candidates.map(async (file) => (await sys.realpath(file)) ?? file))]);
		const evidence: Evidence[] = [
			{
				kind: 'table',
				title: t('probe.git.evidence.hits'),
				columns: [
					{key: 'index', label: '#'},
					{key: 'path', label: t('column.path')},
					{key: 'note', label: t('column.note')},
				],
				rows: candidates.map((file, index) => {
					const sameAs = real.indexOf(real[index]!);
					const note = index === 0 ? t('probe.git.runs') : sameAs < index ? t('probe.go-on-path.mark.same', {index: sameAs + 1}) : t('probe.git.shadowed');
					return {index: String(index + 1), path: file, note, _tone: index === 0 ? ('good' as const) : ('muted' as const)};
				}),
			},
		];
		if (version) evidence.push(commandEvidence(t, version.command));
		if (!version?.version) {
			return {
				status: 'error',
				summary: t('probe.git.broken', {path: candidates[0]!, error: version ? exitText(t, version.command.result) : '?'}),
				why: t('probe.git.missing.why'),
				docUrl,
				evidence,
				blocksDependents: true,
			};
		}
		const v = version.version;
		if (sys.platform === 'win32' && !v.gitForWindows) {
			return {status: 'info', summary: t('probe.git.notGitForWindows', {version: v.text, path: candidates[0]!}), why: t('probe.git.notGitForWindows.why'), docUrl, evidence};
		}
		return {status: 'ok', summary: t('probe.git.ok', {version: v.text, path: candidates[0]!}), evidence};
	},
};
