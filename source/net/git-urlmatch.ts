import type {GitConfigFact, HelperEntry} from '../facts/git.js';

/**
 * Which `credential.helper` values git asks for one URL, by git's own rules (git-credential(7),
 * git-config(1) "credential.<url>.*"): every `credential.helper` and every
 * `credential.<pattern>.helper` whose pattern matches the URL, in the order git reads its
 * configuration; an empty value drops the helpers read before it.
 *
 * A pattern with a scheme matches when scheme, host (a `*` matches within one dot-separated
 * label), port and, if given, user are the same and its path is a prefix of the URL's path at
 * a `/`. A pattern without a scheme (`host.example.com`, git 2.26+) matches by host, and by
 * exact path when it has one.
 */
export function credentialHelpersFor(config: GitConfigFact | null, url: string): Array<HelperEntry & {url?: string}> {
	const target = parseUrl(url);
	let chain: Array<HelperEntry & {url?: string}> = [];
	for (const entry of config?.entries ?? []) {
		let pattern: string | undefined;
		if (entry.key.toLowerCase() !== 'credential.helper') {
			const scoped = /^credential\.(.+)\.helper$/i.exec(entry.key);
			if (!scoped || !target || !urlMatches(scoped[1]!, target)) continue;
			pattern = scoped[1]!;
		}
		if (!entry.value) chain = [];
		else chain.push({value: entry.value, entry, ...(pattern ? {url: pattern} : {})});
	}
	return chain;
}

interface ParsedUrl {
	scheme: string;
	user?: string;
	host: string;
	port: string;
	/** Without a trailing slash; '' for the root. */
	path: string;
}

const DEFAULT_PORTS: Record<string, string> = {http: '80', https: '443', ftp: '21', ftps: '990'};

function parseUrl(text: string): ParsedUrl | null {
	const match = /^([a-z][a-z0-9+.-]*):\/\/(?:([^@/]*)@)?(\[[^\]]+\]|[^/:?#]*)(?::(\d*))?([^?#]*)/i.exec(text);
	if (!match) return null;
	const scheme = match[1]!.toLowerCase();
	const user = match[2]?.split(':')[0];
	return {
		scheme,
		...(user ? {user: decodeURIComponent(user)} : {}),
		host: match[3]!.toLowerCase(),
		port: match[4] || DEFAULT_PORTS[scheme] || '',
		path: match[5]!.replace(/\/+$/, ''),
	};
}

function urlMatches(pattern: string, url: ParsedUrl): boolean {
	const full = parseUrl(pattern);
	if (full) {
		if (full.scheme !== url.scheme || full.port !== url.port) return false;
		if (full.user !== undefined && full.user !== url.user) return false;
		if (!hostMatches(full.host, url.host)) return false;
		return full.path === '' || url.path === full.path || url.path.startsWith(`${full.path}/`);
	}
	if (pattern.includes('://')) return false;
	// A partial URL: host[:port][/path], compared as given.
	const slash = pattern.indexOf('/');
	const host = (slash >= 0 ? pattern.slice(0, slash) : pattern).toLowerCase();
	const path = slash >= 0 ? pattern.slice(slash).replace(/\/+$/, '') : undefined;
	const urlHost = url.port === DEFAULT_PORTS[url.scheme] ? url.host : `${url.host}:${url.port}`;
	if (host !== urlHost && host !== `${url.host}:${url.port}`) return false;
	return path === undefined || path === url.path;
}

function hostMatches(pattern: string, host: string): boolean {
	const want = pattern.split('.');
	const have = host.split('.');
	if (want.length !== have.length) return false;
	return want.every((label, i) => new RegExp(`^${label.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^.]*')}$`).test(have[i]!));
}
