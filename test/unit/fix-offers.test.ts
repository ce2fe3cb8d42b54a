import {describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import {PROBES} from '../../source/probes/index.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import {installFakeGit} from '../helpers/fake-windows-tools.js';
import {installSimulatedGo} from '../helpers/simulated-go.js';

const t = createTranslator('en');

/** A Linux machine with the simulated go in /usr/local/go and a project folder. */
function linux(env: Record<string, string> = {}, files: Record<string, string> = {}) {
	const sys = createFakeSystem({
		platform: 'linux',
		cwd: '/home/dev/project',
		env: {PATH: '/usr/bin:/usr/local/go/bin:/home/dev/go/bin', HOME: '/home/dev', ...env},
		files: {
			'/usr/bin': {dir: true},
			'/home/dev/go/bin': {dir: true},
			'/usr/local/go/bin/go': {file: 'go', mode: 0o755},
			'/usr/local/go/pkg/tool': {dir: true},
			'/usr/local/go/go.env': 'GOPROXY=https://proxy.golang.example,direct\nGOTOOLCHAIN=auto\n',
			...files,
		},
	});
	installSimulatedGo(sys, {goroot: '/usr/local/go', version: 'go1.26.8'});
	return sys;
}

async function findings(sys: ReturnType<typeof linux>): Promise<Record<string, Finding>> {
	return Object.fromEntries((await new Engine({probes: PROBES, sys, t, offline: true, scheduleFlush: (f) => f()}).run()).map((f) => [f.id, f]));
}

/** A fix is offered only where applying it would work and make nothing worse. */
describe('fixes that are not offered, and why', () => {
	it('add-goprivate needs git: without it the summary says to install git first', async () => {
		const goMod = {'/home/dev/project/go.mod': 'module example.com/app\n\ngo 1.26\n\nrequire git.corp.example/team/lib v1.2.0\n'};
		const without = (await findings(linux({}, goMod)))['private-modules']!;
		expect(without.status).toBe('error');
		expect(without.summary).toContain('install git first: go fetches the modules in GOPRIVATE directly, with git');
		expect(without.fixes).toEqual([]);
		const sys = linux({}, goMod);
		installFakeGit(sys, '/usr/bin/git');
		expect((await findings(sys))['private-modules']!.fixes.map((f) => f.id)).toEqual(['add-goprivate']);
	});

	it('go install of an editor tool: not with modules off (go refuses @version), nor for another GOOS (the tool would not run here)', async () => {
		expect((await findings(linux()))['gopls']!.fixes.map((f) => f.id)).toEqual(['go-install-gopls']);
		expect((await findings(linux({GO111MODULE: 'off'})))['gopls']!.fixes).toEqual([]);
		expect((await findings(linux({GOOS: 'windows'})))['gopls']!.fixes).toEqual([]);
	});
});
