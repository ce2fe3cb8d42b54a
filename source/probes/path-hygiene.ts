import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import type {Fix} from '../model/fix.js';
import {joinList, joinClauses, type Translator} from '../i18n/index.js';
import {commandHits, GO_TOOLS, guessShell, pathModel, registryPathEntries, type EntryMark, type RegistryPathEntry} from '../facts/path-model.js';
import {findValue, type RegistryEnvironment} from '../facts/windows-env.js';
import {cleanPathFix, editPath, registryForm} from '../fixes/setting-fixes.js';
import {goVersionsOnPath} from '../facts/go-versions.js';
import {goInstallFolders} from '../facts/go-install-folder.js';
import {pathEvidence} from './path-evidence.js';
import {registryEvidence} from './setting-evidence.js';
import {fixTitle, restartHintOf} from '../i18n/text.js';
import {unreadableList} from '../i18n/read-reason.js';

/** The longest command line cmd.exe accepts; a longer PATH breaks `set`, `echo %PATH%` and .cmd shims. */
export const CMD_MAX_LENGTH = 8191;

/**
 * PATH hygiene: duplicates, missing folders, empty, quoted and relative entries, references
 * that never expanded (`%GOPATH%\bin`), a Windows PATH too long for cmd.exe, and a Go tool in
 * a user entry that can never run because a system entry comes first.
 */
export const pathHygiene: Probe = {
	id: 'path-hygiene',
	family: 'environment',
	title: 'probe.path-hygiene.title',
	async run({facts, sys, t}) {
		const win = sys.platform === 'win32';
		const shell = guessShell(sys);
		const [model, hitLists, registryEntries, goVersions, installFolders] = await Promise.all([
			pathModel(facts),
			Promise.all(GO_TOOLS.map((name) => commandHits(facts, name, shell))),
			win ? registryPathEntries(facts) : Promise.resolve([]),
			// The same versions go-on-path shows: no go is asked twice. They only label the
			// table: a replay that cannot tell them leaves the table without.
			goVersionsOnPath(facts, shell).catch(() => null),
			// The folder go install writes to belongs on PATH before it exists (the installer adds it,
			// the first go install creates it): never a problem, never removed.
			goInstallFolders(facts).catch(() => []),
		]);
		const install = new Set(installFolders.map((f) => f.key));
		const hits = hitLists.flat();
		// On Windows the registry is the configuration: judge its Path values, which every new
		// terminal gets and the fixes edit. Entries only this terminal has (added by its shell or
		// parent, or removed from the registry since it opened) are shown, not judged: whether
		// this terminal is up to date is stale-session's question.
		const judgeRegistry = win && Boolean(model.registry?.available);
		const own = judgeRegistry ? [] : model.entries;
		const registered = judgeRegistry ? registryEntries : [];
		const count = (mark: EntryMark) => own.filter((e) => e.marks.includes(mark) && !(mark === 'missing' && install.has(e.key))).length;
		const duplicates = count('duplicate') + registered.filter((e) => e.duplicateOf).length;
		const missing =
			count('missing') +
			count('not-a-directory') +
			registered.filter((e) => e.raw !== '' && e.unexpanded.length === 0 && !e.duplicateOf && !e.exists && !e.unreadable && !install.has(e.key)).length;
		// Folders that could not be looked at (EACCES above them, a loop of links): not "missing".
		const unreadable = [
			...own.flatMap((e) => (e.unreadable ? [{file: e.expanded, code: e.unreadable}] : [])),
			...registered.flatMap((e) => (e.unreadable && !e.duplicateOf ? [{file: e.expanded, code: e.unreadable}] : [])),
		];
		const empty = count('empty') + registered.filter((e) => e.raw === '' && !e.trailing).length;
		const quoted = count('quoted') + registered.filter((e) => e.raw.includes('"')).length;
		// A reference stays as written for one of two reasons, and they need different words: the
		// value is REG_SZ (Windows never expands it), or it is REG_EXPAND_SZ and was expanded once,
		// in registry order, before the variable it names was known.
		const unexpanded = [...own.filter((e) => e.marks.includes('unexpanded')).map((e) => e.text), ...registered.filter((e) => e.unexpanded.length > 0 && e.valueType !== 'REG_SZ').map((e) => e.raw)];
		const neverExpanded = registered.filter((e) => e.unexpanded.length > 0 && e.valueType === 'REG_SZ');
		const relative = count('relative');
		// What the verdict is about: the registry Path values (but the empty entry a trailing `;` leaves), or this PATH.
		const judged = judgeRegistry ? registered.filter((e) => !e.trailing).length : model.entries.length;
		// cmd.exe's limit bites this terminal and new ones alike.
		const length = Math.max(model.value.length, model.composedValue?.length ?? 0);
		const tooLong = win && length > CMD_MAX_LENGTH;
		// A Go tool in a user entry that a system entry earlier on PATH always shadows.
		const neverWins = hitLists.flatMap((list) => {
			const firstSystem = list.find((h) => h.origin === 'system');
			return firstSystem ? list.filter((h) => h.origin === 'user' && h.entryIndex > firstSystem.entryIndex && h.resolved !== firstSystem.resolved).map((h) => ({hit: h, by: firstSystem})) : [];
		});

		const warnings: string[] = [];
		if (neverExpanded.length > 0) {
			warnings.push(
				t('probe.path-hygiene.unexpandedSz', {
					entries: joinList(t, neverExpanded.map((e) => e.raw)),
					scopes: joinList(t, [...new Set(neverExpanded.map((e) => t(`origin.${e.scope}`)))]),
				}),
			);
		}
		if (unexpanded.length > 0) warnings.push(t(win ? (judgeRegistry ? 'probe.path-hygiene.unexpandedOrder' : 'probe.path-hygiene.unexpanded') : 'probe.path-hygiene.unexpandedUnix', {entries: joinList(t, unexpanded)}));
		if (neverWins.length > 0) {
			warnings.push(
				t('probe.path-hygiene.neverWins', {
					list: joinClauses(t, neverWins.map(({hit, by}) => t('probe.path-hygiene.neverWins.item', {tool: hit.name, user: hit.file, system: by.file}))),
				}),
			);
		}
		// Not tidying: a folder whose state is unknown is worth a look, never a removal.
		if (unreadable.length > 0) warnings.push(t('probe.path-hygiene.unreadable', {count: unreadable.length, list: unreadableList(t, unreadable)}));
		if (tooLong) warnings.push(t('probe.path-hygiene.tooLong', {length, max: CMD_MAX_LENGTH}));
		if (empty > 0) warnings.push(t(win ? 'probe.path-hygiene.empty' : 'probe.path-hygiene.emptyUnix', {count: empty}));
		if (relative > 0) warnings.push(t('probe.path-hygiene.relative', {count: relative}));
		if (quoted > 0) warnings.push(t(win ? 'probe.path-hygiene.quoted' : 'probe.path-hygiene.quotedUnix', {count: quoted}));
		const notes: string[] = [];
		if (duplicates > 0) notes.push(t('probe.path-hygiene.duplicates', {count: duplicates}));
		if (missing > 0) notes.push(t('probe.path-hygiene.missing', {count: missing}));


		const evidence: Evidence[] = [
			pathEvidence(t, model, shell, hits, goVersions?.versions, install),
			{
				kind: 'kv',
				title: t('probe.path-hygiene.evidence.summary'),
				rows: [
					...(judgeRegistry ? [{label: t('probe.path-hygiene.label.registryEntries'), value: String(judged)}] : []),
					{label: t('probe.path-hygiene.label.entries'), value: String(model.entries.length)},
					{label: t('probe.path-hygiene.label.length'), value: String(model.value.length), ...(model.value.length > CMD_MAX_LENGTH && win ? {tone: 'bad' as const} : {})},
					...(model.composedValue !== undefined ? [{label: t('probe.path-hygiene.label.composedLength'), value: String(model.composedValue.length)}] : []),
					...(judgeRegistry ? [{label: t('probe.path-hygiene.label.processOnly'), value: String(model.entries.filter((e) => e.origin === 'process' && e.text !== '').length)}] : []),
					{label: t('probe.path-hygiene.label.duplicates'), value: String(duplicates)},
					{label: t('probe.path-hygiene.label.missing'), value: String(missing)},
				],
			},
		];
		const registry = model.registry;
		if (registry?.available) {
			const values = (['system', 'user'] as const).flatMap((scope) => {
				const value = findValue(scope === 'user' ? registry.user : registry.system, 'Path');
				// Each entry as it was expanded when a new terminal's PATH was composed.
				const contribution = registry.path.find((c) => c.scope === scope);
				return value ? [{scope, value, ...(contribution ? {expanded: contribution.entries.map((e) => e.expanded).join(';')} : {})}] : [];
			});
			if (values.length > 0) evidence.push(registryEvidence(t('probe.path-hygiene.evidence.registry'), values));
		}
		const fixes = registry?.available ? registryFixes(t, registry, registryEntries, sys.getenv('USERPROFILE'), install) : [];

		if (warnings.length > 0) {
			return {status: 'warn', summary: joinClauses(t, [...warnings, ...notes]), why: t('probe.path-hygiene.why'), evidence, fixes};
		}
		if (notes.length > 0) return {status: 'info', summary: t('probe.path-hygiene.tidy', {list: joinList(t, notes)}), why: t('probe.path-hygiene.why'), evidence, fixes};
		return {status: 'ok', summary: t(judgeRegistry ? 'probe.path-hygiene.okRegistry' : 'probe.path-hygiene.ok', {count: judged}), evidence, fixes};
	},
};

/**
 * The registry fixes, default first: clean-user-path, then clean-system-path (admin), then
 * fix-user-path-references / fix-system-path-references, which rewrite a reference that
 * never expands (`%GOPATH%\bin`) into the folder it means.
 */
function registryFixes(t: Translator, registry: RegistryEnvironment, entries: readonly RegistryPathEntry[], userProfile: string | undefined, install: ReadonlySet<string>): Fix[] {
	const fixes: Fix[] = [];
	const valueOf = (scope: 'user' | 'system') => findValue(scope === 'user' ? registry.user : registry.system, 'Path');
	for (const scope of ['user', 'system'] as const) {
		const fix = cleanPathFix(t, scope, valueOf(scope), entries, install);
		if (fix) fixes.push(fix);
	}
	for (const scope of ['user', 'system'] as const) {
		const value = valueOf(scope);
		if (!value || (value.type !== 'REG_SZ' && value.type !== 'REG_EXPAND_SZ')) continue;
		const replace = new Map<number, string>();
		// A reference whose folder is on PATH anyway is a duplicate: clean-*-path removes it.
		for (const entry of entries.filter((e) => e.scope === scope && e.meant !== undefined && !e.duplicateOf)) {
			if (/%[^%;]+%/.test(entry.meant!)) continue;
			replace.set(entry.position, registryForm(entry.meant!, value.type, userProfile));
		}
		const change = replace.size > 0 ? editPath(scope, value, {replace}) : null;
		if (change) {
			fixes.push({
				id: scope === 'user' ? 'fix-user-path-references' : 'fix-system-path-references',
				...fixTitle(t, 'fix.pathReferences.title', {entries: joinList(t, change.removed), replacements: joinList(t, change.added)}),
				// The type is kept, knowingly: in a REG_SZ value the folders are written out in full.
				description: t(value.type === 'REG_SZ' ? 'fix.pathReferences.descriptionSz' : 'fix.pathReferences.description', {scope: t(`origin.${scope}`)}),
				changes: [change],
				needsAdmin: scope === 'system',
				reversible: true,
				...restartHintOf(t, 'fix.restart.newTerminal'),
			});
		}
	}
	return fixes;
}
