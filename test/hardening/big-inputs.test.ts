/**
 * Inputs far outside what a timeline needs, generated into a temporary directory: each either
 * works or fails with one clear line (exit 1), and never hangs (every run has a time limit:
 * a killed run has no exit code and fails these tests).
 */
import {beforeAll, describe, expect, it} from 'vitest';
import {mkdtempSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {cliPath} from '../helpers/run-cli.js';
import {strayControls} from './support.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sc-big-'));
const file = (name: string) => path.join(dir, name);

/** A small event; `i` makes its id, date and text unique. */
function event(i: number) {
	const day = String(1 + (i % 28)).padStart(2, '0');
	const month = String(1 + (i % 12)).padStart(2, '0');
	return {id: `e${i}`, date: {value: `${2000 + (i % 20)}-${month}-${day}`, precision: 'day'}, headline: `Event ${i} \u001B[31mred\u001B[0m`, summary: `Summary of event ${i}.`};
}

const timeline = (events: unknown[], extra: object = {}) => ({format: 'sc-timeline/1', title: 'Big', ...extra, events});

beforeAll(() => {
	// About 10 MB of JSON on one line.
	writeFileSync(file('one-line.json'), JSON.stringify(timeline(Array.from({length: 90_000}, (_, i) => event(i)))));
	writeFileSync(file('long-string.json'), JSON.stringify(timeline([{...event(0), summary: 'word '.repeat(2_000_000)}])));
	writeFileSync(file('long-key.json'), JSON.stringify({...timeline([]), ['k'.repeat(10_000_000)]: 1}));
	writeFileSync(file('deep-arrays.json'), '['.repeat(1_000_000) + ']'.repeat(1_000_000));
	writeFileSync(file('deep-objects.json'), `${'{"a":'.repeat(1_000_000)}1${'}'.repeat(1_000_000)}`);
	writeFileSync(file('many-events.json'), JSON.stringify(timeline(Array.from({length: 100_000}, (_, i) => event(i))), null, '\t'));
	// 6,250 C1 controls are 50,000 characters as shown (<U+009B>): the most a string may take.
	writeFileSync(file('wide.json'), JSON.stringify(timeline([{...event(0), headline: '\u009B'.repeat(6250)}])));
	writeFileSync(file('too-wide.json'), JSON.stringify(timeline([{...event(0), headline: '\u009B'.repeat(6251)}])));
	// A sparse file: larger than the limit without using the disk.
	writeFileSync(file('huge.json'), '');
	truncateSync(file('huge.json'), 300 * 1024 * 1024);
});

/** Runs the CLI and checks it finished in time, printed at most one line on stderr, and nothing unsafe. */
function run(args: string[], input = '') {
	// As run-cli.ts does, with room for the many megabytes some of these print.
	const env = {...process.env};
	delete env['FORCE_COLOR'];
	delete env['NO_COLOR'];
	const child = spawnSync(process.execPath, [cliPath, ...args], {env, input, encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024});
	const result = {code: child.status, stdout: child.stdout, stderr: child.stderr};
	expect(result.code, 'the run finished within its time limit').not.toBeNull();
	expect(result.stderr.trimEnd()).not.toContain('\n');
	expect(result.stderr).not.toContain('    at ');
	expect(strayControls(result.stderr)).toEqual([]);
	return result;
}

describe('big and deep inputs', () => {
	it('a 10 MB file on a single line works', () => {
		const result = run(['events', '--data', file('one-line.json')]);
		expect(result.code).toBe(0);
		expect(result.stdout.split('\n')).toHaveLength(90_001);
		expect(strayControls(result.stdout)).toEqual([]);
		expect(run(['show', 'e89999', '--data', file('one-line.json')]).stdout).toContain('Event 89999 ^[[31mred^[[0m');
	}, 60_000);

	it('a 10 MB string is refused in one line naming where it is', () => {
		const result = run(['summary', '--data', file('long-string.json')]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/long-string\.json:1:\d+: events\[0\]\.summary: text longer than 50,000 characters/);
	});

	it('a 10 MB unknown key is refused in one short line', () => {
		const result = run(['summary', '--data', file('long-key.json')]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/long-key\.json:\d+:\d+: \["k+…"\]: unknown field\n$/);
		expect(result.stderr.length).toBeLessThan(200 + dir.length);
	});

	it.each(['deep-arrays.json', 'deep-objects.json'])('%s, nested a million deep, is refused at the depth limit', name => {
		const result = run(['summary', '--data', file(name)]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/:1:\d+: nesting deeper than 64 levels\n$/);
	});

	it('100,000 events: summary, events, show, search and JSON all work', () => {
		const data = ['--data', file('many-events.json')];
		expect(run(['summary', ...data]).code).toBe(0);
		const events = run(['events', ...data]);
		expect(events.stdout.trimEnd().split('\n')).toHaveLength(100_000);
		expect(run(['show', 'e54321', ...data]).stdout).toContain('Summary of event 54321.');
		expect(run(['search', 'Event 54321', '--limit', '3', ...data]).stdout).toContain('Event 54321');
		expect(JSON.parse(run(['events', '--format', 'json', ...data]).stdout)).toHaveLength(100_000);
	}, 60_000);

	it('a file over the size limit is refused before it is read', () => {
		const result = run(['summary', '--data', file('huge.json')]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('huge.json: file is 300 MB, larger than the 256 MB limit');
	});

	it('a file that never ends (/dev/zero) is refused before it is read', () => {
		const result = run(['summary', '--data', '/dev/zero']);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('sc-timeline: /dev/zero: cannot read: is a device, expected a JSON file\n');
	});

	it('a timeline piped in through /dev/stdin works', () => {
		const result = run(['events', '--data', '/dev/stdin'], JSON.stringify(timeline([event(1), event(2)])));
		expect(result.code).toBe(0);
		expect(result.stdout.trimEnd().split('\n')).toHaveLength(2);
	});

	it('a string over the limit once its control characters are shown is refused in one line', () => {
		const result = run(['summary', '--data', file('too-wide.json')]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/too-wide\.json:\d+:\d+: events\[0\]\.headline: text longer than 50,000 characters \(control characters counted as shown\)/);
	});

	it('the longest allowed string, counted as shown, prints even at width 1', () => {
		for (const args of [['show', 'e0'], ['summary']]) {
			const result = run([...args, '--width', '1', '--data', file('wide.json')]);
			expect(result.stderr).toBe('');
			expect(result.code).toBe(0);
		}
	});
});
