import {afterEach, describe, expect, it} from 'vitest';
import {main} from '../../source/cli.js';
import {createFakeSystem, type FakeEntry, type FakeSystem} from '../../source/system/fake-system.js';
import {SYSTEM_ENVIRONMENT_KEY, USER_ENVIRONMENT_KEY, type RegistryValue} from '../../source/system/registry.js';
import {captureIo} from '../helpers/io.js';
import {contractProblems, ourJson} from '../helpers/json-contract.js';

/**
 * go-on-path's and editor-go's `check --json`, read through the published schema
 * (schemas/check.schema.json) in every shape their findings take: the installs table, each
 * fix that puts an installed Go on PATH (the user Path's entries, a profile line, a command
 * for this terminal only), a shim's missing version, and the editor's settings key
 * (json-setting) beside GoLand's fix by hand. Then the schema is shown to refuse the same
 * documents with one field of those changes broken, so passing it says something.
 */

afterEach(() => {
	process.exitCode = undefined;
});

interface JsonChange {
	kind: string;
	[field: string]: unknown;
}
interface JsonFix {
	id: string;
	changes: JsonChange[];
	manual_commands?: string[];
	reversible: boolean;
	needs_admin: boolean;
}
interface JsonFinding {
	id: string;
	status: string;
	summary: string;
	evidence: Array<{kind: string; title: string; rows?: Array<Record<string, string>>}>;
	fixes: JsonFix[];
}
interface JsonReport {
	findings: JsonFinding[];
}

const sz = (name: string, data: string): RegistryValue => ({name, type: 'REG_SZ', data});
const expand = (name: string, data: string): RegistryValue => ({name, type: 'REG_EXPAND_SZ', data});

function tree(root: string, version: string, win = false): Record<string, FakeEntry> {
	const sep = win ? '\\' : '/';
	return {[`${root}${sep}bin${sep}go${win ? '.exe' : ''}`]: {file: 'ELF', mode: 0o755}, [`${root}${sep}pkg${sep}tool`]: {dir: true}, [`${root}${sep}VERSION`]: `${version}\n`};
}

const WIN_HOME = 'C:\\Users\\dev';
function windows(files: Record<string, FakeEntry>, registry: Record<string, RegistryValue[]> = {}, path = 'C:\\Windows\\system32'): FakeSystem {
	return createFakeSystem({
		platform: 'win32',
		home: WIN_HOME,
		env: {Path: path, PATHEXT: '.COM;.EXE;.BAT;.CMD', SystemRoot: 'C:\\Windows', SystemDrive: 'C:', USERPROFILE: WIN_HOME, LOCALAPPDATA: `${WIN_HOME}\\AppData\\Local`, APPDATA: `${WIN_HOME}\\AppData\\Roaming`, ProgramFiles: 'C:\\Program Files', ProgramData: 'C:\\ProgramData'},
		files,
		registry: {
			[SYSTEM_ENVIRONMENT_KEY]: [expand('Path', '%SystemRoot%\\system32')],
			[USER_ENVIRONMENT_KEY]: [expand('Path', '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;')],
			...registry,
		},
	});
}

const HOME = '/home/dev';
function linux(files: Record<string, FakeEntry>, path = '/usr/bin:/bin'): FakeSystem {
	return createFakeSystem({platform: 'linux', home: HOME, cwd: `${HOME}/proj`, env: {PATH: path, HOME, SHELL: '/bin/bash'}, files: {[`${HOME}/proj`]: {dir: true}, ...files}});
}

/** `check --json --only <id>` on a world, parsed through the check schema (ourJson throws otherwise). */
async function checkJson(sys: FakeSystem, id: string): Promise<{report: JsonReport; finding: JsonFinding}> {
	const io = captureIo();
	await main(['check', '--json', '--offline', '--only', id], io, sys);
	const report = ourJson<JsonReport>('check', io.out());
	const finding = report.findings.find((f) => f.id === id);
	if (!finding) throw new Error(`no ${id} finding in ${io.out().slice(0, 300)}`);
	return {report, finding};
}

/** The report with one change of one finding's fix replaced (a deep copy: the original stays valid). */
function withChange(report: JsonReport, id: string, fix: number, change: number, edit: (c: JsonChange) => JsonChange): unknown {
	const copy = structuredClone(report);
	const target = copy.findings.find((f) => f.id === id)!.fixes[fix]!;
	target.changes[change] = edit(target.changes[change]!);
	return copy;
}

describe("go-on-path's check --json, through schemas/check.schema.json", () => {
	it('Windows, a ZIP in C:\\Go on no Path: the installs table and the user Path fix (path-entries)', async () => {
		const {report, finding} = await checkJson(windows(tree('C:\\Go', 'go1.26.8', true)), 'go-on-path');
		expect(finding.status).toBe('error');
		const table = finding.evidence.find((e) => e.kind === 'table' && e.title.startsWith('Go installations'));
		expect(table?.rows?.[0]).toMatchObject({version: 'go1.26.8 (VERSION file)', root: 'C:\\Go', path: 'no'});
		expect(finding.fixes[0]).toMatchObject({id: 'add-to-user-path', needs_admin: false, reversible: true});
		expect(finding.fixes[0]!.changes).toEqual([
			{
				kind: 'path-entries',
				scope: 'user',
				name: 'Path',
				before: {raw: '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;', type: 'REG_EXPAND_SZ'},
				after: {raw: '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;C:\\Go\\bin;', type: 'REG_EXPAND_SZ'},
				removed: [],
				added: ['C:\\Go\\bin'],
			},
		]);
		// The same document with the scope misspelt, or the added entries dropped, is refused.
		expect(contractProblems('check', withChange(report, 'go-on-path', 0, 0, (c) => ({...c, scope: 'machine'}))).join('\n')).toMatch(/scope|oneOf/);
		expect(contractProblems('check', withChange(report, 'go-on-path', 0, 0, ({added: _, ...c}) => c)).join('\n')).toMatch(/added/);
	});

	it('Windows, the MSI installed after this terminal opened: the fix for this terminal is a command to run by hand', async () => {
		const sys = windows(
			tree('C:\\Program Files\\Go', 'go1.26.8', true),
			{
				[SYSTEM_ENVIRONMENT_KEY]: [expand('Path', '%SystemRoot%\\system32;C:\\Program Files\\Go\\bin')],
				'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{5B9A70B1-0000-4000-8000-000000000001}': [sz('DisplayName', 'Go Programming Language amd64 go1.26.8'), sz('InstallLocation', 'C:\\Program Files\\Go\\')],
			},
		);
		const {finding} = await checkJson(sys, 'go-on-path');
		expect(finding.summary).toContain('is installed and on the system Path, but this terminal started before it got there');
		const refresh = finding.fixes.find((f) => f.id === 'refresh-session');
		expect(refresh).toMatchObject({changes: []});
		expect(refresh?.manual_commands?.length).toBe(1);
	});

	it('Linux, the tarball in /usr/local/go: the profile line fix (profile-line); a shim whose version is not installed: its install command', async () => {
		const {report, finding} = await checkJson(linux(tree('/usr/local/go', 'go1.26.8')), 'go-on-path');
		expect(finding.fixes[0]).toMatchObject({id: 'add-to-profile-path', changes: [{kind: 'profile-line', file: `${HOME}/.profile`, before: {line: null}, after: {line: 'export PATH="$PATH:/usr/local/go/bin"'}}]});
		expect(contractProblems('check', withChange(report, 'go-on-path', 0, 0, (c) => ({...c, after: {text: 'export PATH=…'}}))).join('\n')).toMatch(/after/);

		const shim = `${HOME}/.asdf/shims/go`;
		const asdf = linux(
			{
				[shim]: {file: `#!/usr/bin/env bash\n# asdf-plugin: golang 1.26.8\nexec ${HOME}/.asdf/bin/asdf exec "go" "$@"\n`, mode: 0o755},
				[`${HOME}/proj/.tool-versions`]: 'golang 1.21.0\n',
				...tree(`${HOME}/.asdf/installs/golang/1.26.8/go`, 'go1.26.8'),
			},
			`${HOME}/.asdf/shims:/usr/bin`,
		);
		asdf.addCommand({file: shim, args: ['env', '-json'], answer: {exitCode: 126, stderr: 'No preset version installed for command go\n'}});
		const shimmed = (await checkJson(asdf, 'go-on-path')).finding;
		expect(shimmed.status).toBe('error');
		expect(shimmed.fixes[0]).toMatchObject({id: 'install-selected-go', changes: [], manual_commands: ['asdf install golang 1.21.0']});
	});
});

describe("editor-go's check --json, through schemas/check.schema.json", () => {
	const terminalGo = (sys: FakeSystem) => {
		sys.addCommand({file: '/usr/local/go/bin/go', args: ['env', '-json'], answer: {stdout: JSON.stringify({GOROOT: '/usr/local/go', GOVERSION: 'go1.26.8', GOPATH: `${HOME}/go`, GOTOOLCHAIN: 'auto'})}});
		return sys;
	};

	it('a VS Code key pointing at a missing Go: its two fixes are json-setting changes; GoLand’s SDK is fixed by hand', async () => {
		const code = `${HOME}/.config/Code/User/settings.json`;
		const sys = terminalGo(
			linux(
				{
					...tree('/usr/local/go', 'go1.26.8'),
					[code]: '{\n  // the Go of an old laptop\n  "go.goroot": "/usr/lib/go-1.19",\n}\n',
					[`${HOME}/proj/.idea/workspace.xml`]: '<project version="4">\n  <component name="GOROOT" url="file://$USER_HOME$/sdk/go1.19.13" />\n</project>\n',
				},
				'/usr/local/go/bin:/usr/bin',
			),
		);
		const {report, finding} = await checkJson(sys, 'editor-go');
		expect(finding.status).toBe('error');
		const json = finding.fixes.flatMap((f) => f.changes).filter((c) => c.kind === 'json-setting');
		expect(json).toEqual([
			{kind: 'json-setting', file: code, path: ['go.goroot'], before: {raw: '"/usr/lib/go-1.19"'}, after: {raw: '"/usr/local/go"'}},
			{kind: 'json-setting', file: code, path: ['go.goroot'], before: {raw: '"/usr/lib/go-1.19"'}, after: {raw: null}},
		]);
		const goland = finding.fixes.find((f) => f.id.startsWith('point-goland'));
		expect(goland).toMatchObject({changes: []});

		// Each field of the json-setting shape is held to: a key path that is a string, an empty
		// path, a raw value that is not JSON text, a field the schema does not name.
		const index = finding.fixes.findIndex((f) => f.changes[0]?.kind === 'json-setting');
		const broken = [
			(c: JsonChange) => ({...c, path: 'go.goroot'}),
			(c: JsonChange) => ({...c, path: []}),
			(c: JsonChange) => ({...c, after: {raw: 42}}),
			(c: JsonChange) => ({...c, line: 3}),
			({file: _, ...c}: JsonChange) => c,
		];
		for (const edit of broken) expect(contractProblems('check', withChange(report, 'editor-go', index, 0, edit))).not.toEqual([]);
		expect(contractProblems('check', withChange(report, 'editor-go', index, 0, (c) => c))).toEqual([]);
	});
});
