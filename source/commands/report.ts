import {CHECK_OPTIONS} from './check.js';
import type {Command} from './types.js';

/**
 * `goenv-tui report [--markdown] [-o file]`: every finding with its evidence and fixes, as
 * Markdown to paste into an issue or a helpdesk ticket, with personal data masked. A file
 * given with -o is written as UTF-8 (PowerShell 5's `>` would write UTF-16).
 */
export const reportCommand: Command = {
	name: 'report',
	help: 'cli.help.report',
	options: {markdown: {type: 'boolean'}, output: {type: 'string', short: 'o'}, offline: CHECK_OPTIONS.offline},
	async run(ctx) {
		// The checks and the Markdown report load only for this command.
		const [{markdownReport, personOf}, {reportMeta}, {userShellSyntax}, {suppressionsForCommand}, {runChecks}] = await Promise.all([
			import('../report/markdown.js'),
			import('../report/meta.js'),
			import('../shell/detect.js'),
			import('../suppressions/conf-store.js'),
			import('./run-checks.js'),
		]);
		const {findings, elapsedMs, t, facts} = await runChecks(ctx, {json: false, offline: ctx.values.offline === true});
		const {suppressions, now} = await suppressionsForCommand(ctx);
		const markdown = markdownReport(findings, reportMeta(ctx.sys, t.lang, elapsedMs), t, {
			suppressions,
			now,
			who: personOf(ctx.sys),
			// The terminal check already found the shell in this run: no second look (on Windows, no second PowerShell).
			shell: await userShellSyntax(facts),
		});
		const output = typeof ctx.values.output === 'string' ? ctx.values.output : undefined;
		if (!output) {
			ctx.io.stdout.write(markdown);
			return 0;
		}
		const file = ctx.sys.path.resolve(ctx.sys.cwd(), output);
		try {
			await ctx.sys.writeFile(file, markdown);
		} catch (error) {
			ctx.io.stderr.write(`${t('ui.msg.reportFailed', {file, error: error instanceof Error ? error.message : String(error)})}\n`);
			return 2;
		}
		ctx.io.stderr.write(`${t('ui.msg.reportWritten', {file})}\n`);
		return 0;
	},
};
