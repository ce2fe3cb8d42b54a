/**
 * The fixes API: preview a fix, apply it, list the journal, undo an entry, and settle what
 * a crash left pending. The Ink screens (triage) and the `fix`, `undo` and `journal`
 * commands call these and nothing else; every write to the machine goes through here.
 *
 * - `previewFix(services, finding, fixId?)` → FixPreview: every change as before → after,
 *   what it touches, admin?, reversible?, restart hint, the elevated script in full, and
 *   blockers. Nothing is written.
 * - `applyFix(services, preview, {confirmIrreversible?, onProgress?})` → ApplyOutcome. The
 *   journal entry is stored `pending` first; each change is applied and verified; the
 *   finding's checks re-run; the entry becomes `applied`, or `failed` with what was rolled
 *   back. Irreversible changes need `confirmIrreversible: true`. A declined UAC prompt is
 *   `cancelled`.
 * - `listJournal(services)` → JournalListing: entries newest first, the pending entries of
 *   processes that are gone (crash recovery), notices (a corrupt journal moved aside).
 * - `previewUndo(services, id | 'last')` → UndoPreview: the inverse changes, and conflicts
 *   (before / ours / now) where a value changed since.
 * - `undoEntry(services, id | 'last', {force?, onProgress?})` → UndoOutcome. Refuses with the
 *   conflicts unless `force`. The undo is a journal entry of its own; undoing it is redo.
 * - `recoverEntry(services, id, 'rollback' | 'mark-resolved', {force?, onProgress?})` →
 *   RecoveryOutcome, for a pending entry left by a crash.
 *
 * Every function is async, throws only on programming errors, and reports everything else
 * in its outcome.
 */
export type * from './types.js';
export {Journal, defaultJournalDir} from '../journal/journal.js';

import type {Finding} from '../model/finding.js';
import type {
	ApplyOptions,
	ApplyOutcome,
	FixPreview,
	FixServices,
	JournalListing,
	RecoveryAction,
	RecoveryOutcome,
	UndoOptions,
	UndoOutcome,
	UndoPreview,
} from './types.js';

const notYet = (name: string) => new Error(`${name}: not implemented yet (API shape only)`);

/** Describes a fix of a finding (the first when no id is given). Reads the machine; writes nothing. */
export async function previewFix(_services: FixServices, _finding: Finding, _fixId?: string): Promise<FixPreview> {
	throw notYet('previewFix');
}

/** Applies exactly the previewed changes, journaled, verified, rolled back on failure. */
export async function applyFix(_services: FixServices, _preview: FixPreview, _options: ApplyOptions = {}): Promise<ApplyOutcome> {
	throw notYet('applyFix');
}

/** The journal, newest first, with interrupted entries and notices. */
export async function listJournal(_services: FixServices): Promise<JournalListing> {
	throw notYet('listJournal');
}

/** What undoing an entry would do, and what changed since. */
export async function previewUndo(_services: FixServices, _id: number | 'last'): Promise<UndoPreview> {
	throw notYet('previewUndo');
}

/** Undoes an entry (newest change first). Journaled itself, so it can be redone. */
export async function undoEntry(_services: FixServices, _id: number | 'last', _options: UndoOptions = {}): Promise<UndoOutcome> {
	throw notYet('undoEntry');
}

/** Settles a pending entry left by a crash: roll its changes back, or accept the machine as it is. */
export async function recoverEntry(
	_services: FixServices,
	_id: number,
	_action: RecoveryAction,
	_options: UndoOptions = {},
): Promise<RecoveryOutcome> {
	throw notYet('recoverEntry');
}
