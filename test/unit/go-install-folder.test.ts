import {afterEach, describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import {applyFix, previewFix} from '../../source/fixes/index.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Evidence} from '../../source/model/finding.js';
import {PROBES} from '../../source/probes/index.js';
import {USER_ENVIRONMENT_KEY} from '../../source/system/registry.js';
import {fixWorld} from '../helpers/fixes.js';
import {USER, windowsRegistry, windowsWorld} from '../helpers/windows-console-worlds.js';
import {defaultGoEnv, goWorld} from '../helpers/worlds.js';

const t = createTranslator('en');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/**
 * The Go installer puts `%USERPROFILE%\go\bin` on the user Path before the folder exists; the
 * first `go install` creates it. It is never a PATH problem, and no clean-up removes it.
 */
describe('the go install folder on PATH before it exists', () => {
	it('Windows: clean-user-path removes the missing folder but keeps %USERPROFILE%\\go\\bin, and gobin-on-path stays ok', async () => {
		const registry = windowsRegistry();
		registry[USER_ENVIRONMENT_KEY] = [
			{name: 'Path', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin;C:\\Old\\Missing;'},
			{name: 'GOPATH', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go'},
		];
		// A fresh machine: no go\bin folder yet (the world's files have gopls and dlv there).
		const sys = windowsWorld({
			registry,
			files: {[`${USER}\\go\\bin\\gopls.exe`]: undefined, [`${USER}\\go\\bin\\dlv.exe`]: undefined},
			env: {Path: `C:\\Windows\\system32;C:\\Windows;C:\\Program Files\\Go\\bin;${USER}\\AppData\\Local\\Microsoft\\WindowsApps;${USER}\\go\\bin;C:\\Old\\Missing`},
		});
		expect(await sys.stat(`${USER}\\go\\bin`)).toBeNull();
		const engine = new Engine({probes: PROBES, sys, t, offline: true, scheduleFlush: (f) => f()});
		const world = fixWorld(sys, {rerun: (ids) => engine.run(ids), affected: (touched) => engine.affectedBy(touched)});
		cleanup = world.cleanup;
		const findings = await engine.run();
		const hygiene = findings.find((f) => f.id === 'path-hygiene')!;
		// One missing folder (C:\Old\Missing), not two.
		expect(hygiene.summary).toContain('entries that are not folders: 1');
		expect(findings.find((f) => f.id === 'gobin-on-path')!.status).toBe('ok');
		const path = hygiene.evidence.find((e): e is Extract<Evidence, {kind: 'path'}> => e.kind === 'path')!;
		expect(path.entries.find((e) => e.expanded === `${USER}\\go\\bin`)!.marks).toEqual(['go-install']);

		const preview = await previewFix(world.services, hygiene, 'clean-user-path');
		expect(preview.changes[0]).toMatchObject({kind: 'path-entries', removed: ['C:\\Old\\Missing']});
		const outcome = await applyFix(world.services, preview);
		expect(outcome.status).toBe('applied');
		const after = (await sys.registry!.readKey(USER_ENVIRONMENT_KEY))!.find((v) => v.name === 'Path')!;
		expect(after.data).toBe('%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin;');
		const rows = engine.getState().rows;
		expect(rows.find((r) => r.id === 'gobin-on-path')!.state).toBe('ok');
		expect(rows.find((r) => r.id === 'path-hygiene')!.state).toBe('ok');
	});

	it('Linux and macOS: $HOME/go/bin on PATH before the first go install is not counted missing', async () => {
		for (const platform of ['linux', 'darwin'] as const) {
			const home = platform === 'darwin' ? '/Users/dev' : '/home/dev';
			const sys = goWorld({
				platform,
				env: {PATH: `/usr/bin:/usr/local/go/bin:${home}/go/bin:/opt/gone/bin`},
				goEnv: defaultGoEnv(platform, {GOPATH: `${home}/go`}),
				files: {'/usr/bin': {dir: true}},
			});
			const findings = await new Engine({probes: PROBES, sys, t, offline: true, scheduleFlush: (f) => f()}).run(['path-hygiene']);
			const hygiene = findings.find((f) => f.id === 'path-hygiene')!;
			expect(hygiene.summary).toContain('entries that are not folders: 1');
			const path = hygiene.evidence.find((e): e is Extract<Evidence, {kind: 'path'}> => e.kind === 'path')!;
			expect(path.entries.find((e) => e.expanded === `${home}/go/bin`)!.marks).toEqual(['go-install']);
			expect(path.entries.find((e) => e.expanded === '/opt/gone/bin')!.marks).toEqual(['missing']);
		}
	});

	it('GOBIN, when set, is the folder kept (and GOPATH/bin is then an ordinary entry)', async () => {
		const sys = goWorld({
			platform: 'linux',
			env: {PATH: '/usr/bin:/usr/local/go/bin:/home/dev/bin/go:/home/dev/go/bin'},
			goEnv: defaultGoEnv('linux', {GOBIN: '/home/dev/bin/go'}),
			files: {'/usr/bin': {dir: true}},
		});
		const findings = await new Engine({probes: PROBES, sys, t, offline: true, scheduleFlush: (f) => f()}).run(['path-hygiene']);
		const path = findings[0]!.evidence.find((e): e is Extract<Evidence, {kind: 'path'}> => e.kind === 'path')!;
		expect(path.entries.find((e) => e.expanded === '/home/dev/bin/go')!.marks).toEqual(['go-install']);
		expect(path.entries.find((e) => e.expanded === '/home/dev/go/bin')!.marks).toEqual(['missing']);
	});
});
