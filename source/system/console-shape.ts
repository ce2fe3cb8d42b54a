import fs from 'node:fs';

/**
 * What this process's standard streams are, for the one question a line-mode prompt cannot
 * answer from `isTTY`: is a person typing into a pipe?
 *
 * Git Bash's mintty without ConPTY is a Cygwin pseudo-terminal made of named pipes: a native
 * program (node.exe) gets a pipe on stdin, stdout and stderr, `isTTY` unset on all three, and
 * an environment with MSYSTEM (MINGW64, …), TERM (xterm by default) and, in mintty 2.9+,
 * TERM_PROGRAM=mintty. Its line discipline runs in the Cygwin layer: the program receives
 * each line when Enter is pressed, echo and Backspace already done. (The pipes' names,
 * `\\.\pipe\msys-<hash>-pty<N>-from-master`, would tell such a pipe from any other, but
 * Node has no call that reads a handle's name.) A script piped in under Git Bash has the
 * same shape and is taken for a person: a file (`< steps.txt`) never is.
 */

/** The file-type bits of a stat mode, and a pipe's: libuv reports a Windows pipe as _S_IFIFO, which Stats.isFIFO() misses there. */
const S_IFMT = 0o170000;
const S_IFIFO = 0o010000;

/** A stream backed by a pipe (an anonymous or a named one). */
export function isPipe(stream: NodeJS.ReadStream | NodeJS.WriteStream): boolean {
	const fd = (stream as unknown as {fd?: unknown}).fd;
	if (typeof fd !== 'number') return false;
	try {
		return (fs.fstatSync(fd).mode & S_IFMT) === S_IFIFO;
	} catch {
		return false;
	}
}

/** mintty (Git Bash, MSYS2) without ConPTY: Windows, a pipe at both ends, and the environment mintty's shell gives. */
export function minttyPipes(io: {stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream; env: NodeJS.ProcessEnv}, platform: string): boolean {
	if (platform !== 'win32' || io.stdin.isTTY || io.stdout.isTTY) return false;
	const {env} = io;
	if (env.TERM_PROGRAM !== 'mintty' && !env.MSYSTEM) return false;
	return isPipe(io.stdin) && isPipe(io.stdout);
}
