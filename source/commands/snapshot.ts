import {createRecorder} from '../snapshot/record.js';
import {TOOL_NAME} from '../version.js';
import {CHECK_OPTIONS} from './check.js';
import {runChecks} from './run-checks.js';
import type {Command} from './types.js';

/** `snapshot`: runs every check through a recording System and writes what they read. */
export const snapshotCommand: Command = {
	name: 'snapshot',
	help: 'snapshot.help',
	options: {output: {type: 'string', short: 'o'}, anonymize: {type: 'boolean'}, offline: CHECK_OPTIONS.offline},
	async run(ctx) {
		const recorder = createRecorder(ctx.sys);
		await runChecks({...ctx, sys: recorder.sys}, {json: false, offline: ctx.values.offline === true});
		const now = new Date();
		const anonymize = ctx.values.anonymize === true;
		const snapshot = recorder.snapshot({anonymize, now});
		const text = JSON.stringify(snapshot, null, 1) + '\n';
		const output = typeof ctx.values.output === 'string' ? ctx.values.output : defaultName(anonymize ? 'anonymized' : (ctx.sys.hostname ?? 'machine'), now);
		if (output === '-') {
			ctx.io.stdout.write(text);
			return 0;
		}
		const file = ctx.sys.path.resolve(ctx.sys.cwd(), output);
		try {
			await ctx.sys.writeFile(file, text);
		} catch (error) {
			ctx.io.stderr.write(`${TOOL_NAME}: ${ctx.t('snapshot.cannotWrite', {file, message: error instanceof Error ? error.message : String(error)})}\n`);
			return 2;
		}
		const params = {file, count: snapshot.calls?.length ?? 0, command: `${TOOL_NAME} check --from ${output}`};
		ctx.io.stdout.write(ctx.t(anonymize ? 'snapshot.written.anonymized' : 'snapshot.written', params) + '\n');
		return 0;
	},
};

/** `goenv-tui-snapshot-DEVBOX-20260501-1004.json`: safe as a file name on every OS. */
function defaultName(machine: string, now: Date): string {
	const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
	return `goenv-tui-snapshot-${machine.replace(/[^A-Za-z0-9._-]+/g, '_')}-${stamp}.json`;
}
