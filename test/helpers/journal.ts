import type {Journal} from '../../source/journal/journal.js';
import type {NewEntry, StoredEntry} from '../../source/journal/schema.js';

/**
 * What a process killed in the middle of a fix leaves in the journal: its claim and a pending
 * entry (the journal's pid is the dead process's). `settled` writes it as a finished one
 * instead. Made through the journal's own transitions, never by editing the file.
 */
export async function leaveEntry(journal: Journal, entry: NewEntry, settled?: 'applied'): Promise<StoredEntry> {
	const claim = await journal.claim({waitMs: 0});
	const stored = await journal.begin(claim, entry);
	if (settled) return journal.settle(claim, stored.id, {status: 'applied'});
	// Killed: nobody gives the claim back or keeps it fresh.
	journal.close();
	return stored;
}
