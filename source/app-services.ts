import {applyFix, listJournal, previewFix, previewUndo, recoverEntry, undoEntry} from './fixes/index.js';
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
} from './fixes/types.js';
import type {Finding} from './model/finding.js';

/**
 * What the screens may ask of the fixes API. The UI never changes the machine itself: every
 * preview, apply, undo and recovery goes through these, bound to one set of services (the
 * engine's re-run, the System, the journal). Tests give the app a scripted set instead.
 */
export interface TriageFixes {
	preview(finding: Finding, fixId: string): Promise<FixPreview>;
	apply(preview: FixPreview, options: ApplyOptions): Promise<ApplyOutcome>;
	journal(): Promise<JournalListing>;
	previewUndo(id: number): Promise<UndoPreview>;
	undo(id: number, options: UndoOptions): Promise<UndoOutcome>;
	recover(id: number, action: RecoveryAction, options: UndoOptions): Promise<RecoveryOutcome>;
}

export function bindFixes(services: FixServices): TriageFixes {
	return {
		preview: (finding, fixId) => previewFix(services, finding, fixId),
		apply: (preview, options) => applyFix(services, preview, options),
		journal: () => listJournal(services),
		previewUndo: (id) => previewUndo(services, id),
		undo: (id, options) => undoEntry(services, id, options),
		recover: (id, action, options) => recoverEntry(services, id, action, options),
	};
}
