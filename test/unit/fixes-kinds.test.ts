import {afterEach, describe, expect, it} from 'vitest';
import {applyFix, listJournal, previewFix, previewUndo, undoEntry} from '../../source/fixes/index.js';
import {BLOCK_BEGIN, BLOCK_END, editLines, planEdit, revertEdit} from '../../source/fixes/kinds/profile-line.js';
import {createTranslator} from '../../source/i18n/index.js';
import type {Change} from '../../source/model/fix.js';
import {createFakeSystem} from '../../source/system/fake-system.js';
import {findingWith, fixWorld, outcomeOf} from '../helpers/fixes.js';
import {defaultGoEnv, goWorld} from '../helpers/worlds.js';

const t = createTranslator('en');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

type Profile = Extract<Change, {kind: 'profile-line'}>;
const profile = (before: Profile['before'], after: Profile['after']): Profile => ({kind: 'profile-line', file: '/home/dev/.bashrc', before, after});

describe('shell profile line edits', () => {
	it('removes the line at its number, keeping every other byte and line end', () => {
		expect(editLines('a\r\nexport X=1\r\nb', profile({line: 'export X=1', lineNumber: 2}, {line: null}), t)).toBe('a\r\nb');
	});

	it('finds a line that moved when it is the only one with that text, and refuses an ambiguous one', () => {
		expect(editLines('new\na\nexport X=1\n', profile({line: 'export X=1', lineNumber: 2}, {line: null}), t)).toBe('new\na\n');
		expect(() => editLines('export X=1\nexport X=1\n', profile({line: 'export X=1', lineNumber: 5}, {line: null}), t)).toThrow(/more than once/);
		expect(() => editLines('a\n', profile({line: 'export X=1'}, {line: null}), t)).toThrow(/no longer in/);
	});

	it('replaces a line in place, keeping its CRLF', () => {
		expect(editLines('a\r\nexport X=1\r\n', profile({line: 'export X=1', lineNumber: 2}, {line: 'export X=2'}), t)).toBe('a\r\nexport X=2\r\n');
	});

	it('adds a new line into one marked block, and a block left empty goes away', () => {
		const first = editLines('a', profile({line: null}, {line: 'one'}), t);
		expect(first).toBe(`a\n\n${BLOCK_BEGIN}\none\n${BLOCK_END}\n`);
		const second = editLines(first, profile({line: null}, {line: 'two'}), t);
		expect(second).toBe(`a\n\n${BLOCK_BEGIN}\none\ntwo\n${BLOCK_END}\n`);
		const removed = editLines(editLines(second, profile({line: 'one'}, {line: null}), t), profile({line: 'two'}, {line: null}), t);
		expect(removed).toBe('a\n\n');
	});

	it('puts a removed line back at its number', () => {
		expect(editLines('a\nb\n', profile({line: null, lineNumber: 2}, {line: 'export X=1'}), t)).toBe('a\nexport X=1\nb\n');
		expect(editLines('a', profile({line: null, lineNumber: 9}, {line: 'x'}), t)).toBe('a\nx\n');
	});
});

describe('undo of a fix that created the profile file', () => {
	it('its preview says the file is deleted (not only the line), and the undo deletes it', async () => {
		const sys = createFakeSystem({platform: 'linux', env: {HOME: '/home/dev'}, files: {'/home/dev/.bashrc': 'x\n'}});
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const file = '/home/dev/.profile';
		const change: Profile = {kind: 'profile-line', file, before: {line: null}, after: {line: 'export PATH="$PATH:$HOME/go/bin"'}};
		expect((await applyFix(world.services, await previewFix(world.services, findingWith([change])))).status).toBe('applied');
		expect(await sys.readFile(file)).toContain('export PATH=');

		const preview = (await previewUndo(world.services, 'last'))!;
		expect(preview.blockers).toEqual([]);
		expect(preview.views[0]!.after).toBe(t('fixes.value.fileRemoved'));
		const {undoPreviewText} = await import('../../source/report/fix-text.js');
		const text = undoPreviewText(t, preview, 'posix');
		expect(text).toMatch(/after\s+\(the file is deleted: it did not exist before the fix/);
		expect(text).toMatch(/before\s+export PATH="\$PATH:\$HOME\/go\/bin"/);

		expect((await undoEntry(world.services, 'last')).status).toBe('undone');
		expect(await sys.stat(file)).toBeNull();
	});

	it('an undo that only takes a line out of a file that was there says so, not that the file goes', async () => {
		const sys = createFakeSystem({platform: 'linux', env: {HOME: '/home/dev'}, files: {'/home/dev/.profile': '# mine\n'}});
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const change: Profile = {kind: 'profile-line', file: '/home/dev/.profile', before: {line: null}, after: {line: 'export A=1'}};
		await applyFix(world.services, await previewFix(world.services, findingWith([change])));
		const preview = (await previewUndo(world.services, 'last'))!;
		expect(preview.views[0]!.after).toBe(t('fixes.value.absent'));
	});
});

describe('whole files, with a backup copy', () => {
	it('writes, undoes byte for byte; an edit since is a conflict; forced undo keeps the edit in its own backup for redo', async () => {
		const file = '/home/dev/project/.gitattributes';
		const sys = createFakeSystem({platform: 'linux', files: {[file]: {file: '*.go text\n', mode: 0o600}}});
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const change: Change = {kind: 'file', path: file, before: {exists: true, content: '*.go text\n'}, after: {exists: true, content: '* text=auto eol=lf\n'}};
		const preview = await previewFix(world.services, findingWith([change]));
		expect(preview.views[0]!.diff).toEqual([
			{op: '-', text: '*.go text'},
			{op: '+', text: '* text=auto eol=lf'},
		]);
		expect(await applyFix(world.services, preview, {onProgress: world.onProgress})).toMatchObject({status: 'applied'});
		expect(await sys.readFile(file)).toBe('* text=auto eol=lf\n');
		expect((await sys.stat(file))!.mode).toBe(0o600);
		const backup = world.events.find((e) => e.type === 'backup');
		expect(backup).toBeDefined();
		expect(await sys.readFile((backup as {path: string}).path)).toBe('*.go text\n');
		// The journal keeps no contents.
		expect(JSON.stringify((await listJournal(world.services)).entries)).not.toContain('text=auto');

		await sys.writeFile(file, 'edited by hand\n');
		const undo = await previewUndo(world.services, 'last');
		expect(undo!.conflicts).toHaveLength(1);
		expect(await undoEntry(world.services, 'last')).toMatchObject({status: 'conflict'});
		expect(await undoEntry(world.services, 'last', {force: true})).toMatchObject({status: 'undone'});
		expect(await sys.readFile(file)).toBe('*.go text\n');
		// Redo brings back what the forced undo replaced: the hand edit, from the undo's own backup.
		expect(await undoEntry(world.services, 2)).toMatchObject({status: 'undone'});
		expect(await sys.readFile(file)).toBe('edited by hand\n');
	});

	it('creates a file, and undo removes it again', async () => {
		const file = '/home/dev/.config/git/ignore';
		const sys = createFakeSystem({platform: 'linux', files: {'/home/dev/.config/git': {dir: true}}});
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const change: Change = {kind: 'file', path: file, before: {exists: false}, after: {exists: true, content: '*.test\n'}};
		await applyFix(world.services, await previewFix(world.services, findingWith([change])));
		expect(await sys.readFile(file)).toBe('*.test\n');
		expect(await undoEntry(world.services, 'last')).toMatchObject({status: 'undone'});
		expect(await sys.readFile(file)).toBeNull();
	});
});

describe('commands', () => {
	const dlv = '/home/dev/go/bin/dlv';
	const go = '/usr/local/go/bin/go';
	function installWorld(exitCode = 0) {
		const sys = goWorld({platform: 'linux', files: {[dlv]: {file: 'old dlv', mode: 0o755}}});
		sys.addCommand({
			file: go,
			args: ['install', 'github.com/go-delve/delve/cmd/dlv@latest'],
			answer: () => {
				sys.setFile(dlv, {file: exitCode === 0 ? 'new dlv' : 'half-written', mode: 0o755});
				return exitCode === 0 ? {} : {exitCode, stderr: 'go: downloading failed\n'};
			},
		});
		return sys;
	}
	const install: Change = {kind: 'command', argv: ['go', 'install', 'github.com/go-delve/delve/cmd/dlv@latest'], replaces: [dlv], irreversible: false, description: 'rebuild dlv with the Go in use'};

	it('backs up the binary it replaces, resolves go on PATH, and undo puts the old one back', async () => {
		const sys = installWorld();
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const preview = await previewFix(world.services, findingWith([install]));
		expect(preview.views[0]!.command![0]).toBe(go);
		expect(await applyFix(world.services, preview)).toMatchObject({status: 'applied'});
		expect(await sys.readFile(dlv)).toBe('new dlv');
		expect(await undoEntry(world.services, 'last')).toMatchObject({status: 'undone'});
		expect(await sys.readFile(dlv)).toBe('old dlv');
		expect((await sys.stat(dlv))!.mode).toBe(0o755);
	});

	it('puts back what a failing command half-wrote, and records the failure', async () => {
		const sys = installWorld(1);
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const outcome = await applyFix(world.services, await previewFix(world.services, findingWith([install])));
		expect(outcomeOf(outcome, 'failed').error).toContain('go: downloading failed');
		expect(await sys.readFile(dlv)).toBe('old dlv');
		expect((await listJournal(world.services)).entries[0]).toMatchObject({status: 'failed', undoable: false});
	});

	it('an irreversible command needs its own confirmation, and undo leaves it alone', async () => {
		const sys = goWorld({platform: 'linux'});
		sys.setFile('/usr/bin/cmdkey-like', {file: 'x', mode: 0o755});
		sys.addCommand({file: '/usr/bin/cmdkey-like', answer: {}});
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const erase: Change = {kind: 'command', argv: ['/usr/bin/cmdkey-like', '/delete:git:https://example.com'], replaces: [], irreversible: true, description: 'erase the cached credential for example.com (user dev)'};
		const preview = await previewFix(world.services, findingWith([erase], {reversible: false}));
		expect(preview).toMatchObject({reversible: false, irreversible: [0]});
		expect(await applyFix(world.services, preview)).toMatchObject({status: 'refused', refusal: {reason: 'irreversible'}});
		expect(sys.calls).toHaveLength(0);
		expect(await applyFix(world.services, preview, {confirmIrreversible: true})).toMatchObject({status: 'applied'});
		expect(sys.calls).toHaveLength(1);
		const undo = await previewUndo(world.services, 'last');
		expect(undo!.irreversible).toHaveLength(1);
		expect(undo!.blockers.join()).toMatch(/changed nothing that can be undone/);
	});
});

describe('the go env file through go env -w / -u', () => {
	function goEnvWorld(file: string) {
		const envFile = '/home/dev/.config/go/env';
		const sys = goWorld({platform: 'linux', goEnv: defaultGoEnv('linux', {GOENV: file}), files: {[envFile]: 'GOFLAGS=-mod=mod\nGO111MODULE=off\n'}});
		const go = '/usr/local/go/bin/go';
		sys.addCommand({
			file: go,
			args: ['env', '-u', 'GO111MODULE'],
			answer: async () => {
				sys.setFile(envFile, ((await sys.readFile(envFile)) ?? '').replace(/^GO111MODULE=.*\n/m, ''));
				return {};
			},
		});
		sys.addCommand({
			file: go,
			args: ['env', '-w', 'GO111MODULE=off'],
			answer: async () => {
				sys.setFile(envFile, ((await sys.readFile(envFile)) ?? '') + 'GO111MODULE=off\n');
				return {};
			},
		});
		return {sys, envFile};
	}
	const change = (file: string): Change => ({kind: 'go-env', key: 'GO111MODULE', file, before: {set: true, value: 'off'}, after: {set: false}});

	it('unsets and sets back, with the go that runs', async () => {
		const {sys, envFile} = goEnvWorld('/home/dev/.config/go/env');
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		expect(await applyFix(world.services, await previewFix(world.services, findingWith([change(envFile)])))).toMatchObject({status: 'applied'});
		expect(await sys.readFile(envFile)).toBe('GOFLAGS=-mod=mod\n');
		expect(await undoEntry(world.services, 'last')).toMatchObject({status: 'undone'});
		expect(await sys.readFile(envFile)).toBe('GOFLAGS=-mod=mod\nGO111MODULE=off\n');
		// The file was still what the fix left: its copy went back, byte for byte, without go.
		expect(sys.calls.filter((c) => c.args[0] === 'env' && c.args[1] !== '-json').map((c) => c.args.join(' '))).toEqual(['env -u GO111MODULE']);
	});

	it('sets the key back with go env -w when the file was edited since the fix, keeping the edit', async () => {
		const {sys, envFile} = goEnvWorld('/home/dev/.config/go/env');
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		expect(await applyFix(world.services, await previewFix(world.services, findingWith([change(envFile)])))).toMatchObject({status: 'applied'});
		sys.setFile(envFile, 'GOFLAGS=-mod=mod\nGOPRIVATE=*.corp.example\n');
		expect(await undoEntry(world.services, 'last')).toMatchObject({status: 'undone'});
		expect(await sys.readFile(envFile)).toBe('GOFLAGS=-mod=mod\nGOPRIVATE=*.corp.example\nGO111MODULE=off\n');
		expect(sys.calls.filter((c) => c.args[0] === 'env' && c.args[1] !== '-json').map((c) => c.args.join(' '))).toEqual(['env -u GO111MODULE', 'env -w GO111MODULE=off']);
	});

	it('removes the go env file the fix created, when undone', async () => {
		const {sys, envFile} = goEnvWorld('/home/dev/.config/go/env');
		sys.setFile(envFile, undefined);
		sys.addCommand({file: sys.path.join('/usr/local/go', 'bin', 'go'), args: ['env', '-w', 'GOPRIVATE=*.corp.example'], answer: async () => (sys.setFile(envFile, 'GOPRIVATE=*.corp.example\n'), {})});
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const set: Change = {kind: 'go-env', key: 'GOPRIVATE', file: envFile, before: {set: false}, after: {set: true, value: '*.corp.example'}};
		expect(await applyFix(world.services, await previewFix(world.services, findingWith([set])))).toMatchObject({status: 'applied'});
		expect(await sys.readFile(envFile)).toBe('GOPRIVATE=*.corp.example\n');
		expect(await undoEntry(world.services, 'last')).toMatchObject({status: 'undone'});
		expect(await sys.stat(envFile)).toBeNull();
	});

	it('refuses when go now uses another env file than the one the check saw', async () => {
		const {sys, envFile} = goEnvWorld('/elsewhere/env');
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const preview = await previewFix(world.services, findingWith([change(envFile)]));
		expect(preview.blockers.join()).toMatch(/the go env file is now \/elsewhere\/env/);
	});
});

describe('folders', () => {
	it('creates a folder with its parents; undo removes it while it is empty, and refuses once it holds something', async () => {
		const dir = '/home/dev/.cache/go-tmp';
		const sys = createFakeSystem({platform: 'linux', files: {'/home/dev/.bashrc': ''}});
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const change: Change = {kind: 'directory', path: dir, before: {exists: false}, after: {exists: true}};
		expect(await applyFix(world.services, await previewFix(world.services, findingWith([change])), {onProgress: world.onProgress})).toMatchObject({status: 'applied'});
		expect((await sys.stat(dir))?.kind).toBe('dir');
		expect(await undoEntry(world.services, 'last')).toMatchObject({status: 'undone'});
		expect(await sys.stat(dir)).toBeNull();

		expect(await applyFix(world.services, await previewFix(world.services, findingWith([change])), {onProgress: world.onProgress})).toMatchObject({status: 'applied'});
		await sys.writeFile(`${dir}/go-build123`, 'x');
		const outcome = await undoEntry(world.services, 'last', {force: true});
		expect(outcome.status).not.toBe('undone');
		expect(await sys.readFile(`${dir}/go-build123`)).toBe('x');
	});
});

/** Erasing jane's cached credential for git.example.com through the store helper. */
const JANE_ERASE: Change = {
	kind: 'credential-erase',
	store: 'git-credential-store',
	target: 'https://git.example.com',
	host: 'git.example.com',
	user: 'jane',
	argv: ['/usr/bin/git', 'credential', 'reject'],
	stdin: 'protocol=https\nhost=git.example.com\nusername=jane\n\n',
};

describe('credential erase', () => {
	it('runs git credential reject with the description on stdin, needs its own confirmation, cannot be undone, and keeps no secret', async () => {
		const store = '/home/dev/.git-credentials';
		const planted = 'ghp_plantedTOKEN0123456789abcdefABCDEF';
		const sys = createFakeSystem({
			platform: 'linux',
			env: {HOME: '/home/dev'},
			files: {[store]: `https://jane:${planted}@git.example.com\n`, '/usr/bin/git': {file: '', mode: 0o755}},
		});
		sys.addCommand({
			file: '/usr/bin/git',
			args: ['credential', 'reject'],
			answer: async (request) => {
				// What git's store helper does on reject: drop the matching line.
				if (request.stdin?.includes('host=git.example.com')) await sys.writeFile(store, '');
				return {exitCode: 0};
			},
		});
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const change = JANE_ERASE;
		const preview = await previewFix(world.services, findingWith([change]));
		expect(preview.reversible).toBe(false);
		expect(await applyFix(world.services, preview, {onProgress: world.onProgress})).toMatchObject({status: 'refused'});
		expect(await sys.readFile(store)).toContain('git.example.com');

		expect(await applyFix(world.services, preview, {confirmIrreversible: true, onProgress: world.onProgress})).toMatchObject({status: 'applied'});
		expect(await sys.readFile(store)).toBe('');
		const reject = sys.calls.find((c) => c.args.join(' ') === 'credential reject');
		expect(reject?.stdin).toContain('username=jane');
		expect(await previewUndo(world.services, 'last')).toMatchObject({irreversible: expect.arrayContaining([expect.anything()])});
		expect(JSON.stringify(await listJournal(world.services))).not.toContain(planted);
	});
});

describe('credential erase with a store file that cannot be read', () => {
	it('is not "already gone": the reading is unknown, and the erase goes to git, whose store it is', async () => {
		const store = '/home/dev/.git-credentials';
		const sys = createFakeSystem({platform: 'linux', env: {HOME: '/home/dev'}, files: {[store]: {unreadable: 'EIO'}, '/usr/bin/git': {file: '', mode: 0o755}}});
		sys.addCommand({file: '/usr/bin/git', args: ['credential', 'reject'], answer: {exitCode: 0}});
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const change = JANE_ERASE;
		const outcome = await applyFix(world.services, await previewFix(world.services, findingWith([change])), {confirmIrreversible: true, onProgress: world.onProgress});
		expect(outcome).not.toMatchObject({status: 'refused', reason: 'nothing'});
		expect(sys.calls.some((c) => c.args.join(' ') === 'credential reject')).toBe(true);
		// Nothing of ours wrote over the file that could not be read.
		expect(await sys.readText(store)).toEqual({ok: false, code: 'EIO'});
	});
});

describe('reading the machine back', () => {
	it('reads it fresh after each change: erasing two cached Windows credentials verifies each one gone', async () => {
		const cmdkey = 'C:\\Windows\\System32\\cmdkey.exe';
		const cached = new Set(['git:https://git.example.com', 'git:https://other.example.com']);
		const sys = createFakeSystem({platform: 'win32', env: {SystemRoot: 'C:\\Windows'}});
		sys.addCommand({
			file: cmdkey,
			answer: async (request) => {
				if (request.args[0] === '/list') {
					const blocks = [...cached].map((target) => `    Target: LegacyGeneric:target=${target}\r\n    Type: Generic \r\n    User: jane\r\n`);
					return {stdout: `\r\nCurrently stored credentials:\r\n\r\n${blocks.join('\r\n')}`};
				}
				cached.delete(request.args[0]!.replace(/^\/delete:/, ''));
				return {};
			},
		});
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const erase = (target: string): Change => ({
			kind: 'credential-erase',
			store: 'windows-credential-manager',
			target: `LegacyGeneric:target=${target}`,
			host: new URL(target.slice(4)).host,
			user: 'jane',
			argv: [cmdkey, `/delete:${target}`],
		});
		const preview = await previewFix(world.services, findingWith([erase('git:https://git.example.com'), erase('git:https://other.example.com')]));
		const outcome = await applyFix(world.services, preview, {confirmIrreversible: true});
		expect(outcome).not.toHaveProperty('error');
		expect(outcome.status).toBe('applied');
		expect(cached.size).toBe(0);
	});
});

describe('a re-run that still sees the old value', () => {
	const stillWarn = async (): Promise<import('../../source/model/finding.js').Finding[]> => [{...findingWith([]), status: 'warn'}];

	it('after a shell-profile fix, says the terminal keeps its old environment (not that something else sets it)', async () => {
		const sys = createFakeSystem({platform: 'linux', env: {HOME: '/home/dev', GO111MODULE: 'off'}, files: {'/home/dev/.bashrc': 'export GO111MODULE=off\n'}});
		const world = fixWorld(sys, {rerun: stillWarn});
		cleanup = world.cleanup;
		const change: Change = {kind: 'profile-line', file: '/home/dev/.bashrc', before: {line: 'export GO111MODULE=off', lineNumber: 1}, after: {line: null}};
		const outcome = await applyFix(world.services, await previewFix(world.services, findingWith([change])));
		expect(outcome).toMatchObject({status: 'applied', stillProblem: true, sessionStale: true});
		const {applyOutcomeText} = await import('../../source/report/fix-text.js');
		expect(applyOutcomeText(t, outcome)).toContain('this terminal keeps the environment it started with');
		expect(applyOutcomeText(t, outcome)).not.toContain('something else sets it');
	});

	it('after a go env file fix, a problem that stays is something else', async () => {
		const file = '/home/dev/.config/go/env';
		const sys = goWorld({platform: 'linux', files: {[file]: 'GO111MODULE=off\n'}, goEnv: defaultGoEnv('linux', {GO111MODULE: 'off'})});
		sys.addCommand({file: '/usr/local/go/bin/go', args: ['env', '-u', 'GO111MODULE'], answer: async () => {
			await sys.writeFile(file, '');
			return {exitCode: 0};
		}});
		const world = fixWorld(sys, {rerun: stillWarn});
		cleanup = world.cleanup;
		const change: Change = {kind: 'go-env', key: 'GO111MODULE', file, before: {set: true, value: 'off'}, after: {set: false}};
		const outcome = await applyFix(world.services, await previewFix(world.services, findingWith([change])));
		expect(outcome).toMatchObject({status: 'applied', stillProblem: true});
		expect(outcomeOf(outcome, 'applied').sessionStale).toBeUndefined();
	});

	it('when the check still warns for another reason, says the change is in place and shows the check\'s new summary', async () => {
		const file = '/home/dev/.config/go/env';
		const sys = goWorld({platform: 'linux', files: {[file]: 'GO111MODULE=off\n'}, goEnv: defaultGoEnv('linux', {GO111MODULE: 'off'})});
		sys.addCommand({file: '/usr/local/go/bin/go', args: ['env', '-u', 'GO111MODULE'], answer: async () => {
			await sys.writeFile(file, '');
			return {exitCode: 0};
		}});
		const summary = 'a credential for example.com remains in manager-core';
		// The re-run gives the fixed check's new words (a dependency first, as the engine orders them).
		const rerun = async () => [{...findingWith([], {}, 'go-on-path'), status: 'ok' as const, summary: 'go1.24'}, {...findingWith([]), status: 'warn' as const, summary}];
		const world = fixWorld(sys, {rerun});
		cleanup = world.cleanup;
		const change: Change = {kind: 'go-env', key: 'GO111MODULE', file, before: {set: true, value: 'off'}, after: {set: false}};
		const outcome = await applyFix(world.services, await previewFix(world.services, findingWith([change])));
		expect(outcome).toMatchObject({status: 'applied', stillProblem: true});
		const {applyOutcomeText} = await import('../../source/report/fix-text.js');
		const text = applyOutcomeText(t, outcome, 'test-finding');
		expect(text).toContain(`The change is in place (written and read back), but test-finding still reports warning: ${summary}`);
		expect(text).not.toContain('something else sets it');
	});
});

describe('a profile edit taken back exactly', () => {
	it('adds a block to a file without a last newline, and taking the edit back gives every byte back', () => {
		const original = '# mine\r\nexport EDITOR=vim';
		const {content, edit} = planEdit(original, profile({line: null}, {line: 'export X=1'}), t);
		expect(content).toBe(`# mine\r\nexport EDITOR=vim\r\n\r\n${BLOCK_BEGIN}\r\nexport X=1\r\n${BLOCK_END}\r\n`);
		expect(revertEdit(content, edit, '/p', t).content).toBe(original);
	});

	it('takes back only its own lines when the file was edited elsewhere since, and its reverse puts them back', () => {
		const {content, edit} = planEdit('a\nb\n', profile({line: null}, {line: 'export X=1'}), t);
		const edited = `top\n${content}tail\n`;
		const back = revertEdit(edited, edit, '/p', t);
		expect(back.content).toBe('top\na\nb\ntail\n');
		expect(revertEdit(back.content, back.edit, '/p', t).content).toBe(edited);
	});

	it('refuses, having written nothing, when its line was deleted or changed by hand', () => {
		const {content, edit} = planEdit('a\n', profile({line: null}, {line: 'export X=1'}), t);
		for (const edited of [content.replace('export X=1\n', ''), content.replace('export X=1', 'export X=2')]) {
			expect(() => revertEdit(edited, edit, '/p', t)).toThrow(expect.objectContaining({nothingWritten: true}));
		}
	});
});
