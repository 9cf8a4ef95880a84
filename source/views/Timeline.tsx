/** The timeline pane: events grouped by year, the selected one marked; only the rows on screen are built. */
import type {Style} from '../core/text/style.js';
import {formatRowLines, indexTimeline, type ListSource} from '../core/screen/timeline-rows.js';
import {visibleRange} from '../core/screen/viewport.js';
import {Lines} from './Lines.js';

export type TimelineProps = {
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
 * The visible rows as styled strings: the windowing the pane renders from. The selected row may
 * take two lines (a long headline shown whole); should its second line fall below the pane, the
 * window moves down a line so both show.
 */
export function timelineLines({timeline, selected, top, width, height, focused, style}: TimelineProps): string[] {
	const {events} = timeline;
	if (events.length === 0) return ['  (no events)'];
	const index = indexTimeline(timeline);
	const {from, to} = visibleRange(top, height, index.rows.length);
	const lines: string[] = [];
	let selectedEnd = -1;
	for (let row = from; row < to && lines.length < height + 1; row++) {
		const item = index.rows[row];
		if (item === undefined) continue;
		const isSelected = item.kind === 'event' && item.index === selected;
		lines.push(...formatRowLines(events, index, item, {width, selected: isSelected, focused, style, whole: true}));
		if (isSelected) selectedEnd = lines.length;
	}
	const start = selectedEnd > height ? selectedEnd - height : 0;
	return lines.slice(start, start + height);
}

export function Timeline(props: TimelineProps) {
	return <Lines lines={timelineLines(props)} width={props.width} height={props.height} />;
}
