import {describe, expect, it} from 'vitest';
import {createTranslator} from '../../source/i18n/index.js';
import {checkEveryFix, programFixIds, type FixRun, type PropertyWorld} from '../helpers/fix-properties.js';
import {FAKE_WORLDS} from '../helpers/fix-worlds.js';
import {REAL_WORLDS} from '../helpers/real-fix-worlds.js';

/**
 * Items 1–3 of "every fix works where it is offered": every fix the program has, applied for
 * real in every world that offers it (fake Windows, Linux and macOS worlds whose programs
 * answer from the world as it is; sandboxed HOMEs with this machine's go and git). The
 * property itself is in test/helpers/fix-properties.ts. The Windows lab runs the program's
 * fixes under Wine (lab/scenarios.ts).
 */

const t = createTranslator('en');
const runs: FixRun[] = [];

async function check(worlds: readonly PropertyWorld[]): Promise<string[]> {
	const problems: string[] = [];
	for (const world of worlds) {
		const result = await checkEveryFix(world, t);
		runs.push(...result.runs);
		problems.push(...result.problems);
	}
	return problems;
}

describe('every fix, applied in every world that offers it', () => {
	it('fake Windows, Linux and macOS worlds', async () => {
		expect(await check(FAKE_WORLDS)).toEqual([]);
	}, 900_000);

	it('sandboxed HOMEs with the real go and git', async () => {
		expect(await check(REAL_WORLDS)).toEqual([]);
	}, 1_800_000);

	it('covers every fix id the program has', () => {
		const ids = programFixIds();
		const covered = ids.filter((id) => runs.some((run) => id.test(run.fix) && !run.result.startsWith('not applied')));
		const worlds = new Set(runs.map((run) => run.world));
		const applied = runs.filter((run) => run.result === 'applied' || run.result === 'applied+undone').length;
		const notApplied = runs.filter((run) => run.result.startsWith('not applied'));
		if (notApplied.length > 0) console.log(notApplied.map((run) => `not applied: ${run.world} · ${run.finding}/${run.fix} (${run.result.slice('not applied: '.length)})`).join('\n'));
		console.log(
			`fix properties: ${runs.length} fixes offered, ${applied} applied for real, ${runs.filter((run) => run.result === 'manual').length} instructions only, ${notApplied.length} not applied; ${covered.length}/${ids.length} fix ids covered, in ${worlds.size} worlds (${FAKE_WORLDS.length} fake, ${REAL_WORLDS.length} real)`,
		);
		expect(ids.length).toBeGreaterThan(30);
		expect(ids.filter((id) => !covered.includes(id)).map(String)).toEqual([]);
	});
});
