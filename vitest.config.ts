import {defineConfig} from 'vitest/config';

/**
 * The tests in four tiers, one folder each: `unit` (fake worlds, in this process: the one
 * program it starts is `sh`, to check how a command is quoted; no terminal), `ui` (the Ink app in ink-testing-library), `real` (real programs:
 * go, git and gcc in a sandboxed HOME, and the process runner on real children, with its real
 * deadlines), `e2e` (the built program in a real pseudo-terminal). `npm test` runs them all;
 * `npm run test:fast` only unit and ui, for a quick answer while working.
 */
const tiers = ['unit', 'ui', 'real', 'e2e'] as const;

export default defineConfig({
	test: {
		setupFiles: ['test/helpers/setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Real-tool and terminal tests spawn go and node; keep the machine responsive.
		maxWorkers: 2,
		projects: tiers.map((name) => ({extends: true, test: {name, include: [`test/${name}/**/*.test.{ts,tsx}`]}})),
	},
});
