/**
 * Go's releases, embedded so that `go-version` never needs the network.
 *
 * Go's release policy (https://go.dev/doc/devel/release#policy): each major release is
 * supported until there are two newer major releases; security and critical fixes go to the
 * two newest majors only.
 *
 * Source, 2026-11-26: `go list -m -versions golang.org/toolchain` and
 * `go list -m -json golang.org/toolchain@v0.0.1-go1.X.Y.linux-amd64` (its `Time`), run with
 * GOTOOLCHAIN=local through the developer machine's configured module proxy. Dates are UTC.
 * Update this table (and AS_OF) when a new Go release ships.
 */
export const RELEASES_AS_OF = '2026-11-26';

export interface MajorRelease {
	/** Language version, `1.27`. */
	major: string;
	/** The date `1.N.0` was published. */
	released: string;
	/** The newest patch release known as of RELEASES_AS_OF, and its date. */
	latest: string;
	latestDate: string;
}

/** Newest first. */
export const MAJOR_RELEASES: readonly MajorRelease[] = [
	{major: '1.27', released: '2026-08-18', latest: '1.27.4', latestDate: '2026-11-02'},
	{major: '1.26', released: '2026-02-10', latest: '1.26.11', latestDate: '2026-11-02'},
	{major: '1.25', released: '2025-08-08', latest: '1.25.14', latestDate: '2026-08-18'},
];

/** How many of the newest majors get security fixes. */
export const SUPPORTED_MAJORS = 2;
