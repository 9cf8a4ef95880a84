#!/usr/bin/env node
// Search at scale: generated timelines of 1,000, 10,000 and 100,000 events (bench-data/, made by
// scripts/generate.mjs when missing), each with a ~300-word article per event. For each size:
//
// - loading the file (loadTimeline) on the explorer's thread;
// - getting the worker ready: from the timeline's corpus built and sent in slices (the explorer's
//   way; the longest the thread is held meanwhile), or from the file's bytes, read by the worker alongside the loader;
// - per keystroke, realistic queries typed one character at a time, each search run to the end:
//   the time to full results (first 50 materialised) in the worker, and the round trip seen by
//   the explorer's thread;
// - echo: typing at 10 keys a second while searches run, how long each key waits before the
//   explorer's thread handles it (what delays echoing it in the search line), and the same
//   with searches on that thread instead of a worker, for comparison.
//
// Standalone: `node scripts/bench-search.mjs [--sizes 1000,10000]`; scripts/bench.mjs imports
// `benchSearch` and prints its rows with the other benchmarks. The TypeScript core is bundled
// with esbuild into a temporary directory first, so no build is needed.
import {build} from 'esbuild';
import {benchBundle} from './bench-bundle.mjs';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os, {tmpdir} from 'node:os';
import {fileURLToPath, pathToFileURL} from 'node:url';
import path from 'node:path';
import {monitorEventLoopDelay} from 'node:perf_hooks';
import {writeGenerated} from './generate.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Targets: full results per key, p95 by size (80 ms at 100,000 events, the scale the explorer promises), and a key echoed within a frame. */
export const resultTargets = {1000: 50, 10000: 50, 100000: 80};
export const echoTarget = 16;
const typingInterval = 100;

/** Typed one character at a time. Words of the story (the generator's vocabulary) and every operator. */
const storyQueries = ['heffernan', 'secure communities', "'mandatory", '^mass', 'immigr !ice', 'domestic | fingerprint', 'homland securty', 'ICE'];

/** Bundles the search core and worker from source into a temporary directory. */
async function bundleCore(dir) {
	const entry = `
		export {loadTimeline} from ${JSON.stringify(path.join(root, 'source/core/load/load-timeline.ts'))};
		export {buildCorpus} from ${JSON.stringify(path.join(root, 'source/core/search/corpus.ts'))};
		export {SearchClient} from ${JSON.stringify(path.join(root, 'source/core/search/client.ts'))};
		export {eventCitations} from ${JSON.stringify(path.join(root, 'source/core/load/large/lazy-sources.ts'))};`;
	await build({...benchBundle, stdin: {contents: entry, resolveDir: root, loader: 'ts'}, outfile: path.join(dir, 'core.mjs')});
	await build({...benchBundle, entryPoints: [path.join(root, 'source/core/search/worker.ts')], outfile: path.join(dir, 'search-worker.mjs')});
	return {core: await import(pathToFileURL(path.join(dir, 'core.mjs')).href), workerUrl: pathToFileURL(path.join(dir, 'search-worker.mjs'))};
}

function percentile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const label = size => (size >= 1000 ? `${size / 1000}k` : String(size));
const sleep = ms => new Promise(resolve => setTimeout(resolve, Math.max(0, ms)));

/** The story queries plus two from the data itself: a name, and a word from the last paragraph of a middle article. */
function queriesFor(timeline) {
	const middle = timeline.events[Math.floor(timeline.events.length / 2)];
	const name = middle.actors[0].split(' ').at(-1).toLowerCase();
	const source = timeline.sources[Math.floor(timeline.sources.length / 2)];
	const deep = source.paragraphs
		.at(-1)
		.split(/\W+/)
		.sort((a, b) => b.length - a.length)[0]
		.toLowerCase();
	return [...storyQueries, name, `'${deep}`];
}

const keystrokes = queries => queries.flatMap(query => Array.from(query, (_, i) => query.slice(0, i + 1)));

/** Each keystroke's search run to the end before the next: worker time and round trip. */
async function typeAndWait(client, queries) {
	const worker = [];
	const roundTrip = [];
	for (const query of keystrokes(queries)) {
		const started = performance.now();
		const page = await client.search(query, 50);
		roundTrip.push(performance.now() - started);
		worker.push(page.ms);
	}
	return {worker, roundTrip};
}

/** Typing at `typingInterval`: how late each key is handled on this thread. */
async function typeAtSpeed(client, queries) {
	const echo = [];
	for (const query of queries) {
		let last;
		const start = performance.now();
		for (let i = 1; i <= query.length; i++) {
			const due = start + i * typingInterval;
			await sleep(due - performance.now());
			last = client.search(query.slice(0, i), 50);
			echo.push(performance.now() - due);
		}
		await last;
	}
	return echo;
}

/** Rows for one timeline size. */
async function benchSize(core, workerUrl, size, log) {
	const file = path.join(root, 'bench-data', `t${label(size)}.json`);
	if (!existsSync(file)) {
		log(`generating ${path.relative(root, file)} …`);
		writeGenerated(file, {events: size, seed: 1});
	}
	const name = `search ${label(size)}`;
	let started = performance.now();
	const loaded = core.loadTimeline(file);
	const load = performance.now() - started;
	const heap = process.memoryUsage().heapUsed / 1048576;
	const queries = queriesFor(loaded.timeline);

	// The explorer's way with a large file: the worker reads the file's bytes (shared) alongside the loader.
	const bytes = readFileSync(file);
	const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
	shared.set(bytes);
	started = performance.now();
	const fromBytes = new core.SearchClient({bytes: shared}, {workerUrl});
	// The events' citations, as the explorer's loader sends them once it has read the events (here at once: they are known).
	fromBytes.citations(core.eventCitations(loaded.raw.events));
	const articlesChecked = await fromBytes.sources.then(() => performance.now() - started);
	fromBytes.attach(loaded.timeline);
	await fromBytes.ready;
	const readyFromBytes = performance.now() - started;
	await fromBytes.indexed;
	const indexedFromBytes = performance.now() - started;
	await fromBytes.close();

	// The explorer's way: the timeline's corpus built and sent in slices; how long this thread is held at a time.
	const delay = monitorEventLoopDelay({resolution: 1});
	delay.enable();
	started = performance.now();
	const client = new core.SearchClient({timeline: loaded.timeline}, {workerUrl});
	await client.ready;
	const ready = performance.now() - started;
	await client.indexed;
	const indexed = performance.now() - started;
	delay.disable();
	const longestHold = delay.max / 1e6;
	const holdP99 = delay.percentile(99) / 1e6;
	log(`${name}: loaded in ${round(load)} ms, searchable in ${round(ready)} ms, index built in ${round(indexed)} ms; typing ${keystrokes(queries).length} keys`);

	const waited = await typeAndWait(client, queries);
	const echo = await typeAtSpeed(client, queries);
	await client.close();

	// The same typing with searches on this thread: what the worker saves the search line from.
	const here = new core.SearchClient(core.buildCorpus(loaded.timeline), {workerUrl: false});
	// A five-letter term allows a typo, which builds the word index first, as the worker has.
	await here.search('zzzzz');
	const echoHere = await typeAtSpeed(here, queries.slice(0, 3));
	await here.close();

	return [
		{name: `${name}: loadTimeline (${label(size)} events)`, value: round(load), target: null, unit: 'ms'},
		{name: `${name}: heap after loading`, value: round(heap), target: null, unit: ' MB'},
		{name: `${name}: corpus sent in slices: searchable (by scanning)`, value: round(ready), target: null, unit: 'ms'},
		{name: `${name}: corpus sent in slices: index built`, value: round(indexed), target: null, unit: 'ms'},
		// Event-loop delay on this thread while the corpus goes out: its slices, and anything else (a GC pause) in that time.
		{name: `${name}: corpus sent in slices: event-loop delay p99`, value: round(holdP99), target: null, unit: 'ms'},
		{name: `${name}: corpus sent in slices: event-loop delay max`, value: round(longestHold), target: null, unit: 'ms'},
		{name: `${name}: file's bytes read by the worker: articles checked`, value: round(articlesChecked), target: null, unit: 'ms'},
		{name: `${name}: file's bytes read by the worker: searchable (by scanning)`, value: round(readyFromBytes), target: null, unit: 'ms'},
		{name: `${name}: file's bytes read by the worker: index built`, value: round(indexedFromBytes), target: null, unit: 'ms'},
		{name: `${name}: full results per key, p50 (worker)`, value: round(percentile(waited.worker, 50)), target: null, unit: 'ms'},
		{name: `${name}: full results per key, p95 (worker)`, value: round(percentile(waited.worker, 95)), target: resultTargets[size] ?? null, unit: 'ms'},
		{name: `${name}: full results per key, max (worker)`, value: round(Math.max(...waited.worker)), target: null, unit: 'ms'},
		{name: `${name}: key to results round trip, p95`, value: round(percentile(waited.roundTrip, 95)), target: null, unit: 'ms'},
		{name: `${name}: key echo while searching, p50`, value: round(percentile(echo, 50)), target: null, unit: 'ms'},
		{name: `${name}: key echo while searching, p95`, value: round(percentile(echo, 95)), target: echoTarget, unit: 'ms'},
		{name: `${name}: key echo, searching on the same thread, p95`, value: round(percentile(echoHere, 95)), target: null, unit: 'ms'},
	];
}

/** Runs the search benchmark at each size; returns rows `{name, value, target, unit}`. */
export async function benchSearch({sizes = [1000, 10000, 100000], log = message => process.stderr.write(`${message}\n`)} = {}) {
	const dir = mkdtempSync(path.join(tmpdir(), 'sc-timeline-bench-'));
	try {
		const {core, workerUrl} = await bundleCore(dir);
		const rows = [];
		for (const size of sizes) rows.push(...(await benchSize(core, workerUrl, size, log)));
		return rows;
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const {formatRows, option, startupEnvironment} = await import('./bench-startup.mjs');
	const sizes = option('--sizes')?.split(',').map(Number);
	for (const [key, value] of Object.entries(startupEnvironment())) console.log(`${key}: ${value}`);
	// Other work on the machine moves these figures a lot: the load average says how much there was.
	const load = () =>
		os
			.loadavg()
			.map(value => value.toFixed(2))
			.join(' ');
	console.log(`load average before: ${load()}`);
	console.log('');
	console.log(formatRows(await benchSearch({sizes})));
	console.log(`\nload average after: ${load()}`);
}
