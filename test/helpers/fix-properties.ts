import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Engine} from '../../source/engine/engine.js';
import {applyFix, previewFix, undoEntry} from '../../source/fixes/index.js';
import type {FixServices} from '../../source/fixes/types.js';
import type {Translator} from '../../source/i18n/index.js';
import {Journal} from '../../source/journal/journal.js';
import type {Finding} from '../../source/model/finding.js';
import type {Status} from '../../source/model/status.js';
import {PROBES} from '../../source/probes/index.js';
import type {System} from '../../source/system/types.js';

/**
 * The property every fix must have, checked by applying it for real in a world where it is
 * offered (source/fixes through the journal, as the checklist does):
 *
 * 1. Offered means applicable: its preview has no blocker (a fix made of instructions only
 *    is said so, with the commands), and applying it succeeds.
 * 2. After the fix (and after its undo) the rows the checklist shows, fed by the engine that
 *    re-ran the checks the change can reach, equal a fresh run of every check.
 * 3. No check is worse afterwards, in this terminal (except stale-session, whose job is to say
 *    this terminal is now older than the registry) and in a terminal opened afterwards.
 * 4. Undo puts every check back where it was.
 */

export interface PropertyWorld {
	name: string;
	platform: string;
	kind: 'fake' | 'real';
	/** Network checks skipped (the fake worlds answer go's module questions from a table). */
	offline: boolean;
	/**
	 * Fixes not applied in this world, with why (go install needs the network and minutes):
	 * fix id pattern → reason. They are listed as not applied and do not count as covered.
	 */
	notApplied?: Array<{fix: RegExp; why: string}>;
	/** A fresh copy of the world. `newTerminal` makes this process's environment that of a terminal opened now. */
	make(): Promise<{sys: System; cleanup(): void; newTerminal?: () => Promise<void>}>;
}

export interface FixRun {
	world: string;
	finding: string;
	fix: string;
	/** What was done: applied, then undone; applied (it cannot be undone); instructions only; not applied here (with why). */
	result: 'applied+undone' | 'applied' | 'manual' | `not applied: ${string}`;
}

type Rows = Record<string, string>;

const JUDGED: Partial<Record<Status, number>> = {ok: 0, info: 1, warn: 2, error: 3};

/** Worse: a judged status that went up, or a judged status that turned into "could not tell". */
export function worse(before: Status, after: Status): boolean {
	const a = JUDGED[before];
	const b = JUDGED[after];
	if (a === undefined) return false;
	if (b === undefined) return after === 'unknown' || after === 'failed';
	return b > a;
}

/** A check's row as the checklist shows it: status, summary, the fixes it offers. */
function rowsOf(findings: readonly Finding[], exactNetwork: boolean): Rows {
	return Object.fromEntries(
		findings.map((f) => [f.id, [f.status, f.family === 'network' && !exactNetwork ? '' : f.summary, f.fixes.map((x) => x.id).join(',')].join(' | ')]),
	);
}

function differences(label: string, a: Rows, b: Rows): string[] {
	return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((id) => a[id] !== b[id]).map((id) => `${label}: ${id}\n      ${a[id]}\n   vs ${b[id]}`);
}

export async function checkEveryFix(world: PropertyWorld, t: Translator): Promise<{runs: FixRun[]; problems: string[]}> {
	const runs: FixRun[] = [];
	const problems: string[] = [];
	const exactNetwork = world.kind === 'fake';
	const engineFor = (sys: System) => new Engine({probes: PROBES, sys, t, offline: world.offline, scheduleFlush: (flush) => flush()});
	const statuses = (findings: readonly Finding[]) => new Map(findings.map((f) => [f.id, f.status]));

	const first = await world.make();
	let offered: Array<{finding: string; fix: string}>;
	let inNewTerminal: Map<string, Status> | undefined;
	try {
		offered = (await engineFor(first.sys).run()).flatMap((f) => f.fixes.map((x) => ({finding: f.id, fix: x.id})));
		if (first.newTerminal) {
			await first.newTerminal();
			inNewTerminal = statuses(await engineFor(first.sys).run());
		}
	} finally {
		first.cleanup();
	}

	for (const {finding: findingId, fix: fixId} of offered) {
		const where = `${world.name} · ${findingId}/${fixId}`;
		const skipped = world.notApplied?.find((rule) => rule.fix.test(fixId));
		if (skipped) {
			runs.push({world: world.name, finding: findingId, fix: fixId, result: `not applied: ${skipped.why}`});
			continue;
		}
		const copy = await world.make();
		const dir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-property-'));
		try {
			const engine = engineFor(copy.sys);
			const before = await engine.run();
			const finding = before.find((f) => f.id === findingId);
			const fix = finding?.fixes.find((x) => x.id === fixId);
			if (!finding || !fix) {
				problems.push(`${where}: offered in one copy of the world, not in another`);
				continue;
			}
			const services: FixServices = {
				sys: copy.sys,
				t,
				journal: new Journal({dir}),
				rerun: (ids) => engine.run(ids),
				affected: (touched) => engine.affectedBy(touched),
			};
			const preview = await previewFix(services, finding, fixId);
			if (fix.changes.length === 0) {
				if (preview.manualCommands.length === 0) problems.push(`${where}: a fix with no changes and no commands for the person`);
				runs.push({world: world.name, finding: findingId, fix: fixId, result: 'manual'});
				continue;
			}
			if (preview.blockers.length > 0) {
				problems.push(`${where}: offered, but its preview refuses it: ${preview.blockers.join('; ')}`);
				continue;
			}
			const applied = await applyFix(services, preview, {confirmIrreversible: true});
			if (applied.status !== 'applied') {
				problems.push(`${where}: offered, but applying it ended ${applied.status}: ${'error' in applied ? applied.error : 'refusal' in applied ? applied.refusal.message : ''}`);
				continue;
			}
			const shown = rowsOf(engine.findings(), exactNetwork);
			const fresh = await engineFor(copy.sys).run();
			problems.push(...differences(`${where}: after the fix, the checklist and a fresh run differ`, shown, rowsOf(fresh, exactNetwork)));
			const was = statuses(before);
			for (const f of fresh) {
				if (f.id === 'stale-session' && applied.sessionStale) continue;
				if (worse(was.get(f.id)!, f.status)) problems.push(`${where}: ${f.id} got worse in this terminal: ${was.get(f.id)} → ${f.status} (${f.summary})`);
			}
			if (preview.reversible) {
				const undone = await undoEntry(services, 'last');
				if (undone.status !== 'undone') {
					const why = 'error' in undone ? undone.error : 'refusal' in undone ? undone.refusal.message : 'conflicts' in undone ? undone.conflicts.map((c) => c.label).join(', ') : '';
					problems.push(`${where}: undo ended ${undone.status}: ${why}`);
				} else {
					const shownAfterUndo = rowsOf(engine.findings(), exactNetwork);
					const freshAfterUndo = rowsOf(await engineFor(copy.sys).run(), exactNetwork);
					problems.push(...differences(`${where}: after the undo, the checklist and a fresh run differ`, shownAfterUndo, freshAfterUndo));
					problems.push(...differences(`${where}: after the undo, not every check is back where it was`, rowsOf(before, exactNetwork), freshAfterUndo));
				}
			}
			runs.push({world: world.name, finding: findingId, fix: fixId, result: preview.reversible ? 'applied+undone' : 'applied'});
		} finally {
			copy.cleanup();
			rmSync(dir, {recursive: true, force: true});
		}

		// In a terminal opened after the fix, nothing is worse than in one opened before it.
		if (inNewTerminal) {
			const other = await world.make();
			const otherDir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-property-'));
			try {
				const engine = engineFor(other.sys);
				const finding = (await engine.run()).find((f) => f.id === findingId)!;
				const services: FixServices = {sys: other.sys, t, journal: new Journal({dir: otherDir})};
				const preview = await previewFix(services, finding, fixId);
				if (preview.blockers.length === 0 && (await applyFix(services, preview, {confirmIrreversible: true})).status === 'applied') {
					await other.newTerminal!();
					for (const f of await engineFor(other.sys).run()) {
						if (worse(inNewTerminal.get(f.id)!, f.status)) problems.push(`${where}: ${f.id} got worse in a new terminal: ${inNewTerminal.get(f.id)} → ${f.status} (${f.summary})`);
					}
				}
			} finally {
				other.cleanup();
				rmSync(otherDir, {recursive: true, force: true});
			}
		}
	}
	return {runs, problems};
}

/**
 * Every fix id the program has, read from its source: the `id:` of each fix the checks and
 * the shared fix builders make (`go-install-${tool}` becomes a pattern). A new fix is covered
 * only when some world offers it.
 */
export function programFixIds(): RegExp[] {
	const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../source');
	const files = [...readdirSync(path.join(root, 'probes')).map((name) => path.join(root, 'probes', name)), path.join(root, 'fixes', 'setting-fixes.ts')];
	const probeIds = new Set(PROBES.map((probe) => probe.id));
	const ids = new Set<string>();
	for (const file of files) {
		// `id: 'quote-cc'`, `id: \`go-install-${tool}\``, `id: scope === 'user' ? 'clean-user-path' : 'clean-system-path'`.
		for (const line of readFileSync(file, 'utf8').matchAll(/\bid: ([^,\n]+)/g)) {
			for (const literal of line[1]!.matchAll(/'([a-z0-9-]+)'|`([^`]+)`/g)) {
				const id = literal[1] ?? literal[2]!;
				// A probe's own id, or a variant named after another fix (goos-goarch's `${fix.id}-goos`).
				if (probeIds.has(id) || id.startsWith('${') || id === 'user') continue;
				ids.add(id);
			}
		}
	}
	return [...ids].sort().map((id) => new RegExp(`^${id.replace(/[.]/g, '\\.').replace(/\$\{[^}]*\}/g, '.+')}$`));
}
