/**
 * The verdict vocabulary. `unknown` is its own state on purpose: "we could not tell"
 * (no admin rights, not in the snapshot) must never read as a problem or as healthy.
 */
export const STATUSES = ['ok', 'info', 'warn', 'error', 'unknown', 'skipped', 'failed'] as const;
export type Status = (typeof STATUSES)[number];

/** A row is pending until its probe settles; then it carries a Status. */
export type RowState = 'pending' | 'running' | Status;

export function isSettled(state: RowState): state is Status {
	return state !== 'pending' && state !== 'running';
}

/**
 * Exit code of `check`: 0 no errors, 1 at least one error. With --strict, warnings and
 * "could not tell" results (unknown, and failed probes) count too. A probe that failed is
 * not a finding about the machine, so it only fails a build when the caller asks for strict.
 */
export function exitCodeFor(statuses: readonly Status[], strict: boolean): 0 | 1 {
	const bad = new Set<Status>(strict ? ['error', 'failed', 'warn', 'unknown'] : ['error']);
	return statuses.some((s) => bad.has(s)) ? 1 : 0;
}

/** Problems first when sorting or filtering "show only problems". */
export const SEVERITY: Record<Status, number> = {
	error: 6,
	failed: 5,
	warn: 4,
	unknown: 3,
	info: 2,
	ok: 1,
	skipped: 0,
};

export function isProblem(status: RowState): boolean {
	return status === 'error' || status === 'failed' || status === 'warn' || status === 'unknown';
}
