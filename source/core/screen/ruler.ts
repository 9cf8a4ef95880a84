/**
 * The time axis: a proportional ruler across the span from the first event to the last, as one or
 * two rows of text plus style spans for the caller to paint (no Ink, no React, no escapes).
 *
 * ```
 *  ▁                                       ▇▃                          ▅▂▇    events: density per column
 *  Oct 2008  2009        2010          2011 J                         R ▲     ticks, stance, selection
 * ```
 *
 * Row 0: how many events fall in each column (▁▂▃▅▇ against the busiest column), date ranges
 * that cover several columns as `━`, eras as `─` with their label inside where it fits. Row 1:
 * the selected event `▲`, then the stance of each column holding one (`J` joining, `R` refusing,
 * `U` undecided; refusing wins a shared column, so a reversal always shows), then the first date
 * and the ticks, each label whole with a space either side or left out: never overlapping or cut.
 * With one row, labels go into the gaps of row 0 and the selected column is a `selected` span.
 */
import type {Stance} from '../model/schema.js';
import {chooseTicks, timeLabel} from './ruler-ticks.js';

/**
 * An event on the axis, in fractional years. `range` marks a real stretch of time (an end date):
 * drawn as a bar; other items are points at `start` (a date known only to the month is not a range).
 */
export type RulerItem = {start: number; end: number; stance?: Stance | undefined; selected?: boolean; range?: boolean};
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
export type RulerScale = {columns: number; from: number; to: number; counts: number[]; stance: Array<Stance | undefined>; bars: Array<[number, number]>; flagged: number | undefined};

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
	for (const item of items) {
		const first = column(item.start);
		const last = column(Math.max(item.start, item.end - span * 1e-9));
		if (item.range === true && last > first) bars.push([first, last]);
		else counts[first]!++;
		if (item.stance !== undefined && (stance[first] === undefined || stanceRank[item.stance] > stanceRank[stance[first]!])) stance[first] = item.stance;
		if (item.selected === true) flagged = first;
	}
	return {columns, from, to, counts, stance, bars, flagged};
}

/** Draws the ruler `width` columns wide; empty rows when there is nothing to draw or no room. */
export function drawRuler(width: number, items: readonly RulerItem[], options: RulerOptions = {}): Ruler {
	return drawScale(rulerScale(width, items), items, options);
}

/** Draws a ruler from its scale (the `items` it was counted from give the selected item's place). */
export function drawScale(scale: RulerScale, items: readonly RulerItem[], {eras = [], rows = 2, selected: selectedIndex}: RulerOptions = {}): Ruler {
	const {columns, from, to, counts, stance, bars} = scale;
	if (columns === 0 || items.length === 0) return {rows: Array.from({length: rows}, () => ''), spans: []};
	const span = to - from || 1;
	const column = (time: number) => columnOf(scale, time);
	const chosen = selectedIndex === undefined ? undefined : items[selectedIndex];
	const selected = chosen === undefined ? scale.flagged : column(chosen.start);
	const busiest = counts.reduce((most, count) => Math.max(most, count), 1);
	const top = new Row(0, columns);
	for (const [c, count] of counts.entries()) {
		if (count > 0) top.set(c, ramp[Math.min(ramp.length - 1, Math.ceil((count / busiest) * ramp.length) - 1)]!, stance[c] ?? 'density');
	}
	for (const [first, last] of bars) for (let c = first; c <= last; c++) if (!top.taken[c]) top.set(c, '━', 'range');
	for (const era of eras) {
		const first = column(Math.max(from, era.start));
		const last = column(Math.min(to, era.end) - span * 1e-9);
		for (let c = first; c <= last; c++) if (!top.taken[c]) top.set(c, '─', 'era');
		const free = top.cells.slice(first, last + 1).filter(cell => cell === '─').length;
		if (free >= era.label.length + 4) {
			// Inside the bar: un-take its cells so the label can go where only the bar is.
			for (let c = first; c <= last; c++) if (top.cells[c] === '─') top.taken[c] = false;
			top.place(first + Math.floor((last - first + 1 - era.label.length) / 2), era.label, 'era');
			for (let c = first; c <= last; c++) if (top.cells[c] === '─') top.taken[c] = true;
		}
	}

	const labels = rows === 2 ? new Row(1, columns) : top;
	if (selected !== undefined) {
		if (rows === 2) labels.set(selected, '▲', 'selected');
		else top.spans.push({row: 0, from: selected, to: selected + 1, kind: 'selected'});
	}
	if (rows === 2) for (const [c, value] of stance.entries()) if (value !== undefined && !labels.taken[c]) labels.set(c, stanceGlyph[value], value);
	const {ticks, kind} = chooseTicks(from, to, columns);
	labels.place(0, timeLabel(from, kind, true), 'tick');
	for (const tick of ticks) labels.place(column(tick.time), tick.label, 'tick');

	const drawn = rows === 2 ? [top, labels] : [top];
	return {rows: drawn.map(row => row.cells.join('').trimEnd()), spans: drawn.flatMap(row => row.spans)};
}
