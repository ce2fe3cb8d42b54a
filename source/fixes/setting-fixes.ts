import type {SettingOrigin} from '../facts/go-settings.js';
import type {RegistryPathEntry} from '../facts/path-model.js';
import type {ProfileLine} from '../facts/shell-profiles.js';
import type {Translator} from '../i18n/index.js';
import type {Change, EnvScope, Fix, RegistryType, RegistryValueState} from '../model/fix.js';
import type {RegistryValue} from '../system/registry.js';
import {defaultShell, unsetSessionVariable} from '../shell/syntax.js';
import path from 'node:path';
import {withoutKey} from '../facts/go-env-file.js';
import {goEnvWriteProblem} from './kinds/go-env.js';
import {pathEditProblem} from './kinds/registry.js';
import {fixTitle, restartHintOf} from '../i18n/text.js';

/**
 * Fixes as data: every change with its state before and after, computed before anything is
 * touched. Nothing here applies a change; the executor (source/fixes, the journal) does.
 *
 * Windows registry changes keep the value's type and its unexpanded `%REFERENCES%`; PATH
 * edits leave every other entry byte-identical. Unix changes name the profile line.
 */

interface FixContext {
	t: Translator;
	platform: string;
}

/** A string registry value as a change state; null for types an environment value should not have. */
export function stateOf(value: RegistryValue | undefined): RegistryValueState | null {
	if (!value || (value.type !== 'REG_SZ' && value.type !== 'REG_EXPAND_SZ')) return null;
	return {raw: value.data, type: value.type};
}

function registryRemoval(t: Translator, scope: EnvScope, value: RegistryValue): Fix | null {
	const before = stateOf(value);
	if (!before) return null;
	return {
		id: scope === 'user' ? 'unset-user-variable' : 'unset-system-variable',
		...fixTitle(t, scope === 'user' ? 'fix.unsetUserVariable.title' : 'fix.unsetSystemVariable.title', {name: value.name}),
		changes: [{kind: 'registry-env', scope, name: value.name, before, after: null}],
		needsAdmin: scope === 'system',
		reversible: true,
		...restartHintOf(t, 'fix.restart.newTerminal'),
	};
}

/** Removes a profile line; the executor backs the file up and checks the line is unchanged. */
function profileLineRemoval(line: ProfileLine): Change {
	return {kind: 'profile-line', file: line.file, before: {line: line.line, lineNumber: line.lineNumber}, after: {line: null}};
}

/**
 * Fixes that remove a Go setting at every layer that sets it: the go env file (`go env -u`),
 * the user or system registry (Windows), the shell profile lines that export it (Unix). A
 * value this process has from nowhere we can edit gets instructions instead. Set at more than
 * one layer, the first fix removes it from all of them at once: removing only the layer that
 * wins (or one it overrides) leaves go with the next value, not the default.
 * Fix ids: unset-every-layer, unset-go-env-file, unset-user-variable, unset-system-variable,
 * unset-profile-line, unset-os-env.
 */
export function fixesToRemoveSetting(origin: SettingOrigin, context: FixContext): Fix[] {
	const {t} = context;
	const fixes: Fix[] = [];
	if (origin.file && origin.fileValue !== undefined) {
		fixes.push({
			id: 'unset-go-env-file',
			...fixTitle(t, 'fix.unsetGoEnv.title', {name: origin.name}),
			changes: [goEnvRemoval(origin.file, origin.name, origin.fileValue, context.platform)],
			needsAdmin: false,
			reversible: true,
			...restartHintOf(t, 'fix.restart.none'),
		});
	}
	for (const scope of ['user', 'system'] as const) {
		const value = origin.registry?.[scope];
		const fix = value ? registryRemoval(t, scope, value) : null;
		if (fix) fixes.push(fix);
	}
	if (origin.profileLines && origin.profileLines.length > 0) {
		fixes.push({
			id: 'unset-profile-line',
			...fixTitle(t, 'fix.unsetProfileLine.title', {name: origin.name, count: origin.profileLines.length}),
			changes: origin.profileLines.map(profileLineRemoval),
			needsAdmin: false,
			reversible: true,
			...restartHintOf(t, 'fix.restart.newShell'),
		});
	}
	if (origin.osValue && origin.source === 'process') {
		const shell = defaultShell(context.platform);
		fixes.push({
			id: 'unset-os-env',
			...fixTitle(t, 'fix.unsetOsEnv.title', {name: origin.name}),
			description: t('fix.unsetOsEnv.manual'),
			changes: [],
			needsAdmin: false,
			reversible: true,
			...restartHintOf(t, 'fix.restart.newTerminal'),
			manualCommands: [unsetSessionVariable(shell, origin.name)],
		});
	}
	const layers = fixes.filter((fix) => fix.changes.length > 0);
	if (layers.length < 2) return fixes;
	const changes = layers.flatMap((fix) => fix.changes);
	const none = t('fix.restart.none');
	// The widest of the layers' hints: a new terminal (registry) or shell (profile) to see it,
	// kept by key as the layer's own is.
	const widest = layers.find((fix) => fix.restartHint !== undefined && fix.restartHint !== none && fix.restartHintText !== undefined);
	return [
		{
			id: 'unset-every-layer',
			...fixTitle(t, 'fix.unsetEveryLayer.title', {name: origin.name, count: changes.length}),
			description: t('fix.unsetEveryLayer.description'),
			changes,
			needsAdmin: layers.some((fix) => fix.needsAdmin),
			reversible: true,
			...(widest?.restartHint !== undefined && widest.restartHintText !== undefined ? {restartHint: widest.restartHint, restartHintText: widest.restartHintText} : restartHintOf(t, 'fix.restart.none')),
		},
		...fixes,
	];
}

/**
 * Removes a key from the go env file: with `go env -u` (go checks and writes the file) when go
 * would accept the old value back from the undo's `go env -w`; otherwise (a `\r` a CRLF file
 * left in it, a `~` GOPATH go refuses to write) by editing the file itself, backed up first,
 * so the undo puts the bytes back whatever go thinks of them.
 */
export function goEnvRemoval(file: {path: string; content: string}, key: string, value: string, platform: string): Change {
	if (goEnvWriteProblem(key, value, {path: platform === 'win32' ? path.win32 : path.posix}) === undefined) return goEnvWrite(key, file.path, value, undefined);
	return {kind: 'file', path: file.path, before: {exists: true, content: file.content}, after: {exists: true, content: withoutKey(file.content, key)}};
}

/** Where a setting written by `settingWrite` takes effect, for the fix's words. */
export type WrittenLayer = 'registry-user' | 'shell-profile' | 'go-env-file' | 'go-env-file-overridden';

/**
 * Sets a Go setting where go takes it from, so the fix takes effect (cmd/go's cfg.Getenv: a
 * non-empty OS variable beats the go env file). A variable in the Windows registry is changed
 * there: the user value (a user variable also beats a system one, so no admin is needed); an
 * export line of a shell profile is rewritten; otherwise the go env file is written with
 * `go env -w`. A value only this process has, from nowhere we can edit, still overrides the
 * file: the layer says so (`go-env-file-overridden`), and the caller tells how to clear it.
 */
export function settingWrite(origin: SettingOrigin, value: string, goenvFile: string): {changes: Change[]; layer: WrittenLayer} {
	const user = origin.registry?.user;
	if ((origin.source === 'registry-user' || origin.source === 'registry-system') && (!user || user.type === 'REG_SZ' || user.type === 'REG_EXPAND_SZ')) {
		const before = user ? {raw: user.data, type: user.type as RegistryType} : null;
		return {changes: [{kind: 'registry-env', scope: 'user', name: user?.name ?? origin.name, before, after: {raw: value, type: before?.type ?? 'REG_SZ'}}], layer: 'registry-user'};
	}
	const line = origin.source === 'shell-profile' ? origin.profileLines?.at(-1) : undefined;
	if (line && line.value !== '' && line.line.includes(line.value)) {
		return {
			changes: [{kind: 'profile-line', file: line.file, before: {line: line.line, lineNumber: line.lineNumber}, after: {line: line.line.split(line.value).join(value)}}],
			layer: 'shell-profile',
		};
	}
	const change = goEnvWrite(origin.name, origin.file?.path ?? goenvFile, origin.fileValue, value);
	return {changes: [change], layer: origin.osValue ? 'go-env-file-overridden' : 'go-env-file'};
}

/** Sets a key in the go env file with `go env -w` (the before state records whether it was there). */
export function goEnvWrite(key: string, file: string, before: string | undefined, after: string | undefined): Change {
	return {
		kind: 'go-env',
		key,
		file,
		before: before === undefined ? {set: false} : {set: true, value: before},
		after: after === undefined ? {set: false} : {set: true, value: after},
	};
}

// ---------------------------------------------------------------------------------------
// PATH in the registry.

/**
 * How a folder is written into a registry Path: `%USERPROFILE%\go\bin` when the value expands
 * references (USERPROFILE is a builtin, defined before any registry value), the absolute
 * path in a REG_SZ value. Never `%GOPATH%\bin`: Path is expanded once, possibly before
 * GOPATH is known, and then the entry stays literally `%GOPATH%\bin`.
 */
export function registryForm(folder: string, type: RegistryType, userProfile: string | undefined): string {
	if (type !== 'REG_EXPAND_SZ' || !userProfile) return folder;
	const profile = userProfile.replace(/\\+$/, '');
	const lower = folder.toLowerCase();
	if (lower === profile.toLowerCase()) return '%USERPROFILE%';
	if (lower.startsWith(profile.toLowerCase() + '\\')) return `%USERPROFILE%${folder.slice(profile.length)}`;
	return folder;
}

/**
 * Edits one scope's Path entry by entry, by position in the stored value: `remove` drops
 * entries, `replace` rewrites one, `insert` puts raw entries before a position, `append` adds
 * at the end. Entries not touched stay byte-identical; the type is kept.
 */
export function editPath(
	scope: EnvScope,
	value: RegistryValue,
	edit: {remove?: ReadonlySet<number>; replace?: ReadonlyMap<number, string>; insert?: {before: number; raw: string[]}; append?: readonly string[]},
): Extract<Change, {kind: 'path-entries'}> | null {
	const before = stateOf(value);
	if (!before) return null;
	const parts = value.data.split(';');
	const removed: string[] = [];
	const added: string[] = [];
	const kept: string[] = [];
	parts.forEach((raw, position) => {
		if (edit.insert?.before === position) kept.push(...edit.insert.raw);
		if (edit.remove?.has(position)) {
			removed.push(raw);
			return;
		}
		const replacement = edit.replace?.get(position);
		if (replacement !== undefined && replacement !== raw) {
			removed.push(raw);
			added.push(replacement);
			kept.push(replacement);
			return;
		}
		kept.push(raw);
	});
	// An entry moved within the value is in both lists: the executor's check reads it as a move.
	for (const raw of edit.insert?.raw ?? []) added.push(raw);
	if (edit.append && edit.append.length > 0) {
		// Keep a trailing `;` trailing.
		const trailing = kept.length > 0 && kept.at(-1) === '';
		if (trailing) kept.pop();
		kept.push(...edit.append, ...(trailing ? [''] : []));
		added.push(...edit.append);
	}
	const raw = kept.join(';');
	if (raw === value.data) return null;
	// A reference in a REG_SZ value would never expand: such a value becomes REG_EXPAND_SZ.
	const type: RegistryType = before.type === 'REG_SZ' && added.some((a) => a.includes('%')) ? 'REG_EXPAND_SZ' : before.type;
	const change: Extract<Change, {kind: 'path-entries'}> = {kind: 'path-entries', scope, name: value.name, before, after: {raw, type}, removed, added};
	// Never build an edit the executor would refuse: it would be offered and could not be applied.
	return pathEditProblem(change) === undefined ? change : null;
}

/**
 * What is wrong with a registry Path entry that removing it fixes. `keep`: folders that
 * belong on PATH even before they exist (the folder go install writes to).
 */
function removableReason(entry: RegistryPathEntry, keep: ReadonlySet<string>): 'duplicate' | 'missing' | 'empty' | null {
	if (entry.raw === '') return entry.trailing ? null : 'empty';
	// A later copy goes; the first one stays, so the folder is still on PATH.
	if (entry.duplicateOf) return 'duplicate';
	// A missing network folder may be offline; an unexpanded one is another finding's fix.
	// One that could not be looked at (EACCES, ELOOP…) may well be there: never removed.
	if (!entry.exists && !entry.unreadable && !entry.network && entry.unexpanded.length === 0 && !keep.has(entry.key)) return 'missing';
	return null;
}

/**
 * Removes duplicate, missing and empty entries from one scope's Path, but never the folders in
 * `keep` (the go install folder, missing until the first go install). Fix ids:
 * clean-user-path (the default of `fix path-hygiene`), clean-system-path (admin).
 */
export function cleanPathFix(t: Translator, scope: EnvScope, value: RegistryValue | undefined, entries: readonly RegistryPathEntry[], keep: ReadonlySet<string> = new Set()): Fix | null {
	if (!value) return null;
	const remove = new Set(entries.filter((e) => e.scope === scope && removableReason(e, keep) !== null).map((e) => e.position));
	if (remove.size === 0) return null;
	const change = editPath(scope, value, {remove});
	if (!change) return null;
	return {
		id: scope === 'user' ? 'clean-user-path' : 'clean-system-path',
		...fixTitle(t, scope === 'user' ? 'fix.cleanUserPath.title' : 'fix.cleanSystemPath.title', {count: remove.size}),
		description: t('fix.cleanPath.description'),
		changes: [change],
		needsAdmin: scope === 'system',
		reversible: true,
		...restartHintOf(t, 'fix.restart.newTerminal'),
	};
}

/** Adds a folder to the user Path (`%USERPROFILE%\…` where the value expands references). Fix id: add-to-user-path. */
export function addToUserPathFix(
	t: Translator,
	folder: string,
	userPath: RegistryValue | undefined,
	userProfile: string | undefined,
): Fix {
	const change: Change | null = userPath
		? editPath('user', userPath, {append: [registryForm(folder, stateOf(userPath)?.type ?? 'REG_EXPAND_SZ', userProfile)]})
		: {
				kind: 'registry-env',
				scope: 'user',
				name: 'Path',
				before: null,
				after: {raw: registryForm(folder, 'REG_EXPAND_SZ', userProfile), type: 'REG_EXPAND_SZ'},
			};
	return {
		id: 'add-to-user-path',
		...fixTitle(t, 'fix.addToUserPath.title', {folder}),
		changes: change ? [change] : [],
		needsAdmin: false,
		reversible: true,
		...restartHintOf(t, 'fix.restart.newTerminal'),
	};
}

/** A folder under the home folder as a profile writes it: `$HOME/go/bin`. */
export function homeForm(folder: string, home: string): string {
	return folder === home ? '$HOME' : folder.startsWith(home + '/') ? `$HOME${folder.slice(home.length)}` : folder;
}

/**
 * The profile a new line goes to, by the user's login shell: the go docs' advice is
 * ~/.profile; zsh reads ~/.zprofile instead; fish its config.fish.
 */
export function profileFileFor(home: string, shell: string | undefined, join: (...parts: string[]) => string): string {
	const name = (shell ?? '').split('/').pop() ?? '';
	return name === 'fish' ? join(home, '.config', 'fish', 'config.fish') : name === 'zsh' ? join(home, '.zprofile') : join(home, '.profile');
}

/**
 * A line that adds a folder to PATH in the profile of the user's shell (the go docs' advice:
 * ~/.profile; zsh reads ~/.zprofile instead; fish its config.fish). Fix id: add-to-profile-path.
 */
export function addToProfilePathFix(t: Translator, folder: string, home: string, shell: string | undefined, join: (...parts: string[]) => string): Fix {
	const shown = homeForm(folder, home);
	const file = profileFileFor(home, shell, join);
	const line = file.endsWith('.fish') ? `fish_add_path --append ${shown}` : `export PATH="$PATH:${shown}"`;
	return {
		id: 'add-to-profile-path',
		...fixTitle(t, 'fix.addToProfilePath.title', {folder, file}),
		changes: [{kind: 'profile-line', file, before: {line: null}, after: {line}}],
		needsAdmin: false,
		reversible: true,
		...restartHintOf(t, 'fix.restart.login'),
	};
}

/**
 * For this terminal only (a new one gets it from where it is set): the command that reloads
 * PATH in the user's shell, shown to run by hand. Fix id: refresh-session.
 */
export function refreshSessionFix(t: Translator, command: string): Fix {
	return {
		id: 'refresh-session',
		...fixTitle(t, 'fix.refreshSession.title'),
		description: t('fix.refreshSession.description'),
		changes: [],
		needsAdmin: false,
		reversible: true,
		...restartHintOf(t, 'fix.restart.newTerminal'),
		manualCommands: [command],
	};
}
