import {cellWidth} from '../layout/width.js';
import type {ChangeTarget, ChangeView, Conflict, FixPreview} from '../fixes/types.js';
import {joinList, type Translator} from '../i18n/index.js';
import {commandLine, type ShellKind} from '../shell/syntax.js';
import {hardWrap, line, printable, seg, spaced, wrapLines, type Line, type Style} from '../layout/lines.js';

export interface FixViewOptions {
	t: Translator;
	width: number;
	shell: ShellKind;
}

/** Shells by their own names, which are never translated. */
const SHELL_NAMES: Record<ShellKind, string> = {powershell: 'PowerShell', cmd: 'cmd', posix: 'sh/bash'};

export function shellName(shell: ShellKind): string {
	return SHELL_NAMES[shell];
}

/** What a change touches, named the way the user would look for it. */
export function targetText(target: ChangeTarget, t: Translator): string {
	switch (target.type) {
		case 'go-env':
			return target.file;
		case 'registry':
			return `${target.key}\\${target.name}`;
		case 'file':
			return target.path;
		case 'git-config':
			return target.repo ? t('ui.fix.gitScopeRepo', {scope: target.scope, repo: target.repo}) : t('ui.fix.gitScope', {scope: target.scope});
		case 'defender':
			return spaced(t('ui.fix.defenderTarget'), target.path);
		case 'command':
			return target.cwd ? t('ui.fix.commandIn', {program: target.argv[0] ?? '', cwd: target.cwd}) : (target.argv[0] ?? '');
	}
}

/** Each thing a change touches: a command names what it changes (the files it rewrites) when it can. */
export function targetTexts(target: ChangeTarget, t: Translator): string[] {
	return target.type === 'command' && target.affects && target.affects.length > 0 ? target.affects : [targetText(target, t)];
}

/** The character that continues a command on the next line, in each shell. */
const CONTINUATION: Record<ShellKind, string> = {powershell: '`', cmd: '^', posix: '\\'};

/**
 * A command to copy, cut into lines that fit: at a space outside quotes, each line but the
 * last ending in the shell's continuation character, so that what a mouse selection copies
 * (newlines included) runs as the one command it is. A word wider than the line alone can
 * only be broken inside, as any text is.
 */
export function commandLines(command: string, shell: ShellKind, width: number): string[] {
	const room = Math.max(1, width - 2);
	const lines: string[] = [];
	let rest = command;
	while (cellWidth(rest) > width) {
		const cut = breakAt(rest, room, shell);
		if (cut < 0) break;
		lines.push(...hardWrap(`${rest.slice(0, cut)} ${CONTINUATION[shell]}`, width));
		rest = rest.slice(cut + 1);
	}
	return [...lines, ...hardWrap(rest, width)];
}

/** The last space outside quotes with at most `room` cells before it; else the first one; else -1. */
function breakAt(text: string, room: number, shell: ShellKind): number {
	let quote: string | undefined;
	let escaped = false;
	let used = 0;
	let index = 0;
	let last = -1;
	for (const char of text) {
		if (escaped) escaped = false;
		else if (quote) {
			if (char === quote) quote = undefined;
		} else if (shell === 'posix' && char === '\\') escaped = true;
		else if (char === "'" || char === '"') quote = char;
		else if (char === ' ' && index > 0) {
			if (used <= room || last < 0) last = index;
			if (used > room) break;
		}
		used += cellWidth(char);
		index += char.length;
	}
	return last;
}

/** Labels padded to one width (in cells), so values line up in either language. */
function labelled(rows: Array<[string, string, Style]>, width: number, indent: number): Line[] {
	const labelWidth = Math.max(...rows.map(([label]) => cellWidth(label)));
	return rows.flatMap(([label, value, style]) =>
		wrapLines(value, width, style, 0, [seg(' '.repeat(indent)), seg(label + ' '.repeat(labelWidth - cellWidth(label) + 2), {dim: true})]),
	);
}

/**
 * One change as the preview, the journal and undo show it: what it changes, before → after
 * (for PATH and files, the lines kept, removed — struck out and marked `-` for terminals
 * without strikethrough — and added), the exact command that runs, and its backup.
 */
export function changeLines(view: ChangeView, number: number, o: FixViewOptions): Line[] {
	const {t, width, shell} = o;
	const tags = [view.needsAdmin ? t('ui.fix.tagAdmin') : '', view.reversible ? '' : t('ui.fix.tagIrreversible')].filter(Boolean);
	const lines: Line[] = wrapLines(view.label, width, {bold: true}, 0, [seg(`  ${number}. `, {dim: true})]);
	if (tags.length > 0) lines.push(line(`     [${joinList(t, tags)}]`, view.reversible ? {color: 'yellow'} : {color: 'red', bold: true}));
	if (view.diff && view.diff.length > 0) {
		for (const item of view.diff) {
			const text = printable(item.text) || ' ';
			if (item.op === ' ') lines.push(...wrapLines(text, width, {dim: true}, 7));
			else if (item.op === '-') lines.push(...wrapLines(text, width, {color: 'red', strike: true}, 0, [seg('     '), seg('- ', {color: 'red'})]));
			else lines.push(...wrapLines(text, width, {color: 'green'}, 0, [seg('     '), seg('+ ', {color: 'green'})]));
		}
	} else if (view.before !== '' || view.after !== '') {
		lines.push(
			...labelled(
				[
					[t('ui.fix.before'), printable(view.before), {color: 'red'}],
					[t('ui.fix.after'), printable(view.after), {color: 'green'}],
				],
				width,
				5,
			),
		);
	}
	if (view.command && view.command.length > 0) lines.push(...wrapLines(commandLine(shell, view.command), width, {color: 'cyan'}, 0, [seg('     $ ', {dim: true})]));
	if (view.backup) lines.push(...wrapLines(t('ui.fix.backup'), width, {dim: true}, 5));
	return lines;
}

/** The three values of a conflict: before the fix, what the fix wrote, what is there now. */
export function conflictLines(conflicts: readonly Conflict[], o: FixViewOptions): Line[] {
	const {t, width} = o;
	return conflicts.flatMap((conflict, i) => [
		...wrapLines(conflict.label, width, {bold: true}, 0, [seg(`  ${i + 1}. `, {dim: true})]),
		...labelled(
			[
				[t('ui.conflict.before'), conflict.before, {}],
				[t('ui.conflict.ours'), conflict.ours, {color: 'green'}],
				[t('ui.conflict.now'), conflict.now, {color: 'yellow', bold: true}],
			],
			width,
			5,
		),
	]);
}

/**
 * The whole preview of a fix, from the executor's own description of it: every change as
 * before → after, what it touches, whether it needs admin (with the elevated script in
 * full), whether it can be undone, and who must restart. A fix with nothing to apply shows
 * the commands to run instead, in the user's shell, one per line, ready to copy.
 */
export function fixPreviewLines(preview: FixPreview, o: FixViewOptions): Line[] {
	const {t, width, shell} = o;
	const lines: Line[] = [];
	if (preview.fix.description) lines.push(...wrapLines(preview.fix.description, width), []);
	if (preview.blockers.length > 0) {
		lines.push(line(t('ui.fix.blocked'), {bold: true, color: 'red'}));
		for (const blocker of preview.blockers) lines.push(...wrapLines(blocker, width, {color: 'red'}, 2));
		lines.push([]);
	}
	if (preview.views.length > 0) {
		lines.push(line(t('ui.fix.changes', {count: preview.views.length}), {bold: true}));
		preview.views.forEach((view, i) => lines.push(...changeLines(view, i + 1, o)));
		lines.push([], line(t('ui.fix.touches'), {bold: true}));
		for (const target of new Set(preview.views.flatMap((view) => targetTexts(view.target, t)))) lines.push(...wrapLines(target, width, {}, 2));
	}
	if (preview.manualCommands.length > 0) {
		if (lines.length > 0 && lines.at(-1)!.length > 0) lines.push([]);
		lines.push(...wrapLines(t('ui.fix.runThese', {shell: shellName(shell)}), width, {bold: true}));
		// Whole commands, with no prompt or indent, so that a mouse selection copies them as they are.
		for (const command of preview.manualCommands) lines.push(...commandLines(command, shell, width).map((text) => line(text, {color: 'cyan'})));
	}
	if (preview.elevatedScript) {
		lines.push([], ...wrapLines(t('ui.fix.elevatedScript'), width, {bold: true, color: 'yellow'}));
		for (const raw of preview.elevatedScript.replace(/\s+$/, '').split(/\r?\n/)) lines.push(...wrapLines(printable(raw) || ' ', width, {}, 2));
	}
	lines.push([]);
	const nothing = preview.views.length === 0;
	lines.push(
		...labelled(
			[
				// The UAC prompt is goenv-tui's own; commands left to the user need their own admin terminal.
				[t('ui.fix.needsAdmin'), preview.needsAdmin ? t(nothing ? 'ui.fix.needsAdminManual' : 'ui.fix.needsAdminYes') : t('ui.no'), preview.needsAdmin ? {color: 'yellow'} : {}],
				[
					t('ui.fix.reversible'),
					nothing ? t('ui.fix.nothingApplied') : preview.irreversible.length > 0 || !preview.reversible ? t('ui.fix.reversibleNo') : t('ui.fix.reversibleYes'),
					preview.irreversible.length > 0 || (!nothing && !preview.reversible) ? {color: 'red', bold: true} : {},
				],
				...(preview.restartHint ? [[t('ui.fix.restart'), preview.restartHint, {}] as [string, string, Style]] : []),
			],
			width,
			0,
		),
	);
	return lines;
}
