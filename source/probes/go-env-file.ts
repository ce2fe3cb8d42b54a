import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import type {Fix} from '../model/fix.js';
import {goSetting, provenanceNames} from '../facts/go-settings.js';
import {INVENTED_GO_ENV, KNOWN_GO_ENV} from '../facts/go-known-env.js';
import {goEnvWrite} from '../fixes/setting-fixes.js';
import {commandEvidence} from './evidence.js';
import {settingsEvidence, sourceText} from './setting-evidence.js';
import {joinClauses, joinList} from '../i18n/index.js';

/**
 * go's complaint about GOFLAGS: `go: parsing $GOFLAGS: …` (unknown flag, non-flag word), or a
 * bad value for a flag the command has, `go: invalid boolean value "" for flag -x (from
 * $GOFLAGS): …` (`%GOFLAGS%` on Windows).
 */
const GOFLAGS_ERROR = /go: parsing [$%]GOFLAGS%?: .*|go: .* \(from (?:\$GOFLAGS|%GOFLAGS%)\).*/;

type Level = 'error' | 'warn' | 'info';

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
		const [file, goEnv, names] = await Promise.all([facts.goEnvFile(), facts.goEnv(), provenanceNames(facts)]);
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
			const modules = line.value.trim();
			if (key === 'GO111MODULE' && !overridden && (modules === 'off' || modules === 'auto')) {
				findings.push({level: 'warn', text: modules === 'off' ? t('probe.go-env-file.go111module', {line: line.line}) : t('probe.go-env-file.go111moduleAuto', {line: line.line})});
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

		// GOFLAGS is checked by the go that runs: `go version` parses it and says what is wrong.
		const goflags = byName.get('GOFLAGS');
		const evidence: Evidence[] = [];
		const goBinary = await facts.goBinary();
		if (goflags && goflags.value !== '' && goBinary) {
			// Each go command applies GOFLAGS to its own flags: a bad value for one that go env
			// has (-x=) passes go version but stops go env, and every build.
			const version = (await facts.goVersion(goBinary)).command;
			const command = [version, ...(goEnv && !goEnv.ok ? [goEnv] : [])].find((c) => GOFLAGS_ERROR.test(c.result.stderr));
			const complaint = command ? GOFLAGS_ERROR.exec(command.result.stderr)![0] : undefined;
			if (command && complaint) {
				findings.push({level: 'error', text: t('probe.go-env-file.goflags', {value: goflags.value, source: sourceText(t, goflags), error: complaint})});
				evidence.push(commandEvidence(t, command));
				if (goflags.source === 'go-env-file') problemKeys.add('GOFLAGS');
			}
		}

		evidence.unshift(
			{
				kind: 'kv',
				title: t('probe.go-env-file.evidence.file'),
				rows: [
					{label: t('column.path'), value: file.path ?? t('evidence.none')},
					{label: t('probe.go-env-file.label.state'), value: t(file.disabled ? 'probe.go-env-file.state.disabled' : file.exists ? 'probe.go-env-file.state.exists' : 'probe.go-env-file.state.absent')},
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
								value: l.value === '' ? t('evidence.empty') : l.value,
								note: notes.get(l.line) ?? '',
								...(notes.has(l.line) ? {_tone: 'warn' as const} : {}),
							})),
						},
					]
				: []),
			settingsEvidence(t, t('probe.go-env-file.evidence.provenance'), origins),
		);

		const fixes: Fix[] = [];
		if (file.path) {
			const path = file.path;
			const keys = [...problemKeys];
			const unset = (key: string) => goEnvWrite(key, path, file.values.get(key)?.value ?? '', undefined);
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

		const why = t('probe.go-env-file.why');
		const docUrl = 'https://pkg.go.dev/cmd/go#hdr-Print_Go_environment_information';
		const level = (['error', 'warn', 'info'] as const).find((l) => findings.some((f) => f.level === l));
		if (level) return {status: level, summary: joinClauses(t, findings.map((f) => f.text)), why, docUrl, evidence, fixes};
		if (file.disabled) return {status: 'info', summary: t('probe.go-env-file.disabled'), evidence};
		if (!file.exists) return {status: 'ok', summary: t('probe.go-env-file.absent', {path: file.path ?? '?'}), evidence};
		return {status: 'ok', summary: t(file.values.size === 1 ? 'probe.go-env-file.okOne' : 'probe.go-env-file.ok', {path: file.path ?? '?', count: file.values.size}), evidence};
	},
};
