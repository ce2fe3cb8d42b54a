import path from 'node:path';
import type {SnapshotFile} from './format.js';

export const ANON_USER = '<user>';
export const ANON_HOST = '<host>';

/**
 * The placeholder for a user name keeps what checks look at in paths: a space, and
 * letters outside ASCII (CJK or not), so `C:\Users\张三` stays a non-ASCII path.
 */
export function anonymousName(user: string): string {
	const space = /\s/.test(user) ? ' name' : '';
	if (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/.test(user)) return `<用户${space}>`;
	if (/[^\x00-\x7f]/.test(user)) return `<üser${space}>`;
	return space ? `<user${space}>` : ANON_USER;
}

/**
 * `snapshot --anonymize`: the user name and the whole home folder are replaced everywhere in
 * the snapshot, consistently, in a way that keeps paths absolute and well-formed
 * (`/srv/corp/jane/go` → `/home/<user>/go`, `D:\Users\张三\go` → `C:\Users\<用户>\go`), so
 * the replayed checks still find what they look for. The machine's name becomes `<host>`.
 * Paths are also recognised with forward slashes (`C:/Users/jane`), in MSYS form
 * (`/c/Users/jane`) and JSON-escaped inside command output.
 */
export function anonymizer(file: SnapshotFile): {apply(file: SnapshotFile): SnapshotFile} {
	const win = file.machine.platform === 'win32';
	const p = win ? path.win32 : path.posix;
	const env = (resultOf(file, 'env') as Record<string, string> | undefined) ?? file.env ?? {};
	const home = (resultOf(file, 'homedir') as string | undefined) ?? file.home ?? envValue(env, win ? 'USERPROFILE' : 'HOME', win);
	const user = envValue(env, 'USERNAME', win) || envValue(env, 'USER', win) || envValue(env, 'LOGNAME', win) || (home ? p.basename(home) : undefined);
	const host = file.machine.hostname;
	const anonUser = user ? anonymousName(user) : ANON_USER;
	const flags = win ? 'giu' : 'gu';
	const rules: Array<[RegExp, string]> = [];

	if (home && p.parse(home).root !== home) {
		// The whole home path goes, not only its last part: `/srv/corp-7/people/jane` says as
		// much as the name. Its stand-in is where homes usually are, so paths stay absolute.
		const anonHome = win ? `C:\\Users\\${anonUser}` : file.machine.platform === 'darwin' ? `/Users/${anonUser}` : `/home/${anonUser}`;
		const variants: Array<[string, string]> = [[home, anonHome]];
		if (win) {
			variants.push([home.replace(/\\/g, '/'), anonHome.replace(/\\/g, '/')]);
			const msys = /^([A-Za-z]):(.*)$/.exec(home.replace(/\\/g, '/'));
			if (msys) variants.push([`/${msys[1]!.toLowerCase()}${msys[2]}`, `/c${anonHome.replace(/\\/g, '/').slice(2)}`]);
		}
		for (const [from, to] of [...variants]) if (from.includes('\\')) variants.push([from.replace(/\\/g, '\\\\'), to.replace(/\\/g, '\\\\')]);
		for (const [from, to] of variants) rules.push([new RegExp(`${escape(from)}(?![\\p{L}\\p{N}_.-])`, flags), to]);
	}
	if (user && user.length >= 2) {
		// Other places the user name is a home-like folder: another drive, another profile root.
		rules.push([new RegExp(`(?<=[\\\\/](?:home|Users|users)(?:\\\\\\\\|\\\\|/))${escape(user)}(?![\\p{L}\\p{N}_.-])`, flags), anonUser]);
	}
	if (host && host.length >= 3) rules.push([new RegExp(`(?<![\\p{L}\\p{N}_.-])${escape(host)}(?![\\p{L}\\p{N}_-])`, 'giu'), ANON_HOST]);

	const same = (a: string, b: string) => (win ? a.toLowerCase() === b.toLowerCase() : a === b);
	const text = (value: string): string => {
		if (user && same(value, user)) return anonUser;
		if (host && value.toLowerCase() === host.toLowerCase()) return ANON_HOST;
		return rules.reduce((out, [re, to]) => out.replace(re, () => to), value);
	};
	const deep = (value: unknown): unknown => {
		if (typeof value === 'string') return text(value);
		if (Array.isArray(value)) return value.map(deep);
		if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v)]));
		return value;
	};
	return {
		apply(input) {
			const out = deep(input) as SnapshotFile;
			return {...out, machine: {...out.machine, ...(host ? {hostname: ANON_HOST} : {})}, anonymized: true};
		},
	};
}

function resultOf(file: SnapshotFile, method: string): unknown {
	return file.calls?.find((call) => call.method === method && call.args.length === 0)?.result;
}

function envValue(env: Record<string, string>, name: string, win: boolean): string | undefined {
	if (!win) return env[name] || undefined;
	return Object.entries(env).find(([k]) => k.toUpperCase() === name)?.[1] || undefined;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
