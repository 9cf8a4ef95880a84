import {describe, expect, it} from 'vitest';
import {drawRuler, type RulerEra, type RulerItem} from '../../../source/core/screen/ruler.js';
import {rulerItems, summaryRuler} from '../../../source/core/screen/ruler-text.js';
import {calendarSpan} from '../../../source/core/model/span.js';
import {createStyle} from '../../../source/core/text/style.js';
import type {Timeline, TimelineEvent} from '../../../source/core/model/schema.js';

/** 153 events over 1990–2018, dated to the day, under five eras: a real newsroom file's shape. */
function crowded(): {items: RulerItem[]; eras: RulerEra[]; events: TimelineEvent[]} {
	let seed = 7;
	const next = () => {
		seed = (seed * 16_807) % 2_147_483_647;
		return seed / 2_147_483_647;
	};
	const events: TimelineEvent[] = Array.from({length: 153}, (_, i) => {
		const year = i === 0 ? 1990 : i === 152 ? 2018 : 1990 + Math.floor(next() * 29);
		const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
		const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
		return {id: `e${i}`, date: {value: `${year}-${month}-${day}`, precision: 'day'}, headline: 'x', summary: '', actors: [], tags: [], citations: []};
	});
	const eras = (
		[
			[1990, 1995, 'First plan'],
			[1995, 2002, 'Expansion'],
			[2002, 2009, 'Reform years'],
			[2009, 2014, 'Cuts'],
			[2014, 2019, 'Recovery'],
		] as const
	).map(([start, end, label]) => ({start, end, label}));
	return {items: rulerItems(events), eras, events};
}

/** The year labels in a line, as numbers, left to right. */
const years = (line: string) => [...line.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].map(match => Number(match[1]));

describe('the axis always carries dates', () => {
	it('one row crowded with events and eras still labels the first and last year and years between', () => {
		const {items, eras} = crowded();
		for (const width of [78, 98, 158]) {
			const [row = ''] = drawRuler(width, items, {rows: 1, eras}).rows;
			const shown = years(row);
			expect(shown[0], row).toBe(1990);
			expect(shown.at(-1), row).toBe(2018);
			expect(shown.length, row).toBeGreaterThanOrEqual(4);
		}
	});

	it('labels an era inside its bar where there is room', () => {
		const {items, eras} = crowded();
		const [row = ''] = drawRuler(98, items, {rows: 1, eras}).rows;
		expect(row).toContain('Expansion');
	});

	it('the printed summary ticks at a regular step between the two ends, none skipped', () => {
		const {events, eras} = crowded();
		const timeline: Timeline = {
			format: 'sc-timeline/1',
			title: 'T',
			notes: [],
			sources: [],
			events,
			topics: [],
			statements: [],
			eras: eras.map(era => ({start: {value: String(era.start), precision: 'year'}, end: {value: String(era.end - 1), precision: 'year'}, headline: era.label})),
		};
		for (const width of [60, 80, 100, 160]) {
			const labels = years(summaryRuler(timeline, width, createStyle('none'))[1] ?? '');
			expect(labels[0]).toBe(1990);
			expect(labels.at(-1)).toBe(2018);
			const ticks = labels.slice(1, -1);
			const steps = new Set(ticks.slice(1).map((tick, i) => tick - ticks[i]!));
			expect(steps.size, `${width}: ${labels.join(' ')}`).toBeLessThanOrEqual(1);
			const step = [...steps][0] ?? 29;
			expect(2018 - ticks.at(-1)!, `${width}: ${labels.join(' ')}`).toBeLessThanOrEqual(step);
		}
	});
});

describe('the scale follows the events’ precision', () => {
	const onDay = (value: string, time?: string): TimelineEvent => ({
		id: value,
		date: {value, precision: 'day', ...(time === undefined ? {} : {time})},
		headline: 'x',
		summary: '',
		actors: [],
		tags: [],
		citations: [],
	});

	it('a timeline whose only event has a day gets no hours: its date', () => {
		const [, labels = ''] = drawRuler(78, rulerItems([onDay('2011-06-03')])).rows;
		expect(labels).toContain('Jun 3, 2011');
		expect(labels).not.toMatch(/\d\d:\d\d/);
	});

	it('events with times get hours, and a tick at midnight gives the date', () => {
		const ruler = drawRuler(78, rulerItems([onDay('2020-11-03', '20:00'), onDay('2020-11-04', '09:00')]));
		const labels = ruler.rows[1] ?? '';
		expect(labels).toMatch(/\d\d:00/);
		expect(labels).not.toContain('00:00');
		expect(labels).toContain('Nov 4');
	});

	it('hours only where events carry times: a day-dated span of a week ticks by day', () => {
		const ruler = drawRuler(
			78,
			[calendarSpan(2011, 6, 1), calendarSpan(2011, 6, 7)].map(span => ({...span, unit: 'day' as const})),
		);
		expect(ruler.rows[1]).not.toMatch(/\d\d:00/);
	});
});
