import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {CANCELLED_EXIT, elevatedScript, psQuote} from '../../source/fixes/elevated.js';
import {applyFix, listJournal, previewFix, previewUndo, undoEntry} from '../../source/fixes/index.js';
import type {Change} from '../../source/model/fix.js';
import {createFakeSystem, type FakeSystem} from '../../source/system/fake-system.js';
import {SYSTEM_ENVIRONMENT_KEY, USER_ENVIRONMENT_KEY} from '../../source/system/registry.js';
import type {ExecRequest} from '../../source/system/types.js';
import {findingWith, fixWorld, outcomeOf} from '../helpers/fixes.js';

const POWERSHELL = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The script and result paths the launcher (or the direct run) was given. */
function paths(request: ExecRequest): {script: string; result: string} {
	const encoded = request.args[request.args.indexOf('-EncodedCommand') + 1];
	const text = encoded && request.args.includes('-EncodedCommand') ? Buffer.from(encoded, 'base64').toString('utf16le') : request.args.join(' ');
	const script = /([A-Z]:\\[^"']*changes\.ps1)/.exec(text)![1]!;
	return {script, result: script.replace(/changes\.ps1$/, 'result.json')};
}

/**
 * Stands in for Windows PowerShell running the elevated script: it cannot run PowerShell
 * here, so it does what the script's data asks to the fake registry and writes the result
 * file the way the script does.
 */
function elevatedWorld(answer: 'run' | 'cancel' | 'fail' | 'garble-first'): {sys: FakeSystem; scripts: string[]} {
	const scripts: string[] = [];
	const sys = createFakeSystem({
		platform: 'win32',
		env: {SystemRoot: 'C:\\Windows', USERPROFILE: 'C:\\Users\\张三'},
		registry: {
			[USER_ENVIRONMENT_KEY]: [{name: 'Path', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go\\bin'}],
			[SYSTEM_ENVIRONMENT_KEY]: [{name: 'Path', type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\system32;C:\\Go\\bin;C:\\Program Files\\Go\\bin'}],
		},
	});
	sys.addCommand({
		file: POWERSHELL,
		answer: async (request) => {
			if (answer === 'cancel') return {exitCode: CANCELLED_EXIT};
			const {script, result} = paths(request);
			const text = (await sys.readFile(script))!;
			scripts.push(text);
			const data = /Name = 'Path'; .*AfterData = '((?:[^']|'')*)'/.exec(text)![1]!.replace(/''/g, "'");
			if (answer === 'fail') {
				sys.setFile(result, JSON.stringify({status: 'failed', message: 'Access is denied', operations: [{index: 0, status: 'conflict'}]}));
				return {exitCode: 1};
			}
			await sys.registry!.setValue(SYSTEM_ENVIRONMENT_KEY, 'Path', 'REG_EXPAND_SZ', data);
			const garbled = answer === 'garble-first' && scripts.length === 1;
			sys.setFile(result, garbled ? '{"status": "appl' : '\uFEFF' + JSON.stringify({status: 'applied', message: '', operations: [{index: 0, status: 'applied'}]}));
			return {exitCode: 0};
		},
	});
	return {sys, scripts};
}

const systemPath: Change = {
	kind: 'path-entries',
	scope: 'system',
	name: 'Path',
	before: {raw: '%SystemRoot%\\system32;C:\\Go\\bin;C:\\Program Files\\Go\\bin', type: 'REG_EXPAND_SZ'},
	after: {raw: '%SystemRoot%\\system32;C:\\Program Files\\Go\\bin', type: 'REG_EXPAND_SZ'},
	removed: ['C:\\Go\\bin'],
	added: [],
};

describe('admin changes through one elevated script', () => {
	it('shows the whole script, runs it through one UAC prompt, verifies HKLM, and undo does the same', async () => {
		const {sys, scripts} = elevatedWorld('run');
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const preview = await previewFix(world.services, findingWith([systemPath], {needsAdmin: true}));
		expect(preview.needsAdmin).toBe(true);
		expect(preview.elevatedScript).toContain("Key = 'SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment'");
		expect(preview.elevatedScript).toContain("AfterData = '%SystemRoot%\\system32;C:\\Program Files\\Go\\bin'");
		expect(preview.elevatedScript).not.toMatch(/CurrentUser|HKCU|HKEY_CURRENT_USER\\/);

		const outcome = await applyFix(world.services, preview, {onProgress: world.onProgress});
		expect(outcome).toMatchObject({status: 'applied', broadcast: true});
		const launches = sys.calls.filter((c) => c.file === POWERSHELL);
		expect(launches).toHaveLength(1);
		const launcher = Buffer.from(launches[0]!.args.at(-1)!, 'base64').toString('utf16le');
		expect(launcher).toContain('-Verb RunAs');
		// What ran is what was shown (the file starts with a BOM for Windows PowerShell 5.1).
		expect(scripts[0]).toBe('\uFEFF' + preview.elevatedScript);
		expect((await sys.registry!.readKey(SYSTEM_ENVIRONMENT_KEY))![0]!.data).toBe('%SystemRoot%\\system32;C:\\Program Files\\Go\\bin');
		// HKCU untouched, and the temporary script folder is gone.
		expect(await sys.registry!.readKey(USER_ENVIRONMENT_KEY)).toEqual([{name: 'Path', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\go\\bin'}]);
		expect(await sys.readFile(paths(launches[0]!).script)).toBeNull();
		expect(world.events.some((e) => e.type === 'elevation')).toBe(true);

		expect(await undoEntry(world.services, 'last')).toMatchObject({status: 'undone'});
		expect((await sys.registry!.readKey(SYSTEM_ENVIRONMENT_KEY))![0]!.data).toBe(systemPath.before.raw);
		expect(sys.calls.filter((c) => c.file === POWERSHELL)).toHaveLength(2);
	});

	it('a declined UAC prompt is "cancelled": nothing changed, and the journal says so', async () => {
		const {sys} = elevatedWorld('cancel');
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const outcome = await applyFix(world.services, await previewFix(world.services, findingWith([systemPath])));
		expect(outcome.status).toBe('cancelled');
		expect((await sys.registry!.readKey(SYSTEM_ENVIRONMENT_KEY))![0]!.data).toBe(systemPath.before.raw);
		expect((await listJournal(world.services)).entries[0]).toMatchObject({status: 'failed', error: 'cancelled at the administrator prompt'});
		expect(sys.broadcasts).toBe(0);
	});

	it('a script that fails is a failure with its message', async () => {
		const {sys} = elevatedWorld('fail');
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const outcome = await applyFix(world.services, await previewFix(world.services, findingWith([systemPath])));
		expect(outcomeOf(outcome, 'failed').error).toContain('Access is denied');
	});

	it('when the result cannot be read, trusts the machine: a change it finds made is rolled back', async () => {
		const {sys, scripts} = elevatedWorld('garble-first');
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const outcome = await applyFix(world.services, await previewFix(world.services, findingWith([systemPath])));
		expect(outcome).toMatchObject({status: 'failed', rolledBack: [0]});
		expect(scripts).toHaveLength(2);
		expect((await sys.registry!.readKey(SYSTEM_ENVIRONMENT_KEY))![0]!.data).toBe(systemPath.before.raw);
	});

	it('runs the script directly, without a prompt, when already elevated', async () => {
		const {sys} = elevatedWorld('run');
		const world = fixWorld(sys, {isElevated: async () => true});
		cleanup = world.cleanup;
		await applyFix(world.services, await previewFix(world.services, findingWith([systemPath])));
		const run = sys.calls.find((c) => c.file === POWERSHELL)!;
		expect(run.args).toContain('-File');
		expect(run.args).not.toContain('-EncodedCommand');
	});

	it('shows the script with secrets redacted, runs it with the exact values, and undo puts back every byte', async () => {
		const password = 'sumdb-pass-planted';
		const gosumdb = `sum.corp.example+abcd1234 https://builder:${password}@sum.corp.example`;
		const sys = createFakeSystem({
			platform: 'win32',
			env: {SystemRoot: 'C:\\Windows'},
			registry: {[SYSTEM_ENVIRONMENT_KEY]: [{name: 'GOSUMDB', type: 'REG_SZ', data: gosumdb}]},
		});
		const scripts: string[] = [];
		sys.addCommand({
			file: POWERSHELL,
			// Does what the script's one operation says to the fake registry, as the script would.
			answer: async (request) => {
				const {script, result} = paths(request);
				const text = (await sys.readFile(script))!;
				scripts.push(text);
				const value = (field: string) => {
					const quoted = new RegExp(`${field} = (\\$null|'((?:[^']|'')*)')`).exec(text)!;
					return quoted[1] === '$null' ? null : quoted[2]!.replace(/''/g, "'");
				};
				const data = value('AfterData');
				if (data === null) await sys.registry!.deleteValue(SYSTEM_ENVIRONMENT_KEY, 'GOSUMDB');
				else await sys.registry!.setValue(SYSTEM_ENVIRONMENT_KEY, 'GOSUMDB', value('AfterType') === 'ExpandString' ? 'REG_EXPAND_SZ' : 'REG_SZ', data);
				sys.setFile(result, JSON.stringify({status: 'applied', message: '', operations: [{index: 0, status: 'applied'}]}));
				return {exitCode: 0};
			},
		});
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const change: Change = {kind: 'registry-env', scope: 'system', name: 'GOSUMDB', before: {raw: gosumdb, type: 'REG_SZ'}, after: null};
		const preview = await previewFix(world.services, findingWith([change], {needsAdmin: true}));
		expect(preview.elevatedScript).not.toContain(password);
		expect(preview.elevatedScript).toContain("BeforeData = 'sum.corp.example+abcd1234 https://builder:***@sum.corp.example'");
		expect(preview.elevatedScript).toContain('shown here as ***');

		expect(await applyFix(world.services, preview)).toMatchObject({status: 'applied'});
		expect(scripts[0]).toContain(`BeforeData = '${gosumdb}'`);
		expect(scripts[0]).not.toContain('shown here as ***');
		expect(await sys.registry!.readKey(SYSTEM_ENVIRONMENT_KEY)).toEqual([]);

		const undo = await previewUndo(world.services, 'last');
		expect(undo!.elevatedScript).not.toContain(password);
		expect(await undoEntry(world.services, 'last')).toMatchObject({status: 'undone'});
		expect(scripts[1]).toContain(`AfterData = '${gosumdb}'`);
		expect(await sys.registry!.readKey(SYSTEM_ENVIRONMENT_KEY)).toEqual([{name: 'GOSUMDB', type: 'REG_SZ', data: gosumdb}]);
		expect(readFileSync(world.journal.path, 'utf8')).not.toContain(password);
	});

	it('quotes every PowerShell quote character, so a value cannot end its string', () => {
		expect(psQuote("it's")).toBe("'it''s'");
		expect(psQuote('a\u2019b')).toBe("'a\u2019\u2019b'");
		const script = elevatedScript([{index: 0, kind: 'defender', path: "C:\\Users\\o'brien\\go-build", action: 'add', force: false}], 'a title');
		expect(script).toContain("Path = 'C:\\Users\\o''brien\\go-build'; Action = 'add'");
		expect(script).toContain('param([Parameter(Mandatory = $true)][string]$ResultPath)');
		expect(script).not.toMatch(/\r(?!\n)/);
	});
});
