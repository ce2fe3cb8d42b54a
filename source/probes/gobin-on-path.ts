import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import {entryForFolder, folderKey, pathModel, registryPathEntries} from '../facts/path-model.js';
import {findValue} from '../facts/windows-env.js';
import {profileMentions, unreadableProfiles} from '../facts/shell-profiles.js';
import {readReason, unreadableList} from '../i18n/read-reason.js';
import {isAbsent} from '../system/types.js';
import {addToProfilePathFix, addToUserPathFix, fixesToRemoveSetting} from '../fixes/setting-fixes.js';
import {goSetting} from '../facts/go-settings.js';
import {settingRegistryEvidence, settingsEvidence, sourceText} from './setting-evidence.js';
import {yesNo} from './evidence.js';
import {withNote} from '../i18n/index.js';

/** The folder `go install` writes to (GOBIN, else the first GOPATH entry's bin) is on PATH. */
export const gobinOnPath: Probe = {
	id: 'gobin-on-path',
	family: 'environment',
	title: 'probe.gobin-on-path.title',
	dependsOn: ['go-on-path'],
	async run({facts, sys, t}) {
		const [goEnv, model] = await Promise.all([facts.goEnv(), pathModel(facts)]);
		if (!goEnv?.ok) return {status: 'unknown', summary: t('probe.gobin-on-path.unknown')};
		const gobin = goEnv.values.GOBIN ?? '';
		const firstGopath = (goEnv.values.GOPATH ?? '').split(model.delimiter).find((p) => p !== '') ?? '';
		const folder = gobin || (firstGopath ? sys.path.join(firstGopath, 'bin') : '');
		if (!folder) return {status: 'unknown', summary: t('probe.gobin-on-path.noGopath')};
		const from = gobin ? 'GOBIN' : 'GOPATH';
		// go install refuses a relative GOBIN; adding it to PATH would only add a relative entry.
		if (gobin && !sys.path.isAbsolute(gobin)) {
			const origin = await goSetting(facts, 'GOBIN');
			return {
				status: 'error',
				summary: t('probe.gobin-on-path.relative', {value: gobin, source: sourceText(t, origin)}),
				why: t('probe.gobin-on-path.why'),
				docUrl: 'https://go.dev/doc/code#Command',
				evidence: [settingsEvidence(t, t('probe.gobin-on-path.evidence.setting'), [origin]), ...settingRegistryEvidence(t, origin)],
				fixes: fixesToRemoveSetting(origin, {t, platform: sys.platform}),
			};
		}

		const answer = await sys.inspect(folder);
		const info = answer.ok ? answer.value : null;
		// A folder that could not be looked at is not one that does not exist: its row says why.
		const blocked = !answer.ok && !isAbsent(answer.code) ? answer.code : undefined;
		const resolved = info ? await sys.realpath(folder) : null;
		const listed = info?.kind === 'dir' ? await sys.list(folder) : null;
		const installed = listed?.ok ? String(listed.value.length) : listed ? `? (${readReason(t, listed.code)})` : '0';
		const entry = entryForFolder(model, sys, folder, resolved);
		const evidence: Evidence[] = [
			{
				kind: 'kv',
				title: t('probe.gobin-on-path.evidence'),
				rows: [
					{label: t('probe.gobin-on-path.label.folder'), value: folder},
					{label: t('probe.gobin-on-path.label.from'), value: from},
					{label: t('probe.gobin-on-path.label.exists'), value: blocked ? `? (${readReason(t, blocked)})` : yesNo(t, info?.kind === 'dir')},
					{label: t('probe.gobin-on-path.label.installed'), value: blocked ? '?' : installed},
					{
						label: t('probe.gobin-on-path.label.onPath'),
						value: entry ? withNote(t, `#${entry.index + 1}`, t(`origin.${entry.origin}`)) : t('ui.no'),
						tone: entry ? 'good' : 'bad',
					},
				],
			},
		];
		if (entry) return {status: 'ok', summary: t('probe.gobin-on-path.ok', {folder, index: entry.index + 1}), evidence};

		const why = t('probe.gobin-on-path.why');
		const docUrl = 'https://go.dev/doc/code#Command';
		if (sys.platform === 'win32') {
			const registry = model.registry;
			const registryEntries = await registryPathEntries(facts);
			const key = folderKey(sys, resolved ?? folder);
			const inRegistry = registryEntries.find((e) => e.key === key);
			// Set up right, only not in this terminal yet: stale-session says why; nothing to fix.
			if (inRegistry) {
				return {status: 'info', summary: t('probe.gobin-on-path.staleSession', {folder, scope: t(`origin.${inRegistry.scope}`)}), why, docUrl, evidence};
			}
			const broken = registryEntries.find((e) => e.unexpanded.length > 0 && /\\bin\\?$/i.test(e.raw));
			// The reference is rewritten by path-hygiene's fix; adding the folder again would duplicate it.
			const fixes = registry?.available && !broken ? [addToUserPathFix(t, folder, findValue(registry.user, 'Path'), sys.getenv('USERPROFILE'))] : [];
			return {
				status: 'warn',
				summary: broken ? t('probe.gobin-on-path.brokenReference', {folder, entry: broken.raw}) : t('probe.gobin-on-path.missing', {folder, from}),
				why,
				docUrl,
				evidence,
				fixes,
			};
		}
		const mention = (await profileMentions(facts, folder))[0];
		if (mention) {
			return {status: 'info', summary: t('probe.gobin-on-path.newShell', {folder, file: mention.file, line: mention.lineNumber}), why, docUrl, evidence};
		}
		// A profile that could not be read may add it already: say so, and offer no line that
		// could duplicate it (or edit a file we could not read).
		const unreadable = await unreadableProfiles(facts);
		if (unreadable.length > 0) return {status: 'warn', summary: t('probe.gobin-on-path.profileUnknown', {folder, list: unreadableList(t, unreadable)}), why, docUrl, evidence};
		return {
			status: 'warn',
			summary: t('probe.gobin-on-path.missing', {folder, from}),
			why,
			docUrl,
			evidence,
			fixes: [addToProfilePathFix(t, folder, sys.homedir(), sys.getenv('SHELL'), sys.path.join)],
		};
	},
};
