/** The timeline pane: events grouped by year, the selected one marked; only the rows on screen are built. */
import {timelineWindow, type TimelineWindowOptions} from '../core/screen/timeline-window.js';
import {Lines} from './Lines.js';

export type TimelineProps = TimelineWindowOptions;

/** The visible rows as styled strings (see `timelineWindow`). */
export function timelineLines(props: TimelineProps): string[] {
	return timelineWindow(props).lines;
}

export function Timeline(props: TimelineProps) {
	return <Lines lines={timelineLines(props)} width={props.width} height={props.height} />;
}
