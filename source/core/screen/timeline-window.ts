/**
 * The timeline pane's window: which lines show and which list row each belongs to. The selected
 * row may take two lines (a long headline shown whole), so a line on screen is not always a row:
 * the pane draws from here, and a click finds its event from here too.
 */
import type {Style} from '../text/style.js';
import {formatRowLines, formatSticky, indexTimeline, stickyHeading, yearedDate, type ListSource} from './timeline-rows.js';
import {visibleRange} from './viewport.js';

export type TimelineWindowOptions = {
	timeline: ListSource;
	selected: number;
	/** First visible row (the reducer keeps the selection inside the window). */
	top: number;
	width: number;
	height: number;
	focused: boolean;
	style: Style;
};

/**
 * The visible rows as styled strings, and the list row (`indexTimeline`'s) each line belongs to:
 * undefined for a sticky heading. Should the selected row's second line fall below the pane, the
 * window moves down a line so both show. When the window starts below a year heading, its first
 * line is a sticky heading (the year, and the date of the run going on under it).
 */
export function timelineWindow({timeline, selected, top, width, height, focused, style}: TimelineWindowOptions): {lines: string[]; rows: Array<number | undefined>} {
	const {events} = timeline;
	if (events.length === 0) return {lines: ['  (no events)'], rows: [undefined]};
	const index = indexTimeline(timeline);
	const {from, to} = visibleRange(top, height, index.rows.length);
	const lines: string[] = [];
	/** The row each line belongs to. */
	const owners: number[] = [];
	let selectedEnd = -1;
	for (let row = from; row < to && lines.length < height + 1; row++) {
		const item = index.rows[row];
		if (item === undefined) continue;
		const isSelected = item.kind === 'event' && item.index === selected;
		const date = row === from ? yearedDate(index, events, row) : undefined;
		const drawn = formatRowLines(events, index, item, {width, selected: isSelected, focused, style, whole: true, date});
		lines.push(...drawn);
		owners.push(...drawn.map(() => row));
		if (isSelected) selectedEnd = lines.length;
	}
	const start = selectedEnd > height ? selectedEnd - height : 0;
	const shown = lines.slice(start, start + height);
	const rows: Array<number | undefined> = owners.slice(start, start + height);
	const first = owners[start] ?? from;
	const sticky = height > 1 && owners[start + 1] !== first ? stickyHeading(index, events, first) : undefined;
	if (sticky !== undefined) {
		shown[0] = formatSticky(sticky, width, style);
		rows[0] = undefined;
	}
	return {lines: shown, rows};
}
