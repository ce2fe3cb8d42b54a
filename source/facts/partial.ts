import {FactUnavailableError} from '../system/types.js';
import type {GoEnvFact} from './facts.js';

/**
 * Judging from partial evidence (a pasted go env, a snapshot with missing sections): a check
 * decides what the facts it has decide, and only the part of its verdict that needs a missing
 * fact is unknown. These helpers let a check read a fact without the whole check ending when
 * the fact is missing.
 */

export type Attempt<T> = {ok: true; value: T} | {ok: false; missing: FactUnavailableError};

/** Reads a fact; a fact the replayed world does not hold comes back as `missing`, anything else is thrown. */
export async function attempt<T>(read: () => Promise<T> | T): Promise<Attempt<T>> {
	try {
		return {ok: true, value: await read()};
	} catch (error) {
		if (error instanceof FactUnavailableError) return {ok: false, missing: error};
		throw error;
	}
}

/**
 * A setting of a pasted go env: its value, or a missing fact when the paste does not show it
 * (a partial list). A go env that ran prints every setting, so there it is '' when absent.
 */
export function shownSetting(goEnv: GoEnvFact, name: string): string {
	const value = goEnv.values[name];
	if (value !== undefined) return value;
	if (goEnv.pasted) throw new FactUnavailableError(`getenv ${name}`, {method: 'getenv', args: [name]}, goEnv.pasted.given);
	return '';
}

/** Whether a pasted go env shows this setting (always true for a go env that ran). */
export function showsSetting(goEnv: GoEnvFact, name: string): boolean {
	return !goEnv.pasted || goEnv.values[name] !== undefined;
}
