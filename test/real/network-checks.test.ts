import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {execFile, spawnSync} from 'node:child_process';
import {promisify} from 'node:util';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {Engine} from '../../source/engine/engine.js';
import type {Probe} from '../../source/engine/probe.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import {goOnPath} from '../../source/probes/go-on-path.js';
import {goproxyProbe} from '../../source/probes/goproxy.js';
import {gosumdbProbe} from '../../source/probes/gosumdb.js';
import {privateModulesProbe} from '../../source/probes/private-modules.js';
import {proxyEnv} from '../../source/probes/proxy-env.js';
import {createNodeSystem} from '../../source/system/node-system.js';
import type {System} from '../../source/system/types.js';
import {BIN, createSandbox, goBinary, runCli, type Sandbox} from '../helpers/sandbox.js';
import {makeTestPki, type TestPki} from '../helpers/test-certs.js';
import {refusedPort, startBlackhole, startConnectProxy, startHttpsModuleProxy, startModuleProxy, sumdbVerifierKey, type LocalServer} from '../helpers/goproxy-servers.js';
import {ourJson} from '../helpers/json-contract.js';

const t = createTranslator('en');
/** Short deadlines: the blackhole test proves the budget holds. */
const BUDGET = {goMs: 2_500, chainMs: 1_500};
const TOKEN = 'ghp_PLANTEDproxyTOKENplantedPROXYtoken42';

let pki: TestPki;
let proxy: LocalServer;
let tls: LocalServer;
let tlsExpired: LocalServer;
let tlsWrongName: LocalServer;
let blackhole: LocalServer;
let forward: LocalServer;
let authForward: LocalServer;
let refused: number;
let caDir: string;
let caFile: string;
let sandbox: Sandbox | undefined;

beforeAll(async () => {
	pki = makeTestPki();
	[proxy, tls, tlsExpired, tlsWrongName, blackhole, authForward, refused] = await Promise.all([
		startModuleProxy({notFound: ['github.com/acme-private'], sumdbSupported: []}),
		startHttpsModuleProxy(pki.server, [pki.ca]),
		startHttpsModuleProxy(pki.expired, [pki.ca]),
		startHttpsModuleProxy(pki.wrongName, [pki.ca]),
		startBlackhole(),
		startConnectProxy({requireAuth: true}),
		refusedPort(),
	]);
	forward = await startConnectProxy({portMap: {'mirror.test': tls.port}});
	caDir = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-ca-'));
	caFile = path.join(caDir, 'test-ca.pem');
	writeFileSync(caFile, pki.ca.certPem);
});
afterAll(async () => {
	await Promise.all([proxy, tls, tlsExpired, tlsWrongName, blackhole, forward, authForward].map((s) => s?.close()));
	rmSync(caDir, {recursive: true, force: true});
});
afterEach(() => {
	sandbox?.cleanup();
	sandbox = undefined;
});

/** The real System with the sandbox's environment, run from `cwd`. */
function systemFor(env: Record<string, string>, cwd?: string): System {
	const sys = createNodeSystem(env);
	if (!cwd) return sys;
	return {...sys, cwd: () => cwd, exec: (request) => sys.exec({...request, cwd: request.cwd ?? cwd})};
}

async function check(env: Record<string, string>, probes: Probe[], cwd?: string): Promise<Record<string, Finding>> {
	const engine = new Engine({probes: [goOnPath, ...probes], sys: systemFor(env, cwd), t, scheduleFlush: (f) => f()});
	return Object.fromEntries((await engine.run()).map((f) => [f.id, f]));
}

function envWith(extra: Record<string, string>): Record<string, string> {
	sandbox = createSandbox();
	return {...sandbox.env, ...extra};
}

const table = (finding: Finding) => finding.evidence.find((e) => e.kind === 'table');
const rowsOf = (finding: Finding) => {
	const evidence = table(finding);
	return evidence?.kind === 'table' ? evidence.rows : [];
};

describe('goproxy, asked through the real go, against local servers', () => {
	it.each([
		['ok', 'ok', undefined],
		['404', 'error', 'module-not-found (404)'],
		['410', 'error', 'module-not-found (410)'],
		['500', 'error', 'proxy-http-error (500)'],
		['407', 'error', 'proxy-http-error (407)'],
	] as const)('classifies an HTTP proxy answering %s', async (mode, status, result) => {
		const env = envWith({GOPROXY: `${proxy.url}/${mode}`});
		const f = (await check(env, [goproxyProbe(BUDGET)])).goproxy!;
		expect(f.status).toBe(status);
		expect(rowsOf(f)[0]).toMatchObject({entry: `${proxy.url}/${mode}`, result: result ?? 'ok'});
		if (mode === '407') expect(f.summary).toContain('proxy authentication required (407)');
		if (mode === '500') expect(f.summary).toContain('server error (500 Internal Server Error)');
		// Each class its own next step, not one paragraph for every HTTP error.
		if (mode === '407') expect([f.why, f.why?.includes('HTTPS_PROXY as http://user:***@'), f.why?.includes('500')]).toEqual([expect.stringContaining('407'), true, false]);
		if (mode === '500') expect([f.why?.includes('500 Internal Server Error'), f.why?.includes('407')]).toEqual([true, false]);
		if (mode === '404') expect(f.summary).toBe('no entry of GOPROXY serves golang.org/x/mod');
	});

	it('calls a reachable mirror ok, with go\'s own latency, and measures goproxy.cn and goproxy.io as candidates', async () => {
		const env = envWith({GOPROXY: `${proxy.url}/ok,direct`});
		const f = (await check(env, [goproxyProbe(BUDGET)])).goproxy!;
		expect(f.status).toBe('ok');
		expect(f.summary).toMatch(new RegExp(`^${proxy.url}/ok serves modules \\(\\d+ ms\\)$`));
		const entries = rowsOf(f).map((r) => r.entry);
		expect(entries.slice(0, 2)).toEqual([`${proxy.url}/ok`, 'direct']);
		expect(entries).toEqual(expect.arrayContaining(['https://goproxy.cn', 'https://goproxy.io']));
		expect(f.fixes).toEqual([]);
	});

	it('says go will not send a password over plain http, and shows none of it', async () => {
		const env = envWith({GOPROXY: `http://alice:${TOKEN}@127.0.0.1:${proxy.port}/ok`});
		const f = (await check(env, [goproxyProbe(BUDGET)])).goproxy!;
		expect(f.status).toBe('error');
		expect(rowsOf(f)[0]).toMatchObject({entry: `http://alice:***@127.0.0.1:${proxy.port}/ok`, result: 'insecure-credentials'});
		expect(f.summary).toContain('go will not send its user name and password over plain http');
		expect(f.why).toContain('Use https://');
		expect(JSON.stringify(f)).not.toContain(TOKEN);
	});

	it('says connection-refused for a port where nothing listens', async () => {
		const env = envWith({GOPROXY: `http://127.0.0.1:${refused}`});
		const f = (await check(env, [goproxyProbe(BUDGET)])).goproxy!;
		expect(f).toMatchObject({status: 'error'});
		expect(f.summary).toContain('the connection is refused');
		expect(rowsOf(f)[0]!.result).toBe('connection-refused');
	});

	it('says timeout for a server that accepts and never answers, and finishes within the budget', async () => {
		const env = envWith({GOPROXY: `${blackhole.url}/`});
		const started = Date.now();
		const f = (await check(env, [goproxyProbe(BUDGET)])).goproxy!;
		const elapsed = Date.now() - started;
		expect(f.status).toBe('error');
		expect(rowsOf(f)[0]).toMatchObject({result: 'timeout', time: 'no answer in 3 s'});
		expect(f.summary).toContain('no answer (timeout)');
		// The candidates run at the same time: the whole check is one deadline, not a sum.
		expect(elapsed).toBeLessThan(BUDGET.goMs + BUDGET.chainMs + 3_000);
	});

	it('trusts a self-signed CA through SSL_CERT_FILE, as go on Linux does', async () => {
		const f = (await check(envWith({GOPROXY: `${tls.url}/ok`, SSL_CERT_FILE: caFile}), [goproxyProbe(BUDGET)])).goproxy!;
		expect(f.status).toBe('ok');
	});

	it('without that CA, says tls-unknown-authority and shows the chain the server presented', async () => {
		const f = (await check(envWith({GOPROXY: `${tls.url}/ok`}), [goproxyProbe(BUDGET)])).goproxy!;
		expect(f.status).toBe('error');
		expect(rowsOf(f)[0]!.result).toBe('tls-unknown-authority');
		const chain = f.evidence.find((e) => e.kind === 'table' && e.title.startsWith('Certificates presented by 127.0.0.1:'));
		expect(chain).toMatchObject({
			rows: [
				{subject: 'CN=goenv-tui test server, O=goenv-tui tests', issuer: 'CN=goenv-tui test CA, O=goenv-tui tests'},
				{subject: 'CN=goenv-tui test CA, O=goenv-tui tests', issuer: 'CN=goenv-tui test CA, O=goenv-tui tests (self-signed)'},
			],
		});
		expect(f.why).toContain('corporate proxy');
	});

	it('says tls-expired and tls-name-mismatch for those certificates', async () => {
		const expired = (await check(envWith({GOPROXY: `${tlsExpired.url}/ok`, SSL_CERT_FILE: caFile}), [goproxyProbe(BUDGET)])).goproxy!;
		expect(rowsOf(expired)[0]!.result).toBe('tls-expired');
		const wrong = (await check(envWith({GOPROXY: `${tlsWrongName.url}/ok`, SSL_CERT_FILE: caFile}), [goproxyProbe(BUDGET)])).goproxy!;
		expect(rowsOf(wrong)[0]!.result).toBe('tls-name-mismatch');
		expect(wrong.summary).toContain('its certificate is for another host name');
	});

	it('goes through HTTPS_PROXY as go does, and reads the presented chain through the same tunnel', async () => {
		const env = envWith({GOPROXY: 'https://mirror.test/ok', HTTPS_PROXY: `http://alice:${TOKEN}@127.0.0.1:${forward.port}`});
		const f = (await check(env, [goproxyProbe(BUDGET), proxyEnv])).goproxy!;
		expect(rowsOf(f)[0]!.result).toBe('tls-unknown-authority');
		expect(forward.requests).toContain('mirror.test:443');
		const chain = f.evidence.find((e) => e.kind === 'table' && e.title.startsWith('Certificates presented by mirror.test:443, reached through'));
		expect(chain).toBeDefined();
		expect(JSON.stringify(f)).not.toContain(TOKEN);

		const trusted = (await check({...env, SSL_CERT_FILE: caFile}, [goproxyProbe(BUDGET)])).goproxy!;
		expect(trusted.status).toBe('ok');
	});

	it('puts a refusal by the forward proxy (proxyconnect) at the proxy, not at the mirror', async () => {
		const env = envWith({GOPROXY: 'https://mirror.test/ok', HTTPS_PROXY: `http://127.0.0.1:${refused}`});
		const f = (await check(env, [goproxyProbe(BUDGET)])).goproxy!;
		expect(f.status).toBe('error');
		expect(f.summary).toContain('https://mirror.test/ok: the connection is refused at the HTTP proxy go goes through (HTTPS_PROXY or HTTP_PROXY)');
	});

	it.each([
		['before-answer', 'unexpected EOF'],
		['after-200', 'EOF'],
	] as const)('says the connection was closed, with a next step, when the forward proxy drops the tunnel (%s: go says "%s")', async (drop, words) => {
		const dropping = await startConnectProxy({drop});
		try {
			const env = envWith({GOPROXY: 'https://mirror.test/ok', HTTPS_PROXY: `http://127.0.0.1:${dropping.port}`});
			const f = (await check(env, [goproxyProbe(BUDGET)])).goproxy!;
			expect(dropping.requests).toContain('mirror.test:443');
			expect(f.status).toBe('error');
			expect(rowsOf(f)[0]!.result).toBe('connection-closed');
			// go's own words are kept, and the class is named with what to do next.
			expect(rowsOf(f)[0]!.note).toBe(`module golang.org/x/mod: Get "https://mirror.test/ok/golang.org/x/mod/@v/list": ${words}`);
			expect(f.summary).toContain('https://mirror.test/ok: the connection is closed before any answer (a proxy or middlebox closed it)');
			expect(f.why).toContain('the proxy dropped the tunnel');
			expect(f.why).toContain('whether it allows CONNECT to that host on port 443');
			// The candidates went through the same proxy: each row keeps go's own words too.
			expect(rowsOf(f).find((r) => r.entry === 'https://goproxy.cn')?.note).toBe(
				`candidate, not configured; go says: module golang.org/x/mod: Get "https://goproxy.cn/golang.org/x/mod/@v/list": ${words}`,
			);
		} finally {
			await dropping.close();
		}
	});

	it('says proxy authentication required when the forward proxy answers CONNECT with 407', async () => {
		const env = envWith({GOPROXY: 'https://mirror.test/ok', HTTPS_PROXY: `http://127.0.0.1:${authForward.port}`});
		const f = (await check(env, [goproxyProbe(BUDGET)])).goproxy!;
		expect(rowsOf(f)[0]!.result).toBe('proxy-http-error');
		expect(f.summary).toContain('proxy authentication required (407)');
		expect(f.why).toContain('HTTPS_PROXY as http://user:***@');
	});
});

describe('the walk through a GOPROXY list is what go does with the whole list', () => {
	const cases = [
		// [list, our status, does go itself get the module with this list?]
		['{p}/500,{p}/ok', 'error', false],
		['{p}/500|{p}/ok', 'warn', true],
		// A first entry that has no public modules is a private-only proxy, as go's design intends: no false alarm.
		['{p}/404,{p}/ok', 'info', true],
		['{p}/410,{p}/ok', 'info', true],
		['{p}/404,{r}|{p}/ok', 'warn', true],
		['{p}/ok,{p}/500', 'ok', true],
		['{r},{p}/ok', 'error', false],
		['{r}|{p}/ok', 'warn', true],
	] as const;
	it.each(cases)('%s', async (template, status, goGetsIt) => {
		const list = template.replace(/\{p\}/g, proxy.url).replace(/\{r\}/g, `http://127.0.0.1:${refused}`);
		const env = envWith({GOPROXY: list});
		const f = (await check(env, [goproxyProbe(BUDGET)])).goproxy!;
		expect(f.status).toBe(status);
		// A warning names the entry that failed, not a 404 before it.
		if (status === 'warn' && template.includes('{r}')) expect(f.summary).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${refused}: the connection is refused`));
		// go, given the whole list at once, in a throwaway module.
		const dir = path.join(sandbox!.home, 'walk');
		mkdirSync(dir);
		writeFileSync(path.join(dir, 'go.mod'), 'module walk.test\n');
		// Asynchronously: the servers answer from this very process.
		const run = await promisify(execFile)(goBinary(), ['list', '-m', '-json', 'golang.org/x/mod@latest'], {
			cwd: dir,
			env: {...env, GOTOOLCHAIN: 'local', GOSUMDB: 'off', GOFLAGS: '-mod=mod -modcacherw', GOMODCACHE: path.join(dir, 'mc'), GOPATH: path.join(dir, 'gp'), GOCACHE: path.join(dir, 'gc')},
			encoding: 'utf8',
			timeout: 20_000,
		}).then(
			() => 0,
			(error: {code?: number}) => error.code ?? -1,
		);
		expect(run === 0).toBe(goGetsIt);
		expect(f.status !== 'error').toBe(goGetsIt);
	});
});

describe('gosumdb against local servers', () => {
	it('says connection-refused, directly, when the database URL refuses', async () => {
		const env = envWith({GOPROXY: `${proxy.url}/ok`, GOSUMDB: `${sumdbVerifierKey('sumdb.test')} http://127.0.0.1:${refused}`});
		const f = (await check(env, [gosumdbProbe(BUDGET)])).gosumdb!;
		expect(f.status).toBe('error');
		expect(f.summary).toBe('sumdb.test: the connection is refused (directly)');
	});

	it('follows go through a proxy that says it proxies the database', async () => {
		const supporting = await startModuleProxy({sumdbSupported: ['sumdb.test']});
		try {
			const env = envWith({GOPROXY: `${supporting.url}/ok`, GOSUMDB: sumdbVerifierKey('sumdb.test')});
			const f = (await check(env, [gosumdbProbe(BUDGET)])).gosumdb!;
			expect(supporting.requests).toContain('/ok/sumdb/sumdb.test/supported');
			expect(f.summary).toContain(`through ${supporting.url}/ok`);
		} finally {
			await supporting.close();
		}
	});

	it('warns for GOSUMDB=off with a fix that removes it from the go env file', async () => {
		const env = envWith({});
		spawnSync(goBinary(), ['env', '-w', 'GOSUMDB=off'], {env: {...env, GOTOOLCHAIN: 'local'}});
		const f = (await check(env, [gosumdbProbe(BUDGET)])).gosumdb!;
		expect(f.status).toBe('warn');
		expect(f.summary).toContain('GOSUMDB=off (go env file)');
		expect(f.fixes.map((x) => x.id)).toEqual(['unset-go-env-file']);
	});
});

describe('private-modules against local servers', () => {
	function module(env: Record<string, string>, requires: string[]): string {
		const dir = path.join(env.HOME!, 'src', 'app');
		mkdirSync(dir, {recursive: true});
		writeFileSync(path.join(dir, 'go.mod'), `module example.com/app\n\ngo 1.21\n\nrequire (\n${requires.map((r) => `\t${r}\n`).join('')})\n`);
		return dir;
	}

	it('finds requirements the proxy answers 404 for and non-public hosts, never asks the proxy about GOPRIVATE ones, and gives the exact go env -w', async () => {
		const env = envWith({GOPROXY: `${proxy.url}/ok,direct`, GOSUMDB: 'off', GOPRIVATE: 'git.internal.example'});
		const dir = module(env, ['example.org/public/lib v0.1.0', 'github.com/acme-private/tool v0.1.0', 'git.corp.example/team/lib v1.2.3', 'git.internal.example/x/y v1.0.0']);
		const before = proxy.requests.length;
		const f = (await check(env, [privateModulesProbe(BUDGET)], dir))['private-modules']!;
		expect(f.status).toBe('error');
		expect(f.summary).toContain('2 requirement(s)');
		expect(f.summary).toContain('go env -w GOPRIVATE=git.internal.example,github.com/acme-private,git.corp.example');
		const asked = proxy.requests.slice(before).join('\n');
		expect(asked).toContain('example.org/public/lib');
		expect(asked).not.toContain('git.internal.example');
		expect(asked).not.toContain('git.corp.example');
		expect(f.fixes[0]!.changes).toEqual([
			{kind: 'go-env', key: 'GOPRIVATE', file: path.join(env.HOME!, '.config', 'go', 'env'), before: {set: false}, after: {set: true, value: 'git.internal.example,github.com/acme-private,git.corp.example'}},
		]);
		const verdicts = Object.fromEntries(rowsOf(f).map((r) => [r.module, r.verdict]));
		expect(verdicts).toEqual({'github.com/acme-private/tool': 'private, not covered', 'git.corp.example/team/lib': 'private, not covered', 'git.internal.example/x/y': 'private, covered'});
	});

	it('finds a module the proxy serves but the checksum database answers 410 for (sumdb-private-module)', async () => {
		const env = envWith({GOPROXY: `${proxy.url}/ok`, GOSUMDB: `${sumdbVerifierKey('sumdb.test')} ${proxy.url}/410`});
		const dir = module(env, ['github.com/acme-corp/lib v1.0.0']);
		const f = (await check(env, [privateModulesProbe(BUDGET)], dir))['private-modules']!;
		expect(f.status).toBe('error');
		expect(rowsOf(f)[0]).toMatchObject({module: 'github.com/acme-corp/lib', verdict: 'checksum database not covered'});
		expect(f.summary).toContain('GOPRIVATE=github.com/acme-corp');
	});

	it('under --offline, still flags the non-public host and asks no proxy', async () => {
		const env = envWith({GOPROXY: `${proxy.url}/ok`, GOSUMDB: 'off'});
		const dir = module(env, ['git.corp.example/team/lib v1.2.3', 'example.org/public/lib v0.1.0']);
		const before = proxy.requests.length;
		const engine = new Engine({probes: [goOnPath, privateModulesProbe(BUDGET)], sys: systemFor(env, dir), t, offline: true, scheduleFlush: (fl) => fl()});
		const f = (await engine.run()).find((x) => x.id === 'private-modules')!;
		expect(f.status).toBe('error');
		expect(proxy.requests.length).toBe(before);
	});
});

describe('check on this machine, as it is configured', () => {
	it('calls the machine\'s own GOPROXY and checksum database ok: no false alarm', () => {
		// Read at run time from go itself; never written down.
		sandbox = createSandbox();
		const configured = spawnSync(goBinary(), ['env', 'GOPROXY', 'GOSUMDB'], {env: {...process.env, GOTOOLCHAIN: 'local'}, encoding: 'utf8'}).stdout.trim().split('\n');
		const env = {...sandbox.env, GOPROXY: configured[0]!, GOSUMDB: configured[1]!, ...(process.env.SSL_CERT_FILE ? {SSL_CERT_FILE: process.env.SSL_CERT_FILE} : {}), ...(process.env.SSL_CERT_DIR ? {SSL_CERT_DIR: process.env.SSL_CERT_DIR} : {})};
		const tmp = path.join(sandbox.home, 'tmp');
		mkdirSync(tmp);
		const run = runCli(['check', '--json', '--only', 'goproxy,gosumdb,proxy-env'], {...env, TMPDIR: tmp});
		const findings = Object.fromEntries((JSON.parse(run.stdout) as {findings: Finding[]}).findings.map((f) => [f.id, f]));
		// go ran in throwaway folders, all removed; nothing reached the user's GOPATH (module
		// cache, checksum database cache). (`go env -json` itself, run by every check, does
		// seed the build cache.)
		expect(readdirSync(tmp)).toEqual([]);
		expect(existsSync(path.join(sandbox.home, 'go'))).toBe(false);
		expect(findings.goproxy!.status).toBe('ok');
		expect(findings.goproxy!.summary).toContain(configured[0]!.split(/[,|]/)[0]!.replace(/\/$/, ''));
		expect(findings.gosumdb!.status).toBe('ok');
		expect(run.code).toBe(0);
	});

	it('skips every network check under --offline, as "skipped (offline)", without running go against the network', () => {
		sandbox = createSandbox();
		const run = runCli(['check', '--json', '--offline', '--only', 'goproxy,gosumdb'], sandbox.env);
		const findings = (JSON.parse(run.stdout) as {findings: Finding[]}).findings;
		expect(findings.map((f) => [f.id, f.status, f.summary])).toEqual([
			['goproxy', 'skipped', 'skipped (offline)'],
			['gosumdb', 'skipped', 'skipped (offline)'],
		]);
	});
});

/** The built program, run without blocking this process (the local servers answer from it). */
async function cliAsync(args: string[], env: Record<string, string>, cwd?: string): Promise<{code: number; out: string}> {
	return promisify(execFile)(process.execPath, [BIN, ...args], {env, cwd: cwd ?? env.HOME, encoding: 'utf8', timeout: 60_000}).then(
		(r) => ({code: 0, out: r.stdout + r.stderr}),
		(e: {code?: number; stdout?: string; stderr?: string}) => ({code: e.code ?? -1, out: (e.stdout ?? '') + (e.stderr ?? '')}),
	);
}

describe('a token in GOPROXY, set with go env -w', () => {
	it('never reaches the text report, JSON, the fix preview or the Markdown report, from any check', async () => {
		const env = envWith({});
		sandbox!.go('env', '-w', `GOPROXY=https://alice:${TOKEN}@127.0.0.1:${refused},${proxy.url}/ok`);
		const runs = await Promise.all([
			cliAsync(['check', '--verbose'], env),
			cliAsync(['check', '--json', '--verbose'], env),
			cliAsync(['fix', 'goproxy', '--dry-run'], env),
			cliAsync(['report', '-o', '-'], env),
		]);
		for (const run of runs) expect(run.out).not.toContain(TOKEN);
		// Not vacuous: each showed the setting, with the password masked.
		for (const run of runs.slice(0, 3)) expect(run.out).toContain(`alice:***@127.0.0.1:${refused}`);
		const json = ourJson<{findings: Finding[]}>('check', runs[1]!.out.slice(0, runs[1]!.out.lastIndexOf('}') + 1));
		const shownBy = json.findings.filter((f) => JSON.stringify(f.evidence).includes('alice:***@')).map((f) => f.id);
		expect(shownBy).toEqual(expect.arrayContaining(['goproxy', 'go-env-file']));
		// The fix still writes the measured list, not a masked value. Which reachable mirrors
		// come first is go's own timing (a public mirror this machine reaches may be faster
		// than the local one), so the line is judged by what it holds, not by its order.
		const setLine = runs[2]!.out.split('\n').find((line) => line.includes('Set GOPROXY='));
		expect(setLine).toContain(`${proxy.url}/ok`);
		expect(setLine).not.toContain('***');
	});
});

describe('--offline', () => {
	it('makes no network connection at all: no proxy, checksum database, forward proxy or module host is reached', async () => {
		const connections: string[] = [];
		const listener = await new Promise<import('node:net').Server>((resolve) => {
			const server = net.createServer((socket) => {
				connections.push(`${socket.localPort}`);
				socket.destroy();
			});
			server.listen(0, '127.0.0.1', () => resolve(server));
		});
		const port = (listener.address() as import('node:net').AddressInfo).port;
		try {
			const before = proxy.requests.length;
			const env = envWith({
				GOPROXY: `${proxy.url}/ok,http://127.0.0.1:${port}`,
				GOSUMDB: `${sumdbVerifierKey('sumdb.test')} http://127.0.0.1:${port}`,
				// Anything that would go out directly (git, go's direct mode) goes through here.
				HTTPS_PROXY: `http://127.0.0.1:${port}`,
				HTTP_PROXY: `http://127.0.0.1:${port}`,
				ALL_PROXY: `http://127.0.0.1:${port}`,
			});
			const dir = path.join(env.HOME!, 'src', 'app');
			mkdirSync(dir, {recursive: true});
			writeFileSync(path.join(dir, 'go.mod'), 'module example.com/app\n\ngo 1.21\n\nrequire (\n\texample.org/public/lib v0.1.0\n\tgit.corp.example/team/lib v1.2.3\n)\n');
			const runs = await Promise.all([cliAsync(['check', '--json', '--offline'], env, dir), cliAsync(['report', '--offline', '-o', '-'], env, dir), cliAsync(['snapshot', '--offline', '-o', path.join(env.HOME!, 'snap.json')], env, dir)]);
			const json = ourJson<{findings: Finding[]}>('check', runs[0]!.out.slice(0, runs[0]!.out.lastIndexOf('}') + 1));
			const status = Object.fromEntries(json.findings.map((f) => [f.id, [f.status, f.summary]]));
			expect(status.goproxy).toEqual(['skipped', 'skipped (offline)']);
			expect(status.gosumdb).toEqual(['skipped', 'skipped (offline)']);
			// Its offline part still runs: the non-public host is flagged without asking anyone.
			expect(status['private-modules']![0]).toBe('error');
			expect(runs[2]!.code).toBe(0);
			expect(connections).toEqual([]);
			expect(proxy.requests.length).toBe(before);
		} finally {
			await new Promise((resolve) => listener.close(resolve));
		}
	});
});
