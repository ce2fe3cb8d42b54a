/**
 * The parts of Go's net/url.Parse that decide whether a GOPROXY entry is accepted, with
 * Go's own error texts. Only what cmd/go's proxy list can reach is modelled: schemes,
 * authority (user info, host, port), percent escapes. Real `go` is the judge: the grammar
 * tests run the same table through it.
 */
export interface GoUrl {
	/** Lower-cased, as Go stores it. */
	scheme: string;
	/** Set for `scheme:rest` without `//` (an "opaque" URL). */
	opaque: string;
	/** The user name, when the URL carries user info. */
	user?: string;
	hasPassword: boolean;
	host: string;
	path: string;
	query: string;
	fragment: string;
}

export type GoUrlResult = {ok: true; url: GoUrl} | {ok: false; message: string};

/** Characters Go accepts unescaped in a host name (net/url's encodeHost table). */
const HOST_EXTRA = new Set([...'!$&\'()*+,;=:[]<>"-_.~']);
const USERINFO_EXTRA = new Set([...'-._:~!$&\'()*+,;=%@']);
const isAlnum = (c: string) => /^[A-Za-z0-9]$/.test(c);
const isHex = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);

/** url.Parse(raw), wrapped as Go wraps it: `parse "<raw>": <reason>`. */
export function parseGoUrl(raw: string): GoUrlResult {
	const fail = (reason: string): GoUrlResult => ({ok: false, message: `parse ${goQuote(raw)}: ${reason}`});
	const hash = raw.indexOf('#');
	const withoutFragment = hash >= 0 ? raw.slice(0, hash) : raw;
	const fragment = hash >= 0 ? raw.slice(hash + 1) : '';
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(withoutFragment)) return fail('net/url: invalid control character in URL');
	const url: GoUrl = {scheme: '', opaque: '', hasPassword: false, host: '', path: '', query: '', fragment};
	if (withoutFragment === '*') return {ok: true, url: {...url, path: '*'}};

	let rest = withoutFragment;
	const scheme = getScheme(withoutFragment);
	if (scheme === null) return fail('missing protocol scheme');
	if (scheme !== '') rest = withoutFragment.slice(scheme.length + 1);
	url.scheme = scheme.toLowerCase();

	if (rest.endsWith('?') && rest.split('?').length === 2) rest = rest.slice(0, -1);
	else if (rest.includes('?')) {
		url.query = rest.slice(rest.indexOf('?') + 1);
		rest = rest.slice(0, rest.indexOf('?'));
	}

	if (!rest.startsWith('/')) {
		if (url.scheme !== '') return {ok: true, url: {...url, opaque: rest}};
		if (rest.split('/')[0]!.includes(':')) return fail('first path segment in URL cannot contain colon');
	}

	if ((url.scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
		let authority = rest.slice(2);
		rest = '';
		const slash = authority.indexOf('/');
		if (slash >= 0) {
			rest = authority.slice(slash);
			authority = authority.slice(0, slash);
		}
		const at = authority.lastIndexOf('@');
		const host = parseHost(url.scheme, at < 0 ? authority : authority.slice(at + 1));
		if (!host.ok) return fail(host.message);
		url.host = host.host;
		if (at >= 0) {
			const userinfo = authority.slice(0, at);
			if (![...userinfo].every((c) => isAlnum(c) || USERINFO_EXTRA.has(c))) return fail('net/url: invalid userinfo');
			const colon = userinfo.indexOf(':');
			for (const part of colon < 0 ? [userinfo] : [userinfo.slice(0, colon), userinfo.slice(colon + 1)]) {
				const bad = badEscape(part, false);
				if (bad) return fail(bad);
			}
			url.user = colon < 0 ? userinfo : userinfo.slice(0, colon);
			url.hasPassword = colon >= 0;
		}
	}
	const bad = badEscape(rest, false);
	if (bad) return fail(bad);
	url.path = rest;
	return {ok: true, url};
}

/** The scheme, '' when there is none, null for Go's "missing protocol scheme". */
function getScheme(raw: string): string | null {
	for (let i = 0; i < raw.length; i++) {
		const c = raw[i]!;
		if (/[A-Za-z]/.test(c)) continue;
		if (/[0-9+.-]/.test(c)) {
			if (i === 0) return '';
			continue;
		}
		if (c === ':') return i === 0 ? null : raw.slice(0, i);
		return '';
	}
	return '';
}

function parseHost(scheme: string, host: string): {ok: true; host: string} | {ok: false; message: string} {
	const open = host.lastIndexOf('[');
	if (open > 0) return {ok: false, message: 'invalid IP-literal'};
	if (open === 0) {
		const close = host.lastIndexOf(']');
		if (close < 0) return {ok: false, message: "missing ']' in host"};
		const colonPort = host.slice(close + 1);
		if (!validOptionalPort(colonPort)) return {ok: false, message: `invalid port ${goQuote(colonPort)} after host`};
		return {ok: true, host};
	}
	const first = host.indexOf(':');
	if (first !== -1) {
		const last = host.lastIndexOf(':');
		// Go 1.26 refuses extra colons in http(s) hosts; other schemes take the last one.
		const at = last !== first && scheme !== 'http' && scheme !== 'https' ? last : first;
		const colonPort = host.slice(at);
		if (!validOptionalPort(colonPort)) return {ok: false, message: `invalid port ${goQuote(colonPort)} after host`};
	}
	const bad = badEscape(host, true);
	return bad ? {ok: false, message: bad} : {ok: true, host};
}

function validOptionalPort(port: string): boolean {
	return port === '' || /^:[0-9]*$/.test(port);
}

/** Go's unescape() checks: malformed `%` escapes, and characters a host may not hold. */
function badEscape(text: string, host: boolean): string | null {
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '%') {
			if (!isHex(text[i + 1]) || !isHex(text[i + 2])) return `invalid URL escape ${goQuote(text.slice(i, i + 3))}`;
			if (host && Number.parseInt(text[i + 1]!, 16) < 8 && text.slice(i, i + 3) !== '%25') return `invalid URL escape ${goQuote(text.slice(i, i + 3))}`;
			i += 2;
		} else if (host && c.charCodeAt(0) < 0x80 && !isAlnum(c) && !HOST_EXTRA.has(c)) {
			return `invalid character ${goQuote(c)} in host name`;
		}
	}
	return null;
}

/** A URL as url.Redacted() prints it: the scheme in lower case, the password replaced. */
export function redactedGoUrl(raw: string): string {
	return raw.replace(/^[A-Za-z][A-Za-z0-9+.-]*:/, (scheme) => scheme.toLowerCase()).replace(/^([a-z][a-z0-9+.-]*:\/\/[^/@]*?):[^/@]*@/, '$1:xxxxx@');
}

/** strconv.Quote for the ASCII text Go's messages quote. */
export function goQuote(text: string): string {
	return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
