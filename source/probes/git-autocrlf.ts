import type {Probe} from '../engine/probe.js';
import type {Evidence} from '../model/finding.js';
import type {Change, Fix} from '../model/fix.js';
import {configValues, effectiveValue, gitBinary, gitConfig, type GitConfigEntry} from '../facts/git.js';
import type {Facts} from '../facts/facts.js';
import {joinList, withNote} from '../i18n/index.js';
import {fixTitle, restartHintOf} from '../i18n/text.js';

const SHOWN_FILES = 20;
/** Files named in a fix's before/after words; the rest are counted. */
const SHOWN_IN_STATE = 5;
/** Files named on one command line at most (Windows caps a command line near 32 000 characters). */
const MAX_REWRITE = 400;
/** Characters of `--cacheinfo mode,oid,path` arguments on one command line, within that cap. */
const MAX_CACHEINFO_CHARS = 24_000;
const GO_FILES = /(?:^|\/)(?:[^/]+\.go|go\.mod|go\.sum)$/;
const ATTRIBUTES = ['*.go text eol=lf', 'go.mod text eol=lf', 'go.sum text eol=lf'];

interface EolFile {
	path: string;
	index: string;
	worktree: string;
	attr: string;
	/** With `ls-files -s`: the index entry's mode, object id and stage. */
	mode?: string;
	oid?: string;
	stage?: string;
}

/**
 * `git ls-files [-s] --eol -z`: `[mode oid stage\t]i/lf    w/crlf  attr/text eol=lf      \tpath`
 * per entry.
 */
export function parseLsFilesEol(stdout: string): EolFile[] {
	return stdout.split('\0').flatMap((record) => {
		const match = /^(?:(\d{6}) ([0-9a-f]+) (\d)\t)?i\/(\S*)\s+w\/(\S*)\s+attr\/(.*?)\s*\t(.+)$/s.exec(record);
		if (!match) return [];
		const staged = match[1] ? {mode: match[1], oid: match[2]!, stage: match[3]!} : {};
		return [{index: match[4]!, worktree: match[5]!, attr: match[6]!, path: match[7]!, ...staged}];
	});
}

/** The paths whose index entry differs from HEAD's: staged, not committed. */
async function stagedFiles(facts: Facts, git: string, repo: string): Promise<Set<string>> {
	const diff = await facts.exec(git, ['diff', '--cached', '--name-only', '-z'], {cwd: repo});
	return new Set(diff.result.stdout.split('\0').filter(Boolean));
}

/**
 * core.autocrlf and core.eol with where each is set, and Go files checked out with CRLF in
 * the repository of the current folder. CRLF is gofmt and diff noise, never a checksum
 * problem: go hashes module zips made with autocrlf forced off, and reads go.sum with
 * strings.Fields, so a CRLF go.sum parses fine.
 */
export const gitAutocrlf: Probe = {
	id: 'git-autocrlf',
	family: 'git',
	title: 'probe.git-autocrlf.title',
	dependsOn: ['git'],
	async run({facts, sys, t}) {
		const [git, config] = await Promise.all([gitBinary(facts), gitConfig(facts)]);
		if (!git || !config) return {status: 'unknown', summary: t('probe.git.unavailable')};
		const autocrlf = effectiveValue(config, 'core.autocrlf');
		const eol = effectiveValue(config, 'core.eol');
		const autocrlfValue = (autocrlf?.value ?? 'false').toLowerCase();
		const crlfSetting = autocrlfValue === 'true' || autocrlf?.value === null || (eol?.value?.toLowerCase() === 'crlf' && autocrlfValue !== 'input');

		const settingsRows = [...configValues(config, 'core.autocrlf'), ...configValues(config, 'core.eol')].map((entry) => ({
			key: entry.key,
			value: entry.value ?? 'true',
			scope: entry.scope,
			origin: entry.file ?? entry.origin,
			...(entry === autocrlf || entry === eol ? {} : {_tone: 'muted' as const}),
		}));
		const evidence: Evidence[] = [
			{
				kind: 'table',
				title: t('probe.git-autocrlf.evidence.settings'),
				columns: [
					{key: 'key', label: t('column.name')},
					{key: 'value', label: t('column.value')},
					{key: 'scope', label: t('git.column.scope')},
					{key: 'origin', label: t('git.column.origin')},
				],
				rows: settingsRows.length > 0 ? settingsRows : [{key: 'core.autocrlf', value: t('evidence.notSet'), scope: '', origin: '', _tone: 'muted' as const}],
			},
		];

		// The repository of the current folder, if any, and its Go files' line endings.
		const top = await facts.exec(git, ['rev-parse', '--show-toplevel'], {cwd: sys.cwd()});
		const repo = top.result.exitCode === 0 ? top.result.stdout.trim() : null;
		let crlf: EolFile[] = [];
		let protectedByAttributes = false;
		let modified = new Set<string>();
		if (repo) {
			const listed = await facts.exec(git, ['ls-files', '-s', '--eol', '-z', '--', '*.go', '*go.mod', '*go.sum'], {cwd: repo});
			const files = parseLsFilesEol(listed.result.stdout).filter((file) => GO_FILES.test(file.path));
			crlf = files.filter((file) => /crlf|mixed/.test(file.worktree) || /crlf|mixed/.test(file.index));
			protectedByAttributes = files.length > 0 && files.every((file) => /eol=lf/.test(file.attr));
			if (crlf.length > 0) {
				// Files whose content differs by more than line endings have real edits: never rewritten.
				// --numstat, not --name-only: git lists a file by name whenever it looks at its content
				// (a racy or refreshed stat), CR-only differences included; the counts honour the option.
				const diff = await facts.exec(git, ['diff', '--ignore-cr-at-eol', '--numstat', '-z'], {cwd: repo});
				modified = editedFiles(diff.result.stdout);
				evidence.push({
					kind: 'table',
					title: t('probe.git-autocrlf.evidence.files', {count: crlf.length, repo}),
					columns: [
						{key: 'path', label: t('column.path')},
						{key: 'index', label: t('probe.git-autocrlf.column.index')},
						{key: 'worktree', label: t('probe.git-autocrlf.column.worktree')},
						{key: 'attr', label: t('probe.git-autocrlf.column.attr')},
					],
					rows: [
						...crlf.slice(0, SHOWN_FILES).map((file) => ({path: file.path, index: file.index, worktree: file.worktree, attr: file.attr || '-'})),
						...(crlf.length > SHOWN_FILES ? [{path: t('probe.git-autocrlf.more', {count: crlf.length - SHOWN_FILES}), index: '', worktree: '', attr: '', _tone: 'muted' as const}] : []),
					],
				});
			}
		}

		const why = t('probe.git-autocrlf.why');
		const docUrl = 'https://git-scm.com/docs/gitattributes#_end_of_line_conversion';
		const where = (entry: GitConfigEntry | undefined) => (entry ? joinList(t, [entry.scope, ...(entry.file ? [entry.file] : [])]) : t('evidence.notSet'));
		const fixes = buildFixes({git, sys, t, repo, autocrlf, eol, crlfSetting, crlf, modified, attributes: repo ? await sys.readFile(sys.path.join(repo, '.gitattributes')) : null});

		if (crlf.length > 0) {
			// The index (what is committed) and the working tree (what is on disk) are told apart:
			// after core.autocrlf=input the files an earlier checkout wrote keep their CRLF on disk
			// while the repository holds LF.
			const committed = crlf.filter((file) => /crlf|mixed/.test(file.index));
			// LF in the index is not yet LF in the repository when it is only staged (what
			// renormalize-index leaves): said apart, since no checkout wrote those files.
			const staged = repo && committed.length < crlf.length ? await stagedFiles(facts, git, repo) : new Set<string>();
			const stagedLf = crlf.filter((file) => !/crlf|mixed/.test(file.index) && staged.has(file.path)).length;
			const onDisk = crlf.length - committed.length - stagedLf;
			const setting = withNote(t, crlfSettingName(autocrlf, eol), where(autocrlfValue === 'true' || autocrlf?.value === null ? autocrlf : eol));
			const causes = [
				...(committed.length > 0 ? [t('probe.git-autocrlf.committedCrlf', {count: committed.length})] : []),
				...(stagedLf > 0 ? [t('probe.git-autocrlf.stagedLf', {count: stagedLf})] : []),
				...(onDisk > 0 ? [crlfSetting ? t('probe.git-autocrlf.checkedOut', {count: onDisk, setting}) : t('probe.git-autocrlf.diskOnly', {count: onDisk})] : []),
			];
			return {status: 'warn', summary: t('probe.git-autocrlf.crlfFiles', {count: crlf.length, causes: joinList(t, causes)}), why, docUrl, evidence, fixes};
		}
		if (crlfSetting) {
			const name = autocrlfValue === 'true' || autocrlf?.value === null ? `core.autocrlf=true` : `core.eol=crlf`;
			const entry = autocrlfValue === 'true' || autocrlf?.value === null ? autocrlf : eol;
			if (repo && protectedByAttributes) {
				return {status: 'info', summary: t('probe.git-autocrlf.protected', {setting: name, where: where(entry)}), why, docUrl, evidence, fixes};
			}
			return {status: 'warn', summary: t('probe.git-autocrlf.crlfSetting', {setting: name, where: where(entry)}), why, docUrl, evidence, fixes};
		}
		return {status: 'ok', summary: autocrlf?.value ? t('probe.git-autocrlf.ok', {value: autocrlf.value}) : t('probe.git-autocrlf.okUnset'), evidence};
	},
};

/** The setting that makes git write CRLF: core.autocrlf=true, or core.eol=crlf. */
function crlfSettingName(autocrlf: GitConfigEntry | undefined, eol: GitConfigEntry | undefined): string {
	const value = (autocrlf?.value ?? 'false').toLowerCase();
	return value === 'true' || autocrlf?.value === null || eol?.value?.toLowerCase() !== 'crlf' ? `core.autocrlf=${autocrlf?.value ?? 'true'}` : 'core.eol=crlf';
}

interface FixInput {
	git: string;
	sys: import('../system/types.js').System;
	t: import('../i18n/index.js').Translator;
	repo: string | null;
	autocrlf: GitConfigEntry | undefined;
	eol: GitConfigEntry | undefined;
	crlfSetting: boolean;
	crlf: EolFile[];
	modified: Set<string>;
	attributes: string | null;
}

/** The files `git diff --numstat -z` counts lines for (binary files count as edited). */
function editedFiles(numstat: string): Set<string> {
	const edited = new Set<string>();
	for (const entry of numstat.split('\0')) {
		const [, added, deleted, file] = /^(\d+|-)\t(\d+|-)\t(.+)$/s.exec(entry) ?? [];
		if (file && !(added === '0' && deleted === '0')) edited.add(file);
	}
	return edited;
}

function buildFixes({git, sys, t, repo, autocrlf, eol, crlfSetting, crlf, modified, attributes}: FixInput): Fix[] {
	const fixes: Fix[] = [];
	if (crlfSetting) {
		// A local value wins over global, so it is changed where it is; otherwise ~/.gitconfig.
		const changes: Change[] = [];
		for (const [key, entry, value] of [
			['core.autocrlf', autocrlf, 'input'],
			['core.eol', eol, 'lf'],
		] as const) {
			if (key === 'core.eol' && entry?.value?.toLowerCase() !== 'crlf') continue;
			const scope = entry?.scope === 'local' || entry?.scope === 'worktree' ? 'local' : 'global';
			changes.push({kind: 'git-config', scope, key, before: entry && (entry.scope === scope || (scope === 'local' && entry.scope === 'worktree')) ? entry.value ?? 'true' : null, after: value, ...(scope === 'local' && repo ? {repo} : {})});
		}
		fixes.push({
			id: 'autocrlf-input',
			...fixTitle(t, 'probe.git-autocrlf.fix.input'),
			description: t('probe.git-autocrlf.fix.input.description'),
			changes,
			needsAdmin: false,
			reversible: true,
			...restartHintOf(t, 'probe.git-autocrlf.fix.restart'),
		});
	}
	if (repo && crlf.length > 0) {
		const existing = attributes ?? '';
		const missing = ATTRIBUTES.filter((line) => !existing.split(/\r?\n/).some((l) => l.trim() === line));
		if (missing.length > 0) {
			const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
			fixes.push({
				id: 'gitattributes-eol-lf',
				...fixTitle(t, 'probe.git-autocrlf.fix.attributes'),
				description: t('probe.git-autocrlf.fix.attributes.description'),
				changes: [
					{
						kind: 'file',
						path: sys.path.join(repo, '.gitattributes'),
						before: attributes === null ? {exists: false} : {exists: true, content: attributes},
						after: {exists: true, content: `${existing}${separator}${missing.join('\n')}\n`},
					},
				],
				needsAdmin: false,
				reversible: true,
			});
		}
		// git checks out only files whose stat data differs from the index entry's, even with
		// --force: a CRLF file git itself wrote (and refreshed since) looks up to date and would be
		// left as it is. Re-entering each entry with the same mode and object (--cacheinfo)
		// clears its stat data, so checkout-index then writes the file anew.
		const cacheinfo: string[] = [];
		let chars = 0;
		const rewritable = crlf
			.filter((file) => /crlf|mixed/.test(file.worktree) && file.index === 'lf' && !modified.has(file.path) && file.oid && file.stage === '0')
			.slice(0, MAX_REWRITE)
			.filter((file) => {
				const arg = `${file.mode},${file.oid},${file.path}`;
				chars += arg.length + '--cacheinfo'.length + 2;
				if (chars > MAX_CACHEINFO_CHARS) return false;
				cacheinfo.push('--cacheinfo', arg);
				return true;
			});
		if (rewritable.length > 0) {
			// Named as a person would look for them: the files, not the git program that rewrites them.
			const names = rewritable.map((file) => file.path);
			const files = names.length <= SHOWN_IN_STATE ? joinList(t, names) : t('probe.git-autocrlf.fix.rewrite.more', {files: joinList(t, names.slice(0, SHOWN_IN_STATE)), count: names.length - SHOWN_IN_STATE});
			fixes.push({
				id: 'rewrite-crlf-files',
				...fixTitle(t, 'probe.git-autocrlf.fix.rewrite', {count: rewritable.length}),
				description: t('probe.git-autocrlf.fix.rewrite.description'),
				changes: [
					{
						kind: 'command',
						argv: [git, 'update-index', ...cacheinfo],
						cwd: repo,
						replaces: [],
						irreversible: false,
						description: t('probe.git-autocrlf.fix.rewrite.stat'),
						affects: [t('probe.git-autocrlf.fix.rewrite.index', {repo})],
						state: {before: t('probe.git-autocrlf.fix.rewrite.indexBefore', {files}), after: t('probe.git-autocrlf.fix.rewrite.indexAfter')},
					},
					{
						kind: 'command',
						argv: [git, '-c', 'core.autocrlf=false', '-c', 'core.eol=lf', 'checkout-index', '--index', '--force', '--', ...rewritable.map((file) => file.path)],
						cwd: repo,
						replaces: rewritable.map((file) => sys.path.join(repo, ...file.path.split('/'))),
						irreversible: false,
						description: t('probe.git-autocrlf.fix.rewrite.command'),
						state: {before: t('probe.git-autocrlf.fix.rewrite.filesBefore', {files}), after: t('probe.git-autocrlf.fix.rewrite.filesAfter', {files})},
					},
				],
				needsAdmin: false,
				reversible: true,
			});
		}
		// git add converts line ends only for a file it takes as text: without attributes and with
		// core.autocrlf=false, --renormalize stages the same CRLF bytes again, so the command says
		// core.autocrlf=input for itself. A file marked -text (or binary) is never converted: not offered.
		const committed = crlf.filter((file) => /crlf|mixed/.test(file.index) && !/(^|\s)(-text|binary)(\s|$)/.test(file.attr));
		if (committed.length > 0) {
			fixes.push({
				id: 'renormalize-index',
				...fixTitle(t, 'probe.git-autocrlf.fix.renormalize', {count: committed.length}),
				description: t('probe.git-autocrlf.fix.renormalize.description'),
				changes: [
					{
						kind: 'command',
						argv: [git, '-c', 'core.autocrlf=input', 'add', '--renormalize', '--', ...committed.slice(0, MAX_REWRITE).map((file) => file.path)],
						cwd: repo,
						replaces: [],
						irreversible: true,
						description: t('probe.git-autocrlf.fix.renormalize.command'),
					},
				],
				needsAdmin: false,
				reversible: false,
			});
		}
	}
	return fixes;
}
