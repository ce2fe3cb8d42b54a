import type {CommandFact, Facts} from './facts.js';
import {hostOfUrl} from './git.js';
import {system32} from '../system/windows-registry.js';
import {isAbsent} from '../system/types.js';

/**
 * Credentials cached for git, listed by target and user only. Secrets are never asked for
 * and never kept: `cmdkey /list` does not print them; the store helper's file is parsed
 * line by line and the password part of each URL is dropped on the spot; the macOS keychain
 * is asked for attributes only (no `-w`, no `-g`). `git credential fill` is never run.
 */

export type CredentialStore = 'windows-credential-manager' | 'git-credential-store' | 'macos-keychain';

export interface CachedCredential {
	store: CredentialStore;
	/** What names it in its store: a cmdkey target, `https://host/path`, a keychain server. */
	target: string;
	host: string | null;
	protocol?: string;
	path?: string;
	user: string;
	/** The store file, `cmdkey`, or `login keychain`. */
	location: string;
}

/** `cmdkey /list`, parsed. English and Simplified Chinese labels; other languages by shape. */
export function parseCmdkeyList(stdout: string): Array<{target: string; user: string; type: string}> {
	const blocks: Array<{target: string; user: string; type: string}> = [];
	let current: {target: string; user: string; type: string} | null = null;
	for (const line of stdout.split(/\r?\n/)) {
		const field = /^\s+([^:：]+?)\s*[:：]\s?(.*?)\s*$/.exec(line);
		if (!field) continue;
		const label = field[1]!.toLowerCase();
		const value = field[2]!;
		const isTarget = label === 'target' || label === '目标' || /^(?:LegacyGeneric|Domain|Generic|WindowsLive|Certificate)[A-Za-z]*:/.test(value);
		if (isTarget) {
			current = {target: value, user: '', type: ''};
			blocks.push(current);
		} else if (current && (label === 'user' || label === '用户')) current.user = value;
		else if (current && (label === 'type' || label === '类型')) current.type = value;
	}
	return blocks;
}

/** `LegacyGeneric:target=git:https://github.com` → `git:https://github.com` (what cmdkey /delete takes). */
export function cmdkeyDeleteTarget(target: string): string {
	const match = /target=(.*)$/.exec(target);
	return match ? match[1]! : target.replace(/^[A-Za-z]+:/, '');
}

/** The URL inside a Git Credential Manager target: `git:https://user@host/path` → `https://user@host/path`. */
function urlInTarget(target: string): string {
	return cmdkeyDeleteTarget(target).replace(/^[a-z0-9_-]+:(?=[a-z][a-z0-9+.-]*:\/\/)/i, '');
}

export function windowsCredentials(facts: Facts): Promise<{credentials: CachedCredential[]; command: CommandFact} | null> {
	return facts.once('windows-credentials', async () => {
		if (facts.sys.platform !== 'win32') return null;
		const command = await facts.exec(system32(facts.sys.env(), 'cmdkey.exe'), ['/list']);
		const credentials = parseCmdkeyList(command.result.stdout).map((block): CachedCredential => {
			const url = urlInTarget(block.target);
			const protocol = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
			return {
				store: 'windows-credential-manager',
				target: block.target,
				host: hostOfUrl(url),
				...(protocol ? {protocol} : {}),
				user: block.user,
				location: 'cmdkey',
			};
		});
		return {credentials, command};
	});
}

/**
 * One line of a `git credential-store` file (`https://user:secret@host/path`), without the
 * secret. Lines that are not such URLs give null. The secret is never returned or stored.
 */
export function parseStoreLine(line: string): {protocol: string; user: string; host: string; path?: string} | null {
	const match = /^([a-z][a-z0-9+.-]*):\/\/([^@/]*)@([^/\s]+)(\/\S*)?\s*$/i.exec(line.trim());
	if (!match) return null;
	const userinfo = match[2]!;
	const colon = userinfo.indexOf(':');
	const rawUser = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
	let user = rawUser;
	try {
		user = decodeURIComponent(rawUser);
	} catch {
		// Keep it as written.
	}
	const path = match[4] && match[4] !== '/' ? match[4] : undefined;
	return {protocol: match[1]!.toLowerCase(), user, host: match[3]!.toLowerCase(), ...(path ? {path} : {})};
}

/**
 * The credentials a store file lists. Absent (ENOENT, ENOTDIR) holds none; a file that is
 * there but could not be read keeps its code in `unreadable`: what it holds is unknown.
 */
export function storeFileCredentials(facts: Facts, file: string): Promise<{exists: boolean; credentials: CachedCredential[]; unreadable?: string}> {
	return facts.once(`git-credential-store:${file}`, async () => {
		const read = await facts.sys.readText(file);
		if (!read.ok) return {exists: false, credentials: [], ...(isAbsent(read.code) ? {} : {unreadable: read.code})};
		const content = read.value;
		const credentials = content.split(/\r?\n/).flatMap((line): CachedCredential[] => {
			const parsed = parseStoreLine(line);
			if (!parsed) return [];
			const target = `${parsed.protocol}://${parsed.host}${parsed.path ?? ''}`;
			return [{store: 'git-credential-store', target, host: parsed.host.replace(/:\d+$/, ''), protocol: parsed.protocol, ...(parsed.path ? {path: parsed.path} : {}), user: parsed.user, location: file}];
		});
		return {exists: true, credentials};
	});
}

/** The files `git credential-store` reads when no `--file` is given. */
export function defaultStoreFiles(facts: Facts): string[] {
	const {sys} = facts;
	const home = sys.getenv('HOME') || sys.homedir();
	const xdg = sys.getenv('XDG_CONFIG_HOME');
	return [sys.path.join(home, '.git-credentials'), xdg ? sys.path.join(xdg, 'git', 'credentials') : sys.path.join(home, '.config', 'git', 'credentials')];
}

/**
 * macOS keychain items for a host, attributes only. `kind` internet = what
 * git-credential-osxkeychain stores; generic = Git Credential Manager's `git:https://host`.
 */
export function keychainCredentials(facts: Facts, host: string, kind: 'internet' | 'generic'): Promise<{credentials: CachedCredential[]; command: CommandFact}> {
	return facts.once(`keychain:${kind}:${host}`, async () => {
		const args = kind === 'internet' ? ['find-internet-password', '-s', host] : ['find-generic-password', '-s', `git:https://${host}`];
		const command = await facts.exec('/usr/bin/security', args);
		if (command.result.exitCode !== 0) return {credentials: [], command};
		const account = /"acct"<blob>=(?:"((?:[^"\\]|\\.)*)"|<NULL>)/.exec(command.result.stdout)?.[1] ?? '';
		const server = /"srvr"<blob>="((?:[^"\\]|\\.)*)"/.exec(command.result.stdout)?.[1] ?? host;
		const path = /"path"<blob>="((?:[^"\\]|\\.)*)"/.exec(command.result.stdout)?.[1];
		const target = kind === 'internet' ? `${server}${path ? `/${path.replace(/^\//, '')}` : ''}` : `git:https://${host}`;
		return {credentials: [{store: 'macos-keychain', target, host: server.toLowerCase(), protocol: 'https', ...(path ? {path} : {}), user: account, location: 'keychain'}], command};
	});
}
