import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// Pseudo-terminal tests start real processes; two cores run them best one file at a time each.
		testTimeout: 20_000,
		hookTimeout: 60_000,
	},
});
