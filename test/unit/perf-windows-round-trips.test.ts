import {describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import {PROBES} from '../../source/probes/index.js';
import {INTERNET_SETTINGS_KEY} from '../../source/probes/proxy-env.js';
import {UNINSTALL_KEY} from '../../source/facts/go-installs.js';
import {userShellSyntax} from '../../source/shell/detect.js';
import {SYSTEM_ENVIRONMENT_KEY, USER_ENVIRONMENT_KEY, shortKey} from '../../source/system/registry.js';
import type {FakeSystem} from '../../source/system/fake-system.js';
import {POWERSHELL, spawnsOf, t, windowsWorld} from '../helpers/windows-batch-worlds.js';

/**
 * The Windows side of the spawn budget, in a fake Windows: a full check costs one PowerShell
 * batch, one `reg export` per registry key (the environment's two, Internet Settings, the Uninstall
 * key's products when Go sits where the MSI installs), one
 * `git config`; and what runs after the checks (the UI's or the report's shell detection)
 * reads the run's facts instead of starting PowerShell again.
 */
const GIT = 'C:\\Program Files\\Git\\cmd\\git.exe';

function world(gitConfigZ: string): FakeSystem {
	const sys = windowsWorld({
		env: {PATH: 'C:\\Windows\\system32;C:\\Program Files\\Go\\bin;C:\\Program Files\\Git\\cmd'},
		files: {[GIT]: {file: 'PE'}},
		commands: [
			{
				file: GIT,
				answer: (request) =>
					request.args[0] === '--version'
						? {stdout: 'git version 2.47.1.windows.1\n'}
						: request.args[0] === 'config'
							? {stdout: gitConfigZ}
							: request.args[0] === '--exec-path'
								? {stdout: 'C:/Program Files/Git/mingw64/libexec/git-core\n'}
								: {exitCode: 128, stderr: 'fatal: not a git repository\n'},
			},
		],
		registry: {
			[INTERNET_SETTINGS_KEY]: [
				{name: 'ProxyEnable', type: 'REG_DWORD', data: '1'},
				{name: 'ProxyServer', type: 'REG_SZ', data: 'proxy.corp.example:8080'},
			],
			[USER_ENVIRONMENT_KEY]: [
				{name: 'Path', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go\\bin'},
				{name: 'HTTP_PROXY', type: 'REG_SZ', data: 'http://old-proxy.corp.example:3128'},
			],
			[SYSTEM_ENVIRONMENT_KEY]: [{name: 'Path', type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\system32;C:\\Program Files\\Go\\bin;C:\\Program Files\\Git\\cmd'}],
		},
	});
	return sys;
}

/** Counts the registry keys read (each one a `reg export` on a real machine). */
function countReads(sys: FakeSystem): Map<string, number> {
	const reads = new Map<string, number>();
	const registry = sys.registry!;
	const readKey = registry.readKey.bind(registry);
	registry.readKey = (key) => {
		const id = shortKey(key).toLowerCase();
		reads.set(id, (reads.get(id) ?? 0) + 1);
		return readKey(key);
	};
	const readSubkeys = registry.readSubkeys.bind(registry);
	registry.readSubkeys = (key) => {
		const id = `${shortKey(key).toLowerCase()}\\*`;
		reads.set(id, (reads.get(id) ?? 0) + 1);
		return readSubkeys(key);
	};
	return reads;
}

describe('the Windows round trips of a full check', () => {
	it('one PowerShell, one reg export per key, one git config; the shell is then read from the same facts', async () => {
		const sys = world('global\0file:C:/Users/dev/.gitconfig\0core.longpaths\ntrue\0');
		const reads = countReads(sys);
		const engine = new Engine({probes: PROBES, sys, t, offline: true, scheduleFlush: (flush) => flush()});
		const facts = engine.newFacts();
		const findings = await engine.run(undefined, facts);
		// What the UI (and `report`) do once the checks have run: the user's shell, from the run's facts.
		expect(await userShellSyntax(facts)).toBe('powershell');

		expect(spawnsOf(sys, POWERSHELL)).toBe(1);
		expect(Object.fromEntries(reads)).toEqual({
			[shortKey(SYSTEM_ENVIRONMENT_KEY).toLowerCase()]: 1,
			[shortKey(USER_ENVIRONMENT_KEY).toLowerCase()]: 1,
			[INTERNET_SETTINGS_KEY.toLowerCase()]: 1,
			// Go sits where the MSI installs: its Uninstall entry says whether the MSI put it there.
			[`${UNINSTALL_KEY.toLowerCase()}\\*`]: 1,
		});
		expect(sys.calls.filter((call) => call.file === GIT && call.args[0] === 'config')).toHaveLength(1);
		const keys = sys.calls.map((call) => JSON.stringify([call.file.toLowerCase(), call.args, call.cwd ?? '']));
		expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
		expect(findings.filter((f) => f.status === 'failed').map((f) => f.id)).toEqual([]);

		// proxy-env's fix takes the user variables' current values from the registry facts.
		const proxy = findings.find((f) => f.id === 'proxy-env')!;
		expect(proxy.fixes[0]!.changes).toContainEqual({
			kind: 'registry-env',
			scope: 'user',
			name: 'HTTP_PROXY',
			before: {raw: 'http://old-proxy.corp.example:3128', type: 'REG_SZ'},
			after: {raw: 'http://proxy.corp.example:8080', type: 'REG_SZ'},
		});
		// long-paths reads core.longpaths from the same git facts.
		expect(findings.find((f) => f.id === 'long-paths')).toMatchObject({status: 'ok'});
	});

	it("long-paths ignores a repository's own core.longpaths: go fetches modules outside it", async () => {
		const sys = world('local\0file:.git/config\0core.longpaths\ntrue\0global\0file:C:/Users/dev/.gitconfig\0core.autocrlf\nfalse\0');
		const engine = new Engine({probes: PROBES, sys, t, offline: true, scheduleFlush: (flush) => flush()});
		const f = (await engine.run(['long-paths'])).find((x) => x.id === 'long-paths')!;
		expect(f.status).toBe('warn');
		expect(f.fixes.map((fix) => fix.id)).toContain('git-core-longpaths');
	});
});
