/**
 * The timeline list as rows: a year heading before each year's events, one row per event. Built
 * once per timeline (remembered), so moving the selection through 100,000 events only formats the
 * rows on screen.
 */
import type {Stance, TimelineEvent} from './schema.js';
import type {Style} from './style.js';
import {formatShortDate, yearOf} from './dates.js';
import {displayWidth, fitWidth, padEnd, truncate} from './width.js';
import {paintStance, stances} from './stance.js';

export type ListRow = {kind: 'year'; year: string} | {kind: 'event'; index: number};

export type TimelineIndex = {
	rows: ListRow[];
	/** For each event, the row it is on. */
	rowOfEvent: number[];
	/** For each event, where Massachusetts stood: its own stance, else the last one stated before it. */
	position: Array<Stance | undefined>;
	/** Short dates (`Dec 17`, `by Jun 6`), and the widest of them, so the headlines line up. */
	dates: string[];
	dateWidth: number;
};

const cache = new WeakMap<readonly TimelineEvent[], TimelineIndex>();

/** Rows, positions and dates for events already in date order. */
export function indexTimeline(events: readonly TimelineEvent[]): TimelineIndex {
	const known = cache.get(events);
	if (known !== undefined) return known;
	const rows: ListRow[] = [];
	const rowOfEvent: number[] = [];
	const position: Array<Stance | undefined> = [];
	const dates: string[] = [];
	let dateWidth = 0;
	let year: string | undefined;
	let stance: Stance | undefined;
	for (const [index, event] of events.entries()) {
		const eventYear = yearOf(event.date);
		if (eventYear !== year) {
			rows.push({kind: 'year', year: eventYear});
			year = eventYear;
		}
		rowOfEvent.push(rows.length);
		rows.push({kind: 'event', index});
		stance = event.stance ?? stance;
		position.push(stance);
		// A year-only date has nothing to add to its year heading.
		const date = formatShortDate(event.date) || '—';
		dates.push(date);
		dateWidth = Math.max(dateWidth, displayWidth(date));
	}
	const index = {rows, rowOfEvent, position, dates, dateWidth};
	cache.set(events, index);
	return index;
}

/**
 * Two columns showing where Massachusetts stood: `●J` on an event that states a stance, `·J`
 * (dimmer) on one that carries the last stance forward, blank before any. The letter keeps it
 * readable without colour.
 */
export function stanceMark(own: Stance | undefined, position: Stance | undefined, style: Style): string {
	if (position === undefined) return '  ';
	const paint = (text: string) => paintStance(position, text, style, style.dim);
	const {letter} = stances[position];
	return own === undefined ? style.dim(paint(`·${letter}`)) : paint(`●${letter}`);
}

export type RowOptions = {
	width: number;
	selected: boolean;
	/** Whether the timeline pane has the keyboard: the selected row is then drawn in reverse video. */
	focused: boolean;
	style: Style;
};

/** The selection marker, a glyph so the selection shows without colour. */
export const selectionMarker = '▸';

/** One list row, styled and exactly `width` columns wide. */
export function formatRow(events: readonly TimelineEvent[], index: TimelineIndex, row: ListRow, options: RowOptions): string {
	const {width, selected, focused, style} = options;
	if (width <= 0) return '';
	if (row.kind === 'year') {
		const text = truncate(` ${row.year}`, width);
		return style.bold(style.accent(text)) + ' '.repeat(Math.max(0, width - displayWidth(text)));
	}
	const event = events[row.index];
	if (event === undefined) return ' '.repeat(width);
	const date = index.dates[row.index] ?? '';
	const prefix = ` ${selected ? selectionMarker : ' '} ${padEnd(date, index.dateWidth)} `;
	const room = width - displayWidth(prefix) - 3;
	if (room < 1) return fitWidth(prefix, width);
	const headline = truncate(event.headline, room);
	const pad = ' '.repeat(Math.max(0, room - displayWidth(headline)));
	const mark = stanceMark(event.stance, index.position[row.index], style);
	if (!selected) return `${prefix}${mark} ${headline}${pad}`;
	const line = `${style.bold(prefix)}${mark} ${style.bold(headline)}${pad}`;
	return focused ? style.inverse(line) : line;
}
