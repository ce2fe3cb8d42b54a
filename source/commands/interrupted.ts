import {exitCodeOf, type StopSignal} from '../lifecycle.js';

/**
 * The checks were stopped by a signal (Ctrl+C, a CI job's timeout, the terminal closed)
 * before they finished. What they found so far is not true of the machine (a process we
 * killed reads as a broken tool), so no report is printed: the command ends with 128 + the
 * signal's number.
 */
export class Interrupted extends Error {
	constructor(readonly signal: StopSignal) {
		super(`interrupted by ${signal}`);
	}

	get exitCode(): number {
		return exitCodeOf(this.signal);
	}
}
