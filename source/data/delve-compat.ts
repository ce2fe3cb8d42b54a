/**
 * Delve's supported-Go window, release by release: the values of
 * MinSupportedVersionOfGo{Major,Minor} and MaxSupportedVersionOfGo{Major,Minor} in
 * go-delve/delve `pkg/goversion/compat.go`, read at each release tag (v1.20.0–v1.27.1 from
 * the repository's history; v1.27.2 from the released module). Delve checks the Go that
 * built the program being debugged, and refuses outside this window.
 */
export const DELVE_COMPAT_AS_OF = '2026-11-25';
export const DELVE_COMPAT_SOURCE = 'go-delve/delve pkg/goversion/compat.go';

export interface DelveRelease {
	version: string;
	/** Oldest Go 1.x minor it debugs. */
	minGoMinor: number;
	/** Newest Go 1.x minor it debugs. */
	maxGoMinor: number;
}

export const DELVE_RELEASES: readonly DelveRelease[] = [
	{version: 'v1.20.0', minGoMinor: 18, maxGoMinor: 20},
	{version: 'v1.20.1', minGoMinor: 18, maxGoMinor: 20},
	{version: 'v1.20.2', minGoMinor: 18, maxGoMinor: 20},
	{version: 'v1.21.0', minGoMinor: 18, maxGoMinor: 21},
	{version: 'v1.21.1', minGoMinor: 19, maxGoMinor: 21},
	{version: 'v1.21.2', minGoMinor: 19, maxGoMinor: 21},
	{version: 'v1.22.0', minGoMinor: 19, maxGoMinor: 22},
	{version: 'v1.22.1', minGoMinor: 19, maxGoMinor: 22},
	{version: 'v1.23.0', minGoMinor: 21, maxGoMinor: 23},
	{version: 'v1.23.1', minGoMinor: 21, maxGoMinor: 23},
	{version: 'v1.24.0', minGoMinor: 21, maxGoMinor: 24},
	{version: 'v1.24.1', minGoMinor: 21, maxGoMinor: 24},
	{version: 'v1.24.2', minGoMinor: 21, maxGoMinor: 24},
	{version: 'v1.25.0', minGoMinor: 21, maxGoMinor: 24},
	{version: 'v1.25.1', minGoMinor: 22, maxGoMinor: 25},
	{version: 'v1.25.2', minGoMinor: 22, maxGoMinor: 25},
	{version: 'v1.26.0', minGoMinor: 24, maxGoMinor: 26},
	{version: 'v1.26.1', minGoMinor: 24, maxGoMinor: 26},
	{version: 'v1.26.2', minGoMinor: 24, maxGoMinor: 26},
	{version: 'v1.26.3', minGoMinor: 24, maxGoMinor: 26},
	{version: 'v1.27.0', minGoMinor: 25, maxGoMinor: 27},
	{version: 'v1.27.1', minGoMinor: 25, maxGoMinor: 27},
	{version: 'v1.27.2', minGoMinor: 25, maxGoMinor: 27},
];

/**
 * Delve's own messages (compat.go), with Go's version where Delve prints `%s`. Delve prints
 * the target's version as `go1.X.Y` (`go1.X` before Go 1.21).
 */
export const DELVE_TOO_OLD = 'Version of Delve is too old for Go version {go} (maximum supported version 1.{max}, suppress this error with --check-go-version=false)';
export const GO_TOO_OLD_FOR_DELVE = 'Go version {go} is too old for this version of Delve (minimum supported version 1.{min}, suppress this error with --check-go-version=false)';
/** Since Delve v1.24.2: Go 1.25 writes DWARF 5 by default (not on darwin, ios, aix). */
export const DELVE_DWARF5 = 'To debug executables using DWARFv5 or later Delve must be built with Go version 1.25.0 or later';

export interface SemVer {
	major: number;
	minor: number;
	patch: number;
}

export function parseSemver(version: string): SemVer | null {
	const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version);
	return match ? {major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3])} : null;
}

export function compareSemver(a: SemVer, b: SemVer): number {
	return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

export type DelveWindow =
	| {known: true; minGoMinor: number; maxGoMinor: number; basedOn: string}
	/** Older than every release in the table: all of them stopped at Go 1.20 or earlier. */
	| {known: 'older'; maxGoMinor: number; basedOn: string}
	/** Newer than the table: its window is not known here. */
	| {known: false; newestKnown: string};

/** The window of a Delve version: its own row, or the nearest release before it. */
export function delveWindow(version: string): DelveWindow | null {
	const wanted = parseSemver(version);
	if (!wanted) return null;
	const first = DELVE_RELEASES[0]!;
	const last = DELVE_RELEASES.at(-1)!;
	if (compareSemver(wanted, parseSemver(first.version)!) < 0) return {known: 'older', maxGoMinor: first.maxGoMinor, basedOn: first.version};
	if (compareSemver(wanted, parseSemver(last.version)!) > 0) return {known: false, newestKnown: last.version};
	let row = first;
	for (const release of DELVE_RELEASES) if (compareSemver(parseSemver(release.version)!, wanted) <= 0) row = release;
	return {known: true, minGoMinor: row.minGoMinor, maxGoMinor: row.maxGoMinor, basedOn: row.version};
}

/**
 * The Delve release to install for a Go 1.x minor: `latest` when the newest known release
 * debugs it, otherwise the newest release whose window holds it.
 */
export function delveVersionFor(goMinor: number): string {
	const last = DELVE_RELEASES.at(-1)!;
	if (goMinor >= last.minGoMinor) return 'latest';
	const fits = DELVE_RELEASES.filter((r) => r.minGoMinor <= goMinor && goMinor <= r.maxGoMinor);
	return fits.at(-1)?.version ?? 'latest';
}

/**
 * gopls for old Go: the last gopls that works with each, from golang/vscode-go
 * docs/compatibility.md (same "as of" date). Newer Go takes gopls@latest.
 */
export const GOPLS_FOR_OLD_GO: Readonly<Record<number, string>> = {16: 'v0.11.0', 17: 'v0.11.0', 18: 'v0.14.2', 19: 'v0.15.3', 20: 'v0.15.3'};

/** null: older than any Go the table covers (no gopls version is known to work). */
export function goplsVersionFor(goMinor: number): string | null {
	if (goMinor < 16) return null;
	return GOPLS_FOR_OLD_GO[goMinor] ?? 'latest';
}
