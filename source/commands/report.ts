import {markdownReport, personOf} from '../report/markdown.js';
import {reportMeta} from '../report/meta.js';
import {Facts} from '../facts/facts.js';
import {userShellSyntax} from '../shell/detect.js';
import {suppressionsForCommand} from '../suppressions/conf-store.js';
import {CHECK_OPTIONS} from './check.js';
import {runChecks} from './run-checks.js';
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
		const {findings, elapsedMs, t} = await runChecks(ctx, {json: false, offline: ctx.values.offline === true});
		const {suppressions, now} = await suppressionsForCommand(ctx);
		const markdown = markdownReport(findings, reportMeta(ctx.sys, t.lang, elapsedMs), t, {
			suppressions,
			now,
			who: personOf(ctx.sys),
			shell: await userShellSyntax(new Facts(ctx.sys)),
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
