import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		setupFiles: ['test/helpers/setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Real-tool and terminal tests spawn go and node; keep the machine responsive.
		maxWorkers: 2,
	},
});
