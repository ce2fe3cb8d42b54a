import type {MessageKey, Translator} from '../i18n/index.js';
import type {Evidence} from '../model/finding.js';
import {redactSecrets} from '../redact/secrets.js';
import type {Failure, FailureClass} from './classify.js';
import type {GoListResult} from './go-list.js';
import type {EntryProbe} from './proxy-probe.js';

/**
 * How the network checks put failures into words and evidence: a short phrase per class for
 * summaries and tables, the shared explanation (what it means, what to do) for `why`, the
 * go run as a command, and the certificate chain a server presented.
 */

const SHORT: Partial<Record<FailureClass, MessageKey>> = {
	'dns-failure': 'net.short.dns-failure',
	'connection-refused': 'net.short.connection-refused',
	'connection-reset': 'net.short.connection-reset',
	'connection-closed': 'net.short.connection-closed',
	timeout: 'net.short.timeout',
	'tls-unknown-authority': 'net.short.tls-unknown-authority',
	'tls-name-mismatch': 'net.short.tls-name-mismatch',
	'tls-expired': 'net.short.tls-expired',
	'tls-protocol-mismatch': 'net.short.tls-protocol-mismatch',
	'module-not-found': 'net.short.module-not-found',
	'sumdb-private-module': 'net.short.sumdb-private-module',
	'private-repo-auth': 'net.short.private-repo-auth',
	'git-not-found': 'net.short.git-not-found',
	'goproxy-off': 'net.short.goproxy-off',
	'insecure-credentials': 'net.short.insecure-credentials',
};

/** A 407 from the module proxy, or from an HTTP proxy refusing a CONNECT tunnel (no status then, only go's words). */
function isProxyAuth(failure: Failure): boolean {
	return failure.class === 'proxy-http-error' && (failure.status === 407 || /Proxy Authentication Required/i.test(failure.line));
}

/**
 * `DNS lookup failed`, `proxy authentication required (407)`, `server error (502 Bad Gateway)`;
 * said to be at the HTTP proxy when go never got past it (`proxyconnect`), since the GOPROXY
 * entry the failure is filed under is then not the one at fault.
 */
export function failureShort(t: Translator, failure: Failure): string {
	const short = classShort(t, failure);
	return /\bproxyconnect\b/.test(failure.line) ? t('net.short.atProxy', {problem: short}) : short;
}

function classShort(t: Translator, failure: Failure): string {
	if (failure.class === 'proxy-http-error') {
		if (isProxyAuth(failure)) return t('net.short.proxy-auth', {status: '407'});
		if (failure.status !== undefined && failure.status >= 500) return t('net.short.server-error', {status: statusText(failure)});
		return t('net.short.http-error', {status: statusText(failure)});
	}
	const key = SHORT[failure.class];
	return key ? t(key) : t('net.short.other', {class: failure.class});
}

function statusText(failure: Failure): string {
	return failure.statusText ?? String(failure.status ?? '');
}

/** The class id with its HTTP status: `proxy-http-error (407)`. */
export function failureLabel(failure: Failure): string {
	return failure.status !== undefined ? `${failure.class} (${failure.status})` : failure.class;
}

/** What the failure means and what to do, from the shared explanations; our own words when no class fits. */
export function failureWhy(t: Translator, failure: Failure, params: Record<string, string> = {}): string {
	if (failure.class === 'unrecognized') return t('net.why.unrecognized', {line: failure.line});
	if (failure.class === 'insecure-credentials') return t('net.why.insecure-credentials');
	// One next step per HTTP answer, not the shared paragraph that covers them all.
	if (isProxyAuth(failure)) return t('net.why.proxy-auth');
	if (failure.class === 'proxy-http-error' && failure.status !== undefined && failure.status >= 500) return t('net.why.server-error', {status: statusText(failure)});
	if (failure.class === 'proxy-http-error' && failure.status === 403) return t('net.why.forbidden');
	const summary = `explain.class.${failure.class}.summary` as MessageKey;
	const fix = `explain.class.${failure.class}.fix` as MessageKey;
	return `${t(summary, params)} ${t(fix, params)}`;
}

/** A go run as a command line, with the settings it was given in front. */
export function goRunEvidence(t: Translator, run: GoListResult, title: string): Evidence {
	return {
		kind: 'command',
		title,
		argv: [...Object.entries(run.env).map(([k, v]) => `${k}=${v}`), ...run.argv].map(redactSecrets),
		exitCode: run.result.exitCode,
		stdout: redactSecrets(run.result.stdout),
		stderr: redactSecrets(run.result.stderr),
		...(run.result.timedOut ? {timedOut: true} : {}),
	};
}

/** The certificates a server presented, leaf first. */
export function chainEvidence(t: Translator, chain: NonNullable<EntryProbe['chain']>): Evidence {
	if (chain.certificates.length === 0) {
		return {kind: 'text', title: t('net.evidence.chain', {host: chain.host}), text: t('net.chain.unavailable', {error: chain.error ?? '?'})};
	}
	return {
		kind: 'table',
		title: chain.via ? t('net.evidence.chainVia', {host: chain.host, proxy: redactSecrets(chain.via)}) : t('net.evidence.chain', {host: chain.host}),
		columns: [
			{key: 'index', label: '#'},
			{key: 'subject', label: t('net.column.subject')},
			{key: 'issuer', label: t('net.column.issuer')},
			{key: 'validTo', label: t('net.column.validTo')},
		],
		rows: chain.certificates.map((cert, index) => ({
			index: String(index),
			subject: cert.subject,
			issuer: cert.selfSigned ? `${cert.issuer} (${t('net.chain.selfSigned')})` : cert.issuer,
			validTo: cert.validTo.slice(0, 10),
			...(Date.parse(cert.validTo) < Date.now() ? {_tone: 'bad' as const} : {}),
		})),
	};
}

/** `12 ms`, or `> 8 s` for a run that was cut off. */
export function timeText(t: Translator, probe: Pick<EntryProbe, 'latencyMs' | 'wallMs' | 'failure'>, deadlineMs: number): string {
	if (probe.failure?.class === 'timeout') return t('net.time.over', {seconds: Math.round(deadlineMs / 1000)});
	if (probe.latencyMs !== undefined) return t('net.time.ms', {ms: probe.latencyMs});
	return t('net.time.ms', {ms: probe.wallMs});
}
