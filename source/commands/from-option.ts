import type {Probe} from '../engine/probe.js';
import type {MessageKey, Params} from '../i18n/index.js';
import type {FromSource} from '../snapshot/from.js';
import {decodeText} from '../system/decode-text.js';
import {TOOL_NAME} from '../version.js';
import type {CommandContext} from '../command-context.js';

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
	// Replaying loads only when asked for.
	const [{parseFrom, replayProbes, replaySystem}, {PROBES}] = await Promise.all([import('../snapshot/from.js'), import('../probes/index.js')]);
	const parsed = parseFrom(input.text, file);
	if (!parsed.ok) return usage(ctx, parsed.message, parsed.params);
	return {ctx: {...ctx, sys: replaySystem(parsed.from)}, probes: replayProbes(PROBES, parsed.from), from: parsed.from};
}

/**
 * What a person hands us (a file, standard input, a paste) is read up to this size: a `go env`,
 * a snapshot or a build log is far smaller, and a device or an endless pipe must not fill the
 * memory. The README names the limit.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** How much is looked at before deciding an input is not text (NUL bytes: a binary, /dev/zero). */
const SNIFF_BYTES = 64 * 1024;

type Input = {ok: true; text: string} | {ok: false; message: MessageKey; params: Params};

/**
 * The text of a file a person gave (any encoding PowerShell or an editor writes), or of
 * standard input for `-`. In a terminal, standard input asks for the paste first. Bounded:
 * more than MAX_INPUT_BYTES is refused, and so is an input that is not text, as soon as its
 * first bytes say so. A stop (Ctrl+C) ends the wait for standard input.
 */
export async function readInput(ctx: CommandContext, file: string): Promise<Input> {
	const limit = {file, limit: '10 MB'};
	if (file === '-') {
		if (ctx.io.stdin.isTTY) ctx.io.stderr.write(ctx.t('from.pastePrompt') + '\n');
		const read = await readStream(ctx.io.stdin, ctx.lifecycle.signal);
		if (read === 'too-large') return {ok: false, message: 'input.tooLarge', params: limit};
		if (read === 'binary') return {ok: false, message: 'input.binary', params: {file}};
		if (read === 'stopped') return {ok: false, message: 'input.stopped', params: {file}};
		const text = decodeText(read);
		return text.trim() === '' ? {ok: false, message: 'input.empty', params: {file}} : {ok: true, text};
	}
	const read = await ctx.sys.readText(ctx.sys.path.resolve(ctx.sys.cwd(), file), {encoding: 'auto', maxBytes: MAX_INPUT_BYTES, textOnly: true});
	if (!read.ok) {
		if (read.code === 'EFBIG') return {ok: false, message: 'input.tooLarge', params: limit};
		if (read.code === 'EBINARY') return {ok: false, message: 'input.binary', params: {file}};
		return {ok: false, message: 'input.unreadable', params: {file}};
	}
	if (read.value.trim() === '') return {ok: false, message: 'input.empty', params: {file}};
	return {ok: true, text: read.value};
}

/**
 * Standard input up to the limit. Reading stops (and the stream is let go) as soon as the
 * input is too large or its first bytes are not text, or the run is stopped.
 */
function readStream(stream: NodeJS.ReadableStream, signal: AbortSignal): Promise<Buffer | 'too-large' | 'binary' | 'stopped'> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let sniffed = false;
		const done = (value: Buffer | 'too-large' | 'binary' | 'stopped') => {
			stream.off('data', onData);
			stream.off('end', onEnd);
			stream.off('error', onEnd);
			signal.removeEventListener('abort', onStop);
			if (value !== 'stopped' && typeof value !== 'object') stream.pause();
			if (typeof value !== 'object') (stream as {destroy?: () => void}).destroy?.();
			resolve(value);
		};
		const onData = (chunk: Buffer | string) => {
			const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			chunks.push(bytes);
			size += bytes.length;
			if (size > MAX_INPUT_BYTES) return done('too-large');
			if (!sniffed && size >= SNIFF_BYTES) {
				sniffed = true;
				if (!looksLikeText(Buffer.concat(chunks))) return done('binary');
			}
		};
		const onEnd = () => {
			const bytes = Buffer.concat(chunks);
			done(looksLikeText(bytes) ? bytes : 'binary');
		};
		const onStop = () => done('stopped');
		if (signal.aborted) return done('stopped');
		signal.addEventListener('abort', onStop, {once: true});
		stream.on('data', onData);
		stream.on('end', onEnd);
		stream.on('error', onEnd);
		stream.resume();
	});
}

/** Text, not a binary: no NUL byte in its start (UTF-16 with a byte-order mark has them, and is text). */
export function looksLikeText(bytes: Uint8Array): boolean {
	const start = bytes.subarray(0, SNIFF_BYTES);
	if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff)) return true;
	return !start.includes(0);
}

function usage(ctx: CommandContext, message: MessageKey, params: Params): {exitCode: 2} {
	ctx.io.stderr.write(`${TOOL_NAME}: ${ctx.t(message, params)}\n${ctx.t('cli.usage.seeHelp', {name: TOOL_NAME})}\n`);
	return {exitCode: 2};
}
