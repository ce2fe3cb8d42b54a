import {describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import type {Probe} from '../../source/engine/probe.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import {PROBES} from '../../source/probes/index.js';
import {parseFrom, replayProbes, replaySystem} from '../../source/snapshot/from.js';
import {createReplaySystem} from '../../source/snapshot/replay.js';
import type {System} from '../../source/system/types.js';
import {withoutTimings} from '../helpers/comparable.js';
import {defaultGoEnv, goWorld, WINDOWS_GOROOT} from '../helpers/worlds.js';

/**
 * Judging what a paste shows (issue 15): a problem visible in the values alone gets the same
 * status and wording as in a live run, and what cannot be known is said in words, never as
 * the name of an internal call.
 */

const t = createTranslator('en');

async function run(sys: System, probes: readonly Probe[]): Promise<Finding[]> {
	const engine = new Engine({probes, sys, t, scheduleFlush: () => {}});
	await engine.run();
	return withoutTimings(engine.findings());
}

async function judgePaste(text: string): Promise<Record<string, Finding>> {
	const parsed = parseFrom(text, 'paste.txt');
	if (!parsed.ok) throw new Error(`not parsed: ${parsed.message}`);
	const findings = await run(replaySystem(parsed.from), replayProbes(PROBES, parsed.from));
	return Object.fromEntries(findings.map((f) => [f.id, f]));
}

async function judgeLive(sys: System, id: string): Promise<Finding> {
	const findings = await run(sys, PROBES.filter((p) => p.id === id || p.id === 'go-on-path'));
	return findings.find((f) => f.id === id)!;
}

/** The sentence without what differs between a paste and a machine: where a value was set, the compiler's full path. */
const withoutParentheticals = (summary: string) => summary.replace(/ \([^)]*\)/g, '');

/** Words a person must never read: the System port's method names. */
const INTERNAL = /\bgetenv\b|\bstat |not in the snapshot:|\breadFile\b|\breaddir\b|\bisWritable\b|registry\.readKey|\brealpath\b|\bexec [A-Za-z]:?[\\/]/;

describe('check --from on a paste that shows only the problem', () => {
	const cases: ReadonlyArray<{name: string; paste: string; id: string; live: () => System}> = [
		{
			name: 'CC=cl with CGO_ENABLED=1',
			paste: 'set CC=cl\nset CGO_ENABLED=1\n',
			id: 'cgo',
			live: () =>
				goWorld({
					platform: 'win32',
					env: {PATH: `C:\\Windows\\system32;${WINDOWS_GOROOT}\\bin;C:\\VS\\bin`, CC: 'cl'},
					files: {'C:\\VS\\bin\\cl.exe': {file: 'MZ', mode: 0o755}},
					goEnv: defaultGoEnv('win32', {CC: 'cl', CGO_ENABLED: '1', GOHOSTOS: 'windows', GOHOSTARCH: 'amd64'}),
				}),
		},
		{
			name: 'GOPATH = GOROOT',
			paste: `set GOPATH=${WINDOWS_GOROOT}\nset GOROOT=${WINDOWS_GOROOT}\n`,
			id: 'gopath',
			live: () => goWorld({platform: 'win32', env: {GOPATH: WINDOWS_GOROOT}, goEnv: defaultGoEnv('win32', {GOPATH: WINDOWS_GOROOT})}),
		},
		{
			name: 'GOPROXY=off',
			paste: "GOPROXY='off'\n",
			id: 'goproxy',
			live: () => goWorld({platform: 'linux', goEnv: defaultGoEnv('linux', {GOPROXY: 'off'})}),
		},
		{
			name: 'GONOPROXY=*',
			paste: 'GONOPROXY=*\n',
			id: 'private-modules',
			live: () => goWorld({platform: 'linux', env: {GONOPROXY: '*'}, goEnv: defaultGoEnv('linux', {GONOPROXY: '*', GOPRIVATE: '', GONOSUMDB: ''})}),
		},
		{
			name: 'GOPRIVATE=https://host/x',
			paste: 'export GOPRIVATE=https://git.corp.example/team\n',
			id: 'private-modules',
			live: () =>
				goWorld({
					platform: 'linux',
					env: {GOPRIVATE: 'https://git.corp.example/team'},
					goEnv: defaultGoEnv('linux', {GOPRIVATE: 'https://git.corp.example/team', GONOPROXY: 'https://git.corp.example/team', GONOSUMDB: 'https://git.corp.example/team'}),
				}),
		},
		{
			name: 'GOSUMDB=off',
			paste: '$env:GOSUMDB = "off"\n',
			id: 'gosumdb',
			live: () => goWorld({platform: 'win32', env: {GOSUMDB: 'off'}, goEnv: defaultGoEnv('win32', {GOSUMDB: 'off'})}),
		},
	];

	it.each(cases)('$name: the finding is a warning or error, with the wording of a live run', async ({paste, id, live}) => {
		const pasted = (await judgePaste(paste))[id]!;
		const machine = await judgeLive(live(), id);
		expect(['warn', 'error']).toContain(pasted.status);
		expect(pasted.status).toBe(machine.status);
		expect(withoutParentheticals(pasted.summary)).toBe(withoutParentheticals(machine.summary));
	});

	it('names what a partial paste does not show in words, for every check, never an internal call', async () => {
		for (const {paste} of cases) {
			for (const finding of Object.values(await judgePaste(paste))) {
				expect(finding.summary, `${finding.id}: ${finding.summary}`).not.toMatch(INTERNAL);
				expect(finding.status, finding.id).not.toBe('failed');
			}
		}
	});
});

describe('a setting the paste leaves out is not taken as set or unset', () => {
	it('cgo without CC says the compiler is go\'s default unless CC was set; private-modules without GOPRIVATE does not say it is unset', async () => {
		const byId = await judgePaste("CGO_ENABLED='1'\nGOOS='linux'\nGOPROXY='off'\n");
		expect(byId.cgo!.summary).toMatch(/^cgo is on; the paste does not show CC, so the C compiler is go's default \(gcc\) unless CC was set there; /);
		expect(byId['private-modules']).toMatchObject({status: 'unknown', summary: 'the paste does not show GOPRIVATE, so which required modules are private cannot be told'});
		const shown = await judgePaste("CGO_ENABLED='1'\nCC='gcc'\nGOPRIVATE=''\n");
		expect(shown.cgo!.summary).toMatch(/^cgo is on with CC=gcc; /);
		expect(shown['private-modules']!.summary).toMatch(/^GOPRIVATE is not set: /);
	});

	it('goos-goarch without GOOS still compares GOARCH with GOHOSTARCH (a paste cut short), and says nothing when they agree', async () => {
		const cut = (arch: string) => `set GO111MODULE=auto\nset GOARCH=${arch}\nset GOBIN=\nset GOEXE=.exe\nset GOHOSTARCH=amd64\nset GOHOSTOS=windows\n...\n`;
		const crossed = (await judgePaste(cut('386')))['goos-goarch']!;
		expect(crossed.status).toBe('warn');
		expect(crossed.summary).toContain('GOARCH=386');
		expect((await judgePaste(cut('amd64')))['goos-goarch']).toMatchObject({status: 'unknown'});
	});
});

describe('unknowns in words', () => {
	const FULL_WINDOWS = [
		'set GO111MODULE=',
		'set GOARCH=amd64',
		'set GOENV=C:\\Users\\dev\\AppData\\Roaming\\go\\env',
		'set GOHOSTARCH=amd64',
		'set GOHOSTOS=windows',
		'set GOMOD=C:\\src\\app\\go.mod',
		'set GOOS=windows',
		'set GOPATH=C:\\Users\\dev\\go',
		'set GOPRIVATE=',
		'set GOPROXY=https://goproxy.cn,direct',
		'set GOROOT=C:\\Program Files\\Go',
		'set GOSUMDB=sumdb.example.com',
		'set GOTOOLCHAIN=auto',
		'set CC=gcc',
		'set CGO_ENABLED=1',
		'set GOVERSION=go1.26.8',
	].join('\n');

	it('says "the paste does not show PATH" where the check needs PATH', async () => {
		const byId = await judgePaste(FULL_WINDOWS);
		expect(byId['go-on-path']).toMatchObject({status: 'unknown', summary: 'the paste does not show PATH, so which go runs cannot be told'});
		expect(byId.cgo).toMatchObject({status: 'info', summary: 'cgo is on with CC=gcc; the paste does not show PATH, so whether gcc is installed and builds for this target cannot be told'});
		expect(byId['go-env-file']!.summary).toBe('the paste does not show the file C:\\Users\\dev\\AppData\\Roaming\\go\\env, so what the go env file holds cannot be told');
		expect(byId['private-modules']!.summary).toContain('the paste does not show the file C:\\src\\app\\go.mod');
		expect(byId.goproxy!.summary).toBe('GOPROXY=https://goproxy.cn,direct is a list go accepts; a paste cannot show what the network does on that machine, so whether it answers there cannot be told');
		for (const finding of Object.values(byId)) expect(finding.summary, finding.id).not.toMatch(INTERNAL);
	});

	it('does the same for a snapshot with missing sections, in the snapshot\'s words', async () => {
		const snapshot = {format: 'goenv-tui-snapshot' as const, version: 1, machine: {platform: 'win32', arch: 'x64'}, env: {Path: 'C:\\Windows\\system32', PATHEXT: '.EXE'}};
		const findings = await run(createReplaySystem(snapshot), PROBES);
		for (const finding of findings) {
			expect(finding.summary, `${finding.id}: ${finding.summary}`).not.toMatch(INTERNAL);
			if (finding.status === 'unknown') expect(finding.summary, finding.id).toMatch(/^the snapshot does not hold|cannot|not /);
		}
		expect(findings.find((f) => f.id === 'go-on-path')!.summary).toBe('the snapshot does not hold the folder it was taken in, so which go runs cannot be told');
	});
});

describe('judged by the Go the paste came from', () => {
	it('GO111MODULE unset means auto before Go 1.16, and says where GOPATH mode ignores GOPROXY', async () => {
		const old = await judgePaste("go version go1.14.2 linux/amd64\nGO111MODULE=''\nGOARCH='amd64'\nGOOS='linux'\nGOPATH='/home/dev/go'\nGOROOT='/usr/local/go'\n");
		expect(old.go111module).toMatchObject({status: 'info', summary: t('probe.go111module.unsetAuto', {version: '1.14.2'})});
		const current = await judgePaste("GO111MODULE=''\nGOARCH='amd64'\nGOOS='linux'\nGOROOT='/usr/local/go'\nGOVERSION='go1.26.8'\n");
		expect(current.go111module).toMatchObject({status: 'ok', summary: t('probe.go111module.unset')});
	});

	it('knows Go before 1.13 had no default proxy and one URL only, and | only from 1.15', async () => {
		const paste = (proxy: string, version: string) => `go version go${version} linux/amd64\nGOARCH="amd64"\nGOOS="linux"\nGOROOT="/usr/lib/go"\nGOPROXY="${proxy}"\n`;
		expect((await judgePaste(paste('', '1.12.9'))).goproxy).toMatchObject({status: 'ok'});
		expect((await judgePaste(paste('https://goproxy.cn,direct', '1.12.9'))).goproxy).toMatchObject({status: 'error'});
		expect((await judgePaste(paste('https://goproxy.cn|https://goproxy.io', '1.14.4'))).goproxy).toMatchObject({status: 'error'});
		expect((await judgePaste(paste('https://goproxy.cn|https://goproxy.io', '1.15.0'))).goproxy).toMatchObject({status: 'info'});
		// From Go 1.21 an empty GOPROXY is refused (the default lives in $GOROOT/go.env).
		expect((await judgePaste(paste('', '1.22.1'))).goproxy).toMatchObject({status: 'error'});
	});

	it('does not hold a setting against a Go that does not know it', async () => {
		const byId = await judgePaste('go version go1.12.17 windows/amd64\nset GOARCH=amd64\nset GOOS=windows\nset GOROOT=C:\\Go\nset GOPATH=C:\\Users\\dev\\go\n');
		expect(byId.gotoolchain).toMatchObject({status: 'skipped', summary: t('release.notKnown', {version: '1.12.17', name: 'GOTOOLCHAIN', since: '1.21'})});
		expect(byId.gosumdb!.status).toBe('skipped');
		expect(byId['private-modules']!.status).toBe('skipped');
		expect(byId['go-env-file']!.status).toBe('skipped');
	});

	it('does not take a variant at its default for a choice (go env prints GOAMD64=v1 whatever sets it)', async () => {
		const byId = await judgePaste("GOAMD64='v1'\nGOARCH='amd64'\nGOOS='linux'\nGOHOSTOS='linux'\nGOHOSTARCH='amd64'\nGOROOT='/usr/local/go'\nGOVERSION='go1.22.5'\n");
		expect(byId['goos-goarch']).toMatchObject({status: 'ok'});
	});

	it('judges GOAMD64=v9 as go 1.22 (refused) and go 1.23+ (accepted silently) do', async () => {
		const paste = (version: string) => `GOAMD64='v9'\nGOARCH='amd64'\nGOOS='linux'\nGOHOSTOS='linux'\nGOHOSTARCH='amd64'\nGOROOT='/usr/local/go'\nGOVERSION='go${version}'\n`;
		expect((await judgePaste(paste('1.22.5')))['goos-goarch']).toMatchObject({status: 'error'});
		expect((await judgePaste(paste('1.23.0')))['goos-goarch']).toMatchObject({status: 'warn'});
	});
});

describe('what the text around the values shows', () => {
	it('warns for a GOPATH list that holds GOROOT as a later entry (go skips it)', async () => {
		const byId = await judgePaste('set GOPATH=C:\\Users\\dev\\go;C:\\Go\nset GOROOT=C:\\Go\nset GOOS=windows\nset GOARCH=amd64\nset GOVERSION=go1.22.0\n');
		expect(byId.gopath).toMatchObject({status: 'warn'});
		expect(byId.gopath!.summary).toContain('GOPATH=C:\\Go');
	});

	it("uses go's own GOPATH-set-to-GOROOT warning as evidence", async () => {
		const byId = await judgePaste("$ go env\nwarning: GOPATH set to GOROOT (/usr/local/go) has no effect\nGOARCH='amd64'\nGOOS='linux'\nGOPATH='/usr/local/go'\nGOVERSION='go1.22.0'\n");
		expect(byId.gopath!.status).toBe('warn');
		expect(byId.gopath!.summary).toContain('warning: GOPATH set to GOROOT (/usr/local/go) has no effect');
	});

	it("takes go bug's GOROOT/bin/go version line for the Go that GOROOT holds", async () => {
		const text = [
			'<details><summary><code>go env</code> Output</summary><br><pre>',
			'$ go env',
			'GOARCH=&quot;amd64&quot;',
			'GOOS=&quot;linux&quot;',
			'GOROOT=&quot;/home/dev/sdk/go1.20.1&quot;',
			'GOPATH=&quot;/home/dev/go&quot;',
			'GOVERSION=&quot;go1.22.0&quot;',
			'GOROOT/bin/go version: go version go1.20.1 linux/amd64',
			'</pre></details>',
		].join('\n');
		const byId = await judgePaste(text);
		expect(byId.goroot).toMatchObject({status: 'error'});
		expect(byId.goroot!.summary).toBe(t('probe.goroot.mismatch', {path: '/home/dev/sdk/go1.20.1', origin: t('probe.goroot.origin.set', {source: t('source.unknown')}), treeVersion: 'go1.20.1', goVersion: 'go1.22.0'}));
	});
});
