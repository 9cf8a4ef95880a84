/**
 * Time as fractional astronomical years (2011.42; 1 BC is 0; the Big Bang about -13.8e9): the one
 * scale the time axis, `--since`/`--until` and jumping to a date share, so they cannot disagree.
 */
import type {TimelineEvent} from './schema.js';

/** A stretch of time: `start` inclusive, `end` exclusive, in fractional years. */
export type Span = {start: number; end: number};

function daysInYear(year: number): number {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

/** Days before each month in a common year; a leap year adds one from March. */
const cumulativeDays = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Days before month `month` (1-12) of `year`. */
function daysBefore(year: number, month: number): number {
	return cumulativeDays[month - 1]! + (month > 2 && daysInYear(year) === 366 ? 1 : 0);
}

/** Days in month `month` (1-12) of `year`, proleptic Gregorian. */
export function daysInMonth(year: number, month: number): number {
	return month === 2 ? (daysInYear(year) === 366 ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The span of a calendar year, month (1-12) or day: `calendarSpan(2011, 6)` is June 2011. */
export function calendarSpan(year: number, month?: number, day?: number): Span {
	if (month === undefined) return {start: year, end: year + 1};
	const length = daysInYear(year);
	const first = daysBefore(year, month) + (day ?? 1) - 1;
	const days = day === undefined ? daysInMonth(year, month) : 1;
	return {start: year + first / length, end: year + (first + days) / length};
}

/** The calendar day a fractional year falls on: `{year, month (1-12), day}`. */
export function calendarOf(time: number): {year: number; month: number; day: number} {
	const year = Math.floor(time);
	let dayOfYear = Math.floor((time - year) * daysInYear(year) + 1e-9);
	let month = 1;
	while (month < 12 && dayOfYear >= daysInMonth(year, month)) dayOfYear -= daysInMonth(year, month++);
	return {year, month, day: dayOfYear + 1};
}

/**
 * The span of an event under today's date model (`value` is `YYYY[-MM[-DD]]`; `reported` is a day).
 * Swapped for core/dates.ts's `eventSpan` once that lands (BC and cosmological dates, end dates);
 * everything else takes spans from here, so the swap is this one function.
 */
export function legacyEventSpan(event: Pick<TimelineEvent, 'date'>): Span {
	// Sliced, not split: this runs for every event on every filter and axis drawing.
	const {value} = event.date;
	return calendarSpan(Number(value.slice(0, 4)), value.length >= 7 ? Number(value.slice(5, 7)) : undefined, value.length >= 10 ? Number(value.slice(8, 10)) : undefined);
}
