import type {Family, Finding} from './finding.js';
import {isSettled, type RowState, type Status} from './status.js';

// What a run of the checks looks like at one moment: the engine publishes it, and every view
// (the checklist, the reports) reads it without knowing the engine.

/** One check's line in the checklist: pending, running, then its finding. */
export interface Row {
	readonly id: string;
	readonly title: string;
	readonly family: Family;
	readonly state: RowState;
	readonly finding?: Finding;
	/** What a running probe is waiting on, if it said. */
	readonly note?: string;
	readonly startedAt?: number;
}

/** Every row of a run, and when the run started and ended. */
export interface EngineState {
	/** One row per probe, always in the probes' order: rows never move as checks settle. */
	readonly rows: readonly Row[];
	readonly startedAt: number;
	/** Set when nothing is running any more. */
	readonly finishedAt?: number;
	readonly running: boolean;
}

/** Each settled row's status, by check id: what a fix's outcome compares the re-checked rows with. */
export function settledStatuses(state: EngineState): Record<string, Status> {
	return Object.fromEntries(state.rows.flatMap((row) => (isSettled(row.state) ? [[row.id, row.state]] : [])));
}
