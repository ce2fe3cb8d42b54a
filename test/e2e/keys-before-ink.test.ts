import {afterEach, describe, expect, it} from 'vitest';
import {existsSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {POINTER} from '../../source/layout/glyphs.js';
import {BIN, createSandbox, type Sandbox} from '../helpers/sandbox.js';
import {startTerminal, type TerminalSession} from '../helpers/terminal.js';

/**
 * Keys work from the first frame on, before Ink has loaded: the built program runs in a real
 * terminal under a module hook that holds Ink's chunk until the test lets it load, so what
 * the keys do meanwhile can only be the work of the frames drawn before Ink. An arrow key on
 * its own is read there too; a chunk only Ink can read (another escape sequence, or an arrow
 * with other keys) waits for Ink, and the keys after it keep their order.
 */

let sandbox: Sandbox | undefined;
let session: TerminalSession | undefined;
afterEach(() => {
	session?.kill();
	sandbox?.cleanup();
});

/** Starts the program with Ink's chunk held until `release` exists; `loaded` appears once it is asked for. */
function heldInk(box: Sandbox) {
	const release = path.join(box.home, 'ink-release');
	const asked = path.join(box.home, 'ink-asked');
	const hooks = path.join(box.home, 'hold-ink.mjs');
	const register = path.join(box.home, 'register.mjs');
	writeFileSync(
		hooks,
		"import {existsSync, writeFileSync} from 'node:fs';\n" +
			'export async function resolve(specifier, context, next) {\n' +
			'\tconst result = await next(specifier, context);\n' +
			"\tif (/\\/dist\\/tui-[^/]*\\.js$/.test(result.url)) {\n" +
			`\t\twriteFileSync(${JSON.stringify(asked)}, '');\n` +
			`\t\twhile (!existsSync(${JSON.stringify(release)})) await new Promise((r) => setTimeout(r, 10));\n` +
			'\t}\n' +
			'\treturn result;\n' +
			'}\n',
	);
	writeFileSync(register, `import {register} from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`);
	const run = startTerminal('/bin/sh', ['-c', `"${process.execPath}" --import "${register}" "${BIN}"; echo "EXIT=$?"`], {env: box.env, cwd: box.home});
	return {run, release: () => writeFileSync(release, ''), asked: () => existsSync(asked)};
}

const rowOf = (lines: string[], title: string) => lines.find((l) => l.includes(title)) ?? '';
const footer = (lines: string[]) => lines.filter((l) => l.trim() !== '').at(-1) ?? '';

describe('keys before Ink has loaded', () => {
	it('move the pointer (letters and arrows), filter, open a finding and come back; a chunk only Ink reads waits for it, in order', async () => {
		sandbox = createSandbox();
		const held = heldInk(sandbox);
		session = held.run;
		await session.waitForScreen((lines) => rowOf(lines, 'go on PATH').startsWith(POINTER) && rowOf(lines, 'GO111MODULE') !== '');
		await until(held.asked, 10_000);

		session.write('j');
		await session.waitForScreen((lines) => rowOf(lines, 'GOROOT').startsWith(POINTER));
		session.write('/111');
		await session.waitForScreen((lines) => footer(lines).startsWith('/111') && rowOf(lines, 'GOROOT') === '');
		session.write('\r\r');
		await session.waitForScreen((lines) => lines[0]!.includes('go111module'));
		// Backspace goes back, typed as DEL as terminals send it.
		session.write('\u007F');
		await session.waitForScreen((lines) => rowOf(lines, 'GO111MODULE').startsWith(POINTER) && rowOf(lines, 'GOROOT') === '');
		// The filter emptied: every row again, the pointer where it was.
		session.write('/\u007F\u007F\u007F\r');
		await session.waitForScreen((lines) => rowOf(lines, 'GO111MODULE').startsWith(POINTER) && rowOf(lines, 'GOROOT') !== '');

		// An arrow key on its own moves the pointer before Ink too.
		session.write('\u001B[A');
		await session.waitForScreen((lines) => rowOf(lines, 'GOOS / GOARCH').startsWith(POINTER));
		session.write('\u001B[B');
		await session.waitForScreen((lines) => rowOf(lines, 'GO111MODULE').startsWith(POINTER));
		expect(held.asked()).toBe(true);

		// An arrow and Enter in one chunk are Ink's to read: nothing moves while Ink is held.
		session.write('\u001B[A\r');
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(rowOf(await session.settledScreen(), 'GO111MODULE').startsWith(POINTER)).toBe(true);
		expect(held.asked()).toBe(true);

		// Ink loads and reads what waited, in order: ↑ to the row above, then Enter opens it.
		held.release();
		await session.waitForScreen((lines) => lines[0]!.includes('goos-goarch'), 30_000);
		// q goes back from a finding, then quits.
		session.write('q');
		await session.waitForScreen((lines) => rowOf(lines, 'GOOS / GOARCH').startsWith(POINTER));
		session.write('q');
		const after = await session.waitForScreen((lines) => lines.some((l) => l.startsWith('EXIT=')));
		expect(after.find((l) => l.startsWith('EXIT='))).toBe('EXIT=0');
	});

	it('q quits at once, without waiting for Ink', async () => {
		sandbox = createSandbox();
		const held = heldInk(sandbox);
		session = held.run;
		await session.waitForScreen((lines) => rowOf(lines, 'go on PATH') !== '' && rowOf(lines, 'GO111MODULE') !== '');
		await until(held.asked, 10_000);
		session.write('q');
		const after = await session.waitForScreen((lines) => lines.some((l) => l.startsWith('EXIT=')));
		expect(after.find((l) => l.startsWith('EXIT='))).toBe('EXIT=0');
	});
});

/** Resolves once the condition holds; fails the test if it does not within the time. */
async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}
