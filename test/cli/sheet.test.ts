/** The built command line on TimelineJS's sheet template: every printed command, check, export back. */
import {afterAll, describe, expect, test} from 'vitest';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {runCli} from '../helpers/run-cli.js';
import type {Problem} from '../../source/core/check/problem.js';

const sheets = path.resolve('test/fixtures/sheets');
const dir = mkdtempSync(path.join(tmpdir(), 'sc-timeline-sheet-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('a sheet with --data', () => {
	test('events, search and a filter read the sheet', () => {
		const events = runCli(['--data', path.join(sheets, 'template.csv'), 'events', '--width', '100']);
		expect(events.stderr).toBe('');
		expect(events.code).toBe(0);
		expect(events.stdout.trimEnd().split('\n')).toHaveLength(6);
		expect(events.stdout).toContain('Jul 5, 2023 09:00');
		const found = runCli(['--data', path.join(sheets, 'template.tsv'), 'search', "'perch"]);
		expect(found.stdout).toContain('Fish rescue');
		const works = runCli(['--data', path.join(sheets, 'template-bom-crlf.csv'), 'events', '--filter', 'group:works', '-f', 'json']);
		expect((JSON.parse(works.stdout) as Array<{id: string}>).map(event => event.id)).toEqual(['drawdown-begins', 'embankment-rebuilt', 'refilling-starts']);
	});

	test('rows that cannot be read are skipped, each named on stderr; the rest opens', () => {
		const result = runCli(['--data', path.join(sheets, 'seven-mistakes.csv'), 'events']);
		expect(result.code).toBe(0);
		expect(result.stdout.trimEnd().split('\n')).toHaveLength(7);
		expect(result.stderr.split('\n').filter(line => line !== '')).toEqual([
			`sc-timeline: ${path.join(sheets, 'seven-mistakes.csv')}:4:A (Year): year "about 2022" is not a number; row skipped`,
			`sc-timeline: ${path.join(sheets, 'seven-mistakes.csv')}:6:B (Month): month "13" is not 1 to 12; row skipped`,
			`sc-timeline: ${path.join(sheets, 'seven-mistakes.csv')}:7:F (End Month): the end date is before the start date; end date ignored`,
			`sc-timeline: ${path.join(sheets, 'seven-mistakes.csv')}:9:S: 19 cells, the header has 18: "late edition" has no column and is not read`,
			`sc-timeline: ${path.join(sheets, 'seven-mistakes.csv')}:11:P (Type): a second title row (the first is row 2); row skipped`,
		]);
	});

	test('--strict makes the first of them an error', () => {
		const result = runCli(['--data', path.join(sheets, 'seven-mistakes.csv'), 'events', '--strict']);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^sc-timeline: .*seven-mistakes\.csv:4:A \(Year\): year "about 2022" is not a number; row skipped\n$/);
	});

	test('a sheet piped in without its name gets a hint, not a JSON syntax error', () => {
		const result = runCli(['--data', '/dev/stdin', 'events'], {input: readFileSync(path.join(sheets, 'template.csv'), 'utf8')});
		expect(result.stderr).toBe('sc-timeline: /dev/stdin: this is a TimelineJS sheet, not JSON: give it a .csv or .tsv name to open it\n');
		expect(result.code).toBe(1);
	});
});

describe('check on a sheet', () => {
	test('seven mistakes at their rows and columns, exit 1; the same problems as JSON', () => {
		const text = runCli(['check', 'seven-mistakes.csv'], {cwd: sheets});
		expect(text.code).toBe(1);
		expect(
			text.stdout
				.trimEnd()
				.split('\n')
				.map(line => line.split(': ')[0]),
		).toEqual([
			'seven-mistakes.csv:4:A (Year)',
			'seven-mistakes.csv:6:B (Month)',
			'seven-mistakes.csv:7:F (End Month)',
			'seven-mistakes.csv:8:J (Headline)',
			'seven-mistakes.csv:9:S',
			'seven-mistakes.csv:10:P (Type)',
			'seven-mistakes.csv:11:P (Type)',
		]);
		expect(text.stderr).toBe('sc-timeline: 3 errors and 4 warnings in 1 file\n');
		const json = JSON.parse(runCli(['check', 'seven-mistakes.csv', '--format', 'json'], {cwd: sheets}).stdout) as Problem[];
		expect(json.map(problem => [problem.line, problem.column, problem.columnName, problem.severity])).toEqual([
			[4, 1, 'A (Year)', 'error'],
			[6, 2, 'B (Month)', 'error'],
			[7, 6, 'F (End Month)', 'warning'],
			[8, 10, 'J (Headline)', 'warning'],
			[9, 19, 'S', 'error'],
			[10, 16, 'P (Type)', 'warning'],
			[11, 16, 'P (Type)', 'warning'],
		]);
	});

	test('a clean sheet and a JSON file checked together', () => {
		const result = runCli(['check', 'template.csv', '../timelinejs/newsroom.json'], {cwd: sheets});
		expect(result.stdout).toBe('');
		expect(result.code).toBe(0);
	});
});

describe('export --format csv and tsv', () => {
	test('a TimelineJS file as a sheet reads back as the same timeline', () => {
		const json = path.resolve('test/fixtures/timelinejs/media.json');
		for (const format of ['csv', 'tsv']) {
			const written = runCli(['--data', json, 'export', '--format', format]);
			expect(written.code).toBe(0);
			const file = path.join(dir, `media.${format}`);
			writeFileSync(file, written.stdout);
			const back = runCli(['--data', file, 'summary', '--format', 'json']);
			expect(back.stderr).toBe('');
			expect(JSON.parse(back.stdout)).toEqual(JSON.parse(runCli(['--data', json, 'summary', '--format', 'json']).stdout));
		}
	});

	test('a new sheet, its header and title row only, opens as an empty timeline, as the empty timeline exported reads back; rows all skipped do not', () => {
		const header = readFileSync(path.join(sheets, 'template.csv'), 'utf8').split('\n')[0]!;
		const fresh = path.join(dir, 'fresh.csv');
		writeFileSync(fresh, `${header}\n,,,,,,,,,Our story,,,,,,title,,\n`);
		const opened = runCli(['--data', fresh, 'summary', '--format', 'json']);
		expect(opened.stderr).toBe('');
		expect(JSON.parse(opened.stdout)).toMatchObject({title: 'Our story', events: []});
		expect(runCli(['check', fresh])).toMatchObject({code: 0, stdout: ''});
		const empty = path.join(dir, 'empty.json');
		writeFileSync(empty, JSON.stringify({format: 'sc-timeline/1', title: 'Nothing yet', sources: [], events: []}));
		const back = path.join(dir, 'empty.csv');
		writeFileSync(back, runCli(['--data', empty, 'export', '--format', 'csv']).stdout);
		expect(JSON.parse(runCli(['--data', back, 'summary', '--format', 'json']).stdout)).toMatchObject({title: 'Nothing yet', events: []});
		const skipped = path.join(dir, 'skipped.csv');
		writeFileSync(skipped, `${header}\n,,,,,,,,,No year here,,,,,,,,\n`);
		expect(runCli(['--data', skipped, 'events'])).toMatchObject({code: 1, stderr: expect.stringContaining('no event could be read: a row needs a Year')});
		expect(runCli(['check', skipped]).stdout).toContain('error: no event could be read');
	});

	test('the header is the template, in its order', () => {
		const written = runCli(['--data', path.join(sheets, 'template.csv'), 'export', '--format', 'csv']);
		expect(written.stdout.split('\n')[0]).toBe(readFileSync(path.join(sheets, 'template.csv'), 'utf8').split('\n')[0]);
	});
});
