import {createHash} from 'node:crypto';
import type {ExecResult, System} from '../system/types.js';
import {redactSecrets} from '../redact/secrets.js';

/**
 * Asks `go` itself whether modules can be fetched: `go list -x -m -e -json <mod>@<query>...`
 * in a throwaway module with its own module cache, GOPATH and build cache, so nothing is
 * written to the user's caches, and the folder is removed afterwards. `-x` makes go trace
 * every HTTP request it makes (`# get <url>: 200 OK (0.016s)`), which gives, from go's own
 * client (its proxy variables, its trust store), which URL answered what and how fast.
 */

export interface GoListRequest {
	/** Absolute path of the go binary. */
	go: string;
	/** `path@query` arguments. */
	modules: string[];
	/** Go settings for this run, on top of the isolation below (GOPROXY, GOSUMDB, GONOPROXY...). */
	env: Record<string, string | undefined>;
	timeoutMs: number;
	signal?: AbortSignal;
}

export interface TracedRequest {
	url: string;
	/** HTTP status code when the server answered. */
	status?: number;
	/** `404 Not Found`, or go's error text when there was no answer. */
	outcome?: string;
	/** Go's own measure of the request, when it got an answer. */
	seconds?: number;
}

export interface ListedModule {
	path: string;
	version?: string;
	/** Go's error for this module (`-e` keeps going after one fails). */
	error?: string;
}

export interface GoListResult {
	argv: string[];
	/** The settings the run was given (for evidence). */
	env: Record<string, string>;
	result: ExecResult;
	wallMs: number;
	/** Requests in the order go started them; one without `outcome` never finished. */
	requests: TracedRequest[];
	modules: ListedModule[];
}

/** A pattern that matches no module path, to switch off GOPRIVATE-style lists in a probe. */
export const MATCH_NOTHING = 'goenv-tui.invalid/match-nothing';

export async function goList(sys: System, request: GoListRequest): Promise<GoListResult> {
	// Several probes run at once; a prefix of their own (from what they ask) keeps each
	// temporary folder tied to its request, so a recorded run replays whatever the order.
	// Hashed as a snapshot stores it (secrets redacted), or a GOPROXY with a password replays as unknown.
	const tag = createHash('sha256').update(redactSecrets(JSON.stringify([request.go, request.modules, request.env]))).digest('hex').slice(0, 10);
	const dir = await sys.mkdtemp(`goenv-tui-probe-${tag}-`);
	const env: Record<string, string | undefined> = {
		GOMODCACHE: sys.path.join(dir, 'modcache'),
		GOPATH: sys.path.join(dir, 'gopath'),
		GOCACHE: sys.path.join(dir, 'cache'),
		// -modcacherw: the throwaway cache can be removed without a chmod walk.
		GOFLAGS: '-mod=mod -modcacherw',
		GO111MODULE: 'on',
		GOWORK: 'off',
		...request.env,
	};
	const args = ['list', '-x', '-m', '-e', '-json', ...request.modules];
	const started = Date.now();
	try {
		await sys.writeFile(sys.path.join(dir, 'go.mod'), 'module goenv-tui.invalid/probe\n');
		const result = await sys.exec({file: request.go, args, cwd: dir, env, timeoutMs: request.timeoutMs, signal: request.signal});
		return {
			argv: [request.go, ...args],
			env: Object.fromEntries(Object.entries(request.env).filter((entry): entry is [string, string] => entry[1] !== undefined)),
			result,
			wallMs: Date.now() - started,
			requests: parseTrace(result.stderr),
			modules: parseModules(result.stdout),
		};
	} finally {
		// Best effort: on Windows a just-killed go can hold a file for a moment; a leftover
		// temporary folder must not turn a measured verdict into a crash.
		await sys.remove(dir).catch(() => undefined);
	}
}

/** The `# get` lines of `go -x` output. */
export function parseTrace(stderr: string): TracedRequest[] {
	const requests: TracedRequest[] = [];
	const open = new Map<string, TracedRequest[]>();
	for (const line of stderr.split(/\r?\n/)) {
		const start = /^# get (\S+)$/.exec(line);
		if (start) {
			const request: TracedRequest = {url: start[1]!};
			requests.push(request);
			open.set(request.url, [...(open.get(request.url) ?? []), request]);
			continue;
		}
		const end = /^# get (\S+?): (.*)$/.exec(line);
		if (!end) continue;
		const url = end[1]!;
		const pending = open.get(url)?.shift();
		const request = pending ?? {url};
		if (!pending) requests.push(request);
		const answered = /^(\d{3})\b(.*?) \((\d+(?:\.\d+)?)s\)$/.exec(end[2]!);
		if (answered) {
			request.status = Number(answered[1]);
			request.outcome = `${answered[1]}${answered[2]}`;
			request.seconds = Number(answered[3]);
		} else {
			request.outcome = end[2]!;
		}
	}
	return requests;
}

/** The JSON objects `go list -m -json` prints one after another. */
export function parseModules(stdout: string): ListedModule[] {
	const modules: ListedModule[] = [];
	for (const text of splitJsonObjects(stdout)) {
		try {
			const value = JSON.parse(text) as {Path?: string; Version?: string; Error?: {Err?: string}};
			if (!value.Path) continue;
			modules.push({path: value.Path, ...(value.Version ? {version: value.Version} : {}), ...(value.Error?.Err ? {error: value.Error.Err} : {})});
		} catch {
			// A truncated object (the run was killed) says nothing.
		}
	}
	return modules;
}

function splitJsonObjects(text: string): string[] {
	const objects: string[] = [];
	let depth = 0;
	let start = -1;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{') {
			if (depth === 0) start = i;
			depth++;
		} else if (c === '}' && depth > 0) {
			depth--;
			if (depth === 0) objects.push(text.slice(start, i + 1));
		}
	}
	return objects;
}
