import {describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import type {Probe} from '../../source/engine/probe.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import {goOnPath} from '../../source/probes/go-on-path.js';
import {goproxyProbe, PUBLIC_MIRRORS} from '../../source/probes/goproxy.js';
import {gosumdbProbe} from '../../source/probes/gosumdb.js';
import {privateModulesProbe} from '../../source/probes/private-modules.js';
import {INTERNET_SETTINGS_KEY, proxyEnv} from '../../source/probes/proxy-env.js';
import {PROBES} from '../../source/probes/index.js';
import type {ExecRequest} from '../../source/system/types.js';
import {defaultGoEnv, goWorld, LINUX_GOROOT, WINDOWS_GOROOT} from '../helpers/worlds.js';
import {applyFix, previewFix, undoEntry} from '../../source/fixes/index.js';
import {fixWorld} from '../helpers/fixes.js';

const t = createTranslator('en');
const BUDGET = {goMs: 1_000, chainMs: 500};
const TOKEN = 'ghp_PLANTEDnetTOKENplantedNETtoken0000042';

/** What a scripted `go list -x` prints for one GOPROXY value. */
type Answer = {ok: true; seconds: number} | {ok: false; status?: string; error?: string};

function goListAnswers(answers: Record<string, Answer>) {
	return (request: ExecRequest) => {
		const proxy = request.env?.GOPROXY ?? '';
		const answer = answers[proxy] ?? {ok: false, error: `dial tcp: lookup ${proxy.replace(/^https?:\/\//, '')}: no such host`};
		const url = `${proxy}/golang.org/x/mod/@v/list`;
		if (answer.ok) {
			return {
				stdout: '{"Path":"golang.org/x/mod","Version":"v0.43.0"}\n',
				stderr: `# get ${url}\n# get ${url}: 200 OK (${answer.seconds.toFixed(3)}s)\n`,
			};
		}
		const failure = answer.status ?? `Get "${url}": ${answer.error}`;
		return {
			stdout: `{"Path":"golang.org/x/mod","Error":{"Err":${JSON.stringify(`golang.org/x/mod@latest: ${answer.status ? `reading ${url}: ${answer.status}` : failure}`)}}}\n`,
			stderr: `# get ${url}\n# get ${url}: ${answer.status ? `${answer.status} (0.010s)` : failure}\n`,
		};
	};
}

async function run(sys: ReturnType<typeof goWorld>, probes: Probe[], options: {offline?: boolean} = {}): Promise<Record<string, Finding>> {
	const engine = new Engine({probes: [goOnPath, ...probes], sys, t, offline: options.offline, scheduleFlush: (f) => f()});
	return Object.fromEntries((await engine.run()).map((f) => [f.id, f]));
}

function world(platform: 'linux' | 'win32', goproxy: string, answers: Record<string, Answer>, extra: Parameters<typeof goWorld>[0] = {platform}) {
	const sys = goWorld({...extra, platform, goEnv: defaultGoEnv(platform, {GOPROXY: goproxy})});
	const go = platform === 'win32' ? `${WINDOWS_GOROOT}\\bin\\go.exe` : `${LINUX_GOROOT}/bin/go`;
	sys.addCommand({file: go, answer: goListAnswers(answers)});
	sys.addCommand({file: go, args: ['env', '-json'], answer: {stdout: JSON.stringify(defaultGoEnv(platform, {GOPROXY: goproxy}))}});
	return sys;
}

describe('goproxy with go scripted', () => {
	it('recommends the measured candidates, fastest first by go\'s own timing, direct last, and Go\'s default from $GOROOT/go.env', async () => {
		const sys = world('win32', 'https://dead.example,direct', {
			'https://goproxy.example.com': {ok: true, seconds: 0.2},
			'https://goproxy.cn': {ok: true, seconds: 0.05},
			'https://goproxy.io': {ok: false, error: 'dial tcp 1.2.3.4:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.'},
		});
		const f = (await run(sys, [goproxyProbe(BUDGET)])).goproxy!;
		expect(f.status).toBe('error');
		expect(f.summary).toBe('https://dead.example: the host name does not resolve (DNS); go stops there (after a comma it moves on only when a proxy answers 404/410)');
		expect(f.fixes[0]).toMatchObject({
			id: 'set-goproxy',
			changes: [{kind: 'go-env', key: 'GOPROXY', before: {set: false}, after: {set: true, value: 'https://goproxy.cn,https://goproxy.example.com,direct'}}],
			reversible: true,
		});
		const rows = f.evidence.find((e) => e.kind === 'table' && e.title.startsWith('Each entry'));
		// A failing candidate shows go's own words, not only that it is a candidate.
		expect(rows).toMatchObject({
			rows: expect.arrayContaining([
				expect.objectContaining({
					entry: 'https://goproxy.io',
					result: 'timeout',
					note: expect.stringMatching(/^candidate, not configured; go says: .*dial tcp 1\.2\.3\.4:443: connectex: A connection attempt failed because the connected party did not properly respond/),
				}),
				expect.objectContaining({entry: 'https://goproxy.cn', note: 'candidate, not configured'}),
			]),
		});
		// Every entry and candidate was asked at once, each in a throwaway module, never the user's caches.
		const lists = sys.calls.filter((c) => c.args[0] === 'list');
		expect(lists.map((c) => c.env?.GOPROXY).sort()).toEqual(['direct', 'https://dead.example', 'https://goproxy.cn', 'https://goproxy.example.com', 'https://goproxy.io']);
		for (const call of lists) {
			expect(call.env).toMatchObject({GOSUMDB: 'off', GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod -modcacherw'});
			expect(call.env?.GOMODCACHE?.startsWith(call.cwd!)).toBe(true);
		}
	});

	it('calls a reachable configured mirror ok even when direct fails, with no fix', async () => {
		const sys = world('linux', 'https://goproxy.cn,direct', {'https://goproxy.cn': {ok: true, seconds: 0.031}});
		const f = (await run(sys, [goproxyProbe(BUDGET)])).goproxy!;
		expect(f).toMatchObject({status: 'ok', summary: 'https://goproxy.cn serves modules (31 ms)', fixes: []});
	});

	it('calls a first entry that answers 404 for public modules a private-only proxy (info), and proposes no public proxy in front of it', async () => {
		const sys = world('linux', 'https://athens.corp.example,https://goproxy.cn,direct', {'https://athens.corp.example': {ok: false, status: '404 Not Found'}, 'https://goproxy.cn': {ok: true, seconds: 0.02}});
		const f = (await run(sys, [goproxyProbe(BUDGET)])).goproxy!;
		expect(f.status).toBe('info');
		expect(f.summary).toBe('https://athens.corp.example does not have public modules (404/410), so go moves on and gets them from https://goproxy.cn (20 ms): the usual set-up for a proxy that serves only private modules');
		expect(f.fixes).toEqual([]);
	});

	it('warns when go only gets modules after the first entry fails, and for plain http', async () => {
		const fallback = world('linux', 'https://broken.example|https://goproxy.cn,direct', {'https://broken.example': {ok: false, status: '503 Service Unavailable'}, 'https://goproxy.cn': {ok: true, seconds: 0.01}});
		const f = (await run(fallback, [goproxyProbe(BUDGET)])).goproxy!;
		expect(f.status).toBe('warn');
		expect(f.summary).toContain('https://broken.example: server error (503 Service Unavailable); go gets modules only from https://goproxy.cn');
		const http = world('linux', 'http://mirror.example,direct', {'http://mirror.example': {ok: true, seconds: 0.01}});
		expect((await run(http, [goproxyProbe(BUDGET)])).goproxy).toMatchObject({status: 'warn', summary: expect.stringContaining('plain http')});
		const local = world('linux', 'http://127.0.0.1:3000,direct', {'http://127.0.0.1:3000': {ok: true, seconds: 0.01}});
		expect((await run(local, [goproxyProbe(BUDGET)])).goproxy!.status).toBe('ok');
	});

	it('after a pipe, names the real error of the list without saying go stopped there', async () => {
		const sys = world('linux', 'https://a.example|https://b.example', {'https://a.example': {ok: false, status: '503 Service Unavailable'}, 'https://b.example': {ok: false, status: '404 Not Found'}});
		const f = (await run(sys, [goproxyProbe(BUDGET)])).goproxy!;
		expect(f).toMatchObject({status: 'error', summary: 'https://a.example: server error (503 Service Unavailable)'});
	});

	it('on a TLS error shows the chain the server presented, read through the proxy go uses (Windows wording)', async () => {
		const error = 'tls: failed to verify certificate: x509: certificate signed by unknown authority';
		const sys = world('win32', 'https://mirror.corp.example,direct', {'https://mirror.corp.example': {ok: false, error}}, {platform: 'win32', env: {HTTPS_PROXY: 'http://proxy.corp.example:8080'}});
		sys.setTlsChain('mirror.corp.example:443', {
			certificates: [
				{subject: 'CN=mirror.corp.example', issuer: 'CN=Zscaler Intermediate Root CA, O=Zscaler Inc.', validFrom: '2026-11-01T00:00:00.000Z', validTo: '2026-12-01T00:00:00.000Z', fingerprint256: 'AA', selfSigned: false},
				{subject: 'CN=Zscaler Root CA, O=Zscaler Inc.', issuer: 'CN=Zscaler Root CA, O=Zscaler Inc.', validFrom: '2020-01-01T00:00:00.000Z', validTo: '2040-01-01T00:00:00.000Z', fingerprint256: 'BB', selfSigned: true},
			],
		});
		const f = (await run(sys, [goproxyProbe(BUDGET)])).goproxy!;
		expect(f.summary).toContain('its certificate is signed by an authority go does not trust');
		expect(sys.tlsRequests).toEqual([expect.objectContaining({host: 'mirror.corp.example', port: 443, proxy: 'http://proxy.corp.example:8080'})]);
		const chain = f.evidence.find((e) => e.kind === 'table' && e.title === 'Certificates presented by mirror.corp.example:443, reached through http://proxy.corp.example:8080');
		expect(chain).toMatchObject({rows: [{issuer: 'CN=Zscaler Intermediate Root CA, O=Zscaler Inc.'}, {subject: 'CN=Zscaler Root CA, O=Zscaler Inc.', issuer: 'CN=Zscaler Root CA, O=Zscaler Inc. (self-signed)'}]});
	});

	it('warns for GOPROXY=off (no module can be downloaded) and asks nothing', async () => {
		const sys = world('linux', 'off', {});
		const f = (await run(sys, [goproxyProbe(BUDGET)])).goproxy!;
		expect(f.status).toBe('warn');
		expect(f.summary).toBe('GOPROXY=off: go downloads nothing; only modules already in the module cache can be used');
		expect(sys.calls.some((c) => c.args[0] === 'list')).toBe(false);
	});

	it('writes the recommendation where GOPROXY takes effect: the HKCU variable that beats the go env file (undo puts it back)', async () => {
		const dead = 'https://dead.example,direct';
		const sys = world('win32', dead, {'https://goproxy.cn': {ok: true, seconds: 0.05}}, {
			platform: 'win32',
			env: {GOPROXY: dead},
			registry: {'HKCU\\Environment': [{name: 'GOPROXY', type: 'REG_SZ', data: dead}]},
		});
		const f = (await run(sys, [goproxyProbe(BUDGET)])).goproxy!;
		const fix = f.fixes.find((x) => x.id === 'set-goproxy')!;
		expect(fix.changes).toEqual([
			{kind: 'registry-env', scope: 'user', name: 'GOPROXY', before: {raw: dead, type: 'REG_SZ'}, after: {raw: expect.stringMatching(/^https:\/\/goproxy\.cn,.*direct$/), type: 'REG_SZ'}},
		]);
		expect(fix.description).toContain('Sets GOPROXY in HKCU\\Environment, where it is set today');
		expect(fix.manualCommands ?? []).toEqual([]);
		const world2 = fixWorld(sys);
		try {
			const preview = await previewFix(world2.services, f, 'set-goproxy');
			expect(preview.blockers).toEqual([]);
			expect(await applyFix(world2.services, preview)).toMatchObject({status: 'applied', sessionStale: true});
			expect((await sys.registry!.readKey('HKCU\\Environment'))![0]!.data).toMatch(/^https:\/\/goproxy\.cn,/);
			expect(await undoEntry(world2.services, 'last')).toMatchObject({status: 'undone'});
			expect((await sys.registry!.readKey('HKCU\\Environment'))![0]).toEqual({name: 'GOPROXY', type: 'REG_SZ', data: dead});
		} finally {
			world2.cleanup();
		}
	});

	it('rewrites the shell profile line that exports GOPROXY, not the go env file it overrides', async () => {
		const dead = 'https://dead.example,direct';
		const sys = world('linux', dead, {'https://goproxy.cn': {ok: true, seconds: 0.05}}, {
			platform: 'linux',
			env: {GOPROXY: dead},
			files: {'/home/dev/.profile': `# mine\nexport GOPROXY="${dead}"\n`},
		});
		const f = (await run(sys, [goproxyProbe(BUDGET)])).goproxy!;
		const fix = f.fixes.find((x) => x.id === 'set-goproxy')!;
		expect(fix.changes).toEqual([
			{kind: 'profile-line', file: '/home/dev/.profile', before: {line: `export GOPROXY="${dead}"`, lineNumber: 2}, after: {line: expect.stringMatching(/^export GOPROXY="https:\/\/goproxy\.cn,.*direct"$/)}},
		]);
	});

	it('is an error with go\'s own words for a list go refuses, still with a measured recommendation', async () => {
		const sys = world('linux', 'goproxy.cn|ftp://old.example', {'https://goproxy.cn': {ok: true, seconds: 0.02}});
		const f = (await run(sys, [goproxyProbe(BUDGET)])).goproxy!;
		expect(f.status).toBe('error');
		expect(f.summary).toBe('go refuses GOPROXY=goproxy.cn|ftp://old.example: invalid proxy URL scheme (must be https, http, file): ftp://old.example');
		expect(f.fixes[0]!.changes[0]).toMatchObject({after: {value: 'https://goproxy.cn,direct'}});
	});

	it('never shows a password from GOPROXY, and never proposes a URL that carries one', async () => {
		const sys = world('linux', `https://bob:${TOKEN}@athens.corp.example,direct`, {});
		const f = (await run(sys, [goproxyProbe(BUDGET)])).goproxy!;
		expect(JSON.stringify(f)).not.toContain(TOKEN);
		expect(f.fixes.every((fix) => !JSON.stringify(fix.changes.map((c) => (c.kind === 'go-env' ? c.after : null))).includes('athens'))).toBe(true);
	});

	it('runs all entries in parallel, and the row says what it waits on', async () => {
		const sys = goWorld({platform: 'linux', goEnv: defaultGoEnv('linux', {GOPROXY: 'https://a.example,https://b.example'})});
		const releases: Array<() => void> = [];
		sys.addCommand({
			file: `${LINUX_GOROOT}/bin/go`,
			answer: (request) =>
				new Promise((resolve) => {
					releases.push(() => resolve(goListAnswers({[request.env!.GOPROXY!]: {ok: true, seconds: 0.01}})(request)));
				}),
		});
		sys.addCommand({file: `${LINUX_GOROOT}/bin/go`, args: ['env', '-json'], answer: {stdout: JSON.stringify(defaultGoEnv('linux', {GOPROXY: 'https://a.example,https://b.example'}))}});
		// go-on-path starts `go env -changed -json` for the checks after it; it is not a go list.
		sys.addCommand({file: `${LINUX_GOROOT}/bin/go`, args: ['env', '-changed', '-json'], answer: {stdout: '{}'}});
		const engine = new Engine({probes: [goOnPath, goproxyProbe(BUDGET)], sys, t, scheduleFlush: (f) => f()});
		const done = engine.run();
		for (let i = 0; i < 50 && releases.length < 5; i++) await new Promise((r) => setImmediate(r));
		// a, b and the three candidates are all in flight at once.
		expect(releases).toHaveLength(5);
		expect(engine.getState().rows.find((r) => r.id === 'goproxy')!.note).toBe(`waiting on a.example, b.example, goproxy.example.com, ${PUBLIC_MIRRORS.map((m) => m.slice(8)).join(', ')}`);
		releases.forEach((release) => release());
		await done;
	});

	it('is skipped under --offline, and so is gosumdb; private-modules does its offline part', async () => {
		const sys = world('linux', 'https://goproxy.cn,direct', {});
		const f = await run(sys, [goproxyProbe(BUDGET), gosumdbProbe(BUDGET), privateModulesProbe(BUDGET)], {offline: true});
		expect(f.goproxy).toMatchObject({status: 'skipped', summary: 'skipped (offline)'});
		expect(f.gosumdb).toMatchObject({status: 'skipped', summary: 'skipped (offline)'});
		// Not a network check as a whole: it reads its settings and go.mod offline too.
		expect(f['private-modules']!.summary).toBe('the current folder is not in a Go module');
		expect(sys.calls.some((c) => c.args[0] === 'list')).toBe(false);
	});

	it('registers the seven checks with their ids, families and network flags', () => {
		const mine = PROBES.filter((p) => ['goproxy', 'gosumdb', 'private-modules', 'proxy-env', 'git', 'git-autocrlf', 'git-credentials'].includes(p.id));
		expect(mine.map((p) => [p.id, p.family, Boolean(p.network)])).toEqual([
			['goproxy', 'network', true],
			['gosumdb', 'network', true],
			['private-modules', 'network', false],
			['proxy-env', 'network', false],
			['git', 'git', false],
			['git-autocrlf', 'git', false],
			['git-credentials', 'git', false],
		]);
	});
});

describe('gosumdb', () => {
	it('says, while go runs, that it waits on the proxies and then the database', async () => {
		const goproxy = 'https://a.example|https://b.example,direct';
		const sys = goWorld({platform: 'linux', goEnv: defaultGoEnv('linux', {GOPROXY: goproxy})});
		let release = () => {};
		sys.addCommand({file: `${LINUX_GOROOT}/bin/go`, answer: (request) => new Promise((resolve) => (release = () => resolve(goListAnswers({[goproxy]: {ok: true, seconds: 0.01}})(request))))});
		sys.addCommand({file: `${LINUX_GOROOT}/bin/go`, args: ['env', '-json'], answer: {stdout: JSON.stringify(defaultGoEnv('linux', {GOPROXY: goproxy}))}});
		sys.addCommand({file: `${LINUX_GOROOT}/bin/go`, args: ['env', '-changed', '-json'], answer: {stdout: '{}'}});
		const engine = new Engine({probes: [goOnPath, gosumdbProbe(BUDGET)], sys, t, scheduleFlush: (f) => f()});
		const done = engine.run();
		const note = () => engine.getState().rows.find((r) => r.id === 'gosumdb')!.note;
		for (let i = 0; i < 50 && note() === undefined; i++) await new Promise((r) => setImmediate(r));
		expect(note()).toBe(`waiting on a.example, b.example, ${defaultGoEnv('linux').GOSUMDB}`);
		release();
		await done;
	});

	it('warns for GOSUMDB=off from the OS environment, with the way to remove it', async () => {
		const sys = goWorld({platform: 'linux', env: {GOSUMDB: 'off'}, goEnv: defaultGoEnv('linux', {GOSUMDB: 'off'})});
		const f = (await run(sys, [gosumdbProbe(BUDGET)])).gosumdb!;
		expect(f).toMatchObject({status: 'warn', summary: 'GOSUMDB=off (process environment): downloaded modules are not checked against the checksum database'});
		expect(f.fixes[0]).toMatchObject({id: 'unset-os-env', manualCommands: ['unset GOSUMDB']});
	});
});

describe('private-modules without a module', () => {
	it('warns when GONOSUMDB is set on its own and leaves out a GOPRIVATE pattern, and about GOINSECURE', async () => {
		const sys = goWorld({
			platform: 'linux',
			env: {GOPRIVATE: 'git.corp.example,github.com/acme', GONOSUMDB: 'git.corp.example', GOINSECURE: 'git.corp.example'},
			goEnv: defaultGoEnv('linux', {GOPRIVATE: 'git.corp.example,github.com/acme', GONOPROXY: 'git.corp.example,github.com/acme', GONOSUMDB: 'git.corp.example', GOINSECURE: 'git.corp.example', GOMOD: '/dev/null'}),
		});
		const f = (await run(sys, [privateModulesProbe(BUDGET)]))['private-modules']!;
		expect(f.status).toBe('warn');
		expect(f.summary).toBe('GONOSUMDB=git.corp.example is set on its own and leaves out GOPRIVATE pattern(s) github.com/acme; GOINSECURE=git.corp.example: go fetches these over plain http or without checking certificates');
	});

	it('with GOPROXY=direct asks no proxy, flags a non-public host from go.mod, and says what it did not check', async () => {
		const goMod = 'module example.com/app\n\nrequire (\n\tgit.corp.example/team/lib v1.2.3\n\tgithub.com/acme/tool v0.1.0\n)\n';
		const uncovered = goWorld({platform: 'linux', files: {'/home/dev/src/app/go.mod': goMod}, goEnv: defaultGoEnv('linux', {GOPROXY: 'direct', GOMOD: '/home/dev/src/app/go.mod'})});
		const f = (await run(uncovered, [privateModulesProbe(BUDGET)]))['private-modules']!;
		expect(f.status).toBe('error');
		expect(f.summary).toContain('git.corp.example/team/lib');
		expect(f.summary).toContain('go env -w GOPRIVATE=git.corp.example');
		expect(uncovered.calls.some((c) => c.args[0] === 'list')).toBe(false);

		const covered = goWorld({
			platform: 'linux',
			env: {GOPRIVATE: '*.corp.example'},
			files: {'/home/dev/src/app/go.mod': goMod},
			goEnv: defaultGoEnv('linux', {GOPROXY: 'direct', GOPRIVATE: '*.corp.example', GONOPROXY: '*.corp.example', GONOSUMDB: '*.corp.example', GOMOD: '/home/dev/src/app/go.mod'}),
		});
		const g = (await run(covered, [privateModulesProbe(BUDGET)]))['private-modules']!;
		expect(g).toMatchObject({status: 'info', summary: '1 requirement(s) not asked: GOPROXY has no proxy, so go fetches them directly; only their host names were checked (1 covered by GOPRIVATE)'});
	});

	it('warns when GONOPROXY sends a requirement direct but GONOSUMDB still has it verified publicly', async () => {
		const sys = goWorld({
			platform: 'linux',
			env: {GONOPROXY: 'github.com/acme'},
			files: {'/home/dev/src/app/go.mod': 'module example.com/app\n\nrequire github.com/acme/tool v0.1.0\n'},
			goEnv: defaultGoEnv('linux', {GONOPROXY: 'github.com/acme', GOMOD: '/home/dev/src/app/go.mod'}),
		});
		const f = (await run(sys, [privateModulesProbe(BUDGET)]))['private-modules']!;
		expect(f).toMatchObject({status: 'warn', summary: expect.stringContaining('GONOPROXY covers 1 requirement(s) that GONOSUMDB does not (github.com/acme/tool)')});
		expect(sys.calls.some((c) => c.args[0] === 'list')).toBe(false);
	});

	it('is skipped outside a module when the settings agree', async () => {
		const sys = goWorld({platform: 'win32', goEnv: defaultGoEnv('win32', {GOMOD: 'NUL'})});
		expect((await run(sys, [privateModulesProbe(BUDGET)]))['private-modules']).toMatchObject({status: 'skipped', summary: 'the current folder is not in a Go module'});
	});
});

describe('proxy-env', () => {
	it('on Windows, warns that go ignores the system proxy browsers use, and offers user variables built from it', async () => {
		const sys = goWorld({platform: 'win32'});
		await sys.registry!.setValue(INTERNET_SETTINGS_KEY, 'ProxyEnable', 'REG_DWORD', '1');
		await sys.registry!.setValue(INTERNET_SETTINGS_KEY, 'ProxyServer', 'REG_SZ', 'proxy.corp.example:8080');
		await sys.registry!.setValue(INTERNET_SETTINGS_KEY, 'ProxyOverride', 'REG_SZ', '<local>;*.corp.example');
		await sys.registry!.setValue('HKCU\\Environment', 'Path', 'REG_EXPAND_SZ', '%USERPROFILE%\\go\\bin');
		const f = (await run(sys, [proxyEnv]))['proxy-env']!;
		expect(f.status).toBe('warn');
		expect(f.summary).toBe('Windows uses the proxy proxy.corp.example:8080 (Internet Settings), but go does not read it: your browser works, go does not');
		expect(f.fixes[0]).toMatchObject({
			id: 'use-system-proxy',
			changes: [
				{kind: 'registry-env', scope: 'user', name: 'HTTPS_PROXY', before: null, after: {raw: 'http://proxy.corp.example:8080', type: 'REG_SZ'}},
				{kind: 'registry-env', scope: 'user', name: 'HTTP_PROXY', before: null, after: {raw: 'http://proxy.corp.example:8080', type: 'REG_SZ'}},
				{kind: 'registry-env', scope: 'user', name: 'NO_PROXY', before: null, after: {raw: 'localhost,127.0.0.1,.corp.example', type: 'REG_SZ'}},
			],
		});
		expect(f.evidence.find((e) => e.kind === 'registry')).toMatchObject({values: [{name: 'ProxyEnable'}, {name: 'ProxyServer'}, {name: 'ProxyOverride'}]});
	});

	it('on Linux, warns about upper/lower case conflicts and a missing SSL_CERT_FILE, and never shows the proxy password', async () => {
		const sys = goWorld({
			platform: 'linux',
			env: {HTTPS_PROXY: `http://bob:${TOKEN}@proxy.corp.example:3128`, https_proxy: 'http://other.example:3128', SSL_CERT_FILE: '/etc/ssl/corp-ca.pem', GOCERTFILE: '/etc/ssl/corp-ca.pem'},
		});
		const f = (await run(sys, [proxyEnv]))['proxy-env']!;
		expect(f.status).toBe('warn');
		expect(f.summary).toBe('HTTPS_PROXY and https_proxy differ: go uses HTTPS_PROXY, while curl and git prefer https_proxy; SSL_CERT_FILE points at /etc/ssl/corp-ca.pem, which does not exist');
		expect(JSON.stringify(f)).not.toContain(TOKEN);
		const routes = f.evidence.find((e) => e.kind === 'table' && e.title === 'How go reaches each module proxy');
		expect(routes).toMatchObject({rows: [{url: 'https://goproxy.example.com', route: 'through http://bob:***@proxy.corp.example:3128 (HTTPS_PROXY)'}]});
		expect(JSON.stringify(f.evidence)).toContain('not a Go variable');
	});

	it('says GOCERTFILE does nothing, and that SSL_CERT_FILE is ignored on macOS', async () => {
		const sys = goWorld({platform: 'darwin', env: {GOCERTFILE: '/x.pem', SSL_CERT_FILE: '/x.pem'}});
		const f = (await run(sys, [proxyEnv]))['proxy-env']!;
		expect(f.status).toBe('info');
		expect(f.summary).toContain('GOCERTFILE is set, but no Go version reads it');
		expect(f.summary).toContain('SSL_CERT_FILE is set, but go on this system verifies certificates with the system store');
	});

	it('is ok with no proxy variables', async () => {
		expect((await run(goWorld({platform: 'linux'}), [proxyEnv]))['proxy-env']).toMatchObject({status: 'ok', summary: 'no proxy variables: go connects to every host directly'});
	});
});
