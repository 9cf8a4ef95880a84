/**
 * The time axis: a proportional ruler across the span from the first event to the last, as one or
 * two rows of text plus style spans for the caller to paint (no Ink, no React, no escapes).
 *
 * ```
 *  ▁                                                                  ▇           ▇   events: density per column
 *  ▲ Oct 2008           Jul            Jan 2010      Jul  Dec 2010 J   Jun 2011 R   dates, stance, selection
 * ```
 *
 * Row 0: how many events fall in each column (▁▂▃▅▇ against the busiest column), date ranges
 * that cover several columns as `━`, eras as `─` with their label inside where it fits. Row 1:
 * the selected event `▲`, then the dates, then the stance of each column holding one (`J`
 * joining, `R` refusing, `U` undecided; refusing wins a shared column, so a reversal always
 * shows). The dates come in order of worth: the first and the last moment of the span at the two
 * ends, the calendar ticks, then a date just before each narrow cluster of events that no tick
 * dates; each label whole with a space either side or left out, never overlapping or cut, and
 * moved off a mark when a column or two will do.
 * With one row, the dates are placed first and the marks fill the rest (so a row crowded with
 * events and eras still says when they are), era names go inside their bars between the dates,
 * and the selected column is a `selected` span.
 */
import type {Stance} from '../model/schema.js';
import {chooseTicks, finerUnit, timeLabel, yearLabel, type UnitKind} from './ruler-ticks.js';

/**
 * An event on the axis, in fractional years. `range` marks a real stretch of time (an end date):
 * drawn as a bar; other items are points at `start` (a date known only to the month is not a range).
 * `unit`: the finest calendar unit its date supports (`hour` only for a date with a time; `hour`
 * when not given); the axis never ticks finer than its finest item.
 */
export type RulerItem = {start: number; end: number; stance?: Stance | undefined; selected?: boolean; range?: boolean; unit?: UnitKind};
export type RulerEra = {start: number; end: number; label: string};
export type SpanKind = 'density' | 'range' | 'era' | 'tick' | 'selected' | Stance;
/** Columns `[from, to)` of row `row` to paint as `kind`. */
export type RulerSpan = {row: number; from: number; to: number; kind: SpanKind};
export type Ruler = {rows: string[]; spans: RulerSpan[]};
/**
 * `selected`: the index of the selected item, an alternative to `item.selected` that lets a caller
 * keep one items array (built once per event list) and change only this as the selection moves.
 */
export type RulerOptions = {eras?: readonly RulerEra[]; rows?: 1 | 2; selected?: number | undefined};

const ramp = ['▁', '▂', '▃', '▅', '▇'];
const stanceGlyph: Record<Stance, string> = {joining: 'J', refusing: 'R', undecided: 'U'};
const stanceRank: Record<Stance, number> = {undecided: 0, joining: 1, refusing: 2};

/** One row being drawn: its cells and which are taken, so later layers only fill the gaps. */
class Row {
	readonly cells: string[];
	readonly taken: boolean[];
	readonly spans: RulerSpan[] = [];
	constructor(
		readonly index: number,
		readonly width: number,
	) {
		this.cells = Array.from({length: width}, () => ' ');
		this.taken = Array.from({length: width}, () => false);
	}

	set(column: number, text: string, kind?: SpanKind): void {
		this.cells[column] = text;
		this.taken[column] = true;
		if (kind !== undefined) this.spans.push({row: this.index, from: column, to: column + 1, kind});
	}

	/** Writes `text` from `column` only if it and a space either side are free (a label is whole or absent). */
	place(column: number, text: string, kind: SpanKind): boolean {
		const from = Math.max(0, Math.min(column, this.width - text.length));
		if (from < 0 || text.length > this.width) return false;
		for (let c = from - 1; c <= from + text.length; c++) if (c >= 0 && c < this.width && this.taken[c]) return false;
		for (let i = 0; i < text.length; i++) this.set(from + i, text[i]!);
		this.spans.push({row: this.index, from, to: from + text.length, kind});
		return true;
	}
}

/**
 * What drawing needs from every item, counted once per list and width (O(items)): the span, the
 * events starting in each column, the strongest stance there, the range bars. Drawing from it
 * is O(columns), so the explorer redraws the axis for each move of the selection at any size.
 */
export type RulerScale = {
	columns: number;
	from: number;
	to: number;
	counts: number[];
	stance: Array<Stance | undefined>;
	bars: Array<[number, number]>;
	flagged: number | undefined;
	/** The earliest start in each column with an event: what a label beside it names. */
	earliest: number[];
	/** The finest unit any item's date supports. */
	finest: UnitKind;
};

/** The column of a time on a scale. */
function columnOf(scale: Pick<RulerScale, 'columns' | 'from' | 'to'>, time: number): number {
	const span = scale.to - scale.from || 1;
	return Math.max(0, Math.min(scale.columns - 1, Math.floor(((time - scale.from) / span) * scale.columns)));
}

/** Counts `items` into `width` columns (see `RulerScale`). */
export function rulerScale(width: number, items: readonly RulerItem[]): RulerScale {
	const columns = Math.max(0, Math.floor(width));
	// Loops, not Math.min(...): spreading 100,000 items would overflow the call stack.
	let from = Number.POSITIVE_INFINITY;
	let to = Number.NEGATIVE_INFINITY;
	for (const item of items) {
		from = Math.min(from, item.start);
		to = Math.max(to, item.end);
	}
	const span = to - from || 1;
	const column = (time: number) => columnOf({columns, from, to}, time);
	// Per column: events that start there (a range wider than a column draws a bar instead) and the strongest stance.
	const counts = new Array<number>(columns).fill(0);
	const stance = new Array<Stance | undefined>(columns).fill(undefined);
	const bars: Array<[number, number]> = [];
	let flagged: number | undefined;
	const earliest = new Array<number>(columns).fill(Number.POSITIVE_INFINITY);
	let finest: UnitKind = 'year';
	for (const item of items) {
		finest = finerUnit(finest, item.unit ?? 'hour');
		const first = column(item.start);
		if (item.start < earliest[first]!) earliest[first] = item.start;
		const last = column(Math.max(item.start, item.end - span * 1e-9));
		if (item.range === true && last > first) bars.push([first, last]);
		else counts[first]!++;
		if (item.stance !== undefined && (stance[first] === undefined || stanceRank[item.stance] > stanceRank[stance[first]!])) stance[first] = item.stance;
		if (item.selected === true) flagged = first;
	}
	return {columns, from, to, counts, stance, bars, flagged, earliest, finest};
}

/** Draws the ruler `width` columns wide; empty rows when there is nothing to draw or no room. */
export function drawRuler(width: number, items: readonly RulerItem[], options: RulerOptions = {}): Ruler {
	return drawScale(rulerScale(width, items), items, options);
}

/** Columns between two runs of events for them to count as separate clusters, each with its own label. */
const clusterGap = 3;

/**
 * Places `text` as near `column` as it goes without covering an event's column (searching up to
 * `reach` columns either way), else as near it over the events' marks: a date is worth more than
 * a mark. Never over another label, and with a space either side of it.
 */
function placeLabel(row: Row, column: number, text: string, marked: readonly boolean[], reach: number): boolean {
	const clear = (from: number) => {
		for (let c = from - 1; c <= from + text.length; c++) if (marked[c] === true) return false;
		// Moved past one mark at most (the event it stands by): past more, it would date the wrong one.
		const start = Math.max(0, Math.min(column, row.width - text.length));
		const [low, high] = from > start ? [start, from - 1] : [from + text.length, start + text.length - 1];
		let passed = 0;
		for (let c = low; c <= high; c++) if (marked[c] === true) passed++;
		return passed <= 1;
	};
	for (const careful of [true, false]) {
		for (let shift = 0; shift <= reach; shift++) {
			for (const at of shift === 0 ? [column] : [column + shift, column - shift]) {
				const from = Math.max(0, Math.min(at, row.width - text.length));
				if ((!careful || clear(from)) && row.place(from, text, 'tick')) return true;
			}
		}
	}
	return false;
}

/** An era's label inside its bar `[first, last]` among the dates already placed: centred if it can be, else as near the centre as fits. */
function placeInside(row: Row, first: number, last: number, label: string): boolean {
	const centre = first + Math.floor((last - first + 1 - label.length) / 2);
	for (let shift = 0; centre - shift >= first || centre + shift + label.length - 1 <= last; shift++) {
		for (const at of shift === 0 ? [centre] : [centre - shift, centre + shift]) {
			if (at >= first && at + label.length - 1 <= last && row.place(at, label, 'era')) return true;
		}
	}
	return false;
}

/**
 * Draws a ruler from its scale (the `items` it was counted from give the selected item's place).
 * Dates first: the first and the last date of the span at the two ends, the calendar ticks, a
 * date beside each narrow cluster of events no tick dates; marks fill the rest, so even a row
 * crowded with events and eras says when they are.
 */
export function drawScale(scale: RulerScale, items: readonly RulerItem[], {eras = [], rows = 2, selected: selectedIndex}: RulerOptions = {}): Ruler {
	const {columns, from, to, counts, stance, bars, earliest} = scale;
	if (columns === 0 || items.length === 0) return {rows: Array.from({length: rows}, () => ''), spans: []};
	const span = to - from || 1;
	const column = (time: number) => columnOf(scale, time);
	const chosen = selectedIndex === undefined ? undefined : items[selectedIndex];
	const selected = chosen === undefined ? scale.flagged : column(chosen.start);
	const busiest = counts.reduce((most, count) => Math.max(most, count), 1);
	const top = new Row(0, columns);
	const labels = rows === 2 ? new Row(1, columns) : top;
	// What labels go around when they can: the marks on their own row (events and bars on one row, stance letters on two).
	const marked = rows === 2 ? stance.map(value => value !== undefined) : counts.map(count => count > 0);
	if (rows === 1) for (const [first, last] of bars) for (let c = first; c <= last; c++) marked[c] = true;
	const events = counts.map(count => count > 0);
	for (const [first, last] of bars) for (let c = first; c <= last; c++) events[c] = true;

	if (selected !== undefined && rows === 2) labels.set(selected, '▲', 'selected');
	const {ticks, endKind, first, last} = chooseTicks(from, to, columns, scale.finest);
	const reach = Math.max(2, Math.max(first.length, last.length) + 1);
	if (first !== '') placeLabel(labels, 0, first, marked, reach);
	if (last !== '' && last !== first) placeLabel(labels, columns - last.length, last, marked, reach);
	for (const tick of ticks) placeLabel(labels, column(tick.time), tick.label, marked, 1);
	// A narrow cluster of events gets its own date just before it (or after, where it cannot), the biggest first.
	const clusters: Array<{first: number; last: number; count: number}> = [];
	for (let c = 0; c < columns; c++) {
		if (!events[c]) continue;
		const open = clusters[clusters.length - 1];
		if (open !== undefined && c - open.last <= clusterGap) {
			open.last = c;
			open.count += counts[c]!;
		} else clusters.push({first: c, last: c, count: counts[c]!});
	}
	for (const cluster of [...clusters].sort((a, b) => b.count - a.count)) {
		const time = earliest[cluster.first]!;
		// A bare year beside a cluster would read as one more yearly tick, out of step with the others.
		if (!Number.isFinite(time) || cluster.last - cluster.first > clusterGap || endKind === 'year') continue;
		// An event dated by its year alone starts on a whole year: its label is the year. None where a tick says it.
		const byYear = Math.abs(time - Math.round(time)) < 1e-9;
		const text = byYear ? yearLabel(Math.round(time)) : endKind === 'hour' ? timeLabel(time, 'hour', false) : timeLabel(time, endKind, endKind !== 'day');
		// A tick at the cluster already dates it.
		if (ticks.some(tick => tick.label === text || (column(tick.time) >= cluster.first - text.length - 2 && column(tick.time) <= cluster.last + 2))) continue;
		const before = cluster.first - 1 - text.length;
		if (before >= 0 && labels.place(before, text, 'tick')) continue;
		if (cluster.last + 2 + text.length <= columns) labels.place(cluster.last + 2, text, 'tick');
	}

	// Eras: a bar under everything else on the top row, its label inside where there is room.
	const eraBars = eras.map(era => ({era, first: column(Math.max(from, era.start)), last: column(Math.min(to, era.end) - span * 1e-9)}));
	if (rows === 1) for (const {era, first: start, last: end} of eraBars) placeInside(top, start, end, era.label);
	for (const [c, count] of counts.entries()) {
		if (count > 0 && !top.taken[c]) top.set(c, ramp[Math.min(ramp.length - 1, Math.ceil((count / busiest) * ramp.length) - 1)]!, stance[c] ?? 'density');
	}
	for (const [start, end] of bars) for (let c = start; c <= end; c++) if (!top.taken[c]) top.set(c, '━', 'range');
	for (const {era, first: start, last: end} of eraBars) {
		for (let c = start; c <= end; c++) if (!top.taken[c]) top.set(c, '─', 'era');
		const free = top.cells.slice(start, end + 1).filter(cell => cell === '─').length;
		if (rows === 2 && free >= era.label.length + 4) {
			// Inside the bar: un-take its cells so the label can go where only the bar is.
			for (let c = start; c <= end; c++) if (top.cells[c] === '─') top.taken[c] = false;
			top.place(start + Math.floor((end - start + 1 - era.label.length) / 2), era.label, 'era');
			for (let c = start; c <= end; c++) if (top.cells[c] === '─') top.taken[c] = true;
		}
	}
	if (selected !== undefined && rows === 1) top.spans.push({row: 0, from: selected, to: selected + 1, kind: 'selected'});
	if (rows === 2) for (const [c, value] of stance.entries()) if (value !== undefined && !labels.taken[c]) labels.set(c, stanceGlyph[value], value);

	const drawn = rows === 2 ? [top, labels] : [top];
	return {rows: drawn.map(row => row.cells.join('').trimEnd()), spans: drawn.flatMap(row => row.spans)};
}
