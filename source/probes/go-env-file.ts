import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import type {Fix} from '../model/fix.js';
import {goSetting, provenanceNames} from '../facts/go-settings.js';
import {INVENTED_GO_ENV, KNOWN_GO_ENV} from '../facts/go-known-env.js';
import {deadPatterns, ignoredSettingLines, normalizedGoEnvFile, strayReading} from '../facts/go-env-file.js';
import {fixesToRemoveSetting, goEnvRemoval} from '../fixes/setting-fixes.js';
import {commandEvidence} from './evidence.js';
import {settingsEvidence, shownValue, sourceText} from './setting-evidence.js';
import {joinClauses, joinList} from '../i18n/index.js';
import {attempt} from '../facts/partial.js';
import {goVersionOf, olderThan, unknownToVersion} from '../facts/go-release-rules.js';
import {splitQuoted} from './cgo.js';
import type {GoEnvFact} from '../facts/facts.js';

/**
 * go's complaint about GOFLAGS: `go: parsing $GOFLAGS: …` (unknown flag, non-flag word), or a
 * bad value for a flag the command has, `go: invalid boolean value "" for flag -x (from
 * $GOFLAGS): …` (`%GOFLAGS%` on Windows).
 */
const GOFLAGS_ERROR = /go: parsing [$%]GOFLAGS%?: .*|go: .* \(from (?:\$GOFLAGS|%GOFLAGS%)\).*/;

type Level = 'error' | 'warn' | 'info';

/**
 * What go says of a GOFLAGS it cannot parse, from its own words in the paste, or from the
 * value as go splits it (whitespace; from Go 1.20 a field may be quoted): every field must be
 * a flag. Null when nothing shows a problem (an unknown flag name needs go itself to tell).
 */
export function goflagsComplaint(goEnv: GoEnvFact, version: string | null): string | null {
	const said = GOFLAGS_ERROR.exec(goEnv.result.stderr);
	if (said) return said[0];
	const value = goEnv.values.GOFLAGS ?? '';
	if (value.trim() === '') return null;
	let fields: string[];
	if (olderThan(version, '1.20')) fields = value.trim().split(/\s+/);
	else {
		const split = splitQuoted(value);
		if ('error' in split) return `go: parsing $GOFLAGS: ${split.error}`;
		fields = split.fields;
	}
	const word = fields.find((f) => !f.startsWith('-'));
	return word === undefined ? null : `go: parsing $GOFLAGS: non-flag ${JSON.stringify(word)}`;
}

/**
 * A GOFLAGS that parses but holds a value go refuses when it builds: `-mod=` other than
 * readonly, vendor, mod (Go 1.14+) or empty. `go env` and `go version` accept it; every build,
 * test, list and run stops with go's own words, which this returns. Null when none is refused.
 */
export function goflagsValueComplaint(value: string, version: string | null): string | null {
	const old = olderThan(version, '1.14');
	for (const field of value.trim().split(/\s+/)) {
		const mod = /^--?mod=(.*)$/.exec(field.replace(/^(['"])(.*)\1$/, '$2'));
		if (!mod) continue;
		const allowed = old ? ['', 'readonly', 'vendor'] : ['', 'mod', 'readonly', 'vendor'];
		if (!allowed.includes(mod[1]!)) return `-mod=${mod[1]} not supported (can be ${old ? "'', 'readonly', or 'vendor'" : "'', 'mod', 'readonly', or 'vendor'"})`;
	}
	return null;
}

/**
 * The user's go env file (what `go env -w` wrote), line by line, and where every Go setting
 * comes from. Traps: an empty `GOPROXY=` line hides the default proxy; GO111MODULE=off (or
 * auto) turns modules off for every build; GOROOT written there;
 * a line that an OS variable overrides (`go env -w` only warns once); names Go never reads
 * (GOCERTFILE does not exist); a GOFLAGS that go cannot parse.
 */
export const goEnvFile: Probe = {
	id: 'go-env-file',
	family: 'environment',
	title: 'probe.go-env-file.title',
	dependsOn: ['go-on-path'],
	async run({facts, sys, t}) {
		const goEnv = await facts.goEnv();
		const version = goVersionOf(goEnv);
		const since = unknownToVersion(version, 'GOENV');
		if (since) return {status: 'skipped', summary: t('release.noEnvFile', {version: version!, since})};
		const fileRead = await attempt(() => facts.goEnvFile());
		if (!fileRead.ok) {
			// A paste: the file is not shown, but a GOFLAGS go cannot parse is visible in the values (or in go's words).
			const goflags = goEnv?.ok ? goflagsComplaint(goEnv, version) : null;
			const refused = goEnv?.ok && !goflags ? goflagsValueComplaint(goEnv.values.GOFLAGS ?? '', version) : null;
			if (goflags || refused) {
				return {
					status: 'error',
					summary: t(goflags ? 'probe.go-env-file.goflags' : 'probe.go-env-file.goflagsValue', {value: goEnv!.values.GOFLAGS ?? '', source: t('source.unknown'), error: (goflags ?? refused)!}),
					why: t('probe.go-env-file.why'),
					docUrl: 'https://pkg.go.dev/cmd/go#hdr-Print_Go_environment_information',
					evidence: [commandEvidence(t, goEnv!)],
				};
			}
			throw fileRead.missing;
		}
		const file = fileRead.value;
		const names = await provenanceNames(facts);
		const lineKeys = file.lines.map((l) => l.key);
		const origins = await Promise.all([...new Set([...names, ...lineKeys])].map((name) => goSetting(facts, name)));
		const byName = new Map(origins.map((o) => [o.name, o]));
		const known = (name: string) => KNOWN_GO_ENV.has(name) || Boolean(goEnv?.ok && name in goEnv.values);

		const findings: Array<{level: Level; text: string}> = [];
		const notes = new Map<number, string>();
		const problemKeys = new Set<string>();
		for (const [key, line] of file.values) {
			const origin = byName.get(key)!;
			const overridden = Boolean(origin.osValue) && origin.osValue !== line.value;
			if (key === 'GOPROXY' && line.value === '') {
				findings.push({level: overridden ? 'warn' : 'error', text: t(overridden ? 'probe.go-env-file.emptyGoproxyShadowed' : 'probe.go-env-file.emptyGoproxy', {line: line.line})});
				notes.set(line.line, t('probe.go-env-file.note.emptyGoproxy'));
				problemKeys.add(key);
			} else if (overridden) {
				findings.push({level: 'warn', text: t('probe.go-env-file.overridden', {key, file: line.value, os: origin.osValue!, source: sourceText(t, origin)})});
				notes.set(line.line, t('probe.go-env-file.note.overridden', {source: sourceText(t, origin)}));
			}
			// Written once with go env -w and silently in force since: module mode off for every build.
			// go takes the value exactly as written: "off\r" (a CRLF file) does not turn modules off,
			// it stops every command, which the stray reading below says; the line is a problem either way.
			const modules = line.value.trim();
			if (key === 'GO111MODULE' && !overridden && (modules === 'off' || modules === 'auto')) {
				if (line.value === modules) findings.push({level: 'warn', text: modules === 'off' ? t('probe.go-env-file.go111module', {line: line.line}) : t('probe.go-env-file.go111moduleAuto', {line: line.line})});
				notes.set(line.line, t('probe.go-env-file.note.go111module'));
				problemKeys.add(key);
			}
			if (key === 'GOROOT') {
				findings.push({level: 'warn', text: t('probe.go-env-file.goroot', {value: line.value})});
				notes.set(line.line, t('probe.go-env-file.note.goroot'));
				problemKeys.add(key);
			}
			if (!known(key)) {
				const invented = INVENTED_GO_ENV[key];
				findings.push({level: 'warn', text: invented ? t('probe.go-env-file.gocertfile', {key}) : t('probe.go-env-file.unknownName', {key})});
				notes.set(line.line, t('probe.go-env-file.note.unknown'));
				problemKeys.add(key);
			}
		}
		// A later line for the same key wins; the earlier one is dead text.
		for (const l of file.lines) if (file.values.get(l.key)!.line !== l.line) notes.set(l.line, t('probe.go-env-file.note.repeated'));

		// go reads each line exactly as it is: a `\r` from CRLF line ends, a space, stays part of
		// the value (or of the name). What it then makes of it depends on who reads the setting.
		const crlf = (file.content ?? '').includes('\r\n');
		let strayProblem = false;
		for (const [key, line] of file.values) {
			const reading = strayReading(key, line.value);
			if (!reading) continue;
			const origin = byName.get(key)!;
			// An OS variable wins over the line: go never reads it (the overridden note says so).
			if (origin.osValue) continue;
			const shown = shownValue(t, line.value);
			const text =
				reading === 'patterns'
					? t('probe.go-env-file.stray.patterns', {key, value: shown, patterns: joinList(t, deadPatterns(line.value).map((p) => shownValue(t, p)))})
					: t(`probe.go-env-file.stray.${reading}`, {key, value: shown, trimmed: line.value.trim()});
			const level: Level = reading === 'same' ? 'info' : reading === 'stops' || reading === 'target' || reading === 'not-off' ? 'error' : 'warn';
			findings.push({level, text});
			notes.set(line.line, t(reading === 'same' ? 'probe.go-env-file.note.straySame' : 'probe.go-env-file.note.stray'));
			if (reading !== 'same') strayProblem = true;
		}
		for (const l of file.lines) {
			if (l.key === l.key.trim()) continue;
			findings.push({level: 'warn', text: t('probe.go-env-file.stray.name', {key: shownValue(t, l.key), line: l.line, name: l.key.trim()})});
			notes.set(l.line, t('probe.go-env-file.note.stray'));
			strayProblem = true;
		}
		for (const ignored of ignoredSettingLines(file.content ?? '')) {
			findings.push({level: 'warn', text: t('probe.go-env-file.ignoredLine', {line: ignored.line, text: shownValue(t, ignored.text)})});
		}

		// GOFLAGS is checked by the go that runs: `go version` parses it and says what is wrong.
		const goflags = byName.get('GOFLAGS');
		const evidence: Evidence[] = [];
		const goBinary = await facts.goBinary();
		if (goflags && goflags.value !== '' && goBinary) {
			// Each go command applies GOFLAGS to its own flags: a bad value for one that go env
			// has (-x=) passes go version but stops go env, and every build.
			const versionCommand = (await facts.goVersion(goBinary)).command;
			const command = [versionCommand, ...(goEnv && !goEnv.ok ? [goEnv] : [])].find((c) => GOFLAGS_ERROR.test(c.result.stderr));
			const complaint = command ? GOFLAGS_ERROR.exec(command.result.stderr)![0] : undefined;
			if (command && complaint) {
				findings.push({level: 'error', text: t('probe.go-env-file.goflags', {value: goflags.value, source: sourceText(t, goflags), error: complaint})});
				evidence.push(commandEvidence(t, command));
				if (goflags.source === 'go-env-file') problemKeys.add('GOFLAGS');
			} else {
				// Parsed, but a value go refuses only when it builds (go version and go env accept it).
				const refused = goflagsValueComplaint(goflags.value, version);
				if (refused) {
					findings.push({level: 'error', text: t('probe.go-env-file.goflagsValue', {value: goflags.value, source: sourceText(t, goflags), error: refused})});
					if (goflags.source === 'go-env-file') problemKeys.add('GOFLAGS');
				}
			}
		}

		evidence.unshift(
			{
				kind: 'kv',
				title: t('probe.go-env-file.evidence.file'),
				rows: [
					{label: t('column.path'), value: file.path ?? t('evidence.none')},
					{
						label: t('probe.go-env-file.label.state'),
						value: file.unreadable
							? t('probe.go-env-file.state.unreadable', {code: file.unreadable})
							: t(file.disabled ? 'probe.go-env-file.state.disabled' : file.exists ? 'probe.go-env-file.state.exists' : 'probe.go-env-file.state.absent'),
					},
					...(file.exists ? [{label: t('probe.go-env-file.label.lineEnds'), value: crlf ? 'CRLF' : 'LF', ...(crlf ? {tone: 'bad' as const} : {})}] : []),
				],
			},
			...(file.lines.length > 0
				? [
						{
							kind: 'table' as const,
							title: t('probe.go-env-file.evidence.lines'),
							columns: [
								{key: 'line', label: '#'},
								{key: 'key', label: t('column.name')},
								{key: 'value', label: t('column.value')},
								{key: 'note', label: t('column.note')},
							],
							rows: file.lines.map((l) => ({
								line: String(l.line),
								key: l.key,
								// Escaped when it holds what the eye does not see (`"off\r"`): go reads it so.
								value: shownValue(t, l.value),
								note: notes.get(l.line) ?? '',
								...(notes.has(l.line) ? {_tone: 'warn' as const} : {}),
							})),
						},
					]
				: []),
			settingsEvidence(t, t('probe.go-env-file.evidence.provenance'), origins),
		);

		const fixes: Fix[] = [];
		// CRLF line ends and stray spaces: the file rewritten as meant, a backup kept (undo copies
		// it back byte for byte, whatever go makes of the old bytes).
		const normalized = normalizedGoEnvFile(file.content ?? '');
		if (file.path && file.content !== null && normalized !== file.content && (crlf || strayProblem)) {
			fixes.push({
				id: 'go-env-file-lf',
				title: t('fix.goEnvFileLf.title'),
				description: t('fix.goEnvFileLf.description'),
				changes: [{kind: 'file', path: file.path, before: {exists: true, content: file.content}, after: {exists: true, content: normalized}}],
				needsAdmin: false,
				reversible: true,
				restartHint: t('fix.restart.none'),
			});
		}
		if (file.path) {
			const path = file.path;
			const keys = [...problemKeys];
			const unset = (key: string) => goEnvRemoval({path, content: file.content ?? ''}, key, file.values.get(key)?.value ?? '', sys.platform);
			if (keys.length > 1) {
				fixes.push({
					id: 'clean-go-env-file',
					title: t('fix.cleanGoEnvFile.title', {keys: joinList(t, keys)}),
					changes: keys.map(unset),
					needsAdmin: false,
					reversible: true,
					restartHint: t('fix.restart.none'),
				});
			}
			for (const key of keys) {
				fixes.push({
					id: `go-env-unset-${key.toLowerCase()}`,
					title: t('fix.unsetGoEnv.title', {name: key}),
					changes: [unset(key)],
					needsAdmin: false,
					reversible: true,
					restartHint: t('fix.restart.none'),
				});
			}
		}

		// GOENV naming a folder or a file go may not read: go reads no settings, and go env -w fails.
		if (file.unusable && file.path) {
			findings.unshift({level: 'error', text: t(`probe.go-env-file.unusable.${file.unusable}`, {path: file.path})});
			// GOENV comes from the environment only (go env -w cannot write it): the fix takes it away there.
			if (file.unusable === 'folder') fixes.push(...fixesToRemoveSetting(await goSetting(facts, 'GOENV'), {t, platform: sys.platform}));
		}
		const why = t('probe.go-env-file.why');
		const docUrl = 'https://pkg.go.dev/cmd/go#hdr-Print_Go_environment_information';
		const level = (['error', 'warn', 'info'] as const).find((l) => findings.some((f) => f.level === l));
		if (level) return {status: level, summary: joinClauses(t, findings.map((f) => f.text)), why, docUrl, evidence, fixes};
		if (file.disabled) return {status: 'info', summary: t('probe.go-env-file.disabled'), evidence};
		// There, but not readable: what it sets is not known, which is not "nothing".
		if (file.unreadable) return {status: 'unknown', summary: t('probe.go-env-file.unreadable', {path: file.path ?? '?', code: file.unreadable}), why, docUrl, evidence};
		if (!file.exists) return {status: 'ok', summary: t('probe.go-env-file.absent', {path: file.path ?? '?'}), evidence};
		return {status: 'ok', summary: t(file.values.size === 1 ? 'probe.go-env-file.okOne' : 'probe.go-env-file.ok', {path: file.path ?? '?', count: file.values.size}), evidence};
	},
};
