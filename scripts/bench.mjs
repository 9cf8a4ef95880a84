#!/usr/bin/env node
// `npm run bench`: builds, runs every benchmark, and prints one table, each figure beside its
// target, with the environment the figures were taken in. `npm run bench -- --quick` runs fewer
// rounds on smaller timelines (under a minute); the full run takes a few minutes on 2 cores, more
// the first time, when it generates the timelines of 1,000 to 100,000 events into bench-data/.
//
// Whole-process timings are medians after warm-up rounds, each against `node -e 0` timed in the
// same run and given as a ratio, since machines differ and ratios carry over. Progress goes to
// stderr, the table to stdout.
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import os from 'node:os';
import path from 'node:path';
import {benchLargeCommand, benchStartup, startupEnvironment} from './bench-startup.mjs';
import {benchExplorerStartup, benchKeys, dataFile} from './bench-keys.mjs';
import {benchLoad} from './bench-load.mjs';
import {benchSearch} from './bench-search.mjs';
import {benchInstall} from './bench-install.mjs';
import {benchProgressive} from './bench-progressive.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const log = message => process.stderr.write(`${message}\n`);

/** What each part runs, in the order run: start-up first, while the machine is quietest. */
const parts = [
	{name: 'start-up of printed commands', run: () => benchStartup(quick ? {runs: 10, warmup: 2} : {runs: 15, warmup: 3})},
	{name: 'start-up of the explorer', run: () => benchExplorerStartup(quick ? {runs: 10, warmup: 1} : {runs: 15, warmup: 2})},
	{
		name: 'printed command on a large timeline',
		run: () =>
			quick
				? benchLargeCommand({file: dataFile(10000, log), id: 'event-000001', label: '10k events', log})
				: benchLargeCommand({file: dataFile(100000, log), id: 'event-000001', label: '100k events', log}),
	},
	{name: 'key to frame', run: () => benchKeys(quick ? {sets: ['bundled', 1000], keys: 20, warmup: 3, log} : {log})},
	{name: 'loading', run: () => benchLoad(quick ? {sizes: [1000, 10000], runs: 1, log} : {log})},
	{name: 'explorer opening a large file', run: () => benchProgressive(quick ? {size: 10000, log} : {size: 100000, log})},
	{name: 'search', run: () => benchSearch(quick ? {sizes: [1000], log} : {log})},
	{name: 'install of the packed tarball', run: () => benchInstall()},
];

/** Targets the quick run does not reach, so the table says they were not measured rather than leave them out. */
const quickSkips = [
	'load 100k events: loadTimeline ≤ 1000 ms and peak memory ≤ 1024 MB',
	'printed command on 100k events ≤ 25× node -e 0, and ≤ 0.25× jq on the same file',
	'keys at 10k and 100k events, p95 at 100k over p95 at 1k ≤ 1.25×, explorer peak memory with 100k events',
	'search at 10k and 100k events',
];

function display(row) {
	if (typeof row.value !== 'number') return String(row.value);
	return `${row.value}${row.unit === 'ms' ? ' ms' : row.unit}`;
}

/** One table: name, value, target, and pass or MISS where there is a target. */
function table(rows) {
	const lines = rows.map(row => {
		const target = row.target === null || row.target === undefined ? '' : `≤ ${row.target}${row.unit === 'ms' ? ' ms' : row.unit}`;
		const result = target === '' ? '' : typeof row.value === 'number' && row.value <= row.target ? 'pass' : 'MISS';
		return [row.name, display(row), target, result];
	});
	const header = ['figure', 'value', 'target', 'result'];
	const widths = header.map((title, column) => Math.max(title.length, ...lines.map(line => line[column].length)));
	const format = line =>
		line
			.map((cell, column) => (column === 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
			.join('  ')
			.trimEnd();
	return [format(header), widths.map(width => '─'.repeat(width)).join('  '), ...lines.map(format)].join('\n');
}

const loadAverage = () =>
	os
		.loadavg()
		.map(value => value.toFixed(2))
		.join(', ');

const started = performance.now();
const environment = {...startupEnvironment(), TERM: process.env.TERM ?? 'not set', mode: quick ? '--quick (fewer rounds, smaller timelines)' : 'full'};
log('building dist/ …');
execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {stdio: 'inherit'});

const rows = [];
for (const part of parts) {
	log(`${part.name} …`);
	const partStarted = performance.now();
	try {
		rows.push(...(await part.run()));
	} catch (error) {
		rows.push({name: `${part.name}: failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, value: 'error', target: null, unit: ''});
		process.exitCode = 1;
	}
	log(`${part.name}: ${Math.round((performance.now() - partStarted) / 1000)} s`);
}
if (quick) for (const skipped of quickSkips) rows.push({name: `${skipped} (full run only)`, value: 'skipped', target: null, unit: ''});

console.log('Environment');
for (const [key, value] of Object.entries(environment)) console.log(`  ${key}: ${value}`);
console.log(`  load average after: ${loadAverage()}`);
console.log('');
console.log(table(rows));
const misses = rows.filter(row => row.target !== null && row.target !== undefined && !(typeof row.value === 'number' && row.value <= row.target)).length;
console.log(`\n${rows.filter(row => row.target !== null && row.target !== undefined).length - misses} targets met, ${misses} missed; ${Math.round((performance.now() - started) / 1000)} s in all.`);
