import type {Lang, Translator} from './i18n/index.js';
import type {Lifecycle} from './lifecycle.js';
import type {System} from './system/types.js';

/**
 * What every command is given (built once per run in cli.ts), and what the REPL keeps of it:
 * the REPL runs inside the `repl` command and the checklist's `:` line, so it sits below
 * commands/ and this sits below both.
 */

/** The standard streams and environment of the run (a test gives its own). */
export interface Io {
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	stdin: NodeJS.ReadStream;
	env: NodeJS.ProcessEnv;
}

/** What a command is given. Values are the flags it declared plus the global ones. */
export interface CommandContext {
	io: Io;
	sys: System;
	t: Translator;
	lang: Lang;
	/** True when --lang was given: machine output (JSON) is English unless it was. */
	langExplicit: boolean;
	values: Readonly<Record<string, string | boolean | undefined>>;
	positionals: readonly string[];
	/**
	 * The process's life: the abort signal every cancellable step listens to, `critical` for
	 * a step that changes the machine, and the stop signal that came, if one did. Commands
	 * never listen to signals or exit themselves.
	 */
	lifecycle: Lifecycle;
}
