/**
 * Dates at their precision: ordering, display and position on a time axis, shared by the explorer,
 * printed output and export. Nothing here invents a day (or a minute) the data does not give.
 *
 * A value's year is written as TimelineJS writes it: `-138` is 138 BC, and a year of a million or
 * more either side is on the cosmological scale (`-13800000000`, the Big Bang). Years are never
 * zero-padded on display (`602`, not `0602`).
 */
import type {TimelineDate, TimelineEvent} from './schema.js';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How many `-`-separated parts after the year a precision needs: `2013`, `2008-10`, `2010-12-17`. */
export const valueParts = {year: 0, month: 1, day: 2, reported: 2} as const;

/** Coarser precision first on the same prefix: "October 2008" comes before "October 5, 2008". */
const rank = {year: 0, month: 1, reported: 2, day: 3} as const;

/** Years this far from zero are shown as "million/billion years ago", as on TimelineJS's cosmological scale. */
const cosmological = 1_000_000;

export type DateParts = {year: number; month?: number; day?: number};

/** The number written in `value` from `from` to `to`: digits only, else NaN (an empty part is 0, as `Number('')`). */
function digits(value: string, from: number, to: number): number {
	let number = 0;
	for (let i = from; i < to; i++) {
		const digit = value.charCodeAt(i) - 48;
		if (digit < 0 || digit > 9) return Number.NaN;
		number = number * 10 + digit;
	}
	return number;
}

/** The numbers in a date's value: `-138-03` is year -138, month 3. */
export function dateParts(value: string): DateParts {
	// Read in place: at 100,000 events, splitting made three strings per date and was most of a load's date work.
	const negative = value.charCodeAt(0) === 0x2d;
	const from = negative ? 1 : 0;
	const first = value.indexOf('-', from);
	const second = first === -1 ? -1 : value.indexOf('-', first + 1);
	const yearEnd = first === -1 ? value.length : first;
	const size = yearEnd - from;
	// Long runs of digits, and anything but digits, as Number reads them (exponents, spaces, more parts).
	if (size > 15 || (second !== -1 && value.indexOf('-', second + 1) !== -1)) return splitParts(value);
	const y = digits(value, from, yearEnd);
	const m = first === -1 ? undefined : digits(value, first + 1, second === -1 ? value.length : second);
	const d = second === -1 ? undefined : digits(value, second + 1, value.length);
	if (Number.isNaN(y) || (m !== undefined && Number.isNaN(m)) || (d !== undefined && Number.isNaN(d))) return splitParts(value);
	return {year: negative ? -y : y, month: m, day: d};
}

/** `dateParts` by splitting, for values that are not plain digits. */
function splitParts(value: string): DateParts {
	const negative = value.startsWith('-');
	const [y = '', m, d] = (negative ? value.slice(1) : value).split('-');
	const year = negative ? -Number(y) : Number(y);
	return {year, month: m === undefined ? undefined : Number(m), day: d === undefined ? undefined : Number(d)};
}

/** Milliseconds since midnight of a `HH[:MM[:SS[.mmm]]]` time. */
function timeMs(time: string): number {
	const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
	return Math.round(((h * 60 + m) * 60 + s) * 1000);
}

/** Within a year: month, day, precision and time as one number that orders the same way. */
function withinYear(date: TimelineDate, {month = 0, day = 0}: DateParts = dateParts(date.value)): number {
	const time = date.time === undefined ? 0 : timeMs(date.time) + 1;
	return ((month * 32 + day) * 4 + rank[date.precision]) * 86_400_001 + time;
}

/** Orders dates by their value, then by precision (coarser first), then by time of day (none first). */
export function compareDates(a: TimelineDate, b: TimelineDate): number {
	const year = dateParts(a.value).year - dateParts(b.value).year;
	return year === 0 ? withinYear(a) - withinYear(b) : year;
}

/**
 * Events put into date order, keeping the file's order for equal dates. Each date is read once, not
 * once per comparison (`read`, which can go a slice at a time), and events already in order are
 * left as they are.
 */
export class DateOrder {
	private readonly years: Float64Array;
	private readonly rest: Float64Array;
	private ordered = true;
	private next = 0;

	constructor(private readonly events: TimelineEvent[]) {
		this.years = new Float64Array(events.length);
		this.rest = new Float64Array(events.length);
	}

	/** Reads the dates of the next `count` events; true once every date is read. */
	read(count = this.events.length): boolean {
		const {events, years, rest} = this;
		const end = Math.min(events.length, this.next + count);
		for (let index = this.next; index < end; index++) {
			const date = events[index]!.date;
			const parts = dateParts(date.value);
			years[index] = parts.year;
			rest[index] = withinYear(date, parts);
			if (this.ordered && index > 0 && !(years[index - 1]! < parts.year || (years[index - 1] === parts.year && rest[index - 1]! <= rest[index]!))) this.ordered = false;
		}
		this.next = end;
		return end === events.length;
	}

	/** Sorts the events in place, once every date is read. */
	sort(): void {
		const {events, years, rest} = this;
		if (this.ordered) return;
		const order = packedOrder(years, rest) ?? Array.from(events.keys()).sort((a, b) => years[a]! - years[b]! || rest[a]! - rest[b]! || a - b);
		const copy = events.slice();
		for (let index = 0; index < order.length; index++) events[index] = copy[order[index]!]!;
	}
}

/** The `rest` of a date without a time of day, divided out: under 12·32·4·4. */
const restUnit = 86_400_001;
const restSpan = 12 * 32 * 4 * 4;
/** Years either side of zero that `packedOrder` takes. */
const packedYears = 100_000;

/**
 * The stable order of dates read by `DateOrder`, sorted as numbers in one native pass rather than by
 * a comparison function: year, rest and place packed into one exact number. Undefined when they do
 * not fit (a time of day, a year beyond a hundred thousand).
 */
function packedOrder(years: Float64Array, rest: Float64Array): Float64Array | undefined {
	const count = years.length;
	// Exact while below 2^53: 200,000 years × 6,144 × count, for up to seven million events.
	if ((2 * packedYears * restSpan + restSpan) * count >= Number.MAX_SAFE_INTEGER) return undefined;
	const keys = new Float64Array(count);
	for (let index = 0; index < count; index++) {
		const year = years[index]!;
		const within = rest[index]! / restUnit;
		if (!Number.isInteger(within) || !Number.isInteger(year) || Math.abs(year) >= packedYears) return undefined;
		keys[index] = ((year + packedYears) * restSpan + within) * count + index;
	}
	keys.sort();
	for (let index = 0; index < count; index++) keys[index] = keys[index]! % count;
	return keys;
}

/** Sorts events in place into date order, keeping the file's order for equal dates (see `DateOrder`). */
export function sortEvents(events: TimelineEvent[]): void {
	const order = new DateOrder(events);
	order.read();
	order.sort();
}

/** True when `value` names a real calendar day, month or year (rejects 2011-02-30). */
export function isCalendarDate(value: string): boolean {
	const {year, month, day} = dateParts(value);
	if (Number.isNaN(year)) return false;
	if (month === undefined) return true;
	if (month < 1 || month > 12) return false;
	if (day === undefined) return true;
	// Whole numbers in the range any timeline uses: counted, not made into a Date (100,000 events have 100,000 dates).
	if (Number.isInteger(year) && Number.isInteger(month) && Math.abs(year) <= 100_000) return day >= 1 && day <= (month === 2 ? (isLeap(year) ? 29 : 28) : monthDays[month - 1]!);
	// setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999 (0000-02-29 is a real leap day).
	const last = new Date(0);
	last.setUTCFullYear(year, month, 0);
	return day >= 1 && day <= last.getUTCDate();
}

/** A number without trailing zeros after the point, at most `digits` decimals: 13.8, 13.79963. */
function trimmed(value: number, digits: number): string {
	return value.toFixed(digits).replace(/\.?0+$/, '');
}

/** A year as a reader says it: `2013`, `602`, `138 BC`, `13.8 billion years ago`, `65 million years ago`. */
export function formatYear(year: number): string {
	const size = Math.abs(year);
	if (size >= cosmological) {
		const [unit, scale] = size >= 1e9 ? ['billion', 1e9] : ['million', 1e6];
		return `${trimmed(size / scale, 6)} ${unit} years ${year < 0 ? 'ago' : 'from now'}`;
	}
	return year < 0 ? `${size} BC` : String(year);
}

/** The time of day as written, cut to what is known: `09:05`, `18:30:15`, `09h` for the hour alone. */
export function formatTime(time: string): string {
	return time.length === 2 ? `${time}h` : time;
}

/** Long form: `December 17, 2010`, `October 2008`, `138 BC`, `by June 6, 2011`, `June 3, 2011, 09:05`. */
export function formatDate(date: TimelineDate): string {
	const {year, month, day} = dateParts(date.value);
	const name = month === undefined ? '' : (monthNames[month - 1] ?? '');
	const label = formatYear(year);
	const time = date.time === undefined ? '' : `, ${formatTime(date.time)}`;
	switch (date.precision) {
		case 'year':
			return label;
		case 'month':
			return `${name} ${label}`;
		case 'day':
			return `${name} ${day}, ${label}${time}`;
		case 'reported':
			return `by ${name} ${day}, ${label}`;
	}
}

/** Short form for the timeline list, the year shown in its group header: `Dec 17`, `Oct`, ``, `by Jun 6`, `Dec 17 09:05`. */
export function formatShortDate(date: TimelineDate): string {
	const {month, day} = dateParts(date.value);
	const name = month === undefined ? '' : (months[month - 1] ?? '');
	switch (date.precision) {
		case 'year':
			return '';
		case 'month':
			return name;
		case 'day':
			return date.time === undefined ? `${name} ${day}` : `${name} ${day} ${formatTime(date.time)}`;
		case 'reported':
			return `by ${name} ${day}`;
	}
}

/**
 * Compact form with the year, for one-line listings where the long form would crowd out the
 * headline: `Dec 17, 2010`, `Oct 2008`, `2013`, `by Jun 6, 2011`, `Dec 17, 2010 09:05`.
 */
export function formatMediumDate(date: TimelineDate): string {
	const year = yearOf(date);
	if (date.precision === 'year') return year;
	const {month, day} = dateParts(date.value);
	const name = month === undefined ? '' : (months[month - 1] ?? '');
	if (date.precision === 'month') return `${name} ${year}`;
	const time = date.time === undefined ? '' : ` ${formatTime(date.time)}`;
	return `${date.precision === 'reported' ? 'by ' : ''}${name} ${day}, ${year}${time}`;
}

/** The year a date falls in, as shown in the list's year headings: `2010`, `138 BC`. */
export function yearOf(date: TimelineDate): string {
	return formatYear(dateParts(date.value).year);
}

/**
 * A range in the long form: `1066–1087` for two years, else both ends in full with a spaced dash.
 * Uses `form` for each end so the list, `events` and `show` each keep their own length.
 */
export function formatRange(start: TimelineDate, end: TimelineDate | undefined, form: (date: TimelineDate) => string = formatDate): string {
	if (end === undefined) return form(start);
	if (start.precision === 'year' && end.precision === 'year') {
		const from = dateParts(start.value).year;
		const to = dateParts(end.value).year;
		// Across the era's turn, the later year says it is AD: `27 BC–AD 14`, not `27 BC–14`.
		return `${formatYear(from)}–${from < 0 && from > -cosmological && to > 0 ? 'AD ' : ''}${formatYear(to)}`;
	}
	return `${form(start)} – ${form(end)}`;
}

/**
 * What a reader sees as an event's date: the author's own text when given (for the event, or for
 * each end), else its date or range.
 */
export function eventDate(event: Pick<TimelineEvent, 'date' | 'end' | 'display'>, form: (date: TimelineDate) => string = formatDate): string {
	if (event.display !== undefined) return event.display;
	const {date, end} = event;
	if (date.display === undefined && end?.display === undefined) return formatRange(date, end, form);
	const start = date.display ?? form(date);
	return end === undefined ? start : `${start} – ${end.display ?? form(end)}`;
}

/** Days in each month of a common year; February gains one in a leap year. */
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether astronomical `year` is a leap year, proleptic Gregorian. */
export function isLeap(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * A date's position on a time axis in fractional astronomical years, at the start of what the
 * date names: `2011-06-03` is about 2011.42, 1 BC is year 0 (so `-138` is -137), and a
 * cosmological year stays as it is (-13.8e9). Time of day counts as a fraction of its day.
 */
export function yearsOf(date: TimelineDate): number {
	const {year, month, day} = dateParts(date.value);
	if (Math.abs(year) >= cosmological) return year;
	const astronomical = year < 0 ? year + 1 : year;
	if (month === undefined) return astronomical;
	const leap = isLeap(astronomical);
	let days = (day ?? 1) - 1 + (date.time === undefined ? 0 : timeMs(date.time) / 86_400_000);
	for (let m = 1; m < month; m++) days += (monthDays[m - 1] ?? 30) + (m === 2 && leap ? 1 : 0);
	return astronomical + days / (leap ? 366 : 365);
}
