import {renderText} from '../i18n/text.js';
import type {StoredEntry} from '../journal/schema.js';
import {entryOps, kindContext, readOp, resolve, summaryOf, type Resolved} from './executor.js';
import type {FixServices, JournalListing, PendingEntry} from './types.js';

/** The journal, newest first, with interrupted entries and notices. */
export async function listJournal(services: FixServices): Promise<JournalListing> {
	const r = resolve(services);
	const {data, newer, unusable} = await r.journal.read();
	const entries = [...data.entries].reverse();
	const pending: PendingEntry[] = [];
	for (const entry of entries.filter((e) => r.journal.interrupted(e, data))) pending.push(await pendingOf(r, entry));
	const busy = r.journal.liveOwner(data);
	return {
		path: r.journal.path,
		entries: entries.map((entry) => summaryOf(r, entry)),
		pending,
		...(busy ? {busy: {pid: busy.pid, host: busy.host, since: busy.since}} : {}),
		notices: [
			...data.notices.map((notice) => ({...notice, reason: renderText(r.t, notice.reason)})),
			...(newer === undefined ? [] : [{kind: 'newer' as const, schemaVersion: newer}]),
			...(unusable ? [{kind: 'unwritable' as const, message: renderText(r.t, unusable)}] : []),
		],
	};
}

async function pendingOf(r: Resolved, entry: StoredEntry): Promise<PendingEntry> {
	const summary = summaryOf(r, entry);
	const ops = entryOps(r, entry) ?? [];
	const ctx = kindContext(r, entry.id);
	const states = await Promise.all(
		ops.map(async (op) => {
			const reading = await readOp(op, ctx);
			return {index: op.index, label: summary.views[op.index]?.label ?? '', state: reading.where === 'unknown' ? ('other' as const) : reading.where, now: reading.now};
		}),
	);
	return {entry: summary, states};
}
