#!/usr/bin/env node
// Filters at scale, on the generated timelines (bench-data/, made by scripts/generate.mjs when
// missing): parsing a --filter expression, filtering every event, counting the facets, drawing
// the time axis, and the search engine with and without field qualifiers in the query (same
// thread, each query run to the end, median of several runs).
//
// `node scripts/bench-filter.mjs [--sizes 1000,10000]`. The TypeScript core is bundled with
// esbuild into a temporary directory first, so no build is needed.
import {build} from 'esbuild';
import {benchBundle} from './bench-bundle.mjs';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {fileURLToPath, pathToFileURL} from 'node:url';
import path from 'node:path';
import {writeGenerated} from './generate.mjs';
import {option} from './bench-startup.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = 7;

async function bundleCore(dir) {
	const modules = {
		'core/load/load-timeline.ts': ['loadTimeline'],
		'core/filter/field-filter.ts': ['parseFilterExpression', 'filterIndexes'],
		'core/filter/facets.ts': ['facets'],
		'core/screen/ruler.ts': ['drawRuler'],
		'core/screen/ruler-text.ts': ['rulerItems'],
		'core/search/corpus.ts': ['buildCorpus'],
		'core/search/engine.ts': ['SearchEngine'],
		'core/search/qualifiers.ts': ['filterFacts'],
	};
	const entry = Object.entries(modules)
		.map(([file, names]) => `export {${names.join(', ')}} from ${JSON.stringify(path.join(root, 'source', file))};`)
		.join('\n');
	const out = path.join(dir, 'core.mjs');
	await build({
		...benchBundle,
		stdin: {contents: entry, resolveDir: root, loader: 'ts'},
		outfile: out,
	});
	return import(pathToFileURL(out).href);
}

function median(run, before = () => {}) {
	const times = [];
	for (let i = 0; i < runs; i++) {
		before();
		const started = performance.now();
		run();
		times.push(performance.now() - started);
	}
	return Math.round(times.sort((a, b) => a - b)[Math.floor(runs / 2)] * 10) / 10;
}

const label = size => (size >= 1000 ? `${size / 1000}k` : String(size));

async function benchSize(core, size) {
	const file = path.join(root, 'bench-data', `t${label(size)}.json`);
	if (!existsSync(file)) writeGenerated(file, {events: size, seed: 1});
	const {timeline} = core.loadTimeline(file);
	const name = timeline.events[Math.floor(timeline.events.length / 2)].actors[0].split(' ').at(-1).toLowerCase();
	const expression = `actor:${name} year:${timeline.events.at(-1).date.value.slice(0, 4)}`;
	const {filter} = core.parseFilterExpression(expression);
	const rows = [
		[`filter ${label(size)}: parse "${expression}"`, median(() => core.parseFilterExpression(expression))],
		[`filter ${label(size)}: filter every event`, median(() => core.filterIndexes(filter, timeline))],
		[`filter ${label(size)}: facets of every event`, median(() => core.facets(timeline, timeline.events))],
		[`filter ${label(size)}: time axis at 160 columns`, median(() => core.drawRuler(160, core.rulerItems(timeline.events, 0)))],
	];
	const corpus = core.buildCorpus(timeline);
	const engine = new core.SearchEngine(corpus, {index: 'eager', facts: core.filterFacts(timeline)});
	for (const query of [name, `actor:${name} ${name}`, "'program", `year:${timeline.events.at(-1).date.value.slice(0, 4)} 'program`, `tag:${timeline.events[0].tags[0] ?? 'x'}`]) {
		// Another query before each run, so the engine has no cached answer to give.
		rows.push([
			`filter ${label(size)}: search "${query}"`,
			median(
				() => engine.search(query),
				() => engine.search('zzzq'),
			),
		]);
	}
	return rows;
}

const sizes = option('--sizes')?.split(',').map(Number) ?? [1000, 10000, 100000];
const dir = mkdtempSync(path.join(tmpdir(), 'sc-bench-filter-'));
try {
	const core = await bundleCore(dir);
	for (const size of sizes) for (const [name, ms] of await benchSize(core, size)) console.log(`${name.padEnd(58)} ${String(ms).padStart(8)} ms`);
} finally {
	rmSync(dir, {recursive: true, force: true});
}
