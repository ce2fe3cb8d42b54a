import type {MessageKey} from '../i18n/index.js';
import type {Session} from './session.js';

/**
 * What a command of the REPL reads and writes through: the same for the line-mode prompt
 * (Node's readline) and for the checklist's `:` line. Nothing here knows which one it is.
 */
export interface ReplIo {
	/** Output for the person (the command's stdout). */
	out(text: string): void;
	/** Errors and notes that are not the command's output (stderr in line mode). */
	err(text: string): void;
	/**
	 * Reads one line: a confirmation, a line of pasted text (in a script, its next line).
	 * null when there is no answer (end of input, Ctrl+C, Ctrl+D). Confirmations are asked
	 * only when `interactive` is true.
	 */
	ask(question: string): Promise<string | null>;
	/** A person is there to answer. A script is not: its confirmations are `--yes` on the line. */
	readonly interactive: boolean;
	/** Terminal rows for paging long output (0: no paging, as in a script). */
	readonly rows: number;
	/**
	 * Hands the person's terminal to a command they typed (`go run` of a program that asks
	 * something) while `run` runs, as their shell would, and takes it back after. Absent where
	 * the command gets no input: a script (its next lines are the REPL's commands, not the
	 * program's), the checklist's `:` line (the checklist keeps its keys), a pipe.
	 */
	lendInput?<T>(run: () => Promise<T>): Promise<T>;
}

/** How a command ended. A script stops at the first one that is not ok (unless --keep-going). */
export interface Outcome {
	ok: boolean;
	/** The person asked to leave. */
	quit?: boolean;
}

export const OK: Outcome = {ok: true};
export const FAILED: Outcome = {ok: false};

/** A fix offered by number, after `go` failed or `explain` named causes: `fix 1` applies it. */
export interface Offer {
	findingId: string;
	fixId: string;
	title: string;
}

/** Thrown when the person stopped a wait (Ctrl+C while the checks ran). */
export class Cancelled extends Error {
	constructor() {
		super('cancelled');
		this.name = 'Cancelled';
	}
}

/** A command's words: positionals in order, and the flags given. */
export interface Args {
	words: string[];
	flags: ReadonlySet<string>;
	/** For raw commands (`go`): the rest of the line as typed. */
	raw?: string;
	/** Flags with a value (`-o file`). */
	values?: ReadonlyMap<string, string>;
}

/** What a word of a command is, for Tab completion: the values come from the session. */
export type ArgKind = 'command' | 'finding' | 'fix' | 'entry' | 'setting' | 'assignment' | 'layer' | 'path-entry' | 'tool' | 'file';

/**
 * One command of the REPL: its name and aliases, its usage (code, never translated), its
 * help in every language, the flags it takes, what each argument is (for completion), and
 * what it does. The table of these rows is the one source for dispatch, completion, `help`,
 * and the checklist's `:` line.
 */
export interface CommandRow {
	name: string;
	aliases?: readonly string[];
	usage: string;
	/** One line, for the list `help` prints. */
	summary: MessageKey;
	/** The paragraph `help <command>` prints below the usage. */
	help: MessageKey;
	/** Flags without a value (`--yes`; `-y` is `--yes`). */
	flags?: readonly string[];
	/** Flags with a value (`-o file`). */
	options?: readonly string[];
	/** The words after the name are the command's own, untouched (`go build -v ./...`). */
	raw?: boolean;
	/** What the next word is, given the words before it (flags left out): a kind, or the words themselves. */
	argAt?(before: readonly string[]): ArgKind | readonly string[] | undefined;
	run(session: Session, args: Args): Promise<Outcome>;
}
