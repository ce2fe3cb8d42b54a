import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BIN, createSandbox, type Sandbox} from '../helpers/sandbox.js';
import {startTerminal, type TerminalSession} from '../helpers/terminal.js';

/**
 * `:` in the live checklist, in a real terminal: the REPL's `fix` runs in the pane, asks y/N
 * there, applies the fix through the journal, and the checklist's rows above it change.
 */

let sandbox: Sandbox | undefined;
let session: TerminalSession | undefined;
afterEach(() => {
	session?.kill();
	sandbox?.cleanup();
});

const rowOf = (lines: string[], title: string) => lines.find((l) => l.includes(title) && /^[ ❯] [^ ] /.test(l)) ?? '';

describe(': in the checklist', () => {
	it('runs fix in the pane, and the row above updates; Esc closes the pane', async () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		session = startTerminal(process.execPath, [BIN, '--offline'], {env: sandbox.env, cwd: sandbox.home, columns: 110, rows: 40});
		const before = await session.waitForScreen((lines) => rowOf(lines, 'GO111MODULE').includes('GO111MODULE=off') && !lines.some((l) => /\d+\/\d+ done/.test(l)), 60_000);
		expect(rowOf(before, 'GO111MODULE')).toMatch(/⚠ GO111MODULE/);

		session.write(':');
		await session.waitForScreen((lines) => lines.some((l) => l.startsWith(': ')));
		session.write('fix go111module');
		await new Promise((resolve) => setTimeout(resolve, 200));
		session.write('\r');
		await session.waitForScreen((lines) => lines.some((l) => l.startsWith('Apply this fix? [y/N]')), 30_000);
		// The checklist is still there above the pane, the row as it was.
		expect(rowOf(session.screen(), 'GO111MODULE')).toMatch(/⚠ GO111MODULE/);
		session.write('y');
		await new Promise((resolve) => setTimeout(resolve, 200));
		session.write('\r');
		// Done when the line is back (the fix's re-checks have run) and the row says what they found.
		const after = await session.waitForScreen((lines) => lines.some((l) => /^:\s*$/.test(l)) && rowOf(lines, 'GO111MODULE').includes('not set'), 60_000);
		expect(rowOf(after, 'GO111MODULE')).toMatch(/✔ GO111MODULE +not set/);
		expect(sandbox.go('env', 'GO111MODULE').trim()).toBe('');
		const journal = JSON.parse(readFileSync(path.join(sandbox.home, '.config', 'goenv-tui', 'journal.json'), 'utf8')) as {entries: Array<{findingId: string; status: string}>};
		expect(journal.entries.map((e) => [e.findingId, e.status])).toEqual([['go111module', 'applied']]);
		// PgUp scrolls the pane back to where the fix said it was applied (a page or two up).
		const applied = (lines: string[]) => lines.some((l) => l.startsWith('Applied (journal entry 1)'));
		for (let page = 0; page < 4 && !applied(session.screen()); page++) {
			const rulerOf = (lines: string[]) => lines.find((l) => /lines \d+–\d+ of \d+/.test(l)) ?? '';
			const ruler = rulerOf(session.screen());
			session.write('\u001B[5~');
			await session.waitForScreen((lines) => rulerOf(lines) !== ruler);
		}
		expect(applied(session.screen())).toBe(true);

		session.write('\u001B');
		const closed = await session.waitForScreen((lines) => !lines.some((l) => /^:/.test(l)) && lines.some((l) => l.startsWith('Enter open')));
		expect(rowOf(closed, 'GO111MODULE')).toMatch(/✔ GO111MODULE/);
		session.write('q');
		expect((await session.exited).exitCode).toBe(0);
	}, 180_000);
});
