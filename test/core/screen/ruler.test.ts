import {describe, expect, it} from 'vitest';
import {drawRuler, type Ruler, type RulerItem} from '../../../source/core/screen/ruler.js';
import {paintRuler, rulerItems, rulerItemsSteps, summaryRuler} from '../../../source/core/screen/ruler-text.js';
import {calendarSpan, eventSpan} from '../../../source/core/model/span.js';
import {createStyle} from '../../../source/core/text/style.js';
import {loadTimeline} from '../../../source/core/load/load-timeline.js';

const {timeline} = loadTimeline(undefined);
const widths = [40, 80, 160];
const hour = 1 / (365 * 24);
const june3 = calendarSpan(2011, 6, 3).start;

/** Spans of a day, a year, a century and the age of the universe, with the labels a reader should see. */
const scales: Array<{name: string; items: RulerItem[]; label: RegExp; first: string; last: string}> = [
	{name: 'a day', items: [9, 12.5, 17].map(h => ({start: june3 + h * hour, end: june3 + (h + 0.1) * hour})), label: /^\d\d:00$/, first: 'Jun 3, 2011 09:00', last: '17:00'},
	{name: 'a year', items: Array.from({length: 12}, (_, m) => calendarSpan(2011, m + 1, 10)), label: /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( 2011)?$/, first: 'Jan 2011', last: 'Dec 2011'},
	{name: 'a century', items: [calendarSpan(1900), calendarSpan(1945, 5, 8), calendarSpan(1999)], label: /^19\d0$|^19\d5$/, first: '1900', last: '1999'},
	{
		name: '13.8 billion years',
		items: [-13.8e9, -4.5e9, -66e6, 2011].map(start => ({start, end: start + 1})),
		label: /^\d+ billion years ago$|^present$/,
		first: '13.8 billion years ago',
		last: '2012',
	},
];

/** The labels of row 1 as the user reads them: text between spans of kind tick. */
function labels(ruler: Ruler): Array<{text: string; from: number; to: number}> {
	return ruler.spans
		.filter(span => span.kind === 'tick')
		.map(span => ({text: ruler.rows[1]!.slice(span.from, span.to), from: span.from, to: span.to}))
		.sort((a, b) => a.from - b.from);
}

describe('drawRuler at every scale', () => {
	for (const scale of scales) {
		for (const width of widths) {
			it(`${scale.name} at ${width} columns: readable ticks that do not touch, within the width`, () => {
				const ruler = drawRuler(width, scale.items);
				expect(ruler.rows).toHaveLength(2);
				for (const row of ruler.rows) expect([...row].length).toBeLessThanOrEqual(width);
				const shown = labels(ruler);
				expect(shown[0]).toMatchObject({text: scale.first, from: 0});
				expect(shown.length).toBeGreaterThanOrEqual(width >= 80 ? 3 : 2);
				// The first and the last moment of the span at the two ends, ticks between them.
				expect(shown.at(-1)).toMatchObject({text: scale.last, to: width});
				for (const label of shown.slice(1, -1)) expect(label.text).toMatch(scale.label);
				for (let i = 1; i < shown.length; i++) expect(shown[i]!.from).toBeGreaterThan(shown[i - 1]!.to);
				for (const label of shown) {
					expect(ruler.rows[1]![label.from - 1] ?? ' ').toBe(' ');
					expect(ruler.rows[1]![label.to] ?? ' ').toBe(' ');
				}
				// Every item shows in row 0 at its place, proportionally.
				const from = scale.items[0]!.start;
				const to = Math.max(...scale.items.map(item => item.end));
				for (const item of scale.items) expect(ruler.rows[0]![Math.floor(((item.start - from) / (to - from)) * width)]).toMatch(/[▁▂▃▅▇]/);
			});
		}
	}

	it('a BC span ticks on round BC years and never shows a year 0', () => {
		const shown = labels(drawRuler(80, [calendarSpan(-43), calendarSpan(14)])).map(label => label.text);
		expect(shown[0]).toBe('44 BC');
		expect(shown).toContain('10 BC');
		expect(shown).toContain('10');
		expect(shown.some(label => label === '0' || label === '1 BC')).toBe(false);
	});
});

describe('the bundled story on the axis', () => {
	const spans = timeline.events.map(event => eventSpan(event));
	const from = Math.min(...spans.map(span => span.start));
	const to = Math.max(...spans.map(span => span.end));
	const column = (time: number, width: number) => Math.floor(((time - from) / (to - from)) * width);

	for (const width of widths) {
		it(`shows the gap from October 2008 to December 2010 at ${width} columns`, () => {
			const [top = ''] = drawRuler(width, rulerItems(timeline.events)).rows;
			const october = column(calendarSpan(2008, 10).start, width);
			const december = column(calendarSpan(2010, 12, 17).start, width);
			expect(top[october]).toMatch(/[▁▂▃▅▇]/);
			expect(top[december]).toMatch(/[▁▂▃▅▇]/);
			expect(top.slice(october + 1, december).trim()).toBe('');
			// Eleven events on one day against one in October 2008: the busiest column stands tallest.
			expect(top[december]).toBe('▇');
			expect(top[october]).toBe('▁');
		});
	}

	it('gives the same items built a slice at a time as at once, and keeps them for the events', () => {
		const events = [...timeline.events];
		const steps = rulerItemsSteps(events, 4);
		let step = steps.next();
		let slices = 0;
		for (; step.done !== true; step = steps.next()) slices++;
		expect(slices).toBe(Math.floor(events.length / 4));
		expect(rulerItems(events)).toBe(step.value);
		expect(step.value).toEqual(rulerItems([...events]));
	});

	it('marks the selected event at its column and the stances, joining before refusing', () => {
		for (const width of widths) {
			const selected = timeline.events.findIndex(event => event.date.value === '2010-12-17');
			const ruler = drawRuler(width, rulerItems(timeline.events, selected));
			const at = column(spans[selected]!.start, width);
			// The same by index, with items that carry no selection.
			expect(drawRuler(width, rulerItems(timeline.events), {selected})).toEqual(ruler);
			expect(ruler.rows[1]![at]).toBe('▲');
			expect(ruler.spans).toContainEqual({row: 1, from: at, to: at + 1, kind: 'selected'});
			const refusing = ruler.spans.find(span => span.kind === 'refusing');
			expect(ruler.rows[1]![refusing!.from]).toBe('R');
			expect(refusing!.from).toBe(column(calendarSpan(2011, 6, 3).start, width));
		}
		const joined = drawRuler(80, rulerItems(timeline.events));
		const j = joined.spans.find(span => span.kind === 'joining')!;
		expect(joined.rows[1]![j.from]).toBe('J');
		expect(j.from).toBe(column(calendarSpan(2010, 12, 17).start, 80));
		expect(j.from).toBeLessThan(joined.spans.find(span => span.kind === 'refusing')!.from);
	});

	it('in one row, the first and last dates and each bar are labelled, and the selected column is a span', () => {
		const ruler = drawRuler(80, rulerItems(timeline.events, 0), {rows: 1});
		expect(ruler.rows).toHaveLength(1);
		expect(ruler.rows[0]).toMatch(/^▁ Oct 2008 .*2010.* Dec 2010 ▇ .*Jun 2011 ▇$/);
		expect(ruler.spans).toContainEqual({row: 0, from: 0, to: 1, kind: 'selected'});
	});
});

describe('eras, ranges and painting', () => {
	it('draws eras as labelled bars and ranges as bars', () => {
		const items = [calendarSpan(1900), {...calendarSpan(1950), end: 1960, range: true}, calendarSpan(1999)];
		const ruler = drawRuler(160, items, {eras: [{start: 1914.5, end: 1918.9, label: 'WWI'}]});
		const top = ruler.rows[0]!;
		expect(top).toMatch(/─+WWI─+/);
		expect(top.slice(Math.floor(0.5 * 160), Math.floor(0.6 * 160) - 1)).toMatch(/^━+$/);
		expect(ruler.spans.some(span => span.kind === 'era')).toBe(true);
		expect(ruler.spans.some(span => span.kind === 'range')).toBe(true);
	});

	it('paints stances in colour, with no escape byte at style none; the summary leaves it out when narrow', () => {
		const ruler = drawRuler(80, rulerItems(timeline.events));
		expect(paintRuler(ruler, createStyle('none'))).toEqual(ruler.rows);
		expect(paintRuler(ruler, createStyle('color'))[1]).toContain('\u001B[31mR\u001B[39m');
		expect(summaryRuler(timeline, 19, createStyle('none'))).toEqual([]);
		expect(drawRuler(0, rulerItems(timeline.events)).rows).toEqual(['', '']);
	});
});

describe("a timeline's eras on the printed axis", () => {
	it('draws each era as a bar across its years, and none for a timeline without eras', () => {
		const {timeline} = loadTimeline(new URL('../../fixtures/timelinejs/eras-ranges.json', import.meta.url).pathname);
		expect(timeline.eras?.length).toBeGreaterThan(0);
		const plain = createStyle('mono');
		const withEras = summaryRuler(timeline, 80, plain);
		const without = summaryRuler({...timeline, eras: []}, 80, plain);
		expect(withEras[0]).toContain('─');
		expect(without[0]).not.toContain('─');
	});
});
