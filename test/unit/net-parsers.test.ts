import {describe, expect, it} from 'vitest';
import {parseGoproxy, walkGoproxy, type EntryOutcome} from '../../source/net/goproxy-list.js';
import {matchPrefixPatterns, matchingPattern, pathMatch} from '../../source/net/module-patterns.js';
import {goProxyConfig, parseProxyValue, proxyFor} from '../../source/net/http-proxy.js';
import {fetchedModules, parseGoMod} from '../../source/net/go-mod.js';
import {parseModules, parseTrace, type GoListResult} from '../../source/net/go-list.js';
import {classifyModule, classifySumdb, escapeModulePath} from '../../source/net/classify.js';
import {matchErrors} from '../../source/explain/match.js';
import {isNonPublicHost} from '../../source/probes/private-modules.js';
import {overrideToNoProxy, parseInternetSettings} from '../../source/probes/proxy-env.js';
import {GRAMMAR} from '../helpers/goproxy-grammar.js';

describe('GOPROXY grammar, as cmd/go proxyList reads it', () => {
	it.each(GRAMMAR.map((c) => [`${JSON.stringify(c.value)}${c.platform ? ` on ${c.platform}` : ''}`, c] as const))('%s', (_name, c) => {
		const list = parseGoproxy(c.value, c.platform ?? 'linux');
		if (c.error) {
			expect(list.error?.message).toBe(c.error);
			return;
		}
		expect(list.error).toBeUndefined();
		expect(list.entries.map((e) => (e.kind === 'proxy' ? {url: e.url, pipe: e.fallBackOnError} : e.kind))).toEqual(c.entries);
		expect(list.ignored).toEqual(c.ignored ?? []);
	});

	it('names the class of each refusal with the contract names', () => {
		expect(parseGoproxy(',', 'linux').error?.class).toBe('goproxy-empty-list');
		expect(parseGoproxy('ftp://x.example', 'linux').error?.class).toBe('goproxy-bad-scheme');
		expect(parseGoproxy('foo', 'linux').error?.class).toBe('goproxy-bad-scheme');
		expect(parseGoproxy('http://a b', 'linux').error?.class).toBe('goproxy-invalid-url');
	});
});

describe('walking a GOPROXY list, as modfetch.TryProxies does', () => {
	const ok: EntryOutcome = {kind: 'ok'};
	const notFound: EntryOutcome = {kind: 'not-found'};
	const error: EntryOutcome = {kind: 'error', class: 'timeout'};
	const walk = (value: string, outcomes: EntryOutcome[]) => walkGoproxy(parseGoproxy(value, 'linux').entries, outcomes);
	it('stops at an error after a comma, and moves on after a pipe or a 404/410', () => {
		expect(walk('https://a.example,https://b.example', [error, ok])).toEqual({tried: [0], failedAt: 0});
		expect(walk('https://a.example|https://b.example', [error, ok])).toEqual({tried: [0, 1], servedBy: 1});
		expect(walk('https://a.example,https://b.example', [notFound, ok])).toEqual({tried: [0, 1], servedBy: 1});
	});
	it('reports direct\'s error before a proxy\'s, and a proxy\'s before a 404', () => {
		expect(walk('https://a.example|direct', [error, error])).toMatchObject({failedAt: 1});
		expect(walk('https://a.example|https://b.example', [error, notFound])).toMatchObject({failedAt: 0});
		expect(walk('https://a.example,https://b.example', [notFound, notFound])).toMatchObject({failedAt: 1});
	});
	it('fails like a 404 at off, which ends the list', () => {
		expect(walk('https://a.example,off', [notFound, ok])).toEqual({tried: [0, 1], failedAt: 1});
	});
});

describe('GOPRIVATE-style patterns (module.MatchPrefixPatterns)', () => {
	it.each([
		['corp.example', 'corp.example/team/lib', true],
		['*.corp.example', 'git.corp.example/team', true],
		['*.corp.example', 'corp.example/team', false],
		['github.com/acme', 'github.com/acme/tool', true],
		['github.com/acme', 'github.com/acmeinc/tool', false],
		['github.com/acme/', 'github.com/acme/tool', true],
		['github.com/*/internal', 'github.com/acme/internal/x', true],
		['github.com/acme/tool/sub', 'github.com/acme/tool', false],
		[',,corp.example,', 'corp.example/x', true],
		['git.[a-c]orp.example', 'git.corp.example/x', true],
		['git.[^c]orp.example', 'git.corp.example/x', false],
		['*', 'golang.org/x/mod', true],
		['', 'golang.org/x/mod', false],
	] as const)('%s vs %s', (globs, target, expected) => {
		expect(matchPrefixPatterns(globs, target)).toBe(expected);
	});
	it('returns the pattern that matched, and a bad pattern matches nothing', () => {
		expect(matchingPattern('a.example,*.corp.example', 'x.corp.example/y')).toBe('*.corp.example');
		expect(pathMatch('[', 'x')).toBe(false);
		expect(pathMatch('a\\*b', 'a*b')).toBe(true);
	});
});

describe('the proxy go uses (net/http.ProxyFromEnvironment)', () => {
	const config = (env: Record<string, string>) => goProxyConfig((name) => env[name]);
	it('prefers upper case, reads https and http separately, and never proxies loopback', () => {
		const c = config({HTTPS_PROXY: 'http://upper.example:8080', https_proxy: 'http://lower.example:8080', http_proxy: 'plain.example:3128'});
		expect(proxyFor(c, {scheme: 'https', host: 'goproxy.cn'})).toEqual({kind: 'proxy', proxy: 'http://upper.example:8080', variable: 'HTTPS_PROXY'});
		expect(proxyFor(c, {scheme: 'http', host: 'mirror.example'})).toEqual({kind: 'proxy', proxy: 'http://plain.example:3128', variable: 'http_proxy'});
		expect(proxyFor(c, {scheme: 'https', host: '127.0.0.1', port: '8443'})).toMatchObject({kind: 'direct', reason: 'loopback'});
		expect(proxyFor(c, {scheme: 'https', host: 'localhost'})).toMatchObject({kind: 'direct', reason: 'localhost'});
	});
	it('honours NO_PROXY hosts, suffixes, *.domain, ports, IPs, CIDRs and *', () => {
		const c = (noProxy: string) => config({HTTPS_PROXY: 'http://p.example:1', NO_PROXY: noProxy});
		expect(proxyFor(c('corp.example'), {scheme: 'https', host: 'git.corp.example'})).toMatchObject({kind: 'direct', match: 'corp.example'});
		expect(proxyFor(c('corp.example'), {scheme: 'https', host: 'corp.example'})).toMatchObject({kind: 'direct'});
		expect(proxyFor(c('.corp.example'), {scheme: 'https', host: 'corp.example'})).toMatchObject({kind: 'proxy'});
		expect(proxyFor(c('*.corp.example'), {scheme: 'https', host: 'a.corp.example'})).toMatchObject({kind: 'direct'});
		expect(proxyFor(c('corp.example:8443'), {scheme: 'https', host: 'git.corp.example'})).toMatchObject({kind: 'proxy'});
		expect(proxyFor(c('corp.example:8443'), {scheme: 'https', host: 'git.corp.example', port: '8443'})).toMatchObject({kind: 'direct'});
		expect(proxyFor(c('10.0.0.0/8'), {scheme: 'https', host: '10.1.2.3'})).toMatchObject({kind: 'direct'});
		expect(proxyFor(c('10.0.0.0/8'), {scheme: 'https', host: 'ten.example'})).toMatchObject({kind: 'proxy'});
		expect(proxyFor(c('*'), {scheme: 'https', host: 'anything.example'})).toMatchObject({kind: 'direct'});
	});
	it('reads a value without a scheme as http://, and ignores one it cannot parse', () => {
		expect(parseProxyValue('proxy.corp:8080')).toMatchObject({url: 'http://proxy.corp:8080', host: 'proxy.corp', port: '8080'});
		expect(parseProxyValue('socks5://127.0.0.1:1080')).toMatchObject({scheme: 'socks5'});
		// Go retries a value it cannot parse with http:// in front, and drops it only if that fails too.
		expect(parseProxyValue('http://%zz')).toBeNull();
		expect(proxyFor(config({HTTPS_PROXY: 'http://%zz'}), {scheme: 'https', host: 'x.example'})).toMatchObject({kind: 'direct', reason: 'invalid-proxy'});
	});
});

describe('go.mod', () => {
	const text = [
		'module example.com/app // the app',
		'',
		'go 1.22',
		'',
		'require git.corp.example/team/lib v1.2.3',
		'require (',
		'\tgolang.org/x/mod v0.20.0',
		'\t"github.com/acme/Tool" v0.1.0 // indirect',
		'\texample.com/local v0.0.0',
		'\texample.com/renamed v1.0.0',
		')',
		'replace example.com/local => ../local',
		'replace example.com/renamed v1.0.0 => example.org/fork v1.0.1',
	].join('\r\n');
	it('reads requirements and applies replacements; local ones are not fetched', () => {
		const mod = parseGoMod(text);
		expect(mod.module).toBe('example.com/app');
		expect(mod.requires.find((r) => r.path === 'github.com/acme/Tool')).toMatchObject({version: 'v0.1.0', indirect: true});
		expect(fetchedModules(mod).map((m) => `${m.path}@${m.version}`)).toEqual(['git.corp.example/team/lib@v1.2.3', 'golang.org/x/mod@v0.20.0', 'github.com/acme/Tool@v0.1.0', 'example.org/fork@v1.0.1']);
	});
	it('knows which hosts no public service can reach', () => {
		expect(['git.corp.example', 'gitlab.internal', '10.0.0.5', 'git.home.arpa', 'svn.test'].every(isNonPublicHost)).toBe(true);
		expect(['github.com', 'example.org', 'go.uber.org'].some(isNonPublicHost)).toBe(false);
	});
});

function runOf(stderr: string, stdout = '', result: Partial<GoListResult['result']> = {}): GoListResult {
	return {
		argv: ['go', 'list'],
		env: {},
		wallMs: 10,
		result: {exitCode: 0, stdout, stderr, timedOut: false, canceled: false, ...result},
		requests: parseTrace(stderr),
		modules: parseModules(stdout),
	};
}

describe('go -x traces and classification', () => {
	const trace = [
		'# get https://proxy.example/golang.org/x/mod/@v/list',
		'# get https://proxy.example/golang.org/x/mod/@v/list: 200 OK (0.016s)',
		'# get https://proxy.example/sumdb/sumdb.example/supported',
		'# get https://proxy.example/sumdb/sumdb.example/supported: 404 Not Found (0.002s)',
		'# get https://sumdb.example/lookup/github.com/!acme/lib@v1.0.0',
		'# get https://sumdb.example/lookup/github.com/!acme/lib@v1.0.0: 410 Gone (0.004s)',
		'# get https://sumdb.example/tile/8/0/001',
	].join('\n');

	it('parses requests, answers, go\'s timings, and the request still pending', () => {
		expect(parseTrace(trace)).toEqual([
			{url: 'https://proxy.example/golang.org/x/mod/@v/list', status: 200, outcome: '200 OK', seconds: 0.016},
			{url: 'https://proxy.example/sumdb/sumdb.example/supported', status: 404, outcome: '404 Not Found', seconds: 0.002},
			{url: 'https://sumdb.example/lookup/github.com/!acme/lib@v1.0.0', status: 410, outcome: '410 Gone', seconds: 0.004},
			{url: 'https://sumdb.example/tile/8/0/001'},
		]);
	});

	it('reads concatenated module objects, with their errors', () => {
		const stdout = '{\n\t"Path": "a.example/x",\n\t"Version": "v1.0.0"\n}\n{\n\t"Path": "b.example/y",\n\t"Version": "v2.0.0",\n\t"Error": {\n\t\t"Err": "b.example/y@v2.0.0: reading https://p.example/b.example/y/@v/v2.0.0.info: 404 Not Found"\n\t}\n}\n';
		expect(parseModules(stdout)).toEqual([
			{path: 'a.example/x', version: 'v1.0.0'},
			{path: 'b.example/y', version: 'v2.0.0', error: 'b.example/y@v2.0.0: reading https://p.example/b.example/y/@v/v2.0.0.info: 404 Not Found'},
		]);
	});

	it('classifies a 410 from the checksum database for one module as sumdb-private-module, not the 404 of /supported', () => {
		const failure = classifySumdb(runOf(trace), {path: 'github.com/Acme/lib', version: 'v1.0.0'});
		expect(failure).toMatchObject({class: 'sumdb-private-module', status: 410});
		expect(classifySumdb(runOf(trace), {path: 'golang.org/x/mod', version: 'v0.1.0'})).toBeUndefined();
		expect(escapeModulePath('github.com/Azure/SDK')).toBe('github.com/!azure/!s!d!k');
	});

	it('says timeout with the URL go was waiting on when the run was cut off', () => {
		const failure = classifyModule(runOf('# get https://slow.example/golang.org/x/mod/@v/list\n', '', {timedOut: true, exitCode: null}));
		expect(failure).toEqual({class: 'timeout', line: 'GET https://slow.example/golang.org/x/mod/@v/list', url: 'https://slow.example/golang.org/x/mod/@v/list'});
	});

	it('takes HTTP errors from the trace, and transport errors from the shared matcher', () => {
		const http = runOf(
			'# get https://p.example/golang.org/x/mod/@v/list\n# get https://p.example/golang.org/x/mod/@v/list: 502 Bad Gateway (0.100s)\n',
			'{"Path":"golang.org/x/mod","Error":{"Err":"golang.org/x/mod@latest: reading https://p.example/golang.org/x/mod/@v/list: 502 Bad Gateway"}}',
		);
		expect(classifyModule(http)).toMatchObject({class: 'proxy-http-error', status: 502, statusText: '502 Bad Gateway'});
		const dns = runOf('', '{"Path":"golang.org/x/mod","Error":{"Err":"golang.org/x/mod@latest: Get \\"https://p.example/golang.org/x/mod/@v/list\\": dial tcp: lookup p.example on 10.0.0.53:53: no such host"}}');
		expect(classifyModule(dns)).toMatchObject({class: 'dns-failure'});
		const windows = runOf('', '{"Path":"golang.org/x/mod","Error":{"Err":"Get \\"https://p.example/x\\": dial tcp 1.2.3.4:443: connectex: No connection could be made because the target machine actively refused it."}}');
		expect(classifyModule(windows)).toMatchObject({class: 'connection-refused'});
		expect(classifyModule(runOf('', '{"Path":"golang.org/x/mod","Error":{"Err":"something new"}}'))).toMatchObject({class: 'unrecognized', line: 'something new'});
	});

	it('the shared matcher knows go\'s error for an IP address missing from a certificate (added for these checks)', () => {
		const [cause] = matchErrors('Get "https://127.0.0.1:8443/x": tls: failed to verify certificate: x509: cannot validate certificate for 127.0.0.1 because it doesn\'t contain any IP SANs');
		expect(cause?.class).toBe('tls-name-mismatch');
	});
});

describe('Windows Internet Settings', () => {
	it('reads the proxy browsers use, per protocol or for all, and the PAC script', () => {
		expect(parseInternetSettings([{name: 'ProxyEnable', data: '1'}, {name: 'ProxyServer', data: 'proxy.corp.example:8080'}])).toEqual({enabled: true, server: 'proxy.corp.example:8080'});
		expect(parseInternetSettings([{name: 'ProxyEnable', data: '1'}, {name: 'ProxyServer', data: 'http=p1.example:80;https=p2.example:443;ftp=f.example:21'}]).server).toBe('p2.example:443');
		expect(parseInternetSettings([{name: 'ProxyEnable', data: '0'}, {name: 'AutoConfigURL', data: 'http://wpad.corp.example/proxy.pac'}])).toEqual({enabled: false, pac: 'http://wpad.corp.example/proxy.pac'});
	});
	it('turns the bypass list into NO_PROXY', () => {
		expect(overrideToNoProxy('<local>;*.corp.example;10.*;192.168.*;intranet')).toBe('localhost,127.0.0.1,.corp.example,10.0.0.0/8,192.168.0.0/16,intranet');
	});
});
