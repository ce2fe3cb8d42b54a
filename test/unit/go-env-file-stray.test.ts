import {afterEach, describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import {normalizedGoEnvFile, parseGoEnvFile, strayReading, withoutKey} from '../../source/facts/go-env-file.js';
import {applyFix, previewFix, undoEntry} from '../../source/fixes/index.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Evidence, Finding} from '../../source/model/finding.js';
import {PROBES} from '../../source/probes/index.js';
import {fixWorld} from '../helpers/fixes.js';
import {defaultGoEnv, goWorld} from '../helpers/worlds.js';

const t = createTranslator('en');
const ENV_FILE = '/home/dev/.config/go/env';
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function checks(sys: ReturnType<typeof goWorld>) {
	const engine = new Engine({probes: PROBES, sys, t, offline: true, scheduleFlush: (f) => f()});
	const findings = await engine.run();
	return {engine, byId: Object.fromEntries(findings.map((f) => [f.id, f])) as Record<string, Finding>};
}

describe('a go env file saved with CRLF line ends, read as cmd/go reads it', () => {
	it('parses each line as readEnvFile does: split at \\n only, the \\r kept in the value', () => {
		expect(parseGoEnvFile('GOPRIVATE=*.corp.example\r\nGOFLAGS=-mod=mod\r\n')).toEqual([
			{key: 'GOPRIVATE', value: '*.corp.example\r', line: 1},
			{key: 'GOFLAGS', value: '-mod=mod\r', line: 2},
		]);
		expect(normalizedGoEnvFile('# mine\r\nGOPRIVATE=*.corp.example \r\n  GOPROXY=off\r\n')).toBe('# mine\nGOPRIVATE=*.corp.example\n  GOPROXY=off\n');
		expect(withoutKey('GOROOT=/x\r\nGOPATH=/y\r\nGOROOT=/z\r\n', 'GOROOT')).toBe('GOPATH=/y\r\n');
		expect(['GO111MODULE', 'GOPRIVATE', 'GOPROXY', 'GOFLAGS', 'GOSUMDB', 'GOOS', 'CGO_ENABLED', 'GOPATH', 'GOEXPERIMENT'].map((key) => strayReading(key, key === 'GOSUMDB' ? 'off\r' : 'x\r'))).toEqual([
			'stops',
			'patterns',
			'same',
			'same',
			'not-off',
			'target',
			'ignored',
			'folder',
			'kept',
		]);
		expect(strayReading('GOPRIVATE', '*.corp.example')).toBeNull();
	});

	it('says what go makes of each value, shows the raw values escaped, and rewrites the file with LF as one journaled fix that undo takes back byte for byte', async () => {
		const original = 'GOPRIVATE=*.corp.example\r\nGOPROXY=https://proxy.example.com,direct\r\nGOSUMDB=off\r\n';
		const sys = goWorld({
			platform: 'linux',
			files: {[ENV_FILE]: original},
			goEnv: defaultGoEnv('linux', {GOPRIVATE: '*.corp.example\r', GONOPROXY: '*.corp.example\r', GONOSUMDB: '*.corp.example\r', GOPROXY: 'https://proxy.example.com,direct\r', GOSUMDB: 'off\r'}),
		});
		const {engine, byId} = await checks(sys);
		const finding = byId['go-env-file']!;
		expect(finding.status).toBe('error');
		expect(finding.summary).toContain('GOPRIVATE="*.corp.example\\r": the pattern "*.corp.example\\r" never matches a module path');
		expect(finding.summary).toContain('GOSUMDB="off\\r" is not off to go');
		expect(finding.summary).toContain('GOPROXY="https://proxy.example.com,direct\\r" has invisible characters at its end, which go trims');
		const lines = finding.evidence.find((e): e is Extract<Evidence, {kind: 'table'}> => e.kind === 'table')!;
		expect(lines.rows.map((row) => row.value)).toEqual(['"*.corp.example\\r"', '"https://proxy.example.com,direct\\r"', '"off\\r"']);
		expect(JSON.stringify(finding.evidence)).toContain('"CRLF"');
		expect(finding.fixes[0]!.id).toBe('go-env-file-lf');

		const world = fixWorld(sys, {rerun: (ids) => engine.run(ids), affected: (touched) => engine.affectedBy(touched)});
		cleanup = world.cleanup;
		const preview = await previewFix(world.services, finding, 'go-env-file-lf');
		expect(preview.blockers).toEqual([]);
		expect(preview.reversible).toBe(true);
		// The preview shows the \r it takes away.
		expect(preview.views[0]!.diff).toContainEqual({op: '-', text: 'GOPRIVATE=*.corp.example\\r'});
		expect(preview.views[0]!.diff).toContainEqual({op: '+', text: 'GOPRIVATE=*.corp.example'});
		expect(await applyFix(world.services, preview)).toMatchObject({status: 'applied'});
		expect(await sys.readFile(ENV_FILE)).toBe('GOPRIVATE=*.corp.example\nGOPROXY=https://proxy.example.com,direct\nGOSUMDB=off\n');
		expect(await undoEntry(world.services, 'last')).toMatchObject({status: 'undone'});
		expect(await sys.readFile(ENV_FILE)).toBe(original);
	});

	it('GO111MODULE=off\\r stops every go command; removing it edits the file itself, since go env -w would refuse the old value on undo', async () => {
		const original = 'GO111MODULE=off\r\nGOFLAGS=-mod=mod\r\n';
		const sys = goWorld({platform: 'linux', files: {[ENV_FILE]: original}, goEnv: 'go: unknown environment setting GO111MODULE=off\r'});
		const {byId} = await checks(sys);
		expect(byId['go-on-path']!.status).toBe('error');
		const finding = byId['go-env-file']!;
		expect(finding.status).toBe('error');
		expect(finding.summary).toContain('GO111MODULE="off\\r" is not off to go but an invalid setting: every go command stops');
		// Not also "turns modules off": go does not read "off\r" as off.
		expect(finding.summary).not.toContain('turns modules off');
		// GOFLAGS is split at white space: go reads it as meant.
		expect(finding.summary).toContain('GOFLAGS="-mod=mod\\r" has invisible characters at its end, which go trims');
		expect(finding.fixes.map((f) => f.id)).toEqual(['go-env-file-lf', 'go-env-unset-go111module']);
		// Removing the line edits the file (backed up), since go env -w would refuse "off\r" on undo.
		expect(finding.fixes[1]!.changes[0]).toMatchObject({kind: 'file', after: {content: 'GOFLAGS=-mod=mod\r\n'}});
		const unset = byId.go111module!.fixes.find((f) => f.id === 'unset-go-env-file');
		expect(unset!.changes[0]).toMatchObject({kind: 'file', before: {content: original}, after: {content: 'GOFLAGS=-mod=mod\r\n'}});
	});

	it('GOTOOLCHAIN=local\\r: gotoolchain shows the value go refuses escaped, not as "local", which go would accept', async () => {
		const sys = goWorld({platform: 'linux', files: {[ENV_FILE]: 'GOTOOLCHAIN=local\r\n'}});
		const {byId} = await checks(sys);
		expect(byId.gotoolchain!.status).toBe('error');
		expect(byId.gotoolchain!.summary).toContain('GOTOOLCHAIN="local\\r" (from go env file');
	});

	it('a name with a space after it, and a line go skips, are said as such', async () => {
		const sys = goWorld({platform: 'linux', files: {[ENV_FILE]: 'GOPROXY =off\n goflags=-v\nGOPATH=/home/dev/go\n'}});
		const {byId} = await checks(sys);
		const finding = byId['go-env-file']!;
		expect(finding.summary).toContain('line 1 sets "GOPROXY ", not GOPROXY');
		expect(finding.summary).toContain('go ignores line 2 (" goflags=-v")');
	});
});
