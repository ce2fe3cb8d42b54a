import type {Translator} from '../i18n/index.js';
import type {System} from '../system/types.js';
import {writeNewFile} from '../system/write-new.js';
import {TOOL_NAME} from '../version.js';
import {createRecorder} from './record.js';

/** What taking a snapshot needs; the `snapshot` command and the REPL's `snapshot` give it. */
export interface SnapshotRequest {
	sys: System;
	t: Translator;
	out: (text: string) => void;
	err: (text: string) => void;
	/**
	 * Runs every check on the System given (the recorder's). The caller owns the checks (which
	 * ones, and what a stop does to them): the command line runs its own, the REPL its session's.
	 */
	runChecks: (sys: System) => Promise<unknown>;
	anonymize: boolean;
	/** `-o`: a file to write (replaced if there), `-` for the output; none: a new file named for the machine. */
	output?: string;
}

/**
 * Runs every check through a recording System and writes what they read. Returns false when
 * the file could not be written (the reason told on `err`).
 */
export async function takeSnapshot(request: SnapshotRequest): Promise<boolean> {
	const {sys, t, output: named} = request;
	const recorder = createRecorder(sys);
	await request.runChecks(recorder.sys);
	const now = new Date();
	const {anonymize} = request;
	const snapshot = recorder.snapshot({anonymize, now});
	const text = JSON.stringify(snapshot, null, 1) + '\n';
	if (named === '-') {
		request.out(text);
		return true;
	}
	let file = sys.path.resolve(sys.cwd(), named ?? defaultName(anonymize ? 'anonymized' : (sys.hostname ?? 'machine'), now));
	try {
		// The facts of a machine are for its user only (0600, as the journal's sealed file).
		// A name given with -o is replaced as asked; the default name never replaces a file
		// (two snapshots in one minute): the next free `-2`, `-3` is taken.
		if (named === undefined) file = await writeNewFile(sys, file, text, {mode: PRIVATE});
		else await replace(sys, file, text);
	} catch (error) {
		request.err(`${TOOL_NAME}: ${t('snapshot.cannotWrite', {file, message: error instanceof Error ? error.message : String(error)})}\n`);
		return false;
	}
	const params = {file, count: snapshot.calls?.length ?? 0, command: `${TOOL_NAME} check --from ${named ?? sys.path.basename(file)}`};
	request.out(t(anonymize ? 'snapshot.written.anonymized' : 'snapshot.written', params) + '\n');
	return true;
}

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
