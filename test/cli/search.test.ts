import {afterAll, describe, expect, it} from 'vitest';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {runCli} from '../helpers/run-cli.js';
import {timeline as fixtureTimeline} from '../core/search/fixture.js';
import type {Timeline} from '../../source/core/model/schema.js';

const bundled = JSON.parse(readFileSync(new URL('../../data/secure-communities.json', import.meta.url), 'utf8')) as Timeline;
const dir = mkdtempSync(path.join(tmpdir(), 'sc-timeline-search-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** Writes a timeline to a temporary file and returns its path. */
function dataFile(name: string, timeline: Timeline): string {
	const file = path.join(dir, name);
	writeFileSync(file, JSON.stringify(timeline));
	return file;
}

const highlighted = (text: string) => [...text.matchAll(/\u001B\[30;43m(.*?)\u001B\[39;49m/g)].map(match => match[1]!);

type JsonResult = {kind: string; eventId?: string; date?: string; sourceId?: string; paragraph?: number; field: string; text: string; ranges: Array<[number, number]>; score: number};

describe('sc-timeline search', () => {
	it('prints events and passages, best first, each saying where it is', () => {
		const {code, stdout, stderr} = runCli(['search', 'heffernan', 'letter', '--width', '100']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		const blocks = stdout.trimEnd().split('\n\n');
		expect(blocks.length).toBeGreaterThan(3);
		// A passage of the 2011 article that has both words, located by outlet, date, headline and paragraph.
		const article = bundled.sources.find(source => source.published === '2011-06-06')!;
		const paragraph = article.paragraphs.findIndex(text => /heffernan/i.test(text) && /letter/i.test(text)) + 1;
		expect(stdout).toContain(`WBUR, June 6, 2011 · ${article.headline} · ¶ ${paragraph}`);
		// Events come first, headed by their date and headline.
		const firstEvent = bundled.events.find(event => blocks[0]!.includes(event.headline));
		expect(firstEvent).toBeDefined();
		expect(blocks[0]).toMatch(/^(by )?[A-Z][a-z]+ (\d+, )?\d{4} · /);
		expect(stdout).not.toContain('\u001B');
	});

	it('highlights exactly the matched characters when colour is on, also after wrapping', () => {
		for (const width of ['100', '24']) {
			const {code, stdout} = runCli(['search', 'heffernan', 'letter', '--width', width], {env: {FORCE_COLOR: '1'}});
			expect(code).toBe(0);
			const pieces = highlighted(stdout);
			expect(pieces.length).toBeGreaterThan(5);
			for (const piece of pieces) expect(piece.toLowerCase()).toMatch(/^(heffernan|letter)$/);
			// No style runs past the end of a line.
			for (const line of stdout.split('\n')) expect(line.split('\u001B[30;43m').length).toBe(line.split('\u001B[39;49m').length);
		}
	});

	it('keeps every line within --width, however narrow', () => {
		for (const width of [1, 3, 8, 20]) {
			const {code, stdout} = runCli(['search', 'decision', '--width', String(width)]);
			expect(code).toBe(0);
			const over = stdout.split('\n').filter(line => [...line].length > width);
			expect(over, `${width}`).toEqual([]);
		}
	});

	it('--limit caps the number of results', () => {
		const {stdout} = runCli(['search', 'program', '--limit', '2']);
		expect(stdout.trimEnd().split('\n\n')).toHaveLength(2);
	});

	it('finds a word from the last paragraph of a long article', () => {
		const file = dataFile('long.json', fixtureTimeline);
		const {code, stdout} = runCli(['--data', file, 'search', 'zeppelin']);
		expect(code).toBe(0);
		expect(stdout).toContain('Daily Ledger, June 6, 2011 · A very long article · ¶ 61');
		expect(stdout).toContain('quartermaster of the zeppelin');
	});

	it('--format markdown lists results with matches in bold and data escaped', () => {
		const starred: Timeline = {...fixtureTimeline, events: [{...fixtureTimeline.events[2]!, headline: 'ICE *begins* the_program'}]};
		const {code, stdout} = runCli(['--data', dataFile('starred.json', starred), 'search', 'begins', '--format', 'markdown']);
		expect(code).toBe(0);
		expect(stdout).toBe('- October 2008 · ICE \\***begins**\\* the\\_program (`ice-begins`)\n');
	});

	it('--format json gives raw strings, ids and ranges that land on the matches', () => {
		const {code, stdout} = runCli(['search', "'secure\\ communities", '--format', 'json']);
		expect(code).toBe(0);
		const results = JSON.parse(stdout) as JsonResult[];
		expect(results.length).toBeGreaterThan(2);
		for (const result of results) {
			for (const [start, end] of result.ranges) expect(result.text.slice(start, end)).toMatch(/^secure communities$/i);
		}
		const passage = results.find(result => result.kind === 'passage' && result.sourceId !== undefined)!;
		const source = bundled.sources.find(candidate => candidate.id === passage.sourceId)!;
		expect(source.paragraphs[passage.paragraph! - 1]).toBe(passage.text);
		const event = results.find(result => result.kind === 'event')!;
		expect(bundled.events.find(candidate => candidate.id === event.eventId)?.date.value).toBe(event.date);
	});

	it('json keeps control characters raw and moves the ranges to them; text shows them inert', () => {
		const hostile: Timeline = {...fixtureTimeline, events: [{...fixtureTimeline.events[2]!, headline: 'Bad \u001B[31mred\u001B[0m zeppelin'}]};
		const file = dataFile('hostile.json', hostile);
		const json = JSON.parse(runCli(['--data', file, 'search', "'zeppelin", '--format', 'json']).stdout) as JsonResult[];
		const event = json.find(result => result.kind === 'event')!;
		expect(event.text).toBe('Bad \u001B[31mred\u001B[0m zeppelin');
		expect(event.ranges.map(([start, end]) => event.text.slice(start, end))).toEqual(['zeppelin']);
		const {stdout} = runCli(['--data', file, 'search', "'zeppelin"]);
		expect(stdout).toContain('Bad ^[[31mred^[[0m zeppelin');
		expect(stdout).not.toContain('\u001B');
	});

	it('with no match prints nothing, says so on stderr and exits 1', () => {
		const {code, stdout, stderr} = runCli(['search', 'zzqxj']);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe('sc-timeline: no match for "zzqxj"\n');
		expect(runCli(['search', 'zzqxj', '--format', 'json']).stdout).toBe('');
	});

	it('with no match says why when a word reads as a filter of a field there is none of, as the search line does; a long query is cut in the message', () => {
		const {code, stderr} = runCli(['search', 'actr:heffernan']);
		expect(code).toBe(1);
		expect(stderr).toBe(`sc-timeline: no match for "actr:heffernan": unknown filter field "actr:"; fields: actor, tag, stance, source, group, year, since, until\n`);
		const long = runCli(['search', 'zzqxj'.repeat(2000)]);
		expect(long.stderr.length).toBeLessThan(120);
		expect(long.stderr).toMatch(/^sc-timeline: no match for "(zzqxj)+z?z?q?x?…"\n$/);
	});

	it('without a query is a usage error, exit 2', () => {
		for (const args of [['search'], ['search', '  '], ['search', '!']]) {
			const {code, stdout, stderr} = runCli(args);
			expect(code).toBe(2);
			expect(stdout).toBe('');
			expect(stderr).toMatch(/^sc-timeline: search needs a query.*\n$/);
		}
	});

	it("keeps a passage's paragraph number with its ¶ when the heading wraps", () => {
		for (const width of [40, 60, 80]) {
			const {stdout} = runCli(['search', 'deported', '--width', String(width)]);
			expect(stdout).toMatch(/· ¶ \d+$/m);
			expect(stdout).not.toMatch(/¶$/m);
			expect(stdout).not.toContain('\u00a0');
		}
	});
});
