import type {TriageFixes} from '../../source/app/services.js';
import type {ChangeView, EntrySummary, FixPreview, PendingEntry, ProgressEvent} from '../../source/fixes/types.js';
import type {Finding} from '../../source/model/finding.js';
import {deferred, type Deferred} from './deferred.js';

/**
 * A stand-in for the fixes API that the UI tests drive: it applies a go env change to the
 * fake world through a callback, journals it in memory, re-runs the checks through the
 * engine as the real executor does, and lets the test hold an apply half-way (to press
 * Ctrl+C in the middle). The real executor is exercised end to end in test/e2e.
 */
export function scriptedFixes(options: {
	write: (key: string, value: string | undefined) => void;
	read: (key: string) => string | undefined;
	rerun: (ids: string[]) => Promise<Finding[]>;
	/** Entries left pending by a process that died, as the journal would list them. */
	pending?: PendingEntry[];
}) {
	const entries: EntrySummary[] = [];
	const pending = [...(options.pending ?? [])];
	let hold: Deferred<void> | undefined;
	const calls: string[] = [];
	const notSet = '(not set)';
	const viewOf = (finding: Finding, fixId: string): ChangeView[] =>
		(finding.fixes.find((f) => f.id === fixId)?.changes ?? []).flatMap((change, index) =>
			change.kind === 'go-env'
				? [{index, kind: change.kind, target: {type: 'go-env' as const, file: change.file, key: change.key}, label: `${change.file}  ${change.key}`, before: options.read(change.key) ?? notSet, after: change.after.set ? (change.after.value ?? '') : notSet, needsAdmin: false, reversible: true, backup: false, command: ['go', 'env', change.after.set ? '-w' : '-u', change.key]}]
				: [],
		);
	const api: TriageFixes = {
		async preview(finding, fixId = finding.fixes[0]!.id) {
			calls.push(`preview ${finding.id}/${fixId}`);
			const fix = finding.fixes.find((f) => f.id === fixId)!;
			const views = viewOf(finding, fixId);
			return {findingId: finding.id, fix, changes: fix.changes, views, needsAdmin: false, reversible: true, irreversible: [], rerun: [finding.id], blockers: [], manualCommands: fix.manualCommands ?? []} satisfies FixPreview;
		},
		async apply(preview, {onProgress} = {}) {
			calls.push(`apply ${preview.findingId}/${preview.fix.id}`);
			const id = entries.length + 1;
			const emit = (event: ProgressEvent) => onProgress?.(event);
			emit({type: 'journal', entryId: id, status: 'pending'});
			const before = preview.fix.changes.map((change) => (change.kind === 'go-env' ? options.read(change.key) : undefined));
			for (const view of preview.views) {
				emit({type: 'change', index: view.index, phase: 'start'});
				if (hold) await hold.promise;
				const change = preview.fix.changes[view.index]!;
				if (change.kind === 'go-env') options.write(change.key, change.after.set ? change.after.value : undefined);
				emit({type: 'change', index: view.index, phase: 'written'});
				emit({type: 'change', index: view.index, phase: 'verified'});
			}
			emit({type: 'rerun', phase: 'start', ids: preview.rerun});
			const findings = await options.rerun(preview.rerun);
			emit({type: 'rerun', phase: 'done', findings});
			entries.unshift({id, time: '2026-11-26T07:15:00.000Z', updated: '2026-11-26T07:15:01.000Z', action: 'fix', findingId: preview.findingId, fixId: preview.fix.id, title: preview.fix.title, status: 'applied', reversible: true, needsAdmin: false, undoable: true, views: preview.views.map((v, i) => ({...v, before: String(before[i] ?? notSet)})), text: {title: {text: preview.fix.title}}});
			return {status: 'applied', entryId: id, findings, stillProblem: findings[0]?.status !== 'ok'};
		},
		async journal() {
			return {path: '/fake/journal.json', entries: [...pending.map((p) => p.entry), ...entries].map((e) => ({...e})), pending: pending.map((p) => ({...p})), notices: []};
		},
		async previewUndo(id) {
			if (id === 'last') throw new Error('the UI undoes entries by id');
			const entry = entries.find((e) => e.id === id)!;
			return {entry, views: entry.views.map((v) => ({...v, before: v.after, after: v.before})), irreversible: [], conflicts: [], needsAdmin: false, blockers: []};
		},
		async undo(id, {onProgress} = {}) {
			if (id === 'last') throw new Error('the UI undoes entries by id');
			calls.push(`undo ${id}`);
			const entry = entries.find((e) => e.id === id)!;
			for (const view of entry.views) {
				onProgress?.({type: 'change', index: view.index, phase: 'start'});
				options.write((view.target as {key: string}).key, view.before === notSet ? undefined : view.before);
				onProgress?.({type: 'change', index: view.index, phase: 'verified'});
			}
			const findings = await options.rerun([entry.findingId]);
			entry.status = 'undone';
			entry.undoable = false;
			entries.unshift({...entry, id: entries.length + 1, action: 'undo', undoes: id, status: 'applied', undoable: true});
			return {status: 'undone', entryId: entries.length, undid: id, conflicts: [], rolledBack: [], rollbackFailed: [], findings};
		},
		async recover(id, action, {onProgress} = {}) {
			calls.push(`recover ${id} ${action}`);
			const index = pending.findIndex((p) => p.entry.id === id);
			const [settled] = pending.splice(index, 1);
			for (const view of settled!.entry.views) onProgress?.({type: 'rollback', index: view.index, phase: 'done'});
			entries.unshift({...settled!.entry, status: 'failed', resolution: action === 'rollback' ? 'rolled-back' : 'marked-resolved', undoable: false});
			return {status: action === 'rollback' ? 'rolled-back' : 'resolved', entryId: id, conflicts: []};
		},
	};
	return {
		api,
		calls,
		/** The next apply stops after announcing its first change, until released. */
		holdNextApply(): () => void {
			hold = deferred<void>();
			const gate = hold;
			return () => {
				hold = undefined;
				gate.resolve();
			};
		},
	};
}
