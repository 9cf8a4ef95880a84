/**
 * Time as fractional astronomical years (2011.42; 1 BC is 0; the Big Bang about -13.8e9): the one
 * scale the time axis, `--since`/`--until` and jumping to a date share, so they cannot disagree.
 */
import type {TimelineDate, TimelineEvent} from './schema.js';
import {dateParts, isLeap, yearsOf} from './dates.js';

/** A stretch of time: `start` inclusive, `end` exclusive, in fractional years. */
export type Span = {start: number; end: number};

function daysInYear(year: number): number {
	return isLeap(year) ? 366 : 365;
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

/** The stretch of time a date covers at its precision: a year, a month, a day, or an instant when it has a time. */
function period(date: TimelineDate): Span {
	const at = yearsOf(date);
	if (date.time !== undefined) return {start: at, end: at};
	const {month, day} = dateParts(date.value);
	if (month === undefined) return {start: at, end: at + 1};
	return calendarSpan(Math.floor(at), month, day);
}

/** Whether `end` is before `date` (a range written backwards): it is over before the date begins, and is not the same instant. */
export function endsBefore(date: TimelineDate, end: TimelineDate): boolean {
	const first = period(date);
	const last = period(end);
	return last.end < first.start || (last.end === first.start && last.start < last.end);
}

/**
 * The time an event covers: from the start of its date to the end of its end date (or of its own
 * date): `2013` is the whole year, `1066`–`1087` runs to the end of 1087. The time axis, `--since`
 * and `--until` and the jump to a date all take spans from here.
 */
export function eventSpan(event: Pick<TimelineEvent, 'date' | 'end'>): Span {
	const first = period(event.date);
	return event.end === undefined ? first : {start: first.start, end: Math.max(first.end, period(event.end).end)};
}
