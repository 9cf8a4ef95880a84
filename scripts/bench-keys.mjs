#!/usr/bin/env node
// The explorer in a real pseudo-terminal (node-pty, the screen read with @xterm/headless, through
// test/helpers/pty.ts bundled on the fly): its start-up to the first complete frame as a ratio to
// `node -e 0` (each spawned in a pseudo-terminal, interleaved), and key-to-frame latency: the time
// from a key written to the terminal to the arrival of the frame that shows its effect, moving the
// selection (j/k) and scrolling the article (j/k, Space/b), on the bundled story and generated
// timelines, at 80×24 and 160×50. Keys go one at a time, each after the previous frame and a short
// gap (Ink merges renders closer than 1000/maxFps ms; a held key repeats every 30 ms or so).
//
// Runs the built dist/cli.cjs (`npm run build` first). Standalone:
// `node scripts/bench-keys.mjs [--sets bundled,1000,10000,100000] [--keys 40]`; scripts/bench.mjs
// imports `benchExplorerStartup` and `benchKeys` and prints their rows with the other benchmarks.
import {build} from 'esbuild';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import path from 'node:path';
import pty from 'node-pty';
import {writeGenerated} from './generate.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Targets: first frame of the bundled story as a multiple of `node -e 0`; key-to-frame p95 by
 * terminal size; a key's p95 at the largest set as a multiple of the same key's at 1,000 events
 * (so a key costs the same however long the timeline); peak memory.
 */
export const firstFrameTarget = 3;
export const keyTargets = {'80x24': 16, '160x50': 33};
export const keyRatioTarget = 1.25;
export const memoryTarget = 1024;

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
/** `1k` for 1000: the names bench-search.mjs uses too. */
export const sizeLabel = size => (size >= 1000 ? `${size / 1000}k` : String(size));

export function percentile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** bench-data/t<size>.json, generated (seed 1) when missing. */
export function dataFile(size, log = () => {}) {
	const file = path.join(root, 'bench-data', `t${sizeLabel(size)}.json`);
	if (!existsSync(file)) {
		log(`generating ${path.relative(root, file)} …`);
		writeGenerated(file, {events: size, seed: 1});
	}
	return file;
}

/**
 * test/helpers/pty.ts as an ES module under bench-data/.build/ (two levels below the root, where
 * its `../../dist/cli.cjs` still finds the CLI); node-pty and @xterm/headless stay external.
 */
export async function ptyHelper() {
	const outfile = path.join(root, 'bench-data', '.build', 'pty.mjs');
	await build({entryPoints: [path.join(root, 'test/helpers/pty.ts')], outfile, bundle: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'warning'});
	return import(pathToFileURL(outfile).href);
}

/** The screen's last non-blank line (the status bar) and the one above it (the rule with the article's position). */
function bottom(lines) {
	let last = lines.length - 1;
	while (last > 0 && lines[last].trim() === '') last--;
	return {status: lines[last], rule: lines[last - 1] ?? ''};
}

/** `3/22` at the end of the status bar: the selected event and the count. */
const selection = lines => /(\d+)\/(\d+)\s*$/.exec(bottom(lines).status)?.slice(1).map(Number);
/** `54-72/72 100%` on the rule above it: the article's visible lines and its length (undefined when it fits). */
function articleRange(lines) {
	const match = /(\d+)-(\d+)\/(\d+) \d+%/.exec(bottom(lines).rule);
	return match ? {from: Number(match[1]), to: Number(match[2]), total: Number(match[3])} : undefined;
}

/**
 * Presses `key` and resolves with the milliseconds until the chunk of output after which `done`
 * holds for the screen. Ink erases a frame from the bottom up and draws it from the top down, so
 * a condition on the status bar (the frame's last line) holds only once the frame is complete.
 */
async function timeKey(session, key, done) {
	let lastAt = 0;
	const off = session.onData((_, at) => {
		lastAt = at;
	});
	const started = performance.now();
	session.write(key);
	await session.waitFor(() => done(session.lines()), {timeout: 20_000});
	off();
	return lastAt - started;
}

/**
 * The /proc directory of the explorer started by this process (Linux): our child process whose
 * command line is the CLI's, or its title (`sc-timeline`), which it sets over it.
 */
function explorerProc() {
	if (!existsSync('/proc/self/stat')) return undefined;
	for (const pid of readdirSync('/proc').filter(name => /^\d+$/.test(name))) {
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== process.pid) continue;
			// Not esbuild's service, also our child.
			if (/^sc-timeline|dist\/cli\.js/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) return `/proc/${pid}`;
		} catch {}
	}
	return undefined;
}

/** Peak resident memory of the explorer (all its threads), in MB. */
export function explorerPeakMb() {
	const proc = explorerProc();
	const hwm = proc === undefined ? null : /VmHWM:\s+(\d+) kB/.exec(readFileSync(`${proc}/status`, 'utf8'));
	return hwm ? Number(hwm[1]) / 1024 : undefined;
}

/** CPU time used so far by the explorer (all its threads, the search worker's too), in clock ticks. */
function explorerCpu() {
	const proc = explorerProc();
	if (proc === undefined) return undefined;
	const stat = readFileSync(`${proc}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return Number(fields[11]) + Number(fields[12]);
}

/** Waits until the explorer stops using the processor (its search index sent and built), at most `limit` ms. */
export async function settle(limit = 60_000) {
	const started = performance.now();
	let previous = explorerCpu();
	while (previous !== undefined && performance.now() - started < limit) {
		await sleep(250);
		const now = explorerCpu();
		if (now === previous) return;
		previous = now;
	}
}

/** Variables that slow every Node start-up (see bench-startup.mjs); measured again without them when set. */
const startupVariables = ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS'];

/** Median ms of `node -e 0` (to its exit) and of the explorer (to its first complete frame), spawned in turn in pseudo-terminals. */
async function firstFrames(spawnCli, env, runs, warmup) {
	const baseline = [];
	const explorer = [];
	const full = {...process.env, ...env};
	for (const [key, value] of Object.entries(full)) if (value === undefined) delete full[key];
	for (let round = 0; round < warmup + runs; round++) {
		const started = performance.now();
		const child = pty.spawn(process.execPath, ['-e', '0'], {cols: 80, rows: 24, cwd: root, env: full});
		const ended = await new Promise(resolve => child.onExit(() => resolve(performance.now())));
		const session = spawnCli({cols: 80, rows: 24, cwd: root, env});
		const spawned = performance.now();
		let lastAt = 0;
		session.onData((_, at) => {
			lastAt = at;
		});
		await session.waitFor(() => selection(session.lines())?.[0] === 1, {timeout: 20_000});
		// The first round runs as a reader's session would, long enough for the code cache to be written (dist/cli.cjs).
		if (round === 0) await sleep(1000);
		session.dispose();
		await session.exited;
		if (round < warmup) continue;
		baseline.push(ended - started);
		explorer.push(lastAt - spawned);
	}
	return {base: percentile(baseline, 50), first: percentile(explorer, 50)};
}

/**
 * Start-up of the explorer: from spawning `node dist/cli.cjs` in an 80×24 pseudo-terminal to the
 * arrival of its first complete frame (the status bar showing `1/N`), against `node -e 0` spawned
 * the same way and timed to its exit, interleaved round by round; medians of `runs`. When
 * NODE_OPTIONS or NODE_EXTRA_CA_CERTS is set, measured again without them.
 */
export async function benchExplorerStartup({runs = 10, warmup = 2} = {}) {
	const {spawnCli} = await ptyHelper();
	const set = startupVariables.filter(name => process.env[name]);
	const environments = [{label: '', env: {}}];
	if (set.length > 0) environments.push({label: ` [without ${set.join(', ')}]`, env: Object.fromEntries(set.map(name => [name, undefined]))});
	const rows = [];
	for (const {label, env} of environments) {
		const {base, first} = await firstFrames(spawnCli, env, runs, warmup);
		rows.push(
			{name: `explorer: node -e 0 in a pseudo-terminal (median of ${runs})${label}`, value: round(base), target: null, unit: 'ms'},
			{name: `explorer: first complete frame, bundled story, 80×24${label}`, value: round(first), target: null, unit: 'ms'},
			{name: `explorer: first complete frame, ratio to node -e 0${label}`, value: round(first / base, 2), target: firstFrameTarget, unit: '×'},
		);
	}
	return rows;
}

/** Presses j (k on the way back) `count` times in the timeline; milliseconds per key. */
async function moveSelection(session, count, gap) {
	const times = [];
	let direction = 1;
	for (let i = 0; i < count; i++) {
		const [selected, total] = selection(session.lines());
		if (selected + direction < 1 || selected + direction > total) direction = -direction;
		const expected = selected + direction;
		times.push(await timeKey(session, direction > 0 ? 'j' : 'k', lines => selection(lines)?.[0] === expected));
		await sleep(gap);
	}
	return times;
}

/** Moves the selection until the selected event's article is longer than its pane (at most `tries` keys); whether it found one. */
async function findScrollable(session, tries) {
	for (let i = 0; i < tries; i++) {
		if (articleRange(session.lines()) !== undefined) return true;
		const [selected, total] = selection(session.lines());
		if (total === 1) return false;
		const expected = selected < total ? selected + 1 : selected - 1;
		await timeKey(session, expected > selected ? 'j' : 'k', lines => selection(lines)?.[0] === expected);
	}
	return articleRange(session.lines()) !== undefined;
}

/** Scrolls the focused article `count` times with `down` (`up` once at the end, and back); undefined if it fits the pane. */
async function scroll(session, count, gap, down, up) {
	if (articleRange(session.lines()) === undefined) return undefined;
	const times = [];
	let direction = 1;
	for (let i = 0; i < count; i++) {
		const {from, to, total} = articleRange(session.lines());
		if ((direction > 0 && to >= total) || (direction < 0 && from <= 1)) direction = -direction;
		const was = `${from}-${to}`;
		times.push(
			await timeKey(session, direction > 0 ? down : up, lines => {
				const range = articleRange(lines);
				return range !== undefined && `${range.from}-${range.to}` !== was && selection(lines) !== undefined;
			}),
		);
		await sleep(gap);
	}
	return times;
}

function latencyRows(name, times, target, p95s) {
	if (times !== undefined) p95s.set(name, percentile(times, 95));
	if (times === undefined) return [{name: `${name}: the article fits the pane, nothing to scroll`, value: 'n/a', target: null, unit: ''}];
	return [
		{name: `${name}, p50`, value: round(percentile(times, 50)), target: null, unit: 'ms'},
		{name: `${name}, p95`, value: round(percentile(times, 95)), target, unit: 'ms'},
	];
}

/**
 * Key-to-frame latency for each data set (`'bundled'` or a generated size) and terminal size:
 * `keys` measured presses per action after `warmup` unmeasured ones, once the explorer has
 * settled (its search index built). Also the explorer's peak memory with the largest set.
 */
export async function benchKeys({
	sets = ['bundled', 1000, 10000, 100000],
	sizes = [
		[80, 24],
		[160, 50],
	],
	keys = 40,
	warmup = 5,
	gap = 20,
	log = message => process.stderr.write(`${message}\n`),
} = {}) {
	const {spawnCli} = await ptyHelper();
	const rows = [];
	/** p95 by row name, for the ratios of the largest set to 1,000 events. */
	const p95s = new Map();
	for (const set of sets) {
		const args = set === 'bundled' ? [] : ['--data', dataFile(set, log)];
		const label = set === 'bundled' ? 'bundled story' : `${sizeLabel(set)} events`;
		for (const [cols, lines] of sizes) {
			const size = `${cols}x${lines}`;
			const name = `keys ${label} ${cols}×${lines}`;
			const session = spawnCli({cols, rows: lines, args, cwd: root});
			try {
				const opened = performance.now();
				await session.waitFor(() => selection(session.lines())?.[0] === 1, {timeout: 120_000});
				const firstFrame = performance.now() - opened;
				await settle();
				log(`${name}: first frame after ${round(firstFrame)} ms; measuring`);
				await moveSelection(session, warmup, gap);
				const move = await moveSelection(session, keys, gap);
				// The article: one longer than the pane, focused, from its top.
				await findScrollable(session, 50);
				session.write('\t');
				await session.waitFor(() => /scroll/.test(bottom(session.lines()).status));
				session.write('g');
				await session.waitFor(() => (articleRange(session.lines())?.from ?? 1) === 1);
				await sleep(gap);
				const lineScroll = await scroll(session, keys, gap, 'j', 'k');
				const pageScroll = await scroll(session, Math.ceil(keys / 2), gap, ' ', 'b');
				if (set !== 'bundled') rows.push({name: `${name}: first frame (load included)`, value: round(firstFrame), target: null, unit: 'ms'});
				rows.push(...latencyRows(`${name}: j moves the selection`, move, keyTargets[size], p95s));
				rows.push(...latencyRows(`${name}: j/k scroll the article`, lineScroll, keyTargets[size], p95s));
				rows.push(...latencyRows(`${name}: Space/b page the article`, pageScroll, keyTargets[size], p95s));
				if (set === sets.at(-1) && cols === sizes.at(-1)[0]) {
					const peak = explorerPeakMb();
					if (peak !== undefined) rows.push({name: `explorer with ${label}: peak resident memory`, value: round(peak, 0), target: memoryTarget, unit: ' MB'});
				}
				session.write('q');
				await session.exited;
			} finally {
				session.dispose();
			}
		}
	}
	return [...rows, ...ratioRows(sets, sizes, p95s)];
}

/** Each key's p95 at the largest generated set over its p95 at 1,000 events, at each terminal size. */
function ratioRows(sets, sizes, p95s) {
	const largest = sets.filter(set => typeof set === 'number').at(-1);
	if (!sets.includes(1000) || largest === undefined || largest === 1000) return [];
	const rows = [];
	for (const [cols, lines] of sizes) {
		for (const action of ['j moves the selection', 'j/k scroll the article', 'Space/b page the article']) {
			const at = set => p95s.get(`keys ${sizeLabel(set)} events ${cols}×${lines}: ${action}`);
			if (at(1000) === undefined || at(largest) === undefined) continue;
			rows.push({name: `keys ${cols}×${lines}: ${action}, p95 at ${sizeLabel(largest)} over p95 at 1k`, value: round(at(largest) / at(1000), 2), target: keyRatioTarget, unit: '×'});
		}
	}
	return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const {formatRows, option, startupEnvironment} = await import('./bench-startup.mjs');
	const sets = option('--sets')
		?.split(',')
		.map(set => (set === 'bundled' ? set : Number(set)));
	const keys = option('--keys') === undefined ? undefined : Number(option('--keys'));
	for (const [key, value] of Object.entries(startupEnvironment())) console.log(`${key}: ${value}`);
	console.log('');
	const rows = [...(await benchExplorerStartup()), ...(await benchKeys({sets, keys}))];
	console.log(formatRows(rows));
}
