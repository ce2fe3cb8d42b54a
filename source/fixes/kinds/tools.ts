import {findAllOnPath} from '../../facts/path-lookup.js';
import {firstLine} from '../../layout/lines.js';
import type {MessageKey, Params, Translator} from '../../i18n/index.js';
import {keyed, type Text} from '../../i18n/text.js';
import {redactDeep, redactSecrets} from '../../redact/secrets.js';
import {execEnd, type ExecResult} from '../../system/types.js';
import type {KindContext} from './types.js';

/**
 * A fix step that failed, with a sentence for the person (already translated, no secrets),
 * and the same sentence as a message key for the journal (`text`), when it has one.
 */
export class FixStepError extends Error {
	readonly text: Text | undefined;
	/**
	 * The step stopped before it wrote anything (the line to change is not there, no backup):
	 * the machine is as it was, so nothing of this step is rolled back.
	 */
	readonly nothingWritten: boolean;
	constructor(message: string, text?: Text, options: {nothingWritten?: boolean} = {}) {
		super(redactSecrets(message));
		this.name = 'FixStepError';
		this.text = text && redactDeep(text);
		this.nothingWritten = options.nothingWritten === true;
	}
}

/** A step error from a message key: translated now for the outcome, kept as a key for the journal. */
export function stepError(t: Translator, key: MessageKey, params?: Params, options: {nothingWritten?: boolean} = {}): FixStepError {
	return new FixStepError(t(key, params), keyed(key, params), options);
}

export const TOOL_TIMEOUT_MS = 60_000;

/** Runs a program for a fix (never through a shell) and throws when it does not exit 0. */
export async function runTool(ctx: KindContext, file: string, args: string[], options: {cwd?: string; timeoutMs?: number} = {}): Promise<ExecResult> {
	const result = await ctx.sys.exec({file, args, cwd: options.cwd, timeoutMs: options.timeoutMs ?? TOOL_TIMEOUT_MS});
	if (result.exitCode !== 0) throw stepError(ctx.t, 'fixes.error.command', {command: [file, ...args].join(' '), detail: failureDetail(ctx, result)});
	return result;
}

export function failureDetail(ctx: KindContext, result: ExecResult): string {
	const end = execEnd(result);
	if (end.kind === 'not-started') return end.errorCode;
	if (end.kind === 'timed-out') return ctx.t('evidence.timedOut');
	if (end.kind === 'signalled') return ctx.t('evidence.signalled', {signal: end.signal});
	const line = firstLine(result.stderr) || firstLine(result.stdout);
	return `${ctx.t('evidence.exitCode')} ${result.exitCode ?? '-'}${line ? `: ${line}` : ''}`;
}

/** The program that runs for a bare name (`go`, `git`), as a shell would find it. */
export async function resolveTool(ctx: KindContext, name: string): Promise<string | null> {
	if (name === 'go') return ctx.facts.goBinary();
	return ctx.facts.once(`tool:${name}`, async () => (await findAllOnPath(ctx.sys, name))[0] ?? null);
}
