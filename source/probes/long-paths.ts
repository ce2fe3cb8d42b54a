import type {Probe} from '../engine/probe.js';
import {configValues, gitBinary, gitConfig} from '../facts/git.js';
import {windowsFacts} from '../facts/windows-batch.js';
import type {Evidence} from '../model/finding.js';
import type {Fix} from '../model/fix.js';
import {partsSummary, worstStatus, type Part} from './parts.js';
import {failedText} from './evidence.js';
import {withNote} from '../i18n/index.js';

/**
 * Paths over 260 characters. Go itself copes (its runtime marks the process long-path aware
 * and `os` adds `\\?\`), but git refuses them unless `core.longpaths` is true, and C
 * toolchains need the system's LongPathsEnabled (plus their own manifest).
 */

export const FILESYSTEM_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\FileSystem';

/** git's boolean words (git-config(1)): true/yes/on/1 and false/no/off/0, any case. */
export function gitBool(value: string | undefined): boolean | null {
	const v = value?.trim().toLowerCase();
	if (v === undefined || v === '') return null;
	if (['true', 'yes', 'on', '1'].includes(v)) return true;
	if (['false', 'no', 'off', '0'].includes(v)) return false;
	return null;
}

export const longPaths: Probe = {
	id: 'long-paths',
	family: 'windows',
	title: 'probe.long-paths.title',
	platforms: ['win32'],
	timeoutMs: 25_000,
	async run({facts, sys, t}) {
		const evidence: Evidence[] = [];
		// LongPathsEnabled: from the one PowerShell batch; reg export only when that failed.
		const w = await windowsFacts(facts);
		let enabled: number | null | undefined;
		let registrySource = 'PowerShell';
		if (w.registry.ok) {
			enabled = w.registry.data.longPathsEnabled;
		} else if (sys.registry) {
			registrySource = 'reg export';
			const values = await sys.registry.readKey(FILESYSTEM_KEY);
			const value = values?.find((v) => v.name.toLowerCase() === 'longpathsenabled');
			enabled = values === null ? undefined : value ? Number(value.data) : null;
		}

		// git's settings come from the run's one `git config` query (git facts), not a query of
		// our own. What git sees when go fetches modules: system, global and command-line
		// settings; a repository's own (local) setting does not apply there.
		const [git, config] = await Promise.all([gitBinary(facts), gitConfig(facts)]);
		const setting = configValues(config, 'core.longpaths')
			.filter((entry) => entry.scope !== 'local' && entry.scope !== 'worktree')
			.at(-1);
		// A bare `longpaths` line is git's boolean true.
		const gitValue = setting ? (setting.value ?? 'true') : undefined;
		const gitOrigin = setting?.origin;
		const gitOn = gitBool(gitValue) === true;

		evidence.push({
			kind: 'registry',
			title: t('probe.long-paths.evidence.registry', {source: registrySource}),
			values: [{hive: 'HKLM', key: FILESYSTEM_KEY.replace(/^HKLM\\/, ''), name: 'LongPathsEnabled', type: 'REG_DWORD', raw: enabled === undefined ? '?' : enabled === null ? t('evidence.notSet') : String(enabled)}],
		});
		evidence.push({
			kind: 'kv',
			title: t('probe.long-paths.evidence.git'),
			rows: [
				{label: 'git', value: git ?? t('probe.long-paths.noGit')},
				{label: 'core.longpaths', value: gitValue ?? t('evidence.notSet'), tone: gitOn ? 'good' : git ? 'warn' : 'muted'},
				...(setting ? [{label: t('column.source'), value: `${setting.origin} (${setting.scope})`}] : []),
			],
		});

		const parts: Part[] = [];
		if (git && !gitOn) parts.push({status: 'warn', text: t('probe.long-paths.gitOff')});
		if (enabled === undefined) parts.push({status: 'unknown', text: w.registry.ok ? t('probe.long-paths.registryUnknown') : withNote(t, t('probe.long-paths.registryUnknown'), failedText(t, w.registry))});
		else if (enabled !== 1) parts.push({status: 'info', text: t('probe.long-paths.registryOff')});

		const fixes: Fix[] = [];
		if (git && !gitOn) {
			fixes.push({
				id: 'git-core-longpaths',
				title: t('fix.longPaths.git.title'),
				changes: [{kind: 'git-config', scope: 'global', key: 'core.longpaths', before: gitOrigin && /[\\/]\.gitconfig$/i.test(gitOrigin) ? (gitValue ?? null) : null, after: 'true'}],
				needsAdmin: false,
				reversible: true,
				restartHint: t('fix.restart.none'),
			});
		}
		if (enabled !== undefined && enabled !== 1) {
			fixes.push({
				id: 'long-paths-enabled',
				title: t('fix.longPaths.registry.title'),
				description: t('fix.longPaths.registry.description'),
				changes: [
					{
						kind: 'registry-value',
						key: FILESYSTEM_KEY,
						name: 'LongPathsEnabled',
						before: enabled === null ? null : {type: 'REG_DWORD', data: String(enabled)},
						after: {type: 'REG_DWORD', data: '1'},
					},
				],
				needsAdmin: true,
				reversible: true,
				restartHint: t('fix.longPaths.registry.restart'),
			});
		}

		if (parts.length === 0) return {status: 'ok', summary: t('probe.long-paths.ok'), evidence};
		return {status: worstStatus(parts), summary: partsSummary(t, parts), why: t('probe.long-paths.why'), docUrl: 'https://learn.microsoft.com/windows/win32/fileio/maximum-file-path-limitation', evidence, fixes};
	},
};
