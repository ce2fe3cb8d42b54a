/**
 * Runs under Windows node.exe in the lab, bundled from the program's own source: what the
 * checklist does when a fix is applied and undone, without the screen. The engine runs every
 * check (offline); the fix is applied through the fixes API with the engine's re-run of the
 * checks the change can reach (as the checklist and the REPL wire it); then a fresh engine
 * runs every check, and the two sets of rows are compared. The same after the undo.
 *
 * Usage: node recheck-driver.mjs <input.json> <journal folder>   (output on stdout, JSON)
 */
import {readFileSync} from 'node:fs';
import {Engine} from '../source/engine/engine.js';
import {applyFix, previewFix, undoEntry} from '../source/fixes/index.js';
import {createTranslator} from '../source/i18n/index.js';
import {Journal} from '../source/journal/journal.js';
import type {Finding} from '../source/model/finding.js';
import {PROBES} from '../source/probes/index.js';
import {createNodeSystem} from '../source/system/node-system.js';

export interface RecheckInput {
	finding: string;
	fix: string;
}

export interface RecheckOutput {
	/** Status of each check before the fix. */
	before: Record<string, string>;
	/** What applying and undoing ended as. */
	applied: string;
	undone: string;
	/** The checks the engine ran again after the fix (the fixed one first). */
	rechecked: string[];
	/** Rows the checklist showed that a fresh run did not say (id: shown ≠ fresh), after the fix and after the undo. */
	afterFix: string[];
	afterUndo: string[];
	/** Rows after the fix as a fresh run gives them: id → status. */
	fresh: Record<string, string>;
	error?: string;
}

const t = createTranslator('en');
const row = (f: Finding) => `${f.status} | ${f.summary}`;

function differences(shown: readonly Finding[], fresh: readonly Finding[]): string[] {
	const now = new Map(fresh.map((f) => [f.id, row(f)]));
	return shown.filter((f) => now.get(f.id) !== row(f)).map((f) => `${f.id}: shown "${row(f)}" ≠ fresh "${now.get(f.id) ?? '-'}"`);
}

async function main(): Promise<void> {
	const input = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as RecheckInput;
	const sys = createNodeSystem();
	const engine = new Engine({probes: PROBES, sys, t, offline: true});
	const fresh = () => new Engine({probes: PROBES, sys, t, offline: true}).run();
	const out: RecheckOutput = {before: {}, applied: '', undone: '', rechecked: [], afterFix: [], afterUndo: [], fresh: {}};
	try {
		const before = await engine.run();
		out.before = Object.fromEntries(before.map((f) => [f.id, f.status]));
		const finding = before.find((f) => f.id === input.finding);
		if (!finding?.fixes.some((f) => f.id === input.fix)) throw new Error(`${input.finding} offers no fix ${input.fix}`);
		const services = {
			sys,
			t,
			journal: new Journal({dir: process.argv[3]!}),
			rerun: (ids: string[]) => engine.run(ids),
			affected: (touched: readonly string[]) => engine.affectedBy(touched),
		};
		const applied = await applyFix(services, await previewFix(services, finding, input.fix), {
			onProgress: (event) => {
				if (event.type === 'rerun' && event.phase === 'start') out.rechecked = event.ids;
			},
		});
		out.applied = applied.status;
		const afterFix = await fresh();
		out.fresh = Object.fromEntries(afterFix.map((f) => [f.id, f.status]));
		out.afterFix = differences(engine.findings(), afterFix);
		const undone = await undoEntry(services, 'last');
		out.undone = undone.status;
		out.afterUndo = differences(engine.findings(), await fresh());
	} catch (error) {
		out.error = error instanceof Error ? error.message : String(error);
	}
	process.stdout.write(JSON.stringify(out));
}

await main();
