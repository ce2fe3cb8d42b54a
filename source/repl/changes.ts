import type {Facts} from '../facts/facts.js';
import type {SettingOrigin} from '../facts/go-settings.js';
import {folderKey, pathModel, registryPathEntries, type PathEntry} from '../facts/path-model.js';
import {profileMentions} from '../facts/shell-profiles.js';
import {findValue, registryEnvironment} from '../facts/windows-env.js';
import {editPath, fixesToRemoveSetting, goEnvWrite, homeForm, profileFileFor, registryForm, stateOf} from '../fixes/setting-fixes.js';
import type {Translator} from '../i18n/index.js';
import type {Finding} from '../model/finding.js';
import type {Change, EnvScope, Fix} from '../model/fix.js';
import {quoteArg} from '../shell/syntax.js';
import type {System} from '../system/types.js';
import type {EditableLayer} from './layers.js';

/**
 * The REPL's own changes (`set`, `unset`, `path add|rm|mv`) as fixes: the same data the
 * checks' fixes are, built from the existing change kinds (go-env, registry-env,
 * path-entries, profile-line). The fixes API previews, journals, verifies and undoes them
 * as it does every other fix; nothing here touches the machine.
 */

export interface ChangeContext {
	sys: System;
	t: Translator;
	facts: Facts;
}

/** A fix, or why none can be made (a sentence for the person). */
export type Built = {fix: Fix; findingId: string} | {error: string};

/** The check that reports on a setting: it re-runs first, and the journal entry is filed under it. */
export function ownerCheck(name: string): string {
	return /_proxy$|^SSL_CERT_/i.test(name) ? 'proxy-env' : 'go-env-file';
}


/** A finding to hang a REPL-made fix on: the owner check's id, the fix as its only one. */
export function findingFor(findingId: string, fix: Fix, title: string): Finding {
	return {id: findingId, title, family: 'environment', status: 'info', summary: fix.title, evidence: [], fixes: [fix], duration_ms: 0};
}

const fishQuote = (value: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`);

/** The profile line that sets a variable, in the syntax of the file it goes in. */
export function exportLine(file: string, name: string, value: string): string {
	return file.endsWith('.fish') ? `set -gx ${name} ${fishQuote(value)}` : `export ${name}=${quoteArg('posix', value)}`;
}

const base = (id: string, title: string, restartHint: string, changes: Change[], extra: Partial<Fix> = {}): Fix => ({
	id,
	title,
	changes,
	needsAdmin: false,
	reversible: true,
	restartHint,
	...extra,
});

/** `set NAME=VALUE in <layer>`. */
export async function setFix(c: ChangeContext, origin: SettingOrigin, value: string, layer: EditableLayer): Promise<Built> {
	const {t, sys, facts} = c;
	const name = origin.name;
	const findingId = ownerCheck(name);
	const title = t('repl.set.title', {name, layer: t(`repl.layer.${layer}`)});
	const hidden = origin.osValue && layer === 'go-env-file' ? {description: t('repl.set.hiddenByProcess', {name})} : {};
	switch (layer) {
		case 'go-env-file': {
			const {path, disabled} = await facts.goEnvFilePath();
			if (disabled || !path) return {error: t('fixes.blocker.goenvOff')};
			const change = goEnvWrite(name, path, origin.fileValue, value);
			return {findingId, fix: base('set-variable', title, t('fix.restart.none'), [change], hidden)};
		}
		case 'registry-user':
		case 'registry-system': {
			const scope: EnvScope = layer === 'registry-user' ? 'user' : 'system';
			const registry = await registryEnvironment(facts);
			if (!registry?.available) return {error: t('repl.noRegistry')};
			const existing = findValue(scope === 'user' ? registry.user : registry.system, name);
			const before = existing ? stateOf(existing) : null;
			if (existing && !before) return {error: t('repl.set.oddType', {name, type: existing.type})};
			const type = before?.type === 'REG_EXPAND_SZ' || value.includes('%') ? 'REG_EXPAND_SZ' : 'REG_SZ';
			const change: Change = {kind: 'registry-env', scope, name: existing?.name ?? name, before, after: {raw: value, type}};
			return {findingId, fix: base('set-variable', title, t('fix.restart.newTerminal'), [change], {needsAdmin: scope === 'system'})};
		}
		case 'shell-profile': {
			const last = origin.profileLines?.at(-1);
			const file = last?.file ?? profileFileFor(sys.homedir(), sys.getenv('SHELL'), sys.path.join);
			const line = exportLine(file, name, value);
			const change: Change = last
				? {kind: 'profile-line', file, before: {line: last.line, lineNumber: last.lineNumber}, after: {line}}
				: {kind: 'profile-line', file, before: {line: null}, after: {line}};
			return {findingId, fix: base('set-variable', title, t('fix.restart.newShell'), [change])};
		}
	}
}

/** `unset NAME in <layer>`: the checks' own removal fixes, the one for that layer. */
export function unsetFix(c: ChangeContext, origin: SettingOrigin, layer: EditableLayer): Built {
	const {t, sys} = c;
	const fixes = fixesToRemoveSetting(origin, {t, platform: sys.platform});
	const wanted = {'go-env-file': 'unset-go-env-file', 'registry-user': 'unset-user-variable', 'registry-system': 'unset-system-variable', 'shell-profile': 'unset-profile-line'}[layer];
	const fix = fixes.find((f) => f.id === wanted);
	if (!fix) return {error: t('repl.unset.notThere', {name: origin.name, layer: t(`repl.layer.${layer}`)})};
	return {findingId: ownerCheck(origin.name), fix};
}

// ---------------------------------------------------------------------------------------
// PATH.

/** A PATH entry by its number in `path` (1-based) or by its text (as stored or expanded). */
export function findEntry(sys: System, entries: readonly PathEntry[], word: string): PathEntry | undefined {
	if (/^\d+$/.test(word)) return entries[Number(word) - 1];
	const key = folderKey(sys, word);
	return entries.find((e) => e.raw === word || e.text === word) ?? entries.find((e) => e.key !== '' && (e.key === key || folderKey(sys, e.expanded) === key));
}

/** The registry Path entry a process entry came from (the same occurrence when a scope repeats a folder). */
async function registryEntryOf(c: ChangeContext, entries: readonly PathEntry[], entry: PathEntry) {
	const scope = entry.origin as EnvScope;
	const earlier = entries.filter((e) => e.index < entry.index && e.origin === scope && e.key === entry.key).length;
	const candidates = (await registryPathEntries(c.facts)).filter((r) => r.scope === scope && (r.raw === entry.raw || (r.key !== '' && r.key === entry.key)));
	return candidates[earlier] ?? candidates[0];
}

/** The lines of the person's profiles that put this folder on PATH. */
async function profilePathLines(c: ChangeContext, folder: string) {
	const mentions = await profileMentions(c.facts, folder);
	return mentions.filter((m) => /\bPATH\b|fish_add_path/.test(m.line));
}

/** The forms a profile may write a folder in: as is, `$HOME/…`, `${HOME}/…`, `~/…`. */
function folderForms(folder: string, home: string): string[] {
	const rest = folder.startsWith(home + '/') ? folder.slice(home.length) : null;
	return [...(rest ? [`$HOME${rest}`, `\${HOME}${rest}`, `~${rest}`] : []), folder];
}

/**
 * A profile line with the folder taken out of its PATH assignment: null when nothing else
 * is left (`export PATH="$PATH"`, `fish_add_path` alone), undefined when the line is not
 * one this can edit safely.
 */
export function lineWithout(line: string, forms: readonly string[]): string | null | undefined {
	for (const form of forms) {
		if (!line.includes(form)) continue;
		if (/^\s*fish_add_path\b/.test(line) || /^\s*set\s/.test(line)) {
			const words = line.trim().split(/\s+/);
			const rest = words.filter((w) => w.replace(/^["']|["']$/g, '') !== form);
			if (rest.length === words.length) return undefined;
			const args = rest.slice(1).filter((w) => !w.startsWith('-'));
			const meaningful = /^\s*set\s/.test(line) ? args.filter((w) => w !== 'PATH' && !/^"?\$PATH"?$/.test(w)) : args;
			return meaningful.length === 0 ? null : line.replace(new RegExp(`\\s+["']?${escapeRe(form)}["']?(?=\\s|$)`), '');
		}
		const escaped = escapeRe(form);
		const edited = line.replace(new RegExp(`${escaped}:|:${escaped}(?=["'\\s;]|$)`), '');
		if (edited === line) return undefined;
		return /^\s*(?:export\s+)?PATH=(["']?)\$\{?PATH\}?\1\s*;?\s*(?:export\s+PATH\s*)?$/.test(edited) ? null : edited;
	}
	return undefined;
}

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The line a profile gets to put a folder first or last on PATH. */
function pathLine(file: string, shown: string, where: 'first' | 'last'): string {
	if (file.endsWith('.fish')) return `fish_add_path --${where === 'first' ? 'prepend' : 'append'} ${shown}`;
	return where === 'first' ? `export PATH="${shown}:$PATH"` : `export PATH="$PATH:${shown}"`;
}

/** `path add <dir> [first|last]`: the user Path in the registry (Windows), a profile line elsewhere. */
export async function pathAddFix(c: ChangeContext, folder: string, where: 'first' | 'last'): Promise<Built> {
	const {sys, t, facts} = c;
	const model = await pathModel(facts);
	const key = folderKey(sys, folder);
	const present = model.entries.find((e) => e.key === key || folderKey(sys, e.expanded) === key);
	if (present) return {error: t('repl.path.already', {folder, n: present.index + 1})};
	const title = t(where === 'first' ? 'repl.path.addFirst.title' : 'repl.path.addLast.title', {folder});
	const exists = (await sys.stat(folder))?.kind === 'dir';
	const note = exists ? {} : {description: t('repl.path.missingFolder', {folder})};
	if (sys.platform === 'win32' && !sys.getenv('MSYSTEM')) {
		const registry = await registryEnvironment(facts);
		if (!registry?.available) return {error: t('repl.noRegistry')};
		const value = findValue(registry.user, 'Path');
		const type = value ? (stateOf(value)?.type ?? 'REG_EXPAND_SZ') : 'REG_EXPAND_SZ';
		const raw = registryForm(folder, type, sys.getenv('USERPROFILE'));
		const change: Change | null = value
			? editPath('user', value, where === 'first' ? {insert: {before: 0, raw: [raw]}} : {append: [raw]})
			: {kind: 'registry-env', scope: 'user', name: 'Path', before: null, after: {raw, type: 'REG_EXPAND_SZ'}};
		if (!change) return {error: t('repl.path.already', {folder, n: '?'})};
		const firstNote = where === 'first' ? t('repl.path.systemFirst') : '';
		return {findingId: 'path-hygiene', fix: base('path-add', title, t('fix.restart.newTerminal'), [change], joinNotes(note.description, firstNote))};
	}
	const file = profileFileFor(sys.homedir(), sys.getenv('SHELL'), sys.path.join);
	const line = pathLine(file, homeForm(folder, sys.homedir()), where);
	return {findingId: 'path-hygiene', fix: base('path-add', title, t('fix.restart.newShell'), [{kind: 'profile-line', file, before: {line: null}, after: {line}}], note)};
}

function joinNotes(...notes: Array<string | undefined>): Partial<Fix> {
	const text = notes.filter(Boolean).join(' ');
	return text ? {description: text} : {};
}

/** `path rm <entry>`: out of the registry value it came from, or out of the profile line that adds it. */
export async function pathRemoveFix(c: ChangeContext, entry: PathEntry): Promise<Built> {
	const {sys, t} = c;
	const model = await pathModel(c.facts);
	const title = t('repl.path.rm.title', {entry: entry.raw});
	if (entry.origin === 'user' || entry.origin === 'system') {
		const stored = await registryEntryOf(c, model.entries, entry);
		const registry = await registryEnvironment(c.facts);
		const value = registry?.path.find((p) => p.scope === entry.origin)?.value;
		if (!stored || !value) return {error: t('repl.path.notStored', {entry: entry.text})};
		const change = editPath(stored.scope, value, {remove: new Set([stored.position])});
		if (!change) return {error: t('repl.path.notStored', {entry: entry.text})};
		return {findingId: 'path-hygiene', fix: base('path-remove', title, t('fix.restart.newTerminal'), [change], {needsAdmin: stored.scope === 'system'})};
	}
	if (sys.platform === 'win32' && !sys.getenv('MSYSTEM')) return {error: t('repl.path.notStored', {entry: entry.text})};
	const lines = await profilePathLines(c, entry.expanded);
	const forms = folderForms(entry.expanded, sys.homedir());
	const editable = lines.map((l) => ({...l, after: lineWithout(l.line, forms)})).filter((l) => l.after !== undefined);
	if (editable.length === 0) return {error: t('repl.path.noProfileLine', {entry: entry.text})};
	const changes: Change[] = editable.map((l) => ({kind: 'profile-line', file: l.file, before: {line: l.line, lineNumber: l.lineNumber}, after: {line: l.after ?? null}}));
	return {findingId: 'path-hygiene', fix: base('path-remove', title, t('fix.restart.newShell'), changes)};
}

/** `path mv <entry> first|last`: within the registry value it came from, or by rewriting the profile line that adds it. */
export async function pathMoveFix(c: ChangeContext, entry: PathEntry, where: 'first' | 'last'): Promise<Built> {
	const {sys, t} = c;
	const model = await pathModel(c.facts);
	const title = t(where === 'first' ? 'repl.path.mvFirst.title' : 'repl.path.mvLast.title', {entry: entry.raw});
	if (entry.origin === 'user' || entry.origin === 'system') {
		const stored = await registryEntryOf(c, model.entries, entry);
		const registry = await registryEnvironment(c.facts);
		const value = registry?.path.find((p) => p.scope === entry.origin)?.value;
		if (!stored || !value) return {error: t('repl.path.notStored', {entry: entry.text})};
		const raw = stored.raw;
		const edited = editPath(stored.scope, value, where === 'first' ? {remove: new Set([stored.position]), insert: {before: 0, raw: [raw]}} : {remove: new Set([stored.position]), append: [raw]});
		if (!edited) return {error: t('repl.path.alreadyThere', {entry: entry.text})};
		// A move is the entry taken out and put back: in both lists, as the registry kind checks it.
		const change = {...edited, removed: [raw], added: [raw]};
		const note = stored.scope === 'user' && where === 'first' ? {description: t('repl.path.systemFirst')} : {};
		return {findingId: 'path-hygiene', fix: base('path-move', title, t('fix.restart.newTerminal'), [change], {needsAdmin: stored.scope === 'system', ...note})};
	}
	if (sys.platform === 'win32' && !sys.getenv('MSYSTEM')) return {error: t('repl.path.notStored', {entry: entry.text})};
	const forms = folderForms(entry.expanded, sys.homedir());
	const lines = (await profilePathLines(c, entry.expanded)).filter((l) => lineWithout(l.line, forms) === null);
	if (lines.length !== 1) return {error: t('repl.path.noProfileLine', {entry: entry.text})};
	const found = lines[0]!;
	const line = pathLine(found.file, homeForm(entry.expanded, sys.homedir()), where);
	if (line === found.line) return {error: t('repl.path.alreadyThere', {entry: entry.text})};
	const change: Change = {kind: 'profile-line', file: found.file, before: {line: found.line, lineNumber: found.lineNumber}, after: {line}};
	return {findingId: 'path-hygiene', fix: base('path-move', title, t('fix.restart.newShell'), [change])};
}
