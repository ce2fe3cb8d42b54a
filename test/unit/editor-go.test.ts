import {describe, expect, it} from 'vitest';
import {Engine} from '../../source/engine/engine.js';
import {editAt, findMember, parseJsonc, rawAt} from '../../source/facts/jsonc.js';
import {golandGoroot, resolveEditorPath} from '../../source/facts/editor-settings.js';
import {applyFix, previewFix, undoEntry} from '../../source/fixes/index.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Finding} from '../../source/model/finding.js';
import {PROBES} from '../../source/probes/index.js';
import {parseFrom, replayProbes, replaySystem} from '../../source/snapshot/from.js';
import {createFakeSystem, type FakeEntry, type FakeSystem} from '../../source/system/fake-system.js';
import {fixWorld} from '../helpers/fixes.js';
import {captureIo} from '../helpers/io.js';
import {ourJson} from '../helpers/json-contract.js';
import {main} from '../../source/cli.js';

/**
 * The Go an editor uses (editor-go): VS Code family and GoLand settings against the Go the
 * terminal runs, and the tolerant JSON-with-comments reader its fix edits with.
 */

const t = createTranslator('en');

describe('the JSON-with-comments reader', () => {
	const SETTINGS = [
		'\uFEFF{',
		'\t// 张三’s settings: comments, trailing commas, CRLF',
		'\t"editor.tabSize": 4,',
		'\t/* the old Go */ "go.goroot": "C:\\\\Go",',
		'\t"go.toolsEnvVars": {"GOROOT": "C:\\\\Go", "GOFLAGS": "-mod=mod",},',
		'\t"gopls": {',
		'\t\t"build.env": {',
		'\t\t\t"GOROOT": "/opt/go" // for gopls',
		'\t\t},',
		'\t},',
		'}',
		'',
	].join('\r\n');

	it('reads comments, trailing commas, a byte-order mark and CRLF, keeping each key’s place (lines, UTF-8 bytes)', () => {
		const parsed = parseJsonc(SETTINGS);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.root.value).toEqual({'editor.tabSize': 4, 'go.goroot': 'C:\\Go', 'go.toolsEnvVars': {GOROOT: 'C:\\Go', GOFLAGS: '-mod=mod'}, gopls: {'build.env': {GOROOT: '/opt/go'}}});
		const goroot = findMember(parsed.root, ['go.goroot'])!.member;
		expect(goroot.line).toBe(4);
		// The comment's 张 and 三 are 3 bytes each in UTF-8, ’ too, the byte-order mark 3: bytes run ahead of characters.
		const bytes = Buffer.from(SETTINGS, 'utf8');
		expect(bytes.subarray(goroot.bytes.start, goroot.bytes.end).toString('utf8')).toBe('"go.goroot": "C:\\\\Go"');
		expect(goroot.bytes.start - goroot.start).toBe(2 * 2 + 2 + 2);
		expect(findMember(parsed.root, ['gopls', 'build.env', 'GOROOT'])!.member.line).toBe(8);
	});

	it('says where a file is not JSON, and takes an empty file as no settings', () => {
		expect(parseJsonc('{\n  "go.goroot": "C:\\Go"\n}')).toMatchObject({ok: false, line: 2, error: 'bad escape in a string'});
		expect(parseJsonc('{"a": 1 "b": 2}')).toMatchObject({ok: false, error: 'expected "," or "}"'});
		expect(parseJsonc('{/* open')).toMatchObject({ok: false, error: 'unterminated comment'});
		expect(parseJsonc('  // nothing yet\n')).toMatchObject({ok: true, root: {kind: 'object', value: {}}});
	});

	it('changes one value, removes one member (its line, comma and line comment) or adds one back, leaving every other byte', () => {
		const set = editAt(SETTINGS, ['go.goroot'], JSON.stringify('C:\\Program Files\\Go'));
		expect(set).toBe(SETTINGS.replace('"go.goroot": "C:\\\\Go"', '"go.goroot": "C:\\\\Program Files\\\\Go"'));
		expect(rawAt(set, ['go.goroot'])).toBe('"C:\\\\Program Files\\\\Go"');

		// Inline in an object with a trailing comma: the member and its comma go.
		expect(editAt(SETTINGS, ['go.toolsEnvVars', 'GOROOT'], null)).toBe(SETTINGS.replace('"GOROOT": "C:\\\\Go", ', ''));
		// The last member of an object on its own line, with its line comment.
		expect(editAt(SETTINGS, ['gopls', 'build.env', 'GOROOT'], null)).toBe(SETTINGS.replace('\t\t\t"GOROOT": "/opt/go" // for gopls\r\n', ''));
		// A member sharing its line with a block comment: only the member goes.
		expect(editAt(SETTINGS, ['go.goroot'], null)).toBe(SETTINGS.replace('"go.goroot": "C:\\\\Go",', ''));

		const plain = '{\n    "a": 1,\n    "go.goroot": "/x"\n}\n';
		const removed = editAt(plain, ['go.goroot'], null);
		expect(removed).toBe('{\n    "a": 1\n}\n');
		expect(editAt(removed, ['go.goroot'], '"/x"')).toBe(plain);
		expect(editAt('{}', ['go.goroot'], '"/x"')).toBe('{\n    "go.goroot": "/x"\n}');
	});

	it('expands ${env:…}, ${workspaceFolder} and ~ in paths as vscode-go does, and reads GoLand’s GOROOT', () => {
		const sys = createFakeSystem({platform: 'linux', home: '/home/dev', env: {GOSDK: '/opt/sdk'}});
		expect(resolveEditorPath(sys, '${env:GOSDK}/go1.22.3', null)).toBe('/opt/sdk/go1.22.3');
		expect(resolveEditorPath(sys, '~/sdk/go1.22.3', null)).toBe('/home/dev/sdk/go1.22.3');
		expect(resolveEditorPath(sys, '${workspaceFolder}/.tools/go', '/home/dev/proj')).toBe('/home/dev/proj/.tools/go');
		expect(golandGoroot('<project><component name="GOROOT" url="file://$USER_HOME$/sdk/go1.22.3" /></project>', '/home/dev', '/p')).toBe('/home/dev/sdk/go1.22.3');
		expect(golandGoroot('<component name="GOROOT" path="$PROJECT_DIR$/../go" />', '/home/dev', '/p')).toBe('/p/../go');
	});
});

function tree(root: string, version: string, win = false): Record<string, FakeEntry> {
	const sep = win ? '\\' : '/';
	return {[`${root}${sep}bin${sep}go${win ? '.exe' : ''}`]: {file: 'ELF', mode: 0o755}, [`${root}${sep}VERSION`]: `${version}\n`};
}

const HOME = '/home/dev';
const CODE = `${HOME}/.config/Code/User/settings.json`;

function linux(files: Record<string, FakeEntry>, env: Record<string, string> = {}): FakeSystem {
	const sys = createFakeSystem({
		platform: 'linux',
		home: HOME,
		cwd: `${HOME}/proj`,
		env: {PATH: '/usr/local/go/bin:/usr/bin', HOME, ...env},
		files: {...tree('/usr/local/go', 'go1.26.8'), [`${HOME}/proj`]: {dir: true}, ...files},
	});
	sys.addCommand({file: '/usr/local/go/bin/go', args: ['env', '-json'], answer: {stdout: JSON.stringify({GOROOT: '/usr/local/go', GOVERSION: 'go1.26.8', GOPATH: `${HOME}/go`, GOTOOLCHAIN: 'auto'})}});
	return sys;
}

async function editorGo(sys: FakeSystem): Promise<Finding> {
	const engine = new Engine({probes: PROBES, sys, t, scheduleFlush: (f) => f()});
	return (await engine.run(['editor-go']))[0]!;
}

describe('editor-go', () => {
	it('is ok when no editor setting chooses a Go, and names the editors whose settings it read', async () => {
		expect(await editorGo(linux({}))).toMatchObject({status: 'ok', summary: 'no settings of VS Code, VS Code Insiders, VSCodium, Cursor or GoLand found: an editor runs the go on its PATH'});
		const f = await editorGo(linux({[CODE]: '{\n  // just a font\n  "editor.fontSize": 14,\n}\n', [`${HOME}/.config/Cursor/User/settings.json`]: '{}'}));
		expect(f).toMatchObject({status: 'ok', summary: 'no setting of VS Code, Cursor chooses a Go: they run the go on their PATH, as the terminal does'});
	});

	it('a go.goroot that does not exist is an error, with the setting and both sides in the evidence, and a fix that edits that key', async () => {
		const text = '{\n    // set by an old install\n    "go.goroot": "/usr/lib/go-1.19",\n    "editor.fontSize": 14,\n}\n';
		const f = await editorGo(linux({[CODE]: text}));
		expect(f).toMatchObject({status: 'error', summary: 'VS Code go.goroot = "/usr/lib/go-1.19" (line 3): /usr/lib/go-1.19 does not exist'});
		const table = f.evidence.find((e) => e.kind === 'table' && e.title === 'Editor and terminal, side by side');
		expect(table).toMatchObject({
			rows: [{editor: 'VS Code', key: 'go.goroot', value: '"/usr/lib/go-1.19" (does not exist)', terminal: '/usr/local/go (go1.26.8)', verdict: 'does not exist', where: `${CODE}:3 (bytes 35–66)`}],
		});
		expect(Buffer.from(text).subarray(35, 66).toString()).toBe('"go.goroot": "/usr/lib/go-1.19"');
		expect(f.fixes.map((x) => x.id)).toEqual(['point-code-go.goroot', 'remove-code-go.goroot']);
		expect(f.fixes[0]!.changes).toEqual([{kind: 'json-setting', file: CODE, path: ['go.goroot'], before: {raw: '"/usr/lib/go-1.19"'}, after: {raw: '"/usr/local/go"'}}]);
	});

	it('an older Go than the terminal’s is a warning; another tree of the same version is info; the same Go is ok', async () => {
		const f = await editorGo(
			linux({
				...tree(`${HOME}/sdk/go1.22.3`, 'go1.22.3'),
				...tree('/opt/go', 'go1.26.8'),
				[`${HOME}/.config/Cursor/User/settings.json`]: '{"go.alternateTools": {"go": "~/sdk/go1.22.3/bin/go"}}',
				[`${HOME}/proj/.vscode/settings.json`]: '{\n\t"go.toolsEnvVars": {"GOROOT": "/usr/local/go"},\n\t"gopls": {"build.env": {"GOROOT": "/opt/go"}}\n}\n',
			}),
		);
		expect(f.status).toBe('warn');
		expect(f.summary).toBe(
			'Cursor go.alternateTools → go = "~/sdk/go1.22.3/bin/go" (line 1) is go1.22.3, older than the terminal’s go1.26.8; this folder (.vscode) gopls → build.env → GOROOT = "/opt/go" (line 3): the editor runs /opt/go (go1.26.8), the terminal /usr/local/go (go1.26.8)',
		);
		const rows = (f.evidence.find((e) => e.kind === 'table' && e.title === 'Editor and terminal, side by side') as {rows: Array<Record<string, string>>}).rows;
		expect(rows.map((r) => [r.key, r.verdict])).toEqual([
			['go.alternateTools → go', 'older Go'],
			['go.toolsEnvVars → GOROOT', 'same as the terminal'],
			['gopls → build.env → GOROOT', 'another Go'],
		]);
		expect(f.fixes[0]!.id).toBe('point-cursor-go.alternateTools.go');
		expect(f.fixes[0]!.changes[0]).toMatchObject({after: {raw: '"/usr/local/go/bin/go"'}});
	});

	it('reads each editor where its OS keeps it: Windows %APPDATA% (Insiders, VSCodium), macOS Application Support', async () => {
		const win = createFakeSystem({
			platform: 'win32',
			home: 'C:\\Users\\dev',
			env: {Path: 'C:\\Program Files\\Go\\bin', PATHEXT: '.EXE', APPDATA: 'C:\\Users\\dev\\AppData\\Roaming'},
			files: {
				...tree('C:\\Program Files\\Go', 'go1.26.8', true),
				...tree('C:\\Go', 'go1.20.14', true),
				'C:\\Users\\dev\\AppData\\Roaming\\Code - Insiders\\User\\settings.json': '{"go.goroot": "C:\\\\Go"}',
				'C:\\Users\\dev\\AppData\\Roaming\\VSCodium\\User\\settings.json': '{"go.toolsManagement.autoUpdate": true}',
			},
		});
		win.addCommand({file: 'C:\\Program Files\\Go\\bin\\go.exe', args: ['env', '-json'], answer: {stdout: JSON.stringify({GOROOT: 'C:\\Program Files\\Go', GOVERSION: 'go1.26.8'})}});
		const f = await editorGo(win);
		expect(f).toMatchObject({status: 'warn', summary: 'VS Code Insiders go.goroot = "C:\\\\Go" (line 1) is go1.20.14, older than the terminal’s go1.26.8'});
		expect(JSON.stringify(f.evidence)).toContain('go.toolsManagement.autoUpdate');

		const mac = createFakeSystem({platform: 'darwin', home: '/Users/dev', env: {PATH: '/usr/bin', HOME: '/Users/dev'}, files: {'/Users/dev/Library/Application Support/Code/User/settings.json': '{"go.gopath": "/Users/dev/old-gopath"}'}});
		expect(await editorGo(mac)).toMatchObject({status: 'warn', summary: 'VS Code go.gopath = "/Users/dev/old-gopath" (line 1): /Users/dev/old-gopath does not exist'});
	});

	it('GoLand’s project GOROOT, with a fix told in GoLand’s words (its own file is not edited)', async () => {
		const f = await editorGo(
			linux({
				...tree(`${HOME}/sdk/go1.22.3`, 'go1.22.3'),
				[`${HOME}/proj/.idea/workspace.xml`]: '<?xml version="1.0"?>\n<project version="4">\n  <component name="GOROOT" url="file://$USER_HOME$/sdk/go1.22.3" />\n</project>\n',
			}),
		);
		expect(f).toMatchObject({status: 'warn', summary: `GoLand (this project) GOROOT = ${HOME}/sdk/go1.22.3 (line 3) is go1.22.3, older than the terminal’s go1.26.8`});
		expect(f.fixes[0]).toMatchObject({changes: [], title: 'Choose /usr/local/go as the project’s GOROOT in GoLand'});
	});

	it('inside WSL, says which Go the Windows side’s VS Code Remote uses', async () => {
		const sys = linux(
			{'/proc/sys/kernel/osrelease': '5.15.167.4-microsoft-standard-WSL2\n', [`${HOME}/.vscode-server/data/Machine/settings.json`]: '{"go.goroot": "C:\\\\Program Files\\\\Go"}'},
			{WSL_DISTRO_NAME: 'Ubuntu'},
		);
		const f = await editorGo(sys);
		// A Windows path in the remote's settings does not exist on the Linux side.
		expect(f.summary).toBe('VS Code Remote (this machine) go.goroot = "C:\\\\Program Files\\\\Go" (line 1): C:\\Program Files\\Go does not exist');
		expect(f.evidence.find((e) => e.kind === 'kv' && e.title === 'VS Code Remote in WSL')).toMatchObject({rows: [{value: '"C:\\\\Program Files\\\\Go" (go.goroot)'}, {label: 'settings it reads'}]});
	});

	it('an unreadable settings file is a warning that names the line; a paste says what it cannot know, in words', async () => {
		const f = await editorGo(linux({[CODE]: '{\n  "go.goroot": "C:\\Go"\n}'}));
		expect(f).toMatchObject({status: 'warn', summary: `${CODE} cannot be read as JSON with comments (line 2: bad escape in a string)`});

		const parsed = parseFrom("GOROOT='/usr/local/go'\nGOPATH='/home/dev/go'\nGOOS='linux'\nGOARCH='amd64'\nGOVERSION='go1.26.8'\nGOHOSTOS='linux'\n", 'paste.txt');
		if (!parsed.ok) throw new Error('not a paste');
		const engine = new Engine({probes: replayProbes(PROBES, parsed.from), sys: replaySystem(parsed.from), t, scheduleFlush: () => {}});
		const pasted = (await engine.run(['editor-go']))[0]!;
		expect(pasted).toMatchObject({status: 'unknown', summary: 'unknown: a pasted go env does not show your editor’s settings; run goenv-tui on that machine, or send a snapshot, to compare them'});
	});

	it('its fix changes that one key, and undo puts the file back byte for byte; a file edited since is not overwritten', async () => {
		const text = '{\r\n\t// keep me\r\n\t"go.goroot": "/usr/lib/go-1.19", // stale\r\n\t"files.eol": "\\n",\r\n}\r\n';
		const sys = linux({[CODE]: text});
		const f = await editorGo(sys);
		const world = fixWorld(sys);
		try {
			for (const fixId of ['point-code-go.goroot', 'remove-code-go.goroot']) {
				const preview = await previewFix(world.services, f, fixId);
				expect(preview.blockers).toEqual([]);
				expect((await applyFix(world.services, preview)).status).toBe('applied');
				const now = (await sys.readFile(CODE))!;
				expect(now).toBe(fixId.startsWith('point') ? text.replace('"/usr/lib/go-1.19"', '"/usr/local/go"') : text.replace('\t"go.goroot": "/usr/lib/go-1.19", // stale\r\n', ''));
				expect((await undoEntry(world.services, 'last')).status).toBe('undone');
				expect(Buffer.from((await sys.readFile(CODE))!).equals(Buffer.from(text))).toBe(true);
			}
			// Edited since the preview: the key is no longer what the fix was made for.
			const preview = await previewFix(world.services, f, 'point-code-go.goroot');
			await sys.writeFile(CODE, text.replace('/usr/lib/go-1.19', '/opt/other'));
			expect(await applyFix(world.services, preview)).toMatchObject({status: 'refused', refusal: {reason: 'stale'}});
		} finally {
			world.cleanup();
		}
	});
});

describe('the JSON contract', () => {
	it('check --json holds to its published schema with a json-setting fix', async () => {
		const sys = linux({[CODE]: '{\n  // old\n  "go.goroot": "/usr/lib/go-1.19",\n}\n'});
		const io = captureIo();
		await main(['check', '--json', '--only', 'editor-go'], io, sys);
		const report = ourJson('check', io.out());
		expect(report.findings[0].fixes[0].changes[0]).toEqual({kind: 'json-setting', file: CODE, path: ['go.goroot'], before: {raw: '"/usr/lib/go-1.19"'}, after: {raw: '"/usr/local/go"'}});
	});
});
