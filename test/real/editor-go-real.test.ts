import {execFileSync} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {createSandbox, runCli, type Sandbox} from '../helpers/sandbox.js';
import {NEWER_TOOLCHAIN, newerToolchainRoot} from '../helpers/toolchain.js';

/**
 * editor-go on real files: VS Code's user settings and a workspace's .vscode/settings.json as
 * people leave them (comments, trailing commas, CRLF, tabs, a name in Chinese), judged against
 * the real go in the terminal, and the real CLI's fix and undo, compared byte for byte.
 */

let sandbox: Sandbox | undefined;
afterEach(() => {
	sandbox?.cleanup();
	sandbox = undefined;
});

interface JsonFinding {
	id: string;
	status: string;
	summary: string;
	evidence: unknown[];
	fixes: Array<{id: string}>;
}

/** User settings of someone whose Go moved: an old go.goroot and a go binary that are gone. */
const USER_SETTINGS = [
	'{',
	'\t// 张三的设置 — editor first',
	'\t"editor.fontSize": 14,',
	'\t/* Go, set up in 2022 */',
	'\t"go.goroot": "/usr/lib/go-1.19", // the Debian one',
	'\t"go.alternateTools": {',
	'\t\t"go": "/opt/go1.19/bin/go",',
	'\t\t"gopls": "gopls",',
	'\t},',
	'\t"go.toolsManagement.autoUpdate": true,',
	'}',
	'',
].join('\r\n');

function editorGo(env: Record<string, string>, cwd: string): JsonFinding {
	const run = runCli(['check', '--json', '--only', 'editor-go'], env, {cwd});
	return (JSON.parse(run.stdout) as {findings: JsonFinding[]}).findings[0]!;
}

describe('editor-go with real settings files', () => {
	it('finds the missing go.goroot and go binary beside the terminal’s Go; each fix changes one key, and undo restores the file byte for byte', () => {
		sandbox = createSandbox();
		const settings = path.join(sandbox.home, '.config', 'Code', 'User', 'settings.json');
		mkdirSync(path.dirname(settings), {recursive: true});
		writeFileSync(settings, USER_SETTINGS);
		const project = path.join(sandbox.home, 'project');
		mkdirSync(path.join(project, '.vscode'), {recursive: true});
		const workspace = '{\n    "go.toolsEnvVars": {\n        "GOFLAGS": "-mod=mod",\n    },\n}\n';
		writeFileSync(path.join(project, '.vscode', 'settings.json'), workspace);
		const env = sandbox.env;

		const finding = editorGo(env, project);
		expect(finding.status).toBe('error');
		expect(finding.summary).toContain('VS Code go.goroot = "/usr/lib/go-1.19" (line 5): /usr/lib/go-1.19 does not exist');
		expect(finding.summary).toContain('VS Code go.alternateTools → go = "/opt/go1.19/bin/go" (line 7): /opt/go1.19/bin/go does not exist');
		const text = JSON.stringify(finding.evidence);
		// Side by side: the terminal's real GOROOT next to each setting; the workspace's file read too.
		expect(text).toContain('/usr/local/go (go1.');
		expect(text).toContain(path.join(project, '.vscode', 'settings.json'));
		expect(text).toContain('go.toolsManagement.autoUpdate');
		expect(finding.fixes.map((f) => f.id)).toEqual(['point-code-go.goroot', 'remove-code-go.goroot', 'point-code-go.alternateTools.go', 'remove-code-go.alternateTools.go']);

		// The default fix points go.goroot at the terminal's GOROOT: one value changes.
		expect(runCli(['fix', 'editor-go', '--yes'], env, {cwd: project}).code).toBe(0);
		expect(readFileSync(settings, 'utf8')).toBe(USER_SETTINGS.replace('"/usr/lib/go-1.19"', '"/usr/local/go"'));
		// The journal lists the change in its published shape (runCli checks the schema).
		const journal = JSON.parse(runCli(['journal', '--json'], env, {cwd: project}).stdout) as {entries: Array<{views: Array<{kind: string; label: string}>}>};
		expect(journal.entries[0]!.views[0]).toMatchObject({kind: 'json-setting', label: `${settings} (go.goroot)`});
		expect(runCli(['undo', '--last', '--yes'], env, {cwd: project}).code).toBe(0);
		expect(readFileSync(settings).equals(Buffer.from(USER_SETTINGS))).toBe(true);

		// Removing the go binary setting: its line goes, the object keeps its other member and the trailing comma.
		expect(runCli(['fix', 'editor-go', '--fix', 'remove-code-go.alternateTools.go', '--yes'], env, {cwd: project}).code).toBe(0);
		expect(readFileSync(settings, 'utf8')).toBe(USER_SETTINGS.replace('\t\t"go": "/opt/go1.19/bin/go",\r\n', ''));
		expect(editorGo(env, project).summary).not.toContain('go.alternateTools');
		expect(runCli(['undo', '--last', '--yes'], env, {cwd: project}).code).toBe(0);
		expect(readFileSync(settings).equals(Buffer.from(USER_SETTINGS))).toBe(true);
		// The workspace file was never touched.
		expect(readFileSync(path.join(project, '.vscode', 'settings.json'), 'utf8')).toBe(workspace);
	});

	it('is ok when the settings choose the Go the terminal runs', () => {
		sandbox = createSandbox();
		const settings = path.join(sandbox.home, '.config', 'Code', 'User', 'settings.json');
		mkdirSync(path.dirname(settings), {recursive: true});
		writeFileSync(settings, '// mine\n{"go.goroot": "/usr/local/go",}\n');
		expect(editorGo(sandbox.env, sandbox.home)).toMatchObject({status: 'ok', summary: 'the settings of VS Code choose the same Go as the terminal’s'});
	});
});

describe('editor-go when the terminal runs a newer Go than the editor’s setting', () => {
	let toolchain = '';
	beforeAll(() => {
		toolchain = newerToolchainRoot();
	}, 180_000);

	it('Cursor’s go.goroot at the machine’s Go, the terminal on ~/sdk/go1.27.3: a warning with both real versions; the fix points it at the terminal’s GOROOT, undo gives back the bytes', () => {
		sandbox = createSandbox();
		const home = sandbox.home;
		// golang.org/dl's layout, the terminal's Go: first on PATH.
		const sdk = path.join(home, 'sdk', NEWER_TOOLCHAIN);
		mkdirSync(sdk, {recursive: true});
		for (const name of readdirSync(toolchain)) symlinkSync(path.join(toolchain, name), path.join(sdk, name));
		writeFileSync(path.join(sdk, '.unpacked-success'), '');
		const env = {...sandbox.env, PATH: `${path.join(sdk, 'bin')}:/usr/bin:/bin`};
		const machine = readFileSync('/usr/local/go/VERSION', 'utf8').split('\n')[0]!;
		const settings = path.join(home, '.config', 'Cursor', 'User', 'settings.json');
		mkdirSync(path.dirname(settings), {recursive: true});
		const text = '{\n  // Cursor, set up before the upgrade\n  "go.goroot": "/usr/local/go",\n  "go.formatTool": "gofumpt",\n}\n';
		writeFileSync(settings, text);

		const finding = editorGo(env, home);
		expect(finding.status).toBe('warn');
		expect(finding.summary).toBe(`Cursor go.goroot = "/usr/local/go" (line 3) is ${machine}, older than the terminal’s ${NEWER_TOOLCHAIN}`);
		const evidence = JSON.stringify(finding.evidence);
		expect(evidence).toContain(`/usr/local/go (${machine})`);
		expect(evidence).toContain(NEWER_TOOLCHAIN);

		expect(runCli(['fix', 'editor-go', '--yes'], env, {cwd: home}).code).toBe(0);
		// One value changes, to the GOROOT the terminal's go itself reports.
		const goroot = execFileSync(path.join(sdk, 'bin', 'go'), ['env', 'GOROOT'], {env: {...env, GOTOOLCHAIN: 'local'}, encoding: 'utf8'}).trim();
		expect(readFileSync(settings, 'utf8')).toBe(text.replace('"/usr/local/go"', JSON.stringify(goroot)));
		expect(editorGo(env, home).status).toBe('ok');
		expect(runCli(['undo', '--last', '--yes'], env, {cwd: home}).code).toBe(0);
		expect(readFileSync(settings).equals(Buffer.from(text))).toBe(true);
	});
});
