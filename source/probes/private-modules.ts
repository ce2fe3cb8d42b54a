import net from 'node:net';
import type {Probe, ProbeContext} from '../engine/probe.js';
import type {Evidence, ProbeResult} from '../model/finding.js';
import type {Change, Fix} from '../model/fix.js';
import {privatePrefix} from '../explain/rules.js';
import {settingWrite} from '../fixes/setting-fixes.js';
import {gitBinary} from '../facts/git.js';
import {goSetting} from '../facts/go-settings.js';
import {classifyModule, classifySumdb} from '../net/classify.js';
import {failureLabel, failureShort, goRunEvidence} from '../net/describe.js';
import {goList, MATCH_NOTHING, type GoListResult} from '../net/go-list.js';
import {currentGoMod, fetchedModules, moduleHost} from '../net/go-mod.js';
import {parseGoproxy} from '../net/goproxy-list.js';
import {matchingPattern} from '../net/module-patterns.js';
import {DEFAULT_BUDGET, type NetworkBudget} from '../net/proxy-probe.js';
import {commandLine, defaultShell} from '../shell/syntax.js';
import {redactResult} from './goproxy.js';
import {joinClauses, joinList} from '../i18n/index.js';
import {attempt, shownSetting, showsSetting} from '../facts/partial.js';
import {missingFact} from '../engine/missing-fact.js';
import {goVersionOf, unknownToVersion} from '../facts/go-release-rules.js';
import {PROBE_MODULE} from '../net/proxy-probe.js';
import type {SettingOrigin} from '../facts/go-settings.js';

/** Modules asked about in one go run at most. */
const MAX_ASKED = 300;
const SHOWN_ROWS = 25;

/** Top-level names no public DNS answers for: a host under one of them is private by construction. */
const PRIVATE_SUFFIXES = /\.(?:local|localhost|internal|intranet|corp|lan|home|home\.arpa|private|test|example|invalid)$/;

/** A module host the public proxy and checksum database can never reach. */
export function isNonPublicHost(host: string): boolean {
	return net.isIP(host) !== 0 || PRIVATE_SUFFIXES.test(host);
}

type Verdict = 'public' | 'covered' | 'uncovered' | 'sumdb-uncovered' | 'inconsistent' | 'unknown' | 'not-checked';

interface ModuleRow {
	path: string;
	version: string;
	noProxy?: string;
	noSumdb?: string;
	verdict: Verdict;
	reason: string;
}

export function privateModulesProbe(budget: NetworkBudget = DEFAULT_BUDGET): Probe {
	return {
		id: 'private-modules',
		family: 'network',
		title: 'probe.private-modules.title',
		dependsOn: ['go-on-path'],
		// Its own settings are read offline too; only the proxy questions need the network.
		timeoutMs: budget.goMs + 5_000,
		async run(ctx) {
			return redactResult(await runPrivateModules(ctx, budget));
		},
	};
}

export const privateModules = privateModulesProbe();

/** The go.mod go would use from this folder with modules on: the nearest one up the tree, read as a file. */
async function goModAbove(sys: ProbeContext['sys'], from: string): Promise<string | undefined> {
	for (let dir = from; ; dir = sys.path.dirname(dir)) {
		const file = sys.path.join(dir, 'go.mod');
		if ((await sys.stat(file))?.kind === 'file') return file;
		if (sys.path.dirname(dir) === dir) return undefined;
	}
}

async function runPrivateModules(ctx: ProbeContext, budget: NetworkBudget): Promise<ProbeResult> {
	const {facts, sys, t} = ctx;
	const goEnv = await facts.goEnv();
	// Before Go 1.13 go has no GOPRIVATE: it fetches every module directly with git.
	const version = goVersionOf(goEnv);
	const since = unknownToVersion(version, 'GOPRIVATE');
	if (since) return {status: 'skipped', summary: t('release.notKnown', {version: version!, name: 'GOPRIVATE', since})};
	const goRead = await attempt(() => facts.goBinary());
	if ((goRead.ok && !goRead.value) || !goEnv?.ok) return {status: 'unknown', summary: t('net.noGo')};
	const go = goRead.ok ? goRead.value! : '';
	const modRead = await attempt(async () => {
		shownSetting(goEnv, 'GOMOD');
		return currentGoMod(facts);
	});
	const v = goEnv.values;
	const goprivate = v.GOPRIVATE ?? '';
	const noProxy = v.GONOPROXY ?? goprivate;
	const noSumdb = v.GONOSUMDB ?? goprivate;
	// A partial paste may show some of the four and not the others: those are taken as go's default.
	const originOf = async (name: string): Promise<SettingOrigin> => {
		const read = await attempt(() => goSetting(facts, name));
		return read.ok ? read.value : {name, value: v[name] ?? (name === 'GOINSECURE' || name === 'GOPRIVATE' ? '' : goprivate), source: 'unknown'};
	};
	const [originPrivate, originNoProxy, originNoSumdb, originInsecure] = await Promise.all([originOf('GOPRIVATE'), originOf('GONOPROXY'), originOf('GONOSUMDB'), originOf('GOINSECURE')]);
	// Set on its own: in the environment or the go env file; in a paste that does not say where, a
	// value that differs from GOPRIVATE (go prints GOPRIVATE for an unset GONOPROXY/GONOSUMDB).
	const explicit = (o: SettingOrigin) => o.source === 'process' || o.source === 'go-env-file' || (o.source === 'unknown' && v[o.name] !== undefined && v[o.name] !== goprivate);
	const docUrl = 'https://go.dev/ref/mod#private-modules';
	// In a partial paste, a setting it leaves out is not known, not unset.
	const absent = (name: string) => (showsSetting(goEnv, name) ? t('evidence.notSet') : t(goEnv.pasted?.given === 'paste' ? 'snapshot.notInPaste' : 'snapshot.notInSnapshot'));
	const evidence: Evidence[] = [
		{
			kind: 'go-env',
			title: t('probe.private-modules.evidence.settings'),
			rows: [
				{name: 'GOPRIVATE', value: goprivate || absent('GOPRIVATE'), source: originPrivate.source, ...(originPrivate.where ? {where: originPrivate.where} : {})},
				{name: 'GONOPROXY', value: noProxy || absent('GONOPROXY'), source: originNoProxy.source, ...(explicit(originNoProxy) ? {} : {note: t('probe.private-modules.defaultsToPrivate')})},
				{name: 'GONOSUMDB', value: noSumdb || absent('GONOSUMDB'), source: originNoSumdb.source, ...(explicit(originNoSumdb) ? {} : {note: t('probe.private-modules.defaultsToPrivate')})},
				{name: 'GOINSECURE', value: v.GOINSECURE || absent('GOINSECURE'), source: originInsecure.source, ...(v.GOINSECURE ? {tone: 'warn' as const} : {})},
			],
		},
	];

	// Settings that contradict each other, whatever the module.
	const warnings: string[] = [];
	const patterns = (list: string) => list.split(',').map((p) => p.trim().replace(/\/$/, '')).filter(Boolean);
	for (const [name, list, origin] of [
		['GONOPROXY', noProxy, originNoProxy],
		['GONOSUMDB', noSumdb, originNoSumdb],
	] as const) {
		if (!goprivate || !explicit(origin)) continue;
		const missing = patterns(goprivate).filter((p) => !matchingPattern(list, p.replace(/[*?[\]\\]/g, 'x')));
		if (missing.length > 0) warnings.push(t('probe.private-modules.override', {name, value: list || t('evidence.empty'), missing: missing.join(',')}));
	}
	if (v.GOINSECURE) warnings.push(t('probe.private-modules.insecure', {value: v.GOINSECURE}));
	warnings.unshift(...patternWarnings(t, {GOPRIVATE: goprivate, GONOPROXY: explicit(originNoProxy) ? noProxy : '', GONOSUMDB: explicit(originNoSumdb) ? noSumdb : '', GOINSECURE: v.GOINSECURE ?? ''}));

	if (!modRead.ok || (!goRead.ok && modRead.value)) {
		// A paste: the settings are judged; which required modules are private is not known.
		const missing = !modRead.ok ? modRead.missing : !goRead.ok ? goRead.missing : undefined;
		if (warnings.length > 0) return {status: 'warn', summary: joinClauses(t, warnings), why: t('probe.private-modules.why'), docUrl, evidence};
		// A partial paste that leaves GOPRIVATE out says nothing about it: not "not set".
		if (!showsSetting(goEnv, 'GOPRIVATE')) {
			const given = goEnv.pasted?.given === 'paste' ? 'paste' : 'snapshot';
			return {status: 'unknown', summary: t('missing.summary', {missing: t(`missing.${given}.variable`, {name: 'GOPRIVATE'}), consequence: t('probe.private-modules.cannotTell')}), docUrl, evidence};
		}
		const known = goprivate ? t('probe.private-modules.patternsOk', {value: goprivate}) : t('probe.private-modules.noPatterns');
		return {status: 'info', summary: joinClauses(t, [known, t('missing.summary', {missing: missingFact(t, missing!, 'private-modules'), consequence: t('probe.private-modules.cannotTell')})]), docUrl, evidence};
	}
	const mod = modRead.value;
	if (!mod) {
		if (warnings.length > 0) return {status: 'warn', summary: joinClauses(t, warnings), why: t('probe.private-modules.why'), docUrl, evidence};
		// go reports no go.mod (GOMOD empty) also when modules are off: there may well be one.
		const ignored = v.GO111MODULE?.trim() === 'off' ? await goModAbove(sys, sys.cwd()) : undefined;
		if (ignored) return {status: 'skipped', summary: t('probe.private-modules.modulesOff', {file: ignored}), evidence};
		return {status: 'skipped', summary: t('probe.private-modules.noModule'), evidence};
	}

	const modules = fetchedModules(mod.mod);
	const rows: ModuleRow[] = modules.map((m) => {
		const np = matchingPattern(noProxy, m.path);
		const ns = matchingPattern(noSumdb, m.path);
		const base = {path: m.path, version: m.version, ...(np ? {noProxy: np} : {}), ...(ns ? {noSumdb: ns} : {})};
		if (np && ns) return {...base, verdict: 'covered', reason: t('probe.private-modules.reason.covered')};
		if (np && !ns) return {...base, verdict: isNonPublicHost(moduleHost(m.path)) ? 'sumdb-uncovered' : 'inconsistent', reason: t('probe.private-modules.reason.noSumdbOnly')};
		if (isNonPublicHost(moduleHost(m.path))) return {...base, verdict: 'uncovered', reason: t('probe.private-modules.reason.nonPublicHost', {host: moduleHost(m.path)})};
		return {...base, verdict: 'not-checked', reason: ''};
	});

	// Ask the configured proxies (never `direct`: no git runs against private hosts) about the rest.
	const list = parseGoproxy(v.GOPROXY ?? '', sys.platform);
	const proxies = list.error ? [] : list.entries.filter((e) => e.kind === 'proxy');
	const proxyValue = proxies.map((e, i) => `${e.url}${i < proxies.length - 1 ? (e.fallBackOnError ? '|' : ',') : ''}`).join('');
	const toAsk = rows.filter((r) => r.verdict === 'not-checked').slice(0, MAX_ASKED);
	let run: GoListResult | undefined;
	if (toAsk.length > 0 && proxyValue && !ctx.offline) {
		ctx.progress(t('probe.private-modules.asking', {count: toAsk.length}));
		run = await goList(sys, {
			go,
			modules: toAsk.map((r) => `${r.path}@${r.version}`),
			env: {GOPROXY: proxyValue, GOSUMDB: v.GOSUMDB, GONOSUMDB: noSumdb || MATCH_NOTHING, GOPRIVATE: MATCH_NOTHING, GONOPROXY: MATCH_NOTHING},
			timeoutMs: budget.goMs,
			signal: ctx.signal,
		});
		for (const row of toAsk) {
			const failure = classifyModule(run, row.path) ?? classifySumdb(run, row);
			if (!failure) {
				row.verdict = 'public';
			} else if (failure.class === 'sumdb-private-module') {
				row.verdict = 'sumdb-uncovered';
				row.reason = t('probe.private-modules.reason.sumdb', {problem: failureLabel(failure)});
			} else if (failure.class === 'module-not-found' || failure.class === 'proxy-http-error') {
				row.verdict = 'uncovered';
				row.reason = t('probe.private-modules.reason.proxy', {problem: failureShort(t, failure)});
			} else {
				row.verdict = 'unknown';
				row.reason = failureShort(t, failure);
			}
		}
	}
	for (const row of rows) if (row.verdict === 'not-checked') row.reason = ctx.offline ? t('probe.private-modules.reason.offline') : proxyValue ? t('probe.private-modules.reason.notAsked') : t('probe.private-modules.reason.noProxy');

	const inconsistent = rows.filter((r) => r.verdict === 'inconsistent');
	if (inconsistent.length > 0) warnings.push(t('probe.private-modules.inconsistent', {count: inconsistent.length, modules: joinList(t, inconsistent.slice(0, 3).map((r) => r.path))}));
	const uncovered = rows.filter((r) => r.verdict === 'uncovered' || r.verdict === 'sumdb-uncovered');
	const covered = rows.filter((r) => r.verdict === 'covered');
	const unknown = rows.filter((r) => r.verdict === 'unknown');
	const publicCount = rows.filter((r) => r.verdict === 'public').length;
	const shown = [...uncovered, ...inconsistent, ...unknown, ...covered, ...rows.filter((r) => r.verdict === 'not-checked')];
	evidence.push({
		kind: 'table',
		title: t('probe.private-modules.evidence.modules', {file: mod.file, count: modules.length, public: publicCount}),
		columns: [
			{key: 'module', label: t('probe.private-modules.column.module')},
			{key: 'version', label: t('column.version')},
			{key: 'noProxy', label: 'GONOPROXY'},
			{key: 'noSumdb', label: 'GONOSUMDB'},
			{key: 'verdict', label: t('probe.private-modules.column.verdict')},
			{key: 'reason', label: t('column.note')},
		],
		rows: shown.slice(0, SHOWN_ROWS).map((r) => ({
			module: r.path,
			version: r.version,
			noProxy: r.noProxy ?? '-',
			noSumdb: r.noSumdb ?? '-',
			verdict: t(`probe.private-modules.verdict.${r.verdict}`),
			reason: r.reason,
			...(r.verdict === 'uncovered' || r.verdict === 'sumdb-uncovered' ? {_tone: 'bad' as const} : r.verdict === 'covered' ? {_tone: 'good' as const} : r.verdict === 'unknown' || r.verdict === 'inconsistent' ? {_tone: 'warn' as const} : {_tone: 'muted' as const}),
		})),
	});
	if (run && uncovered.length + unknown.length > 0) evidence.push(goRunEvidence(t, run, t('probe.private-modules.evidence.run')));

	if (uncovered.length > 0) {
		const prefixes = [...new Set(uncovered.map((r) => privatePrefix(r.path)))];
		const fix = privateFix(ctx, {goprivate, noProxy, noSumdb, prefixes, originPrivate, originNoProxy, originNoSumdb, explicitNoProxy: explicit(originNoProxy), explicitNoSumdb: explicit(originNoSumdb), goenvFile: v.GOENV ?? ''});
		const summary = t('probe.private-modules.uncovered', {count: uncovered.length, modules: joinList(t, uncovered.slice(0, 3).map((r) => r.path)), command: fix.command});
		// go fetches a GOPRIVATE module with git: without git the fix would trade one failure for
		// another (and the git check would turn red). Say so instead of offering it.
		const git = await gitBinary(facts);
		return {
			status: 'error',
			summary: git ? summary : joinClauses(t, [summary, t('probe.private-modules.needsGit')]),
			why: t('probe.private-modules.why'),
			docUrl,
			evidence,
			fixes: git ? [fix.fix] : [],
		};
	}
	if (warnings.length > 0) return {status: 'warn', summary: joinClauses(t, warnings), why: t('probe.private-modules.why'), docUrl, evidence};
	if (unknown.length > 0) {
		return {status: 'unknown', summary: t('probe.private-modules.unknown', {count: unknown.length, modules: joinList(t, unknown.slice(0, 3).map((r) => r.path))}), docUrl, evidence};
	}
	const notChecked = rows.filter((r) => r.verdict === 'not-checked').length;
	if (notChecked > 0 && ctx.offline) return {status: 'unknown', summary: t('probe.private-modules.offline', {count: notChecked}), evidence};
	if (notChecked > 0) {
		return {status: 'info', summary: t(proxyValue ? 'probe.private-modules.tooMany' : 'probe.private-modules.noProxy', {count: notChecked, covered: covered.length}), evidence};
	}
	if (covered.length > 0) return {status: 'ok', summary: t('probe.private-modules.okCovered', {count: covered.length, public: publicCount}), evidence};
	return {status: 'ok', summary: t('probe.private-modules.ok', {count: modules.length}), evidence};
}

/** A public module path no private pattern should match: only `*`, a whole host or `*.com` do. */
const PUBLIC_EXAMPLE = 'github.com/public-example/module';

/**
 * What the patterns alone show, as go reads them (module.MatchPrefixPatterns): a pattern that
 * can never match a module path (a URL scheme, a version after @, a space, capitals in the
 * host, backslashes), and GOPRIVATE or GONOPROXY so wide that public modules skip the proxy.
 */
export function patternWarnings(t: ProbeContext['t'], lists: Readonly<Record<'GOPRIVATE' | 'GONOPROXY' | 'GONOSUMDB' | 'GOINSECURE', string>>): string[] {
	const warnings: string[] = [];
	for (const [name, list] of Object.entries(lists)) {
		for (const raw of list.split(',')) {
			if (raw.trim() === '') continue;
			const reason = neverMatches(raw);
			if (reason) warnings.push(t('probe.private-modules.neverMatches', {name, pattern: raw, reason: t(`probe.private-modules.neverMatches.${reason}`)}));
		}
	}
	for (const name of ['GOPRIVATE', 'GONOPROXY'] as const) {
		const wide = matchingPattern(lists[name], PROBE_MODULE) ?? matchingPattern(lists[name], PUBLIC_EXAMPLE);
		if (wide !== undefined) {
			warnings.push(t('probe.private-modules.noProxyWide', {name, pattern: wide, module: matchingPattern(lists[name], PROBE_MODULE) !== undefined ? PROBE_MODULE : PUBLIC_EXAMPLE}));
			// GOPRIVATE covers GONOPROXY when that is not set on its own: one warning is enough.
			if (name === 'GOPRIVATE' && lists.GONOPROXY === '') break;
		}
	}
	return warnings;
}

type NeverReason = 'scheme' | 'version' | 'space' | 'capitals' | 'backslash';

function neverMatches(pattern: string): NeverReason | null {
	if (pattern !== pattern.trim()) return 'space';
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pattern)) return 'scheme';
	if (pattern.includes('@')) return 'version';
	if (pattern.includes('\\')) return 'backslash';
	const host = pattern.split('/')[0] ?? '';
	if (/[A-Z]/.test(host)) return 'capitals';
	return null;
}

interface PrivateFixInput {
	goprivate: string;
	noProxy: string;
	noSumdb: string;
	prefixes: string[];
	originPrivate: Awaited<ReturnType<typeof goSetting>>;
	originNoProxy: Awaited<ReturnType<typeof goSetting>>;
	originNoSumdb: Awaited<ReturnType<typeof goSetting>>;
	explicitNoProxy: boolean;
	explicitNoSumdb: boolean;
	goenvFile: string;
}

/** GOPRIVATE with the missing prefixes appended; GONOPROXY/GONOSUMDB too when they are set on their own (they no longer follow GOPRIVATE then). */
function privateFix(ctx: ProbeContext, input: PrivateFixInput): {fix: Fix; command: string} {
	const {t, sys} = ctx;
	const append = (list: string, add: string[]) => [...list.split(',').map((p) => p.trim()).filter(Boolean), ...add.filter((p) => !matchingPattern(list, p))].join(',');
	// Each written where go takes it from today (a registry variable, a profile line, else the
	// go env file), so the change takes effect instead of hiding under an OS variable.
	const changes: Change[] = [];
	const next = append(input.goprivate, input.prefixes);
	const written = settingWrite(input.originPrivate, next, input.goenvFile);
	changes.push(...written.changes);
	const commands = [commandLine(defaultShell(sys.platform), ['go', 'env', '-w', `GOPRIVATE=${next}`])];
	for (const [origin, list, isExplicit] of [
		[input.originNoProxy, input.noProxy, input.explicitNoProxy],
		[input.originNoSumdb, input.noSumdb, input.explicitNoSumdb],
	] as const) {
		if (!isExplicit) continue;
		const value = append(list, input.prefixes);
		if (value === list) continue;
		changes.push(...settingWrite(origin, value, input.goenvFile).changes);
		commands.push(commandLine(defaultShell(sys.platform), ['go', 'env', '-w', `${origin.name}=${value}`]));
	}
	return {
		command: commands[0]!,
		fix: {
			id: 'add-goprivate',
			title: t('probe.private-modules.fix.title', {prefixes: input.prefixes.join(',')}),
			description:
				written.layer === 'go-env-file-overridden'
					? t('probe.private-modules.fix.osOverride', {commands: commands.join(' ; '), value: input.originPrivate.osValue ?? ''})
					: written.layer === 'go-env-file'
						? t('probe.private-modules.fix.description', {commands: commands.join(' ; ')})
						: t('probe.private-modules.fix.where', {where: input.originPrivate.where ?? '', value: next}),
			changes,
			needsAdmin: false,
			reversible: true,
			restartHint: t(written.layer === 'go-env-file' ? 'fix.restart.none' : written.layer === 'shell-profile' ? 'fix.restart.newShell' : 'fix.restart.newTerminal'),
		},
	};
}
