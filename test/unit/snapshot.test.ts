import {describe, expect, it} from 'vitest';
import {ourJson} from '../helpers/json-contract.js';
import {Engine} from '../../source/engine/engine.js';
import type {Probe} from '../../source/engine/probe.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import {PROBES} from '../../source/probes/index.js';
import {createRecorder} from '../../source/snapshot/record.js';
import {createReplaySystem} from '../../source/snapshot/replay.js';
import {parseFrom, replayProbes, replaySystem} from '../../source/snapshot/from.js';
import type {SnapshotFile} from '../../source/snapshot/format.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import {FactUnavailableError, type System} from '../../source/system/types.js';
import {defaultGoEnv, goWorld} from '../helpers/worlds.js';
import {withoutTimings} from '../helpers/comparable.js';

const t = createTranslator('en');

async function run(sys: System, probes: readonly Probe[] = PROBES): Promise<Finding[]> {
	const engine = new Engine({probes, sys, t, scheduleFlush: () => {}});
	await engine.run();
	return withoutTimings(engine.findings());
}

/** Records a run of every check on `sys`, then replays it from the JSON text of the snapshot. */
async function recordAndReplay(sys: System, options: {anonymize?: boolean} = {}) {
	const recorder = createRecorder(sys);
	const live = await run(recorder.sys);
	const snapshot = ourJson('snapshot', JSON.stringify(recorder.snapshot(options))) as SnapshotFile;
	const replayed = await run(createReplaySystem(snapshot));
	return {live, replayed, snapshot};
}

describe('record → replay', () => {
	it('gives the same findings on Linux, macOS and Windows worlds, healthy or not', async () => {
		const worlds = [
			goWorld({platform: 'linux'}),
			goWorld({platform: 'darwin', env: {GO111MODULE: 'auto'}, goEnv: defaultGoEnv('darwin', {GO111MODULE: 'auto'})}),
			goWorld({platform: 'win32', goEnv: defaultGoEnv('win32', {GO111MODULE: 'off'}), files: {'C:\\Users\\dev\\AppData\\Roaming\\go\\env': 'GO111MODULE=off\n'}}),
			goWorld({platform: 'win32', env: {GOROOT: 'C:\\Go'}, goEnv: 'go: cannot find GOROOT directory: C:\\Go'}),
			goWorld({platform: 'linux', otherGos: {'/usr/bin/go': 'go version go1.21.0 linux/amd64'}, env: {PATH: '/usr/local/go/bin:/usr/bin'}}),
		];
		const statuses: string[] = [];
		for (const world of worlds) {
			const {live, replayed} = await recordAndReplay(world);
			expect(replayed).toEqual(live);
			expect(live.map((f) => f.status)).not.toContain('failed');
			const status = (id: string) => live.find((f) => f.id === id)?.status;
			statuses.push(['go-on-path', 'goroot', 'go111module'].map(status).join(' '));
		}
		// The worlds are not all healthy: warnings and errors are replayed too.
		expect(statuses).toEqual(['ok ok ok', 'ok ok warn', 'ok ok warn', 'error error ok', 'warn ok ok']);
	});

	it('records and replays the Windows registry', async () => {
		const world = createFakeSystem({platform: 'win32', registry: {'HKCU\\Environment': [{name: 'Path', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go\\bin'}]}});
		const recorder = createRecorder(world);
		const values = await recorder.sys.registry!.readKey('HKCU\\Environment');
		expect(await recorder.sys.registry!.readKey('HKCU\\Nope')).toBeNull();
		const replay = createReplaySystem(ourJson('snapshot', JSON.stringify(recorder.snapshot())) as SnapshotFile);
		expect(await replay.registry!.readKey('HKCU\\Environment')).toEqual(values);
		expect(await replay.registry!.readKey('HKCU\\Nope')).toBeNull();
	});

	it('replays without running anything: the recorded world is not asked again', async () => {
		const world = goWorld({platform: 'linux'});
		const recorder = createRecorder(world);
		await run(recorder.sys);
		const spawned = world.calls.length;
		await run(createReplaySystem(recorder.snapshot()));
		expect(world.calls.length).toBe(spawned);
	});

	it('records a capability added to the port later, and replays it, with no change to the recorder', async () => {
		const base = createFakeSystem({platform: 'linux'});
		const sys = Object.assign(base, {network: {probe: async (request: {url: string}) => ({status: request.url.endsWith('/ok') ? 200 : 404, ms: 12})}});
		const recorder = createRecorder(sys);
		const recorded = recorder.sys as typeof sys;
		expect(await recorded.network.probe({url: 'https://goproxy.example.com/ok'})).toEqual({status: 200, ms: 12});
		const snapshot = recorder.snapshot();
		expect(snapshot.shape?.network).toEqual({probe: 'function'});
		const replay = createReplaySystem(JSON.parse(JSON.stringify(snapshot)) as SnapshotFile) as unknown as typeof sys;
		expect(await replay.network.probe({url: 'https://goproxy.example.com/ok'})).toEqual({status: 200, ms: 12});
		await expect(replay.network.probe({url: 'https://goproxy.example.com/other'})).rejects.toBeInstanceOf(FactUnavailableError);
	});

	it('answers a question asked several times in the order it was answered, then the last answer', async () => {
		const world = createFakeSystem({platform: 'linux', files: {'/tmp/a': 'one'}});
		const recorder = createRecorder(world);
		expect(await recorder.sys.readFile('/tmp/a')).toBe('one');
		world.setFile('/tmp/a', 'two');
		expect(await recorder.sys.readFile('/tmp/a')).toBe('two');
		expect(await recorder.sys.readFile('/tmp/a')).toBe('two');
		const snapshot = recorder.snapshot();
		expect(snapshot.calls!.filter((c) => c.method === 'readFile')).toHaveLength(2);
		const replay = createReplaySystem(snapshot);
		expect([await replay.readFile('/tmp/a'), await replay.readFile('/tmp/a'), await replay.readFile('/tmp/a')]).toEqual(['one', 'two', 'two']);
	});

	it('raises FactUnavailableError for anything not recorded, writes included, and never touches this machine', async () => {
		const replay = createReplaySystem({format: 'goenv-tui-snapshot', version: 1, machine: {platform: 'linux'}});
		await expect(replay.exec({file: '/bin/true', args: [], timeoutMs: 1000})).rejects.toBeInstanceOf(FactUnavailableError);
		await expect(replay.stat('/')).rejects.toBeInstanceOf(FactUnavailableError);
		await expect(replay.writeFile('/tmp/goenv-tui-replay-must-not-write', 'x')).rejects.toBeInstanceOf(FactUnavailableError);
		await expect(replay.mkdtemp('x')).rejects.toBeInstanceOf(FactUnavailableError);
		expect(() => replay.getenv('PATH')).toThrow(FactUnavailableError);
		expect(replay.registry).toBeUndefined();
		const windows = createReplaySystem({format: 'goenv-tui-snapshot', version: 1, machine: {platform: 'win32'}});
		await expect(windows.registry!.readKey('HKCU\\Environment')).rejects.toBeInstanceOf(FactUnavailableError);
		await expect(windows.registry!.setValue('HKCU\\Environment', 'X', 'REG_SZ', 'y')).rejects.toBeInstanceOf(FactUnavailableError);
	});
});

describe('the engine on replayed facts', () => {
	it('reports a check that needed a missing fact as unknown, naming the fact in words, never the call', async () => {
		const probe: Probe = {
			id: 'needs-file',
			family: 'toolchain',
			title: 'probe.goroot.title',
			async run({sys}) {
				await sys.stat('/opt/thing');
				return {status: 'ok', summary: 'fine'};
			},
		};
		const replay = createReplaySystem({format: 'goenv-tui-snapshot', version: 1, machine: {platform: 'linux'}});
		const [finding] = await run(replay, [probe]);
		expect(finding).toMatchObject({status: 'unknown', summary: 'the snapshot does not hold whether /opt/thing exists, so this check cannot be made'});
	});

	it('diagnoses GO111MODULE=off from a pasted go env alone, and says what it cannot know', async () => {
		const parsed = parseFrom("me@box:~$ go env\nGO111MODULE='off'\nGOARCH='amd64'\nGOHOSTOS='linux'\nGOOS='linux'\nGOROOT='/usr/local/go'\nGOVERSION='go1.26.8'\n", 'paste.txt');
		if (!parsed.ok) throw new Error('not parsed');
		const findings = await run(replaySystem(parsed.from), replayProbes(PROBES, parsed.from));
		const byId = Object.fromEntries(findings.map((f) => [f.id, f]));
		expect(byId.go111module).toMatchObject({status: 'warn'});
		expect(byId.go111module!.summary).toContain('GO111MODULE=off');
		expect(JSON.stringify(byId.go111module!.evidence)).toContain('(not shown in the paste)');
		expect(byId['go-on-path']).toMatchObject({status: 'unknown', summary: 'the paste does not show PATH, so which go runs cannot be told'});
		// The tree itself is not in a paste: the check says what it knows and, in words, what it cannot.
		expect(byId.goroot).toMatchObject({status: 'info', summary: 'GOROOT=/usr/local/go; the paste does not show whether /usr/local/go exists, so whether /usr/local/go is a usable Go tree cannot be told'});
		// A paste does not say where a value was set, and the wording says so plainly.
		expect(byId.go111module!.summary).toBe(
			'GO111MODULE=off is set in the pasted go env, which does not say where it was set: modules are disabled, GOPROXY is ignored and go get fails',
		);
	});

	it('with no GOHOSTOS/GOHOSTARCH in a paste, says the host is unknown instead of warning about a cross build', async () => {
		const parsed = parseFrom("GOARCH='amd64'\nGOOS='linux'\nGOROOT='/usr/local/go'\nGOPATH='/home/dev/go'\nGOVERSION='go1.26.8'\nCGO_ENABLED='0'\n", 'paste.txt');
		if (!parsed.ok) throw new Error('not parsed');
		const findings = await run(createReplaySystem(parsed.from.snapshot), replayProbes(PROBES, parsed.from));
		const byId = Object.fromEntries(findings.map((f) => [f.id, f]));
		expect(byId['goos-goarch']).toMatchObject({
			status: 'unknown',
			summary: "go builds for linux/amd64; the go env given does not show GOHOSTOS/GOHOSTARCH, so whether that is the machine's own platform cannot be told",
		});
		const text = JSON.stringify(byId['goos-goarch']);
		expect(text).not.toContain('this machine is /');
		expect(text).toContain('unknown: not in the go env given');
		expect(byId['goos-goarch']!.evidence[1]).toMatchObject({rows: [{name: 'GOOS', source: 'unknown'}, {name: 'GOARCH', source: 'unknown'}]});
		// With the host in the paste, a cross target is still found.
		const cross = parseFrom("GOARCH='arm64'\nGOOS='linux'\nGOHOSTARCH='amd64'\nGOHOSTOS='linux'\nGOROOT='/usr/local/go'\nGOVERSION='go1.26.8'\n", 'paste.txt');
		if (!cross.ok) throw new Error('not parsed');
		const crossFindings = await run(createReplaySystem(cross.from.snapshot), replayProbes(PROBES, cross.from));
		expect(crossFindings.find((f) => f.id === 'goos-goarch')).toMatchObject({status: 'warn'});
	});
});

describe('replay of checks that run at the same time', () => {
	it('gives each go list its own recorded answer, whatever order the replay asks in', async () => {
		const {goList} = await import('../../source/net/go-list.js');
		const go = '/usr/local/go/bin/go';
		const sys = createFakeSystem({platform: 'linux', files: {[go]: {file: '', mode: 0o755}}});
		sys.addCommand({file: go, answer: (request) => ({stdout: `{"Path":"m","Version":"v1.0.0","Origin":{"URL":"${request.env?.GOPROXY}"}}\n`})});
		const recorder = createRecorder(sys);
		const ask = (target: System, proxy: string) => goList(target, {go, modules: ['m@latest'], env: {GOPROXY: proxy}, timeoutMs: 1000});
		await ask(recorder.sys, 'https://a.example.com');
		await ask(recorder.sys, 'https://b.example.com');
		const replay = createReplaySystem(ourJson('snapshot', JSON.stringify(recorder.snapshot())) as SnapshotFile);
		// The other order: before, the first temporary folder handed out went to b, whose
		// go list then matched no recorded call.
		const b = await ask(replay, 'https://b.example.com');
		const a = await ask(replay, 'https://a.example.com');
		expect(b.result.stdout).toContain('b.example.com');
		expect(a.result.stdout).toContain('a.example.com');
	});
});
