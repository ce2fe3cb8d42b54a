import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import {pathModel} from '../facts/path-model.js';
import {registryEnvironment} from '../facts/windows-env.js';
import {joinList} from '../i18n/index.js';
import {installsOnPath} from '../facts/go-installs.js';
import {folderKey} from '../facts/path-model.js';
import {installText} from './install-evidence.js';
import {refreshSessionFix} from '../fixes/setting-fixes.js';
import {sessionPathCommand} from '../shell/syntax.js';

/** Variables composed specially (Path) or that Windows rewrites (TEMP/TMP get short names). */
const NOT_COMPARED = new Set(['PATH', 'LIBPATH', 'OS2LIBPATH', 'TEMP', 'TMP']);
const GO_RELEVANT = /^(GO|CGO_)|^(CC|CXX|PATH|PKG_CONFIG|HTTPS?_PROXY|NO_PROXY|SSL_CERT_(FILE|DIR))$/i;

/**
 * This terminal's environment against a fresh composition of the registry: the values a new
 * terminal would get. Every process keeps the environment it started with, so a Go install
 * or a PATH change made after this terminal opened is invisible here.
 */
export const staleSession: Probe = {
	id: 'stale-session',
	family: 'environment',
	title: 'probe.stale-session.title',
	platforms: ['win32'],
	async run({facts, sys, t}) {
		const registry = await registryEnvironment(facts);
		if (!registry?.available) {
			return {
				status: 'unknown',
				summary: t('probe.stale-session.noRegistry'),
				evidence: registry?.error ? [{kind: 'text', title: t('engine.evidence.error'), text: registry.error}] : [],
			};
		}
		const model = await pathModel(facts);
		const processEnv = new Map(Object.entries(sys.env()).map(([k, v]) => [k.toUpperCase(), {name: k, value: v}]));

		const differ = [...registry.variables.entries()]
			.filter(([key, v]) => v.scope !== 'builtin' && !NOT_COMPARED.has(key) && processEnv.get(key)?.value !== v.value)
			.map(([key, v]) => ({name: v.name, session: processEnv.get(key)?.value, fresh: v.value, scope: v.scope === 'user' ? ('user' as const) : ('system' as const)}));
		const sessionOnly = [...processEnv.entries()]
			.filter(([key]) => GO_RELEVANT.test(key) && !NOT_COMPARED.has(key) && !registry.variables.has(key))
			.map(([, v]) => v);
		const newEntries = model.notInSession;

		const evidence: Evidence[] = [];
		if (differ.length > 0) {
			evidence.push({
				kind: 'table',
				title: t('probe.stale-session.evidence.variables'),
				columns: [
					{key: 'name', label: t('column.name')},
					{key: 'session', label: t('probe.stale-session.column.session')},
					{key: 'fresh', label: t('probe.stale-session.column.fresh')},
					{key: 'scope', label: t('column.source')},
				],
				rows: differ.map((d) => ({
					name: d.name,
					session: d.session ?? t('evidence.notSet'),
					fresh: d.fresh,
					scope: t(`origin.${d.scope}`),
					...(GO_RELEVANT.test(d.name) ? {_tone: 'warn' as const} : {}),
				})),
			});
		}
		if (newEntries.length > 0) {
			evidence.push({
				kind: 'table',
				title: t('probe.stale-session.evidence.path'),
				columns: [
					{key: 'scope', label: t('column.source')},
					{key: 'raw', label: t('probe.stale-session.column.raw')},
					{key: 'expanded', label: t('column.path')},
				],
				rows: newEntries.map((e) => ({scope: t(`origin.${e.scope}`), raw: e.raw, expanded: e.expanded})),
			});
		}
		if (sessionOnly.length > 0) {
			evidence.push({
				kind: 'table',
				title: t('probe.stale-session.evidence.sessionOnly'),
				columns: [
					{key: 'name', label: t('column.name')},
					{key: 'value', label: t('column.value')},
				],
				rows: sessionOnly.map((v) => ({name: v.name, value: v.value})),
			});
		}
		evidence.push({
			kind: 'kv',
			title: t('probe.stale-session.evidence.summary'),
			rows: [
				{label: t('probe.stale-session.label.windowsTerminal'), value: sys.getenv('WT_SESSION') ? t('ui.yes') : t('ui.no')},
				{label: t('probe.stale-session.label.processOnlyPath'), value: String(model.entries.filter((e) => e.origin === 'process' && e.text !== '').length)},
			],
		});

		const goDiffer = differ.filter((d) => GO_RELEVANT.test(d.name));
		const why = t(sys.getenv('WT_SESSION') ? 'probe.stale-session.why.wt' : 'probe.stale-session.why');
		const fixes = [refreshSessionFix(t, sessionPathCommand('powershell', ''))];
		if (goDiffer.length > 0 || newEntries.length > 0) {
			// A Go installed after this terminal opened: name it, it is why go is missing here.
			const newKeys = new Set(newEntries.map((e) => folderKey(sys, e.expanded)));
			const goInstalled = (await installsOnPath(facts).catch(() => [])).filter((p) => p.entryIndex === null && newKeys.has(folderKey(sys, sys.path.join(p.install.root, 'bin'))));
			const names = [
				...goDiffer.map((d) => d.name),
				...(newEntries.length > 0 ? [t('probe.stale-session.pathEntries', {count: newEntries.length})] : []),
				...goInstalled.map((p) => t('probe.stale-session.goInstalled', {install: installText(t, p.install)})),
			];
			return {status: 'warn', summary: t('probe.stale-session.stale', {names: joinList(t, names)}), why, docUrl: 'https://learn.microsoft.com/windows/win32/procthread/environment-variables', evidence, fixes};
		}
		if (differ.length > 0 || sessionOnly.length > 0) {
			return {
				status: 'info',
				summary: t('probe.stale-session.minor', {
					names: joinList(t, [...differ.map((d) => d.name), ...sessionOnly.map((v) => t('probe.stale-session.onlyHere', {name: v.name}))]),
				}),
				why,
				evidence,
			};
		}
		return {status: 'ok', summary: t('probe.stale-session.ok'), evidence};
	},
};
