import type {SettingOrigin} from '../facts/go-settings.js';
import type {RegistryPathEntry} from '../facts/path-model.js';
import type {ProfileLine} from '../facts/shell-profiles.js';
import type {Translator} from '../i18n/index.js';
import type {Change, EnvScope, Fix, RegistryType, RegistryValueState} from '../model/fix.js';
import type {RegistryValue} from '../system/registry.js';
import {defaultShell, unsetSessionVariable} from '../shell/syntax.js';

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
		title: t(scope === 'user' ? 'fix.unsetUserVariable.title' : 'fix.unsetSystemVariable.title', {name: value.name}),
		changes: [{kind: 'registry-env', scope, name: value.name, before, after: null}],
		needsAdmin: scope === 'system',
		reversible: true,
		restartHint: t('fix.restart.newTerminal'),
	};
}

/** Removes a profile line; the executor backs the file up and checks the line is unchanged. */
function profileLineRemoval(line: ProfileLine): Change {
	return {kind: 'profile-line', file: line.file, before: {line: line.line, lineNumber: line.lineNumber}, after: {line: null}};
}

/**
 * Fixes that remove a Go setting at every layer that sets it: the go env file (`go env -u`),
 * the user or system registry (Windows), the shell profile lines that export it (Unix). A
 * value this process has from nowhere we can edit gets instructions instead.
 * Fix ids: unset-go-env-file, unset-user-variable, unset-system-variable,
 * unset-profile-line, unset-os-env.
 */
export function fixesToRemoveSetting(origin: SettingOrigin, context: FixContext): Fix[] {
	const {t} = context;
	const fixes: Fix[] = [];
	if (origin.file && origin.fileValue !== undefined) {
		fixes.push({
			id: 'unset-go-env-file',
			title: t('fix.unsetGoEnv.title', {name: origin.name}),
			changes: [{kind: 'go-env', key: origin.name, file: origin.file.path, before: {set: true, value: origin.fileValue}, after: {set: false}}],
			needsAdmin: false,
			reversible: true,
			restartHint: t('fix.restart.none'),
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
			title: t('fix.unsetProfileLine.title', {name: origin.name, count: origin.profileLines.length}),
			changes: origin.profileLines.map(profileLineRemoval),
			needsAdmin: false,
			reversible: true,
			restartHint: t('fix.restart.newShell'),
		});
	}
	if (origin.osValue && origin.source === 'process') {
		const shell = defaultShell(context.platform);
		fixes.push({
			id: 'unset-os-env',
			title: t('fix.unsetOsEnv.title', {name: origin.name}),
			description: t('fix.unsetOsEnv.manual'),
			changes: [],
			needsAdmin: false,
			reversible: true,
			restartHint: t('fix.restart.newTerminal'),
			manualCommands: [unsetSessionVariable(shell, origin.name)],
		});
	}
	return fixes;
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
	// An entry moved within the value is neither added nor removed.
	for (const raw of edit.insert?.raw ?? []) {
		const i = removed.indexOf(raw);
		if (i >= 0) removed.splice(i, 1);
		else added.push(raw);
	}
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
	return {kind: 'path-entries', scope, name: value.name, before, after: {raw, type}, removed, added};
}

/** What is wrong with a registry Path entry that removing it fixes. */
function removableReason(entry: RegistryPathEntry): 'duplicate' | 'missing' | 'empty' | null {
	if (entry.raw === '') return entry.trailing ? null : 'empty';
	if (entry.duplicateOf) return 'duplicate';
	// A missing network folder may be offline; an unexpanded one is another finding's fix.
	if (!entry.exists && !entry.network && entry.unexpanded.length === 0) return 'missing';
	return null;
}

/**
 * Removes duplicate, missing and empty entries from one scope's Path. Fix ids:
 * clean-user-path (the default of `fix path-hygiene`), clean-system-path (admin).
 */
export function cleanPathFix(t: Translator, scope: EnvScope, value: RegistryValue | undefined, entries: readonly RegistryPathEntry[]): Fix | null {
	if (!value) return null;
	const remove = new Set(entries.filter((e) => e.scope === scope && removableReason(e) !== null).map((e) => e.position));
	if (remove.size === 0) return null;
	const change = editPath(scope, value, {remove});
	if (!change) return null;
	return {
		id: scope === 'user' ? 'clean-user-path' : 'clean-system-path',
		title: t(scope === 'user' ? 'fix.cleanUserPath.title' : 'fix.cleanSystemPath.title', {count: remove.size}),
		description: t('fix.cleanPath.description'),
		changes: [change],
		needsAdmin: scope === 'system',
		reversible: true,
		restartHint: t('fix.restart.newTerminal'),
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
		title: t('fix.addToUserPath.title', {folder}),
		changes: change ? [change] : [],
		needsAdmin: false,
		reversible: true,
		restartHint: t('fix.restart.newTerminal'),
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
		title: t('fix.addToProfilePath.title', {folder, file}),
		changes: [{kind: 'profile-line', file, before: {line: null}, after: {line}}],
		needsAdmin: false,
		reversible: true,
		restartHint: t('fix.restart.login'),
	};
}

/**
 * For this terminal only (a new one gets it from where it is set): the command that reloads
 * PATH in the user's shell, shown to run by hand. Fix id: refresh-session.
 */
export function refreshSessionFix(t: Translator, command: string): Fix {
	return {
		id: 'refresh-session',
		title: t('fix.refreshSession.title'),
		description: t('fix.refreshSession.description'),
		changes: [],
		needsAdmin: false,
		reversible: true,
		restartHint: t('fix.restart.newTerminal'),
		manualCommands: [command],
	};
}
