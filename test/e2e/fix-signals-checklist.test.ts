import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {STOP_GRACE_MS} from '../../source/lifecycle.js';
import {BIN, createSandbox, goWrapper, waitForFile, type Sandbox} from '../helpers/sandbox.js';
import {startTerminal, type TerminalSession} from '../helpers/terminal.js';

let sandbox: Sandbox | undefined;
let session: TerminalSession | undefined;
afterEach(() => {
	session?.kill();
	sandbox?.cleanup();
});

const KEYS = {enter: '\r'};

/**
 * The terminal closed (SIGHUP) or the session killed (SIGTERM) while a fix applied from the
 * live checklist is changing the machine: as with Ctrl+C, the change finishes, its journal
 * entry is settled, and the process ends with 129 or 143.
 */
describe.skipIf(process.platform === 'win32')('a stop signal while the checklist applies a fix', () => {
	it.each([
		['SIGHUP', 129],
		['SIGTERM', 143],
	] as const)('%s: the change finishes, the entry is settled, exit %i', async (signal, code) => {
		sandbox = createSandbox();
		sandbox.go('env', '-w', 'GO111MODULE=off');
		// A go in front of the real one whose `go env -u` (the fix) marks that it started and
		// takes longer than the grace a command gets to notice a stop (STOP_GRACE_MS): only a
		// step run as critical is let finish.
		const mark = path.join(sandbox.home, 'writing');
		const env = goWrapper(sandbox, `if [ "$1 $2" = "env -u" ]; then : > "${mark}"; sleep ${STOP_GRACE_MS / 1000 + 1}; fi`);
		const term = (session = startTerminal(process.execPath, [BIN, '--offline'], {env, cwd: sandbox.home, columns: 100, rows: 30}));
		const at = (predicate: (text: string) => boolean) => term.waitForScreen((lines) => predicate(lines.join('\n')), 20_000);

		await at((s) => s.includes('GO111MODULE=off is set in the go env file') && !/\d+\/\d+ done/.test(s));
		term.write('/');
		await at((s) => s.split('\n').some((l) => l.startsWith('/')));
		term.write('go111module');
		await at((s) => /^❯ \S+ GO111MODULE /m.test(s));
		term.write(KEYS.enter);
		await at((s) => s.includes('Esc shows all'));
		term.write(KEYS.enter);
		await at((s) => s.includes('Why it matters'));
		term.write(KEYS.enter);
		await at((s) => s.includes('y apply'));
		term.write('y');
		await waitForFile(mark);
		term.signal(signal);

		const exited = await term.exited;
		expect(exited.exitCode, term.screen().join('\n')).toBe(code);
		// The step ran to its end: the setting is gone, and the entry says so (not pending).
		expect(sandbox.go('env', 'GO111MODULE').trim()).toBe('');
		const journal = JSON.parse(readFileSync(path.join(sandbox.home, '.config', 'goenv-tui', 'journal.json'), 'utf8'));
		expect(journal.entries.map((e: {id: number; status: string}) => [e.id, e.status])).toEqual([[1, 'applied']]);
		expect(journal.owner).toBeUndefined();
	}, 90_000);
});
