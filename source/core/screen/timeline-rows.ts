/**
 * The timeline list as rows: a year heading before each year's events, an era heading (`▌ Reign
 * of William I  1066–1087`) before the first event on or after the era's start, one row per event. Built
 * once per timeline (remembered), so moving the selection through 100,000 events only formats the
 * rows on screen.
 *
 * A row: `▸by Dec 17 J Boston police already in the program`: the selection mark, the date (only
 * on the first of a run of equal dates, as grouped lists do), the stance in one column, the headline.
 */
import type {Era, Stance, Timeline, TimelineDate, TimelineEvent} from '../model/schema.js';
import type {Style} from '../text/style.js';
import {formatRange, formatShortDate, yearOf, yearsOf} from '../model/dates.js';
import {displayWidth, fitWidth, padEnd, truncate, wrap} from '../text/width.js';
import {paintStance, stances} from '../model/stance.js';
import {atOnce} from '../steps.js';

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
	/** For each event, whether its row shows its date: the first of a run of equal dates, or the first after a heading. */
	dateShown: boolean[];
	/** The widest headline, for the pane split. */
	headlineWidth: number;
};

/** The timeline fields the list is built from. */
export type ListSource = Pick<Timeline, 'events'> & {eras?: readonly Era[] | undefined};

/** The author's own date text replaces the short date in the list only when it is at most this wide, so headlines keep their room. */
const maxDisplayWidth = 16;

/** Indexes remembered by events array, with the eras they were built with. */
const cache = new WeakMap<readonly TimelineEvent[], {eras: ListSource['eras']; index: TimelineIndex}>();

/**
 * Rows, positions and dates for a timeline whose events are in date order. Remembered per events
 * array and eras (a timeline read again has new ones), so one built ahead (`indexTimelineSteps`) is
 * the one used.
 */
export function indexTimeline(timeline: ListSource): TimelineIndex {
	return atOnce(indexTimelineSteps(timeline, Number.POSITIVE_INFINITY));
}

/**
 * `indexTimeline` a slice of `sliceEvents` events at a time, yielding between: a large file's
 * loader builds the list this way while it waits for the search worker, so showing the loaded
 * timeline does not hold the thread for it.
 */
export function* indexTimelineSteps(timeline: ListSource, sliceEvents = 5000): Generator<void, TimelineIndex> {
	const {events} = timeline;
	const known = cache.get(events);
	if (known !== undefined && known.eras === timeline.eras) return known.index;
	const pending = [...(timeline.eras ?? [])].sort((a, b) => yearsOf(a.start) - yearsOf(b.start));
	const eraRow = (era: Era): ListRow => ({kind: 'era', text: `${era.headline ?? 'Era'}  ${formatRange(era.start, era.end)}`});
	const rows: ListRow[] = [];
	const rowOfEvent: number[] = [];
	const position: Array<Stance | undefined> = [];
	const dates: string[] = [];
	const dateShown: boolean[] = [];
	let dateWidth = 0;
	let headlineWidth = 0;
	let year: string | undefined;
	let stance: Stance | undefined;
	// A timeline dated only by years: each row carries its year, so a heading would only repeat it.
	const yearsOnly = events.length > 0 && events.every(yearOnly);
	// Many events share a day: the year and list date of one with no end or text of its own are made once per date.
	const byDate = new Map<string, {date: TimelineEvent['date']; year: string; text: string; width: number}>();
	for (let index = 0; index < events.length; index++) {
		if (index % sliceEvents === sliceEvents - 1) yield;
		const event = events[index]!;
		const plain = event.end === undefined && event.display === undefined;
		let known = plain ? byDate.get(event.date.value) : undefined;
		if (known !== undefined && (known.date.precision !== event.date.precision || known.date.time !== event.date.time)) known = undefined;
		if (known === undefined) {
			const text = listDate(event, yearsOnly);
			known = {date: event.date, year: yearOf(event.date), text, width: displayWidth(text)};
			if (plain) byDate.set(event.date.value, known);
		}
		// Where the event is on the axis matters only while eras are left to place (most timelines have none).
		const at = pending.length === 0 ? 0 : yearsOf(event.date);
		// Eras by their start: one that starts in an earlier year than this event comes before its year heading.
		const yearStart = Math.floor(at);
		while (pending[0] !== undefined && yearsOf(pending[0].start) < yearStart) rows.push(eraRow(pending.shift()!));
		const eventYear = known.year;
		if (eventYear !== year && !yearsOnly) rows.push({kind: 'year', year: eventYear});
		year = eventYear;
		while (pending[0] !== undefined && yearsOf(pending[0].start) <= at) rows.push(eraRow(pending.shift()!));
		const afterHeading = rows[rows.length - 1]?.kind !== 'event';
		rowOfEvent.push(rows.length);
		rows.push({kind: 'event', index});
		stance = event.stance ?? stance;
		position.push(stance);
		const date = known.text;
		dateShown.push(afterHeading || date !== dates[dates.length - 1]);
		dates.push(date);
		dateWidth = Math.max(dateWidth, known.width);
		headlineWidth = Math.max(headlineWidth, displayWidth(event.headline));
	}
	rows.push(...pending.map(eraRow));
	const index = {rows, rowOfEvent, position, dates, dateWidth, dateShown, headlineWidth};
	cache.set(events, {eras: timeline.eras, index});
	return index;
}

/** An event dated by its year alone (and its end, if any). */
const yearOnly = (event: TimelineEvent): boolean => formatShortDate(event.date) === '' && (event.end === undefined || formatShortDate(event.end) === '');

/** A range's end in the list: its short date in the start's year (`Jun 6`), else its year (`1852`: the card has the whole date). */
function endDate(end: TimelineDate, startYear: string): string {
	const year = yearOf(end);
	return year === startYear ? formatShortDate(end) || year : year;
}

/**
 * An event's date in the list: the author's own text when short, else the short date (`Dec 17`,
 * `by Jun 6`, `Jun 3–Jun 6`); under a year heading a date that would only repeat the heading's year
 * is `—`, and with `yearsOnly` (no heading) the year itself.
 */
function listDate(event: TimelineEvent, yearsOnly: boolean): string {
	const year = yearOf(event.date);
	const short = event.display !== undefined && displayWidth(event.display) <= maxDisplayWidth ? event.display : formatShortDate(event.date) || (event.end === undefined && !yearsOnly ? '' : year);
	const date = event.end === undefined || short === event.display ? short : `${short}–${endDate(event.end, yearOf(event.date))}`;
	if (yearsOnly) return date || year;
	return date === '' || date === year ? '—' : date;
}

/**
 * The sticky heading at the top of the list when the window starts below a year heading: the
 * year of the first event under it and, when that event's row leaves its date to the run above
 * it, the run's date. `undefined` when the window starts at a year heading, which says it all.
 */
export function stickyHeading(index: TimelineIndex, events: readonly TimelineEvent[], top: number): string | undefined {
	const covered = index.rows[top];
	if (top <= 0 || covered === undefined || covered.kind === 'year') return undefined;
	// The first event under the heading, unless a year heading comes first and says it itself.
	let first: number | undefined;
	for (let row = top + 1; row < index.rows.length && first === undefined; row++) {
		const item = index.rows[row];
		if (item?.kind === 'year') return undefined;
		if (item?.kind === 'event') first = item.index;
	}
	const event = first === undefined ? undefined : events[first];
	if (event === undefined) return undefined;
	const below = index.rows[top + 1];
	const date = below?.kind === 'event' && index.dateShown[below.index] === false ? index.dates[below.index] : undefined;
	const year = yearOf(event.date);
	return date === undefined || date === '' || date === '—' || date === year ? year : `${year} · ${date}`;
}

/**
 * The top row's date with its year (`Oct 2008`) when the window starts on an event whose year
 * heading is scrolled away and no sticky heading can say it (the next row is a new year); when
 * that does not fit the date column, undefined.
 */
export function yearedDate(index: TimelineIndex, events: readonly TimelineEvent[], top: number): string | undefined {
	const row = index.rows[top];
	if (top <= 0 || row?.kind !== 'event' || index.rows[top + 1]?.kind !== 'year') return undefined;
	const event = events[row.index];
	const date = index.dates[row.index];
	if (event === undefined || date === undefined || date === '—') return undefined;
	const year = yearOf(event.date);
	const full = date.includes(year) ? date : `${date} ${year}`;
	return displayWidth(full) <= index.dateWidth ? full : undefined;
}

/** The sticky heading as a list row, `width` wide, drawn as a year heading is. */
export function formatSticky(text: string, width: number, style: Style): string {
	const shown = truncate(` ${text}`, width);
	return style.bold(style.accent(shown)) + ' '.repeat(Math.max(0, width - displayWidth(shown)));
}

/**
 * The date column in a list `width` columns wide: as wide as the widest date, but never more than
 * about half the row (one long date, a range with times or "13.8 billion years ago", would
 * otherwise leave no room for any headline); a longer date is cut.
 */
export function dateColumn(index: TimelineIndex, width: number): number {
	return Math.min(index.dateWidth, Math.max(6, Math.floor(width / 2) - 3));
}

/** Columns of an event row before its headline in a list `width` wide: the selection mark, the date column, a space, the stance, a space. */
export function headlineColumn(index: TimelineIndex, width: number): number {
	return 1 + dateColumn(index, width) + 1 + 1 + 1;
}

/** Columns the list would like: every date and headline whole, and a spare column before the divider. */
export function listWidth(timeline: ListSource): number {
	const index = indexTimeline(timeline);
	return 1 + index.dateWidth + 3 + index.headlineWidth + 1;
}

/**
 * One column showing where Massachusetts stood: `J` (bold, in the stance's colour) on an event
 * that states a stance, `j` (dim) on one that carries the last stance forward, blank before any.
 * The letter keeps it readable without colour.
 */
export function stanceMark(own: Stance | undefined, position: Stance | undefined, style: Style): string {
	if (position === undefined) return ' ';
	const paint = (text: string) => paintStance(position, text, style, style.dim);
	const {letter} = stances[position];
	return own === undefined ? style.dim(paint(letter.toLowerCase())) : style.bold(paint(letter));
}

export type RowOptions = {
	width: number;
	selected: boolean;
	/** Whether the timeline pane has the keyboard: the selected row is then drawn in reverse video. */
	focused: boolean;
	style: Style;
	/** The date shown instead of the row's own (the top row's date with its year, its heading scrolled away). */
	date?: string | undefined;
};

/** The selection marker, a glyph so the selection shows without colour. */
export const selectionMarker = '▸';

/** Whether a row's headline is cut at `width`: the selected row then shows it whole on two lines. */
export function headlineOverflows(events: readonly TimelineEvent[], index: TimelineIndex, row: ListRow, width: number): boolean {
	if (row.kind !== 'event') return false;
	const headline = events[row.index]?.headline ?? '';
	return displayWidth(headline) > width - headlineColumn(index, width) - 1;
}

/**
 * One list row, styled and exactly `width` columns wide; the selected row, when its headline does
 * not fit, as two lines (the rest of the headline under its start, cut only if it needs a third).
 */
export function formatRow(events: readonly TimelineEvent[], index: TimelineIndex, row: ListRow, options: RowOptions): string {
	return formatRowLines(events, index, row, {...options, whole: false})[0] ?? '';
}

/** `formatRow` with `whole`: the selected row's headline on as many as two lines. */
export function formatRowLines(events: readonly TimelineEvent[], index: TimelineIndex, row: ListRow, options: RowOptions & {whole: boolean}): string[] {
	const {width, selected, focused, style} = options;
	if (width <= 0) return [''];
	if (row.kind === 'year') {
		const text = truncate(` ${row.year}`, width);
		return [style.bold(style.accent(text)) + ' '.repeat(Math.max(0, width - displayWidth(text)))];
	}
	if (row.kind === 'era') {
		const text = truncate(` ${eraMarker} ${row.text}`, width);
		return [style.dim(text) + ' '.repeat(Math.max(0, width - displayWidth(text)))];
	}
	const event = events[row.index];
	if (event === undefined) return [' '.repeat(width)];
	const date = options.date ?? (index.dateShown[row.index] === false && !selected ? '' : (index.dates[row.index] ?? ''));
	const column = dateColumn(index, width);
	const prefix = `${selected ? selectionMarker : ' '}${padEnd(truncate(date, column), column)} `;
	const room = width - headlineColumn(index, width) - 1;
	if (room < 1) return [fitWidth(prefix, width)];
	const mark = stanceMark(event.stance, index.position[row.index], style);
	const parts = selected && options.whole && displayWidth(event.headline) > room ? wrap(event.headline, room) : [event.headline];
	const second = parts.length > 1 ? truncate(parts.slice(1).join(' '), room) : undefined;
	const line = (lead: string, stance: string, text: string) => {
		const shown = truncate(text, room);
		const pad = ' '.repeat(Math.max(0, room - displayWidth(shown)) + 1);
		if (!selected) return `${lead}${stance} ${shown}${pad}`;
		const painted = `${style.bold(lead)}${stance} ${style.bold(shown)}${pad}`;
		return focused ? style.inverse(painted) : painted;
	};
	const first = line(prefix, mark, parts[0] ?? '');
	return second === undefined ? [first] : [first, line(' '.repeat(displayWidth(prefix)), ' ', second)];
}
