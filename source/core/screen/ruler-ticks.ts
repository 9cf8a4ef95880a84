/**
 * Ticks for the time axis: the finest calendar step (hours, days, months, years, then 1-2-5
 * multiples of years up to billions) whose labels fit between ticks, and labels a reader can
 * take in at every scale: `09:00`, `Jun 3`, `Jun 2011`, `2011`, `44 BC`, `13.8 billion years ago`.
 */
import {calendarOf, calendarSpan} from '../model/span.js';

export type Tick = {time: number; label: string};

/** A calendar unit of the axis, and the finest one a timeline's dates support. */
export type UnitKind = 'hour' | 'day' | 'month' | 'year';

type Unit = {kind: UnitKind; step: number};

const unitRank: Record<UnitKind, number> = {hour: 0, day: 1, month: 2, year: 3};

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const hoursPerYear = 365.2425 * 24;
/** Below this year (about 10,000 BC) a calendar year means little: times read as "years ago". */
const deepTime = -9999;

const yearSteps: number[] = [];
for (let power = 1; power <= 1e10; power *= 10) yearSteps.push(power, 2 * power, 5 * power);

/** Candidate steps, finest first. */
const units: Unit[] = [
	...[1, 3, 6, 12].map(step => ({kind: 'hour' as const, step})),
	...[1, 2, 7, 14].map(step => ({kind: 'day' as const, step})),
	...[1, 3, 6].map(step => ({kind: 'month' as const, step})),
	...yearSteps.map(step => ({kind: 'year' as const, step})),
];

function approximateYears({kind, step}: Unit): number {
	return step * (kind === 'hour' ? 1 / hoursPerYear : kind === 'day' ? 1 / 365.2425 : kind === 'month' ? 1 / 12 : 1);
}

/** 13800000000 → `13.8 billion`, 2500000 → `2.5 million`, 12000 → `12,000`. */
export function largeNumber(value: number): string {
	const round = (n: number) => String(Number(n.toPrecision(3)));
	if (value >= 1e9) return `${round(value / 1e9)} billion`;
	if (value >= 1e6) return `${round(value / 1e6)} million`;
	return Math.round(value).toLocaleString('en-US');
}

/** A year as read: `2011`, `44 BC` (astronomical year -43), or `13.8 billion years ago` in deep time. */
export function yearLabel(year: number, deep = false): string {
	if (year < deepTime || (deep && year < 1)) return year > -0.5 ? 'present' : `${largeNumber(-year)} years ago`;
	return year <= 0 ? `${1 - year} BC` : String(year);
}

/**
 * A point in time at a unit's precision. `full` adds the year (or date) where a label would
 * otherwise be ambiguous: the first label, and the start of a new year.
 */
export function timeLabel(time: number, kind: Unit['kind'], full: boolean): string {
	const year = Math.floor(time);
	// Tick times are whole years give or take rounding: 1999.9999999 is 2000.
	if (kind === 'year' || year < deepTime) return yearLabel(Math.floor(time + 1e-6));
	const {month, day} = calendarOf(time);
	const name = monthNames[month - 1]!;
	if (kind === 'month') return full || month === 1 ? `${name} ${yearLabel(year)}` : name;
	if (kind === 'day') return full ? `${name} ${day}, ${yearLabel(year)}` : `${name} ${day}`;
	const dayStart = calendarSpan(year, month, day);
	const hour = Math.round(((time - dayStart.start) / (dayStart.end - dayStart.start)) * 24);
	// Midnight starts a day: the tick says which one, not `00:00`.
	if (hour % 24 === 0) return timeLabel(hour === 24 ? dayStart.end + 1e-9 : time, 'day', full);
	const clock = `${String(hour).padStart(2, '0')}:00`;
	return full ? `${name} ${day}, ${yearLabel(year)} ${clock}` : clock;
}

/** Whether a time is the start of a year: an end there was dated by the year alone. */
const wholeYear = (time: number) => Math.abs(time - Math.round(time)) < 1e-9;

/** The label at the start of the axis: the first moment of the span at a unit's precision, in full. */
export function startLabel(from: number, kind: UnitKind): string {
	return kind === 'month' && wholeYear(from) ? yearLabel(Math.round(from)) : timeLabel(from, kind, true);
}

/** The label at the end of the axis: the last moment of the span at a unit's precision, in full. */
export function endLabel(from: number, to: number, kind: UnitKind): string {
	if (kind === 'month' && wholeYear(to)) return yearLabel(Math.round(to) - 1);
	// A few minutes before the end: inside the last event, clear of rounding to the next year.
	const last = Math.max(from, to - Math.max(1e-5, (to - from) * 1e-9));
	return timeLabel(last, kind, kind !== 'hour');
}

/** Tick times of a unit between `from` and `to`, at most `limit` of them (undefined when more). */
function tickTimes(unit: Unit, from: number, to: number, limit: number): number[] | undefined {
	const times: number[] = [];
	const push = (time: number) => {
		if (time >= from && time <= to) times.push(time);
		return times.length <= limit;
	};
	if (unit.kind === 'year') {
		for (let time = Math.ceil(from / unit.step) * unit.step; time <= to; time += unit.step) {
			// BC years on round numbers too: 10 BC is astronomical -9. There is no year 0 to mark.
			const bc = time <= 0 && unit.step > 1 && unit.step < 1e4;
			if (bc && time === 0) continue;
			if (!push(bc ? time + 1 : time)) return undefined;
		}
		return times;
	}
	if ((to - from) / approximateYears(unit) > limit + 2) return undefined;
	let {year, month, day} = calendarOf(from);
	for (;;) {
		const span = calendarSpan(year, month, unit.kind === 'month' ? undefined : day);
		if (span.start > to) return times;
		const aligned = unit.kind === 'month' ? (month - 1) % unit.step === 0 : unit.kind === 'day' ? (day - 1) % unit.step === 0 && (unit.step === 1 || day + unit.step - 1 <= 28) : true;
		if (unit.kind === 'hour') {
			for (let hour = 0; hour < 24; hour += unit.step) if (!push(span.start + ((span.end - span.start) * hour) / 24)) return undefined;
		} else if (aligned && !push(span.start)) return undefined;
		const next = calendarOf(span.end + 1e-12);
		({year, month, day} = next);
	}
}

/**
 * The ticks for an axis `columns` wide over [from, to): the finest unit, no finer than `finest`
 * (the events' own precision: no hours for events without times), whose labels all fit with a
 * space between them at their columns, together with the first date at the left edge and the
 * last at the right. A tick that would touch either end's label makes the unit too fine, so no
 * tick is ever dropped from a regular run (no 2014 and 2018 without the 2016 between). Empty
 * when not even one label fits.
 */
export function chooseTicks(from: number, to: number, columns: number, finest: UnitKind = 'hour'): {ticks: Tick[]; kind: UnitKind; endKind: UnitKind; first: string; last: string} {
	const span = to - from;
	const column = (time: number) => Math.floor(((time - from) / span) * columns);
	for (const unit of units) {
		if (unitRank[unit.kind] < unitRank[finest]) continue;
		if ((approximateYears(unit) / span) * columns < 3) continue;
		const times = tickTimes(unit, from, to, columns);
		if (times === undefined || times.length === 0) continue;
		// On a scale of ten thousand years and more, every tick counts back from the present.
		const deep = unit.kind === 'year' && unit.step >= 1e4;
		// The ends (and a cluster's own label) a step finer than yearly ticks: `Oct 2008` by `2009`.
		const endKind = unit.kind === 'year' && unit.step <= 2 && unitRank[finest] <= unitRank.month ? 'month' : unit.kind;
		const first = deep ? yearLabel(Math.round(from), true) : startLabel(from, endKind);
		const last = deep ? yearLabel(Math.round(to), true) : endLabel(from, to, endKind);
		// The ends name their own moments; a tick too close to an end's label gives way to it only
		// when within a step of it (the end stands in for it), else the unit is too fine.
		const step = approximateYears(unit);
		const ticks = times
			.filter(time => time > from && time < to)
			.map(time => ({time, label: deep ? yearLabel(Math.round(time), true) : timeLabel(time, unit.kind, false)}))
			.filter(tick => tick.label !== first && tick.label !== last)
			.filter(tick => !((tick.time - from < step && column(tick.time) <= first.length) || (to - tick.time < step && column(tick.time) + tick.label.length >= columns - last.length)));
		const ends =
			first === last
				? [{from: 0, to: first.length}]
				: [
						{from: 0, to: first.length},
						{from: columns - last.length, to: columns},
					];
		const placed = [...ends, ...ticks.map(tick => ({from: column(tick.time), to: column(tick.time) + tick.label.length}))].sort((a, b) => a.from - b.from);
		if (placed.every((label, i) => label.from >= 0 && label.to <= columns && (i === 0 || label.from > placed[i - 1]!.to))) return {ticks, kind: unit.kind, endKind, first, last};
	}
	return {ticks: [], kind: 'year', endKind: 'year', first: '', last: ''};
}

/** The finest unit a date of this precision supports on the axis. */
export function unitOfPrecision(precision: 'day' | 'month' | 'year' | 'reported', time: boolean): UnitKind {
	if (time) return 'hour';
	return precision === 'reported' ? 'day' : precision;
}

/** The finer of two units. */
export function finerUnit(a: UnitKind, b: UnitKind): UnitKind {
	return unitRank[a] <= unitRank[b] ? a : b;
}
