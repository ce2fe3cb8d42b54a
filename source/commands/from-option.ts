import type {Probe} from '../engine/probe.js';
import type {MessageKey, Params} from '../i18n/index.js';
import {PROBES} from '../probes/index.js';
import {parseFrom, replayProbes, replaySystem, type FromSource} from '../snapshot/from.js';
import {decodeText} from '../system/decode-text.js';
import {TOOL_NAME} from '../version.js';
import type {CommandContext} from './types.js';

/** `--from <file>`: diagnose a snapshot or a pasted `go env` instead of this machine. */
export const FROM_OPTION = {type: 'string'} as const;

export interface Replay {
	/** The same context, with the replayed System in place of this machine's. */
	ctx: CommandContext;
	probes: Probe[];
	from: FromSource;
}

/**
 * Builds what `--from` asks for: null without the flag; the replayed world; or, for a file
 * that is neither, a usage error already printed (the caller exits 2).
 */
export async function prepareFrom(ctx: CommandContext): Promise<Replay | null | {exitCode: 2}> {
	const file = ctx.values.from;
	if (typeof file !== 'string') return null;
	const input = await readInput(ctx, file);
	if (!input.ok) return usage(ctx, input.message, input.params);
	const parsed = parseFrom(input.text, file);
	if (!parsed.ok) return usage(ctx, parsed.message, parsed.params);
	return {ctx: {...ctx, sys: replaySystem(parsed.from)}, probes: replayProbes(PROBES, parsed.from), from: parsed.from};
}

/**
 * The text of a file a person gave (any encoding PowerShell or an editor writes), or of
 * standard input for `-`. In a terminal, standard input asks for the paste first.
 */
export async function readInput(ctx: CommandContext, file: string): Promise<{ok: true; text: string} | {ok: false; message: MessageKey; params: Params}> {
	if (file === '-') {
		if (ctx.io.stdin.isTTY) ctx.io.stderr.write(ctx.t('from.pastePrompt') + '\n');
		const chunks: Buffer[] = [];
		for await (const chunk of ctx.io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
		return {ok: true, text: decodeText(Buffer.concat(chunks))};
	}
	const text = await ctx.sys.readFile(ctx.sys.path.resolve(ctx.sys.cwd(), file), 'auto');
	if (text === null) return {ok: false, message: 'input.unreadable', params: {file}};
	if (text.trim() === '') return {ok: false, message: 'input.empty', params: {file}};
	return {ok: true, text};
}

function usage(ctx: CommandContext, message: MessageKey, params: Params): {exitCode: 2} {
	ctx.io.stderr.write(`${TOOL_NAME}: ${ctx.t(message, params)}\n${ctx.t('cli.usage.seeHelp', {name: TOOL_NAME})}\n`);
	return {exitCode: 2};
}
