import {afterEach, describe, expect, it} from 'vitest';
import {BIN, createSandbox, type Sandbox} from '../helpers/sandbox.js';
import {startTerminal, type TerminalSession} from '../helpers/terminal.js';

let sandbox: Sandbox | undefined;
let session: TerminalSession | undefined;
afterEach(() => {
	session?.kill();
	sandbox?.cleanup();
});

/** `fix` in a real terminal asks before it changes anything, and takes the answer typed. */
async function fixAnswering(answer: string): Promise<{screen: string; go111module: string}> {
	sandbox = createSandbox();
	sandbox.go('env', '-w', 'GO111MODULE=off');
	session = startTerminal('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" fix go111module; echo "EXIT=$?"`], {env: sandbox.env, cwd: sandbox.home, rows: 40});
	await session.waitForScreen((lines) => lines.some((l) => l.includes('Apply this fix? [y/N]')));
	session.write(`${answer}\r`);
	// After "y" the fix re-runs its checks, a go build among them: on a busy machine that
	// takes far longer than drawing a screen (it once missed 15 s under a load of 11).
	const lines = await session.waitForScreen((l) => l.some((line) => line.startsWith('EXIT=')), 120_000);
	return {screen: lines.join('\n'), go111module: sandbox.go('env', 'GO111MODULE').trim()};
}

describe('fix in a terminal', () => {
	it('applies after "y"', async () => {
		const {screen, go111module} = await fixAnswering('y');
		expect(screen).toContain('Applied (journal entry 1)');
		expect(screen).toContain('EXIT=0');
		expect(go111module).toBe('');
	}, 150_000);

	it('changes nothing after any other answer', async () => {
		const {screen, go111module} = await fixAnswering('n');
		expect(screen).toContain('Nothing was changed.');
		expect(screen).toContain('EXIT=1');
		expect(go111module).toBe('off');
	});
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
