import net from 'node:net';
import {parseGoUrl} from './go-url.js';

/**
 * Which proxy Go's HTTP client uses for a URL: net/http.ProxyFromEnvironment, i.e.
 * golang.org/x/net/http/httpproxy. Upper case wins over lower case (the first non-empty);
 * https URLs use HTTPS_PROXY and http URLs HTTP_PROXY (ALL_PROXY is not read); NO_PROXY
 * holds hosts, `.domain` suffixes, `*.domain`, IPs and CIDRs, with optional ports, or `*`;
 * localhost and loopback addresses are never proxied. Nothing else is consulted: not the
 * Windows Internet Settings, not a PAC file, not git's http.proxy.
 */

export interface ProxyVariable {
	/** The variable that won, as spelled in the environment lookup (`HTTPS_PROXY` or `https_proxy`). */
	name: string;
	value: string;
}

export interface GoProxyConfig {
	http?: ProxyVariable;
	https?: ProxyVariable;
	noProxy?: ProxyVariable;
	cgi: boolean;
}

export type Getenv = (name: string) => string | undefined;

export function goProxyConfig(getenv: Getenv): GoProxyConfig {
	const any = (...names: string[]): ProxyVariable | undefined => {
		for (const name of names) {
			const value = getenv(name);
			if (value) return {name, value};
		}
		return undefined;
	};
	const http = any('HTTP_PROXY', 'http_proxy');
	const https = any('HTTPS_PROXY', 'https_proxy');
	const noProxy = any('NO_PROXY', 'no_proxy');
	return {...(http ? {http} : {}), ...(https ? {https} : {}), ...(noProxy ? {noProxy} : {}), cgi: Boolean(getenv('REQUEST_METHOD'))};
}

/** A proxy value as Go reads it: without a scheme it is taken as `http://value`. null = Go ignores it. */
export function parseProxyValue(value: string): {url: string; scheme: string; host: string; port: string} | null {
	const direct = parseGoUrl(value);
	const candidate = direct.ok && direct.url.scheme && direct.url.host ? value : `http://${value}`;
	const parsed = candidate === value ? direct : parseGoUrl(candidate);
	if (!parsed.ok || !parsed.url.host) return null;
	const {host} = parsed.url;
	const bracket = host.startsWith('[') ? host.indexOf(']') : -1;
	const colon = bracket >= 0 ? host.indexOf(':', bracket) : host.lastIndexOf(':');
	const hostname = colon >= 0 ? host.slice(0, colon) : host;
	const port = colon >= 0 ? host.slice(colon + 1) : '';
	return {url: candidate, scheme: parsed.url.scheme, host: hostname.replace(/^\[|\]$/g, ''), port};
}

export type ProxyDecision =
	| {kind: 'proxy'; proxy: string; variable: string}
	| {kind: 'direct'; reason: 'no-proxy-variable' | 'localhost' | 'loopback' | 'no-proxy-match' | 'invalid-proxy' | 'other-scheme'; match?: string}
	| {kind: 'refused-cgi'};

const DEFAULT_PORTS: Record<string, string> = {http: '80', https: '443', socks5: '1080'};

/** The proxy Go uses for `scheme://host[:port]`. */
export function proxyFor(config: GoProxyConfig, target: {scheme: string; host: string; port?: string}): ProxyDecision {
	const variable = target.scheme === 'https' ? config.https : target.scheme === 'http' ? config.http : undefined;
	if (target.scheme !== 'https' && target.scheme !== 'http') return {kind: 'direct', reason: 'other-scheme'};
	if (!variable) return {kind: 'direct', reason: 'no-proxy-variable'};
	const parsed = parseProxyValue(variable.value);
	if (!parsed) return {kind: 'direct', reason: 'invalid-proxy'};
	if (target.scheme === 'http' && config.cgi) return {kind: 'refused-cgi'};
	const host = target.host.toLowerCase().replace(/^\[|\]$/g, '');
	const port = target.port || DEFAULT_PORTS[target.scheme] || '';
	if (host === 'localhost') return {kind: 'direct', reason: 'localhost'};
	const ip = net.isIP(host) ? host : null;
	if (ip && isLoopback(ip)) return {kind: 'direct', reason: 'loopback'};
	const match = noProxyMatch(config.noProxy?.value ?? '', host, port, ip);
	if (match) return {kind: 'direct', reason: 'no-proxy-match', match};
	return {kind: 'proxy', proxy: parsed.url, variable: variable.name};
}

function isLoopback(ip: string): boolean {
	return net.isIPv4(ip) ? ip.startsWith('127.') : ip === '::1' || /^::ffff:127\./i.test(ip);
}

/** The NO_PROXY entry that sends this host direct, if any. */
function noProxyMatch(noProxy: string, host: string, port: string, ip: string | null): string | undefined {
	for (const rawEntry of noProxy.split(',')) {
		const entry = rawEntry.trim().toLowerCase();
		if (!entry) continue;
		if (entry === '*') return entry;
		const cidr = /^([^/]+)\/(\d+)$/.exec(entry);
		if (cidr && net.isIP(cidr[1]!)) {
			if (ip && inCidr(ip, cidr[1]!, Number(cidr[2]))) return entry;
			continue;
		}
		let phost = entry;
		let pport = '';
		const hostPort = /^(\[[^\]]*\]|[^:]*):(\d*)$/.exec(entry);
		if (hostPort) {
			phost = hostPort[1]!.replace(/^\[|\]$/g, '');
			pport = hostPort[2]!;
			if (!phost) continue;
		}
		if (net.isIP(phost)) {
			if (ip && sameIp(ip, phost) && (!pport || pport === port)) return entry;
			continue;
		}
		// Domain entries never match an IP address.
		if (ip) continue;
		if (phost.startsWith('*.')) phost = phost.slice(1);
		const matchHost = !phost.startsWith('.');
		if (matchHost) phost = `.${phost}`;
		if ((host.endsWith(phost) || (matchHost && host === phost.slice(1))) && (!pport || pport === port)) return entry;
	}
	return undefined;
}

function sameIp(a: string, b: string): boolean {
	const blockList = new net.BlockList();
	blockList.addAddress(b, net.isIPv6(b) ? 'ipv6' : 'ipv4');
	return blockList.check(a, net.isIPv6(a) ? 'ipv6' : 'ipv4');
}

function inCidr(ip: string, base: string, prefix: number): boolean {
	const blockList = new net.BlockList();
	const type = net.isIPv6(base) ? 'ipv6' : 'ipv4';
	try {
		blockList.addSubnet(base, prefix, type);
		return blockList.check(ip, net.isIPv6(ip) ? 'ipv6' : 'ipv4');
	} catch {
		return false;
	}
}
