import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {applyFix, listJournal, previewFix, previewUndo, undoEntry} from '../../source/fixes/index.js';
import {pathEditProblem, registryTypeFor} from '../../source/fixes/kinds/registry.js';
import type {Change} from '../../source/model/fix.js';
import {createFakeSystem, type FakeSystem} from '../../source/system/fake-system.js';
import {SYSTEM_ENVIRONMENT_KEY, USER_ENVIRONMENT_KEY, type RegistryValue} from '../../source/system/registry.js';
import {findingWith, fixWorld, outcomeOf} from '../helpers/fixes.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A user PATH of about 4000 characters: references, a non-ASCII user folder, a duplicate. */
function longPath(): string[] {
	const entries = ['%USERPROFILE%\\go\\bin', 'C:\\Users\\张三\\AppData\\Local\\Programs\\Go\\bin', '%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps'];
	for (let i = 0; entries.join(';').length < 3900; i++) entries.push(`C:\\Tools\\vendor-${String(i).padStart(3, '0')}\\some\\deep\\folder\\bin`);
	entries.push('%USERPROFILE%\\go\\bin'); // the duplicate the fix removes
	return entries;
}

function windowsWorld(values: RegistryValue[], system: RegistryValue[] = []): FakeSystem {
	return createFakeSystem({
		platform: 'win32',
		env: {USERPROFILE: 'C:\\Users\\张三', SystemRoot: 'C:\\Windows'},
		registry: {[USER_ENVIRONMENT_KEY]: values, [SYSTEM_ENVIRONMENT_KEY]: system},
	});
}

async function userKey(sys: FakeSystem) {
	return sys.registry!.readKey(USER_ENVIRONMENT_KEY);
}

describe('registry PATH entries against the fake world', () => {
	it('removes a duplicate from a 4000-character REG_EXPAND_SZ PATH, and undo puts back every byte', async () => {
		const entries = longPath();
		const raw = entries.join(';');
		expect(raw.length).toBeGreaterThan(3900);
		const original: RegistryValue[] = [
			{name: 'Path', type: 'REG_EXPAND_SZ', data: raw},
			{name: 'GOPATH', type: 'REG_SZ', data: 'C:\\Users\\张三\\go'},
			{name: 'TEMP', type: 'REG_EXPAND_SZ', data: '%USERPROFILE%\\AppData\\Local\\Temp'},
		];
		const sys = windowsWorld(original);
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const after = entries.slice(0, -1).join(';');
		const change: Change = {
			kind: 'path-entries',
			scope: 'user',
			name: 'Path',
			before: {raw, type: 'REG_EXPAND_SZ'},
			after: {raw: after, type: 'REG_SZ'}, // a careless producer: the executor keeps the type
			removed: ['%USERPROFILE%\\go\\bin'],
			added: [],
		};
		const preview = await previewFix(world.services, findingWith([change]));
		expect(preview.blockers).toEqual([]);
		expect(preview.views[0]!.diff!.filter((line) => line.op !== ' ')).toEqual([{op: '-', text: '%USERPROFILE%\\go\\bin'}]);

		const outcome = await applyFix(world.services, preview, {onProgress: world.onProgress});
		expect(outcome).toMatchObject({status: 'applied', entryId: 1, broadcast: true});
		const applied = await userKey(sys);
		expect(applied![0]).toEqual({name: 'Path', type: 'REG_EXPAND_SZ', data: after});
		expect(applied!.slice(1)).toEqual(original.slice(1));
		expect(sys.broadcasts).toBe(1);
		expect(world.events.map((e) => e.type)).toEqual(['journal', 'change', 'change', 'change', 'broadcast', 'journal']);

		const undone = await undoEntry(world.services, 'last');
		expect(undone).toMatchObject({status: 'undone', entryId: 2, undid: 1});
		expect(await userKey(sys)).toEqual(original);
		expect(sys.broadcasts).toBe(2);

		const listing = await listJournal(world.services);
		expect(listing.entries.map((e) => [e.id, e.action, e.status])).toEqual([
			[2, 'undo', 'applied'],
			[1, 'fix', 'undone'],
		]);
		// The journal keeps the raw, unexpanded value and the non-ASCII text exactly.
		const stored = JSON.parse(readFileSync(world.journal.path, 'utf8'));
		expect(stored.schemaVersion).toBe(2);
		expect(stored.entries[0].changes[0].change.before.raw).toBe(raw);
	});

	it('redoes an undo (undo of the undo), and refuses to undo the same entry twice', async () => {
		const sys = windowsWorld([{name: 'Path', type: 'REG_EXPAND_SZ', data: 'C:\\a;C:\\a;%USERPROFILE%\\b'}]);
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const change: Change = {
			kind: 'path-entries',
			scope: 'user',
			name: 'Path',
			before: {raw: 'C:\\a;C:\\a;%USERPROFILE%\\b', type: 'REG_EXPAND_SZ'},
			after: {raw: 'C:\\a;%USERPROFILE%\\b', type: 'REG_EXPAND_SZ'},
			removed: ['C:\\a'],
			added: [],
		};
		await applyFix(world.services, await previewFix(world.services, findingWith([change])));
		await undoEntry(world.services, 1);
		expect((await userKey(sys))![0]!.data).toBe('C:\\a;C:\\a;%USERPROFILE%\\b');
		expect(await undoEntry(world.services, 1)).toMatchObject({status: 'refused', refusal: {reason: 'not-undoable'}});
		// "last" skips undo entries (undoing twice goes further back): nothing else is applied.
		expect(await undoEntry(world.services, 'last')).toMatchObject({status: 'refused', refusal: {reason: 'not-found'}});
		const redo = await undoEntry(world.services, 2);
		expect(redo).toMatchObject({status: 'undone', undid: 2});
		expect((await userKey(sys))![0]).toEqual({name: 'Path', type: 'REG_EXPAND_SZ', data: 'C:\\a;%USERPROFILE%\\b'});
		const listing = await listJournal(world.services);
		expect(listing.entries.map((e) => [e.id, e.action, e.status, e.undoes])).toEqual([
			[3, 'redo', 'applied', 2],
			[2, 'undo', 'undone', 1],
			[1, 'fix', 'undone', undefined],
		]);
	});

	it('refuses to undo a value changed since, shows before / ours / now, and --force overrides', async () => {
		const sys = windowsWorld([{name: 'GO111MODULE', type: 'REG_SZ', data: 'off'}]);
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const change: Change = {kind: 'registry-env', scope: 'user', name: 'GO111MODULE', before: {raw: 'off', type: 'REG_SZ'}, after: null};
		expect(await applyFix(world.services, await previewFix(world.services, findingWith([change])))).toMatchObject({status: 'applied'});
		expect(await userKey(sys)).toEqual([]);
		await sys.registry!.setValue(USER_ENVIRONMENT_KEY, 'GO111MODULE', 'REG_SZ', 'auto');

		const preview = await previewUndo(world.services, 'last');
		expect(preview!.conflicts).toEqual([{index: 0, label: 'HKCU\\Environment  GO111MODULE', before: 'off (REG_SZ)', ours: '(not set)', now: 'auto (REG_SZ)'}]);
		const refused = await undoEntry(world.services, 'last');
		expect(outcomeOf(refused, 'conflict').conflicts).toHaveLength(1);
		expect(await userKey(sys)).toEqual([{name: 'GO111MODULE', type: 'REG_SZ', data: 'auto'}]);

		expect(await undoEntry(world.services, 'last', {force: true})).toMatchObject({status: 'undone'});
		expect(await userKey(sys)).toEqual([{name: 'GO111MODULE', type: 'REG_SZ', data: 'off'}]);
	});

	it('refuses an empty PATH and a value over the Windows limit, before touching anything', async () => {
		const sys = windowsWorld([{name: 'Path', type: 'REG_EXPAND_SZ', data: 'C:\\a'}]);
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const empty: Change = {kind: 'path-entries', scope: 'user', name: 'Path', before: {raw: 'C:\\a', type: 'REG_EXPAND_SZ'}, after: {raw: '', type: 'REG_EXPAND_SZ'}, removed: ['C:\\a'], added: ['']};
		const emptyPreview = await previewFix(world.services, findingWith([empty]));
		expect(emptyPreview.blockers).toContain('refusing to write an empty PATH');
		expect(await applyFix(world.services, emptyPreview)).toMatchObject({status: 'refused', refusal: {reason: 'blocked'}});

		const huge = 'C:\\' + 'x'.repeat(32_800);
		const long: Change = {kind: 'path-entries', scope: 'user', name: 'Path', before: {raw: 'C:\\a', type: 'REG_EXPAND_SZ'}, after: {raw: `C:\\a;${huge}`, type: 'REG_EXPAND_SZ'}, removed: [], added: [huge]};
		expect((await previewFix(world.services, findingWith([long]))).blockers.join()).toMatch(/over the Windows limit of 32766/);
		expect(await userKey(sys)).toEqual([{name: 'Path', type: 'REG_EXPAND_SZ', data: 'C:\\a'}]);
		expect(sys.broadcasts).toBe(0);
		expect((await listJournal(world.services)).entries).toEqual([]);
	});

	it('writes REG_EXPAND_SZ for a new value holding %, keeps REG_SZ otherwise, and checks PATH edits', () => {
		expect(registryTypeFor(null, '%USERPROFILE%\\go')).toBe('REG_EXPAND_SZ');
		expect(registryTypeFor(null, 'C:\\go')).toBe('REG_SZ');
		expect(registryTypeFor({type: 'REG_EXPAND_SZ'}, 'C:\\go')).toBe('REG_EXPAND_SZ');
		expect(registryTypeFor({type: 'REG_SZ'}, '%X%')).toBe('REG_EXPAND_SZ');
		const base = {kind: 'path-entries' as const, scope: 'user' as const, name: 'Path', before: {raw: 'a;b;c', type: 'REG_SZ' as const}};
		expect(pathEditProblem({...base, after: {raw: 'a;c', type: 'REG_SZ'}, removed: ['b'], added: []})).toBeUndefined();
		expect(pathEditProblem({...base, after: {raw: 'c;a;b', type: 'REG_SZ'}, removed: ['c'], added: ['c']})).toBeUndefined();
		expect(pathEditProblem({...base, after: {raw: 'a;B;c', type: 'REG_SZ'}, removed: [], added: []})).toMatch(/changed or went missing: b/);
		expect(pathEditProblem({...base, after: {raw: 'b;a;c', type: 'REG_SZ'}, removed: [], added: []})).toMatch(/changed or went missing/);
		expect(pathEditProblem({...base, after: {raw: 'a;c', type: 'REG_SZ'}, removed: ['x'], added: []})).toMatch(/changed or went missing: b/);
		expect(pathEditProblem({...base, after: {raw: 'a;c;d', type: 'REG_SZ'}, removed: ['b'], added: []})).toMatch(/not in the added list: d/);
	});

	it('refuses to apply when the value changed since the preview', async () => {
		const sys = windowsWorld([{name: 'Path', type: 'REG_EXPAND_SZ', data: 'C:\\a;C:\\a'}]);
		const world = fixWorld(sys);
		cleanup = world.cleanup;
		const change: Change = {kind: 'path-entries', scope: 'user', name: 'Path', before: {raw: 'C:\\a;C:\\a', type: 'REG_EXPAND_SZ'}, after: {raw: 'C:\\a', type: 'REG_EXPAND_SZ'}, removed: ['C:\\a'], added: []};
		const preview = await previewFix(world.services, findingWith([change]));
		await sys.registry!.setValue(USER_ENVIRONMENT_KEY, 'Path', 'REG_EXPAND_SZ', 'C:\\a;C:\\a;C:\\new');
		const outcome = await applyFix(world.services, preview);
		expect(outcome).toMatchObject({status: 'refused', refusal: {reason: 'stale', conflicts: [{now: 'C:\\a;C:\\a;C:\\new (REG_EXPAND_SZ)'}]}});
		expect((await listJournal(world.services)).entries).toEqual([]);
	});
});
