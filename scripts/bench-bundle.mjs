// How the benchmarks bundle parts of source/ to time them alone: one ES module for Node 20.
import {build} from 'esbuild';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
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

/**
 * `source/ENTRY` bundled as bench-data/.build/NAME.mjs, beside a script NAME-once.mjs made of
 * `runner` (which imports './NAME.mjs' and times one run): the script's path, for a benchmark to
 * start once per measurement, so each run is a fresh process.
 */
export async function bundleWithRunner(entry, name, runner) {
	const dir = path.join(root, 'bench-data', '.build');
	await build({...benchBundle, entryPoints: [path.join(root, 'source', entry)], outfile: path.join(dir, `${name}.mjs`)});
	const child = path.join(dir, `${name}-once.mjs`);
	writeFileSync(child, runner);
	return child;
}
