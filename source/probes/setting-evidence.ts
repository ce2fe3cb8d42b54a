import type {SettingOrigin} from '../facts/go-settings.js';
import {joinClauses, type Translator} from '../i18n/index.js';
import type {Evidence, GoEnvRowView, RegistryValueView} from '../model/finding.js';
import type {RegistryValue} from '../system/registry.js';
import {SYSTEM_KEY_DISPLAY, USER_KEY_DISPLAY} from '../facts/go-settings.js';
import {readReason, unreadableList} from '../i18n/read-reason.js';

/** `user environment (registry)`, with the file and line when there is one. */
export function sourceText(t: Translator, origin: SettingOrigin): string {
	const source = t(`source.${origin.source}`);
	if (origin.source === 'shell-profile' || origin.source === 'go-env-file' || origin.source === 'goroot-go-env') {
		return origin.where ? t('evidence.sourceWhere', {source, where: `${origin.where}${origin.line ? `:${origin.line}` : ''}`}) : source;
	}
	return source;
}

/**
 * A setting's value as evidence shows it: a value with a control character (the carriage
 * return a CRLF go env file or profile leaves) or with space at either end is shown quoted
 * and escaped as Go's %q does (`"off\r"`), so the stray character can be seen.
 */
export function shownValue(t: Translator, value: string): string {
	if (value === '') return t('evidence.empty');
	return hasStrayCharacters(value) ? JSON.stringify(value) : value;
}

/** Control characters anywhere, or white space at either end: go takes all of it as part of the value. */
export function hasStrayCharacters(value: string): boolean {
	return /[\u0000-\u001f\u007f]/.test(value) || value !== value.trim();
}

/** One row of the "where does each setting come from" table. */
export function settingRow(t: Translator, origin: SettingOrigin): GoEnvRowView {
	const notes: string[] = [];
	if (origin.disagrees) {
		notes.push(
			origin.registry?.composed === undefined
				? t('setting.note.notInRegistry')
				: t('setting.note.registryDiffers', {value: origin.registry.composed === '' ? t('evidence.empty') : origin.registry.composed}),
		);
	}
	if (origin.osValue && origin.fileValue !== undefined) notes.push(t('setting.note.fileShadowed', {value: shownValue(t, origin.fileValue)}));
	if (origin.registry?.user && origin.registry.system) notes.push(t('setting.note.bothScopes'));
	if (origin.gorootUnreadable) notes.push(t('setting.note.gorootUnreadable', {file: origin.gorootUnreadable.file, reason: readReason(t, origin.gorootUnreadable.code)}));
	if (origin.unreadableProfiles) notes.push(t('setting.note.profileUnreadable', {list: unreadableList(t, origin.unreadableProfiles)}));
	return {
		name: origin.name,
		value: shownValue(t, origin.value),
		source: origin.source,
		...(origin.where ? {where: origin.line ? `${origin.where}:${origin.line}` : origin.where} : {}),
		...(notes.length > 0 ? {note: joinClauses(t, notes), tone: 'warn' as const} : origin.source === 'default' || origin.source === 'inferred' ? {tone: 'muted' as const} : {}),
	};
}

export function settingsEvidence(t: Translator, title: string, origins: readonly SettingOrigin[]): Evidence {
	return {kind: 'go-env', title, rows: origins.map((origin) => settingRow(t, origin))};
}

/** Registry values as stored: raw, unexpanded, with their type. */
export function registryEvidence(
	title: string,
	values: ReadonlyArray<{scope: 'user' | 'system'; value: RegistryValue; expanded?: string}>,
): Evidence {
	return {
		kind: 'registry',
		title,
		values: values.map(({scope, value, expanded}): RegistryValueView => ({
			hive: scope === 'user' ? 'HKCU' : 'HKLM',
			// The hive has its own column: the key is shown below it.
			key: (scope === 'user' ? USER_KEY_DISPLAY : SYSTEM_KEY_DISPLAY).replace(/^HK(?:CU|LM)\\/, ''),
			name: value.name,
			type: value.type,
			raw: value.data,
			// A value holding %…% always shows what it becomes, even when that is itself (a REG_SZ
			// Path, which Windows never expands): "(same)" would hide the reference.
			...(expanded !== undefined && (expanded !== value.data || /%[^%;]+%/.test(value.data)) ? {expanded} : {}),
		})),
	};
}

/** The registry values behind a setting, if any. */
export function settingRegistryEvidence(t: Translator, origin: SettingOrigin): Evidence[] {
	const values = (['user', 'system'] as const).flatMap((scope) => {
		const value = origin.registry?.[scope];
		const expanded = origin.registry?.expanded?.[scope];
		return value ? [{scope, value, ...(expanded !== undefined ? {expanded} : {})}] : [];
	});
	return values.length > 0 ? [registryEvidence(t('setting.evidence.registry', {name: origin.name}), values)] : [];
}
