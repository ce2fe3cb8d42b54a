import {CHECK_OPTIONS} from './check.js';
import type {Command} from './types.js';

/**
 * `goenv-tui report [--markdown] [--dir <folder> | -o <file|->]`: every finding with its
 * evidence and fixes, as Markdown to paste into an issue or a helpdesk ticket, with personal
 * data masked. It goes to a new file in the reports folder (see report/destination.ts), never
 * into the current folder unless asked, and the program says where; `-o -` prints it instead.
 * Files are UTF-8 (PowerShell 5's `>` would write UTF-16).
 */
export const reportCommand: Command = {
	name: 'report',
	help: 'cli.help.report',
	options: {markdown: {type: 'boolean'}, output: {type: 'string', short: 'o'}, dir: {type: 'string'}, offline: CHECK_OPTIONS.offline},
	validate(ctx) {
		if (ctx.values.output !== undefined && ctx.values.dir !== undefined) return ctx.t('cli.usage.outputOrDir');
		if (ctx.values.dir === '') return ctx.t('cli.usage.missingValue', {option: '--dir'});
		return undefined;
	},
	async run(ctx) {
		// The checks and the Markdown report load only for this command.
		const [{markdownReport, personOf}, {reportMeta}, {userShellSyntax}, {suppressionsForCommand}, {runChecks}, destination, {writeNewFile}] = await Promise.all([
			import('../report/markdown.js'),
			import('../report/meta.js'),
			import('../shell/detect.js'),
			import('./user-suppressions.js'),
			import('./run-checks.js'),
			import('../report/destination.js'),
			import('../system/write-new.js'),
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
		if (output === '-') {
			ctx.io.stdout.write(markdown);
			return 0;
		}
		const {sys} = ctx;
		const dir = typeof ctx.values.dir === 'string' ? destination.chosenFolder(sys, ctx.values.dir) : destination.reportsFolder(sys);
		let file = output ? sys.path.resolve(sys.cwd(), output) : sys.path.join(dir, destination.reportFileName(new Date()));
		try {
			// A file named with -o is replaced as asked; a report named by the program never replaces one.
			if (output) await sys.writeFile(file, markdown);
			else file = await writeNewFile(sys, file, markdown);
		} catch (error) {
			ctx.io.stderr.write(`${t('ui.msg.reportFailed', {file, error: error instanceof Error ? error.message : String(error)})}\n`);
			return 2;
		}
		ctx.io.stderr.write(`${t('ui.msg.reportWritten', {file})}\n`);
		return 0;
	},
};
