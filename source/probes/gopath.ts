import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import {goSetting} from '../facts/go-settings.js';
import {folderKey} from '../facts/path-model.js';
import {pathDelimiter} from '../facts/path-lookup.js';
import {fixesToRemoveSetting} from '../fixes/setting-fixes.js';
import {commandEvidence} from './evidence.js';
import {attempt} from '../facts/partial.js';
import {missingFact} from '../engine/missing-fact.js';
import {settingRegistryEvidence, settingsEvidence, sourceText} from './setting-evidence.js';
import {joinClauses, withNote} from '../i18n/index.js';
import {onWindowsDrive, wslFacts} from '../facts/wsl.js';

/** go's own refusals at start-up (cmd/go main.go), quoted from its stderr. */
const TILDE = /go: GOPATH entry cannot start with shell metacharacter '~': "(.*)"/;
const RELATIVE = /go: GOPATH entry is relative; must be absolute path: "(.*)"/;
/** Both wordings of the GOPATH == GOROOT warning (Go ≤ 1.23, then newer). */
const SAME_AS_GOROOT = /^warning: (?:GOPATH set to GOROOT \(.*\) has no effect|both GOPATH and GOROOT are the same directory \(.*\)).*$/m;

/** GOPATH: absolute, apart from GOROOT, one entry, an existing writable folder. */
export const gopath: Probe = {
	id: 'gopath',
	family: 'environment',
	title: 'probe.gopath.title',
	dependsOn: ['go-on-path'],
	async run({facts, sys, t}) {
		const [goEnv, origin] = await Promise.all([facts.goEnv(), goSetting(facts, 'GOPATH')]);
		const stderr = goEnv?.result.stderr ?? '';
		const source = sourceText(t, origin);
		const fixes = origin.source === 'default' || origin.source === 'inferred' ? [] : fixesToRemoveSetting(origin, {t, platform: sys.platform});
		const why = t('probe.gopath.why');
		const docUrl = 'https://go.dev/wiki/GOPATH';
		const evidence: Evidence[] = [settingsEvidence(t, t('probe.gopath.evidence.setting'), [origin]), ...settingRegistryEvidence(t, origin)];

		// go refuses to start with a relative or ~ entry: its own message is the evidence.
		const refused = TILDE.exec(stderr) ?? RELATIVE.exec(stderr);
		if (refused) {
			if (goEnv) evidence.push(commandEvidence(t, goEnv));
			const key = TILDE.test(stderr) ? 'probe.gopath.tilde' : 'probe.gopath.relative';
			return {status: 'error', summary: t(key, {entry: refused[1]!, source}), why, docUrl, evidence, fixes};
		}
		if (!goEnv?.ok) return {status: 'unknown', summary: t('probe.gopath.unknown'), evidence};

		const value = origin.value;
		// A pasted go env may leave GOROOT out: then nothing is compared with it.
		const goroot = goEnv.values.GOROOT ?? '';
		if (value === '') return {status: 'warn', summary: t('probe.gopath.empty'), why, docUrl, evidence, fixes};
		const entries = value.split(pathDelimiter(sys.platform)).filter((e) => e !== '');
		const first = entries[0]!;
		const findings: Array<{status: 'error' | 'warn' | 'info'; text: string}> = [];

		// go refuses a relative entry at start-up (a pasted go env may show the value without go's words).
		const relative = entries.find((e) => !sys.path.isAbsolute(e) && !(sys.platform === 'win32' && /^[A-Za-z]:[\\/]/.test(e)));
		if (relative) {
			const key = relative.startsWith('~') ? 'probe.gopath.tilde' : 'probe.gopath.relative';
			return {status: 'error', summary: t(key, {entry: relative, source}), why, docUrl, evidence, fixes};
		}

		const same = SAME_AS_GOROOT.exec(stderr);
		const inside = (dir: string) => {
			if (goroot === '') return null;
			const a = folderKey(sys, dir);
			const b = folderKey(sys, goroot);
			return a === b ? 'same' : a.startsWith(b + (sys.platform === 'win32' ? '\\' : '/')) ? 'inside' : null;
		};
		// go/build skips a GOPATH entry equal to GOROOT, whichever entry it is.
		const sameEntry = entries.find((e) => inside(e) === 'same');
		if (same || sameEntry) {
			findings.push({status: 'warn', text: t('probe.gopath.sameAsGoroot', {path: sameEntry ?? first, source, message: same ? withNote(t, '', same[0]) : ''})});
			if (same) evidence.push(commandEvidence(t, goEnv));
		} else if (entries.some((e) => inside(e) === 'inside')) {
			findings.push({status: 'warn', text: t('probe.gopath.insideGoroot', {path: entries.find((e) => inside(e) === 'inside')!, goroot})});
		}
		if (entries.length > 1) findings.push({status: 'info', text: t('probe.gopath.several', {count: entries.length, first})});

		// Spaces and non-ASCII letters work for Go itself; they trip cgo flags and some C tools.
		const unusual = /[^\x21-\x7e]/.test(value) ? [{status: 'info' as const, text: t('probe.gopath.unusualCharacters', {path: value})}] : [];
		const rank = {error: 3, warn: 2, info: 1};
		const worstOf = (list: typeof findings) => list.reduce<'error' | 'warn' | 'info' | null>((w, f) => (!w || rank[f.status] > rank[w] ? f.status : w), null);

		const read = await attempt(() =>
			Promise.all(
				entries.map(async (entry) => {
					const info = await sys.stat(entry);
					const parent = sys.path.dirname(entry);
					const writable = info ? await sys.isWritable(entry) : (await sys.stat(parent)) !== null && (await sys.isWritable(parent));
					// A go.mod there makes GOPATH a module's folder; a snapshot that did not record it says nothing.
					const mod = info?.kind === 'dir' ? await attempt(() => sys.stat(sys.path.join(entry, 'go.mod'))) : undefined;
					return {entry, exists: info?.kind === 'dir', writable, holdsModule: mod?.ok === true && mod.value?.kind === 'file'};
				}),
			),
		);
		if (!read.ok) {
			// What the values show stands; whether the folder exists and can be written is not known.
			const known = [...findings, ...unusual];
			const worst = worstOf(known);
			if (worst && worst !== 'info') return {status: worst, summary: joinClauses(t, known.map((f) => f.text)), why, docUrl, evidence, fixes};
			const rest = t('missing.summary', {missing: missingFact(t, read.missing), consequence: t('probe.gopath.folderUnknown')});
			return {status: 'info', summary: joinClauses(t, [t('probe.gopath.ok', {path: value, source, created: ''}), ...known.map((f) => f.text), rest]), evidence};
		}
		const rows = read.value;
		evidence.push({
			kind: 'table',
			title: t('probe.gopath.evidence.entries'),
			columns: [
				{key: 'entry', label: t('column.path')},
				{key: 'exists', label: t('probe.gopath.column.exists')},
				{key: 'writable', label: t('probe.gopath.column.writable')},
			],
			rows: rows.map((r) => ({
				entry: r.entry,
				exists: r.exists ? t('ui.yes') : t('ui.no'),
				writable: r.writable ? t('ui.yes') : t('ui.no'),
				...(r.writable ? {} : {_tone: 'bad' as const}),
			})),
		});
		const moduleEntry = rows.find((r) => r.holdsModule);
		if (moduleEntry) findings.push({status: 'warn', text: t('probe.gopath.holdsModule', {path: moduleEntry.entry})});
		const firstRow = rows[0]!;
		if (!firstRow.writable) {
			findings.push({status: 'error', text: t(firstRow.exists ? 'probe.gopath.notWritable' : 'probe.gopath.cannotCreate', {path: first})});
		}
		// Inside WSL, Go's folders on the Windows drive go through 9P: every build reads them slowly.
		const wsl = await wslFacts(facts).catch(() => null);
		const slow = wsl?.inside
			? [
					['GOPATH', first],
					['GOMODCACHE', goEnv.values.GOMODCACHE ?? ''],
					['GOCACHE', goEnv.values.GOCACHE ?? ''],
					// The module of the current folder (GOMOD is its go.mod, or /dev/null outside one).
					['GOMOD', goEnv.values.GOMOD ?? ''],
				].filter(([, folder]) => onWindowsDrive(sys, wsl, folder!))
			: [];
		if (slow.length > 0) findings.push({status: 'warn', text: t('probe.gopath.wsl9p', {list: slow.map(([name, folder]) => `${name}=${folder}`).join(', ')})});
		findings.push(...unusual);
		const worst = worstOf(findings);
		if (worst) return {status: worst, summary: joinClauses(t, findings.map((f) => f.text)), why, docUrl, evidence, fixes: worst === 'info' ? [] : fixes};
		const created = firstRow.exists ? '' : t('probe.gopath.notYetCreated');
		return {status: 'ok', summary: t('probe.gopath.ok', {path: value, source, created}), evidence};
	},
};
