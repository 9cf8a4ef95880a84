// How the benchmarks bundle parts of source/ to time them alone: one ES module for Node 20.
/** esbuild's options for a benchmark's bundle of source files. */
export const benchBundle = {
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	// jsonc-parser's ES module build: its default (UMD) requires its own files dynamically, which an ES module bundle cannot.
	mainFields: ['module', 'main'],
	logLevel: 'warning',
};
