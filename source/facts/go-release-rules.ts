import type {GoEnvFact} from './facts.js';
import {compareGoVersions, versionFromGoVersionString} from './gover.js';

/**
 * Which Go release a go env came from, and what that release knows: a setting is judged by
 * the rules of the Go that printed it, not of the newest Go (go-defaults-by-version.md, from
 * the release notes and the source at each tag). A setting the Go does not know has no
 * effect there: it is not an error of that machine.
 */

/** The Go version of a go env (`1.21.3`): GOVERSION, which a pasted go env may have from its `go version` line. */
export function goVersionOf(goEnv: GoEnvFact | null | undefined): string | null {
	return goEnv?.ok ? versionFromGoVersionString(goEnv.values.GOVERSION ?? '') : null;
}

/** True when the version is known and older than `release`; an unknown version is judged by current rules. */
export function olderThan(version: string | null, release: string): boolean {
	return version !== null && compareGoVersions(version, release) < 0;
}

/** The first release whose go command reads each setting (KnownEnv, or the code that reads it). */
export const SETTING_SINCE: Readonly<Record<string, string>> = {
	GO111MODULE: '1.11',
	GOPROXY: '1.11',
	GOFLAGS: '1.11',
	GOENV: '1.13',
	GOSUMDB: '1.13',
	GOPRIVATE: '1.13',
	GONOPROXY: '1.13',
	GONOSUMDB: '1.13',
	GOINSECURE: '1.14',
	GOMODCACHE: '1.15',
	GOVCS: '1.16',
	GOEXPERIMENT: '1.17',
	GOWORK: '1.18',
	GOAMD64: '1.18',
	GOTOOLCHAIN: '1.21',
	GOARM64: '1.23',
	GORISCV64: '1.23',
	GOAUTH: '1.24',
	GOFIPS140: '1.24',
};

/** When the go env's version does not know this setting: the release that added it; null otherwise. */
export function unknownToVersion(version: string | null, name: string): string | null {
	const since = SETTING_SINCE[name];
	return since && olderThan(version, since) ? since : null;
}
