/** Dates at their precision: ordering and display. Nothing here invents a day the data does not give. */
import type {TimelineDate} from './schema.js';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The value's length a precision needs: `2013`, `2008-10`, `2010-12-17`. */
export const valueLength = {year: 4, month: 7, day: 10, reported: 10} as const;

/** Coarser precision first on the same prefix: "October 2008" comes before "October 5, 2008". */
const rank = {year: 0, month: 1, reported: 2, day: 3} as const;

/** Orders dates by their value, then by precision (coarser first). */
export function compareDates(a: TimelineDate, b: TimelineDate): number {
	const shared = Math.min(a.value.length, b.value.length);
	// Plain comparison of ISO strings: localeCompare would start a collator (milliseconds at start-up) for no gain.
	const left = a.value.slice(0, shared);
	const right = b.value.slice(0, shared);
	if (left !== right) return left < right ? -1 : 1;
	return rank[a.precision] - rank[b.precision];
}

/** True when `value` names a real calendar day, month or year (rejects 2011-02-30). */
export function isCalendarDate(value: string): boolean {
	const [y, m, d] = value.split('-').map(Number);
	if (y === undefined || Number.isNaN(y)) return false;
	if (m === undefined) return true;
	if (m < 1 || m > 12) return false;
	if (d === undefined) return true;
	// setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999 (0000-02-29 is a real leap day).
	const last = new Date(0);
	last.setUTCFullYear(y, m, 0);
	const days = last.getUTCDate();
	return d >= 1 && d <= days;
}

function parts(value: string): {year: string; month?: number; day?: number} {
	const [year = '', m, d] = value.split('-');
	return {year, month: m === undefined ? undefined : Number(m), day: d === undefined ? undefined : Number(d)};
}

/** Long form: `December 17, 2010`, `October 2008`, `2013`, `by June 6, 2011`. */
export function formatDate(date: TimelineDate): string {
	const {year, month, day} = parts(date.value);
	const name = month === undefined ? '' : (monthNames[month - 1] ?? '');
	switch (date.precision) {
		case 'year':
			return year;
		case 'month':
			return `${name} ${year}`;
		case 'day':
			return `${name} ${day}, ${year}`;
		case 'reported':
			return `by ${name} ${day}, ${year}`;
	}
}

/** Short form for the timeline list, the year shown in its group header: `Dec 17`, `Oct`, `—`, `by Jun 6`. */
export function formatShortDate(date: TimelineDate): string {
	const {month, day} = parts(date.value);
	const name = month === undefined ? '' : (months[month - 1] ?? '');
	switch (date.precision) {
		case 'year':
			return '';
		case 'month':
			return name;
		case 'day':
			return `${name} ${day}`;
		case 'reported':
			return `by ${name} ${day}`;
	}
}

/**
 * Compact form with the year, for one-line listings where the long form would crowd out the
 * headline: `Dec 17, 2010`, `Oct 2008`, `2013`, `by Jun 6, 2011`.
 */
export function formatMediumDate(date: TimelineDate): string {
	const short = formatShortDate(date);
	const year = date.value.slice(0, 4);
	if (date.precision === 'year') return year;
	return date.precision === 'month' ? `${short} ${year}` : `${short}, ${year}`;
}

/** The year a date falls in, for grouping. */
export function yearOf(date: TimelineDate): string {
	return date.value.slice(0, 4);
}
