import {describe, expect, it} from 'vitest';
import {stripVTControlCharacters as strip} from 'node:util';
import {formatRow, indexTimeline, indexTimelineSteps, selectionMarker, stanceMark} from '../../../source/core/screen/timeline-rows.js';
import {createStyle} from '../../../source/core/text/style.js';
import {displayWidth} from '../../../source/core/text/width.js';
import type {TimelineEvent} from '../../../source/core/model/schema.js';
import {makeTimeline} from '../../helpers/explorer-fixture.js';
import {loadTimeline} from '../../../source/core/load/load-timeline.js';
import {rulerItems} from '../../../source/core/screen/ruler-text.js';

const mono = createStyle('mono');
const color = createStyle('color');

describe('indexTimeline', () => {
	const timeline = makeTimeline({events: 40});
	const {events} = timeline;
	const index = indexTimeline(timeline);

	it('puts a year heading before the first event of each year, and every event on its own row', () => {
		const years = index.rows.filter(row => row.kind === 'year').map(row => (row.kind === 'year' ? row.year : ''));
		expect(years).toEqual(['2008', '2009', '2010', '2011']);
		expect(index.rows).toHaveLength(events.length + years.length);
		for (const [event, row] of index.rowOfEvent.entries()) expect(index.rows[row]).toEqual({kind: 'event', index: event});
	});

	it('dates each event by its own precision and time, and its axis place, when events share a day', () => {
		const day = (id: string, precision: 'day' | 'reported', time?: string, end?: string) =>
			({
				id,
				headline: id,
				date: {value: '2010-12-17', precision, ...(time === undefined ? {} : {time})},
				...(end === undefined ? {} : {end: {value: end, precision: 'day'}}),
				citations: [],
			}) as unknown as TimelineEvent;
		const shared = [day('a', 'day'), day('b', 'reported'), day('c', 'day', '09:30'), day('d', 'day'), day('e', 'day', undefined, '2010-12-19'), day('f', 'reported')];
		const {dates} = indexTimeline({events: shared});
		expect(dates).toEqual(['Dec 17', 'by Dec 17', 'Dec 17 09:30', 'Dec 17', 'Dec 17–Dec 19', 'by Dec 17']);
		// Each on the axis as it is alone: a time is an instant, an end reaches further.
		expect(rulerItems(shared)).toEqual(shared.map(event => rulerItems([event])[0]));
		expect(rulerItems(shared)[2]!.end).toBe(rulerItems(shared)[2]!.start);
	});

	it("shows a range's end year when it ends in another year than it starts, under the start's heading", () => {
		const range = (id: string, start: string, end: string, precision: 'day' | 'month' | 'year' = 'day') =>
			({id, headline: id, date: {value: start, precision: 'day'}, end: {value: end, precision}, citations: []}) as unknown as TimelineEvent;
		const {dates} = indexTimeline({
			events: [range('life', '1815-12-10', '1852-11-27'), range('year', '1950-03-01', '1951-03-01'), range('war', '1943-07-01', '1946', 'year'), range('week', '1960-06-03', '1960-06-06')],
		});
		expect(dates).toEqual(['Dec 10–1852', 'Mar 1–1951', 'Jul 1–1946', 'Jun 3–Jun 6']);
	});

	it('carries the last stated stance forward to events that state none', () => {
		const joined = events.findIndex(event => event.stance === 'joining');
		const refused = events.findIndex(event => event.stance === 'refusing');
		expect(index.position[joined + 1]).toBe('joining');
		expect(index.position[refused - 1]).toBe('joining');
		expect(index.position.slice(refused)).toEqual(Array(events.length - refused).fill('refusing'));
		expect(index.position[0]).toBeUndefined();
	});

	it('shows dates to their precision: a day, a month, "by" for a date known only from the report', () => {
		for (const [at, event] of events.entries()) {
			const shown = index.dates[at];
			if (event.date.precision === 'month') expect(shown).toMatch(/^[A-Z][a-z]{2}$/);
			if (event.date.precision === 'day') expect(shown).toMatch(/^[A-Z][a-z]{2} \d{1,2}$/);
			if (event.date.precision === 'reported') expect(shown).toMatch(/^by [A-Z][a-z]{2} \d{1,2}$/);
		}
		expect(index.dateWidth).toBe(Math.max(...index.dates.map(date => date.length)));
	});

	it('shows a date once per run of equal dates, and again after a heading', () => {
		for (const [at, shown] of index.dateShown.entries()) {
			const afterHeading = index.rows[index.rowOfEvent[at]! - 1]?.kind !== 'event';
			expect(shown).toBe(afterHeading || index.dates[at] !== index.dates[at - 1]);
		}
	});

	it("leaves the date off all but the first of the bundled story's events reported by Dec 17, 2010", () => {
		const bundled = loadTimeline().timeline;
		const bundledIndex = indexTimeline(bundled);
		const reported = bundled.events.flatMap((_event, at) => (bundledIndex.dates[at] === 'by Dec 17' ? [bundledIndex.dateShown[at]] : []));
		expect(reported).toEqual([true, ...Array(reported.length - 1).fill(false)]);
		expect(reported.length).toBeGreaterThan(5);
	});

	it('is built once per timeline, and a timeline with eras gets its era rows whichever call came first', () => {
		expect(indexTimeline(timeline)).toBe(index);
		const era = {headline: 'The middle years', start: events[10]!.date, end: events[12]!.date};
		const withEras = {...timeline, eras: [era]};
		expect(indexTimeline(withEras).rows.filter(row => row.kind === 'era')).toHaveLength(1);
		expect(index.rows.filter(row => row.kind === 'era')).toHaveLength(0);
	});

	it('built a slice at a time ahead of showing (a large file loading), is the one the list then uses', () => {
		const large = loadTimeline('data/secure-communities.json').timeline;
		const copy = {events: [...large.events, ...large.events.map(event => ({...event, id: `${event.id}-again`}))], eras: large.eras};
		const steps = indexTimelineSteps(copy, 10);
		let slices = 0;
		let step = steps.next();
		for (; step.done !== true; step = steps.next()) slices++;
		expect(slices).toBe(Math.floor(copy.events.length / 10));
		expect(indexTimeline({...copy})).toBe(step.value);
		expect(step.value).toEqual(indexTimeline({events: [...copy.events], eras: copy.eras}));
		// Other eras: built again, with them.
		expect(indexTimeline({events: copy.events, eras: []})).not.toBe(step.value);
	});
});

describe('formatRow', () => {
	const timeline = makeTimeline({events: 12});
	const {events} = timeline;
	const index = indexTimeline(timeline);
	const cjk = events.findIndex(event => event.headline.startsWith('移民'));
	const row = (at: number) => index.rows[index.rowOfEvent[at]!]!;

	it('is exactly the pane width, cutting the headline by display width (CJK takes two columns)', () => {
		for (const width of [20, 31, 48]) {
			for (const item of index.rows) expect(displayWidth(formatRow(events, index, item, {width, selected: false, focused: false, style: color}))).toBe(width);
			const text = strip(formatRow(events, index, row(cjk), {width, selected: false, focused: false, style: mono}));
			expect(text.trimEnd().endsWith('…') || text.trimEnd().endsWith('wide')).toBe(true);
			expect(text).toContain('移');
		}
	});

	it('marks the selected row with ▸, in reverse video while the timeline has focus, bold when not', () => {
		const focused = formatRow(events, index, row(0), {width: 40, selected: true, focused: true, style: mono});
		const unfocused = formatRow(events, index, row(0), {width: 40, selected: true, focused: false, style: mono});
		const other = formatRow(events, index, row(1), {width: 40, selected: false, focused: true, style: mono});
		expect(strip(focused)).toContain(selectionMarker);
		expect(focused.startsWith('\u001B[7m')).toBe(true);
		expect(strip(unfocused)).toContain(selectionMarker);
		expect(unfocused).not.toContain('\u001B[7m');
		expect(unfocused).toContain('\u001B[1m');
		expect(strip(other)).not.toContain(selectionMarker);
	});

	it('uses no colour in mono style, so NO_COLOR leaves only reverse video and bold', () => {
		for (const item of index.rows) {
			const text = formatRow(events, index, item, {width: 40, selected: true, focused: true, style: mono});
			expect(text).not.toMatch(/\u001B\[(3\d|4\d|9\d)m/);
		}
	});
});

describe('stanceMark', () => {
	it('shows the stance as one letter, lower case and dimmer when carried from an earlier event', () => {
		const plain = createStyle('none');
		expect(stanceMark('joining', 'joining', plain)).toBe('J');
		expect(stanceMark('refusing', 'refusing', plain)).toBe('R');
		expect(stanceMark('undecided', 'undecided', plain)).toBe('U');
		expect(stanceMark(undefined, 'refusing', plain)).toBe('r');
		expect(stanceMark(undefined, undefined, plain)).toBe(' ');
		expect(stanceMark('joining', 'joining', color)).toContain('\u001B[32m');
		expect(stanceMark('refusing', 'refusing', color)).toContain('\u001B[31m');
	});
});

it('formats only what it is given: an event list of 100,000 indexes once and rows cost the same', () => {
	const many: TimelineEvent[] = Array.from({length: 100_000}, (_, at) => ({
		id: `e${at}`,
		date: {value: `${2000 + Math.floor(at / 10_000)}-01-01`, precision: 'day'},
		headline: `Event ${at}`,
		summary: '',
		actors: [],
		tags: [],
		citations: [],
	}));
	const index = indexTimeline({events: many});
	expect(index.rows).toHaveLength(100_010);
	expect(strip(formatRow(many, index, index.rows[index.rowOfEvent[99_999]!]!, {width: 30, selected: false, focused: false, style: mono}))).toContain('Event 99999');
});
