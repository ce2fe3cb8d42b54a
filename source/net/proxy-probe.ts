import type {PresentedCertificate, System} from '../system/types.js';
import {classifyModule, isNotFound, TLS_CLASSES, type Failure} from './classify.js';
import {goList, MATCH_NOTHING, type GoListResult} from './go-list.js';
import {goProxyConfig, proxyFor} from './http-proxy.js';
import {parseGoUrl} from './go-url.js';

/**
 * One GOPROXY entry, asked by go itself for a well-known public module: go's own HTTP
 * client, its proxy variables, its trust store. The checksum database is off for this run
 * (its own check asks it) and GOPRIVATE-style lists match nothing, so the entry alone is
 * measured. When go reports a TLS error, the chain the server presented is read as evidence.
 */

/** Small, public, always on every mirror: the module the network checks ask for. */
export const PROBE_MODULE = 'golang.org/x/mod';

export interface NetworkBudget {
	/** Deadline for one go run; the run is killed after it and counts as a timeout. */
	goMs: number;
	/** Deadline for reading a presented certificate chain. */
	chainMs: number;
}

export const DEFAULT_BUDGET: NetworkBudget = {goMs: 8_000, chainMs: 3_000};

export interface EntryProbe {
	/** The GOPROXY value used: a proxy URL or `direct`. */
	target: string;
	outcome: 'ok' | 'not-found' | 'error';
	failure?: Failure;
	/** Go's own time for the first request that got an answer, in ms. */
	latencyMs?: number;
	wallMs: number;
	run: GoListResult;
	chain?: {host: string; via?: string; certificates: PresentedCertificate[]; error?: string};
}

export async function probeEntry(sys: System, go: string, target: string, budget: NetworkBudget, signal?: AbortSignal): Promise<EntryProbe> {
	const run = await goList(sys, {
		go,
		modules: [`${PROBE_MODULE}@latest`],
		env: {GOPROXY: target, GOSUMDB: 'off', GOPRIVATE: MATCH_NOTHING, GONOPROXY: MATCH_NOTHING, GONOSUMDB: MATCH_NOTHING},
		timeoutMs: budget.goMs,
		signal,
	});
	const failure = classifyModule(run, PROBE_MODULE);
	const answered = run.requests.find((r) => r.seconds !== undefined);
	const probe: EntryProbe = {
		target,
		outcome: !failure ? 'ok' : isNotFound(failure) ? 'not-found' : 'error',
		...(failure ? {failure} : {}),
		...(answered ? {latencyMs: Math.round(answered.seconds! * 1000)} : {}),
		wallMs: run.wallMs,
		run,
	};
	if (failure && TLS_CLASSES.has(failure.class)) {
		const url = failure.url ?? (target === 'direct' ? undefined : target);
		if (url) probe.chain = await presentedChain(sys, url, budget.chainMs, signal);
	}
	return probe;
}

/** The chain a TLS server presents at `url`, reached the way go reaches it (through HTTPS_PROXY when go would). */
export async function presentedChain(sys: System, url: string, timeoutMs: number, signal?: AbortSignal): Promise<NonNullable<EntryProbe['chain']>> {
	const parsed = parseGoUrl(url);
	if (!parsed.ok) return {host: url, certificates: [], error: parsed.message};
	const hostPort = parsed.url.host;
	const bracket = hostPort.startsWith('[') ? hostPort.indexOf(']') : -1;
	const colon = bracket >= 0 ? hostPort.indexOf(':', bracket) : hostPort.lastIndexOf(':');
	const host = (colon >= 0 ? hostPort.slice(0, colon) : hostPort).replace(/^\[|\]$/g, '');
	const port = colon >= 0 ? hostPort.slice(colon + 1) : '443';
	const decision = proxyFor(goProxyConfig((name) => sys.getenv(name)), {scheme: parsed.url.scheme, host, port});
	const via = decision.kind === 'proxy' ? decision.proxy : undefined;
	const result = await sys.tlsChain({host, port: Number(port), ...(via ? {proxy: via} : {}), timeoutMs, signal});
	return {host: `${host}:${port}`, ...(via ? {via} : {}), certificates: result.certificates, ...(result.error ? {error: result.error} : {})};
}
