import type {Probe, ProbeContext} from '../engine/probe.js';
import type {Evidence, ProbeResult} from '../model/finding.js';
import type {Change, Fix} from '../model/fix.js';
import {effectiveValue, gitConfig} from '../facts/git.js';
import {registryEnvironment} from '../facts/windows-env.js';
import {goProxyConfig, parseProxyValue, proxyFor} from '../net/http-proxy.js';
import {hostOnly, parseGoproxy} from '../net/goproxy-list.js';
import {parseGoUrl} from '../net/go-url.js';
import {redactSecrets} from '../redact/secrets.js';
import {USER_ENVIRONMENT_KEY} from '../system/registry.js';
import {redactResult} from './goproxy.js';
import {joinClauses} from '../i18n/index.js';

export const INTERNET_SETTINGS_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';

const PROXY_NAMES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

export interface SystemProxy {
	enabled: boolean;
	/** `host:port` for https traffic, from `host:port` or `http=…;https=…`. */
	server?: string;
	override?: string;
	pac?: string;
}

/** Internet Settings as Windows stores them (what browsers use; go does not read them). */
export function parseInternetSettings(values: ReadonlyArray<{name: string; data: string}>): SystemProxy {
	const get = (name: string) => values.find((v) => v.name.toLowerCase() === name.toLowerCase())?.data;
	const raw = get('ProxyServer') ?? '';
	let server: string | undefined = raw || undefined;
	if (raw.includes('=')) {
		const parts = Object.fromEntries(raw.split(';').map((part) => part.split('=', 2) as [string, string]).map(([k, v]) => [k.trim().toLowerCase(), (v ?? '').trim()]));
		server = parts.https || parts.http || undefined;
	}
	const pac = get('AutoConfigURL');
	const override = get('ProxyOverride');
	return {enabled: get('ProxyEnable') === '1', ...(server ? {server} : {}), ...(override ? {override} : {}), ...(pac ? {pac} : {})};
}

/** ProxyOverride (`<local>;*.corp.example;10.*`) in NO_PROXY terms; `<local>` has no equivalent. */
export function overrideToNoProxy(override: string): string {
	const out = ['localhost', '127.0.0.1'];
	for (const raw of override.split(';')) {
		const entry = raw.trim();
		if (!entry || entry === '<local>') continue;
		const ip = /^(\d{1,3}(?:\.\d{1,3}){0,2})\.\*$/.exec(entry);
		if (ip) {
			const octets = ip[1]!.split('.');
			out.push(`${[...octets, ...Array(4 - octets.length).fill('0')].join('.')}/${octets.length * 8}`);
		} else if (entry.startsWith('*.')) out.push(entry.slice(1));
		else if (!entry.includes('*')) out.push(entry);
	}
	return [...new Set(out)].join(',');
}

/**
 * The proxy variables go reads (and those it does not), which proxy each module host goes
 * through, the Windows system proxy that browsers use and go ignores, and the certificate
 * variables go reads on Linux only.
 */
export const proxyEnv: Probe = {
	id: 'proxy-env',
	family: 'network',
	title: 'probe.proxy-env.title',
	async run(ctx) {
		return redactResult(await runProxyEnv(ctx));
	},
};

async function runProxyEnv(ctx: ProbeContext): Promise<ProbeResult> {
	const {facts, sys, t} = ctx;
	const windows = sys.platform === 'win32';
	const getenv = (name: string) => sys.getenv(name);
	const config = goProxyConfig(getenv);
	const problems: string[] = [];
	const notes: string[] = [];
	const evidence: Evidence[] = [];
	const fixes: Fix[] = [];

	// The variables, as go reads them: upper case first; names differ only on Unix.
	const names = windows ? PROXY_NAMES.filter((n) => n === n.toUpperCase()) : PROXY_NAMES;
	const used = new Set([config.https?.name, config.http?.name, config.noProxy?.name]);
	const rows = names.flatMap((name) => {
		const value = sys.getenv(name);
		if (value === undefined || value === '') return [];
		const upper = name.toUpperCase();
		let note: string;
		if (upper === 'ALL_PROXY') note = t('probe.proxy-env.note.allProxy');
		else if (used.has(name)) note = upper === 'NO_PROXY' ? t('probe.proxy-env.note.noProxy') : parseProxyValue(value) ? t('probe.proxy-env.note.used') : t('probe.proxy-env.note.invalid');
		else note = t('probe.proxy-env.note.shadowed', {winner: upper});
		return [{name, value: redactSecrets(value), note, ...(used.has(name) ? {} : {_tone: 'muted' as const})} satisfies VariableRow];
	});
	evidence.push(variableTable(ctx, t('probe.proxy-env.evidence.variables'), rows.length > 0 ? rows : [{name: 'HTTPS_PROXY', value: t('evidence.notSet'), note: t('probe.proxy-env.note.direct'), _tone: 'muted'}]));

	if (!windows) {
		for (const [upper, lower] of [
			['HTTPS_PROXY', 'https_proxy'],
			['HTTP_PROXY', 'http_proxy'],
			['NO_PROXY', 'no_proxy'],
		] as const) {
			const a = sys.getenv(upper);
			const b = sys.getenv(lower);
			if (a && b && a !== b) problems.push(t('probe.proxy-env.conflict', {upper, lower}));
		}
	}
	for (const variable of [config.https, config.http]) {
		if (variable && !parseProxyValue(variable.value)) problems.push(t('probe.proxy-env.invalid', {name: variable.name, value: redactSecrets(variable.value)}));
	}
	if (!config.https && !config.http && (sys.getenv('ALL_PROXY') || sys.getenv('all_proxy'))) problems.push(t('probe.proxy-env.allProxyOnly'));

	// Where go sends its requests for each module host.
	const goEnv = await facts.goEnv();
	const hosts = new Map<string, {scheme: string; host: string; port: string}>();
	const list = parseGoproxy(goEnv?.ok ? goEnv.values.GOPROXY ?? '' : sys.getenv('GOPROXY') ?? '', sys.platform);
	for (const entry of list.entries) {
		if (entry.kind !== 'proxy' || entry.scheme === 'file') continue;
		const parsed = parseGoUrl(entry.url);
		if (!parsed.ok) continue;
		const port = parsed.url.host.slice(hostOnly(parsed.url.host).length + 1);
		hosts.set(entry.url, {scheme: entry.scheme, host: hostOnly(parsed.url.host), port});
	}
	if (hosts.size > 0 && (config.https || config.http)) {
		evidence.push({
			kind: 'table',
			title: t('probe.proxy-env.evidence.routes'),
			columns: [
				{key: 'url', label: 'GOPROXY'},
				{key: 'route', label: t('probe.proxy-env.column.route')},
			],
			rows: [...hosts].map(([url, target]) => {
				const decision = proxyFor(config, target);
				const route =
					decision.kind === 'proxy'
						? t('probe.proxy-env.route.proxy', {proxy: redactSecrets(decision.proxy), variable: decision.variable})
						: decision.kind === 'refused-cgi'
							? t('probe.proxy-env.route.cgi')
							: t(`probe.proxy-env.route.${decision.reason}`, {match: decision.match ?? ''});
				return {url, route};
			}),
		});
	}

	// git (direct fetches) has its own proxy setting on top of the variables.
	const gitProxy = effectiveValue(await gitConfig(facts), 'http.proxy');
	if (gitProxy?.value) notes.push(t('probe.proxy-env.gitProxy', {value: gitProxy.value, scope: gitProxy.scope}));

	// Windows: the proxy browsers use, which go never reads.
	if (windows && sys.registry) {
		const values = (await sys.registry.readKey(INTERNET_SETTINGS_KEY)) ?? [];
		const system = parseInternetSettings(values);
		const shown = values.filter((v) => ['ProxyEnable', 'ProxyServer', 'ProxyOverride', 'AutoConfigURL'].includes(v.name));
		if (shown.length > 0) {
			evidence.push({
				kind: 'registry',
				title: t('probe.proxy-env.evidence.system'),
				values: shown.map((v) => ({hive: 'HKCU', key: INTERNET_SETTINGS_KEY.slice(5), name: v.name, type: v.type, raw: redactSecrets(v.data)})),
			});
		}
		const browserUsesProxy = (system.enabled && system.server) || system.pac;
		if (browserUsesProxy && !config.https) {
			if (system.enabled && system.server) {
				problems.push(t('probe.proxy-env.systemProxy', {server: system.server}));
				fixes.push(await systemProxyFix(ctx, system));
			} else {
				problems.push(t('probe.proxy-env.pac', {pac: system.pac!}));
			}
		}
	}

	// Certificates: go reads SSL_CERT_FILE / SSL_CERT_DIR only where it has no system verifier.
	const certRows: VariableRow[] = [];
	const systemVerifier = windows || sys.platform === 'darwin' || sys.platform === 'ios';
	for (const name of ['SSL_CERT_FILE', 'SSL_CERT_DIR']) {
		const value = sys.getenv(name);
		if (!value) continue;
		if (systemVerifier) {
			notes.push(t('probe.proxy-env.certIgnored', {name}));
			certRows.push({name, value, note: t('probe.proxy-env.note.certIgnored'), _tone: 'muted'});
			continue;
		}
		const paths = name === 'SSL_CERT_DIR' ? value.split(':').filter(Boolean) : [value];
		for (const path of paths) {
			const info = await sys.stat(path);
			const ok = name === 'SSL_CERT_DIR' ? info?.kind === 'dir' : info?.kind === 'file';
			certRows.push({name, value: path, note: ok ? t('probe.proxy-env.note.certUsed') : t('probe.proxy-env.note.certMissing'), ...(ok ? {} : {_tone: 'bad' as const})});
			if (!ok) problems.push(t('probe.proxy-env.certMissing', {name, path}));
		}
	}
	const gocertfile = sys.getenv('GOCERTFILE');
	if (gocertfile) {
		notes.push(t('probe.proxy-env.gocertfile'));
		certRows.push({name: 'GOCERTFILE', value: gocertfile, note: t('probe.proxy-env.note.gocertfile'), _tone: 'muted'});
	}
	if (certRows.length > 0) evidence.push(variableTable(ctx, t('probe.proxy-env.evidence.certs'), certRows));

	const why = t('probe.proxy-env.why');
	const docUrl = 'https://pkg.go.dev/net/http#ProxyFromEnvironment';
	if (problems.length > 0) return {status: 'warn', summary: joinClauses(t, problems), why, docUrl, evidence, fixes};
	if (notes.length > 0) return {status: 'info', summary: joinClauses(t, notes), why, docUrl, evidence};
	if (config.https || config.http) {
		const proxy = config.https ?? config.http!;
		return {status: 'ok', summary: t('probe.proxy-env.ok', {name: proxy.name, value: redactSecrets(proxy.value), noProxy: config.noProxy ? redactSecrets(config.noProxy.value) : t('evidence.notSet')}), evidence};
	}
	return {status: 'ok', summary: t('probe.proxy-env.none'), evidence};
}

type VariableRow = {name: string; value: string; note: string; _tone?: 'bad' | 'muted'};

function variableTable({t}: ProbeContext, title: string, rows: VariableRow[]): Evidence {
	return {
		kind: 'table',
		title,
		columns: [
			{key: 'name', label: t('column.name')},
			{key: 'value', label: t('column.value')},
			{key: 'note', label: t('column.note')},
		],
		rows,
	};
}

/** HTTPS_PROXY and HTTP_PROXY (and NO_PROXY) as user variables, from the system proxy. */
async function systemProxyFix(ctx: ProbeContext, system: SystemProxy): Promise<Fix> {
	const {facts, sys, t} = ctx;
	// HKCU\Environment as the run already read it (registry facts); read anew only if that failed.
	const environment = await registryEnvironment(facts);
	const current = (environment?.available ? environment.user : await sys.registry?.readKey(USER_ENVIRONMENT_KEY)) ?? [];
	const before = (name: string) => {
		const value = current.find((v) => v.name.toLowerCase() === name.toLowerCase());
		return value && (value.type === 'REG_SZ' || value.type === 'REG_EXPAND_SZ') ? {raw: value.data, type: value.type} : null;
	};
	const proxy = /^[a-z][a-z0-9+.-]*:\/\//i.test(system.server!) ? system.server! : `http://${system.server!}`;
	const changes: Change[] = ['HTTPS_PROXY', 'HTTP_PROXY'].map((name) => ({kind: 'registry-env', scope: 'user', name, before: before(name), after: {raw: proxy, type: 'REG_SZ'}}));
	if (system.override) changes.push({kind: 'registry-env', scope: 'user', name: 'NO_PROXY', before: before('NO_PROXY'), after: {raw: overrideToNoProxy(system.override), type: 'REG_SZ'}});
	return {
		id: 'use-system-proxy',
		title: t('probe.proxy-env.fix.title', {proxy}),
		description: t('probe.proxy-env.fix.description'),
		changes,
		needsAdmin: false,
		reversible: true,
		restartHint: t('fix.restart.newTerminal'),
	};
}
