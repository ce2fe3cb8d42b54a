import {afterEach, describe, expect, it} from 'vitest';
import {BIN, createSandbox, type Sandbox} from '../helpers/sandbox.js';
import {startTerminal, type TerminalSession} from '../helpers/terminal.js';

let sandbox: Sandbox | undefined;
let session: TerminalSession | undefined;
afterEach(() => {
	session?.kill();
	sandbox?.cleanup();
});

/** Codes only a full-screen program writes: cursor up, erase line, hide the cursor. */
const DRAWING = /\u001B\[\d*A|\u001B\[2K|\u001B\[\?25l/;

/**
 * Terminals as they are, in a real pseudo-terminal: one that cannot move the cursor (TERM=dumb),
 * one that says nothing of itself (TERM unset), and a real terminal under CI. Each gets the
 * plain report, without a code that draws, and a hint that names the real reason.
 */
describe('the bare command in terminals that cannot take the live checklist', () => {
	const plainRun = async (options: {term: string | null; env?: Record<string, string>}) => {
		sandbox = createSandbox(options.env);
		session = startTerminal(process.execPath, [BIN, '--offline'], {env: sandbox.env, cwd: sandbox.home, term: options.term});
		const exit = await session.exited;
		const raw = session.raw();
		return {exit, raw, text: raw.replace(/\r/g, '')};
	};

	it('TERM=dumb: the plain report, no cursor movement, and a hint that says TERM=dumb', async () => {
		const {exit, raw, text} = await plainRun({term: 'dumb'});
		expect(text).toMatch(/^ {2}\S+ go-on-path +/m);
		expect(text).toMatch(/\d+ checks: /);
		expect(raw).not.toMatch(DRAWING);
		// No colour either: a dumb terminal prints escape codes as they are.
		expect(raw).not.toMatch(/\u001B\[/);
		expect(text).toContain('TERM=dumb: this terminal cannot move the cursor');
		expect(text).not.toContain('Not an interactive terminal');
		expect([0, 1]).toContain(exit.exitCode);
	});

	it('TERM unset: the plain report, and a hint that says TERM is not set', async () => {
		const {raw, text} = await plainRun({term: null});
		expect(text).toMatch(/^ {2}\S+ go-on-path +/m);
		expect(raw).not.toMatch(DRAWING);
		expect(text).toContain('TERM is not set');
	});

	it('CI=1 in a real terminal: the plain report, and the hint names CI=1, not a missing terminal', async () => {
		const {raw, text} = await plainRun({term: 'xterm-256color', env: {CI: '1'}});
		expect(text).toMatch(/^ {2}\S+ go-on-path +/m);
		expect(raw).not.toMatch(DRAWING);
		expect(text).toContain('CI=1 is set');
		expect(text).not.toMatch(/not an interactive terminal|pipe/i);
	});
});
