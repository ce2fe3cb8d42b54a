// Drives the fixes API in its own process, for fault injection: it applies, undoes or
// recovers, and kills itself with SIGKILL at the n-th progress event when asked to.
import {readFileSync} from 'node:fs';
import {applyFix, listJournal, previewFix, recoverEntry, undoEntry} from '../../../source/fixes/index.js';
import type {FixServices, ProgressEvent} from '../../../source/fixes/types.js';
import {createTranslator} from '../../../source/i18n/index.js';
import {Journal} from '../../../source/journal/journal.js';
import type {Finding} from '../../../source/model/finding.js';
import type {Change} from '../../../source/model/fix.js';
import {createNodeSystem} from '../../../source/system/node-system.js';

interface Task {
	mode: 'apply' | 'undo' | 'rollback';
	journalDir: string;
	changes: Change[];
	/** 1-based progress event at which to die; 0 never. */
	killAt: number;
}

const task = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Task;
const services: FixServices = {
	sys: createNodeSystem(process.env),
	t: createTranslator('en'),
	journal: new Journal({dir: task.journalDir}),
	rerun: async () => [],
};
const events: ProgressEvent[] = [];
const onProgress = (event: ProgressEvent) => {
	events.push(event);
	// Live, so a test can time its kills to land while the machine is being changed.
	process.stdout.write(`event ${event.type}\n`);
	if (events.length === task.killAt) process.kill(process.pid, 'SIGKILL');
};
const finding: Finding = {
	id: 'fault-test',
	title: 'fault test',
	family: 'toolchain',
	status: 'warn',
	summary: 'fault test',
	evidence: [],
	fixes: [{id: 'multi', title: 'four kinds at once', changes: task.changes, needsAdmin: false, reversible: true}],
	duration_ms: 0,
};

let result: unknown;
if (task.mode === 'apply') result = await applyFix(services, await previewFix(services, finding), {onProgress});
else if (task.mode === 'undo') result = await undoEntry(services, 'last', {onProgress});
else {
	const outcomes = [];
	for (const pending of (await listJournal(services)).pending) outcomes.push(await recoverEntry(services, pending.entry.id, 'rollback'));
	result = outcomes;
}
process.stdout.write(JSON.stringify({result, events: events.map((e) => e.type + ('phase' in e ? `:${e.phase}` : ''))}) + '\n');
