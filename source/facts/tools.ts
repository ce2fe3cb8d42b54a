import {redactSecrets} from '../redact/secrets.js';
import type {CommandFact, Facts} from './facts.js';
import {findAllOnPath, pathDelimiter} from './path-lookup.js';

/**
 * Editor tools built with Go (gopls, dlv): every copy a person may be running, which one
 * wins, and how each was built. Build info comes from `go version -m`, asked once for every
 * copy of every tool (one spawn per run, however many copies there are).
 */

export const EDITOR_TOOLS = {
	gopls: {name: 'gopls', pkg: 'golang.org/x/tools/gopls', module: 'golang.org/x/tools/gopls'},
	dlv: {name: 'dlv', pkg: 'github.com/go-delve/delve/cmd/dlv', module: 'github.com/go-delve/delve'},
} as const;
export type EditorTool = keyof typeof EDITOR_TOOLS;

/** What `go version -m` says about one binary. */
export interface BuildInfo {
	/** The Go that built it, e.g. `go1.22.5`. */
	goVersion: string;
	/** The main package (`path` line). */
	path?: string;
	/** The main module and its version (`mod` line), e.g. v0.16.2 or (devel). */
	module?: {path: string; version: string};
	/** `build` lines: -compiler=gc, CGO_ENABLED=1, GOOS=windows, vcs.revision=… */
	settings: Record<string, string>;
}

/**
 * Parses the output of `go version -m file…`. Each binary starts with an unindented
 * `<file>: <go version>` line; its build info follows as tab-indented lines. Files are
 * matched by the exact names passed, because Windows paths contain `: ` too.
 */
export function parseGoVersionM(stdout: string, files: readonly string[]): Map<string, BuildInfo> {
	const result = new Map<string, BuildInfo>();
	let current: BuildInfo | undefined;
	// Longest names first, so `C:\a\dlv.exe` never matches inside a longer one.
	const byLength = [...files].sort((a, b) => b.length - a.length);
	for (const line of stdout.split(/\r?\n/)) {
		if (!line.startsWith('\t')) {
			const file = byLength.find((name) => line.startsWith(`${name}: `));
			current = undefined;
			if (!file) continue;
			const version = /^(?:devel )?go\S+/.exec(line.slice(file.length + 2).trim());
			if (!version) continue;
			current = {goVersion: version[0], settings: {}};
			result.set(file, current);
			continue;
		}
		if (!current) continue;
		const [kind, ...rest] = line.slice(1).split('\t');
		if (kind === 'path') current.path = rest[0];
		else if (kind === 'mod') current.module = {path: rest[0] ?? '', version: rest[1] ?? ''};
		else if (kind === 'build') {
			const setting = rest.join('\t');
			const eq = setting.indexOf('=');
			if (eq > 0) current.settings[setting.slice(0, eq)] = setting.slice(eq + 1);
			else current.settings[setting] = '';
		}
	}
	return result;
}

/** `go1.22.5` → 22; `go1.21rc2` → 21; `devel go1.24-abc` → 24. */
export function goMinor(version: string | undefined | null): number | null {
	const match = /go1\.(\d+)/.exec(version ?? '');
	return match ? Number(match[1]) : null;
}

export type CopyPlace = 'path' | 'gobin' | 'gopath-bin' | 'goroot-bin';

export interface ToolCopy {
	file: string;
	places: CopyPlace[];
	/** Position among this tool's PATH hits; 0 is the one a terminal runs. */
	pathIndex?: number;
	wins: boolean;
	/** The folder `go install` writes to (GOBIN, else the first GOPATH entry's bin). */
	installTarget: boolean;
	/** Another copy reached through a symlink to the same file. */
	sameAs?: string;
	build?: BuildInfo;
}

export interface ToolsFact {
	/** Where `go install` puts binaries; null when go env is unavailable. */
	installDir: string | null;
	/** The Go in use (GOVERSION). */
	goVersion: string | null;
	/** Executable suffix on this platform (`.exe` on Windows). */
	exe: string;
	tools: Record<EditorTool, ToolCopy[]>;
	/**
	 * The one `go version -m` run, when there was something to ask about, with secrets
	 * redacted (build settings can hold `-ldflags "-X main.token=…"`).
	 */
	command?: CommandFact;
}

export function editorTools(facts: Facts): Promise<ToolsFact> {
	return facts.once('editor-tools', async () => {
		const {sys} = facts;
		const p = sys.path;
		const goEnv = await facts.goEnv();
		const values = goEnv?.ok ? goEnv.values : {};
		const exe = sys.platform === 'win32' ? '.exe' : '';
		const gopaths = (values.GOPATH ?? '').split(pathDelimiter(sys.platform)).filter(Boolean);
		const installDir = values.GOBIN || (gopaths[0] ? p.join(gopaths[0], 'bin') : null);
		const same = (a: string, b: string) => (sys.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);
		const places: Array<{dir: string; place: CopyPlace}> = [
			...(values.GOBIN ? [{dir: values.GOBIN, place: 'gobin' as const}] : []),
			...gopaths.map((dir) => ({dir: p.join(dir, 'bin'), place: 'gopath-bin' as const})),
			...(values.GOROOT ? [{dir: p.join(values.GOROOT, 'bin'), place: 'goroot-bin' as const}] : []),
		];

		const tools = {} as Record<EditorTool, ToolCopy[]>;
		await Promise.all(
			(Object.keys(EDITOR_TOOLS) as EditorTool[]).map(async (tool) => {
				const copies: ToolCopy[] = [];
				const add = (file: string, place: CopyPlace, pathIndex?: number) => {
					let copy = copies.find((c) => same(c.file, file));
					if (!copy) {
						copy = {file, places: [], wins: pathIndex === 0, installTarget: Boolean(installDir && same(p.dirname(file), installDir))};
						copies.push(copy);
					}
					if (!copy.places.includes(place)) copy.places.push(place);
					if (pathIndex !== undefined) copy.pathIndex = pathIndex;
				};
				const hits = await findAllOnPath(sys, tool);
				hits.forEach((file, index) => add(file, 'path', index));
				for (const {dir, place} of places) {
					const file = p.join(dir, tool + exe);
					const info = await sys.stat(file);
					if (info?.kind === 'file') add(file, place);
				}
				// A symlink to another copy is the same program, not a second one.
				const real = await Promise.all(copies.map(async (c) => (await sys.realpath(c.file)) ?? c.file));
				copies.forEach((copy, i) => {
					const first = real.findIndex((r) => same(r, real[i]!));
					if (first < i) copy.sameAs = copies[first]!.file;
				});
				tools[tool] = copies;
			}),
		);

		const go = await facts.goBinary();
		const files = Object.values(tools).flatMap((copies) => copies.filter((c) => !c.sameAs).map((c) => c.file));
		let command: CommandFact | undefined;
		if (go && files.length > 0) {
			const run = await facts.exec(go, ['version', '-m', ...files]);
			const infos = parseGoVersionM(run.result.stdout, files);
			command = {...run, result: {...run.result, stdout: redactSecrets(run.result.stdout), stderr: redactSecrets(run.result.stderr)}};
			for (const copies of Object.values(tools)) {
				for (const copy of copies) copy.build = infos.get(copy.sameAs ?? copy.file);
			}
		}
		return {installDir, goVersion: values.GOVERSION ?? null, exe, tools, ...(command ? {command} : {})};
	});
}
