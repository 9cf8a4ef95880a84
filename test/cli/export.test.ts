import {afterAll, describe, expect, it} from 'vitest';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {runCli} from '../helpers/run-cli.js';
import type {EventJson} from '../../source/core/format/events-json.js';
import type {TimelineJsDocument} from '../../source/core/format/timelinejs-export.js';

const sample = fileURLToPath(new URL('../fixtures/timelinejs/city-budget.json', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'sc-timeline-export-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

function events(args: string[]): EventJson[] {
	const {code, stdout, stderr} = runCli([...args, 'events', '-f', 'json']);
	expect(stderr).toBe('');
	expect(code).toBe(0);
	return JSON.parse(stdout) as EventJson[];
}

/** Exports with the CLI, writes the file, and lists its events through the CLI's TimelineJS import. */
function exportAndReload(args: string[], name: string): EventJson[] {
	const {code, stdout} = runCli([...args, 'export']);
	expect(code).toBe(0);
	const file = path.join(dir, name);
	writeFileSync(file, stdout);
	return events(['--data', file]);
}

describe('sc-timeline export', () => {
	it('writes TimelineJS JSON by default', () => {
		const document = JSON.parse(runCli(['export']).stdout) as TimelineJsDocument;
		expect(document.title?.text.headline).toBe('Secure Communities in Massachusetts');
		expect(document.events[0]).toMatchObject({
			start_date: {year: expect.any(Number)},
			text: {headline: expect.any(String), text: expect.stringContaining('<blockquote>')},
		});
	});

	it('writes a unique_id only where the file had one or reading the headline back would not give the id, so TimelineJS names the other slides as it did', () => {
		const file = fileURLToPath(new URL('../fixtures/timelinejs/ids.json', import.meta.url));
		const document = JSON.parse(runCli(['export', '--data', file]).stdout) as TimelineJsDocument;
		expect(document.events.map(event => [event.text.headline, event.unique_id])).toEqual([
			["Pascal's Calculator", undefined],
			['Windows 1.0', undefined],
			// The second of one headline in the file, first by date: its id has its place in the file, which reading the export back would not give.
			['Bluesky', 'bluesky-4'],
			['Bluesky', undefined],
			['Open to everyone', 'open-to-all'],
		]);
		const reloaded = path.join(dir, 'ids-export.json');
		writeFileSync(reloaded, JSON.stringify(document));
		const ids = (args: string[]) => (JSON.parse(runCli([...args, 'events', '--format', 'json']).stdout) as Array<{id: string}>).map(event => event.id);
		expect(ids(['--data', reloaded])).toEqual(ids(['--data', file]));
		// The bundled story's ids, its own, come back through TimelineJS whether or not each is written.
		const story = JSON.parse(runCli(['export']).stdout) as TimelineJsDocument;
		const storyFile = path.join(dir, 'story-export.json');
		writeFileSync(storyFile, JSON.stringify(story));
		expect(ids(['--data', storyFile])).toEqual(ids([]));
	});

	it('keeps every id through an export and back: one unique_id given twice, file order unlike date order; ids of our own format that no headline gives', () => {
		const ids = (file: string) => (JSON.parse(runCli(['--data', file, 'events', '--format', 'json']).stdout) as Array<{id: string}>).map(event => event.id);
		const twice = path.join(dir, 'twice.json');
		writeFileSync(
			twice,
			JSON.stringify({
				events: [
					{unique_id: 'x', start_date: {year: 2005}, text: {headline: 'Later'}},
					{unique_id: 'x', start_date: {year: 2002}, text: {headline: 'Earlier'}},
				],
			}),
		);
		const own = path.join(dir, 'own.json');
		writeFileSync(
			own,
			JSON.stringify({
				format: 'sc-timeline/1',
				title: 'Own',
				sources: [],
				events: [
					{id: `long-${'x'.repeat(70)}`, date: {value: '2011', precision: 'year'}, headline: 'A year', summary: ''},
					{id: 'a--b', date: {value: '2012', precision: 'year'}, headline: 'Dashes', summary: ''},
				],
			}),
		);
		for (const file of [twice, own]) {
			for (const format of ['timelinejs', 'csv']) {
				const back = path.join(dir, `back-${path.basename(file, '.json')}.${format === 'csv' ? 'csv' : 'json'}`);
				writeFileSync(back, runCli(['--data', file, 'export', '--format', format]).stdout);
				expect(ids(back), `${file} as ${format}`).toEqual(ids(file));
			}
		}
		expect(ids(own)).toEqual([`long-${'x'.repeat(70)}`, 'a--b']);
	});

	it('the TimelineJS sample loads back with the same events, dates and text', () => {
		const before = events(['--data', sample]);
		const after = exportAndReload(['--data', sample], 'sample.json');
		expect(after).toEqual(before);
	});

	it('the bundled story loads back with the same ids, dates, headlines and summaries', () => {
		const before = events([]);
		const after = exportAndReload([], 'bundled.json');
		expect(after.map(event => [event.id, event.date.value, event.headline, event.summary])).toEqual(before.map(event => [event.id, event.date.value, event.headline, event.summary]));
		// "by June 6, 2011" has no TimelineJS precision: it goes out as the day with "by …" as its display date, and comes back as reported.
		expect(after.map(event => event.date.precision)).toEqual(before.map(event => event.date.precision));
	});

	it('--format markdown writes the whole timeline: every event under its year, quotes, sources', () => {
		const {code, stdout} = runCli(['export', '--format', 'markdown']);
		expect(code).toBe(0);
		const all = events([]);
		expect(stdout.startsWith('# Secure Communities in Massachusetts\n')).toBe(true);
		expect(stdout).toMatch(/^## 2008$/m);
		expect(stdout).toMatch(/^## 2011$/m);
		expect(stdout.match(/^### /gm)).toHaveLength(all.length);
		expect(stdout.match(/^> — WBUR, /gm)).toHaveLength(all.reduce((sum, event) => sum + event.citations.length, 0));
		expect(stdout).toMatch(/^## Sources\n\n- WBUR, \*Mass\. /m);
	});

	it('--format markdown on a TimelineJS file keeps its text and escapes its Markdown', () => {
		const {stdout} = runCli(['--data', sample, 'export', '-f', 'markdown']);
		expect(stdout).toContain('### Amendment \\#3 \\*fails\\* & \\[tabled\\] again\n');
		expect(stdout).toContain('\n\\- a list-like line, 1. and \\# signs \\<kept\\>\n');
		expect(stdout).toContain('The council voted 7 to 2 after a four-hour session.');
	});

	it('--format json writes the timeline file, which loads back as it is', () => {
		const {stdout} = runCli(['export', '-f', 'json']);
		const file = path.join(dir, 'same.json');
		writeFileSync(file, stdout);
		expect(events(['--data', file])).toEqual(events([]));
	});

	it('a format export does not know is a usage error, exit 2', () => {
		const {code, stderr} = runCli(['export', '-f', 'text']);
		expect(code).toBe(2);
		expect(stderr).toContain('--format expects timelinejs, markdown, json');
	});
});
