import type {Lang, MessageKey, Translator} from '../i18n/index.js';
import type {Lifecycle} from '../lifecycle.js';
import type {System} from '../system/types.js';

export interface Io {
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	stdin: NodeJS.ReadStream;
	env: NodeJS.ProcessEnv;
}

export type OptionSpec = {type: 'boolean'; short?: string} | {type: 'string'; short?: string};

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

export interface Command {
	/** The word after `goenv-tui`; '' for the bare command. */
	name: string;
	/** Its lines in --help (usage and options), in both languages. */
	help: MessageKey;
	options: Readonly<Record<string, OptionSpec>>;
	/** How many positional arguments it takes at most. */
	maxPositionals?: number;
	/** Validates flags before anything runs; returns a usage error message or undefined. */
	validate?(ctx: CommandContext): string | undefined | Promise<string | undefined>;
	run(ctx: CommandContext): Promise<number>;
}
