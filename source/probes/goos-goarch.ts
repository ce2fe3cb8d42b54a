import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import type {Fix} from '../model/fix.js';
import {goSetting} from '../facts/go-settings.js';
import {fixesToRemoveSetting} from '../fixes/setting-fixes.js';
import {settingRegistryEvidence, settingsEvidence, shownValue, sourceText} from './setting-evidence.js';
import {joinList, withNote} from '../i18n/index.js';
import {goHost, mayRunOnHost} from '../facts/os-arch.js';
import {goVersionOf, olderThan} from '../facts/go-release-rules.js';
import {FactUnavailableError} from '../system/types.js';

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
		// A pasted go env without GOHOSTOS/GOHOSTARCH: the go version line names the machine's OS and architecture.
		const known = goHost(goEnv.values) ?? goEnv.pasted?.hostFromGoVersion ?? null;
		const hostOs = known?.os ?? '';
		const hostArch = known?.arch ?? '';
		// A paste cut short ("...") may show GOARCH and the host but not GOOS: GOARCH can still be compared.
		let goosMissing: FactUnavailableError | null = null;
		const goosOrNull = goSetting(facts, 'GOOS').catch((error: unknown) => {
			if (!(error instanceof FactUnavailableError) || known === null || goEnv.values.GOARCH === undefined) throw error;
			goosMissing = error;
			return null;
		});
		// Only the variants this go knows (a pasted `go env` shows just those of its GOARCH).
		const [goos, goarch, ...variants] = await Promise.all([goosOrNull, ...['GOARCH', ...VARIANTS.filter((v) => v in goEnv.values)].map((name) => goSetting(facts, name))]);
		const target = `${goEnv.values.GOOS ?? '?'}/${goEnv.values.GOARCH}`;
		const host = `${hostOs}/${hostArch}`;
		// A pasted go env does not say where a value was set: one that is the variant's default
		// (go env always prints GOAMD64=v1) is not taken for a choice.
		const explicitVariants = variants.filter((v) => v.source !== 'default' && v.source !== 'inferred' && v.value !== '' && !((v.source === 'unknown' || v.source === 'goroot-go-env-unreadable') && VARIANT_DEFAULTS[v.name] === v.value));
		const evidence: Evidence[] = [
			{
				kind: 'kv',
				title: t('probe.goos-goarch.evidence.target'),
				rows: [
					{label: t('probe.goos-goarch.label.target'), value: target, ...(known && target !== host ? {tone: 'bad' as const} : {})},
					{label: t('probe.goos-goarch.label.host'), value: known ? host : t('probe.goos-goarch.hostNotShown'), ...(known ? {} : {tone: 'muted' as const})},
				],
			},
			settingsEvidence(t, t('probe.goos-goarch.evidence.settings'), [...(goos ? [goos] : []), goarch!, ...explicitVariants]),
			...(goos ? settingRegistryEvidence(t, goos) : []),
			...settingRegistryEvidence(t, goarch!),
		];
		const invalid = invalidVariant(t, variants, goVersionOf(goEnv));
		if (invalid) return {...invalid, why: t('probe.goos-goarch.variants.why'), evidence};
		// A pasted go env without GOHOSTOS/GOHOSTARCH: nothing to compare the target with.
		if (!known) return {status: 'unknown', summary: t('probe.goos-goarch.hostUnknown', {target}), evidence};
		const crossed = [...(goos ? [goos] : []), goarch!].filter((o) => o.value !== (o.name === 'GOOS' ? hostOs : hostArch) && o.source !== 'default' && o.source !== 'inferred');
		// Without GOOS and with GOARCH the machine's own, nothing can be said: as if GOOS were asked for plainly.
		if (goosMissing && crossed.length === 0) throw goosMissing;
		if (crossed.length > 0) {
			const fixes: Fix[] = crossed.flatMap((o) =>
				fixesToRemoveSetting(o, {t, platform: sys.platform}).map((fix) => ({...fix, id: `${fix.id}-${o.name.toLowerCase()}`})),
			);
			// 386 on amd64, amd64 on Windows on Arm or Rosetta: the programs still start here.
			const runs = mayRunOnHost(goEnv.values.GOOS ?? hostOs, goEnv.values.GOARCH ?? '', hostOs, hostArch);
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

/** Each variant's default (internal/buildcfg), which go env prints when nothing sets it. */
const VARIANT_DEFAULTS: Readonly<Record<string, string>> = {GOAMD64: 'v1', GOARM64: 'v8.0', GO386: 'sse2'};

/** The values each architecture variant takes (internal/buildcfg). */
const VARIANT_VALUES: Readonly<Record<string, RegExp>> = {
	GOAMD64: /^v[1-4]$/,
	GOARM: /^[567](?:,(?:softfloat|hardfloat))?$/,
	GOARM64: /^v(?:8\.[0-9]|9\.[0-5])(?:,(?:lse|crypto))*$/,
	GO386: /^(?:sse2|softfloat)$/,
};

/**
 * A variant go cannot use. Go 1.18 to 1.22 stop every command (`go: invalid GOAMD64: must be
 * v1, v2, v3, v4`); from Go 1.23 a bad GOAMD64 or GOARM is accepted silently and the default
 * is used instead (a buildcfg bug), which is a warning: the binaries are not what was asked for.
 */
function invalidVariant(t: import('../i18n/index.js').Translator, variants: ReadonlyArray<{name: string; value: string}>, version: string | null) {
	for (const v of variants) {
		const valid = VARIANT_VALUES[v.name];
		if (!valid || v.value === '' || valid.test(v.value)) continue;
		const silent = (v.name === 'GOAMD64' || v.name === 'GOARM') && !olderThan(version, '1.23');
		return silent
			? {status: 'warn' as const, summary: t('probe.goos-goarch.variantIgnored', {name: v.name, value: shownValue(t, v.value)})}
			: {status: 'error' as const, summary: t('probe.goos-goarch.variantInvalid', {name: v.name, value: shownValue(t, v.value)})};
	}
	return null;
}
