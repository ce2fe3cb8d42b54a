import {matchErrors, type CauseClass} from '../explain/match.js';
import type {GoListResult, TracedRequest} from './go-list.js';

/**
 * What went wrong in a `go list` run, in the error classes every part of the program uses
 * (the shared matcher in source/explain). HTTP answers are read from go's own request trace;
 * go's error text goes through the matcher; a run we had to kill is a `timeout`.
 */

/** `insecure-credentials`: go will not send a user:password of a GOPROXY entry over plain http. */
export type FailureClass = CauseClass | 'unrecognized' | 'insecure-credentials';

export interface Failure {
	class: FailureClass;
	/** The line of go's output it rests on (redacted by the matcher), or go's first error line. */
	line: string;
	/** The request that failed or that go was still waiting on, when the trace says. */
	url?: string;
	/** The HTTP status, when a server answered with an error, and its text (`502 Bad Gateway`). */
	status?: number;
	statusText?: string;
}

/** The classes that mean "a server sent a certificate go does not accept". */
export const TLS_CLASSES: ReadonlySet<FailureClass> = new Set(['tls-unknown-authority', 'tls-name-mismatch', 'tls-expired']);

/** 404 and 410 are "not here" for go: a `,` list moves on to the next entry. */
export function isNotFound(failure: Failure | undefined): boolean {
	return failure?.class === 'module-not-found';
}

/** The failure of one module's lookup in a run, or undefined when go got it. */
export function classifyModule(run: GoListResult, modulePath?: string): Failure | undefined {
	const module = modulePath ? run.modules.find((m) => m.path === modulePath) : run.modules[0];
	const pending = run.requests.filter((r) => r.outcome === undefined).at(-1);
	if (run.result.timedOut || run.result.canceled) {
		return {class: 'timeout', line: pending ? `GET ${pending.url}` : run.argv.slice(1).join(' '), ...(pending ? {url: pending.url} : {})};
	}
	if (module && !module.error) return undefined;
	const errorText = module?.error ?? nonTraceLines(run.result.stderr);
	if (!errorText && run.result.exitCode === 0) return undefined;
	const failed = failedRequest(run.requests, errorText);
	const [cause] = matchErrors(errorText);
	if (failed?.status !== undefined) {
		const status = failed.status;
		return {class: status === 404 || status === 410 ? 'module-not-found' : 'proxy-http-error', line: cause?.line ?? `reading ${failed.url}: ${failed.outcome}`, url: failed.url, status, statusText: failed.outcome ?? String(status)};
	}
	const line = cause?.line ?? firstLine(errorText) ?? run.result.errorCode ?? '';
	if (!cause && /refusing to pass credentials to insecure URL/.test(errorText)) return {class: 'insecure-credentials', line, ...(failed ? {url: failed.url} : {})};
	return {class: cause?.class ?? 'unrecognized', line, ...(failed ? {url: failed.url} : {})};
}

/** The traced request behind an error: the one whose URL the error names, else the last that failed. */
function failedRequest(requests: readonly TracedRequest[], errorText: string): TracedRequest | undefined {
	const failed = requests.filter((r) => r.outcome !== undefined && (r.status === undefined || r.status >= 400));
	// A proxy saying it does not proxy the checksum database (`/sumdb/…/supported` 404) is
	// normal: go then asks the database directly. It is never the cause by itself.
	return failed.filter((r) => errorText.includes(r.url)).at(-1) ?? failed.filter((r) => !/\/sumdb\/[^/]+\/supported$/.test(r.url)).at(-1);
}

function nonTraceLines(stderr: string): string {
	return stderr
		.split(/\r?\n/)
		.filter((line) => line.trim() !== '' && !line.startsWith('# ') && !/^\d+\.\d+s # /.test(line) && !/^(?:cd|git|mkdir) /.test(line))
		.join('\n');
}

function firstLine(text: string): string | undefined {
	return text.split(/\r?\n/).find((line) => line.trim() !== '')?.trim();
}

/** A request to a checksum database, directly or through a proxy (`/sumdb/<name>/…`). */
export const SUMDB_REQUEST = /\/sumdb\/[^/]+\/(?:supported|lookup|tile|latest)|\/(?:lookup|tile)\/|\/latest$/;
const SUPPORTED = /\/sumdb\/[^/]+\/supported$/;

/** `Foo/Bar` → `!foo/!bar`: module paths in proxy and checksum-database URLs. */
export function escapeModulePath(path: string): string {
	return path.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

/**
 * What went wrong between go and the checksum database in a run, from go's request trace.
 * `go list -m` does not fail when verification fails (it only leaves GoMod out), but every
 * command that downloads would: so a failed lookup is the verdict. With `module`, only its
 * own lookup counts (tiles are shared by all modules).
 */
export function classifySumdb(run: GoListResult, module?: {path: string; version: string}): Failure | undefined {
	const lookup = module ? `/lookup/${escapeModulePath(module.path)}@${module.version}` : undefined;
	const relevant = run.requests.filter((r) => SUMDB_REQUEST.test(r.url) && (!lookup || !/\/lookup\//.test(r.url) || r.url.endsWith(lookup)));
	const pending = relevant.filter((r) => r.outcome === undefined).at(-1);
	if ((run.result.timedOut || run.result.canceled) && pending) return {class: 'timeout', line: `GET ${pending.url}`, url: pending.url};
	// A proxy saying it does not proxy the database sends go to the database itself: not a failure.
	const failed = relevant.find((r) => r.outcome !== undefined && (r.status === undefined || r.status >= 400) && !(SUPPORTED.test(r.url) && (r.status === 404 || r.status === 410)));
	if (!failed) return undefined;
	if (failed.status !== undefined) {
		const line = `reading ${failed.url}: ${failed.outcome}`;
		const [cause] = matchErrors(line);
		const notFound = failed.status === 404 || failed.status === 410;
		return {class: notFound && /\/lookup\//.test(failed.url) ? 'sumdb-private-module' : (cause?.class ?? 'proxy-http-error'), line, url: failed.url, status: failed.status, statusText: failed.outcome};
	}
	const [cause] = matchErrors(failed.outcome!);
	return {class: cause?.class ?? 'unrecognized', line: cause?.line ?? failed.outcome!, url: failed.url};
}
