import {afterEach, describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import {applyFix, previewFix, undoEntry} from '../../source/fixes/index.js';
import {undoOutcomeText} from '../../source/report/fix-text.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Evidence, Finding} from '../../source/model/finding.js';
import {PROBES} from '../../source/probes/index.js';
import {USER_ENVIRONMENT_KEY} from '../../source/system/registry.js';
import {fixWorld} from '../helpers/fixes.js';
import {USER, windowsRegistry, windowsWorld} from '../helpers/windows-console-worlds.js';

const t = createTranslator('en');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function run(sys: ReturnType<typeof windowsWorld>) {
	const engine = new Engine({probes: PROBES, sys, t, offline: true, scheduleFlush: (f) => f()});
	const byId = Object.fromEntries((await engine.run()).map((f) => [f.id, f])) as Record<string, Finding>;
	return {engine, byId};
}

const registryRows = (finding: Finding) => finding.evidence.filter((e): e is Extract<Evidence, {kind: 'registry'}> => e.kind === 'registry').flatMap((e) => e.values);

describe('Windows words for what the registry holds', () => {
	it('a %VAR% in a REG_SZ Path stays as written because of the type, not the order; the fix keeps REG_SZ knowingly', async () => {
		const registry = windowsRegistry();
		registry[USER_ENVIRONMENT_KEY] = [
			{name: 'Path', type: 'REG_SZ', data: `%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin`},
			{name: 'GOPATH', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go'},
		];
		const sys = windowsWorld({registry});
		const {engine, byId} = await run(sys);
		const hygiene = byId['path-hygiene']!;
		expect(hygiene.summary).toContain('entries that are never expanded: %USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps, %USERPROFILE%\\go\\bin. The user Path is REG_SZ, a type Windows never expands');
		expect(hygiene.summary).not.toContain('expanded once');
		// The registry evidence shows what each value becomes, never "(same)" for a value holding %…%.
		const userPath = registryRows(hygiene).find((v) => v.hive === 'HKCU' && v.name === 'Path')!;
		expect(userPath.expanded).toBe(userPath.raw);
		const gopath = registryRows(byId.gopath!).find((v) => v.name === 'GOPATH')!;
		expect(gopath).toMatchObject({raw: '%USERPROFILE%\\go', expanded: `${USER}\\go`});

		const fix = hygiene.fixes.find((f) => f.id === 'fix-user-path-references')!;
		expect(fix.description).toContain('The user Path is REG_SZ: Windows never expands a reference in it, whatever the order. The fix writes each folder out in full and keeps the type REG_SZ');
		expect(fix.changes[0]).toMatchObject({kind: 'path-entries', after: {raw: `${USER}\\AppData\\Local\\Microsoft\\WindowsApps;${USER}\\go\\bin`, type: 'REG_SZ'}});

		const world = fixWorld(sys, {rerun: (ids) => engine.run(ids), affected: (touched) => engine.affectedBy(touched)});
		cleanup = world.cleanup;
		const applied = await applyFix(world.services, await previewFix(world.services, hygiene, 'fix-user-path-references'));
		expect(applied).toMatchObject({status: 'applied', sessionStale: true});
		// After the undo too: this terminal does not see the value put back, and it says so.
		const undone = await undoEntry(world.services, 'last');
		expect(undone).toMatchObject({status: 'undone', sessionStale: true});
		expect(undoOutcomeText(t, undone)).toContain('The old value is back for terminals opened from now on. This terminal keeps the environment it started with');
		expect((await sys.registry!.readKey(USER_ENVIRONMENT_KEY))![0]).toEqual(registry[USER_ENVIRONMENT_KEY]![0]);
	});

	it('a reference in a REG_EXPAND_SZ Path that never expanded is put down to the order it was expanded in', async () => {
		const registry = windowsRegistry();
		registry[USER_ENVIRONMENT_KEY] = [
			{name: 'Path', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%GOPATH%\\bin'},
			{name: 'GOPATH', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go'},
		];
		const {byId} = await run(windowsWorld({registry}));
		expect(byId['path-hygiene']!.summary).toContain('entries that never expanded: %GOPATH%\\bin. Path (REG_EXPAND_SZ) is expanded once, in registry order');
		const fix = byId['path-hygiene']!.fixes.find((f) => f.id === 'fix-user-path-references')!;
		expect(fix.description).toContain('The user Path stays REG_EXPAND_SZ');
		expect(fix.changes[0]).toMatchObject({after: {raw: '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin', type: 'REG_EXPAND_SZ'}});
	});
});
