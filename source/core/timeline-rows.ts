/**
 * The timeline list as rows: a year heading before each year's events, an era heading (`▌ Reign
 * of William I  1066–1087`) before the first event on or after the era's start, one row per event. Built
 * once per timeline (remembered), so moving the selection through 100,000 events only formats the
 * rows on screen.
 */
import type {Era, Stance, TimelineEvent} from './schema.js';
import type {Style} from './style.js';
import {formatRange, formatShortDate, yearOf, yearsOf} from './dates.js';
import {displayWidth, fitWidth, padEnd, truncate} from './width.js';
import {paintStance, stances} from './stance.js';

export type ListRow = {kind: 'year'; year: string} | {kind: 'era'; text: string} | {kind: 'event'; index: number};

/** The mark before an era heading: a band's edge. */
export const eraMarker = '▌';

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

/** The author's own date text replaces the short date in the list only when it is at most this wide, so headlines keep their room. */
const maxDisplayWidth = 16;

const cache = new WeakMap<readonly TimelineEvent[], TimelineIndex>();

/**
 * Rows, positions and dates for events already in date order. Remembered per events array: the
 * first call (the explorer's model passes the timeline's eras) decides the rows.
 */
export function indexTimeline(events: readonly TimelineEvent[], eras: readonly Era[] = []): TimelineIndex {
	const known = cache.get(events);
	if (known !== undefined) return known;
	const pending = [...eras].sort((a, b) => yearsOf(a.start) - yearsOf(b.start));
	const eraRow = (era: Era): ListRow => ({kind: 'era', text: `${era.headline ?? 'Era'}  ${formatRange(era.start, era.end)}`});
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
		const at = yearsOf(event.date);
		while (pending[0] !== undefined && yearsOf(pending[0].start) <= at) rows.push(eraRow(pending.shift()!));
		rowOfEvent.push(rows.length);
		rows.push({kind: 'event', index});
		stance = event.stance ?? stance;
		position.push(stance);
		// A year-only date has nothing to add to its year heading; an end date shows as `–1087`.
		const short = event.display !== undefined && displayWidth(event.display) <= maxDisplayWidth ? event.display : formatShortDate(event.date) || (event.end === undefined ? '' : yearOf(event.date));
		const date = (event.end === undefined || short === event.display ? short : `${short}–${formatShortDate(event.end) || yearOf(event.end)}`) || '—';
		dates.push(date);
		dateWidth = Math.max(dateWidth, displayWidth(date));
	}
	rows.push(...pending.map(eraRow));
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
	if (row.kind === 'era') {
		const text = truncate(` ${eraMarker} ${row.text}`, width);
		return style.dim(text) + ' '.repeat(Math.max(0, width - displayWidth(text)));
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
