import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import {goSetting} from '../facts/go-settings.js';
import {fixesToRemoveSetting} from '../fixes/setting-fixes.js';
import {settingRegistryEvidence, settingRow, sourceText} from './setting-evidence.js';

/** GO111MODULE set to off or auto, wherever it was set: OS environment (registry, profile) or the go env file. */
export const go111module: Probe = {
	id: 'go111module',
	family: 'toolchain',
	title: 'probe.go111module.title',
	dependsOn: ['go-on-path'],
	async run({facts, sys, t}) {
		const origin = await goSetting(facts, 'GO111MODULE');
		const value = origin.value;
		const source = sourceText(t, origin);
		const unknown = (layer: 'process' | 'go-env-file') => origin.unknownLayers?.includes(layer);
		const evidence: Evidence[] = [
			{
				kind: 'go-env',
				title: t('probe.go111module.evidence'),
				rows: [
					{
						name: 'GO111MODULE',
						value: unknown('process') ? t('snapshot.notInSnapshot') : (origin.osValue ?? t('evidence.notSet')),
						source: 'process',
						tone: origin.osValue ? 'warn' : 'muted',
					},
					{
						name: 'GO111MODULE',
						value: unknown('go-env-file') ? t('snapshot.notInSnapshot') : (origin.fileValue ?? t('evidence.notSet')),
						source: 'go-env-file',
						...(origin.file ? {where: origin.file.path} : {}),
						...(origin.osValue && origin.fileValue !== undefined ? {note: t('probe.go111module.shadowed', {value: origin.fileValue})} : {}),
						tone: origin.fileValue !== undefined ? 'warn' : 'muted',
					},
					// The layers above, then what wins and where it was made.
					settingRow(t, origin),
				],
			},
			...settingRegistryEvidence(t, origin),
		];
		const why = t('probe.go111module.why');
		const docUrl = 'https://go.dev/ref/mod#mod-commands';
		const fixes = () => fixesToRemoveSetting(origin, {t, platform: sys.platform, rerun: ['smoke-build']});

		switch (value) {
			case '':
				return {status: 'ok', summary: t('probe.go111module.unset'), evidence};
			case 'on':
				return {status: 'ok', summary: t('probe.go111module.on', {source}), evidence, fixes: fixes()};
			case 'off':
				return {status: 'warn', summary: t('probe.go111module.off', {source}), why, docUrl, evidence, fixes: fixes()};
			case 'auto':
				return {status: 'warn', summary: t('probe.go111module.auto', {source}), why, docUrl, evidence, fixes: fixes()};
			default:
				return {status: 'error', summary: t('probe.go111module.invalid', {value, source}), why, docUrl, evidence, fixes: fixes()};
		}
	},
};
