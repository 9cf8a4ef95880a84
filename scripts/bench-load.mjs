#!/usr/bin/env node
// Loading at scale: each generated timeline (bench-data/, made by scripts/generate.mjs when
// missing) loaded by `loadTimeline` in a fresh Node process, which reports the time the call took
// and its peak resident memory (process.resourceUsage().maxRSS: Node itself included, about 40 MB).
// The loader is bundled from source with esbuild first, so no build is needed.
//
// Standalone: `node scripts/bench-load.mjs [--sizes 1000,10000,100000] [--runs 3]`;
// scripts/bench.mjs imports `benchLoad` and prints its rows with the other benchmarks.
import {bundleWithRunner} from './bench-bundle.mjs';
import {execFileSync} from 'node:child_process';
import {statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import {dataFile, percentile, sizeLabel} from './bench-keys.mjs';

/** Targets from the performance issue, for 100,000 events: loaded within a second, under 1 GB. */
export const loadTargets = {100000: {ms: 1000, mb: 1024}};

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The loader and a script that times one load, under bench-data/.build/. */
const bundleLoader = () =>
	bundleWithRunner(
		'core/load/load-timeline.ts',
		'load',
		`import {loadTimeline} from './load.mjs';
const started = performance.now();
const loaded = loadTimeline(process.argv[2]);
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ms, events: loaded.timeline.events.length, maxRssMb: process.resourceUsage().maxRSS / 1024}));
`,
	);

/** Loads each size `runs` times, each in its own process; rows of the median time and the highest peak memory. */
export async function benchLoad({sizes = [1000, 10000, 100000], runs = 3, log = message => process.stderr.write(`${message}\n`)} = {}) {
	const child = await bundleLoader();
	const rows = [];
	for (const size of sizes) {
		const file = dataFile(size, log);
		const megabytes = statSync(file).size / 1048576;
		const results = [];
		for (let run = 0; run < runs; run++) {
			const output = execFileSync(process.execPath, [child, file], {encoding: 'utf8', maxBuffer: 1 << 20});
			results.push(JSON.parse(output));
		}
		const name = `load ${sizeLabel(size)} events (${Math.round(megabytes)} MB file)`;
		const target = loadTargets[size];
		rows.push(
			{
				name: `${name}: loadTimeline, median of ${runs}`,
				value: round(
					percentile(
						results.map(result => result.ms),
						50,
					),
				),
				target: target?.ms ?? null,
				unit: 'ms',
			},
			{name: `${name}: peak resident memory`, value: round(Math.max(...results.map(result => result.maxRssMb)), 0), target: target?.mb ?? null, unit: ' MB'},
		);
	}
	return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const {formatRows, option, startupEnvironment} = await import('./bench-startup.mjs');
	const sizes = option('--sizes')?.split(',').map(Number);
	const runs = option('--runs') === undefined ? undefined : Number(option('--runs'));
	for (const [key, value] of Object.entries(startupEnvironment())) console.log(`${key}: ${value}`);
	console.log('');
	console.log(formatRows(await benchLoad({sizes, runs})));
}
