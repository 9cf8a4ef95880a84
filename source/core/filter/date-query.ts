/**
 * A date as a person types it, for `t` (jump to a date), `--since` and `--until`: `2011`,
 * `2011-06`, `2011-06-03`, `june 2011`, `jun 3 2011`, `June 3, 2011`, `3 june 2011`, and years
 * before the common era as `44 BC` or, as files write them, `-44`. Parsed to the span it names (a year, a month or a day).
 */
import {calendarSpan, daysInMonth, type Span} from '../model/span.js';

export type DateQuery = Span & {precision: 'year' | 'month' | 'day'};

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month from its name or an abbreviation of at least three letters (`sept`, `jun`), 1-12. */
function monthOf(word: string): number | undefined {
	if (word.length < 3) return undefined;
	const index = monthNames.findIndex(name => name.startsWith(word));
	return index < 0 ? undefined : index + 1;
}

function build(year: number, month?: number, day?: number): DateQuery | undefined {
	if (month !== undefined && (month < 1 || month > 12)) return undefined;
	if (day !== undefined && (month === undefined || day < 1 || day > daysInMonth(year, month))) return undefined;
	return {...calendarSpan(year, month, day), precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year'};
}

/** A year, with `BC`/`BCE` counted astronomically (1 BC is year 0). */
function yearOf(digits: string, era: string | undefined): number {
	const year = Number(digits);
	return era === undefined ? year : 1 - year;
}

/** The span a typed date names, or undefined when it is not one of the forms above or not a real date. */
export function parseDateQuery(input: string): DateQuery | undefined {
	const text = input.trim().toLowerCase().replaceAll(',', ' ').replace(/\s+/g, ' ');
	const iso = /^(\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
	if (iso) return build(Number(iso[1]), iso[2] === undefined ? undefined : Number(iso[2]), iso[3] === undefined ? undefined : Number(iso[3]));
	const era = /^(\d{1,9}) ?(bce?|b\.c\.)$/.exec(text);
	if (era) return build(yearOf(era[1]!, era[2]));
	// A year before the common era as a file writes it: -50 is 50 BC.
	const negative = /^-(\d{1,9})$/.exec(text);
	if (negative) return build(yearOf(negative[1]!, 'bc'));
	const words = text.split(' ');
	// `june 2011`, `jun 3 2011`, `3 june 2011`.
	const [a = '', b = '', c] = words;
	if (words.length === 2 && monthOf(a) !== undefined && /^\d{1,4}$/.test(b)) return build(Number(b), monthOf(a));
	if (words.length === 3 && c !== undefined && /^\d{1,4}$/.test(c)) {
		const month = monthOf(a) ?? monthOf(b);
		const day = monthOf(a) === undefined ? a : b;
		if (month !== undefined && /^\d{1,2}(st|nd|rd|th)?$/.test(day)) return build(Number(c), month, Number.parseInt(day, 10));
	}
	return undefined;
}

/**
 * The index of the first event on or after `query` in a list in date order: the first whose span
 * ends after the query's start (an event of June 2011 is "on" June 3, 2011). -1 when none is.
 */
export function firstOnOrAfter(spans: readonly Span[], query: Span): number {
	return spans.findIndex(span => span.end > query.start);
}
