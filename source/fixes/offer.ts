import type {Translator} from '../i18n/index.js';
import type {Fix} from '../model/fix.js';
import type {System} from '../system/types.js';
import {handlerFor} from './kinds/index.js';

/**
 * A fix that is offered can be applied: a fix holding a change its own handler refuses,
 * whatever the machine (a PATH edit that is not a clean edit, a value `go env -w` rejects, so
 * that its undo could not run either), is never offered. The engine drops such fixes from
 * every finding; the handler's `check` refuses the same changes if one arrives another way.
 */
export function refusedChanges(fix: Fix, t: Translator, sys: Pick<System, 'platform' | 'path'>): string[] {
	return fix.changes.flatMap((change) => handlerFor(change).refuses?.(change, t, sys) ?? []);
}

export function offerable(fixes: readonly Fix[], t: Translator, sys: Pick<System, 'platform' | 'path'>): Fix[] {
	return fixes.filter((fix) => refusedChanges(fix, t, sys).length === 0);
}
