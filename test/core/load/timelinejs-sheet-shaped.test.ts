/**
 * TimelineJS files as most newsrooms have them: converted from the Google Sheets template, so
 * every cell is a string and every absent field an empty string; dates typed by hand.
 */
import {describe, expect, it} from 'vitest';
import {parseTimeline} from '../../../source/core/load/load-timeline.js';
import {fromTimelineJs, parseTime} from '../../../source/core/load/timelinejs-import.js';
import {toTimelineJs} from '../../../source/core/format/timelinejs-export.js';

const blankDate = {year: '', month: '', day: '', hour: '', minute: '', second: '', millisecond: '', display_date: ''};

/** One row of the sheet as a converter writes it: strings everywhere, empty ones included. */
function row(index: number, start: Partial<typeof blankDate> = {}) {
	return {
		media: {url: '', credit: '', caption: '', thumbnail: ''},
		start_date: {...blankDate, year: String(1700 + (index % 300)), month: String((index % 12) + 1), day: String((index % 28) + 1), ...start},
		end_date: {...blankDate},
		text: {headline: `Row ${index + 1}`, text: `<p>What happened in row ${index + 1}.</p>`},
		display_date: '',
		group: '',
		background: {},
	};
}

const sheet = (events: unknown[]) => JSON.stringify({title: {text: {headline: 'A sheet', text: ''}, media: {url: '', credit: '', caption: ''}}, events});

describe('a file converted from a sheet', () => {
	it('opens all 650 events of a sheet-shaped file, with no warning', () => {
		const loaded = parseTimeline(sheet(Array.from({length: 650}, (_, index) => row(index))), 'sheet.json');
		expect(loaded.timeline.events).toHaveLength(650);
		expect(loaded.warnings).toEqual([]);
		expect(loaded.timeline.events.every(event => event.end === undefined && event.media === undefined && event.display === undefined)).toBe(true);
	});

	it('skips the one event whose start year is empty, with one warning naming it', () => {
		const events = Array.from({length: 650}, (_, index) => row(index, index === 321 ? {year: ''} : {}));
		const loaded = parseTimeline(sheet(events), 'sheet.json');
		expect(loaded.timeline.events).toHaveLength(649);
		expect(loaded.warnings).toEqual(['sheet.json: events[321].start_date.year: empty (event "Row 322"); event skipped']);
		expect(() => parseTimeline(sheet(events), 'sheet.json', {strict: true})).toThrow(/^sheet\.json: events\[321\]\.start_date\.year: empty \(event "Row 322"\)$/);
	});

	it('reads numbers with spaces and thousands separators, and time as the sheet writes it', () => {
		const date = (start: Record<string, string>) => fromTimelineJs({events: [{start_date: start, text: {headline: 'x'}}]}).timeline.events[0]?.date;
		expect(date({year: '1,850'})).toEqual({value: '1850', precision: 'year'});
		expect(date({year: '-1,200'})).toEqual({value: '-1200', precision: 'year'});
		expect(date({year: '1 874', month: ' 6 '})).toEqual({value: '1874-06', precision: 'month'});
		expect(date({year: ' 1923 ', month: '04', day: '07'})).toEqual({value: '1923-04-07', precision: 'day'});
		expect(date({year: '1968', month: '9', day: '30', time: '10:30 PM'})).toEqual({value: '1968-09-30', precision: 'day', time: '22:30'});
		expect(date({year: '1969', month: '2', day: '3', time: '14:05'})?.time).toBe('14:05');
		expect(date({year: '1969', month: '2', day: '3', time: '14:05:30'})?.time).toBe('14:05:30');
		expect(date({year: '2001', month: '5', day: '14', hour: '9', minute: '05'})?.time).toBe('09:05');
	});

	it('reads time strings as TimelineJS does, and names what is wrong with one it cannot', () => {
		expect(parseTime('12 AM')).toEqual({hour: 0});
		expect(parseTime('12:15 p.m.')).toEqual({hour: 12, minute: 15});
		expect(parseTime('1405')).toEqual({hour: 14, minute: 5});
		expect(parseTime('14.05')).toEqual({hour: 14, minute: 5});
		expect(parseTime('14:05:30.25')).toEqual({hour: 14, minute: 5, second: 30, millisecond: 250});
		expect(parseTime('25:00')).toBe('hour');
		expect(parseTime('10:75')).toBe('minute');
		const file = JSON.stringify({events: [{start_date: {year: 2000, month: 1, day: 1, time: 'noonish'}}, {start_date: {year: 2001}}]});
		expect(parseTimeline(file, 't.json').warnings).toEqual(['t.json: events[0].start_date.time: "noonish" is not a time such as 10:30 PM or 14:05 (its hour cannot be read); event skipped']);
	});

	it('drops an end date with no year (warning only when it gave a month, day or time) and one equal to the start', () => {
		const {timeline, warnings} = fromTimelineJs({
			events: [
				{start_date: {year: '2022', month: '5', day: '2'}, end_date: {year: '2022', month: '5', day: '2'}, text: {headline: 'Same day'}},
				{start_date: {year: '2022', month: '6'}, end_date: {...blankDate, month: '8'}, text: {headline: 'Month only'}},
				{start_date: {year: '2022', month: '7'}, end_date: {...blankDate}, text: {headline: 'All empty'}},
				{start_date: {year: '2022', month: '9'}, end_date: {year: '2023', month: ''}, text: {headline: 'Real range'}},
			],
		});
		expect(timeline.events.map(event => event.end?.value)).toEqual([undefined, undefined, undefined, '2023']);
		expect(warnings).toEqual(['events[1].end_date.year: empty, so its month cannot be placed; end date ignored']);
	});

	it('reads a title given as a list of one row', () => {
		const {timeline} = fromTimelineJs({title: [{text: {headline: 'Listed title', text: '<p>Its text.</p>'}}], events: [{start_date: {year: 2000}, text: {headline: 'x'}}]});
		expect(timeline.title).toBe('Listed title');
		expect(timeline.description).toBe('Its text.');
	});

	it('exports no title slide for a file that had none, and every field of one it had', () => {
		const none = fromTimelineJs({events: [{start_date: {year: 2000}, text: {headline: 'x'}}]}).timeline;
		expect(toTimelineJs(none)).not.toHaveProperty('title');
		const slide = {unique_id: 'cover', text: {headline: 'Cover', text: '<p>One.</p><p>Two.</p>', secondary_text: 'More'}, background: {color: '#222'}, autolink: false};
		const kept = toTimelineJs(fromTimelineJs({title: slide, events: [{start_date: {year: 2000}, text: {headline: 'x'}}]}).timeline);
		expect(kept.title).toEqual(slide);
	});
});
