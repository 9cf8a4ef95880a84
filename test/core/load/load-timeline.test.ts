import {describe, expect, it} from 'vitest';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {syntaxProblems} from '../../../source/core/check/locate.js';
import {bundledPath, loadTimeline, parseTimeline} from '../../../source/core/load/load-timeline.js';
import {UserError} from '../../../source/core/model/errors.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

/** Each malformed file and the one-line message it must produce (after the file name). */
const malformed: Array<[string, string]> = [
	['empty.json', 'empty file, expected a JSON timeline'],
	['truncated.json', ':8:16: invalid JSON: expected a value'],
	['not-an-object.json', ': expected a JSON object at the top level, got an array'],
	['no-format.json', ': format: missing; expected "sc-timeline/1"'],
	['wrong-type.json', ': events[0].headline: expected string, got 42'],
	['missing-field.json', ': events[1].date: missing field'],
	['unknown-field.json', ': events[0].colour: unknown field'],
	['impossible-date.json', ': events[0].date.value: 2011-02-30 is not a calendar date'],
	['impossible-published.json', ': sources[0].published: 2011-13-45 is not a calendar date'],
	['end-before-date.json', ': events[0].end: 2011-05-20 is before the date, 2011-06-03'],
	['precision-mismatch.json', ': events[1].date.value: "2011" does not match precision "day"'],
	['duplicate-id.json', ': events[1].id: duplicate id "later"'],
	['unknown-source.json', ': events[0].citations[0].source: unknown source "nowhere"'],
	['paragraph-out-of-range.json', ': events[0].citations[0].paragraph: 9 is out of range (source "a" has 2 paragraphs)'],
	['same-comparison.json', ': comparison[1]: "said" again: the compare view sets two different statements side by side'],
	['quote-not-verbatim.json', ': events[0].citations[0].quote: not found verbatim in paragraph 2 of "a"'],
	['deep-nesting.json', ':1:116: nesting deeper than 64 levels'],
];

describe('loadTimeline', () => {
	it('loads the bundled story without a path, wherever the working directory is', () => {
		const cwd = process.cwd();
		process.chdir('/');
		try {
			expect(loadTimeline().timeline.title).toBe('Secure Communities in Massachusetts');
		} finally {
			process.chdir(cwd);
		}
	});

	it('sorts events by date with precision respected', () => {
		const {timeline} = loadTimeline(fixture('valid-minimal.json'));
		expect(timeline.events.map(event => event.id)).toEqual(['earlier', 'later']);
	});

	it.each(malformed)('rejects %s with one line naming the file and place', (name, expected) => {
		const file = fixture(`malformed/${name}`);
		let error: unknown;
		try {
			loadTimeline(file);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(UserError);
		const message = (error as UserError).message;
		expect(message.startsWith(file)).toBe(true);
		expect(message.slice(file.length)).toContain(expected);
		expect(message).not.toContain('\n');
	});

	it('names the place of nesting too deep in a file that is not valid JSON either (unclosed, or with a comment), as in a valid one, for the loader and check alike', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'sc-deep-'));
		try {
			for (const [name, text, place] of [
				['unclosed-arrays', '['.repeat(5000), '1:65'],
				['unclosed-objects', '{"a":'.repeat(5000), '1:321'],
				['with-a-comment', `// a note\n${'['.repeat(5000)}${']'.repeat(5000)}`, '2:65'],
			] as const) {
				const file = path.join(dir, `${name}.json`);
				writeFileSync(file, text);
				expect(() => loadTimeline(file), name).toThrow(new UserError(`${file}:${place}: nesting deeper than 64 levels`));
				const [problem, ...others] = syntaxProblems(text, file);
				expect(others, name).toEqual([]);
				expect(`${problem?.line}:${problem?.column} ${problem?.severity} ${problem?.message}`, name).toBe(`${place} error nesting deeper than 64 levels`);
			}
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});

	it('refuses a file that is not UTF-8 (Latin-1, or UTF-16 without a byte-order mark) with one line naming the place, JSON and sheet alike, and check names the same place', async () => {
		const {checkFile} = await import('../../../source/core/check/check-file.js');
		const dir = mkdtempSync(path.join(tmpdir(), 'sc-latin1-'));
		try {
			const latin1 = (text: string) => Buffer.from(text, 'latin1');
			for (const [name, bytes, expected] of [
				['latin1.json', latin1('{"events": [\n  {"start_date": {"year": 2001}, "text": {"headline": "Café"}}]}'), ':2:59: not UTF-8 text (byte 0xE9); save the file as UTF-8'],
				['latin1.csv', latin1('Year,Headline\n2001,Olé olé\n'), ':2:8: not UTF-8 text (byte 0xE9); save the file as UTF-8'],
				['utf16.csv', Buffer.from('Year,Headline\n2001,x\n', 'utf16le'), ': file is UTF-16 text; save it as UTF-8'],
			] as const) {
				const file = path.join(dir, name);
				writeFileSync(file, bytes);
				let message = 'nothing thrown';
				try {
					loadTimeline(file);
				} catch (error) {
					message = (error as Error).message;
				}
				expect(message, name).toBe(`${file}${expected}`);
				const [problem] = await checkFile(file);
				expect(`${problem?.file}:${problem?.line}:${problem?.column}: ${problem?.message}`, name).toBe(`${file}${/^:\d/.test(expected) ? expected : `:1:1${expected}`}`);
			}
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});

	it('keeps a TimelineJS event whose end is before its start at its start, with a warning; an era so written is skipped; --strict refuses both', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'sc-backwards-'));
		try {
			const file = path.join(dir, 'backwards.json');
			const events = [
				{start_date: {year: 2001, month: 1, day: 1}, end_date: {year: 2000}, text: {headline: 'Backwards'}},
				{start_date: {year: 2001, month: 1, day: 1, hour: 10}, end_date: {year: 2001, month: 1, day: 1, hour: 9}, text: {headline: 'An hour early'}},
				{start_date: {year: 2002}, end_date: {year: 2003}, text: {headline: 'Forwards'}},
			];
			writeFileSync(file, JSON.stringify({events, eras: [{start_date: {year: 2012}, end_date: {year: 2010}, text: {headline: 'Era'}}]}));
			const loaded = loadTimeline(file);
			expect(loaded.timeline.events.map(event => [event.headline, event.date.value, event.end?.value])).toEqual([
				['Backwards', '2001-01-01', undefined],
				['An hour early', '2001-01-01', undefined],
				['Forwards', '2002', '2003'],
			]);
			expect(loaded.timeline.eras ?? []).toEqual([]);
			expect(loaded.warnings).toEqual([
				`${file}: events[0].end_date: 2000 is before the date, 2001-01-01; end date ignored`,
				`${file}: events[1].end_date: 2001-01-01 09 is before the date, 2001-01-01 10; end date ignored`,
				`${file}: eras[0].end_date: 2010 is before its start, 2012; era skipped`,
			]);
			expect(() => loadTimeline(file, {strict: true})).toThrow(/events\[0\]\.end_date: 2000 is before the date, 2001-01-01$/);
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});

	it('says once what is wrong with a publication date: not written YYYY-MM-DD, or no calendar day', () => {
		const story = JSON.parse(readFileSync(bundledPath(), 'utf8')) as {sources: Array<{published: string}>};
		for (const [published, problem] of [
			['', 'sources[0].published: expected YYYY-MM-DD'],
			['June 6, 2011', 'sources[0].published: expected YYYY-MM-DD'],
			['2011-02-30', 'sources[0].published: 2011-02-30 is not a calendar date'],
		] as const) {
			story.sources[0]!.published = published;
			let message = 'nothing thrown';
			try {
				parseTimeline(JSON.stringify(story), 'p.json');
			} catch (error) {
				message = (error as Error).message;
			}
			expect(message, published).toBe(`p.json: ${problem}`);
		}
	});

	it('reads a comma before a closing bracket, as JavaScript does, with a warning at the comma; --strict refuses it there', () => {
		const file = fixture('malformed/trailing-comma.json');
		const loaded = loadTimeline(file);
		expect(loaded.timeline.title).toBe('T');
		expect(loaded.warnings).toEqual([`${file}:4:14: a comma before a closing bracket, which JSON does not allow; read as JavaScript would`]);
		expect(() => loadTimeline(file, {strict: true})).toThrow(new UserError(`${file}:4:14: a comma before a closing bracket, which JSON does not allow`));
	});

	it('names a missing file', () => {
		expect(() => loadTimeline('/nonexistent/timeline.json')).toThrow('/nonexistent/timeline.json: cannot read: no such file');
	});

	it('accepts a byte-order mark', async () => {
		const {writeFileSync, readFileSync, mkdtempSync} = await import('node:fs');
		const dir = mkdtempSync('/tmp/sc-bom-');
		writeFileSync(`${dir}/bom.json`, `\uFEFF${readFileSync(fixture('valid-minimal.json'), 'utf8')}`);
		expect(loadTimeline(`${dir}/bom.json`).timeline.events).toHaveLength(2);
	});
});

describe('TimelineJS import', () => {
	const loaded = loadTimeline(fixture('timelinejs/newsroom.json'));

	it('is detected and converted, string and number dates kept at their precision', () => {
		expect(loaded.format).toBe('timelinejs');
		expect(loaded.timeline.events.map(event => [event.date.value, event.date.precision])).toEqual([
			['2008-10', 'month'],
			['2010', 'year'],
			['2011-06-03', 'day'],
			['2013', 'year'],
		]);
	});

	it('decodes entities and turns markup into plain paragraphs', () => {
		expect(loaded.timeline.title).toBe('City & State budget');
		const letter = loaded.timeline.events.find(event => event.id === 'letter');
		expect(letter?.headline).toBe('Letter “signed”');
		// A link is kept in the model's written form, [label](url).
		expect(letter?.body).toEqual(['First paragraph with [a link](x).', 'Second paragraph & more.']);
		expect(letter?.group).toBe('Letters');
	});

	it('gives events with empty fields a usable headline', () => {
		const target = loaded.timeline.events.find(event => event.date.value === '2013');
		expect(target?.headline).toBe('Target year only');
		expect(target?.body).toEqual(['Target year only', 'second line']);
		expect(loaded.timeline.events.every(event => event.headline.length > 0)).toBe(true);
	});
});
