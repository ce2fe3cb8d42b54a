import {execFile} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../helpers/sandbox.js';

/**
 * The real-case corpus (test/fixtures/real-cases/): pastes people made in public issues, each
 * with the diagnosis its thread reached. The corpus's own runner judges the built program on
 * every case (`explain --json` and `check --from --json`, in parallel) and prints
 * `N passed, N failed`; every case must pass.
 */
describe('the real-case corpus', () => {
	it(
		'passes on every case',
		async () => {
			const run = await new Promise<{code: number; stdout: string; stderr: string}>((resolve) => {
				execFile(process.execPath, [path.join(ROOT, 'scripts', 'real-cases.mjs')], {cwd: ROOT, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
					resolve({code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr});
				});
			});
			const summary = /^(\d+) passed, (\d+) failed$/m.exec(run.stdout);
			// The figure, for whoever reads the test output.
			console.log(`real-case corpus: ${summary?.[0] ?? 'no summary'}`);
			expect(summary, run.stdout + run.stderr).not.toBeNull();
			expect(Number(summary![1])).toBeGreaterThanOrEqual(150);
			// On a failure, the runner's own report says which case and why.
			expect(run.stdout.split('\n').filter((line) => /^FAIL |^\s+- /.test(line)), run.stderr).toEqual([]);
			expect(Number(summary![2])).toBe(0);
			expect(run.code).toBe(0);
		},
		// 175 cases, two runs of the program each, four at a time: seconds on a quiet machine,
		// minutes on a loaded one.
		600_000,
	);
});
