import {defineConfig} from 'vitest/config';

/**
 * The tests in four tiers, one folder each: `unit` (fake worlds, in this process: the one
 * program it starts is `sh`, to check how a command is quoted; no terminal), `ui` (the Ink app in ink-testing-library), `real` (real programs:
 * go, git and gcc in a sandboxed HOME, and the process runner on real children, with its real
 * deadlines), `e2e` (the built program in a real pseudo-terminal). `npm test` runs them all;
 * `npm run test:fast` only unit and ui, for a quick answer while working.
 */
const tiers = ['unit', 'ui', 'real', 'e2e'] as const;

/**
 * Unit and UI files run in worker threads: nothing there needs a process of its own, and a
 * thread starts and loads modules for less CPU than a forked process (unit + ui, each file
 * apart: about 56 s of CPU instead of 70 s on this project's machine). Real and terminal
 * tests keep forked workers: they send signals, start process trees and load node-pty.
 */
const POOL = {unit: 'threads', ui: 'threads', real: 'forks', e2e: 'forks'} as const;

/** The fast tiers write their few real files to memory where the machine has a memory file system. */
const SETUP = {unit: ['test/helpers/memory-tmp.ts'], ui: ['test/helpers/memory-tmp.ts'], real: [], e2e: []} as const;

export default defineConfig({
	test: {
		setupFiles: ['test/helpers/setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Real-tool and terminal tests spawn go and node; keep the machine responsive.
		maxWorkers: 2,
		projects: tiers.map((name) => ({extends: true, test: {name, pool: POOL[name], setupFiles: [...SETUP[name]], include: [`test/${name}/**/*.test.{ts,tsx}`]}})),
	},
});
