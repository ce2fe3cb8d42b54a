// Drives the fixes API in its own process for the fault suite: applies, undoes or recovers,
// and can be told to die (SIGKILL at the n-th progress event) or to stop itself (SIGSTOP
// inside the journal lock, right before its n-th write, or at a progress event, outside it). Prints one JSON line at the end:
// the outcome, the progress events, and whether it had to wait for the lock.
import {readFileSync} from 'node:fs';
import {applyFix, listJournal, previewFix, recoverEntry, undoEntry} from '../../../source/fixes/index.js';
import type {FixServices, ProgressEvent} from '../../../source/fixes/types.js';
import {createTranslator} from '../../../source/i18n/index.js';
import {Journal} from '../../../source/journal/journal.js';
import type {Finding} from '../../../source/model/finding.js';
import type {Change} from '../../../source/model/fix.js';
import {createNodeSystem} from '../../../source/system/node-system.js';

/** What the fault suite asks this child to do (sent as JSON). */
export interface FaultTask {
	mode: 'apply' | 'undo' | 'rollback';
	journalDir: string;
	changes?: Change[];
	undo?: number | 'last';
	force?: boolean;
	/** 1-based progress event at which to die with SIGKILL. */
	killAt?: number;
	/** 1-based journal write before which to stop with SIGSTOP, inside the lock. */
	stopAtWrite?: number;
	/** A progress event (`change:start`, `change:written`…) at which to stop with SIGSTOP, outside the lock. */
	stopAtEvent?: string;
	/** How long a live owner on this host may be silent before its claim is taken as gone (Ctrl+Z for that long). */
	ownerSilentMs?: number;
	claimWaitMs?: number;
	lockWaitMs?: number;
}

const task = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as FaultTask;
let writes = 0;
let lockWaits = 0;
const journal = new Journal({
	dir: task.journalDir,
	...(task.lockWaitMs === undefined ? {} : {lockWaitMs: task.lockWaitMs}),
	...(task.ownerSilentMs === undefined ? {} : {ownerSilentMs: task.ownerSilentMs}),
	onLockWait: () => {
		lockWaits += 1;
		process.stdout.write('lock-wait\n');
	},
	onLockedWrite: () => {
		writes += 1;
		if (writes === task.stopAtWrite) process.kill(process.pid, 'SIGSTOP');
	},
});
const services: FixServices = {
	sys: createNodeSystem(process.env),
	t: createTranslator('en'),
	journal,
	rerun: async () => [],
	...(task.claimWaitMs === undefined ? {} : {claimWaitMs: task.claimWaitMs}),
};
const events: string[] = [];
const onProgress = (event: ProgressEvent) => {
	const label = event.type + ('phase' in event ? `:${event.phase}` : '');
	events.push(label);
	process.stdout.write(`event ${label}\n`);
	if (events.length === task.killAt) process.kill(process.pid, 'SIGKILL');
	if (label === task.stopAtEvent) process.kill(process.pid, 'SIGSTOP');
};
const finding: Finding = {
	id: 'fault-test',
	title: 'fault test',
	family: 'toolchain',
	status: 'warn',
	summary: 'fault test',
	evidence: [],
	fixes: [{id: 'fault', title: 'fault fix', changes: task.changes ?? [], needsAdmin: false, reversible: true}],
	duration_ms: 0,
};

let result: unknown;
if (task.mode === 'apply') result = await applyFix(services, await previewFix(services, finding), {onProgress});
else if (task.mode === 'undo') result = await undoEntry(services, task.undo ?? 'last', {force: task.force === true, onProgress});
else {
	const outcomes = [];
	for (const pending of (await listJournal(services)).pending) outcomes.push(await recoverEntry(services, pending.entry.id, 'rollback', {force: task.force === true}));
	result = outcomes;
}
process.stdout.write(JSON.stringify({result, events, lockWaits}) + '\n');
