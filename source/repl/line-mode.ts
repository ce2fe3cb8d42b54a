import readline from 'node:readline';
import type {CommandContext} from '../command-context.js';
import {STATUS_GLYPH} from '../layout/glyphs.js';
import type {Journal} from '../journal/journal.js';
import {cellWidth} from '../layout/width.js';
import {palette} from '../report/ansi.js';
import {minttyPipes} from '../system/console-shape.js';
import {colorWanted} from '../report/ansi.js';
import {completeLine} from './complete.js';
import {completionData} from './completion-data.js';
import {appendHistory, HISTORY_SIZE, loadHistory, storedForm} from './history.js';
import {Session} from './session.js';
import {execute} from './table.js';
import type {ReplIo} from './types.js';

/**
 * The line-mode REPL on Node's own readline: one reader of standard input for the whole
 * session, the prompt with the problem counts, history kept in the config folder, Tab
 * completion from the command table, Ctrl+C that cancels the line or the running command,
 * Ctrl+D that leaves. Without a terminal it runs a script: one command a line, stopping
 * at the first that fails unless `--keep-going`.
 */

export interface ReplOptions {
	ctx: CommandContext;
	offline: boolean;
	keepGoing: boolean;
	/** For tests: the undo journal. */
	journal?: Journal;
}

const CANCELLED = Symbol('cancelled');

/** Lines from readline, one at a time, whoever asks: the prompt, a confirmation, a paste. */
class LineQueue {
	private readonly queue: string[] = [];
	private waiter: ((line: string | null | typeof CANCELLED) => void) | undefined;
	private closed = false;

	constructor(rl: readline.Interface) {
		rl.on('line', (line) => {
			const waiter = this.waiter;
			this.waiter = undefined;
			if (waiter) waiter(line);
			else this.queue.push(line);
		});
		rl.on('close', () => {
			this.closed = true;
			const waiter = this.waiter;
			this.waiter = undefined;
			waiter?.(null);
		});
	}

	next(): Promise<string | null | typeof CANCELLED> {
		if (this.queue.length > 0) return Promise.resolve(this.queue.shift()!);
		if (this.closed) return Promise.resolve(null);
		return new Promise((resolve) => (this.waiter = resolve));
	}

	get waiting(): boolean {
		return this.waiter !== undefined;
	}

	cancel(): void {
		const waiter = this.waiter;
		this.waiter = undefined;
		waiter?.(CANCELLED);
	}
}

/**
 * A person at the keyboard: a terminal, or Git Bash's mintty without ConPTY, which gives
 * programs a pipe at both ends (its lines are still typed by a person; see console-shape.ts).
 * A file on standard input is a script, and so is a pipe anywhere else.
 */
export function typedByPerson(ctx: CommandContext): boolean {
	return Boolean(ctx.io.stdin.isTTY) || minttyPipes(ctx.io, ctx.sys.platform);
}

/** `goenv ✗2 ⚠1>`: the problems found so far, `…` while checks run, ✓ when there are none. */
export function promptText(session: Session, color: boolean): string {
	const paint = palette(color);
	const c = session.counts();
	const parts: string[] = [];
	if (c.error > 0) parts.push(paint.red(`${STATUS_GLYPH.error}${c.error}`));
	if (c.warn > 0) parts.push(paint.yellow(`${STATUS_GLYPH.warn}${c.warn}`));
	if (c.unknown > 0) parts.push(paint.dim(`${STATUS_GLYPH.unknown}${c.unknown}`));
	if (c.running) parts.push(paint.dim(STATUS_GLYPH.running));
	if (parts.length === 0) parts.push(paint.green(STATUS_GLYPH.ok));
	return `goenv ${parts.join(' ')}> `;
}

export async function runRepl(options: ReplOptions): Promise<number> {
	const {ctx} = options;
	const {stdin, stdout, stderr, env} = ctx.io;
	const person = typedByPerson(ctx);
	const terminal = person && Boolean(stdin.isTTY) && Boolean(stdout.isTTY) && env.TERM !== 'dumb';
	const color = colorWanted(stdout, env);
	const stored = person ? await loadHistory(ctx.sys).catch(() => []) : [];
	/** What the pending read is for: a command at the prompt, or an answer (not kept in history, no completion). */
	let reading: 'command' | 'answer' | undefined;
	let session!: Session;

	const completer = (line: string, callback: (error: Error | null, result: [string[], string]) => void) => {
		if (reading !== 'command') return callback(null, [[], line]);
		completionData(session).then(
			(data) => callback(null, completeLine(line, data)),
			() => callback(null, [[], line]),
		);
	};
	const rl = readline.createInterface({
		input: stdin,
		output: stdout,
		terminal,
		history: [...stored].reverse(),
		historySize: HISTORY_SIZE,
		removeHistoryDuplicates: true,
		tabSize: 4,
		...(terminal ? {completer} : {}),
	});
	const lines = new LineQueue(rl);
	/**
	 * While a command the person typed runs, the terminal is its: readline stops reading, and
	 * the terminal's own line mode (echo, Backspace, Ctrl+C as a signal to the command and to
	 * us, Ctrl+D as its end of input) is back, as under their shell. Then the line editor resumes.
	 */
	async function lendInput<T>(run: () => Promise<T>): Promise<T> {
		rl.pause();
		if (terminal) stdin.setRawMode(false);
		try {
			return await run();
		} finally {
			if (terminal) stdin.setRawMode(true);
			rl.resume();
		}
	}
	// Answers to a question and pasted text are not commands: they stay out of the history.
	rl.on('history', (history: string[]) => {
		if (reading === 'answer' && history[0] === rl.line) history.shift();
	});

	const io: ReplIo = {
		out: (text) => void stdout.write(text),
		err: (text) => void stderr.write(text),
		async ask(question) {
			if (person) {
				rl.setPrompt(question);
				rl.prompt();
			}
			reading = 'answer';
			const line = await lines.next();
			reading = undefined;
			return typeof line === 'string' ? line : null;
		},
		interactive: person,
		get rows() {
			return terminal ? (stdout.rows ?? 0) : 0;
		},
		// Only a terminal: readline's pending read of a pipe (mintty without ConPTY) could keep what was typed for itself.
		...(person && stdin.isTTY ? {lendInput} : {}),
	};
	session = new Session({ctx, io, offline: options.offline, ...(options.journal ? {journal: options.journal} : {})});

	// Ctrl+C. In a terminal it is a key (readline's SIGINT event); from a script, `kill -INT`
	// or a dumb terminal it is the signal. Either way: stop what runs, else drop the line,
	// else (twice on an empty line) leave, as Node's own REPL does.
	let armed = false;
	let stopScript = false;
	const onInterrupt = () => {
		if (session.busy) {
			session.interrupt();
			return;
		}
		if (!person) {
			stopScript = true;
			lines.cancel();
			return;
		}
		if (reading === 'answer') {
			stdout.write('^C\n');
			lines.cancel();
			return;
		}
		if (terminal && rl.line.length > 0) {
			stdout.write('^C');
			// Public since Node 0.x, missing from the typings: drops the line and moves to a new one.
			(rl as unknown as {clearLine(): void}).clearLine();
			armed = false;
			rl.prompt();
			return;
		}
		if (armed) {
			stdout.write('\n');
			rl.close();
			return;
		}
		armed = true;
		stdout.write(`^C\n${session.t('repl.ctrlC')}\n`);
		rl.prompt();
	};
	rl.on('SIGINT', onInterrupt);
	// The signal comes through the lifecycle, which owns the process's signals: while the
	// session runs, a SIGINT is this handler's, not a stop of the process.
	const giveBack = ctx.lifecycle.takeInterrupts(onInterrupt);
	/**
	 * Libraries loaded on the way (the journal's) hook SIGINT to re-send the signal and end the
	 * process, which would cut a fix in half or end the session on a Ctrl+C meant for `go`:
	 * the lifecycle removes their listeners again after each command. Their clean-up still
	 * runs at exit.
	 */
	const keepSigintOurs = () => ctx.lifecycle.keepSignals();
	/**
	 * SIGTERM (a CI job's timeout) or SIGHUP (the terminal closed) ends the session: a change
	 * under way finishes first (a critical step of the lifecycle), a command or checks under
	 * way stop as on Ctrl+C, and no further line runs.
	 */
	let stopped = false;
	const stopListening = ctx.lifecycle.onStop(() => {
		stopped = true;
		if (session.busy) session.interrupt();
		lines.cancel();
	});

	// The prompt's counts follow the checks while the person types.
	let shown = '';
	let subscribed: (() => void) | undefined;
	let engine = session.engine;
	const follow = () => {
		subscribed?.();
		engine = session.engine;
		subscribed = engine.subscribe(() => {
			if (!terminal || reading !== 'command') return;
			const next = promptText(session, color);
			if (next === shown) return;
			shown = next;
			redrawPrompt(next);
		});
	};
	/**
	 * The prompt redrawn in place with new counts: a carriage return, the prompt and the line
	 * typed so far, the rest of the row erased, the cursor moved back to where it was. Not
	 * readline's own redraw, which starts with "cursor to column 1" (CSI 1G): after a few of
	 * those in a row Wine's console loses its row and leaves the prompt split over two lines
	 * ("goenv" alone above the rest). A line that wraps keeps readline's redraw.
	 */
	const redrawPrompt = (next: string) => {
		rl.setPrompt(next);
		const total = cellWidth(next) + cellWidth(rl.line);
		if (total >= (stdout.columns ?? 80)) {
			rl.prompt(true);
			return;
		}
		const back = cellWidth(rl.line.slice(rl.cursor));
		stdout.write(`\r${next}${rl.line}\u001B[K${back > 0 ? `\u001B[${back}D` : ''}`);
	};
	follow();

	let failed = false;
	let lineNumber = 0;
	try {
		for (;;) {
			if (session.engine !== engine) follow();
			if (person) {
				shown = promptText(session, color);
				rl.setPrompt(shown);
				rl.prompt();
			}
			reading = 'command';
			const line = await lines.next();
			reading = undefined;
			if (line === null || stopped) break;
			if (line === CANCELLED) {
				if (stopScript) {
					failed = true;
					stderr.write(session.t('repl.script.interrupted') + '\n');
					break;
				}
				continue;
			}
			lineNumber += 1;
			armed = false;
			if (!person) {
				if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
				// The transcript shows the line as history keeps it: a password typed into it is not printed.
				stdout.write(`goenv> ${storedForm(line)}\n`);
			} else if (line.trim() !== '') {
				await appendHistory(ctx.sys, line).catch(() => undefined);
			}
			let outcome;
			try {
				outcome = await execute(session, line);
			} catch (error) {
				stderr.write(session.t('cli.internalError', {message: error instanceof Error ? (error.stack ?? error.message) : String(error)}) + '\n');
				outcome = {ok: false};
			}
			keepSigintOurs();
			if (outcome.quit || stopped) break;
			if (!outcome.ok) {
				failed = true;
				if (stopScript || (!person && !options.keepGoing)) {
					stderr.write(session.t(stopScript ? 'repl.script.interrupted' : 'repl.script.stopped', {line: lineNumber}) + '\n');
					break;
				}
			}
		}
	} finally {
		subscribed?.();
		stopListening();
		giveBack();
		rl.off('SIGINT', onInterrupt);
		rl.close();
		session.close();
	}
	if (person && !stopScript) stdout.write('\n');
	return stopScript ? 130 : failed && !person ? 1 : 0;
}
