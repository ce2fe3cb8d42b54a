import figures from 'figures';
import stringWidth from 'string-width';
import type {Translator} from '../i18n/index.js';
import type {Change, Fix} from '../model/fix.js';
import {commandLine, type ShellKind} from '../shell/syntax.js';
import {SYSTEM_ENVIRONMENT_KEY, USER_ENVIRONMENT_KEY} from '../system/registry.js';
import {line, printable, seg, spaced, wrapLines, type Line} from './lines.js';

export interface FixViewOptions {
	t: Translator;
	width: number;
	shell: ShellKind;
	/** `;` on Windows, `:` elsewhere: how PATH values are split for the diff. */
	pathDelimiter: string;
}

/** An edit script between two lists: kept, removed and added items, in order. */
export type DiffItem = {op: 'keep' | 'remove' | 'add'; text: string};

/** A longest-common-subsequence diff; lists here are PATH entries or file lines, so small. */
export function diffLists(before: readonly string[], after: readonly string[]): DiffItem[] {
	const n = before.length;
	const m = after.length;
	const lcs: number[][] = Array.from({length: n + 1}, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	const out: DiffItem[] = [];
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		if (i < n && j < m && before[i] === after[j]) {
			out.push({op: 'keep', text: before[i]!});
			i++;
			j++;
		} else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) out.push({op: 'add', text: after[j++]!});
		else out.push({op: 'remove', text: before[i++]!});
	}
	return out;
}

function diffLines(items: readonly DiffItem[], width: number): Line[] {
	return items.flatMap((item) => {
		const text = printable(item.text);
		if (item.op === 'keep') return wrapLines(text === '' ? ' ' : text, width, {dim: true}, 0, [seg('       ')]);
		if (item.op === 'remove') return wrapLines(text, width, {color: 'red', strike: true}, 0, [seg('     '), seg('- ', {color: 'red'})]);
		return wrapLines(text, width, {color: 'green'}, 0, [seg('     '), seg('+ ', {color: 'green'})]);
	});
}

/** Shells by their own names, which are never translated. */
const SHELL_NAMES: Record<ShellKind, string> = {powershell: 'PowerShell', cmd: 'cmd', posix: 'sh/bash'};

const envKey = (scope: 'user' | 'system') => (scope === 'user' ? USER_ENVIRONMENT_KEY : SYSTEM_ENVIRONMENT_KEY);

/** What a change touches, named the way the user would look for it. */
export function changeTarget(change: Change, t: Translator): string {
	switch (change.kind) {
		case 'go-env':
			return change.file;
		case 'registry-env':
		case 'path-entries':
			return `${envKey(change.scope)}\\${change.name}`;
		case 'profile-line':
			return change.file;
		case 'git-config':
			return change.scope === 'local' && change.repo ? t('ui.fix.gitScopeRepo', {scope: change.scope, repo: change.repo}) : t('ui.fix.gitScope', {scope: change.scope});
		case 'file':
			return change.path;
		case 'defender-exclusion':
			return t('ui.fix.defenderTarget');
		case 'command':
			return change.argv[0] ?? '';
	}
}

/** The command a person would type for the same change, where there is one. */
export function equivalentCommand(change: Change, shell: ShellKind): string | undefined {
	switch (change.kind) {
		case 'go-env':
			return change.after.set ? commandLine(shell, ['go', 'env', '-w', `${change.key}=${change.after.value ?? ''}`]) : commandLine(shell, ['go', 'env', '-u', change.key]);
		case 'git-config':
			return change.after === null
				? commandLine(shell, ['git', 'config', `--${change.scope}`, '--unset', change.key])
				: commandLine(shell, ['git', 'config', `--${change.scope}`, change.key, change.after]);
		case 'command':
			return commandLine(shell, change.argv);
		default:
			return undefined;
	}
}

function valueText(value: string | null | undefined, t: Translator): string {
	if (value === null || value === undefined) return t('evidence.notSet');
	return value === '' ? t('evidence.empty') : value;
}

function beforeAfter(before: string, after: string, o: FixViewOptions): Line[] {
	const {t, width} = o;
	const widest = Math.max(stringWidth(t('ui.fix.before')), stringWidth(t('ui.fix.after')));
	const label = (key: 'ui.fix.before' | 'ui.fix.after') => seg(`     ${t(key)}${' '.repeat(widest - stringWidth(t(key)) + 2)}`, {dim: true});
	return [...wrapLines(before, width, {color: 'red'}, 0, [label('ui.fix.before')]), ...wrapLines(after, width, {color: 'green'}, 0, [label('ui.fix.after')])];
}

/** One change, as the preview shows it: what it touches, and before → after. */
export function changeLines(change: Change, index: number, o: FixViewOptions): Line[] {
	const {t, width, shell} = o;
	const head = (kind: string, target: string) => wrapLines(target, width, {}, 0, [seg(`  ${index}. `, {dim: true}), seg(`${kind}  `, {bold: true})]);
	const command = equivalentCommand(change, shell);
	const commandLines = command ? wrapLines(command, width, {color: 'cyan'}, 0, [seg('     $ ', {dim: true})]) : [];
	switch (change.kind) {
		case 'go-env': {
			const state = (value: {set: boolean; value?: string}) => (value.set ? `${change.key}=${value.value ?? ''}` : spaced(change.key, t('evidence.notSet')));
			return [...head(t('ui.change.goEnv'), change.file), ...beforeAfter(state(change.before), state(change.after), o), ...commandLines];
		}
		case 'registry-env':
			return [
				...head(t(change.scope === 'user' ? 'ui.change.userVariable' : 'ui.change.systemVariable'), `${envKey(change.scope)}  ${change.name}`),
				...beforeAfter(change.before ? `${change.before.raw}  (${change.before.type})` : t('ui.fix.absent'), change.after ? `${change.after.raw}  (${change.after.type})` : t('ui.fix.absent'), o),
			];
		case 'path-entries': {
			const split = (raw: string) => (raw === '' ? [] : raw.split(o.pathDelimiter));
			const typeNote = change.before.type === change.after.type ? change.after.type : `${change.before.type} ${figures.arrowRight} ${change.after.type}`;
			return [
				...head(t(change.scope === 'user' ? 'ui.change.userPath' : 'ui.change.systemPath'), `${envKey(change.scope)}  ${change.name} (${typeNote})`),
				...diffLines(diffLists(split(change.before.raw), split(change.after.raw)), width),
			];
		}
		case 'profile-line':
			return [
				...head(t('ui.change.profileLine'), change.before.lineNumber ? `${change.file}:${change.before.lineNumber}` : change.file),
				...diffLines([...(change.before.line !== null ? [{op: 'remove' as const, text: change.before.line}] : []), ...(change.after.line !== null ? [{op: 'add' as const, text: change.after.line}] : [])], width),
			];
		case 'git-config':
			return [...head(t('ui.change.gitConfig'), `${change.key}  (${changeTarget(change, t)})`), ...beforeAfter(valueText(change.before, t), valueText(change.after, t), o), ...commandLines];
		case 'file': {
			const split = (content: string | undefined) => (content === undefined ? [] : content.replace(/\n$/, '').split(/\r?\n/));
			const state = (exists: boolean) => (exists ? '' : ` (${t('ui.fix.absent')})`);
			return [
				...head(t('ui.change.file'), `${change.path}${state(change.before.exists)}${change.after.exists ? '' : ` ${figures.arrowRight} ${t('ui.fix.deleted')}`}`),
				...(change.before.exists ? [line(`     ${t('ui.fix.backup')}`, {dim: true})] : []),
				...diffLines(diffLists(split(change.before.content), split(change.after.content)), width),
			];
		}
		case 'defender-exclusion':
			return head(t(change.action === 'add' ? 'ui.change.defenderAdd' : 'ui.change.defenderRemove'), change.path);
		case 'command':
			return [
				...head(t('ui.change.command'), change.cwd ? t('ui.fix.inFolder', {cwd: change.cwd}) : ''),
				...wrapLines(change.description, width, {}, 5),
				...commandLines,
				...change.replaces.flatMap((file) => wrapLines(file, width, {}, 0, [seg(`     ${t('ui.fix.replacesBackedUp')} `, {dim: true})])),
				...(change.irreversible ? wrapLines(t('ui.fix.commandIrreversible'), width, {color: 'red', bold: true}, 5) : []),
			];
	}
}

/**
 * The whole preview of a fix: every change as before → after, what it touches, whether it
 * needs admin, whether it can be undone, and who must restart. A fix with no automatic
 * change shows the commands to run instead, in the user's shell, one per line, ready to copy.
 */
export function fixPreviewLines(fix: Fix, o: FixViewOptions): Line[] {
	const {t, width, shell} = o;
	const lines: Line[] = [];
	if (fix.description) lines.push(...wrapLines(fix.description, width), []);
	if (fix.changes.length > 0) {
		lines.push(line(t('ui.fix.changes', {count: fix.changes.length}), {bold: true}));
		fix.changes.forEach((change, i) => lines.push(...changeLines(change, i + 1, o)));
		lines.push([]);
		const targets = [...new Set(fix.changes.map((change) => changeTarget(change, t)))];
		lines.push(line(t('ui.fix.touches'), {bold: true}), ...targets.flatMap((target) => wrapLines(target, width, {}, 2)));
	}
	if (fix.manualCommands && fix.manualCommands.length > 0) {
		if (lines.length > 0) lines.push([]);
		lines.push(...wrapLines(t('ui.fix.runThese', {shell: SHELL_NAMES[shell]}), width, {bold: true}));
		// Whole commands, no prompt or indent, so a mouse selection copies them as they are.
		for (const command of fix.manualCommands) lines.push(...wrapLines(command, width, {color: 'cyan'}));
	}
	lines.push([]);
	const yesNo = (value: boolean) => t(value ? 'ui.yes' : 'ui.no');
	const facts: Array<[string, string, Line[number]['color']?]> = [
		[t('ui.fix.needsAdmin'), fix.needsAdmin ? t('ui.fix.needsAdminYes') : yesNo(false), fix.needsAdmin ? 'yellow' : undefined],
		[t('ui.fix.reversible'), fix.changes.length === 0 ? t('ui.fix.nothingApplied') : fix.reversible && !fix.changes.some((c) => c.kind === 'command' && c.irreversible) ? t('ui.fix.reversibleYes') : t('ui.fix.reversibleNo'), fix.reversible ? undefined : 'red'],
		...(fix.restartHint ? [[t('ui.fix.restart'), fix.restartHint] as [string, string]] : []),
	];
	const labelWidth = Math.max(...facts.map(([label]) => stringWidth(label))) + 2;
	for (const [label, value, color] of facts) lines.push(...wrapLines(value, width, color ? {color} : {}, 0, [seg(label + ' '.repeat(Math.max(1, labelWidth - stringWidth(label))), {dim: true})]));
	return lines;
}
