#!/usr/bin/env node
// Start-up time of the printed commands, as a ratio to `node -e 0` measured in the same run, so the
// figure says what sc-timeline adds to Node's own start-up on this machine. Runs the built
// dist/cli.cjs (run `npm run build` first). Standalone: `node scripts/bench-startup.mjs [--runs N]`,
// or `--large [--size 100000] [--id event-000001]` for `show` on a generated timeline beside jq;
// `scripts/bench.mjs` imports `benchStartup` and prints its rows with the other benchmarks.
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import os from 'node:os';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.cjs');

/** What is timed: `node -e 0` first, as the baseline the others are divided by; each target a multiple of it. */
const cases = [
	{name: 'node -e 0', args: ['-e', '0']},
	{name: 'sc-timeline summary > /dev/null', args: [cli, 'summary'], target: 1.5},
	{name: 'sc-timeline --help > /dev/null', args: [cli, '--help'], target: 1.3},
];

/** A printed command on the largest generated timeline, as a multiple of `node -e 0`. */
export const largeCommandTarget = 25;

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Wall-clock milliseconds of one run of `command` (default: this Node), output to /dev/null (stdio 'ignore'). */
function time(args, env, command = process.execPath) {
	const start = process.hrtime.bigint();
	const result = spawnSync(command, args, {stdio: 'ignore', cwd: root, env});
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	if (result.status !== 0) throw new Error(`${command === process.execPath ? 'node' : command} ${args.join(' ')} exited with ${result.status}`);
	return ms;
}

/** Variables that change every Node start-up; NODE_EXTRA_CA_CERTS alone can add tens of ms to `node -e 0`. */
const startupVariables = ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS'];

/**
 * Where the command line keeps its V8 code cache (source/compile-cache.ts) and how many files it
 * holds: the figures are for a warm cache, which the warm-up rounds make for printed commands; the
 * explorer writes its own only once it has drawn its first frame and run on a little.
 */
function codeCache() {
	const xdg = process.env.XDG_CACHE_HOME;
	const dir = path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache'), 'sc-timeline');
	const files = existsSync(dir) ? readdirSync(dir, {recursive: true}).filter(name => String(name).endsWith('.v8')).length : 0;
	return `${dir} (${files} files)`;
}

/** The environment that changes Node's start-up, printed beside the figures so runs can be compared. */
export function startupEnvironment() {
	return {
		node: process.version,
		platform: `${os.platform()} ${os.arch()}`,
		cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
		// Other work on the machine inflates start-up ratios; a load near the core count means "measure again later".
		'load average (1, 5, 15 min)': os
			.loadavg()
			.map(load => load.toFixed(2))
			.join(', '),
		NODE_OPTIONS: process.env.NODE_OPTIONS ? 'set (also measured without it)' : 'not set',
		NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ? 'set (Node reads the file at every start; also measured without it)' : 'not set',
		'code cache': codeCache(),
	};
}

/** Times every case in one environment; returns the median milliseconds of each. */
function measure(env, runs, warmup) {
	const samples = cases.map(() => []);
	for (let round = 0; round < warmup + runs; round++) {
		for (const [index, {args}] of cases.entries()) {
			const ms = time(args, env);
			if (round >= warmup) samples[index].push(ms);
		}
	}
	return samples.map(values => median(values));
}

/**
 * Times each case `runs` times after `warmup` untimed rounds, interleaving the cases within each
 * round so drift in machine load falls on all of them alike. Returns rows for the bench table:
 * the baseline in ms, then each command in ms and as a ratio to the baseline (summary 1.5, --help 1.3). When
 * NODE_OPTIONS or NODE_EXTRA_CA_CERTS is set, the cases run again without them, since they slow
 * `node -e 0` too and so flatter the ratio; those rows say so in their names.
 */
export async function benchStartup({runs = 15, warmup = 3} = {}) {
	if (!existsSync(cli)) throw new Error('dist/cli.cjs not found: run `npm run build` first');
	const environments = [{label: '', env: process.env}];
	if (startupVariables.some(name => process.env[name])) {
		const env = {...process.env};
		for (const name of startupVariables) delete env[name];
		environments.push({label: ` [without ${startupVariables.filter(name => process.env[name]).join(', ')}]`, env});
	}
	const rows = [];
	for (const {label, env} of environments) {
		const medians = measure(env, runs, warmup);
		const base = medians[0];
		rows.push({name: `${cases[0].name} (median of ${runs})${label}`, value: round(base), target: null, unit: 'ms'});
		for (const [index, {name, target}] of cases.entries()) {
			if (index === 0) continue;
			rows.push({name: `${name}${label}`, value: round(medians[index]), target: null, unit: 'ms'});
			rows.push({name: `${name}, ratio to node -e 0${label}`, value: round(medians[index] / base, 2), target, unit: '×'});
		}
	}
	return rows;
}

/** `show ID` beside jq on the same file: at most this share of jq's time. */
export const jqShareTarget = 0.25;

/**
 * Whether `jq` runs; when it does not, and this is root on a system with apt-get (a CI image, a
 * container), it is installed first. Progress of the install goes to stderr.
 */
function ensureJq(log) {
	const runs = () => spawnSync('jq', ['--version'], {stdio: 'ignore'}).status === 0;
	if (runs()) return true;
	if (process.getuid?.() !== 0 || spawnSync('apt-get', ['--version'], {stdio: 'ignore'}).status !== 0) return false;
	log('installing jq with apt-get …');
	const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
	spawnSync('apt-get', ['install', '-y', '-q', 'jq'], {stdio: ['ignore', 2, 2], env});
	if (!runs()) spawnSync('sh', ['-c', 'apt-get update -q && apt-get install -y -q jq'], {stdio: ['ignore', 2, 2], env});
	return runs();
}

/**
 * `sc-timeline show ID --data FILE` (a printed command that reads only the event and the articles
 * it cites), against `node -e 0`, against the same with `--strict` (which reads the whole file) and
 * against `jq -c '.events[] | select(.id=="ID")'` on the same file, all interleaved in each round:
 * medians of `runs` after one warm-up round. Without jq (and no way to install it) its rows say so.
 */
export async function benchLargeCommand({file, id, label, runs = 3, log = message => process.stderr.write(`${message}\n`)}) {
	const jq = ensureJq(log);
	const cases = [
		{key: 'base', args: ['-e', '0']},
		{key: 'show', args: [cli, 'show', id, '--data', file]},
		{key: 'strict', args: [cli, 'show', id, '--data', file, '--strict']},
		...(jq ? [{key: 'jq', command: 'jq', args: ['-c', `.events[] | select(.id==${JSON.stringify(id)})`, file]}] : []),
	];
	const samples = Object.fromEntries(cases.map(({key}) => [key, []]));
	for (let round = 0; round < runs + 1; round++) {
		for (const {key, command, args} of cases) {
			const ms = time(args, process.env, command);
			if (round > 0) samples[key].push(ms);
		}
	}
	const [base, show, strict] = ['base', 'show', 'strict'].map(key => median(samples[key]));
	const name = `sc-timeline show ${id} on ${label} > /dev/null`;
	const rows = [
		{name: `${name} (median of ${runs})`, value: round(show), target: null, unit: 'ms'},
		{name: `${name}, ratio to node -e 0`, value: round(show / base, 1), target: largeCommandTarget, unit: '×'},
		{name: `same with --strict (reads the whole file)`, value: round(strict), target: null, unit: 'ms'},
	];
	if (!jq) rows.push({name: `show beside jq -c '.events[] | select(.id=="${id}")': jq not installed (apt-get install jq)`, value: 'skipped', target: null, unit: ''});
	else {
		const jqMs = median(samples.jq);
		rows.push({name: `jq -c '.events[] | select(.id=="${id}")' on ${label} (median of ${runs})`, value: round(jqMs), target: null, unit: 'ms'});
		rows.push({name: `show ${id} as a share of jq's time`, value: round(show / jqMs, 2), target: jqShareTarget, unit: '×'});
	}
	return rows;
}

function round(value, digits = 1) {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

/** Rows as an aligned table, a ✓ or ✗ beside each figure that has a target. */
export function formatRows(rows) {
	const nameWidth = Math.max(...rows.map(row => row.name.length));
	return rows
		.map(row => {
			const value = typeof row.value === 'number' ? `${row.value}${row.unit === 'ms' ? ' ms' : row.unit}` : String(row.value);
			const target = row.target === null ? '' : `  target ≤ ${row.target}${row.unit}  ${row.value <= row.target ? '✓' : '✗'}`;
			return `${row.name.padEnd(nameWidth)}  ${value.padStart(9)}${target}`;
		})
		.join('\n');
}

/** The value after `name` on the command line (`--runs 21`), or undefined; the benchmark scripts share it. */
export function option(name) {
	const at = process.argv.indexOf(name);
	return at === -1 ? undefined : process.argv[at + 1];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const runs = option('--runs') === undefined ? undefined : Number(option('--runs'));
	for (const [key, value] of Object.entries(startupEnvironment())) console.log(`${key}: ${value}`);
	console.log('');
	if (process.argv.includes('--large')) {
		const {dataFile} = await import('./bench-keys.mjs');
		const size = Number(option('--size') ?? 100000);
		console.log(formatRows(await benchLargeCommand({file: dataFile(size), id: option('--id') ?? 'event-000001', label: `${size.toLocaleString('en-US')} events`, runs: runs ?? 3})));
	} else console.log(formatRows(await benchStartup({runs})));
	console.log(
		`load average after: ${os
			.loadavg()
			.map(load => load.toFixed(2))
			.join(', ')}`,
	);
}
