import {TOOL_NAME} from '../version.js';
import {CHECK_OPTIONS} from './check.js';
import type {Command} from './types.js';

/**
 * `explain [file|-]`: the likely causes of a pasted error, each with the line it was found
 * on, the checks that would confirm it on the machine, and the fix. The matcher, its rules and
 * the checks' ids load when the command runs (every other command's start stays short).
 */
export const explainCommand: Command = {
	name: 'explain',
	help: 'explain.help',
	options: {json: CHECK_OPTIONS.json},
	maxPositionals: 1,
	async run(ctx) {
		const [{readInput}, {matchErrors}, {explainJson, explainText}, {checkIds}, {createTranslator}] = await Promise.all([
			import('./from-option.js'),
			import('../explain/match.js'),
			import('../report/explain.js'),
			import('./run-checks.js'),
			import('../i18n/index.js'),
		]);
		const file = ctx.positionals[0] ?? '-';
		const input = await readInput(ctx, file);
		if (!input.ok) {
			ctx.io.stderr.write(`${TOOL_NAME}: ${ctx.t(input.message, input.params)}\n`);
			return 2;
		}
		const causes = matchErrors(input.text);
		// JSON is a machine contract: English unless --lang was given.
		const t = ctx.values.json === true && !ctx.langExplicit ? createTranslator('en') : ctx.t;
		if (ctx.values.json === true) {
			ctx.io.stdout.write(JSON.stringify(explainJson(t, causes), null, 2) + '\n');
			return 0;
		}
		ctx.io.stdout.write(explainText(t, causes, ctx.sys.platform, checkIds()));
		return 0;
	},
};
