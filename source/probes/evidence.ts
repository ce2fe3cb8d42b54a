import type {CommandFact} from '../facts/facts.js';
import type {SectionError} from '../facts/windows-batch.js';
import {execEnd, type ExecResult} from '../system/types.js';
import type {Translator} from '../i18n/index.js';
import type {Evidence} from '../model/finding.js';
import {firstLine} from '../layout/lines.js';

// Probes name it with the rest of their evidence helpers; it lives below both them and fixes/.
export {firstLine};

/** The raw output of a command, as evidence: the exact argv, exit code, stdout, stderr. */
export function commandEvidence(t: Translator, command: CommandFact, title = t('evidence.command')): Evidence {
	return {
		kind: 'command',
		title,
		argv: command.argv,
		exitCode: command.result.exitCode,
		stdout: command.result.stdout,
		stderr: command.result.stderr,
		...endFields(command.result),
	};
}

/** How a command ended, as the evidence keeps it: timed out, ended by a signal, never started, cut. */
function endFields(result: ExecResult): {timedOut?: true; signal?: string; startError?: string; truncated?: true} {
	const end = execEnd(result);
	return {
		...(end.kind === 'timed-out' ? {timedOut: true} : {}),
		...(end.kind === 'signalled' ? {signal: end.signal} : {}),
		...(end.kind === 'not-started' ? {startError: end.errorCode} : {}),
		...(result.truncated ? {truncated: true} : {}),
	};
}

/**
 * Why a program did not give the answer asked for, in one line: its first line of error
 * output, else how it ended (`ENOENT`, `exit code 2`), else what it printed instead.
 */
export function exitText(t: Translator, result: ExecResult): string {
	const end = execEnd(result);
	if (end.kind === 'timed-out') return t('evidence.timedOut');
	const ended = end.kind === 'signalled' ? t('evidence.signalled', {signal: end.signal}) : result.exitCode !== 0 ? `${t('evidence.exitCode')} ${result.exitCode ?? '?'}` : '';
	return firstLine(result.stderr) || result.errorCode || ended || firstLine(result.stdout) || '?';
}

export function yesNo(t: Translator, value: boolean): string {
	return value ? t('ui.yes') : t('ui.no');
}

/** Why a section of the Windows facts batch has no data, in the user's language (PowerShell's own text where it gave one). */
export function failedText(t: Translator, section: {ok: true} | ({ok: false} & SectionError)): string {
	if (section.ok) return '';
	return section.reason === 'section-failed' ? section.message : t(`windows.batch.${section.reason}`, {detail: section.message});
}
