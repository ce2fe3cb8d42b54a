import {afterEach, describe, expect, it} from 'vitest';
import {BIN, createSandbox, type Sandbox} from '../helpers/sandbox.js';
import {startTerminal, type TerminalSession} from '../helpers/terminal.js';

let sandbox: Sandbox | undefined;
let session: TerminalSession | undefined;
afterEach(() => {
	session?.kill();
	sandbox?.cleanup();
});

/** The whole of one run, start to exit, on a busy machine; the test's own timeout is above it. */
const RUN_BUDGET_MS = 140_000;

/** `fix` in a real terminal asks before it changes anything, and takes the answer typed. */
async function fixAnswering(answer: string): Promise<{screen: string; go111module: string}> {
	// One deadline for every wait of the run: each gets what is left, so a slow machine fails
	// with the screen it reached, never as a test timeout that shows nothing.
	const deadline = Date.now() + RUN_BUDGET_MS;
	const left = () => Math.max(1, deadline - Date.now());
	sandbox = createSandbox();
	sandbox.go('env', '-w', 'GO111MODULE=off');
	session = startTerminal('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" fix go111module; echo "EXIT=$?"`], {env: sandbox.env, cwd: sandbox.home, rows: 40});
	await session.waitForScreen((lines) => lines.some((l) => l.includes('Apply this fix? [y/N]')), left());
	session.write(`${answer}\r`);
	// After "y" the fix re-runs its checks: on a busy machine that takes far longer than
	// drawing a screen (it once missed 15 s under a load of 11).
	const lines = await session.waitForScreen((l) => l.some((line) => line.startsWith('EXIT=')), left());
	return {screen: lines.join('\n'), go111module: sandbox.go('env', 'GO111MODULE').trim()};
}

describe('fix in a terminal', () => {
	it('applies after "y"', async () => {
		const {screen, go111module} = await fixAnswering('y');
		expect(screen).toContain('Applied (journal entry 1)');
		expect(screen).toContain('EXIT=0');
		expect(go111module).toBe('');
	}, RUN_BUDGET_MS + 10_000);

	it('changes nothing after any other answer', async () => {
		const {screen, go111module} = await fixAnswering('n');
		expect(screen).toContain('Nothing was changed.');
		expect(screen).toContain('EXIT=1');
		expect(go111module).toBe('off');
	}, RUN_BUDGET_MS + 10_000);
});

describe('fix in a terminal, interrupted at the question', () => {
	for (const [name, key] of [['Ctrl+C', '\x03'], ['Ctrl+D', '\x04']] as const) {
		it(`${name} at "Apply this fix?" changes nothing and is no internal error`, async () => {
			sandbox = createSandbox();
			sandbox.go('env', '-w', 'GO111MODULE=off');
			session = startTerminal('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" fix go111module; echo "EXIT=$?"`], {env: sandbox.env, cwd: sandbox.home, rows: 40});
			await session.waitForScreen((lines) => lines.some((l) => l.includes('Apply this fix? [y/N]')));
			session.write(key);
			const screen = (await session.waitForScreen((l) => l.some((line) => line.startsWith('EXIT=')))).join('\n');
			expect(screen).not.toContain('internal error');
			expect(screen).toContain('Nothing was changed.');
			expect(screen).toContain('EXIT=1');
			expect(sandbox.go('env', 'GO111MODULE').trim()).toBe('off');
		});
	}
});
