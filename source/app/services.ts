import type {applyFix, listJournal, previewFix, previewUndo, recoverEntry, undoEntry} from '../fixes/index.js';
import type {FixServices} from '../fixes/types.js';
import type {Lifecycle} from '../lifecycle.js';

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

/**
 * The API bound to its services. With a lifecycle, what changes the machine (apply, undo,
 * recover) runs as its critical step: a stop signal lets it finish and settle its entry.
 */
export function bindFixes(services: FixServices, lifecycle?: Pick<Lifecycle, 'critical'>): TriageFixes {
	const critical = <T>(step: () => Promise<T>) => (lifecycle ? lifecycle.critical(step) : step());
	return {
		preview: async (...args) => (await api()).previewFix(services, ...args),
		apply: (...args) => critical(async () => (await api()).applyFix(services, ...args)),
		journal: async () => (await api()).listJournal(services),
		previewUndo: async (...args) => (await api()).previewUndo(services, ...args),
		undo: (...args) => critical(async () => (await api()).undoEntry(services, ...args)),
		recover: (...args) => critical(async () => (await api()).recoverEntry(services, ...args)),
	};
}
