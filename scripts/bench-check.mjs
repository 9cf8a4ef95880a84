#!/usr/bin/env node
// `sc-timeline check` wall-clock time, median of --runs (default 5) runs of the built dist/cli.cjs
// (run `npm run build` first): the bundled story (clean: JSON.parse only), the planted-problem corpus
// (the position-keeping parser loaded to place problems), and a generated timeline of --events
// (default 10,000) events, clean and with one quote broken near its end.
//
//   node scripts/bench-check.mjs [--runs 5] [--events 10000]
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {dataFile, percentile} from './bench-keys.mjs';
import {option} from './bench-startup.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.cjs');
const runs = Number(option('--runs') ?? 5);
const events = Number(option('--events') ?? 10_000);

function time(files) {
	const times = [];
	let problems = 0;
	for (let run = 0; run < runs; run++) {
		const start = process.hrtime.bigint();
		const result = spawnSync(process.execPath, [cli, 'check', ...files], {encoding: 'utf8', maxBuffer: 1 << 28});
		times.push(Number(process.hrtime.bigint() - start) / 1e6);
		problems = result.stdout === '' ? 0 : result.stdout.trimEnd().split('\n').length;
	}
	return {ms: Math.round(percentile(times, 50)), problems};
}

const big = dataFile(events, message => console.error(message));
const scratch = mkdtempSync(path.join(tmpdir(), 'sc-bench-check-'));
const broken = path.join(scratch, 'broken.json');
const text = readFileSync(big, 'utf8');
const quote = [...text.matchAll(/"quote": ?"/g)].at(-1);
const at = quote.index + quote[0].length;
writeFileSync(broken, `${text.slice(0, at)}not in the article ${text.slice(at)}`);
const corpus = ['three-mistakes', 'schema', 'references', 'warnings', 'syntax', 'timelinejs'].map(name => path.join(root, 'test', 'fixtures', 'check', `${name}.json`));

console.log(`check, median of ${runs} runs (wall clock, including Node's start-up)`);
for (const [name, files] of [
	['bundled story (clean)', [path.join(root, 'data', 'secure-communities.json')]],
	['planted-problem corpus (6 files)', corpus],
	[`${events.toLocaleString('en-US')} events (clean)`, [big]],
	[`${events.toLocaleString('en-US')} events, one bad quote`, [broken]],
]) {
	const {ms, problems} = time(files);
	console.log(`  ${name.padEnd(36)} ${String(ms).padStart(6)} ms  ${problems} problems`);
}
rmSync(scratch, {recursive: true, force: true});
