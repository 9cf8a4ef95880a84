/** The timeline pane: events grouped by year, the selected one marked; only the rows on screen are built. */
import type {TimelineEvent} from '../core/schema.js';
import type {Style} from '../core/style.js';
import {formatRow, indexTimeline} from '../core/timeline-rows.js';
import {visibleRange} from '../core/viewport.js';
import {Lines} from './Lines.js';

export type TimelineProps = {
	events: readonly TimelineEvent[];
	selected: number;
	/** First visible row (the reducer keeps the selection inside the window). */
	top: number;
	width: number;
	height: number;
	focused: boolean;
	style: Style;
};

/** The visible rows as styled strings: the windowing the pane renders from. */
export function timelineLines({events, selected, top, width, height, focused, style}: TimelineProps): string[] {
	if (events.length === 0) return ['  (no events)'];
	const index = indexTimeline(events);
	const {from, to} = visibleRange(top, height, index.rows.length);
	const lines: string[] = [];
	for (let row = from; row < to; row++) {
		const item = index.rows[row];
		if (item === undefined) continue;
		lines.push(formatRow(events, index, item, {width, selected: item.kind === 'event' && item.index === selected, focused, style}));
	}
	return lines;
}

export function Timeline(props: TimelineProps) {
	return <Lines lines={timelineLines(props)} width={props.width} height={props.height} />;
}
