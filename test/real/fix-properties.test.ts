import {describe, expect, it} from 'vitest';
import {createTranslator} from '../../source/i18n/index.js';
import {checkEveryFix, programFixIds, type FixRun} from '../helpers/fix-properties.js';
import {FAKE_WORLDS} from '../helpers/fix-worlds.js';

const t = createTranslator('en');

describe('every fix, in every world where it is offered', () => {
	it('fake worlds', async () => {
		const runs: FixRun[] = [];
		const problems: string[] = [];
		for (const world of FAKE_WORLDS) {
			const result = await checkEveryFix(world, t);
			runs.push(...result.runs);
			problems.push(...result.problems);
		}
		console.log(runs.map((r) => `${r.world} · ${r.finding}/${r.fix}: ${r.result}`).join('\n'));
		const ids = programFixIds();
		console.log('uncovered:', ids.filter((re) => !runs.some((r) => re.test(r.fix))).map(String));
		expect(problems).toEqual([]);
	}, 600_000);
});
