import type {CommandContext} from '../command-context.js';
import type {Engine} from '../engine/engine.js';
import {completeLine} from './complete.js';
import {completionData} from './completion-data.js';
import {appendHistory, loadHistory} from './history.js';
import {Session} from './session.js';
import {execute} from './table.js';
import type {ReplIo} from './types.js';

/**
 * The REPL behind the checklist's `:` line: the same command table, a session on the
 * checklist's own engine (so `check`, `fix` and `undo` update the rows the person sees), its
 * output and its questions handed to the UI, which shows them in its pane.
 */
export interface EmbeddedRepl {
	/** Runs one line; resolves when the command has finished. */
	run(line: string): Promise<{ok: boolean; quit?: boolean}>;
	/** The answer to the question the running command asked (null: none, Esc or Ctrl+C). */
	answer(text: string | null): void;
	/** Ctrl+C while a command runs: a `go` gets SIGINT; a change finishes first. */
	interrupt(): void;
	complete(line: string): Promise<[string[], string]>;
	/** The stored history, oldest first, and adding to it (secrets redacted). */
	history(): Promise<string[]>;
	remember(line: string): Promise<void>;
}

export interface EmbeddedOptions {
	ctx: CommandContext;
	engine: Engine;
	offline: boolean;
	/** Everything the commands print. */
	out(text: string): void;
	/** A command asks a question (a confirmation): the next line typed answers it. */
	ask(question: string): void;
}

export function embeddedRepl(options: EmbeddedOptions): EmbeddedRepl {
	let pending: ((answer: string | null) => void) | undefined;
	const io: ReplIo = {
		out: options.out,
		err: options.out,
		ask(question) {
			options.ask(question);
			return new Promise((resolve) => (pending = resolve));
		},
		interactive: true,
		// The pane scrolls: nothing is paged.
		rows: 0,
	};
	const session = new Session({ctx: options.ctx, io, offline: options.offline, engine: options.engine});
	const {sys} = options.ctx;
	const settle = (answer: string | null) => {
		const resolve = pending;
		pending = undefined;
		resolve?.(answer);
	};
	return {
		async run(line) {
			try {
				return await execute(session, line);
			} catch (error) {
				options.out(session.t('cli.internalError', {message: error instanceof Error ? error.message : String(error)}) + '\n');
				return {ok: false};
			} finally {
				settle(null);
			}
		},
		answer: settle,
		interrupt() {
			settle(null);
			session.interrupt();
		},
		complete: async (line) => completeLine(line, await completionData(session)),
		history: () => loadHistory(sys).catch(() => []),
		remember: (line) => appendHistory(sys, line).catch(() => undefined),
	};
}
