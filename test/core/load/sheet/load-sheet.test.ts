import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {parseSheetTimeline} from '../../../../source/core/load/sheet/load-sheet.js';
import {parseTimeCell} from '../../../../source/core/load/sheet/time-cell.js';
import {sheetProblems} from '../../../../source/core/check/sheet-rules.js';
import {problemLine} from '../../../../source/core/check/problem.js';

const fixture = (name: string) => readFileSync(`test/fixtures/sheets/${name}`, 'utf8');
const header = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('reading the template', () => {
	const template = parseSheetTimeline(fixture('template.csv'), 'template.csv', ',');

	test('title row, era row, events; the blank row skipped without a word', () => {
		expect(template.timeline.title).toBe('Reservoir drawdown');
		expect(template.timeline.description).toBe('How the county drained, repaired and refilled Lake Ossian, 2023-2025.');
		expect(template.timeline.titleSlide?.extra).toEqual({background: {color: '#0b3d5c'}});
		expect(template.timeline.eras?.map(era => [era.headline, era.start.value, era.end.value])).toEqual([['Drawdown', '2023-07', '2024-10']]);
		expect(template.timeline.events.map(event => event.headline)).toEqual([
			'Dam inspection finds seepage',
			'Drawdown begins',
			'Fish rescue',
			'Embankment rebuilt',
			'Refilling starts',
			'Lake back to normal level',
		]);
		expect(template.warnings).toEqual([]);
	});

	test('quoted cells keep their commas, quotes and line breaks (a space where TimelineJS shows the text); HTML is read as in TimelineJS JSON', () => {
		const [inspection, drawdown, fish] = template.timeline.events;
		expect(inspection?.summary).toBe('Inspectors find water seeping through the earthen embankment, near the "old" outlet, at 3 places.');
		expect(drawdown?.body).toEqual(['Valves open at 9 a.m. The lake will drop about a foot a week.']);
		expect(fish?.summary).toBe('Volunteers move bass, perch and sunfish to [Miller Pond](https://example.org/ossian/pond).');
		expect(fish?.extra).toEqual({background: {url: 'https://example.org/ossian/fish-bg.jpg'}});
	});

	test('times as TimelineJS reads them: 9:00 AM and 14:30', () => {
		expect(template.timeline.events[1]?.date).toEqual({value: '2023-07-05', precision: 'day', time: '09:00'});
		expect(template.timeline.events[4]?.date.time).toBe('14:30');
	});

	test('TSV, a byte-order mark with CRLF, and reordered columns spelled otherwise give the same timeline', () => {
		expect(parseSheetTimeline(fixture('template.tsv'), 'template.tsv', '\t').raw).toEqual(template.raw);
		expect(parseSheetTimeline(fixture('template-bom-crlf.csv'), 'template-bom-crlf.csv', ',').raw).toEqual(template.raw);
		const reordered = parseSheetTimeline(fixture('columns-reordered.csv'), 'columns-reordered.csv', ',');
		// The column the template does not have is carried through with each event.
		expect(reordered.raw.events.map(event => ({...event, extra: undefined}))).toEqual(template.raw.events.map(event => ({...event, extra: undefined})));
		expect(reordered.raw.events.some(event => event.extra?.['Notes (internal)'] !== undefined)).toBe(true);
	});

	test('a tab-separated sheet saved under a .csv name is still read', () => {
		expect(parseSheetTimeline(fixture('template.tsv'), 'template.csv', ',').raw).toEqual(template.raw);
	});
});

describe('rows as TimelineJS reads them', () => {
	test('a 650-row sheet with most date cells empty opens with every event; a row with no year is skipped, named', () => {
		const rows = Array.from({length: 650}, (_, i) => `${1700 + i},,,,,,,,,Event ${i + 1},Text ${i + 1},,,,,,,`);
		rows[99] = ',,,,,,,,,No year here,Text,,,,,,,';
		const loaded = parseSheetTimeline([header, ...rows].join('\n'), 'long.csv', ',');
		expect(loaded.timeline.events).toHaveLength(649);
		expect(loaded.timeline.events.every(event => event.date.precision === 'year')).toBe(true);
		expect(loaded.warnings).toEqual(['long.csv:101:A (Year): no year; row skipped']);
	});

	test('numbers as typed in a sheet: thousands separators and padding', () => {
		const loaded = parseSheetTimeline([header, '"1,850", 04 ,7,,,,,,,Fair opens,,,,,,,,'].join('\n'), 'n.csv', ',');
		expect(loaded.timeline.events[0]?.date.value).toBe('1850-04-07');
	});

	test('an end month with no end year: the end date is dropped, as TimelineJS drops it, with a warning', () => {
		const loaded = parseSheetTimeline([header, '2020,1,1,,,3,,,,Study,,,,,,,,'].join('\n'), 'e.csv', ',');
		expect(loaded.timeline.events[0]?.end).toBeUndefined();
		expect(loaded.warnings).toEqual(['e.csv:2:F (End Month): End Month with no End Year; end date not read']);
	});

	test('a sheet without a Year column is not a TimelineJS sheet', () => {
		expect(() => parseSheetTimeline('Name,Date\nA,2020\n', 'people.csv', ',')).toThrow('people.csv:1: not a TimelineJS sheet: row 1 (the header) has no Year column (it reads "Name,Date")');
	});

	test('control characters in a cell are shown inert on screen and kept exact for JSON', () => {
		const loaded = parseSheetTimeline([header, '2020,,,,,,,,,Bell\u0007 \u001b[2J,,,,,,,,'].join('\n'), 'c.csv', ',');
		expect(loaded.timeline.events[0]?.headline).toBe('Bell^G ^[[2J');
		expect(loaded.raw.events[0]?.headline).toBe('Bell\u0007 \u001b[2J');
	});
});

describe('parseTimeCell', () => {
	test.each([
		['9:00 AM', {hour: 9, minute: 0}],
		['12:15 a.m.', {hour: 0, minute: 15}],
		['10:30 PM', {hour: 22, minute: 30}],
		['14:30', {hour: 14, minute: 30}],
		['1430', {hour: 14, minute: 30}],
		['7 pm', {hour: 19}],
		['14:30:15.5', {hour: 14, minute: 30, second: 15, millisecond: 500}],
	])('%s', (cell, time) => {
		expect(parseTimeCell(cell)).toEqual(time);
	});

	test.each(['25:00', '9:75', 'noon', '1:2:3:4'])('%s is not a time', cell => {
		expect(parseTimeCell(cell)).toHaveProperty('problem');
	});
});

describe('check on a sheet', () => {
	test('the seven mistakes, each at its row and column', () => {
		const lines = sheetProblems(fixture('seven-mistakes.csv'), 'seven-mistakes.csv', ',').map(problemLine);
		expect(lines).toEqual([
			'seven-mistakes.csv:4:A (Year): error: year "about 2022" is not a number; row skipped (sheet-date)',
			'seven-mistakes.csv:6:B (Month): error: month "13" is not 1 to 12; row skipped (sheet-date)',
			'seven-mistakes.csv:7:F (End Month): warning: the end date is before the start date; end date ignored (sheet-date)',
			'seven-mistakes.csv:8:J (Headline): warning: no headline; the event is listed under the first words of its text (sheet-headline)',
			'seven-mistakes.csv:9:S: error: 19 cells, the header has 18: "late edition" has no column and is not read (sheet-cells)',
			'seven-mistakes.csv:10:P (Type): warning: unknown Type "milestone" (expected title, era, or nothing for an event); read as an event (sheet-type)',
			'seven-mistakes.csv:11:P (Type): warning: a second title row (the first is row 2); row skipped (sheet-title)',
		]);
	});

	test('a misplaced quote, at its row and cell: one never closed is an error, as every line after it is read into the cell; a stray one a warning; loading says both', () => {
		const text = [
			header,
			'2001,,,,,,,,,One,"Text with a "quoted" word",,,,,,,',
			'2002,,,,,,,,,Two,"Text with a "quoted word,,,,,,,',
			'2002,,,,,,,,,Read into Two,Text "closing it",,,,,,,',
			'2003,,,,,,,,,Three,"Never closed,,,,,,,,',
			'2004,,,,,,,,,Four,Text,,,,,,,',
		].join('\n');
		expect(sheetProblems(text, 's.csv', ',').map(problemLine)).toEqual([
			's.csv:2:K (Text): warning: a quote inside a quoted cell is not doubled (""); read as written (sheet-quote)',
			's.csv:3:K (Text): error: a quote inside a quoted cell is not doubled (""): the lines after it, up to the next quote, are read into the cell (sheet-quote)',
			's.csv:4:K (Text): error: a quote opens this cell and never closes: every line after it is read into the cell (sheet-quote)',
		]);
		const loaded = parseSheetTimeline(text, 's.csv', ',');
		expect(loaded.timeline.events.map(event => event.headline)).toEqual(['One', 'Two', 'Three']);
		expect(loaded.warnings).toEqual([
			's.csv:2:K (Text): a quote inside a quoted cell is not doubled (""); read as written',
			's.csv:3:K (Text): a quote inside a quoted cell is not doubled (""): the lines after it, up to the next quote, are read into the cell',
			's.csv:4:K (Text): a quote opens this cell and never closes: every line after it is read into the cell',
		]);
	});

	test('the template has no problem', () => {
		expect(sheetProblems(fixture('template.csv'), 'template.csv', ',')).toEqual([]);
		expect(sheetProblems(fixture('columns-reordered.csv'), 'columns-reordered.csv', ',')).toEqual([]);
	});

	test('rows are counted as the spreadsheet counts them: a cell with line breaks is one row', () => {
		const text = [header, '2020,,,,,,,,,One,"two\nlines\nof text",,,,,,,', '2021,14,,,,,,,,Two,,,,,,,,'].join('\n');
		expect(sheetProblems(text, 's.csv', ',').map(problem => [problem.line, problem.columnName])).toEqual([[3, 'B (Month)']]);
	});
});

describe('a watched sheet read again', () => {
	test('a good save loads; a bad one is its first problem as check prints it', async () => {
		const {mkdtempSync, rmSync, writeFileSync} = await import('node:fs');
		const {tmpdir} = await import('node:os');
		const path = await import('node:path');
		const {reloadTimeline} = await import('../../../../source/core/load/reload.js');
		const dir = mkdtempSync(path.join(tmpdir(), 'sc-sheet-'));
		try {
			const file = path.join(dir, 'story.csv');
			writeFileSync(file, fixture('template.csv'));
			const good = await reloadTimeline(file, 'story.csv');
			expect(good?.kind === 'loaded' && good.loaded.timeline.events.length).toBe(6);
			writeFileSync(file, 'Name,Date\nA,2020\n');
			expect(await reloadTimeline(file, 'story.csv')).toMatchObject({
				kind: 'invalid',
				problem: 'story.csv:1:A: error: not a TimelineJS sheet: row 1 (the header) has no Year column (it reads "Name,Date") (sheet-header)',
			});
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});

	test('a JSON column nested past the limit is read as text, with a warning', () => {
		const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
		const problems = sheetProblems([`${header},x (json)`, `2020,,,,,,,,,Deep,,,,,,,,,"${deep}"`].join('\n'), 'd.csv', ',');
		expect(problems.map(problem => [problem.line, problem.columnName, problem.rule])).toEqual([[2, 'S (x (json))', 'sheet-cell']]);
	});
});
