import type {Status} from './status.js';
import type {Fix} from './fix.js';

/** Families group the checklist. Their order here is the order of the groups on screen. */
export const FAMILIES = ['toolchain', 'environment', 'network', 'git', 'cgo', 'editor', 'windows'] as const;
export type Family = (typeof FAMILIES)[number];

/** Where an effective setting came from. */
export type SettingSource =
	| 'process' // the environment of this process only
	| 'registry-user' // HKCU\Environment
	| 'registry-system' // HKLM\...\Session Manager\Environment
	| 'shell-profile' // a line in ~/.profile, ~/.bashrc, ...
	| 'go-env-file' // the user's go env file (go env GOENV)
	| 'goroot-go-env' // $GOROOT/go.env
	| 'inferred' // computed by go (GOROOT from the binary's location, GOPATH from HOME)
	| 'default' // the built-in default
	| 'goroot-go-env-unreadable' // $GOROOT/go.env could not be read: its default or go's own, unknown
	| 'unknown';

/** How a cell or row should be read. The UI maps tones to colours; text output to words. */
export type Tone = 'good' | 'bad' | 'warn' | 'muted' | 'normal';

/** One entry of PATH, as a shell would walk it. */
export type PathEntryMark = 'wins' | 'shadowed' | 'duplicate' | 'missing' | 'empty' | 'quoted' | 'unexpanded' | 'not-a-directory' | 'relative' | 'go-install' | 'unreadable';

export interface PathEntryView {
	index: number;
	raw: string;
	expanded: string;
	origin: 'system' | 'user' | 'process' | 'shell';
	exists: boolean;
	marks: PathEntryMark[];
	/** Go tools found in this folder, with the version when it is known. */
	tools: Array<{name: string; file: string; wins: boolean; version?: string}>;
}

export interface RegistryValueView {
	hive: 'HKCU' | 'HKLM';
	key: string;
	name: string;
	type: 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_DWORD' | 'REG_MULTI_SZ' | string;
	raw: string;
	expanded?: string;
}

export interface GoEnvRowView {
	name: string;
	value: string;
	source: SettingSource;
	/** The file or registry key that holds it, when there is one. */
	where?: string;
	note?: string;
	tone?: Tone;
}

/**
 * Evidence is typed, not prose: each kind has its own view in the UI and its own rendering
 * in text and Markdown reports. Values must already be free of secrets when they get here.
 */
export type Evidence =
	| {kind: 'kv'; title: string; rows: Array<{label: string; value: string; tone?: Tone}>}
	| {
			kind: 'table';
			title: string;
			columns: Array<{key: string; label: string}>;
			rows: Array<Record<string, string> & {_tone?: Tone}>;
	  }
	| {kind: 'path'; title: string; shell: string; entries: PathEntryView[]}
	| {kind: 'registry'; title: string; values: RegistryValueView[]}
	| {kind: 'go-env'; title: string; rows: GoEnvRowView[]}
	| {
			kind: 'command';
			title: string;
			argv: string[];
			exitCode: number | null;
			stdout: string;
			stderr: string;
			timedOut?: boolean;
			/** Ended by this signal (SIGKILL, SIGSEGV…) instead of exiting. */
			signal?: string;
			/** Never started: the spawn error's code (ENOENT, EACCES…). */
			startError?: string;
			/** Its output was cut at the cap: what is shown is the start. */
			truncated?: boolean;
	  }
	| {kind: 'credentials'; title: string; rows: Array<{target: string; user: string; helper: string}>}
	| {kind: 'text'; title: string; text: string};

/** What a probe reports. The engine adds id, title, family and timing. */
export interface ProbeResult {
	status: Status;
	summary: string;
	/** Two or three plain sentences on why this matters. */
	why?: string;
	docUrl?: string;
	evidence?: Evidence[];
	fixes?: Fix[];
	/**
	 * Set when checks that depend on this one cannot say anything useful, e.g. no `go` at
	 * all. Dependents are then skipped as "blocked by <id>" instead of inventing errors.
	 */
	blocksDependents?: boolean;
}

export interface Finding {
	id: string;
	title: string;
	family: Family;
	status: Status;
	summary: string;
	why?: string;
	docUrl?: string;
	evidence: Evidence[];
	fixes: Fix[];
	duration_ms: number;
	blocksDependents?: boolean;
}
