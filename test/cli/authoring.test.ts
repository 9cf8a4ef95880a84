import {afterAll, describe, expect, it} from 'vitest';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {runCli} from '../helpers/run-cli.js';
import type {Timeline} from '../../source/core/model/schema.js';

const seed = (name: string) => fileURLToPath(new URL(`../fixtures/seeds/${name}`, import.meta.url));
const bundled = JSON.parse(readFileSync(new URL('../../data/secure-communities.json', import.meta.url), 'utf8')) as Timeline;
const made: string[] = [];
const temporary = () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'sc-timeline-authoring-'));
	made.push(dir);
	return dir;
};
afterAll(() => {
	for (const dir of made) rmSync(dir, {recursive: true, force: true});
});

describe('sc-timeline source', () => {
	it.each([
		['002_5e67b6bcb5732149.txt', 'wbur-2010-12-17'],
		['000_732e1aff2319cb26.txt', 'wbur-2011-06-06'],
	])('turns the capture %s into the bundled source %s, paragraphs verbatim', (file, id) => {
		const {code, stdout} = runCli(['source', seed(file), '--outlet', 'WBUR']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual(bundled.sources?.find(source => source.id === id));
	});

	it('lists on stderr what it removed: chrome, also inside a line, and the repeated paragraph', () => {
		const {stderr} = runCli(['source', seed('002_5e67b6bcb5732149.txt'), '--outlet', 'WBUR']);
		const file = seed('002_5e67b6bcb5732149.txt');
		expect(stderr).toContain(`${file}:1: removed chrome: "Advertisement"\n`);
		expect(stderr).toContain(`${file}:31: removed chrome: "The audio for this program is not available."\n`);
		expect(stderr).toContain(`${file}:13: removed repeated paragraph: "Secure Communities has drawn fire`);
		expect(stderr).toContain(`${file}:38: removed chrome: "Close"\n`);
	});

	it('takes the fields it is given, and --drop removes more chrome', () => {
		const directory = temporary();
		const article = path.join(directory, 'article.txt');
		writeFileSync(article, 'Budget passes\n\nThe council passed the budget. Share this story\n\nIt takes effect in July.\n');
		const {code, stdout, stderr} = runCli(['source', article, '--id', 'gazette-budget', '--outlet', 'Gazette', '--published', 'March 4, 2019', '--drop', 'Share this story']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual({
			id: 'gazette-budget',
			outlet: 'Gazette',
			headline: 'Budget passes',
			published: '2019-03-04',
			paragraphs: ['The council passed the budget.', 'It takes effect in July.'],
		});
		expect(stderr).toContain(':3: removed chrome: "Share this story"');
	});

	it('refuses, as usage errors, a publication date no calendar has and an id the loader would refuse: what it prints always loads', () => {
		const article = path.join(temporary(), 'article.txt');
		writeFileSync(article, 'Budget passes\n\nThe council passed the budget.\n');
		const fields = ['--outlet', 'Gazette', '--headline', 'Budget passes'];
		expect(runCli(['source', article, ...fields, '--published', '2019-02-30'])).toMatchObject({
			code: 2,
			stdout: '',
			stderr: 'sc-timeline: --published expects YYYY-MM-DD or a date such as "June 6, 2011", got "2019-02-30"\n',
		});
		expect(runCli(['source', article, ...fields, '--published', 'February 30, 2019']).code).toBe(2);
		expect(runCli(['source', article, ...fields, '--published', '2019-03-04', '--id', 'Budget Story'])).toMatchObject({
			code: 2,
			stdout: '',
			stderr: 'sc-timeline: --id expects lower-case letters, digits and hyphens, such as wbur-2011-06-06, got "Budget Story"\n',
		});
	});

	it('makes the id from the outlet and date in any script, accents kept, as ids allow', () => {
		const article = path.join(temporary(), 'article.txt');
		writeFileSync(article, 'Haushalt beschlossen\n\nDer Rat hat den Haushalt beschlossen.\n');
		const {code, stdout} = runCli(['source', article, '--outlet', 'Süddeutsche Zeitung', '--published', '2011-01-01']);
		expect(code).toBe(0);
		expect((JSON.parse(stdout) as {id: string}).id).toBe('süddeutsche-zeitung-2011-01-01');
	});

	it('source options with another command are a usage error', () => {
		const {code, stderr} = runCli(['events', '--outlet', 'WBUR']);
		expect(code).toBe(2);
		expect(stderr).toBe('sc-timeline: --outlet goes with source (see sc-timeline --help)\n');
	});
});

describe('sc-timeline cite', () => {
	it('prints the citation with the quote as the article has it, typed with other quotes, spacing and case', () => {
		const {code, stdout} = runCli(['cite', '\u201Cwe are  RELUCTANT\nto participate']);
		expect(code).toBe(0);
		expect(stdout).toBe('{"source":"wbur-2011-06-06","paragraph":10,"quote":"\\"We are reluctant to participate"}\n');
	});

	it('cites from a file still being written (a draft quote, a source to fill in), saying why it read the sources as written; --strict refuses it', () => {
		const story = structuredClone(bundled) as Timeline & {sources: Array<Record<string, unknown>>};
		story.events[1]!.citations[0]!.quote = 'TODO';
		story.sources.push({id: 'council-2019', outlet: '', headline: '', published: '', paragraphs: ['The council passed the budget on Monday.']});
		const file = path.join(temporary(), 'draft.json');
		writeFileSync(file, JSON.stringify(story, null, '\t'));
		const drafted = runCli(['--data', file, 'cite', 'passed the budget']);
		expect(drafted.code).toBe(0);
		expect(JSON.parse(drafted.stdout)).toEqual({source: 'council-2019', paragraph: 1, quote: 'passed the budget'});
		expect(drafted.stderr).toMatch(/^sc-timeline: .*draft\.json: .+; citing from its sources as written\n$/);
		expect(runCli(['--data', file, 'cite', 'passed the budget', '--strict']).code).toBe(1);
	});

	it('lists every match, one a line; none gives the nearest passages on stderr and exit 1', () => {
		expect(runCli(['cite', 'secure communities program']).stdout.trimEnd().split('\n')).toHaveLength(2);
		const {code, stdout, stderr} = runCli(['cite', 'reluctant mandatory voluntary']);
		expect([code, stdout]).toEqual([1, '']);
		expect(stderr).toContain('is not in any source of bundled data; nearest passages:');
		expect(stderr).toContain('wbur-2011-06-06 paragraph 10: "We are reluctant to participate');
	});
});

describe('sc-timeline init', () => {
	it('writes a timeline that loads and checks clean, with $schema, and never overwrites', () => {
		const directory = temporary();
		const file = path.join(directory, 'story.json');
		expect(runCli(['init', file]).code).toBe(0);
		const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
		expect(written['$schema']).toMatch(/schema\.json$/);
		expect(readFileSync(path.resolve(directory, String(written['$schema'])), 'utf8')).toContain('"title": "sc-timeline timeline"');
		expect(runCli(['check', file]).code).toBe(0);
		expect(runCli(['--data', file, 'events']).code).toBe(0);
		writeFileSync(file, 'mine');
		const again = runCli(['init', file]);
		expect(again.code).toBe(1);
		expect(again.stderr).toBe(`sc-timeline: ${file}: already exists; init never overwrites a file\n`);
		expect(readFileSync(file, 'utf8')).toBe('mine');
	});

	it('takes neither - nor an empty name as a file, and says the check to run as a shell takes it', () => {
		const directory = temporary();
		for (const name of ['-', '']) {
			const refused = runCli(['init', name], {cwd: directory});
			expect(refused.code, name).toBe(2);
			expect(refused.stderr, name).toBe('sc-timeline: init needs a file name, e.g. sc-timeline init story.json (see sc-timeline --help)\n');
		}
		expect(readdirSync(directory)).toEqual([]);
		expect(runCli(['init', "Mary's story.json"], {cwd: directory}).stdout).toBe(
			"wrote Mary's story.json: add sources (sc-timeline source) and events, then run sc-timeline check 'Mary'\\''s story.json'\n",
		);
	});
});
