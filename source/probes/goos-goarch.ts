import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import type {Fix} from '../model/fix.js';
import {goSetting} from '../facts/go-settings.js';
import {fixesToRemoveSetting} from '../fixes/setting-fixes.js';
import {settingRegistryEvidence, settingsEvidence, sourceText} from './setting-evidence.js';
import {joinList, withNote} from '../i18n/index.js';
import {goHost, mayRunOnHost} from '../facts/os-arch.js';

/** Per-architecture variants: set by hand, they decide which CPUs the binaries run on. */
const VARIANTS = ['GOAMD64', 'GOARM', 'GOARM64', 'GO386'] as const;

/**
 * GOOS/GOARCH against the machine (GOHOSTOS/GOHOSTARCH), and the architecture variants, each
 * with where it was set. A cross target left in the environment or the go env file makes
 * `go run` and `go test` build programs this machine cannot start.
 */
export const goosGoarch: Probe = {
	id: 'goos-goarch',
	family: 'toolchain',
	title: 'probe.goos-goarch.title',
	dependsOn: ['go-on-path'],
	async run({facts, sys, t}) {
		const goEnv = await facts.goEnv();
		if (!goEnv?.ok) return {status: 'unknown', summary: t('probe.goos-goarch.unknown')};
		// Only the variants this go knows (a pasted `go env` shows just those of its GOARCH).
		const [goos, goarch, ...variants] = await Promise.all(['GOOS', 'GOARCH', ...VARIANTS.filter((v) => v in goEnv.values)].map((name) => goSetting(facts, name)));
		const known = goHost(goEnv.values);
		const hostOs = known?.os ?? '';
		const hostArch = known?.arch ?? '';
		const target = `${goEnv.values.GOOS}/${goEnv.values.GOARCH}`;
		const host = `${hostOs}/${hostArch}`;
		const explicitVariants = variants.filter((v) => v.source !== 'default' && v.source !== 'inferred' && v.value !== '');
		const evidence: Evidence[] = [
			{
				kind: 'kv',
				title: t('probe.goos-goarch.evidence.target'),
				rows: [
					{label: t('probe.goos-goarch.label.target'), value: target, ...(known && target !== host ? {tone: 'bad' as const} : {})},
					{label: t('probe.goos-goarch.label.host'), value: known ? host : t('probe.goos-goarch.hostNotShown'), ...(known ? {} : {tone: 'muted' as const})},
				],
			},
			settingsEvidence(t, t('probe.goos-goarch.evidence.settings'), [goos!, goarch!, ...explicitVariants]),
			...settingRegistryEvidence(t, goos!),
			...settingRegistryEvidence(t, goarch!),
		];
		// A pasted go env without GOHOSTOS/GOHOSTARCH: nothing to compare the target with.
		if (!known) return {status: 'unknown', summary: t('probe.goos-goarch.hostUnknown', {target}), evidence};
		const crossed = [goos!, goarch!].filter((o) => o.value !== (o.name === 'GOOS' ? hostOs : hostArch) && o.source !== 'default' && o.source !== 'inferred');
		if (crossed.length > 0) {
			const fixes: Fix[] = crossed.flatMap((o) =>
				fixesToRemoveSetting(o, {t, platform: sys.platform}).map((fix) => ({...fix, id: `${fix.id}-${o.name.toLowerCase()}`})),
			);
			// 386 on amd64, amd64 on Windows on Arm or Rosetta: the programs still start here.
			const runs = mayRunOnHost(goEnv.values.GOOS ?? '', goEnv.values.GOARCH ?? '', hostOs, hostArch);
			return {
				status: 'warn',
				summary: t(runs ? 'probe.goos-goarch.crossRuns' : 'probe.goos-goarch.cross', {target, host, settings: joinList(t, crossed.map((o) => withNote(t, `${o.name}=${o.value}`, sourceText(t, o))))}),
				why: t(runs ? 'probe.goos-goarch.crossRuns.why' : 'probe.goos-goarch.why'),
				docUrl: 'https://go.dev/doc/install/source#environment',
				evidence,
				fixes,
			};
		}
		if (explicitVariants.length > 0) {
			return {
				status: 'info',
				summary: t('probe.goos-goarch.variants', {target, settings: joinList(t, explicitVariants.map((v) => withNote(t, `${v.name}=${v.value}`, sourceText(t, v))))}),
				why: t('probe.goos-goarch.variants.why'),
				evidence,
			};
		}
		return {status: 'ok', summary: t('probe.goos-goarch.ok', {target}), evidence};
	},
};
