import {afterEach, describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import {applyFix, previewFix, undoEntry} from '../../source/fixes/index.js';
import {createTranslator} from '../../source/i18n/index.js';
import {PROBES} from '../../source/probes/index.js';
import {USER_ENVIRONMENT_KEY} from '../../source/system/registry.js';
import {fixWorld, outcomeOf} from '../helpers/fixes.js';
import {windowsWorld} from '../helpers/windows-console-worlds.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/**
 * The fixes of the Go setup checks are data; the executor (source/fixes) applies them. These round trips
 * prove the data is complete: applied through the fake registry, the check re-run reads the
 * registry anew and is satisfied, and undo puts back every byte and the type.
 */
describe('fix path-hygiene (the default fix) against the fake registry', () => {
	it('cleans the user Path, the re-run check agrees, and undo restores it byte for byte', async () => {
		const sys = windowsWorld();
		const before = await sys.registry!.readKey(USER_ENVIRONMENT_KEY);
		const engine = new Engine({probes: PROBES, sys, t: createTranslator('en'), scheduleFlush: (f) => f()});
		const world = fixWorld(sys, {rerun: (ids) => engine.run(ids), affected: (touched) => engine.affectedBy(touched)});
		cleanup = world.cleanup;
		const finding = (await engine.run()).find((f) => f.id === 'path-hygiene')!;

		const preview = await previewFix(world.services, finding);
		expect(preview.blockers).toEqual([]);
		const outcome = await applyFix(world.services, preview);
		expect(outcome).toMatchObject({status: 'applied', stillProblem: false});
		const path = (await sys.registry!.readKey(USER_ENVIRONMENT_KEY))!.find((v) => v.name === 'Path');
		expect(path).toEqual({name: 'Path', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin;'});
		// The registry is clean now. This terminal keeps its old entries until it is reopened; they
		// were duplicates and a missing folder, so nothing a new terminal gets is missing here.
		expect(outcomeOf(outcome, 'applied').findings.find((f) => f.id === 'path-hygiene')).toMatchObject({status: 'ok', fixes: []});
		expect(outcomeOf(outcome, 'applied').findings.find((f) => f.id === 'stale-session')).toMatchObject({status: 'ok'});

		const undo = await undoEntry(world.services, 'last');
		expect(undo.status).toBe('undone');
		expect(await sys.registry!.readKey(USER_ENVIRONMENT_KEY)).toEqual(before);
	});
});
