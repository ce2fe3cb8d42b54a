import type {CommandFact, Facts} from './facts.js';
import {findAllOnPath} from './path-lookup.js';
import {redactSecrets} from '../redact/secrets.js';

/**
 * Facts about git, read once per run: which git runs, its version, and the configuration
 * values the checks care about, each with the file it comes from and its scope. Values pass
 * through the secret redactor as they are parsed (an `insteadOf` URL may carry a token), so
 * nothing downstream ever holds a secret from git's configuration.
 */

export type GitScope = 'system' | 'global' | 'local' | 'worktree' | 'command' | 'unknown';

export interface GitConfigEntry {
	scope: GitScope;
	/** As git prints it: `file:/etc/gitconfig`, `command line:`, `blob:…`. */
	origin: string;
	/** The file, when the origin is one. */
	file?: string;
	/** Section and variable in lower case, subsection as written: `url.https://x/.insteadof`. */
	key: string;
	/** null for a bare `key` line (boolean true). */
	value: string | null;
}

export interface GitVersion {
	/** `2.45.1.windows.1`. */
	text: string;
	major: number;
	minor: number;
	/** Git for Windows builds carry `.windows.N`. */
	gitForWindows: boolean;
}

export interface GitConfigFact {
	entries: GitConfigEntry[];
	command: CommandFact;
	/** True when git could not be asked (no git, or it failed). */
	failed: boolean;
}

/** The keys the checks read, as a pattern for `git config --get-regexp`. */
const CONFIG_KEYS = '^(core\\.(autocrlf|eol)|credential\\..*|url\\..*\\.insteadof|http\\.(.*\\.)?proxy)$';

export function gitCandidates(facts: Facts): Promise<string[]> {
	return facts.once('git-candidates', () => findAllOnPath(facts.sys, 'git'));
}

export async function gitBinary(facts: Facts): Promise<string | null> {
	return (await gitCandidates(facts))[0] ?? null;
}

export function gitVersion(facts: Facts): Promise<{version: GitVersion | null; command: CommandFact} | null> {
	return facts.once('git-version', async () => {
		const git = await gitBinary(facts);
		if (!git) return null;
		const command = await facts.exec(git, ['--version']);
		return {version: parseGitVersion(command.result.stdout), command};
	});
}

export function parseGitVersion(stdout: string): GitVersion | null {
	const match = /git version (\d+)\.(\d+)(\S*)/.exec(stdout);
	if (!match) return null;
	return {text: `${match[1]}.${match[2]}${match[3]}`, major: Number(match[1]), minor: Number(match[2]), gitForWindows: /\.windows\./.test(match[3]!)};
}

/** `git --exec-path`: where git looks first for `git-credential-<name>` and other helpers. */
export function gitExecPath(facts: Facts): Promise<string | null> {
	return facts.once('git-exec-path', async () => {
		const git = await gitBinary(facts);
		if (!git) return null;
		const command = await facts.exec(git, ['--exec-path']);
		return command.result.exitCode === 0 ? command.result.stdout.trim() || null : null;
	});
}

/** The configuration values the checks read, for the current folder (so local config counts). */
export function gitConfig(facts: Facts): Promise<GitConfigFact | null> {
	return facts.once('git-config', async () => {
		const git = await gitBinary(facts);
		if (!git) return null;
		const cwd = facts.sys.cwd();
		let command = await facts.exec(git, ['config', '--show-origin', '--show-scope', '-z', '--get-regexp', CONFIG_KEYS], {cwd});
		let withScope = true;
		// --show-scope is git 2.26+; older git says "unknown option" and exits 129.
		if (command.result.exitCode === 129) {
			command = await facts.exec(git, ['config', '--show-origin', '-z', '--get-regexp', CONFIG_KEYS], {cwd});
			withScope = false;
		}
		// Exit 1 from --get-regexp means "no such keys", not a failure.
		const failed = command.result.exitCode !== 0 && command.result.exitCode !== 1;
		const entries = failed ? [] : parseGitConfigZ(command.result.stdout, withScope, facts.sys.homedir());
		// The raw output may hold secrets (a token in an insteadOf URL): keep only a redacted copy.
		const safe: CommandFact = {...command, result: {...command.result, stdout: redactSecrets(command.result.stdout)}};
		return {entries, command: safe, failed};
	});
}

/**
 * Parses `git config --show-origin [--show-scope] -z` output: per entry `[scope NUL] origin
 * NUL key LF value NUL`, or `key NUL` for a key with no value.
 */
export function parseGitConfigZ(stdout: string, withScope: boolean, home?: string): GitConfigEntry[] {
	const fields = stdout.split('\0');
	const entries: GitConfigEntry[] = [];
	const step = withScope ? 3 : 2;
	for (let i = 0; i + step - 1 < fields.length; i += step) {
		const scopeText = withScope ? fields[i]! : '';
		const origin = fields[i + step - 2]!;
		const keyValue = fields[i + step - 1]!;
		if (origin === '' && keyValue === '') break;
		const newline = keyValue.indexOf('\n');
		const key = newline >= 0 ? keyValue.slice(0, newline) : keyValue;
		const value = newline >= 0 ? keyValue.slice(newline + 1) : null;
		const file = origin.startsWith('file:') ? origin.slice(5) : undefined;
		entries.push({
			scope: withScope ? toScope(scopeText) : scopeFromFile(file, origin, home),
			origin: redactSecrets(origin),
			...(file ? {file} : {}),
			key: redactSecrets(key),
			value: value === null ? null : redactSecrets(value),
		});
	}
	return entries;
}

function toScope(text: string): GitScope {
	return (['system', 'global', 'local', 'worktree', 'command'] as const).find((s) => s === text) ?? 'unknown';
}

function scopeFromFile(file: string | undefined, origin: string, home?: string): GitScope {
	if (origin.startsWith('command line:')) return 'command';
	if (!file) return 'unknown';
	const normal = file.replace(/\\/g, '/');
	if (/\/\.git\/config$|^\.git\/config$/.test(normal)) return 'local';
	if (/\/\.git\/config\.worktree$/.test(normal)) return 'worktree';
	if ((home && normal.startsWith(home.replace(/\\/g, '/'))) || /\/git\/config$/.test(normal)) return 'global';
	return 'system';
}

/** Entries for one key, in the order git reads them (system, global, local, command line). */
export function configValues(config: GitConfigFact | null, key: string): GitConfigEntry[] {
	const lower = key.toLowerCase();
	return (config?.entries ?? []).filter((entry) => entry.key.toLowerCase() === lower);
}

/** The value git uses for a single-valued key: the last one read. */
export function effectiveValue(config: GitConfigFact | null, key: string): GitConfigEntry | undefined {
	return configValues(config, key).at(-1);
}

export interface HelperEntry {
	/** The value as configured: `manager`, `store --file ~/.creds`, `!f() { … }; f`. */
	value: string;
	entry: GitConfigEntry;
}

/**
 * The `credential.helper` chain git uses for every URL: values in configuration order, where
 * an empty value throws away the helpers read before it (Git Credential Manager's advice to
 * reset system helpers in ~/.gitconfig).
 */
export function credentialHelperChain(config: GitConfigFact | null): {chain: HelperEntry[]; reset: GitConfigEntry[]} {
	let chain: HelperEntry[] = [];
	const reset: GitConfigEntry[] = [];
	for (const entry of configValues(config, 'credential.helper')) {
		if (!entry.value) {
			reset.push(entry);
			chain = [];
		} else chain.push({value: entry.value, entry});
	}
	return {chain, reset};
}

/** `credential.<url>.helper` entries: helpers for one URL pattern only. */
export function urlScopedHelpers(config: GitConfigFact | null): Array<HelperEntry & {url: string}> {
	return (config?.entries ?? []).flatMap((entry) => {
		const match = /^credential\.(.+)\.helper$/i.exec(entry.key);
		return match && entry.value ? [{value: entry.value, entry, url: match[1]!}] : [];
	});
}

/** `url.<base>.insteadOf <prefix>`: URLs git rewrites, e.g. https to ssh for a private host. */
export function insteadOfRules(config: GitConfigFact | null): Array<{base: string; prefix: string; entry: GitConfigEntry}> {
	return (config?.entries ?? []).flatMap((entry) => {
		const match = /^url\.(.+)\.insteadof$/i.exec(entry.key);
		return match && entry.value ? [{base: match[1]!, prefix: entry.value, entry}] : [];
	});
}

/** The host in a URL or scp-like address (`git@host:org/repo`), lower case; null if none. */
export function hostOfUrl(text: string): string | null {
	const url = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^/:?#]+)/i.exec(text);
	if (url) return url[1]!.toLowerCase();
	const scp = /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)/.exec(text);
	if (scp && scp[1]!.includes('.')) return scp[1]!.toLowerCase();
	return null;
}
