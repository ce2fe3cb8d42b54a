import {CHECK_OPTIONS} from './check.js';
import type {Command} from './types.js';

/** `snapshot`: runs every check through a recording System and writes what they read (source/snapshot/take.ts). */
export const snapshotCommand: Command = {
	name: 'snapshot',
	help: 'snapshot.help',
	options: {output: {type: 'string', short: 'o'}, anonymize: {type: 'boolean'}, offline: CHECK_OPTIONS.offline},
	async run(ctx) {
		// The recorder and the checks load only for this command.
		const [{takeSnapshot}, {runChecks}] = await Promise.all([import('../snapshot/take.js'), import('./run-checks.js')]);
		const written = await takeSnapshot({
			sys: ctx.sys,
			t: ctx.t,
			out: (text) => ctx.io.stdout.write(text),
			err: (text) => ctx.io.stderr.write(text),
			runChecks: (sys) => runChecks({...ctx, sys}, {json: false, offline: ctx.values.offline === true}),
			anonymize: ctx.values.anonymize === true,
			...(typeof ctx.values.output === 'string' ? {output: ctx.values.output} : {}),
		});
		return written ? 0 : 2;
	},
};
