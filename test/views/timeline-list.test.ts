/** The timeline list of the bundled story: readable at 80×24, the split following what it needs, a long headline whole when selected. */
import {describe, expect, it} from 'vitest';
import {stripVTControlCharacters as strip} from 'node:util';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {createStyle} from '../../source/core/text/style.js';
import {headlineColumn, indexTimeline, listWidth} from '../../source/core/screen/timeline-rows.js';
import {timelineLines} from '../../source/views/Timeline.js';
import type {State} from '../../source/state/state.js';
import {open, press} from '../helpers/explorer-state.js';

const {timeline} = loadTimeline();
const mono = createStyle('mono');

/** Every row of the list at the state's size (a window as tall as the list), the selection as in `state`. */
function allRows(state: State): string[] {
	if (state.layout.kind !== 'panes') throw new Error('no panes');
	const {width} = state.layout.timeline;
	const height = indexTimeline(timeline).rows.length + 1;
	return timelineLines({timeline, selected: state.selected, top: 0, width, height, focused: true, style: mono}).map(line => strip(line));
}

describe('the timeline list', () => {
	it('gives every headline at least 30 columns at 80×24', () => {
		const state = open(timeline, 80, 24);
		const rows = allRows(press(state, 'G'));
		if (state.layout.kind !== 'panes') throw new Error('no panes');
		expect(state.layout.timeline.width - headlineColumn(indexTimeline(timeline), state.layout.timeline.width) - 1).toBeGreaterThanOrEqual(30);
		// Whole, or its first 29 columns and the ellipsis: 30 columns.
		for (const event of timeline.events.slice(0, -1)) {
			const seen = event.headline.length <= 30 ? event.headline : `${event.headline.slice(0, 29)}…`;
			expect(rows.some(row => row.includes(seen))).toBe(true);
		}
	});

	it('shows whole headlines when the terminal is wide enough, the detail pane taking the rest', () => {
		for (const columns of [100, 160]) {
			const state = open(timeline, columns, 30);
			if (state.layout.kind !== 'panes') throw new Error('no panes');
			expect(state.layout.timeline.width).toBe(listWidth(timeline));
			expect(state.layout.article.width).toBe(columns - listWidth(timeline) - 1);
			const rows = allRows(state);
			for (const event of timeline.events) expect(rows.some(row => row.includes(event.headline))).toBe(true);
		}
	});

	it('shows a date once per run of equal dates', () => {
		const rows = allRows(open(timeline, 100, 30));
		expect(rows.filter(row => row.includes('by Dec 17'))).toHaveLength(1);
		expect(rows.filter(row => row.includes('Jun 3 '))).toHaveLength(1);
	});

	it('shows the selected row whole on two lines when its headline does not fit, the others cut', () => {
		const long = timeline.events.findIndex(event => event.headline.length > 30);
		const state = press(open(timeline, 80, 24), ...Array<string>(long).fill('j'));
		const {headline} = timeline.events[long]!;
		const rows = allRows(state);
		const at = rows.findIndex(row => row.startsWith('▸'));
		const joined = `${rows[at]!.trim()} ${rows[at + 1]!.trim()}`;
		expect(joined).toContain(headline);
		expect(rows[at + 1]!.startsWith(' '.repeat(headlineColumn(indexTimeline(timeline), state.layout.kind === 'panes' ? state.layout.timeline.width : 0)))).toBe(true);
		const others = allRows(press(state, 'j'));
		expect(others.some(row => row.includes(headline))).toBe(false);
	});

	it('moves the window down a line when the selected row is the last on screen, so both its lines show', () => {
		const long = timeline.events.findLastIndex(event => event.headline.length > 30);
		const state = press(open(timeline, 80, 24), ...Array<string>(long).fill('j'));
		if (state.layout.kind !== 'panes') throw new Error('no panes');
		const {width, height} = state.layout.timeline;
		const row = indexTimeline(timeline).rowOfEvent[long]!;
		const lines = timelineLines({timeline, selected: long, top: row - height + 1, width, height, focused: true, style: mono}).map(line => strip(line));
		expect(lines).toHaveLength(height);
		expect(lines[height - 2]!.startsWith('▸')).toBe(true);
		expect(`${lines[height - 2]!.trim()} ${lines[height - 1]!.trim()}`).toContain(timeline.events[long]!.headline);
	});

	it('keeps room for headlines when one date is long: the date column is cut, never the headlines away', () => {
		// One event dated by a range with times: the widest date by far.
		const events = timeline.events.map((event, i) =>
			i === 3 ? {...event, date: {value: '2011-06-03', precision: 'day' as const, time: '10:05'}, end: {value: '2011-06-04', precision: 'day' as const, time: '11:00'}} : event,
		);
		const ranged = {...timeline, events};
		for (const width of [24, 28, 40]) {
			const lines = timelineLines({timeline: ranged, selected: 0, top: 0, width, height: indexTimeline(ranged).rows.length, focused: true, style: mono}).map(line => strip(line));
			expect(
				lines.every(line => line.length <= width),
				`${width}`,
			).toBe(true);
			// Each event's row shows its headline's first columns, about half the row.
			for (const event of events.slice(0, 12)) {
				const start = event.headline.slice(0, Math.floor(width / 2) - 4);
				expect(
					lines.some(line => line.includes(start)),
					`${width}: ${event.headline}`,
				).toBe(true);
			}
		}
	});
});
