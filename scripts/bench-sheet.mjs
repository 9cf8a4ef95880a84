#!/usr/bin/env node
// A TimelineJS sheet against the same timeline as TimelineJS JSON: a 10,000-row template
// (bench-data/sheet-10000.csv, generated with a fixed pattern when missing: quoted cells with
// commas, quotes and line breaks, times, end dates, media, groups) and the JSON that
// `export --format timelinejs` writes from it. Each is printed by `events` in a fresh process, in
// turn, after a warm-up, and loaded alone by `openData` (bundled from source) in a fresh process;
// the figures are the ratios of the medians (target: the sheet within 1.5× of the JSON). Needs
// dist/ built (`npm run bench` builds it).
//
// Standalone: `node scripts/bench-sheet.mjs [--rows 10000] [--runs 9]`;
// scripts/bench.mjs imports `benchSheet` and prints its rows with the other benchmarks.
import {bundleWithRunner} from './bench-bundle.mjs';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, statSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import {percentile} from './bench-keys.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.cjs');

const header = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

/** The sheet's text: a title row, then `rows` events. */
export function sheetText(rows) {
	const lines = [header, ',,,,,,,,,A generated timeline,"Rows with commas, ""quotes"" and line breaks.",,,,,title,,#223344'];
	const groups = ['Council', 'Courts', 'Schools', 'Transit'];
	for (let i = 0; i < rows; i++) {
		const year = 1900 + (i % 120);
		const month = 1 + (i % 12);
		const day = 1 + (i % 28);
		const time = i % 5 === 0 ? `${1 + (i % 12)}:${String(i % 60).padStart(2, '0')} ${i % 2 ? 'PM' : 'AM'}` : '';
		const end = i % 7 === 0 ? [year + 1, month, day, ''] : ['', '', '', ''];
		const text = `"<p>Event ${i}: the board met, voted and adjourned; the vote was ""${i % 9} to ${i % 4}"".</p>\nMinutes follow, with amendments, objections and the chair's notes."`;
		const media = i % 3 === 0 ? [`https://example.org/img/${i}.jpg`, 'Staff photographer', `"Photo ${i}, taken at the hearing"`, ''] : ['', '', '', ''];
		lines.push([year, month, day, time, ...end, '', `Headline number ${i}`, text, ...media, '', groups[i % groups.length], ''].join(','));
	}
	return `${lines.join('\r\n')}\r\n`;
}

/** The sheet and the JSON written from it, under bench-data/, made when missing. */
export function sheetFiles(rows, log) {
	const dir = path.join(root, 'bench-data');
	mkdirSync(dir, {recursive: true});
	const sheet = path.join(dir, `sheet-${rows}.csv`);
	const json = path.join(dir, `sheet-${rows}.json`);
	if (!existsSync(sheet)) {
		log(`generating ${path.relative(root, sheet)} …`);
		writeFileSync(sheet, sheetText(rows));
	}
	if (!existsSync(json)) writeFileSync(json, execFileSync(process.execPath, [cli, '--data', sheet, 'export', '--format', 'timelinejs'], {maxBuffer: 1 << 28}));
	return {sheet, json};
}

/** Wall time of `sc-timeline --data FILE events` to /dev/null, in ms. */
function time(file) {
	const started = performance.now();
	const result = spawnSync(process.execPath, [cli, '--data', file, 'events'], {stdio: ['ignore', 'ignore', 'pipe']});
	if (result.status !== 0) throw new Error(`events on ${file} failed: ${result.stderr}`);
	return performance.now() - started;
}

const round = value => Math.round(value * 10) / 10;

/** A script that loads one file with `openData` (as `--data` does) and prints the milliseconds the load took. */
const bundleOpener = () =>
	bundleWithRunner(
		'core/load/open-data.ts',
		'open',
		`import {openData} from './open.mjs';
const started = performance.now();
await openData(process.argv[2]);
process.stdout.write(String(performance.now() - started));
`,
	);

export async function benchSheet({rows = 10000, runs = 9, warmup = 2, log = message => process.stderr.write(`${message}\n`)} = {}) {
	const {sheet, json} = sheetFiles(rows, log);
	const times = {sheet: [], json: []};
	for (let run = 0; run < warmup + runs; run++) {
		// In turn, so both see the same machine.
		const s = time(sheet);
		const j = time(json);
		if (run >= warmup) {
			times.sheet.push(s);
			times.json.push(j);
		}
	}
	// The load alone, in a fresh process each time: what the command's wall time dilutes with start-up and printing.
	const opener = await bundleOpener();
	const loads = {sheet: [], json: []};
	for (let run = 0; run < runs; run++) {
		loads.sheet.push(Number(execFileSync(process.execPath, [opener, sheet], {encoding: 'utf8'})));
		loads.json.push(Number(execFileSync(process.execPath, [opener, json], {encoding: 'utf8'})));
	}
	const sheetLoad = percentile(loads.sheet, 50);
	const jsonLoad = percentile(loads.json, 50);
	const sheetMs = percentile(times.sheet, 50);
	const jsonMs = percentile(times.json, 50);
	const label = `${rows.toLocaleString('en-US')}-row sheet`;
	return [
		{name: `${label} (${round(statSync(sheet).size / 1048576)} MB CSV): events, median of ${runs}`, value: round(sheetMs), target: null, unit: 'ms'},
		{name: `the same timeline as TimelineJS JSON (${round(statSync(json).size / 1048576)} MB): events, median of ${runs}`, value: round(jsonMs), target: null, unit: 'ms'},
		{name: `${label} over the same timeline as JSON, events (whole process)`, value: Math.round((sheetMs / jsonMs) * 100) / 100, target: 1.5, unit: '×'},
		{name: `${label}: the load alone (openData), median of ${runs}`, value: round(sheetLoad), target: null, unit: 'ms'},
		{name: 'the same timeline as JSON: the load alone', value: round(jsonLoad), target: null, unit: 'ms'},
		{name: `${label} over the same timeline as JSON, the load alone`, value: Math.round((sheetLoad / jsonLoad) * 100) / 100, target: 1.5, unit: '×'},
	];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const {formatRows, option, startupEnvironment} = await import('./bench-startup.mjs');
	const rows = option('--rows') === undefined ? undefined : Number(option('--rows'));
	const runs = option('--runs') === undefined ? undefined : Number(option('--runs'));
	for (const [key, value] of Object.entries(startupEnvironment())) console.log(`${key}: ${value}`);
	console.log('');
	console.log(formatRows(await benchSheet({rows, runs})));
}
