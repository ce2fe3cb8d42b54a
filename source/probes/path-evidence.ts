import type {Translator} from '../i18n/index.js';
import type {Evidence, PathEntryMark, PathEntryView} from '../model/finding.js';
import type {CommandHit, LookupShell, PathModel} from '../facts/path-model.js';

/** Shell names are names: not translated, except the generic one. */
const SHELL_NAMES: Record<Exclude<LookupShell, 'posix'>, string> = {cmd: 'cmd', powershell: 'PowerShell', 'git-bash': 'Git Bash'};

export function shellName(t: Translator, shell: LookupShell): string {
	return shell === 'posix' ? t('shell.posix') : SHELL_NAMES[shell];
}

export function hitOrigin(t: Translator, hit: CommandHit): string {
	return t(`origin.${hit.origin}`);
}

/**
 * PATH as the shell sees it, as the typed `path` evidence block: every entry in order with
 * its origin, raw and expanded text, its marks, and the Go tools found in it (which one runs).
 */
export function pathEvidence(
	t: Translator,
	model: PathModel,
	shell: LookupShell,
	hits: readonly CommandHit[],
	versions?: ReadonlyMap<string, string | null>,
	/** Keys of the folder go install writes to: marked so, and not "missing" before it exists. */
	install: ReadonlySet<string> = new Set(),
): Evidence {
	const entries: PathEntryView[] = model.entries.map((entry) => {
		const tools = hits.filter((h) => h.entryIndex === entry.index);
		const isInstall = entry.key !== '' && install.has(entry.key);
		const marks: PathEntryMark[] = isInstall ? ['go-install', ...entry.marks.filter((mark) => mark !== 'missing')] : [...entry.marks];
		if (tools.some((h) => h.wins)) marks.unshift('wins');
		else if (tools.length > 0) marks.unshift('shadowed');
		return {
			index: entry.index + 1,
			raw: entry.raw,
			expanded: entry.expanded,
			origin: entry.origin,
			exists: entry.kind === 'dir',
			marks,
			tools: tools.map((h) => {
				const version = versions?.get(h.resolved);
				return {name: h.name, file: h.file, wins: h.wins, ...(version ? {version} : {})};
			}),
		};
	});
	return {kind: 'path', title: t('evidence.path.title', {shell: shellName(t, shell)}), shell, entries};
}
