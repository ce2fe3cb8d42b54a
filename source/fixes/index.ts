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
 * - `previewUndo(services, id | 'last')` → UndoPreview (null when there is no such entry):
 *   the inverse changes, and conflicts (before / ours / now) where a value changed since.
 * - `undoEntry(services, id | 'last', {force?, onProgress?})` → UndoOutcome. Refuses with the
 *   conflicts unless `force`. The undo is a journal entry of its own; undoing it (by its id)
 *   is redo. `last` is the newest applied fix or redo, so undoing twice goes further back.
 * - `recoverEntry(services, id, 'rollback' | 'mark-resolved', {force?, onProgress?})` →
 *   RecoveryOutcome, for a pending entry left by a crash.
 *
 * Every function is async, throws only on programming errors, and reports everything else
 * in its outcome.
 */
export type * from './types.js';
export {Journal, journalFolder} from '../journal/journal.js';
export {previewFix} from './preview.js';
export {applyFix} from './apply.js';
export {listJournal} from './listing.js';
export {previewUndo, undoEntry} from './undo.js';
export {recoverEntry} from './recover.js';
