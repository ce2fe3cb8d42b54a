import {CHECK_OPTIONS} from './check.js';
import type {Command} from './types.js';

/**
 * `goenv-tui repl`: the line-mode repair prompt. Works wherever a line can be read: a
 * terminal, Git Bash's mintty without ConPTY, a dumb terminal, or a script on standard
 * input (`goenv-tui repl < steps.txt`).
 */
export const replCommand: Command = {
	name: 'repl',
	help: 'repl.cli.help',
	options: {offline: CHECK_OPTIONS.offline, 'keep-going': {type: 'boolean'}},
	async run(ctx) {
		// chalk is not used here, but the prompt's colours follow NO_COLOR like every report.
		const {runRepl} = await import('../repl/line-mode.js');
		return runRepl({ctx, offline: ctx.values.offline === true, keepGoing: ctx.values['keep-going'] === true});
	},
};
