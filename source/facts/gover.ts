/**
 * Go version strings as the go command orders them (internal/gover): `1.21` is a language
 * version that sorts before `1.21rc1`, which sorts before the release `1.21.0`. Before Go
 * 1.21 the first release was named `1.N` with no patch, so `1.20` means `1.20.0`.
 * Accepts an optional `go` prefix (`go1.26.8`).
 */
export interface GoVersion {
	major: string;
	minor: string;
	patch: string;
	kind: '' | string;
	pre: string;
}

function cutInt(x: string): [string, string] | null {
	const m = /^\d+/.exec(x);
	if (!m || (m[0].length > 1 && m[0].startsWith('0'))) return null;
	return [m[0], x.slice(m[0].length)];
}

export function parseGoVersion(input: string): GoVersion | null {
	let x = input.startsWith('go') ? input.slice(2) : input;
	const major = cutInt(x);
	if (!major) return null;
	const v: GoVersion = {major: major[0], minor: '', patch: '', kind: '', pre: ''};
	x = major[1];
	if (x === '') return {...v, minor: '0', patch: '0'};
	if (x[0] !== '.') return null;
	const minor = cutInt(x.slice(1));
	if (!minor) return null;
	v.minor = minor[0];
	x = minor[1];
	if (x === '') {
		if (cmpInt(v.minor, '21') < 0) v.patch = '0';
		return v;
	}
	if (x[0] === '.') {
		const patch = cutInt(x.slice(1));
		if (!patch || patch[1] !== '') return null;
		return {...v, patch: patch[0]};
	}
	const kind = /^[a-z]+/.exec(x);
	if (!kind) return null;
	v.kind = kind[0];
	x = x.slice(kind[0].length);
	if (x === '') return v;
	const pre = cutInt(x);
	if (!pre || pre[1] !== '') return null;
	return {...v, pre: pre[0]};
}

function cmpInt(a: string, b: string): number {
	if (a === b) return 0;
	if (a.length !== b.length) return a.length < b.length ? -1 : 1;
	return a < b ? -1 : 1;
}

/** -1, 0 or 1. Invalid versions sort before every valid one, as in Go. */
export function compareGoVersions(a: string, b: string): number {
	const x = parseGoVersion(a) ?? {major: '', minor: '', patch: '', kind: '', pre: ''};
	const y = parseGoVersion(b) ?? {major: '', minor: '', patch: '', kind: '', pre: ''};
	return (
		cmpInt(x.major, y.major) ||
		cmpInt(x.minor, y.minor) ||
		cmpInt(x.patch, y.patch) ||
		(x.kind === y.kind ? 0 : x.kind < y.kind ? -1 : 1) ||
		cmpInt(x.pre, y.pre)
	);
}

/** True for a language version such as `1.22` (no patch, no pre-release). */
export function isLanguageVersion(version: string): boolean {
	const v = parseGoVersion(version);
	return v !== null && v.patch === '' && v.kind === '' && v.pre === '';
}

/** `1.26.8` → `1.26`. */
export function languageOf(version: string): string | null {
	const v = parseGoVersion(version);
	return v ? `${v.major}.${v.minor}` : null;
}

/**
 * The version in a `GOVERSION` or `go version` string: `go1.26.8`, `go1.26.8 X:boringcrypto`,
 * `devel go1.28-abcdef Tue …`. Returns `1.26.8` without the `go` prefix, or null.
 */
export function versionFromGoVersionString(text: string): string | null {
	const m = /\bgo(\d+(?:\.\d+)*(?:[a-z]+\d*)?)/.exec(text);
	if (!m) return null;
	// A devel build names the next language version with a commit after a dash.
	return parseGoVersion(m[1]!) ? m[1]! : null;
}
