import {describe, expect, it} from 'vitest';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import type {Timeline, TimelineEvent} from '../../source/core/model/schema.js';
import {indexTimeline} from '../../source/core/screen/timeline-rows.js';
import {unpainted} from '../../source/core/text/style.js';
import {listHeight, type State} from '../../source/state/state.js';
import {timelineLines} from '../../source/views/Timeline.js';
import {act, open, press} from '../helpers/explorer-state.js';
import {bodyTop} from '../../source/state/mouse.js';
import {makeTimeline} from '../helpers/explorer-fixture.js';

const {timeline: story} = loadTimeline();

/** The list pane's lines as drawn, without colour. */
function list(state: State): string[] {
	if (state.layout.kind !== 'panes') throw new Error('no panes');
	const {width, height} = state.layout.timeline;
	return timelineLines({timeline: state.shown, selected: state.selected, top: state.listTop, width, height, focused: true, style: unpainted('mono')});
}

const event = (id: string, value: string, precision: TimelineEvent['date']['precision'], extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
	id,
	date: {value, precision},
	headline: `Headline ${id}`,
	summary: '',
	actors: [],
	tags: [],
	citations: [],
	...extra,
});
const timelineOf = (events: TimelineEvent[], eras: Timeline['eras'] = []): Timeline => ({format: 'sc-timeline/1', title: 'T', notes: [], sources: [], events, topics: [], statements: [], eras});

describe('the list keeps its place', () => {
	it('after G at 80×24 the top row is a sticky heading with the year and the date of the run', () => {
		const lines = list(press(open(story, 80, 24), 'G'));
		expect(lines[0]?.trim()).toBe('2010 · by Dec 17');
		// The row under it belongs to that run and leaves its date to the heading.
		expect(lines[1]).toMatch(/^ {5,}\S/);
	});

	it('no sticky heading when the list starts at a year heading; the selection is never under the sticky one', () => {
		const first = list(open(story, 80, 24));
		expect(first[0]?.trim()).toBe('2008');
		let state = press(open(story, 80, 24), 'G');
		for (let step = 0; step < story.events.length; step++) {
			state = press(state, 'k');
			expect(list(state)[0], `after ${step + 1} k`).not.toContain('▸');
		}
	});

	it('a click on the sticky heading selects nothing; the wheel never leaves the selection under it', () => {
		const state = press(open(story, 80, 24), 'G', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k');
		if (state.layout.kind !== 'panes') throw new Error('no panes');
		const top = bodyTop(state.layout);
		const atHeading = press({...state, listTop: 5});
		expect(list(atHeading)[0]?.trim()).toMatch(/^2010/);
		expect(act(atHeading, {type: 'mouse', kind: 'click', x: 3, y: top}).selected).toBe(atHeading.selected);
		let scrolled = press(open(story, 80, 24));
		for (let step = 0; step < 4; step++) {
			scrolled = act(scrolled, {type: 'mouse', kind: 'wheelDown', x: 3, y: top + 3});
			expect(list(scrolled)[0], `after ${step + 1} turns`).not.toContain('▸');
		}
	});

	it('a resize brings back the year heading of the selection when both fit', () => {
		const timeline = makeTimeline({events: 80});
		const index = indexTimeline(timeline);
		// An event in the middle of its year, at the top of the window (the heading scrolled away).
		const selected = index.rows.findIndex((row, at) => row.kind === 'event' && at > 30 && index.rows[at - 8]?.kind === 'year');
		const chosen = index.rows[selected]!;
		const state = {...open(timeline, 80, 24), selected: chosen.kind === 'event' ? chosen.index : 0, listTop: selected - 1};
		const grown = act(state, {type: 'resize', columns: 80, rows: 40});
		const heading = selected - 8;
		expect(grown.listTop).toBeLessThanOrEqual(heading);
		expect(selected).toBeLessThan(grown.listTop + listHeight(grown));
		expect(list(grown).some(line => line.trim() === (index.rows[heading]?.kind === 'year' ? index.rows[heading].year : '?'))).toBe(true);
	});
});

describe('list rows', () => {
	it('places an era by its start date: before the heading of a later year', () => {
		const timeline = timelineOf(
			[event('a', '2015-05-01', 'day'), event('b', '2018-03-01', 'day')],
			[{start: {value: '2016', precision: 'year'}, end: {value: '2020', precision: 'year'}, headline: 'Second term'}],
		);
		const kinds = indexTimeline(timeline).rows.map(row => (row.kind === 'year' ? row.year : row.kind));
		expect(kinds).toEqual(['2015', 'event', 'era', '2018', 'event']);
	});

	it('a timeline dated only by years takes one row per event, each showing its year once per run', () => {
		const timeline = timelineOf([event('a', '1930', 'year'), event('b', '1932', 'year'), event('c', '1932', 'year'), event('d', '1940', 'year', {display: '1940'})]);
		const index = indexTimeline(timeline);
		expect(index.rows.map(row => row.kind)).toEqual(['event', 'event', 'event', 'event']);
		expect(index.dates).toEqual(['1930', '1932', '1932', '1940']);
		expect(index.dateShown).toEqual([true, true, false, true]);
	});

	it('a date never repeats the year heading over it', () => {
		const timeline = timelineOf([event('a', '1932', 'year', {display: '1932'}), event('b', '1932-03-01', 'day'), event('c', '1933-01-01', 'day')]);
		const index = indexTimeline(timeline);
		expect(index.rows[0]).toEqual({kind: 'year', year: '1932'});
		expect(index.dates[0]).not.toBe('1932');
	});
});
