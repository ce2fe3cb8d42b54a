import {PassThrough} from 'node:stream';
import type {Io} from '../../source/cli.js';
import {contractOfValue, ourJson} from './json-contract.js';

/** The text as it is; when it is one of the program's JSON documents, checked against its contract first. */
function checkedJson(text: string): string {
	if (!text.trimStart().startsWith('{')) return text;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return text;
	}
	const contract = contractOfValue(value);
	if (!contract) throw new Error(`the program printed JSON that follows none of schemas/*.schema.json:\n${text.slice(0, 300)}`);
	ourJson(contract, text);
	return text;
}

/** The command line's streams, collected for a test; `tty` makes stdin and stdout look like a terminal. */
export function captureIo(env: Record<string, string> = {}, tty = false): Io & {out: () => string; err: () => string} {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	const stdin = new PassThrough();
	if (tty) for (const stream of [stdout, stdin]) Object.assign(stream, {isTTY: true});
	let out = '';
	let err = '';
	stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
	stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
	return {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: stderr as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		env,
		// Output that is one JSON document of ours is checked against its schema whenever a test reads it.
		out: () => checkedJson(out),
		err: () => err,
	};
}
