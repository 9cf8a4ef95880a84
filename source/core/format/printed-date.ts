/** Date wording for printed output, beyond core/model/dates.ts: the compact column form and precision notes. */
import type {Precision, TimelineDate} from '../model/schema.js';
import {formatDate} from '../model/dates.js';

/** Compact form with the year (`Dec 17, 2010`); see core/model/dates.ts. */
export {formatMediumDate as mediumDate} from '../model/dates.js';

/** What a precision means to a reader, printed beside the date in `show`. */
export const precisionNotes: Record<Precision, string> = {
	day: 'known to the day',
	month: 'known to the month',
	year: 'known to the year',
	reported: 'not dated by the source; happened by this publication date',
};

/** A publication date (YYYY-MM-DD) in the long form: `June 6, 2011`. */
export function formatPublished(published: string): string {
	return formatDate({value: published, precision: 'day'});
}

/**
 * A span of dates in the long form: `October 2008 to June 6, 2011`, or one date when both ends
 * are the same. `reported` ends drop their "by" so the span reads naturally.
 */
export function formatSpan(first: TimelineDate, last: TimelineDate): string {
	const plain = (date: TimelineDate) => formatDate(date.precision === 'reported' ? {value: date.value, precision: 'day'} : date);
	const a = plain(first);
	const b = plain(last);
	return a === b ? a : `${a} to ${b}`;
}
