import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {loadTimeline, parseTimeline} from '../../../source/core/load/load-timeline.js';
import {parseSheetTimeline} from '../../../source/core/load/sheet/load-sheet.js';
import {toSheet} from '../../../source/core/format/sheet-export.js';

const tjs = 'test/fixtures/timelinejs';
const sheets = 'test/fixtures/sheets';

/** The fixtures the loader opens (the others are refused on purpose: no readable event, TimelineJS2). */
const loadable = readdirSync(tjs)
	.filter(name => name.endsWith('.json'))
	.filter(name => {
		try {
			loadTimeline(path.join(tjs, name));
			return true;
		} catch {
			return false;
		}
	});

describe('TimelineJS JSON → sheet → JSON', () => {
	test('most fixtures load', () => {
		expect(loadable.length).toBeGreaterThanOrEqual(18);
	});
	for (const name of loadable) {
		test(name, () => {
			const loaded = loadTimeline(path.join(tjs, name));
			for (const delimiter of [',', '\t'] as const) {
				const sheet = toSheet(loaded.raw, delimiter);
				const back = parseSheetTimeline(sheet, `${name}.csv`, delimiter);
				expect(back.raw).toEqual(loaded.raw);
				expect(back.warnings).toEqual([]);
			}
		});
	}
});

test('a field the template has a column for, but in another place (an event\'s own "type"), is written to a column of its own and read back', () => {
	const file = {events: [{start_date: {year: 1908}, type: 'overview', text: {headline: 'Overview', text: 'x'}}]};
	const raw = parseTimeline(JSON.stringify(file), 'overview.json').raw;
	const sheet = toSheet(raw, ',');
	expect(sheet.split('\n')[0]).toMatch(/,type \(json\)$/);
	const back = parseSheetTimeline(sheet, 'overview.csv', ',');
	expect(back.warnings).toEqual([]);
	expect(back.raw).toEqual(raw);
});

describe('sheet → sheet', () => {
	for (const name of ['template.csv', 'template.tsv', 'template-bom-crlf.csv', 'columns-reordered.csv']) {
		test(`${name} written and read again is the same sheet and the same timeline`, () => {
			const delimiter = name.endsWith('.tsv') ? '\t' : ',';
			const first = parseSheetTimeline(readFileSync(path.join(sheets, name), 'utf8'), name, delimiter);
			const written = toSheet(first.raw, delimiter);
			const second = parseSheetTimeline(written, name, delimiter);
			expect(second.raw).toEqual(first.raw);
			expect(toSheet(second.raw, delimiter)).toBe(written);
		});
	}

	test('a row with an empty Text cell, as a newsroom sheet has many, is written as it was: no column is added for it', () => {
		const text = readFileSync(path.join(sheets, 'empty-text.csv'), 'utf8');
		expect(`${toSheet(parseSheetTimeline(text, 'empty-text.csv', ',').raw, ',')}\n`).toBe(text);
	});
});
