import type {Probe, ProbeContext} from '../engine/probe.js';
import type {Evidence, ProbeResult} from '../model/finding.js';
import {goSetting} from '../facts/go-settings.js';
import {fixesToRemoveSetting} from '../fixes/setting-fixes.js';
import {classifyModule, classifySumdb, SUMDB_REQUEST, TLS_CLASSES} from '../net/classify.js';
import {chainEvidence, failureShort, failureWhy, goRunEvidence} from '../net/describe.js';
import {goList, MATCH_NOTHING, type TracedRequest} from '../net/go-list.js';
import {parseGoproxy} from '../net/goproxy-list.js';
import {matchingPattern} from '../net/module-patterns.js';
import {DEFAULT_BUDGET, presentedChain, PROBE_MODULE, type NetworkBudget} from '../net/proxy-probe.js';
import {redactResult} from './goproxy.js';
import {joinClauses, joinList} from '../i18n/index.js';
import {attempt} from '../facts/partial.js';
import {networkMissing} from '../engine/missing-fact.js';
import {goVersionOf, unknownToVersion} from '../facts/go-release-rules.js';

export function gosumdbProbe(budget: NetworkBudget = DEFAULT_BUDGET): Probe {
	return {
		id: 'gosumdb',
		family: 'network',
		title: 'probe.gosumdb.title',
		dependsOn: ['go-on-path'],
		network: true,
		timeoutMs: budget.goMs + budget.chainMs + 5_000,
		async run(ctx) {
			return redactResult(await runGosumdb(ctx, budget));
		},
	};
}

export const gosumdb = gosumdbProbe();

async function runGosumdb(ctx: ProbeContext, budget: NetworkBudget): Promise<ProbeResult> {
	const {facts, sys, t} = ctx;
	const goEnv = await facts.goEnv();
	// Before Go 1.13 there is no checksum database to ask.
	const version = goVersionOf(goEnv);
	const since = unknownToVersion(version, 'GOSUMDB');
	if (since) return {status: 'skipped', summary: t('release.notKnown', {version: version!, name: 'GOSUMDB', since})};
	const origin = await goSetting(facts, 'GOSUMDB');
	// A partial paste may leave GONOSUMDB out: it then defaults to GOPRIVATE, which may be missing too.
	const noSumdbRead = await attempt(() => goSetting(facts, 'GONOSUMDB'));
	const originNoSumdb = noSumdbRead.ok ? noSumdbRead.value : {name: 'GONOSUMDB', value: goEnv?.values.GOPRIVATE ?? '', source: 'unknown' as const};
	const goRead = await attempt(() => facts.goBinary());
	if ((goRead.ok && !goRead.value) || !goEnv?.ok) return {status: 'unknown', summary: t('net.noGo')};
	const values = goEnv.values;
	const value = origin.value;
	const docUrl = 'https://go.dev/ref/mod#checksum-database';
	const evidence: Evidence[] = [
		{
			kind: 'go-env',
			title: t('probe.gosumdb.evidence.settings'),
			rows: [
				{name: 'GOSUMDB', value: value || t('evidence.empty'), source: origin.source, ...(origin.where ? {where: origin.where} : {})},
				{name: 'GONOSUMDB', value: originNoSumdb.value || t('evidence.notSet'), source: originNoSumdb.source, ...('where' in originNoSumdb && originNoSumdb.where ? {where: originNoSumdb.where} : {})},
			],
		},
	];

	if (value === 'off') {
		return {
			status: 'warn',
			summary: t('probe.gosumdb.off', {source: t(`source.${origin.source}`)}),
			why: t('probe.gosumdb.off.why'),
			docUrl,
			evidence,
			fixes: fixesToRemoveSetting(origin, {t, platform: sys.platform}),
		};
	}
	const invalid = invalidGosumdb(value);
	if (invalid) return {status: 'error', summary: t('probe.gosumdb.invalid', {value: value || t('evidence.empty'), message: invalid}), why: t('probe.gosumdb.invalid.why'), docUrl, evidence};
	// GONOSUMDB (or GOPRIVATE) so wide that public modules skip verification too.
	const wide = matchingPattern(originNoSumdb.value, PROBE_MODULE);
	if (!goRead.ok) {
		// A paste: what the values show is judged; whether the database answers there is not known.
		if (wide) return {status: 'warn', summary: t('probe.gosumdb.tooWide', {pattern: wide, module: PROBE_MODULE}), why: t('probe.gosumdb.tooWide.why'), docUrl, evidence};
		return {
			status: 'info',
			summary: joinClauses(t, [t('probe.gosumdb.valueOk', {value}), t('missing.summary', {missing: networkMissing(t, goRead.missing, 'gosumdb'), consequence: t('probe.gosumdb.cannotTellName', {name: sumdbName(value)})})]),
			docUrl,
			evidence,
		};
	}
	const go = goRead.value!;
	const list = parseGoproxy(values.GOPROXY ?? '', sys.platform);
	if (list.error || list.entries[0]?.kind === 'off') {
		return {status: 'unknown', summary: t('probe.gosumdb.noProxy', {value: values.GOPROXY ?? ''}), evidence};
	}

	// go gets the module through the proxies first, then asks the database (through them or directly).
	const proxyHosts = list.entries.flatMap((e) => (e.kind === 'proxy' ? [e.host] : []));
	ctx.progress(t('net.waiting', {hosts: joinList(t, [...new Set([...proxyHosts, sumdbName(value)])])}));
	const run = await goList(sys, {
		go,
		modules: [`${PROBE_MODULE}@latest`],
		env: {GOPROXY: values.GOPROXY, GOSUMDB: value, GONOSUMDB: MATCH_NOTHING, GOPRIVATE: MATCH_NOTHING, GONOPROXY: MATCH_NOTHING},
		timeoutMs: budget.goMs,
		signal: ctx.signal,
	});
	const sumdbRequests = run.requests.filter((r) => SUMDB_REQUEST.test(r.url));
	const route = routeOf(sumdbRequests);
	evidence.push({
		kind: 'kv',
		title: t('probe.gosumdb.evidence.route'),
		rows: [
			{label: t('probe.gosumdb.label.name'), value: sumdbName(value)},
			...(sumdbRequests.length > 0 ? [{label: t('probe.gosumdb.label.route'), value: route.via ? t('probe.gosumdb.viaProxy', {proxy: route.via}) : t('probe.gosumdb.direct')}] : []),
			...sumdbRequests.slice(0, 4).map((r) => ({label: r.url, value: r.outcome ?? t('probe.gosumdb.noAnswer'), tone: r.status === 200 ? ('good' as const) : r.outcome ? ('bad' as const) : ('warn' as const)})),
		],
	});
	evidence.push(goRunEvidence(t, run, t('probe.gosumdb.evidence.run')));

	// The module itself must come through first; a proxy failure says nothing about the database.
	const downloadFailure = classifyModule(run, PROBE_MODULE);
	const failure = classifySumdb(run);
	if (!failure && downloadFailure) {
		return {status: 'unknown', summary: t('probe.gosumdb.proxyFails', {problem: failureShort(t, downloadFailure)}), docUrl, evidence};
	}
	if (failure) {
		if (TLS_CLASSES.has(failure.class) && failure.url) evidence.push(chainEvidence(t, await presentedChain(sys, failure.url, budget.chainMs, ctx.signal)));
		return {
			status: 'error',
			summary: t('probe.gosumdb.fails', {name: sumdbName(value), problem: failureShort(t, failure), route: route.via ? t('probe.gosumdb.viaProxy', {proxy: route.via}) : t('probe.gosumdb.direct')}),
			why: failureWhy(t, failure, {prefix: PROBE_MODULE}),
			docUrl,
			evidence,
		};
	}
	const answered = sumdbRequests.find((r) => r.seconds !== undefined && !/\/supported$/.test(r.url));
	const time = answered ? t('net.time.ms', {ms: Math.round(answered.seconds! * 1000)}) : '?';
	if (wide) {
		return {status: 'warn', summary: t('probe.gosumdb.tooWide', {pattern: wide, module: PROBE_MODULE}), why: t('probe.gosumdb.tooWide.why'), docUrl, evidence};
	}
	if (sumdbRequests.length === 0) {
		// go had every answer already (nothing to verify): the database was not asked.
		return {status: 'unknown', summary: t('probe.gosumdb.notAsked'), evidence};
	}
	return {
		status: 'ok',
		summary: route.via ? t('probe.gosumdb.okVia', {name: sumdbName(value), proxy: route.via, time}) : t('probe.gosumdb.okDirect', {name: sumdbName(value), time}),
		evidence,
	};
}

/**
 * What go says of a GOSUMDB it cannot use (modfetch's dbDial): empty, more than a key and a
 * URL, or a first field that is neither a verifier key (`name+hash+key`) nor a database
 * name go knows. go knows its names from its own table; here a name is anything that looks
 * like a host, so only what can never be one is refused.
 */
export function invalidGosumdb(value: string): string | null {
	if (value === 'off') return null;
	const fields = value.trim().split(/\s+/).filter(Boolean);
	if (fields.length === 0) return 'missing GOSUMDB';
	if (fields.length > 2) return 'invalid GOSUMDB: too many fields';
	const key = fields[0]!;
	if (!key.includes('+') && !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i.test(key)) return 'invalid GOSUMDB: malformed verifier id';
	return null;
}

/** `name+key url` → `name`. */
function sumdbName(value: string): string {
	return (value.trim().split(/\s+/)[0] ?? '').replace(/\+.*$/, '') || value;
}

/** Through which proxy go reaches the database: the one whose `/sumdb/<name>/supported` said 200. */
function routeOf(requests: readonly TracedRequest[]): {via?: string} {
	const supported = requests.find((r) => /\/sumdb\/[^/]+\/supported$/.test(r.url) && r.status === 200);
	return supported ? {via: supported.url.replace(/\/sumdb\/[^/]+\/supported$/, '')} : {};
}
