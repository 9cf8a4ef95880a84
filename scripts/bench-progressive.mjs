#!/usr/bin/env node
// The explorer opening a large timeline (100,000 events by default) in a pseudo-terminal: when
// progress first shows in its frame, when the first events show (the first useful frame), how
// long a key takes while it still loads, when it is fully loaded (the header counts every event),
// when a search typed then is answered (by scanning, if the index is not built yet), when the
// search index is built (the process stops using the processor), and its peak resident
// memory, search worker included. Times run from spawning the process; the first frame is also
// given as a ratio to `node -e 0` spawned the same way.
//
// Runs the built dist/cli.cjs (`npm run build` first). Standalone:
// `node scripts/bench-progressive.mjs [--size 100000] [--runs 1] [--file t100k.json] [--query police]`; scripts/bench.mjs prints its rows.
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import pty from 'node-pty';
import {dataFile, explorerPeakMb, percentile, ptyHelper, settle, sizeLabel} from './bench-keys.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Targets from the performance issue at 100,000 events. */
export const progressiveTargets = {firstFrameRatio: 15, fullMs: 2500, indexAfterFirstMs: 3000, peakMb: 1024};

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Median ms of `node -e 0` spawned in a pseudo-terminal, to its exit. */
async function nodeBaseline(runs) {
	const times = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		const child = pty.spawn(process.execPath, ['-e', '0'], {cols: 80, rows: 24, cwd: root, env: process.env});
		times.push(await new Promise(resolve => child.onExit(() => resolve(performance.now() - started))));
	}
	return percentile(times, 50);
}

const status = lines => lines.filter(line => line.trim() !== '').at(-1) ?? '';
/** The header's counts at its right (`100000 events · 100000 sources`): only there once loading is done. The generated title also names the count. */
const counted = (lines, size) => new RegExp(`${size} events( · \\d+ sources?)? *$`).test(lines[0] ?? '');

/** One opening of the explorer on `file`: the times of each stage, in ms from the spawn. */
async function openOnce(spawnCli, file, size, query) {
	const session = spawnCli({cols: 80, rows: 24, args: ['--data', file], cwd: root});
	const started = performance.now();
	const marks = {};
	const check = () => {
		const lines = session.lines();
		const at = performance.now() - started;
		if (marks.progress === undefined && /reading|checking/.test(lines[0] ?? '')) marks.progress = at;
		if (marks.first === undefined && / 1\/\d+ *$/.test(status(lines))) marks.first = at;
		if (marks.full === undefined && counted(lines, size)) marks.full = at;
	};
	const off = session.onData(() => setImmediate(check));
	try {
		await session.waitFor(() => / 1\/\d+ *$/.test(status(session.lines())), {timeout: 120_000});
		check();
		// A key while the rest still loads: j, until the frame shows the second event selected.
		const loading = !counted(session.lines(), size);
		const pressed = performance.now();
		session.write('j');
		await session.waitFor(() => / 2\/\d+ *$/.test(status(session.lines())), {timeout: 120_000});
		const key = performance.now() - pressed;
		await session.waitFor(() => counted(session.lines(), size), {timeout: 120_000});
		check();
		// A search as soon as every event is in: answered by scanning if the index is still being built.
		session.write('/');
		session.write(query);
		await session.waitFor(() => /(\d+ match(es)?|no match) *$/.test(session.lines().find(line => line.startsWith(' / ')) ?? ''), {timeout: 120_000});
		marks.searched = performance.now() - started;
		session.write('\u001b');
		await settle();
		// settle() returns a quarter second after the processor went quiet.
		const idle = performance.now() - started - 250;
		const peak = explorerPeakMb();
		session.write('q');
		await session.exited;
		return {...marks, key, keyWhileLoading: loading, idle, peak};
	} finally {
		off();
		session.dispose();
	}
}

/**
 * Rows for the bench table from the openings of one file (`results`): each figure beside its
 * target, and its `key` (for comparing two files). With several openings, each figure is their
 * median, the peak memory their highest.
 */
function rowsOf(results, {label, query, base}) {
	const median = name =>
		percentile(
			results.map(result => result[name]).filter(value => value !== undefined),
			50,
		);
	const runs = results.length;
	const of = runs > 1 ? `, median of ${runs}` : '';
	const first = median('first');
	return [
		{name: `${label}: node -e 0 in a pseudo-terminal (median of 5)`, value: round(base), target: null, unit: 'ms'},
		{name: `${label}: progress on screen${of}`, value: Number.isNaN(median('progress')) ? 'none (read before the first frame)' : round(median('progress')), target: null, unit: 'ms'},
		{key: 'first', name: `${label}: first useful frame (events listed)${of}`, value: round(first), target: null, unit: 'ms'},
		{name: `${label}: first useful frame, ratio to node -e 0`, value: round(first / base, 2), target: progressiveTargets.firstFrameRatio, unit: '×'},
		{name: `${label}: j while loading, key to frame${results.every(result => result.keyWhileLoading) ? '' : ' (load had finished)'}${of}`, value: round(median('key')), target: null, unit: 'ms'},
		{key: 'full', name: `${label}: fully loaded (every event counted)${of}`, value: round(median('full')), target: progressiveTargets.fullMs, unit: 'ms'},
		{key: 'searched', name: `${label}: first search answered (/${query} as soon as all events are in) after the first frame${of}`, value: round(median('searched') - first), target: null, unit: 'ms'},
		{key: 'index', name: `${label}: search index ready (processor quiet) after the first frame${of}`, value: round(median('idle') - first), target: progressiveTargets.indexAfterFirstMs, unit: 'ms'},
		{
			key: 'peak',
			name: `${label}: peak resident memory, search worker included${runs > 1 ? `, highest of ${runs}` : ''}`,
			value: round(Math.max(...results.map(result => result.peak ?? Number.NaN)), 0),
			target: progressiveTargets.peakMb,
			unit: ' MB',
		},
	];
}

/**
 * The explorer opening each of `files` (`{file, query, label}`: `query` a word of the file, searched
 * once every event is in; `label` what the rows are of) in turn, for `runs` rounds, so that each
 * file's figures come from the same minutes of a shared machine, as a ratio between two files
 * needs. The rows of each file, in order.
 */
export async function benchProgressiveInTurn({size = 100000, runs = 1, files}) {
	const {spawnCli} = await ptyHelper();
	const base = await nodeBaseline(5);
	const results = files.map(() => []);
	for (let run = 0; run < runs; run++) for (const [at, {file, query}] of files.entries()) results[at].push(await openOnce(spawnCli, file, size, query));
	return files.map(({query, label}, at) => rowsOf(results[at], {label, query, base}));
}

/** `benchProgressiveInTurn` on one file: the generated timeline of `size` events unless `file` is given. */
export async function benchProgressive({size = 100000, runs = 1, file = undefined, query = 'police', label = undefined, log = message => process.stderr.write(`${message}\n`)} = {}) {
	const [rows] = await benchProgressiveInTurn({size, runs, files: [{file: file ?? dataFile(size, log), query, label: label ?? `explorer, ${sizeLabel(size)} events`}]});
	return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const {formatRows, option, startupEnvironment} = await import('./bench-startup.mjs');
	const size = option('--size') === undefined ? undefined : Number(option('--size'));
	const runs = option('--runs') === undefined ? undefined : Number(option('--runs'));
	for (const [key, value] of Object.entries(startupEnvironment())) console.log(`${key}: ${value}`);
	console.log('');
	// --file: a timeline generated elsewhere (node scripts/generate.mjs --events N --seed 1 --out FILE), of --size events.
	console.log(formatRows(await benchProgressive({size, runs, file: option('--file'), query: option('--query')})));
}
