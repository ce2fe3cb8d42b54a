import {parseGoUrl, redactedGoUrl} from './go-url.js';

/**
 * GOPROXY, read exactly as cmd/go's proxyList reads it (modfetch/proxy.go):
 * - entries are separated by `,` (fall back to the next entry only on 404/410) or `|` (fall
 *   back on any error); the separator after an entry decides;
 * - blank entries are skipped; `direct` and `off` end the list, later entries are ignored;
 * - anything with `.`, `:` or `/` that is not a URL (`:/`) or an absolute path gets `https://`;
 * - the URL must parse, and its scheme be http, https or file (file with a path only);
 * - no entries at all is an error.
 */

export type ProxyEntry =
	| {kind: 'proxy'; raw: string; url: string; scheme: 'http' | 'https' | 'file'; host: string; fallBackOnError: boolean; prefixed: boolean}
	| {kind: 'direct'; raw: string}
	| {kind: 'off'; raw: string};

export type GoproxyErrorClass = 'goproxy-empty-list' | 'goproxy-bad-scheme' | 'goproxy-invalid-url';

export interface GoproxyList {
	entries: ProxyEntry[];
	/** Entries after `direct` or `off`, which Go never reads. */
	ignored: string[];
	/** Set when Go refuses the whole list; its message is the one `go` prints. */
	error?: {class: GoproxyErrorClass; message: string; entry?: string};
}

/**
 * @param platform decides which paths count as absolute (Go's filepath.IsAbs differs on
 * Windows), and so whether `C:\mirror` is given `https://`.
 * (When GONOPROXY is set Go adds an implicit first entry for the modules it matches; it
 * does not count as a proxy for the empty-list rule, so it is left out here.)
 */
export function parseGoproxy(value: string, platform: string): GoproxyList {
	const entries: ProxyEntry[] = [];
	const ignored: string[] = [];
	let rest = value;
	let ended = false;
	while (rest !== '') {
		const sep = rest.search(/[,|]/);
		const rawEntry = sep >= 0 ? rest.slice(0, sep) : rest;
		const fallBackOnError = sep >= 0 && rest[sep] === '|';
		rest = sep >= 0 ? rest.slice(sep + 1) : '';
		const raw = rawEntry.trim();
		if (raw === '') continue;
		if (ended) {
			ignored.push(raw);
			continue;
		}
		if (raw === 'off' || raw === 'direct') {
			entries.push({kind: raw, raw});
			ended = true;
			continue;
		}
		const prefixed = /[.:/]/.test(raw) && !raw.includes(':/') && !isAbsolutePath(raw, platform);
		const url = prefixed ? `https://${raw}` : raw;
		const parsed = parseGoUrl(url);
		if (!parsed.ok) return {entries, ignored, error: {class: 'goproxy-invalid-url', message: parsed.message, entry: raw}};
		const {scheme} = parsed.url;
		if (scheme === 'file') {
			const u = parsed.url;
			if (u.opaque || u.host || u.user !== undefined || u.query || u.fragment || raw.includes('?') || raw.includes('#')) {
				return {entries, ignored, error: {class: 'goproxy-bad-scheme', message: `invalid file:// proxy URL with non-path elements: ${redactedGoUrl(url)}`, entry: raw}};
			}
		} else if (scheme === '') {
			return {entries, ignored, error: {class: 'goproxy-bad-scheme', message: `invalid proxy URL missing scheme: ${redactedGoUrl(url)}`, entry: raw}};
		} else if (scheme !== 'http' && scheme !== 'https') {
			return {entries, ignored, error: {class: 'goproxy-bad-scheme', message: `invalid proxy URL scheme (must be https, http, file): ${redactedGoUrl(url)}`, entry: raw}};
		}
		entries.push({kind: 'proxy', raw, url, scheme: scheme as 'http' | 'https' | 'file', host: hostOnly(parsed.url.host), fallBackOnError, prefixed});
	}
	if (entries.length === 0) {
		return {entries, ignored, error: {class: 'goproxy-empty-list', message: 'GOPROXY list is not the empty string, but contains no entries'}};
	}
	return {entries, ignored};
}

function isAbsolutePath(text: string, platform: string): boolean {
	// Go checks filepath.IsAbs (drive letter or UNC path on Windows) and path.IsAbs (a slash).
	return text.startsWith('/') || (platform === 'win32' && /^(?:[A-Za-z]:[\\/]|[\\/]{2}[^\\/])/.test(text));
}

/** `host:port` → `host`; `[::1]:80` → `::1`. */
export function hostOnly(hostPort: string): string {
	if (hostPort.startsWith('[')) return hostPort.slice(1, hostPort.indexOf(']'));
	const colon = hostPort.lastIndexOf(':');
	return colon >= 0 ? hostPort.slice(0, colon) : hostPort;
}

/** How one entry answered for a public module. */
export type EntryOutcome = {kind: 'ok'} | {kind: 'not-found'} | {kind: 'error'; class: string};

export interface WalkResult {
	/** The entry that served the module, by index; undefined when go fails. */
	servedBy?: number;
	/** Indexes of entries Go tried, in order. */
	tried: number[];
	/** The entry whose failure is the one go reports, when it fails. */
	failedAt?: number;
}

/**
 * What go does with a list for one module (modfetch.TryProxies): it returns at the first
 * success; after a failure it moves on only if the failure was 404/410 or the entry was
 * followed by `|`. `off` fails like a 404 and ends the list.
 */
export function walkGoproxy(entries: readonly ProxyEntry[], outcomes: readonly EntryOutcome[]): WalkResult {
	const tried: number[] = [];
	let failedAt: number | undefined;
	// Go reports the most useful error: direct's (2), else the last real proxy error (1),
	// else the last 404/410 (0).
	let bestRank = 0;
	for (let i = 0; i < entries.length; i++) {
		const entry = entries[i]!;
		const outcome: EntryOutcome = entry.kind === 'off' ? {kind: 'not-found'} : outcomes[i]!;
		tried.push(i);
		if (outcome.kind === 'ok') return {servedBy: i, tried};
		const notExist = outcome.kind === 'not-found';
		if (entry.kind === 'direct') {
			failedAt = i;
			bestRank = 2;
		} else if (bestRank <= 1 && !notExist) {
			failedAt = i;
			bestRank = 1;
		} else if (bestRank === 0) {
			failedAt = i;
		}
		const fallBackOnError = entry.kind === 'proxy' && entry.fallBackOnError;
		if (!fallBackOnError && !notExist) break;
	}
	return {tried, ...(failedAt === undefined ? {} : {failedAt})};
}
