import type {Probe} from '../engine/probe.js';
import type {Evidence, GoEnvRowView} from '../model/finding.js';
import {goSetting} from '../facts/go-settings.js';
import {fixesToRemoveSetting} from '../fixes/setting-fixes.js';
import {hasStrayCharacters, settingRegistryEvidence, settingRow, shownValue, sourceText} from './setting-evidence.js';
import {joinClauses} from '../i18n/index.js';
import {goVersionOf, olderThan} from '../facts/go-release-rules.js';

/** GO111MODULE set to off or auto, wherever it was set: OS environment (registry, profile) or the go env file. */
export const go111module: Probe = {
	id: 'go111module',
	family: 'toolchain',
	title: 'probe.go111module.title',
	dependsOn: ['go-on-path'],
	async run({facts, sys, t}) {
		// Judged by the rules of the Go that runs (or that printed a pasted go env).
		const goEnv = await facts.goEnv();
		const version = goVersionOf(goEnv);
		const notShown = t(goEnv?.pasted?.given === 'paste' ? 'snapshot.notInPaste' : 'snapshot.notInSnapshot');
		if (olderThan(version, '1.11')) return {status: 'skipped', summary: t('release.noModules', {version: version!})};
		const origin = await goSetting(facts, 'GO111MODULE');
		const value = origin.value;
		const source = sourceText(t, origin);
		const unknown = (layer: 'process' | 'go-env-file') => origin.unknownLayers?.includes(layer);
		// The row of the layer go takes the value from says so (an OS value's row also says what
		// it shadows in the go env file); a value from neither layer
		// ($GOROOT/go.env, go's default, a paste that does not say) gets a row of its own.
		const inEffect = (row: GoEnvRowView): GoEnvRowView => ({
			...row,
			note: row.note ? joinClauses(t, [row.note, t('probe.go111module.inEffect')]) : t('probe.go111module.inEffect'),
			tone: value !== '' && value !== 'on' ? 'warn' : undefined,
		});
		const fromOs = !!origin.osValue && origin.source !== 'unknown';
		const fromFile = origin.source === 'go-env-file';
		const rows: GoEnvRowView[] = [
			// An OS variable is traced to where it was made (registry, profile line): that row is its layer.
			fromOs
				? inEffect(settingRow(t, origin))
				: {
						name: 'GO111MODULE',
						value: unknown('process') ? notShown : origin.osValue === undefined ? t('evidence.notSet') : shownValue(t, origin.osValue),
						source: 'process',
						tone: 'muted',
					},
			fromFile
				? inEffect(settingRow(t, origin))
				: {
						name: 'GO111MODULE',
						value: unknown('go-env-file') ? notShown : origin.fileValue === undefined ? t('evidence.notSet') : shownValue(t, origin.fileValue),
						source: 'go-env-file',
						...(origin.file ? {where: `${origin.file.path}:${origin.file.line}`} : {}),
						tone: origin.fileValue !== undefined ? 'warn' : 'muted',
					},
			...(fromOs || fromFile ? [] : [inEffect(settingRow(t, origin))]),
		];
		const evidence: Evidence[] = [{kind: 'go-env', title: t('probe.go111module.evidence'), rows}, ...settingRegistryEvidence(t, origin)];
		const why = t('probe.go111module.why');
		const docUrl = 'https://go.dev/ref/mod#mod-commands';
		const fixes = () => fixesToRemoveSetting(origin, {t, platform: sys.platform});

		// go takes a value verbatim: `off\r` from a CRLF file or profile is not off to it but an
		// unknown setting, and every module-aware command stops (modload.Init).
		const trimmed = value.trim();
		if (hasStrayCharacters(value) && ['on', 'off', 'auto', ''].includes(trimmed)) {
			return {
				status: 'error',
				summary: t('probe.go111module.stray', {
					value: shownValue(t, value),
					trimmed: trimmed === '' ? t('evidence.empty') : trimmed,
					source,
					what: t(/\r/.test(value) ? 'probe.go111module.stray.cr' : 'probe.go111module.stray.other'),
				}),
				why,
				docUrl,
				evidence,
				fixes: fixes(),
			};
		}
		switch (value) {
			case '':
				// Unset meant auto before Go 1.16 (and before 1.13, auto also needed to be outside GOPATH/src).
				// Worth saying: outside a module that Go works in GOPATH mode, where GOPROXY is not used.
				if (olderThan(version, '1.13')) return {status: 'info', summary: t('probe.go111module.unsetAutoOld', {version: version!}), why, docUrl, evidence};
				if (olderThan(version, '1.16')) return {status: 'info', summary: t('probe.go111module.unsetAuto', {version: version!}), why, docUrl, evidence};
				return {status: 'ok', summary: t('probe.go111module.unset'), evidence};
			case 'on':
				return {status: 'ok', summary: t('probe.go111module.on', {source}), evidence, fixes: fixes()};
			case 'off':
				return {status: 'warn', summary: t('probe.go111module.off', {source}), why, docUrl, evidence, fixes: fixes()};
			case 'auto':
				if (olderThan(version, '1.16')) return {status: 'info', summary: t('probe.go111module.autoDefault', {source, version: version!}), why, docUrl, evidence, fixes: fixes()};
				return {status: 'warn', summary: t('probe.go111module.auto', {source}), why, docUrl, evidence, fixes: fixes()};
			default:
				return {status: 'error', summary: t('probe.go111module.invalid', {value: shownValue(t, value), source}), why, docUrl, evidence, fixes: fixes()};
		}
	},
};
