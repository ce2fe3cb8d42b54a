import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createTranslator} from '../../source/i18n/index.js';
import {Journal, type JournalOptions} from '../../source/journal/journal.js';
import type {Finding} from '../../source/model/finding.js';
import type {Change, Fix} from '../../source/model/fix.js';
import type {FixServices, ProgressEvent} from '../../source/fixes/types.js';
import type {System} from '../../source/system/types.js';

/** A journal in a throwaway folder, and services around a (fake or real) System. */
export function fixWorld(sys: System, options: Partial<JournalOptions> & {rerun?: FixServices['rerun']; affected?: FixServices['affected']; isElevated?: () => Promise<boolean>} = {}) {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-journal-'));
	const journal = new Journal({dir, ...options});
	const events: ProgressEvent[] = [];
	const services: FixServices = {
		sys,
		t: createTranslator('en'),
		journal,
		...(options.rerun ? {rerun: options.rerun} : {}),
		...(options.affected ? {affected: options.affected} : {}),
		...(options.isElevated ? {isElevated: options.isElevated} : {}),
	};
	return {
		dir,
		journal,
		services,
		events,
		onProgress: (event: ProgressEvent) => events.push(event),
		cleanup: () => rmSync(dir, {recursive: true, force: true}),
	};
}

/** A finding carrying one fix made of these changes. */
export function findingWith(changes: Change[], extra: Partial<Fix> = {}, id = 'test-finding'): Finding {
	return {
		id,
		title: 'test',
		family: 'environment',
		status: 'warn',
		summary: 'test',
		evidence: [],
		fixes: [{id: 'test-fix', title: 'Test fix', changes, needsAdmin: false, reversible: true, ...extra}],
		duration_ms: 0,
	};
}

/** Asserts an outcome's status and narrows it to that shape (outcomes are unions on status). */
export function outcomeOf<O extends {status: string}, S extends O['status']>(outcome: O, status: S): Extract<O, {status: S}> {
	if (outcome.status !== status) throw new Error(`expected status ${status}, got ${JSON.stringify(outcome)}`);
	return outcome as Extract<O, {status: S}>;
}
