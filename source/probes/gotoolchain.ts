import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import {goSetting} from '../facts/go-settings.js';
import {compareGoVersions, isLanguageVersion, versionFromGoVersionString} from '../facts/gover.js';
import {goModAbove, moduleFiles, type ModuleFile} from '../facts/go-mod-file.js';
import {commandHits} from '../facts/path-model.js';
import {fixesToRemoveSetting} from '../fixes/setting-fixes.js';
import {settingsEvidence, shownValue, sourceText} from './setting-evidence.js';
import {joinClauses, withNote} from '../i18n/index.js';
import {unknownToVersion} from '../facts/go-release-rules.js';
import {attempt} from '../facts/partial.js';
import {missingFact} from '../engine/missing-fact.js';

type Mode = 'auto' | 'path' | 'local' | 'pinned' | 'none';

/** GOTOOLCHAIN as cmd/go's toolchain.Select reads it. null: a value go rejects. */
export function parseGotoolchain(value: string, local: string): {mode: Mode; min: string} | null {
	if (value === '') return {mode: 'none', min: local};
	if (value === 'auto' || value === 'path') return {mode: value, min: local};
	const [min, suffix, extra] = value.split('+');
	if (extra !== undefined || (suffix !== undefined && suffix !== 'auto' && suffix !== 'path')) return null;
	let minVersion = local;
	if (min !== 'local') {
		const v = /^go(.+)$/.exec(min!)?.[1];
		if (!v || !versionFromGoVersionString(`go${v}`)) return null;
		minVersion = v;
	}
	if (suffix === 'auto' || suffix === 'path') return {mode: suffix, min: minVersion};
	return {mode: min === 'local' ? 'local' : 'pinned', min: minVersion};
}

/**
 * GOTOOLCHAIN's value and origin, and what the module in the current folder asks for. The go
 * and toolchain lines are read from the file: asking go would let it switch toolchains.
 */
export const gotoolchain: Probe = {
	id: 'gotoolchain',
	family: 'toolchain',
	title: 'probe.gotoolchain.title',
	dependsOn: ['go-on-path'],
	async run({facts, sys, t}) {
		const goEnv = await facts.goEnv();
		const local = versionFromGoVersionString(goEnv?.ok ? (goEnv.values.GOVERSION ?? '') : '');
		// Before Go 1.21 go never switches toolchains, whatever GOTOOLCHAIN says.
		const since = unknownToVersion(local, 'GOTOOLCHAIN');
		if (since) return {status: 'skipped', summary: t('release.notKnown', {version: local!, name: 'GOTOOLCHAIN', since})};
		const [origin, goproxyRead, filesRead] = await Promise.all([goSetting(facts, 'GOTOOLCHAIN'), attempt(() => goSetting(facts, 'GOPROXY')), attempt(() => moduleFiles(facts))]);
		if (!local) return {status: 'unknown', summary: t('probe.gotoolchain.unknown')};
		const goproxy = goproxyRead.ok ? goproxyRead.value : {name: 'GOPROXY', value: goEnv?.values.GOPROXY ?? '', source: 'unknown' as const};
		const files = filesRead.ok ? filesRead.value : [];
		const value = origin.value;
		const source = sourceText(t, origin);
		const evidence: Evidence[] = [settingsEvidence(t, t('probe.gotoolchain.evidence.settings'), [origin, goproxy])];
		const file: ModuleFile | undefined = files[0];
		if (file) {
			evidence.push({
				kind: 'kv',
				title: t('probe.gotoolchain.evidence.module', {kind: file.kind}),
				rows: [
					{label: t('column.path'), value: file.path},
					...(file.unreadable ? [{label: t('probe.gotoolchain.label.read'), value: file.unreadable, tone: 'warn' as const}] : []),
					{label: 'go', value: file.go ? withNote(t, file.go.version, t('probe.gotoolchain.line', {line: file.go.line})) : t('evidence.notSet')},
					{label: 'toolchain', value: file.toolchain ? withNote(t, file.toolchain.name, t('probe.gotoolchain.line', {line: file.toolchain.line})) : t('evidence.notSet')},
					{label: t('probe.gotoolchain.label.local'), value: `go${local}`},
				],
			});
		}
		const why = t('probe.gotoolchain.why');
		const docUrl = 'https://go.dev/doc/toolchain';
		const explicit = origin.source !== 'default' && origin.source !== 'goroot-go-env' && origin.source !== 'goroot-go-env-unreadable';
		const fixes = explicit ? fixesToRemoveSetting(origin, {t, platform: sys.platform}) : [];
		const parsed = parseGotoolchain(value, local);
		if (!parsed) return {status: 'error', summary: t('probe.gotoolchain.invalid', {value: shownValue(t, value), source}), why, docUrl, evidence, fixes};
		if (file?.unreadable) {
			return {status: 'unknown', summary: t('probe.gotoolchain.moduleUnreadable', {file: file.path, code: file.unreadable, value: value || t('evidence.empty')}), why, docUrl, evidence, fixes};
		}

		// What the module needs, as toolchain.Select computes it.
		let needed = parsed.min;
		let by: 'go' | 'toolchain' | null = null;
		let target = '';
		const toolchainLine = file?.toolchain?.name;
		const toolchainVersion = toolchainLine && toolchainLine !== 'default' ? versionFromGoVersionString(toolchainLine) : null;
		if (toolchainVersion && compareGoVersions(toolchainVersion, needed) > 0) {
			needed = toolchainVersion;
			by = 'toolchain';
			target = toolchainLine!;
		}
		const goLine = file?.go?.version;
		if (goLine && compareGoVersions(goLine, needed) > 0) {
			needed = goLine;
			by = 'go';
			// Go 1.23+ asks for 1.N.0 when the line is a language version; 1.21 and 1.22 asked for "go1.N".
			const appendsZero = compareGoVersions(local, '1.23') >= 0;
			target = `go${goLine}${isLanguageVersion(goLine) && compareGoVersions(goLine, '1.21') >= 0 && appendsZero ? '.0' : ''}`;
		}
		const newer = by !== null && compareGoVersions(needed, local) > 0;

		if (parsed.mode === 'pinned' && compareGoVersions(parsed.min, local) !== 0) {
			const key = compareGoVersions(parsed.min, local) < 0 ? 'probe.gotoolchain.pinnedOlder' : 'probe.gotoolchain.pinnedNewer';
			return {status: key.endsWith('Older') ? 'warn' : 'info', summary: t(key, {value, source, local: `go${local}`}), why, docUrl, evidence, fixes};
		}
		if (file && newer && (parsed.mode === 'local' || parsed.mode === 'none' || parsed.mode === 'pinned')) {
			if (by === 'go') {
				return {
					status: 'error',
					summary: t('probe.gotoolchain.tooNewLocal', {file: file.path, needed: goLine!, local, value: value || t('evidence.empty'), source}),
					why,
					docUrl,
					evidence,
					fixes,
				};
			}
			return {status: 'info', summary: t('probe.gotoolchain.toolchainIgnored', {file: file.path, toolchain: toolchainLine!, value}), why, docUrl, evidence};
		}
		if (file && newer) {
			const trap = by === 'go' && isLanguageVersion(goLine!) && compareGoVersions(goLine!, '1.21') >= 0 && compareGoVersions(local, '1.23') < 0;
			if (trap) {
				return {status: 'error', summary: t('probe.gotoolchain.languageTrap', {file: file.path, line: goLine!, local: `go${local}`, target}), why, docUrl, evidence};
			}
			const onPath = (await commandHits(facts, target))[0];
			if (onPath) {
				return {status: 'info', summary: t('probe.gotoolchain.fromPath', {file: file.path, target, path: onPath.file}), why, docUrl, evidence};
			}
			if (parsed.mode === 'path') {
				return {status: 'error', summary: t('probe.gotoolchain.notInPath', {file: file.path, target}), why, docUrl, evidence, fixes};
			}
			if (goproxy.value === 'off' || goproxy.value === '') {
				return {status: 'error', summary: t('probe.gotoolchain.noProxy', {file: file.path, target, proxy: goproxy.value || t('evidence.empty')}), why, docUrl, evidence};
			}
			return {status: 'warn', summary: t('probe.gotoolchain.download', {file: file.path, target, local: `go${local}`, proxy: goproxy.value}), why, docUrl, evidence};
		}
		if (parsed.mode === 'none') return {status: 'info', summary: t('probe.gotoolchain.empty', {source, default: origin.gorootValue ?? 'auto'}), why, docUrl, evidence, fixes};
		if (parsed.mode === 'local' && explicit) return {status: 'info', summary: t('probe.gotoolchain.local', {source}), why, docUrl, evidence, fixes};
		// A paste does not show the module go ran in: whether it asks for a newer Go is not known.
		if (!filesRead.ok) {
			return {
				status: 'info',
				summary: joinClauses(t, [
					`GOTOOLCHAIN=${value || t('evidence.empty')}`,
					t('missing.summary', {missing: missingFact(t, filesRead.missing, 'gotoolchain'), consequence: t('probe.gotoolchain.cannotTellModule', {value: value || t('evidence.empty')})}),
				]),
				evidence,
			};
		}
		// go reports no go.mod also while modules are off: one there is then ignored, its go line with it.
		const ignored = !file && goEnv?.ok && goEnv.values.GO111MODULE?.trim() === 'off' ? await goModAbove(sys, sys.cwd()) : undefined;
		const where = file ? t('probe.gotoolchain.inModule', {file: file.path}) : ignored ? t('probe.gotoolchain.modulesOff', {file: ignored}) : t('probe.gotoolchain.noModule');
		return {status: 'ok', summary: t('probe.gotoolchain.ok', {value, source, where}), evidence};
	},
};
