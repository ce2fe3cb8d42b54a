import {existsSync, mkdirSync, mkdtempSync, utimesSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {makeTempFolder, sweepStaleTempFolders} from '../../source/system/temp-folders.js';

describe('temporary folders', () => {
	it('are named for this process, and the sweep removes only what killed runs of ours left', async () => {
		const tmp = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-sweep-'));
		const old = (Date.now() - 2 * 24 * 60 * 60_000) / 1000;
		const folder = (name: string, aged: boolean) => {
			const dir = path.join(tmp, name);
			mkdirSync(dir);
			if (aged) utimesSync(dir, old, old);
			return dir;
		};
		// A pid far above any pid_max: that process is gone.
		const deadRun = folder('goenv-tui-2147483600-smoke-abc', true);
		const deadButFresh = folder('goenv-tui-2147483601-probe-abc', false);
		const legacyOld = folder('goenv-tui-probe-legacy1', true);
		const legacyFresh = folder('goenv-tui-smoke-legacy2', false);
		const notOurs = folder('goenv-tui-home-abc', true);
		const ours = folder(`goenv-tui-${process.pid}-smoke-mine`, true);

		expect(sweepStaleTempFolders(tmp).sort()).toEqual([deadRun, legacyOld].sort());
		for (const kept of [deadButFresh, legacyFresh, notOurs, ours]) expect(existsSync(kept), kept).toBe(true);
		expect(existsSync(deadRun)).toBe(false);
	});

	it('the first folder made in a temp folder sweeps it in the background, and is named for this process', async () => {
		const tmp = mkdtempSync(path.join(os.tmpdir(), 'goenv-tui-sweep-'));
		const stale = path.join(tmp, 'goenv-tui-2147483602-probe-left');
		mkdirSync(stale);
		const old = (Date.now() - 5 * 60_000) / 1000;
		utimesSync(stale, old, old);
		const made = await makeTempFolder(tmp, 'goenv-tui-smoke-');
		expect(path.basename(made)).toMatch(new RegExp(`^goenv-tui-${process.pid}-smoke-`));
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(existsSync(stale)).toBe(false);
		expect(existsSync(made)).toBe(true);
	});
});
