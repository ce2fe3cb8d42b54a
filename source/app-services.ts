import {applyFix, defaultJournalDir, listJournal, previewFix, previewUndo, recoverEntry, undoEntry} from './fixes/index.js';
import type {FixServices, JournalListing} from './fixes/types.js';
import {JOURNAL_FILE} from './journal/journal.js';

/** A function of the fixes API with its services already given. */
type Bound<F> = F extends (services: FixServices, ...args: infer A) => infer R ? (...args: A) => R : never;

/**
 * What the screens may ask of the fixes API. The UI never changes the machine itself: every
 * preview, apply, undo and recovery goes through these, bound to one set of services (the
 * engine's re-run, the System, the journal). Tests give the app a scripted set instead.
 */
export interface TriageFixes {
	preview: Bound<typeof previewFix>;
	apply: Bound<typeof applyFix>;
	journal: Bound<typeof listJournal>;
	previewUndo: Bound<typeof previewUndo>;
	undo: Bound<typeof undoEntry>;
	recover: Bound<typeof recoverEntry>;
	/**
	 * The journal as the app starts, to announce fixes a crash interrupted; null when there
	 * is no journal yet. Starting the app must not create goenv-tui's folder.
	 */
	atStartup(): Promise<JournalListing | null>;
}

export function bindFixes(services: FixServices): TriageFixes {
	return {
		preview: (...args) => previewFix(services, ...args),
		apply: (...args) => applyFix(services, ...args),
		journal: () => listJournal(services),
		previewUndo: (...args) => previewUndo(services, ...args),
		undo: (...args) => undoEntry(services, ...args),
		recover: (...args) => recoverEntry(services, ...args),
		async atStartup() {
			const file = services.journal?.path ?? services.sys.path.join(defaultJournalDir(), JOURNAL_FILE);
			return (await services.sys.stat(file)) ? listJournal(services) : null;
		},
	};
}
