import type {Probe, ProbeContext} from '../engine/probe.js';
import type {Evidence, ProbeResult} from '../model/finding.js';
import type {Fix} from '../model/fix.js';
import {goSetting, type SettingOrigin} from '../facts/go-settings.js';
import {redactDeep} from '../redact/secrets.js';
import {settingWrite} from '../fixes/setting-fixes.js';
import {defaultShell, unsetSessionVariable} from '../shell/syntax.js';
import {chainEvidence, failureLabel, failureShort, failureWhy, goRunEvidence, timeText} from '../net/describe.js';
import {hostOnly, parseGoproxy, walkGoproxy, type EntryOutcome, type ProxyEntry} from '../net/goproxy-list.js';
import {parseGoUrl} from '../net/go-url.js';
import {DEFAULT_BUDGET, probeEntry, PROBE_MODULE, type EntryProbe, type NetworkBudget} from '../net/proxy-probe.js';
import {joinClauses, joinList} from '../i18n/index.js';
import {attempt} from '../facts/partial.js';
import {compareGoVersions, versionFromGoVersionString} from '../facts/gover.js';
import {goVersionOf, olderThan} from '../facts/go-release-rules.js';
import {networkMissing} from '../engine/missing-fact.js';
import type {GoEnvFact} from '../facts/facts.js';
import {fixTitle, restartHintOf} from '../i18n/text.js';

/** Well-known public mirrors, measured as candidates for the recommendation. */
export const PUBLIC_MIRRORS = ['https://goproxy.cn', 'https://goproxy.io'];

/** How many reachable proxies the recommended list holds before `direct`. */
const RECOMMENDED_PROXIES = 2;

const normal = (url: string) => url.replace(/\/+$/, '');

/** The host a probe waits on, for the row's "waiting on …" note. */
function hostOf(target: string): string {
	if (target === 'direct') return 'direct';
	const parsed = parseGoUrl(target);
	return parsed.ok && parsed.url.host ? hostOnly(parsed.url.host) : target;
}

function isLoopback(host: string): boolean {
	return host === 'localhost' || /^127\./.test(host) || host === '::1';
}

/**
 * Probes every target at once and keeps the row's note on what is still outstanding.
 * Shared by the checks that measure several proxies.
 */
export async function probeAll(ctx: ProbeContext, go: string, targets: readonly string[], budget: NetworkBudget): Promise<Map<string, EntryProbe>> {
	const pending = new Set(targets);
	const note = () => ctx.progress(ctx.t('net.waiting', {hosts: joinList(ctx.t, [...new Set([...pending].map(hostOf))])}));
	note();
	const results = await Promise.all(
		targets.map(async (target) => {
			const result = await probeEntry(ctx.sys, go, target, budget, ctx.signal);
			pending.delete(target);
			if (pending.size > 0) note();
			return [target, result] as const;
		}),
	);
	return new Map(results);
}

export function goproxyProbe(budget: NetworkBudget = DEFAULT_BUDGET): Probe {
	return {
		id: 'goproxy',
		family: 'network',
		title: 'probe.goproxy.title',
		dependsOn: ['go-on-path'],
		network: true,
		timeoutMs: budget.goMs + budget.chainMs + 5_000,
		async run(ctx) {
			return redactResult(await runGoproxy(ctx, budget));
		},
	};
}

export const goproxy = goproxyProbe();

/**
 * Evidence and words are redacted (a GOPROXY URL may carry user:password); fixes are not,
 * since they must write the real value. Their candidates never carry credentials.
 */
export function redactResult(result: ProbeResult): ProbeResult {
	const {fixes, ...rest} = result;
	return {...redactDeep(rest), ...(fixes ? {fixes} : {})};
}

async function runGoproxy(ctx: ProbeContext, budget: NetworkBudget): Promise<ProbeResult> {
	const {facts, sys, t} = ctx;
	const goEnv = await facts.goEnv();
	const versionRead = goVersionOf(goEnv);
	if (olderThan(versionRead, '1.11')) return {status: 'skipped', summary: t('release.noModules', {version: versionRead!})};
	const origin = await goSetting(facts, 'GOPROXY');
	const goRead = await attempt(() => facts.goBinary());
	const go = goRead.ok ? goRead.value : null;
	if ((goRead.ok && !go) || !goEnv?.ok) return {status: 'unknown', summary: t('net.noGo')};
	const value = origin.value;
	const list = parseGoproxy(value, sys.platform);
	const docUrl = 'https://go.dev/ref/mod#goproxy-protocol';
	const evidence: Evidence[] = [
		{
			kind: 'go-env',
			title: t('probe.goproxy.evidence.setting'),
			rows: [{name: 'GOPROXY', value: value === '' ? t('evidence.empty') : value, source: origin.source, ...(origin.where ? {where: origin.where} : {})}],
		},
	];

	// Modules cannot be downloaded at all: go says so before asking anything.
	if (list.entries[0]?.kind === 'off') {
		return {status: 'warn', summary: t('probe.goproxy.off'), why: failureWhy(t, {class: 'goproxy-off', line: ''}), docUrl, evidence};
	}
	if (!goRead.ok) {
		// A paste: judge the value by the rules of the Go it came from; whether the proxies
		// answer on that machine cannot be told from here.
		const verdict = judgeGoproxyValue(t, value, goEnv, sys.platform);
		if (verdict) return {...verdict, docUrl, evidence};
		// The value is one go accepts: that much is known, whether it answers there is not.
		return {
			status: 'info',
			summary: joinClauses(t, [
				t('probe.goproxy.valueOk', {value: value || t('evidence.empty')}),
				t('missing.summary', {missing: networkMissing(t, goRead.missing, 'goproxy'), consequence: t('probe.goproxy.cannotTellAnswer')}),
			]),
			docUrl,
			evidence,
		};
	}
	if (!go) return {status: 'unknown', summary: t('net.noGo')};

	// Candidates for a recommendation: what is configured, Go's own default, public mirrors.
	const goroot = goEnv.values.GOROOT;
	const shipped = goroot ? (await facts.gorootGoEnv(goroot)).values.get('GOPROXY')?.value : undefined;
	const shippedUrls = shipped ? parseGoproxy(shipped, sys.platform).entries.flatMap((e) => (e.kind === 'proxy' ? [normal(e.url)] : [])) : [];
	const configured = list.entries.flatMap((e) => (e.kind === 'proxy' ? [normal(e.url)] : e.kind === 'direct' ? ['direct'] : []));
	// A URL with user:password in it is never proposed: the fix would have to store the secret.
	const candidates = [...new Set([...configured.filter((c) => c !== 'direct'), ...shippedUrls, ...PUBLIC_MIRRORS.map(normal)])].filter((url) => !/:\/\/[^/]*@/.test(url));
	const probes = await probeAll(ctx, go, [...new Set([...configured, ...candidates])], budget);

	const probeFor = (entry: ProxyEntry) => (entry.kind === 'off' ? undefined : probes.get(entry.kind === 'direct' ? 'direct' : normal(entry.url)));
	const outcomes: EntryOutcome[] = list.entries.map((entry) => {
		const probe = probeFor(entry);
		if (!probe || probe.outcome === 'not-found') return {kind: 'not-found'};
		return probe.outcome === 'ok' ? {kind: 'ok'} : {kind: 'error', class: probe.failure!.class};
	});
	const walk = list.error ? undefined : walkGoproxy(list.entries, outcomes);
	evidence.push(entriesTable(ctx, list.entries, list.ignored, probes, candidates.filter((c) => !configured.includes(c)), shippedUrls, walk?.servedBy, budget));

	const recommended = recommend(probes, candidates);
	const fixes = recommended && recommended !== value ? [recommendationFix(ctx, origin, value, recommended, goEnv.values.GOENV ?? '')] : [];

	if (list.error) return {...refused(t, value, list.error), docUrl, evidence, fixes};

	const plainHttp = list.entries.filter((e): e is Extract<ProxyEntry, {kind: 'proxy'}> => e.kind === 'proxy' && e.scheme === 'http' && !isLoopback(e.host));
	const servedBy = walk!.servedBy;
	if (servedBy === undefined) {
		const failedAt = walk!.failedAt ?? 0;
		const entry = list.entries[failedAt]!;
		const probe = probeFor(entry);
		if (probe?.run) evidence.push(goRunEvidence(t, probe.run, t('probe.goproxy.evidence.run', {target: probe.target})));
		if (probe?.chain) evidence.push(chainEvidence(t, probe.chain));
		if (!probe?.failure || probe.outcome === 'not-found') {
			return {status: 'error', summary: t('probe.goproxy.noneServes', {module: PROBE_MODULE}), why: t('probe.goproxy.noneServes.why'), docUrl, evidence, fixes};
		}
		// Only a comma after it makes go give up here; after a pipe it went on and failed later too.
		const stops = entry.kind === 'proxy' && !entry.fallBackOnError && failedAt < list.entries.length - 1 ? t('probe.goproxy.stopsComma') : '';
		return {
			status: 'error',
			summary: t('probe.goproxy.fails', {entry: probe.target, problem: failureShort(t, probe.failure), stops}),
			why: failureWhy(t, probe.failure, {prefix: PROBE_MODULE}),
			docUrl,
			evidence,
			fixes,
		};
	}

	const served = list.entries[servedBy]!;
	const servedProbe = probeFor(served)!;
	const time = timeText(t, servedProbe, budget.goMs);
	// Entries before the one that served that only said "not here" (404/410): go moves on by
	// design, the documented set-up of a proxy that serves only its own (private) modules.
	const notFoundFirst = servedBy > 0 && list.entries.slice(0, servedBy).every((entry) => probeFor(entry)?.outcome === 'not-found');
	if (servedBy > 0 && !notFoundFirst) {
		// The entry that failed for real (a 404/410 before it is only go's normal fallback).
		const failed = list.entries.slice(0, servedBy).map(probeFor).find((probe) => probe?.outcome === 'error')!;
		evidence.push(goRunEvidence(t, failed.run, t('probe.goproxy.evidence.run', {target: failed.target})));
		if (failed.chain) evidence.push(chainEvidence(t, failed.chain));
		return {
			status: 'warn',
			summary: t('probe.goproxy.fallback', {first: failed.target, problem: failureShort(t, failed.failure!), served: servedProbe.target, time}),
			why: failureWhy(t, failed.failure!, {prefix: PROBE_MODULE}),
			docUrl,
			evidence,
			fixes,
		};
	}
	if (plainHttp.length > 0) {
		return {status: 'warn', summary: t('probe.goproxy.plainHttp', {entries: joinList(t, plainHttp.map((e) => e.url))}), why: t('probe.goproxy.plainHttp.why'), docUrl, evidence, fixes};
	}
	if (notFoundFirst) {
		// No fix: putting a public proxy first would send private module paths to it.
		const first = probeFor(list.entries[0]!)!;
		return {status: 'info', summary: t('probe.goproxy.notFoundFirst', {first: first.target, served: servedProbe.target, time}), why: t('probe.goproxy.notFoundFirst.why'), docUrl, evidence};
	}
	return {status: 'ok', summary: t('probe.goproxy.ok', {entry: servedProbe.target, time}), evidence};
}

/**
 * What GOPROXY's value alone shows, by the rules of the Go that printed it (GOVERSION; the
 * current rules when unknown): null when only asking the proxies could tell more.
 * - Go 1.11 and 1.12 read one URL (a comma is an error) and fetch directly when it is empty;
 * - Go 1.13 to 1.20 use their built-in default when it is empty; `|` separates from Go 1.15;
 * - Go 1.21 and later take the default from $GOROOT/go.env, and an empty value is an error.
 */
export function judgeGoproxyValue(t: ProbeContext['t'], value: string, goEnv: GoEnvFact, platform: string): Pick<ProbeResult, 'status' | 'summary' | 'why'> | null {
	const version = versionFromGoVersionString(goEnv.values.GOVERSION ?? '');
	const before = (release: string) => version !== null && compareGoVersions(version, release) < 0;
	if (before('1.13')) {
		if (value.trim() === '' || value === 'direct') return {status: 'ok', summary: t('probe.goproxy.oldDirect', {version: `go${version}`})};
		if (value.includes(',')) return {status: 'error', summary: t('probe.goproxy.oldComma', {value, version: `go${version}`}), why: t('probe.goproxy.invalidUrl.why')};
	}
	if (value.trim() === '' && before('1.21')) return null;
	if (value.includes('|') && before('1.15')) {
		return {status: 'error', summary: t('probe.goproxy.oldPipe', {value, version: `go${version}`}), why: t('probe.goproxy.invalidUrl.why')};
	}
	const list = parseGoproxy(value, platform);
	if (list.error) return refused(t, value, list.error);
	// `https://goproxy.cn;direct` or a space: one entry with a host no name server knows.
	const joined = list.entries.find((e) => e.kind === 'proxy' && /[;\s]/.test(e.raw));
	if (joined) return {status: 'error', summary: t('probe.goproxy.badSeparator', {entry: joined.raw}), why: t('probe.goproxy.invalidUrl.why')};
	const plainHttp = list.entries.filter((e): e is Extract<ProxyEntry, {kind: 'proxy'}> => e.kind === 'proxy' && e.scheme === 'http' && !isLoopback(e.host));
	if (plainHttp.length > 0) return {status: 'warn', summary: t('probe.goproxy.plainHttp', {entries: joinList(t, plainHttp.map((e) => e.url))}), why: t('probe.goproxy.plainHttp.why')};
	return null;
}

/** A list go refuses, in go's own words. */
function refused(t: ProbeContext['t'], value: string, error: NonNullable<ReturnType<typeof parseGoproxy>['error']>): Pick<ProbeResult, 'status' | 'summary' | 'why'> {
	const failure = {class: error.class === 'goproxy-invalid-url' ? ('unrecognized' as const) : error.class, line: error.message};
	return {
		status: 'error',
		summary: t('probe.goproxy.refused', {value, message: error.message}),
		why: error.class === 'goproxy-invalid-url' ? t('probe.goproxy.invalidUrl.why') : failureWhy(t, failure),
	};
}

function entriesTable(
	ctx: ProbeContext,
	entries: readonly ProxyEntry[],
	ignored: readonly string[],
	probes: ReadonlyMap<string, EntryProbe>,
	extraCandidates: readonly string[],
	shippedDefaults: readonly string[],
	servedBy: number | undefined,
	budget: NetworkBudget,
): Evidence {
	const {t} = ctx;
	const row = (index: string, entry: string, then: string, probe: EntryProbe | undefined, note: string, tone?: 'good' | 'bad' | 'warn' | 'muted') => ({
		index,
		entry,
		then,
		result: probe ? (probe.outcome === 'ok' ? 'ok' : failureLabel(probe.failure!)) : '',
		time: probe ? timeText(t, probe, budget.goMs) : '',
		// go's own words for a failure stay visible beside any note (a candidate, an entry not reached).
		note: probe?.failure ? (note ? t('probe.goproxy.note.failed', {note, line: probe.failure.line}) : probe.failure.line) : note,
		...(tone ? {_tone: tone} : probe && probe.outcome === 'error' ? {_tone: 'bad' as const} : {}),
	});
	const rows = entries.map((entry, i) => {
		const then = entry.kind === 'proxy' ? (i === entries.length - 1 ? t('probe.goproxy.then.end') : entry.fallBackOnError ? t('probe.goproxy.then.pipe') : t('probe.goproxy.then.comma')) : t('probe.goproxy.then.end');
		if (entry.kind === 'off') return row(String(i + 1), 'off', then, undefined, t('probe.goproxy.note.off'), 'muted');
		const probe = probes.get(entry.kind === 'direct' ? 'direct' : normal(entry.url));
		const label = entry.kind === 'direct' ? 'direct' : entry.prefixed ? `${entry.raw} → ${entry.url}` : entry.url;
		if (servedBy !== undefined && i === servedBy) return row(String(i + 1), label, then, probe, t('probe.goproxy.note.serves'), 'good');
		if (servedBy !== undefined && i > servedBy) return row(String(i + 1), label, then, probe, entry.kind === 'direct' ? t('probe.goproxy.note.directLater') : t('probe.goproxy.note.notReached'), probe?.outcome === 'ok' ? 'muted' : undefined);
		return row(String(i + 1), label, then, probe, '');
	});
	for (const raw of ignored) rows.push(row('', raw, '', undefined, t('probe.goproxy.note.ignored'), 'muted'));
	for (const url of extraCandidates) rows.push(row('', url, '', probes.get(url), shippedDefaults.includes(url) ? t('probe.goproxy.note.goDefault') : t('probe.goproxy.note.candidate'), 'muted'));
	return {
		kind: 'table',
		title: t('probe.goproxy.evidence.entries', {module: PROBE_MODULE}),
		columns: [
			{key: 'index', label: '#'},
			{key: 'entry', label: t('probe.goproxy.column.entry')},
			{key: 'then', label: t('probe.goproxy.column.then')},
			{key: 'result', label: t('probe.goproxy.column.result')},
			{key: 'time', label: t('probe.goproxy.column.time')},
			{key: 'note', label: t('column.note')},
		],
		rows,
	};
}

/** Reachable candidates, fastest first (go's own timing), then `direct`. Plain http only on this machine. */
function recommend(probes: ReadonlyMap<string, EntryProbe>, candidates: readonly string[]): string | undefined {
	const reachable = candidates
		.map((url) => probes.get(url)!)
		.filter((probe) => probe.outcome === 'ok' && (!probe.target.startsWith('http://') || isLoopback(hostOf(probe.target))))
		.sort((a, b) => (a.latencyMs ?? a.wallMs) - (b.latencyMs ?? b.wallMs));
	if (reachable.length === 0) return undefined;
	return [...reachable.slice(0, RECOMMENDED_PROXIES).map((probe) => probe.target), 'direct'].join(',');
}

/**
 * GOPROXY set to the recommendation where go takes it from today (settingWrite): the registry
 * variable or the profile line that overrides the go env file is itself changed, so a new
 * terminal gets the new list instead of bringing the old one back.
 */
function recommendationFix(ctx: ProbeContext, origin: SettingOrigin, current: string, recommended: string, goenvFile: string): Fix {
	const {t, sys} = ctx;
	const shell = defaultShell(sys.platform);
	const {changes, layer} = settingWrite(origin, recommended, goenvFile);
	const shownCurrent = current || t('evidence.empty');
	const description =
		layer === 'registry-user'
			? t('probe.goproxy.fix.registry', {current: shownCurrent, where: origin.where ?? ''})
			: layer === 'shell-profile'
				? t('probe.goproxy.fix.profile', {current: shownCurrent, where: origin.where ?? ''})
				: layer === 'go-env-file-overridden'
					? t('probe.goproxy.fix.osOverride', {value: origin.osValue ?? ''})
					: t('probe.goproxy.fix.description', {current: shownCurrent});
	return {
		id: 'set-goproxy',
		...fixTitle(t, 'probe.goproxy.fix.title', {value: recommended}),
		description,
		changes,
		needsAdmin: false,
		reversible: true,
		...restartHintOf(t, layer === 'go-env-file' ? 'fix.restart.none' : layer === 'shell-profile' ? 'fix.restart.newShell' : 'fix.restart.newTerminal'),
		...(layer === 'go-env-file-overridden' ? {manualCommands: [unsetSessionVariable(shell, 'GOPROXY')]} : {}),
	};
}
