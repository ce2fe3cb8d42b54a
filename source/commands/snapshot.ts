import {TOOL_NAME} from '../version.js';
import {CHECK_OPTIONS} from './check.js';
import type {System} from '../system/types.js';
import {writeNewFile} from '../system/write-new.js';
import type {Command} from './types.js';

/** `snapshot`: runs every check through a recording System and writes what they read. */
export const snapshotCommand: Command = {
	name: 'snapshot',
	help: 'snapshot.help',
	options: {output: {type: 'string', short: 'o'}, anonymize: {type: 'boolean'}, offline: CHECK_OPTIONS.offline},
	async run(ctx) {
		// The recorder and the checks load only for this command.
		const [{createRecorder}, {runChecks}] = await Promise.all([import('../snapshot/record.js'), import('./run-checks.js')]);
		const recorder = createRecorder(ctx.sys);
		await runChecks({...ctx, sys: recorder.sys}, {json: false, offline: ctx.values.offline === true});
		const now = new Date();
		const anonymize = ctx.values.anonymize === true;
		const snapshot = recorder.snapshot({anonymize, now});
		const text = JSON.stringify(snapshot, null, 1) + '\n';
		const named = typeof ctx.values.output === 'string' ? ctx.values.output : undefined;
		if (named === '-') {
			ctx.io.stdout.write(text);
			return 0;
		}
		const {sys} = ctx;
		let file = sys.path.resolve(sys.cwd(), named ?? defaultName(anonymize ? 'anonymized' : (sys.hostname ?? 'machine'), now));
		try {
			// The facts of a machine are for its user only (0600, as the journal's sealed file).
			// A name given with -o is replaced as asked; the default name never replaces a file
			// (two snapshots in one minute): the next free `-2`, `-3` is taken.
			if (named === undefined) file = await writeNewFile(sys, file, text, {mode: PRIVATE});
			else await replace(sys, file, text);
		} catch (error) {
			ctx.io.stderr.write(`${TOOL_NAME}: ${ctx.t('snapshot.cannotWrite', {file, message: error instanceof Error ? error.message : String(error)})}\n`);
			return 2;
		}
		const params = {file, count: snapshot.calls?.length ?? 0, command: `${TOOL_NAME} check --from ${named ?? sys.path.basename(file)}`};
		ctx.io.stdout.write(ctx.t(anonymize ? 'snapshot.written.anonymized' : 'snapshot.written', params) + '\n');
		return 0;
	},
};

const PRIVATE = 0o600;

/** Replaces `file` through a private temp file beside it: the result is 0600 whatever was there. */
async function replace(sys: System, file: string, text: string): Promise<void> {
	const temp = `${file}.${process.pid}.tmp`;
	await sys.writeFile(temp, text, {mode: PRIVATE, exclusive: true});
	try {
		await sys.rename(temp, file);
	} catch (error) {
		await sys.remove(temp).catch(() => undefined);
		throw error;
	}
}

/** `goenv-tui-snapshot-DEVBOX-20260501-1004.json`: safe as a file name on every OS. */
function defaultName(machine: string, now: Date): string {
	const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
	return `goenv-tui-snapshot-${machine.replace(/[^A-Za-z0-9._-]+/g, '_')}-${stamp}.json`;
}
