import type {applyFix, listJournal, previewFix, previewUndo, recoverEntry, undoEntry} from '../fixes/index.js';
import type {FixServices} from '../fixes/types.js';

/** The fixes and the journal (conf, its schema validator) load on first use, not before the first frame. */
const api = () => import('../fixes/index.js');

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
}

export function bindFixes(services: FixServices): TriageFixes {
	return {
		preview: async (...args) => (await api()).previewFix(services, ...args),
		apply: async (...args) => (await api()).applyFix(services, ...args),
		journal: async () => (await api()).listJournal(services),
		previewUndo: async (...args) => (await api()).previewUndo(services, ...args),
		undo: async (...args) => (await api()).undoEntry(services, ...args),
		recover: async (...args) => (await api()).recoverEntry(services, ...args),
	};
}
