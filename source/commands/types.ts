import type {CommandContext} from '../command-context.js';
import type {MessageKey} from '../i18n/index.js';

export type OptionSpec = {type: 'boolean'; short?: string} | {type: 'string'; short?: string};

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
