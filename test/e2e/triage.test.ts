import {existsSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BIN, createSandbox, type Sandbox} from '../helpers/sandbox.js';
import {startTerminal, type TerminalSession} from '../helpers/terminal.js';

let sandbox: Sandbox | undefined;
let session: TerminalSession | undefined;
afterEach(() => {
	session?.kill();
	sandbox?.cleanup();
});

const KEYS = {enter: '\r', escape: '\u001B', down: '\u001B[B'};
const COLUMNS = 80;
const ROWS = 24;

/**
 * The whole triage loop in a real pseudo-terminal, with the machine's real go in a sandboxed
 * HOME, driven by keys only: find the GO111MODULE=off finding, open it, preview its fix,
 * apply it, then undo it from the journal. The screen is read through a terminal emulator at
 * every step, and the go env file is checked with go itself in between.
 */
describe('triage in a real terminal, with the real go', () => {
	it('fixes GO111MODULE=off and undoes it from the journal, from the keyboard', async () => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		const goEnv = () => sandbox!.go('env', 'GO111MODULE').trim();
		expect(goEnv()).toBe('off');

		const steps: Array<{step: string; screen: string[]}> = [];
		const term = (session = startTerminal('/bin/sh', ['-c', `"${process.execPath}" "${BIN}"; echo "EXIT=$?"`], {env: sandbox.env, cwd: sandbox.home, columns: COLUMNS, rows: ROWS}));
		const at = async (step: string, predicate: (text: string) => boolean) => {
			const screen = await term.waitForScreen((lines) => predicate(lines.join('\n')), 20_000);
			steps.push({step, screen});
			// Never more than rows − 1 lines of frame: the last row stays empty.
			if (!step.startsWith('exit')) expect(screen.at(-1), step).toBe('');
			return screen.join('\n');
		};

		let screen = await at('checklist', (s) => /GO111MODULE +GO111MODULE=off is set in the go env file/.test(s) && !/\d+\/\d+ done/.test(s));
		expect(screen).toContain('Go toolchain');

		// Select the row with the filter, open it.
		term.write('/');
		await at('filter', (s) => s.split('\n').some((l) => l.startsWith('/')));
		term.write('go111module');
		// The filter also matches summaries (the test build says modules are off); the
		// GO111MODULE row comes first in its group and is selected.
		screen = await at('filtered', (s) => /\d+ of \d+ shown/.test(s) && /^❯ \S+ GO111MODULE /m.test(s));
		term.write(KEYS.enter);
		await at('filter kept', (s) => s.includes('Esc shows all') && !s.split('\n').some((l) => l.startsWith('/')));
		term.write(KEYS.enter);
		screen = await at('detail', (s) => s.includes('Why it matters'));
		expect(screen).toContain('GO111MODULE, layer by layer');
		// The file, wrapped in its column: compare without the line breaks.
		expect(screen.replace(/\s+/g, '')).toContain(`${sandbox.home}/.config/go/env`);
		expect(screen).toContain('1. Remove GO111MODULE from the go env file');

		// Preview: exactly what will change, then apply with y.
		term.write(KEYS.enter);
		screen = await at('preview', (s) => s.includes('What it touches') && s.includes('y/Enter apply'));
		expect(screen).toMatch(/before +GO111MODULE=off|before +off/);
		expect(screen).toContain('go env -u GO111MODULE');
		expect(goEnv()).toBe('off');
		term.write('y');
		screen = await at('applied', (s) => s.includes('Done: applied'));
		expect(screen).toMatch(/GO111MODULE is now [✔√] ok/);
		expect(goEnv()).toBe('');

		// Back on the checklist the row is green.
		term.write(KEYS.enter);
		screen = await at('back to the finding', (s) => /^← GO111MODULE +go111module +[✔√] ok$/m.test(s));
		expect(screen).toMatch(/GO111MODULE +\(not set\) +go env file/);
		term.write(KEYS.escape);
		screen = await at('checklist after the fix', (s) => /[✔√] GO111MODULE +not set: module mode/.test(s));

		// The journal lists the fix; z previews its undo, y undoes it.
		term.write('u');
		screen = await at('journal', (s) => /#\d+ .* fix +Remove GO111MODULE.* applied/.test(s));
		term.write('z');
		screen = await at('undo preview', (s) => /Undo #\d+/.test(s) && s.includes('y/Enter undo') && s.includes('Changes (1)'));
		expect(screen).toContain('go env -w GO111MODULE=off');
		term.write('y');
		screen = await at('undone', (s) => s.includes('Done: undone'));
		expect(goEnv()).toBe('off');
		term.write(KEYS.enter);
		screen = await at('journal after undo', (s) => /undo +Remove GO111MODULE/.test(s));
		term.write(KEYS.escape);
		screen = await at('checklist after the undo', (s) => s.includes('GO111MODULE=off is set in the go env file'));

		term.write('q');
		screen = await at('exit', (s) => s.includes('EXIT='));
		expect(screen).toContain('EXIT=0');
		expect(steps.map((s) => s.step)).toHaveLength(15);
	});

	it('writes nothing when it is only looked at: no journal, no suppressions, no folder', async () => {
		sandbox = createSandbox();
		const term = (session = startTerminal('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" --offline; echo "EXIT=$?"`], {env: sandbox.env, cwd: sandbox.home, columns: COLUMNS, rows: ROWS}));
		await term.waitForScreen((lines) => lines.some((l) => l.includes('GO111MODULE')) && !lines.some((l) => /\d+\/\d+ done/.test(l)), 20_000);
		// Open the journal (it reads the journal file), then leave.
		term.write('u');
		await term.waitForScreen((lines) => lines.some((l) => l.includes('No fix has been applied on this machine yet.')));
		// Esc and q written together would reach the program as Alt+q: one, then the other.
		term.write(KEYS.escape);
		await term.waitForScreen((lines) => lines.some((l) => l.startsWith('Go toolchain')));
		term.write('q');
		await term.waitForScreen((lines) => lines.some((l) => l.startsWith('EXIT=0')));
		expect(existsSync(path.join(sandbox.home, '.config', 'goenv-tui'))).toBe(false);
	});
});
