import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BIN, createSandbox, ROOT, type Sandbox} from '../helpers/sandbox.js';
import {startTerminal, type TerminalSession} from '../helpers/terminal.js';

let sandbox: Sandbox | undefined;
let session: TerminalSession | undefined;
afterEach(() => {
	session?.kill();
	sandbox?.cleanup();
});

describe('the live checklist of a snapshot, in a real terminal', () => {
	it('says in its title which machine the snapshot came from and when, and shows the replayed results', async () => {
		sandbox = createSandbox();
		const fixture = path.join(ROOT, 'test', 'fixtures', 'snapshots', 'windows-old-goroot.json');
		session = startTerminal('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" --from "${fixture}"; echo "EXIT=$?"`], {env: sandbox.env, cwd: sandbox.home, columns: 120});
		const screen = await session.waitForScreen((lines) => lines.some((l) => l.includes('GO111MODULE=off')));
		expect(screen.some((l) => l.includes('snapshot of DEV-LAPTOP (Windows), 2026-05-04 09:12 UTC'))).toBe(true);
		expect(screen.some((l) => l.includes('C:\\Program Files\\Go\\bin\\go.exe'))).toBe(true);
		session.write('q');
		const after = await session.waitForScreen((lines) => lines.some((l) => l.startsWith('EXIT=')));
		expect(after.find((l) => l.startsWith('EXIT='))).toBe('EXIT=0');
	});
});
