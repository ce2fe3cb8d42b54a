import type {Probe, ProbeContext} from '../engine/probe.js';
import type {Evidence, ProbeResult} from '../model/finding.js';
import type {Fix} from '../model/fix.js';
import {findAllOnPath} from '../facts/path-lookup.js';
import {credentialHelperChain, gitBinary, gitConfig, gitExecPath, hostOfUrl, insteadOfRules, urlScopedHelpers, type HelperEntry} from '../facts/git.js';
import {cmdkeyDeleteTarget, defaultStoreFiles, keychainCredentials, storeFileCredentials, windowsCredentials, type CachedCredential} from '../facts/git-credentials.js';
import {currentGoMod, fetchedModules, moduleHost} from '../net/go-mod.js';
import {pathMatch} from '../net/module-patterns.js';
import {credentialHelpersFor} from '../net/git-urlmatch.js';
import {system32} from '../system/windows-registry.js';
import {joinClauses, joinList, withNote} from '../i18n/index.js';
import {userShellSyntax} from '../shell/detect.js';
import {commandLine} from '../shell/syntax.js';
import {fixTitle} from '../i18n/text.js';
import {unreadableList} from '../i18n/read-reason.js';

type HelperState = 'ok' | 'shell' | 'missing' | 'deprecated' | 'deprecated-missing';

interface ResolvedHelper extends HelperEntry {
	name: string;
	program?: string;
	state: HelperState;
	url?: string;
}

/** Splits a helper value the way git's shell would, enough for `name --opt "a b"`. */
export function helperWords(value: string): string[] {
	return [...value.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

async function resolveHelper(ctx: ProbeContext, helper: HelperEntry, execPath: string | null): Promise<ResolvedHelper> {
	const {sys} = ctx;
	const value = helper.value.trim();
	if (value.startsWith('!')) return {...helper, name: value, state: 'shell'};
	const [first = ''] = helperWords(value);
	const deprecated = first === 'manager-core';
	const absolute = sys.path.isAbsolute(first) || /^[A-Za-z]:[\\/]/.test(first);
	let program: string | undefined;
	if (absolute) {
		program = (await sys.stat(first))?.kind === 'file' ? first : undefined;
	} else {
		const base = `git-credential-${first}`;
		// git looks in its exec path first, then PATH; Git for Windows also puts mingw64/bin first.
		const dirs = execPath ? [execPath, sys.path.join(execPath, '..', '..', 'bin')] : [];
		const found = (await Promise.all(dirs.map((dir) => findAllOnPath(sys, base, dir)))).flat();
		program = found[0] ?? (await findAllOnPath(sys, base))[0];
	}
	const state: HelperState = deprecated ? (program ? 'deprecated' : 'deprecated-missing') : program ? 'ok' : 'missing';
	return {...helper, name: first, ...(program ? {program} : {}), state};
}

/** Hosts whose credentials matter to go: GOPRIVATE-style patterns, go.mod requirements, insteadOf rules. */
async function relevantHosts(ctx: ProbeContext): Promise<{patterns: string[]; hosts: Set<string>; private: string[]}> {
	const [goEnv, mod, config] = await Promise.all([ctx.facts.goEnv(), currentGoMod(ctx.facts), gitConfig(ctx.facts)]);
	const values = goEnv?.ok ? goEnv.values : {};
	const globs = ['GOPRIVATE', 'GONOPROXY', 'GONOSUMDB'].flatMap((name) => (values[name] ?? ctx.sys.getenv(name) ?? '').split(',')).map((glob) => glob.trim().replace(/\/+$/, ''));
	const patterns = globs.map((glob) => glob.split('/')[0]!.toLowerCase()).filter(Boolean);
	const hosts = new Set<string>();
	for (const module of mod ? fetchedModules(mod.mod) : []) hosts.add(moduleHost(module.path));
	for (const rule of insteadOfRules(config)) {
		for (const url of [rule.base, rule.prefix]) {
			const host = hostOfUrl(url);
			if (host) hosts.add(host);
		}
	}
	return {patterns: [...new Set(patterns)], hosts, private: [...new Set(globs.filter(Boolean))]};
}

/**
 * The URL git is given for a host or GOPRIVATE pattern (`github.com/org` → https://github.com/org).
 * A glob label stands for any name there: `*.corp.example` is asked as x.corp.example.
 */
function targetUrl(name: string): string {
	return `https://${name.replace(/\*/g, 'x').replace(/[?[\]\\]/g, 'x')}`;
}

function isRelevant(host: string | null, relevant: {patterns: string[]; hosts: Set<string>}): boolean {
	if (!host) return false;
	const bare = host.replace(/:\d+$/, '');
	return relevant.hosts.has(bare) || relevant.patterns.some((pattern) => pathMatch(pattern, bare));
}

/**
 * The credential.helper chain with where each comes from, whether each helper still runs,
 * and the credentials cached for the hosts go fetches from, by target and user only.
 */
export const gitCredentials: Probe = {
	id: 'git-credentials',
	family: 'git',
	title: 'probe.git-credentials.title',
	dependsOn: ['git'],
	async run(ctx) {
		const unreadable: UnreadableStore[] = [];
		const result = await credentialsFinding(ctx, unreadable);
		if (unreadable.length === 0) return result;
		// A store file that is there but could not be read: what it caches is unknown, never "none".
		const {t} = ctx;
		const note = t('probe.git-credentials.storeUnreadable', {list: unreadableList(t, unreadable)});
		return {
			...result,
			status: result.status === 'ok' || result.status === 'info' ? 'warn' : result.status,
			summary: joinClauses(t, [result.summary, note]),
			evidence: [...(result.evidence ?? []), {kind: 'text', title: t('probe.git-credentials.evidence.unreadable'), text: note}],
		};
	},
};

/** A credential store file that may be there but could not be read (EACCES, EISDIR, EIO…). */
interface UnreadableStore {
	file: string;
	code: string;
}

async function credentialsFinding(ctx: ProbeContext, unreadable: UnreadableStore[]): Promise<ProbeResult> {
	const {facts, sys, t} = ctx;
	const [git, config, execPath] = await Promise.all([gitBinary(facts), gitConfig(facts), gitExecPath(facts)]);
	if (!git || !config) return {status: 'unknown', summary: t('probe.git.unavailable')};
	const {chain, reset} = credentialHelperChain(config);
	const helpers = await Promise.all(chain.map((helper) => resolveHelper(ctx, helper, execPath)));
	const scoped = await Promise.all(urlScopedHelpers(config).map(async (helper) => ({...(await resolveHelper(ctx, helper, execPath)), url: helper.url})));
	const relevant = await relevantHosts(ctx);
	// Per host go fetches from, the helpers git really asks: the chain for all URLs plus the
	// credential.<url>.helper entries whose pattern matches that host, in configuration order.
	const targets = [...new Set([...relevant.private, ...relevant.hosts])].map((name) => {
		const chain = credentialHelpersFor(config, targetUrl(name));
		return {name, private: relevant.private.includes(name), chain: chain.map((h) => [...scoped, ...helpers].find((r) => r.entry === h.entry)!)};
	});
	const applied = targets.flatMap((target) => target.chain.filter((h) => h.url !== undefined));

	const stateText = (h: ResolvedHelper) => t(`probe.git-credentials.state.${h.state}`);
	const evidence: Evidence[] = [
		{
			kind: 'table',
			title: t('probe.git-credentials.evidence.chain'),
			columns: [
				{key: 'index', label: '#'},
				{key: 'helper', label: t('probe.git-credentials.column.helper')},
				{key: 'for', label: t('probe.git-credentials.column.for')},
				{key: 'scope', label: t('git.column.scope')},
				{key: 'origin', label: t('git.column.origin')},
				{key: 'state', label: t('column.note')},
			],
			rows: [
				...reset.map((entry) => ({index: '', helper: t('probe.git-credentials.reset'), for: '', scope: entry.scope, origin: entry.file ?? entry.origin, state: '', _tone: 'muted' as const})),
				...[...helpers, ...scoped].map((h, index) => ({
					index: String(index + 1),
					helper: h.value,
					for: h.url ?? t('probe.git-credentials.allUrls'),
					scope: h.entry.scope,
					origin: h.entry.file ?? h.entry.origin,
					state: h.program ? withNote(t, stateText(h), h.program) : stateText(h),
					...(h.state === 'ok' || h.state === 'shell' ? {} : {_tone: h.state === 'deprecated' ? ('warn' as const) : ('bad' as const)}),
				})),
			],
		},
	];
	if (targets.length > 0) {
		evidence.push({
			kind: 'table',
			title: t('probe.git-credentials.evidence.perHost'),
			columns: [
				{key: 'host', label: t('probe.git-credentials.column.host')},
				{key: 'helpers', label: t('probe.git-credentials.column.helpers')},
			],
			rows: targets.map((target) => ({
				host: target.name,
				helpers: target.chain.length > 0 ? target.chain.map((h) => h.value).join(' → ') : t('probe.git-credentials.noHelper'),
				...(target.chain.length === 0 && target.private ? {_tone: 'warn' as const} : {}),
			})),
		});
	}

	// Cached credentials for the hosts that matter, from the stores the helpers use.
	const credentials: Array<CachedCredential & {helper: string}> = [];
	const unlisted: string[] = [];
	if (sys.platform === 'win32') {
		const listed = await windowsCredentials(facts);
		for (const c of listed?.credentials ?? []) credentials.push({...c, helper: 'Windows Credential Manager'});
	}
	// Helpers scoped to a host go uses hold credentials too; each helper read once.
	const inUse = [...helpers, ...applied].filter((h, index, all) => all.findIndex((o) => o.entry === h.entry) === index);
	for (const helper of inUse) {
		const words = helperWords(helper.value);
		if (helper.name === 'store') {
			const fileIndex = words.indexOf('--file');
			const inline = words.find((w) => w.startsWith('--file='));
			const files = fileIndex >= 0 && words[fileIndex + 1] ? [words[fileIndex + 1]!] : inline ? [inline.slice('--file='.length)] : defaultStoreFiles(facts);
			for (const file of files) {
				const expanded = file.startsWith('~') ? sys.path.join(sys.getenv('HOME') || sys.homedir(), file.slice(1)) : file;
				const stored = await storeFileCredentials(facts, expanded);
				if (stored.unreadable && !unreadable.some((u) => u.file === expanded)) unreadable.push({file: expanded, code: stored.unreadable});
				for (const c of stored.credentials) credentials.push({...c, helper: helper.value});
			}
		} else if (sys.platform === 'darwin' && (helper.name === 'osxkeychain' || helper.name === 'manager')) {
			const kind = helper.name === 'osxkeychain' ? 'internet' : 'generic';
			// The keychain is searched by server name: literal hosts only, not glob patterns.
			const hosts = [...new Set([...relevant.hosts, ...relevant.patterns.filter((p) => !/[*?[\\]/.test(p))])];
			const found = await Promise.all(hosts.map((host) => keychainCredentials(facts, host, kind)));
			for (const result of found) for (const c of result.credentials) credentials.push({...c, helper: helper.value});
		} else if (!(sys.platform === 'win32' && /^manager(?:-core)?$/.test(helper.name)) && (helper.state === 'ok' || helper.state === 'deprecated')) {
			unlisted.push(helper.value);
		}
	}
	const shown = credentials.filter((c) => isRelevant(c.host, relevant));
	// A host named both by GOPRIVATE and by go.mod is listed once.
	const relevantText = joinList(t, [...new Set([...relevant.patterns, ...relevant.hosts])]);
	evidence.push({
		kind: 'credentials',
		title: relevantText ? t('probe.git-credentials.evidence.credentials', {hosts: relevantText}) : t('probe.git-credentials.evidence.noHosts'),
		rows: shown.map((c) => ({target: c.target, user: c.user || '-', helper: c.helper})),
	});
	if (unlisted.length > 0) evidence.push({kind: 'text', title: t('probe.git-credentials.evidence.unlisted'), text: t('probe.git-credentials.unlisted', {helpers: joinList(t, unlisted)})});

	const fixes: Fix[] = [];
	for (const helper of helpers.filter((h) => h.state === 'deprecated' || h.state === 'deprecated-missing')) {
		const scope = helper.entry.scope === 'system' || helper.entry.scope === 'local' ? helper.entry.scope : 'global';
		const after = helper.value.replace(/^(\s*)manager-core\b/, '$1manager');
		// `git config` sets a key that has one value; with several at this scope (manager-core
		// then store), changing one is git's --replace-all with a value pattern: the person's
		// command, not a change the journal could take back value for value.
		const values = config.entries.filter((e) => e.key === 'credential.helper' && e.scope === helper.entry.scope && e.file === helper.entry.file).length;
		fixes.push({
			id: `rename-manager-core-${scope}`,
			...fixTitle(t, 'probe.git-credentials.fix.rename', {scope}),
			description: t('probe.git-credentials.fix.rename.description'),
			changes: values > 1 ? [] : [{kind: 'git-config', scope, key: 'credential.helper', before: helper.value, after}],
			needsAdmin: scope === 'system',
			reversible: true,
			...(values > 1 ? {manualCommands: [commandLine(await userShellSyntax(facts), ['git', 'config', `--${scope}`, '--replace-all', 'credential.helper', after, `^${helper.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`])]} : {}),
		});
	}
	shown.forEach((c, index) => fixes.push(eraseFix(ctx, git, c, index)));

	const why = t('probe.git-credentials.why');
	const docUrl = 'https://github.com/git-ecosystem/git-credential-manager/blob/main/docs/rename.md';
	const broken = helpers.filter((h) => h.state === 'deprecated-missing');
	const deprecated = helpers.filter((h) => h.state === 'deprecated');
	const missing = helpers.filter((h) => h.state === 'missing');
	const where = (h: ResolvedHelper) => `${h.entry.scope}${h.entry.file ? `, ${h.entry.file}` : ''}`;
	const count = {count: shown.length};
	if (broken.length > 0) {
		// git reports the missing helper and goes on to the next: with others after it, they still answer.
		const others = helpers.filter((h) => h.state === 'ok' || h.state === 'shell' || h.state === 'deprecated');
		const summary =
			others.length > 0
				? t('probe.git-credentials.managerCoreGone.others', {where: where(broken[0]!), others: joinList(t, others.map((h) => h.value))})
				: t('probe.git-credentials.managerCoreGone', {where: where(broken[0]!)});
		return {status: 'error', summary, why, docUrl, evidence, fixes};
	}
	if (deprecated.length > 0) {
		return {status: 'warn', summary: t('probe.git-credentials.managerCore', {where: where(deprecated[0]!)}), why, docUrl, evidence, fixes};
	}
	if (missing.length > 0) {
		return {status: 'warn', summary: t('probe.git-credentials.missing', {helper: missing[0]!.value, where: where(missing[0]!), program: `git-credential-${missing[0]!.name}`}), why, docUrl, evidence, fixes};
	}
	// "helper (scope, file) for host, host": the URL-scoped helpers that apply to hosts go uses,
	// or, when none does, every URL-scoped helper with the URLs it is for.
	const scopedText = joinClauses(
		t,
		applied.length > 0
			? [...new Set(applied.map((h) => h.entry))].map((entry) => {
					const helper = applied.find((h) => h.entry === entry)!;
					const hosts = targets.filter((target) => target.chain.some((h) => h.entry === entry)).map((target) => target.name);
					return t('probe.git-credentials.appliesTo', {helper: helper.value, where: where(helper), hosts: joinList(t, hosts)});
				})
			: scoped.map((helper) => t('probe.git-credentials.appliesTo', {helper: helper.value, where: where(helper), hosts: helper.url!})),
	);
	const uncovered = targets.filter((target) => target.private && target.chain.length === 0).map((target) => target.name);
	if (helpers.length === 0) {
		if (scoped.length === 0) {
			const needs = relevant.patterns.length > 0;
			return {status: needs ? 'warn' : 'info', summary: needs ? t('probe.git-credentials.noneButPrivate') : t('probe.git-credentials.none'), why, evidence, fixes};
		}
		if (uncovered.length > 0) {
			return {status: 'warn', summary: t('probe.git-credentials.scopedButPrivate', {hosts: joinList(t, uncovered), scoped: scopedText}), why, evidence, fixes};
		}
		return {status: applied.length > 0 ? 'ok' : 'info', summary: t('probe.git-credentials.scopedOnly', {scoped: scopedText, ...count}), evidence, fixes};
	}
	const summary = t('probe.git-credentials.ok', {helpers: helpers.map((h) => h.value).join(' → '), ...count});
	return {status: 'ok', summary: applied.length > 0 ? joinClauses(t, [summary, scopedText]) : summary, evidence, fixes};
}

function eraseFix(ctx: ProbeContext, git: string, c: CachedCredential & {helper: string}, index: number): Fix {
	const {t, sys} = ctx;
	const host = c.host ?? '';
	const viaCmdkey = c.store === 'windows-credential-manager';
	const stdin = [`protocol=${c.protocol ?? 'https'}`, `host=${host}`, ...(c.path ? [`path=${c.path.replace(/^\//, '')}`] : []), ...(c.user ? [`username=${c.user}`] : []), '', ''].join('\n');
	return {
		id: `erase-credential-${index + 1}`,
		...fixTitle(t, 'probe.git-credentials.fix.erase', {target: c.target, user: c.user || '-'}),
		description: t('probe.git-credentials.fix.erase.description'),
		changes: [
			{
				kind: 'credential-erase',
				store: c.store,
				target: c.target,
				host,
				user: c.user,
				argv: viaCmdkey ? [system32(sys.env(), 'cmdkey.exe'), `/delete:${cmdkeyDeleteTarget(c.target)}`] : [git, 'credential', 'reject'],
				...(viaCmdkey ? {} : {stdin}),
			},
		],
		needsAdmin: false,
		reversible: false,
	};
}
