import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BIN, createSandbox, goBinary, runCli, type Sandbox} from '../helpers/sandbox.js';
import {startTerminal, type TerminalSession} from '../helpers/terminal.js';

/**
 * `goenv-tui repl` in a real pseudo-terminal, read through a terminal emulator: Tab
 * completion, history across two sessions (stored without secrets), and Ctrl+C on a
 * running `go` command, which gets SIGINT while the REPL goes on.
 */

let sandbox: Sandbox | undefined;
let session: TerminalSession | undefined;
afterEach(() => {
	session?.kill();
	sandbox?.cleanup();
});

const PROMPT = /^goenv .*> /;
const promptLine = (lines: string[]) => [...lines].reverse().find((l) => PROMPT.test(l)) ?? '';
/** A prompt below the line that contains `text`: the command that printed it has finished. */
const promptAfter = (lines: string[], text: string) => {
	const at = lines.findIndex((l) => l.includes(text));
	return at >= 0 && lines.slice(at + 1).some((l) => PROMPT.test(l));
};
/** The prompt, once every check has settled (no … left in it). */
const settled = (lines: string[]) => PROMPT.test(promptLine(lines)) && !promptLine(lines).includes('…');

function start(box: Sandbox, cwd = box.home, term?: string | null): TerminalSession {
	return startTerminal(process.execPath, [BIN, 'repl', '--offline'], {env: box.env, cwd, columns: 120, rows: 40, ...(term === undefined ? {} : {term})});
}

/** Types text as a person would: Tab on its own (a pasted chunk never completes, as in Node's own REPL). */
async function type(term: TerminalSession, text: string): Promise<void> {
	for (const part of text.split(/(\t)/)) {
		if (part === '') continue;
		term.write(part);
		await new Promise((resolve) => setTimeout(resolve, 150));
	}
}

/**
 * A small Go program in its own module under the sandbox's home, built once beforehand: `go
 * run` then finds its compiled package in the build cache. Returns its folder.
 */
function goProgram(box: Sandbox, name: string, source: string): string {
	const dir = path.join(box.home, name);
	mkdirSync(dir);
	writeFileSync(path.join(dir, 'go.mod'), `module example.com/${name}\n\ngo 1.21\n`);
	writeFileSync(path.join(dir, 'main.go'), source);
	box.go('build', '-C', dir, '-o', path.join(dir, name), '.');
	return dir;
}

// Each test waits up to a minute for the checks to settle (a loaded machine), so a test has two.
describe('goenv-tui repl in a real terminal', {timeout: 120_000}, () => {
	it('completes commands, check ids and settings with Tab, and lists the choices on a second Tab', async () => {
		sandbox = createSandbox();
		session = start(sandbox);
		await session.waitForScreen(settled, 60_000);

		await type(session, 'sh\t');
		await session.waitForScreen((lines) => promptLine(lines).endsWith('> show'));
		await type(session, ' gobin\t');
		await session.waitForScreen((lines) => promptLine(lines).endsWith('> show gobin-on-path'));
		session.write('\r');
		await session.waitForScreen((lines) => lines.some((l) => l.startsWith('⚠ gobin-on-path · ')));

		await type(session, 'env GOPR\t');
		// Two settings start with GOPR: the common part is completed, the second Tab lists both.
		await session.waitForScreen((lines) => promptLine(lines).endsWith('> env GOPR'));
		await type(session, '\t');
		const listed = await session.waitForScreen((lines) => lines.some((l) => /GOPRIVATE\s+GOPROXY/.test(l)));
		expect(promptLine(listed)).toMatch(/> env GOPR$/);
		await type(session, 'OX\t');
		await session.waitForScreen((lines) => promptLine(lines).endsWith('> env GOPROXY'));
		session.write('\r');
		await session.waitForScreen((lines) => lines.some((l) => l.startsWith('GOPROXY = ')));

		// Ctrl+D on an empty line leaves.
		session.write('\u0004');
		expect((await session.exited).exitCode).toBe(0);
	});

	it('keeps history across two sessions, with secrets redacted before they are stored', async () => {
		sandbox = createSandbox();
		const secret = 'Pl4ntedHistorySecret';
		session = start(sandbox);
		await session.waitForScreen(settled, 60_000);
		await type(session, 'env GOFLAGS\r');
		await session.waitForScreen((lines) => lines.some((l) => l.startsWith('GOFLAGS = ')));
		await type(session, `set GOPROXY=https://dev:${secret}@proxy.example.com,direct --dry-run\r`);
		await session.waitForScreen((lines) => promptAfter(lines, 'go env -w'));
		session.write('\u0004');
		expect((await session.exited).exitCode).toBe(0);

		const stored = readFileSync(path.join(sandbox.home, '.config', 'goenv-tui', 'repl-history'), 'utf8');
		expect(stored).not.toContain(secret);
		expect(stored).toBe('env GOFLAGS\nset GOPROXY=https://dev:***@proxy.example.com,direct --dry-run\n');

		session = start(sandbox);
		await session.waitForScreen((lines) => PROMPT.test(promptLine(lines)), 60_000);
		session.write('\u001B[A');
		await session.waitForScreen((lines) => promptLine(lines).endsWith('> set GOPROXY=https://dev:***@proxy.example.com,direct --dry-run'));
		session.write('\u001B[A');
		await session.waitForScreen((lines) => promptLine(lines).endsWith('> env GOFLAGS'));
		session.write('\r');
		await session.waitForScreen((lines) => lines.filter((l) => l.startsWith('GOFLAGS = ')).length === 1);
		session.write('\u0004');
		expect((await session.exited).exitCode).toBe(0);
	});

	it('Ctrl+C interrupts a running go (it gets SIGINT), and the REPL goes on; twice on an empty line leaves', async () => {
		sandbox = createSandbox();
		const dir = goProgram(
			sandbox,
			'waiter',
			`package main

import (
	"fmt"
	"os"
	"os/signal"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	fmt.Println("waiter ready")
	select {
	case <-c:
		fmt.Println("waiter got SIGINT")
		os.Exit(3)
	case <-time.After(60 * time.Second):
		fmt.Println("waiter timed out")
	}
}
`,
		);
		session = start(sandbox, dir);
		await session.waitForScreen(settled, 60_000);
		await type(session, 'go run .\r');
		await session.waitForScreen((lines) => lines.includes('waiter ready'), 60_000);
		session.write('\u0003');
		const after = await session.waitForScreen((lines) => promptAfter(lines, 'go was interrupted.'));
		// The terminal is go's while it runs: its own line mode echoes the Ctrl+C (^C) as under a shell.
		expect(after.some((l) => /^(\^C)?waiter got SIGINT$/.test(l))).toBe(true);
		expect(after).not.toContain('waiter timed out');

		// Still answering.
		await type(session, 'help quit\r');
		await session.waitForScreen((lines) => lines.some((l) => l.startsWith('quit  (exit, q)')));
		session.write('\u0003');
		await session.waitForScreen((lines) => lines.some((l) => l.includes('To leave, press Ctrl+C again')));
		session.write('\u0003');
		expect((await session.exited).exitCode).toBe(0);
	});

	it('Ctrl+C while a change is being made does not cut it in half: it is finished, journaled and checked', async () => {
		sandbox = createSandbox({SHELL: '/bin/bash'});
		// A go that takes its time, so the Ctrl+C surely lands while the change runs (go env -w, then the re-checks).
		const slow = path.join(sandbox.home, 'slow-go');
		mkdirSync(slow);
		writeFileSync(path.join(slow, 'go'), `#!/bin/sh\nsleep 1\nexec "${goBinary()}" "$@"\n`, {mode: 0o755});
		session = startTerminal(process.execPath, [BIN, 'repl', '--offline'], {env: {...sandbox.env, PATH: `${slow}:${sandbox.env.PATH}`}, cwd: sandbox.home, columns: 120, rows: 40});
		await session.waitForScreen(settled, 60_000);
		await type(session, 'set GOPRIVATE=example.com/private --yes\r');
		await session.waitForScreen((lines) => lines.some((l) => l.includes('journal entry 1 stored (pending)')));
		session.write('\u0003');
		const done = await session.waitForScreen((lines) => promptAfter(lines, 'Applied (journal entry 1)'), 60_000);
		expect(done.some((l) => l.includes('A change is being made: it finishes (or is rolled back) first'))).toBe(true);
		expect(sandbox.go('env', 'GOPRIVATE').trim()).toBe('example.com/private');
		const journal = JSON.parse(readFileSync(path.join(sandbox.home, '.config', 'goenv-tui', 'journal.json'), 'utf8')) as {entries: Array<{status: string}>};
		expect(journal.entries.map((e) => e.status)).toEqual(['applied']);
		session.write('\u0004');
		expect((await session.exited).exitCode).toBe(0);
	});

	it('TERM=dumb: the terminal\'s own line editing, no escape codes at all, and Ctrl+C, Ctrl+D as in a terminal', async () => {
		sandbox = createSandbox();
		session = start(sandbox, sandbox.home, 'dumb');
		await session.waitForScreen((lines) => PROMPT.test(promptLine(lines)), 60_000);
		// The line is the terminal's: what is typed is echoed by it, Backspace is its own.
		session.write('help quiz\u007ft\r');
		await session.waitForScreen((lines) => lines.some((l) => l.startsWith('quit  (exit, q)')));
		session.write('\u0003');
		await session.waitForScreen((lines) => lines.some((l) => l.includes('To leave, press Ctrl+C again')));
		// The checks finish meanwhile: a dumb terminal gets the new counts with the next prompt, not redrawn in place.
		await type(session, 'ls\r');
		await session.waitForScreen((lines) => promptAfter(lines, 'ls') && settled(lines), 60_000);
		session.write('\u0004');
		expect((await session.exited).exitCode).toBe(0);
		// Nothing that moves the cursor, erases or colours: ESC never reaches a dumb terminal.
		expect(session.raw()).not.toContain('\u001B');
	});

	it('TERM unset in a real terminal: the line editor still works (Tab, history), as the no-TERM hint promises', async () => {
		sandbox = createSandbox();
		session = start(sandbox, sandbox.home, null);
		await session.waitForScreen(settled, 60_000);
		await type(session, 'sh\t');
		await session.waitForScreen((lines) => promptLine(lines).endsWith('> show'));
		await type(session, ' gobin\t');
		await session.waitForScreen((lines) => promptLine(lines).endsWith('> show gobin-on-path'));
		session.write('\r');
		await session.waitForScreen((lines) => promptAfter(lines, '⚠ gobin-on-path · '));
		session.write('\u001B[A');
		await session.waitForScreen((lines) => promptLine(lines).endsWith('> show gobin-on-path'));
		session.write('\u0015\u0004');
		expect((await session.exited).exitCode).toBe(0);
	});

	it('a go the person types reads their terminal, as under their shell; in a script it gets no input and the next line is still a command', async () => {
		sandbox = createSandbox();
		const dir = goProgram(
			sandbox,
			'asker',
			`package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("your name?")
	line, err := bufio.NewReader(os.Stdin).ReadString('\\n')
	fmt.Printf("hello %q (%v)\\n", strings.TrimSpace(line), err)
}
`,
		);
		session = start(sandbox, dir);
		await session.waitForScreen(settled, 60_000);
		await type(session, 'go run .\r');
		await session.waitForScreen((lines) => lines.includes('your name?'), 60_000);
		// The terminal's own line mode while go has it: Backspace edits the answer before Enter.
		session.write('Gophez\u007fr\r');
		const answered = await session.waitForScreen((lines) => promptAfter(lines, 'hello "Gopher" (<nil>)'), 60_000);
		// The line editor is back: Tab completes again.
		await type(session, 'hel\t');
		await session.waitForScreen((lines) => promptLine(lines).endsWith('> help'));
		session.write('\u0015\u0004');
		expect((await session.exited).exitCode).toBe(0);

		// A script: the program reads end of input at once, and the line after it is the REPL's.
		const script = runCli(['repl', '--offline'], sandbox.env, {cwd: dir, input: 'go run .\nhelp quit\n'});
		expect(script.stdout).toContain('hello "" (EOF)');
		expect(script.stdout).toMatch(/^quit {2}\(exit, q\)/m);
		expect(script.code).toBe(0);
	});

	it('new counts redraw the prompt in place: one prompt line, the typed line and its cursor kept', async () => {
		sandbox = createSandbox();
		session = start(sandbox);
		await session.waitForScreen((lines) => PROMPT.test(promptLine(lines)) && promptLine(lines).includes('…'), 60_000);
		// Typed while the checks run, the cursor moved back two places: each redraw must keep both.
		await type(session, 'help quit');
		session.write('\u001B[D\u001B[D');
		const done = await session.waitForScreen(settled, 60_000);
		expect(done.filter((l) => /^goenv/.test(l))).toEqual([promptLine(done)]);
		expect(promptLine(done)).toMatch(/> help quit$/);
		await type(session, 'X');
		await session.waitForScreen((lines) => promptLine(lines).endsWith('> help quXit'));
		// End of line, erase it, leave.
		session.write('\u0005\u0015\u0004');
		expect((await session.exited).exitCode).toBe(0);
	});
});
