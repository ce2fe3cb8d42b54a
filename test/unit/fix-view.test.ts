import {execFileSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {changeLines, commandLines, conflictLines, fixPreviewLines} from '../../source/screens/fix-view.js';
import {lineText} from '../../source/layout/lines.js';
import {cellWidth} from '../../source/layout/width.js';
import type {ChangeView, FixPreview} from '../../source/fixes/types.js';
import {createTranslator} from '../../source/i18n/index.js';

const t = createTranslator('en');
const o = {t, width: 78, shell: 'cmd' as const};

const pathView: ChangeView = {
	index: 0,
	kind: 'path-entries',
	target: {type: 'registry', key: 'HKCU\\Environment', name: 'Path'},
	label: 'HKCU\\Environment  Path (REG_EXPAND_SZ)',
	before: '',
	after: '',
	diff: [
		{op: ' ', text: '%USERPROFILE%\\go\\bin'},
		{op: '-', text: 'C:\\Go\\bin'},
		{op: '+', text: 'C:\\Program Files\\Go\\bin'},
	],
	needsAdmin: false,
	reversible: true,
	backup: false,
};

describe('the fix preview', () => {
	it('shows a PATH diff with removed entries struck out and marked, added ones marked', () => {
		const lines = changeLines(pathView, 1, o);
		const removed = lines.find((l) => lineText(l).includes('C:\\Go\\bin'))!;
		expect(lineText(removed)).toBe('     - C:\\Go\\bin');
		expect(removed.find((s) => s.text === 'C:\\Go\\bin')).toMatchObject({strike: true, color: 'red'});
		const added = lines.find((l) => lineText(l).includes('Program Files'))!;
		expect(lineText(added)).toBe('     + C:\\Program Files\\Go\\bin');
		expect(lines.find((l) => lineText(l).includes('%USERPROFILE%'))!.find((s) => s.text.includes('%USERPROFILE%'))).toMatchObject({dim: true});
	});

	it('names the files a command rewrites as what it touches, not the program that rewrites them', () => {
		const rewrite: ChangeView = {
			index: 0,
			kind: 'command',
			target: {type: 'command', argv: ['/usr/bin/git', 'checkout-index', '--', 'a.go'], cwd: '/src/app', affects: ['/src/app/a.go', '/src/app/b.go']},
			label: '/usr/bin/git checkout-index -- a.go',
			before: 'a.go, b.go: CRLF line endings on disk',
			after: 'a.go, b.go: LF line endings',
			needsAdmin: false,
			reversible: true,
			backup: true,
			command: ['/usr/bin/git', 'checkout-index', '--', 'a.go'],
		};
		const preview: FixPreview = {findingId: 'git-autocrlf', fix: {id: 'rewrite-crlf-files', title: 'Rewrite', changes: [], needsAdmin: false, reversible: true}, changes: [], views: [rewrite], needsAdmin: false, reversible: true, irreversible: [], rerun: [], blockers: [], manualCommands: []};
		const text = fixPreviewLines(preview, {...o, shell: 'posix'}).map(lineText).join('\n');
		expect(text).toContain('What it touches\n  /src/app/a.go\n  /src/app/b.go\n');
		expect(text).not.toMatch(/What it touches\n.*\/usr\/bin\/git/);
		expect(text).toMatch(/before +a\.go, b\.go: CRLF line endings on disk/);
	});

	it('names what it touches, admin, undo, restart, and shows the elevated script and commands in full', () => {
		const preview: FixPreview = {
			findingId: 'path-hygiene',
			fix: {id: 'f', title: 'Tidy PATH', changes: [], needsAdmin: true, reversible: false},
			changes: [],
			views: [pathView, {...pathView, index: 1, kind: 'command', target: {type: 'command', argv: ['C:\\Program Files\\Go\\bin\\go.exe', 'install', 'x@latest']}, label: 'go install', diff: undefined, before: '', after: '', reversible: false, command: ['C:\\Program Files\\Go\\bin\\go.exe', 'install', 'x@latest']}],
			needsAdmin: true,
			reversible: false,
			irreversible: [1],
			restartHint: 'Open a new terminal.',
			rerun: ['path-hygiene'],
			elevatedScript: 'Set-ItemProperty -Path X\r\nWrite-Output done',
			blockers: [],
			manualCommands: ['set GOPATH='],
		};
		const text = fixPreviewLines(preview, o).map(lineText).join('\n');
		expect(text).toContain('What it touches\n  HKCU\\Environment\\Path\n  C:\\Program Files\\Go\\bin\\go.exe');
		expect(text).toContain('$ "C:\\Program Files\\Go\\bin\\go.exe" install x@latest');
		expect(text).toContain('[cannot be undone]');
		expect(text).toContain('Run these yourself (cmd):\nset GOPATH=');
		expect(text).toContain('  Set-ItemProperty -Path X\n  Write-Output done');
		expect(text).toMatch(/Needs admin {4}yes: one UAC prompt/);
		expect(text).toMatch(/Can be undone {2}NO: part of this cannot be taken back/);
		expect(text).toMatch(/Afterwards {5}Open a new terminal\./);
	});

	it('leaves an admin fix it cannot apply to the user: the commands, and no UAC prompt of its own', () => {
		const preview: FixPreview = {
			findingId: 'goroot',
			fix: {id: 'f', title: 'Remove GOROOT', changes: [], needsAdmin: true, reversible: true},
			changes: [],
			views: [],
			needsAdmin: true,
			reversible: true,
			irreversible: [],
			rerun: [],
			blockers: ['this fix cannot be applied automatically; run the commands shown instead'],
			manualCommands: ['reg delete "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment" /v GOROOT /f'],
		};
		const text = fixPreviewLines(preview, o).map(lineText).join('\n');
		expect(text).toMatch(/Needs admin {4}yes: run them with administrator rights/);
		expect(text).not.toContain('UAC');
		expect(text).toMatch(/Can be undone {2}nothing is changed by goenv-tui/);
		expect(text).toContain('run the commands shown instead\n\nRun these yourself (cmd):\nreg delete ^\n"HKLM');
	});

	it('shows a conflict as its three values', () => {
		const text = conflictLines([{index: 0, label: 'GO111MODULE', before: 'off', ours: '(not set)', now: 'auto'}], o).map(lineText).join('\n');
		expect(text).toBe('  1. GO111MODULE\n     before the fix  off\n     the fix wrote   (not set)\n     now             auto');
	});
});

describe('a command to copy that is wider than the screen', () => {
	const REG = "reg delete 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment' /v GOROOT /f";

	it('breaks at a space outside quotes, the line ending in the shell\'s continuation character', () => {
		// At 80 columns: never inside the quoted key, though it has a space.
		expect(commandLines(REG, 'powershell', 79)).toEqual(['reg delete `', "'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment' /v GOROOT `", '/f']);
		expect(commandLines('setx GOPATH "C:\\Users\\dev\\My Projects\\go"', 'cmd', 30)).toEqual(['setx GOPATH ^', '"C:\\Users\\dev\\My Projects\\go"']);
		expect(commandLines('go env -u GO111MODULE', 'posix', 79)).toEqual(['go env -u GO111MODULE']);
	});

	it('is, copied with its newlines, the same command to a POSIX shell', () => {
		const command = "go env -w 'GOPRIVATE=example.com/a b' GONOSUMDB=x 'it'\\''s' GOFLAGS=-mod=mod";
		for (const width of [30, 36, 44, 60]) {
			const lines = commandLines(command, 'posix', width);
			for (const piece of lines) expect(cellWidth(piece), piece).toBeLessThanOrEqual(width);
			expect(lines.length, String(width)).toBeGreaterThan(1);
			const argv = (text: string) => execFileSync('sh', ['-c', `printf '[%s]' ${text.replace(/^go env/, '')}`], {encoding: 'utf8'});
			expect(argv(lines.join('\n')), String(width)).toBe(argv(command));
		}
	});
});
