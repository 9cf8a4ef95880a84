import {defineConfig} from 'vitest/config';

/**
 * Tests of what Node itself does for the program: processes, pseudo-terminals, signals, files
 * (pipes, devices, locks), downloads, worker threads, the package and the compile cache. CI runs
 * these again on the newest Node (`vitest run --project node-api`); the rest is plain TypeScript
 * over the core and the views, and the printed commands' text (`printedTests`), which one Node
 * answers for all. The property tests in test/hardening are soak tests of pure code (the reducer,
 * the loader, the sanitiser): they run once, as their own project, with the tests of the
 * program's limits at scale.
 */
const nodeApiTests = [
	'test/cli/**/*.test.ts',
	'test/pty/**/*.test.ts',
	'test/hardening/**/*.test.{ts,tsx}',
	'test/hooks/**/*.test.ts',
	'test/pack.test.ts',
	'test/ui.test.tsx',
	'test/core/search/client.test.ts',
	'test/core/load/sheet/sheet-thread.test.ts',
	'test/core/search/index-halves.test.ts',
	'test/core/session/**/*.test.ts',
	'test/core/load/read-file.test.ts',
	'test/core/load/from-url.test.ts',
];
/**
 * What each printed command prints, and what it makes of hostile files, through the built command
 * line: the text is the program's own, so one Node answers for it, and the command line's
 * exits, pipes, errors, cache and watching stay in node-api (test/cli/basics, pipes, compile-cache, watch).
 */
const printedTests = ['test/cli/{authoring,check,diff,events,export,filter,help,search,sheet,show,summary,timelinejs}.test.ts', 'test/hardening/cli-output.test.ts'];
const soakTests = ['test/hardening/**/*.property.test.{ts,tsx}'];
/** Hardening tests of the program's own limits at scale (100,000 events, a million-deep file): plain TypeScript under a child process, run once. */
const scaleTests = ['test/hardening/big-inputs.test.ts'];

export default defineConfig({
	test: {
		// Vitest's default on two cores is one worker (a core left for itself); the tests spend most of
		// their time waiting on the processes they start, so two keep both cores busy.
		maxWorkers: 2,
		// A guard against a hang, not a measure: tests wait for conditions with limits of their own. The
		// soak tests and the pseudo-terminal tests' processes take several times longer on a shared, busy machine.
		testTimeout: 60_000,
		hookTimeout: 60_000,
		projects: [
			{extends: true, test: {name: 'node-api', include: nodeApiTests, exclude: [...soakTests, ...scaleTests, ...printedTests]}},
			{extends: true, test: {name: 'printed', include: printedTests}},
			// Plain code with no process state of its own: its files share a worker's modules rather than each importing Ink, React and the
			// core again (half the project's time). Tests here restore what they change (the working directory); none mocks a module.
			{extends: true, test: {name: 'portable', include: ['test/**/*.test.{ts,tsx}'], exclude: nodeApiTests, isolate: false}},
			{extends: true, test: {name: 'soak', include: [...soakTests, ...scaleTests]}},
		],
	},
});
