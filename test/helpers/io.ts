import {PassThrough} from 'node:stream';
import type {Io} from '../../source/cli.js';

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
		out: () => out,
		err: () => err,
	};
}
