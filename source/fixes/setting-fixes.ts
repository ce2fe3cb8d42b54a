import type {SettingOrigin} from '../facts/go-settings.js';
import type {Translator} from '../i18n/index.js';
import type {Fix} from '../model/fix.js';
import {defaultShell, unsetSessionVariable} from '../shell/syntax.js';

/**
 * Fixes that remove a Go setting where it was made. The go env file is changed through
 * `go env -u` (undoable); a variable of the OS environment is described for the person to
 * remove, until the registry and shell-profile change kinds can do it.
 */
export function fixesToRemoveSetting(
	origin: SettingOrigin,
	context: {t: Translator; platform: string; rerun?: string[]},
): Fix[] {
	const {t} = context;
	const fixes: Fix[] = [];
	if (origin.file && origin.fileValue !== undefined) {
		fixes.push({
			id: 'unset-go-env-file',
			title: t('fix.unsetGoEnv.title', {name: origin.name}),
			changes: [
				{
					kind: 'go-env',
					key: origin.name,
					file: origin.file.path,
					before: {set: true, value: origin.fileValue},
					after: {set: false},
				},
			],
			needsAdmin: false,
			reversible: true,
			restartHint: t('fix.restart.none'),
			...(context.rerun ? {rerun: context.rerun} : {}),
		});
	}
	if (origin.osValue) {
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
