import type {Finding} from '../model/finding.js';
import {buildOps, kindContext, resolve, viewOf} from './executor.js';
import {handlerFor} from './kinds/index.js';
import type {FixPreview, FixServices} from './types.js';
import {unique, shownScript} from './steps.js';

/** Describes a fix of a finding (the first when no id is given). Reads the machine; writes nothing. */
export async function previewFix(services: FixServices, finding: Finding, fixId?: string): Promise<FixPreview> {
	const r = resolve(services);
	const fix = fixId === undefined ? finding.fixes[0] : finding.fixes.find((f) => f.id === fixId);
	if (!fix) throw new Error(`finding ${finding.id} has no fix ${fixId ?? ''}`.trim());
	const ops = await buildOps(r, fix.changes);
	const ctx = kindContext(r, 0);
	const blockers: string[] = [];
	if (ops.length === 0) blockers.push(r.t('fixes.blocker.manualOnly'));
	for (const op of ops) blockers.push(...(await handlerFor(op.change).check(op, ctx)));
	const admin = ops.filter((op) => op.stored.admin);
	const views = ops.map((op) => viewOf(op, r.t, r.sys));
	// Each kind says in its view whether it can be taken back (a command marked so, a credential erase).
	const irreversible = ops.filter((_, i) => !views[i]!.reversible).map((op) => op.index);
	return {
		findingId: finding.id,
		fix,
		changes: ops.map((op) => op.change),
		views,
		needsAdmin: fix.needsAdmin || admin.length > 0,
		reversible: fix.reversible && irreversible.length === 0,
		irreversible,
		...(fix.restartHint ? {restartHint: fix.restartHint} : {}),
		rerun: [finding.id],
		...(admin.length > 0 && r.sys.platform === 'win32' ? {elevatedScript: shownScript(admin, fix.title)} : {}),
		blockers: unique(blockers),
		manualCommands: fix.manualCommands ?? [],
	};
}
