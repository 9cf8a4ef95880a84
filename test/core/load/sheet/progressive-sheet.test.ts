import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {parseSheet} from '../../../../source/core/load/sheet/parse-sheet.js';
import {parseSheetTimeline, sheetPreview} from '../../../../source/core/load/sheet/load-sheet.js';
import {loadSheetProgressively} from '../../../../source/core/load/sheet/progressive-sheet.js';
import {openData} from '../../../../source/core/load/open-data.js';
import type {Timeline} from '../../../../source/core/model/schema.js';

const template = readFileSync('test/fixtures/sheets/template.csv', 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'sc-sheet-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('the first lines of a sheet', () => {
	test('are its first rows, numbered as in the whole sheet (a cell with line breaks is one row)', () => {
		const whole = parseSheet(template, ',');
		const first = parseSheet(template, ',', 4);
		expect(first.header).toEqual(whole.header);
		expect(first.rows).toEqual(whole.rows.slice(0, first.rows.length));
		expect(first.rows.length).toBeLessThanOrEqual(4);
		expect(first.rows.length).toBeLessThan(whole.rows.length);
	});

	test('give the events of those rows as the whole load gives them, in date order', () => {
		const whole = parseSheetTimeline(template, 'template.csv', ',').timeline;
		const preview = sheetPreview(template, 'template.csv', ',', 4);
		expect(preview).toBeDefined();
		expect(preview!.events.length).toBeGreaterThan(0);
		expect(preview!.events.length).toBeLessThan(whole.events.length);
		for (const event of preview!.events) expect(whole.events).toContainEqual(event);
		const dates = preview!.events.map(event => event.date.value);
		expect(dates).toEqual([...dates].sort());
	});

	test("give none for lines without an event, and the whole load's error for a sheet that is not a TimelineJS sheet", () => {
		expect(sheetPreview(template.replace(/\n[\s\S]*/, '\n'), 'x.csv', ',', 10)).toBeUndefined();
		const notSheet = `Headline,Text\n${'A,B\n'.repeat(2000)}`;
		expect(() => sheetPreview(notSheet, 'x.csv', ',', 10)).toThrow(/^x\.csv:1: not a TimelineJS sheet: row 1 \(the header\) has no Year column/);
		expect(() => parseSheetTimeline(notSheet, 'x.csv', ',')).toThrow(/^x\.csv:1: not a TimelineJS sheet: row 1 \(the header\) has no Year column/);
	});
});

describe('loading a sheet progressively (on this thread when the built worker is absent)', () => {
	test('shows the first lines before the whole sheet, which is what --data gives', async () => {
		const file = path.join(dir, 'template.csv');
		writeFileSync(file, template);
		const previews: Array<Timeline | undefined> = [];
		const loaded = await loadSheetProgressively(file, 'template.csv', ',', {}, (_, preview) => previews.push(preview));
		expect(previews).toHaveLength(1);
		expect(previews[0]?.events.length).toBeGreaterThan(0);
		const given = await openData(file);
		expect(loaded.timeline).toEqual(given.timeline);
		expect(loaded.warnings).toEqual(given.warnings);
	});

	test('ends with the error --data gives', async () => {
		const file = path.join(dir, 'no-year.csv');
		writeFileSync(file, template.replace(/^Year,/, 'Yr,'));
		const given = await openData(file).catch((error: Error) => error.message);
		let progress = 0;
		await expect(loadSheetProgressively(file, file, ',', {}, () => progress++)).rejects.toThrow(given as string);
		// Said from the sheet's first lines, before any progress is shown.
		expect(progress).toBe(0);
	});
});
