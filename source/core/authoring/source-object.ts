/** The fields of a source object besides its paragraphs: given as options, else found in the article where it says them. */
import type {Source} from '../model/schema.js';
import {isCalendarDate} from '../model/dates.js';
import {idOf} from '../text/slug.js';

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `2010-12-17` from `2010-12-17` or `December 17, 2010`; undefined for anything else, a day no calendar has included. */
export function isoDate(text: string): string | undefined {
	const iso = /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : undefined;
	const match = /^([A-Za-z]+)\.? (\d{1,2}), (\d{4})$/.exec(text.trim());
	const month = match ? monthNames.findIndex(name => name.startsWith(match[1]!.toLowerCase()) && match[1]!.length >= 3) : -1;
	const date = iso ?? (match && month !== -1 ? `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[2]!.padStart(2, '0')}` : undefined);
	// February 30 is no date: the loader would refuse the source.
	return date !== undefined && isCalendarDate(date) ? date : undefined;
}

/** The first full date written out in the text (`aired on December 17, 2010`), as YYYY-MM-DD. */
export function firstDate(text: string): string | undefined {
	for (const match of text.matchAll(/\b([A-Z][a-z]+\.? \d{1,2}, \d{4})\b/g)) {
		const date = isoDate(match[1]!);
		if (date !== undefined) return date;
	}
	return undefined;
}

/** An id the file format accepts, from any text: `WBUR 2010-12-17` → `wbur-2010-12-17`. */
export function slug(text: string): string {
	// Letters of any script, as ids allow (`süddeutsche-zeitung-2011-01-01`), as an imported headline's id is made.
	const out = idOf(text, 80);
	return out === '' ? 'source' : out;
}

/** A source object in the order the file format lists its fields. */
export function sourceObject(fields: Omit<Source, 'paragraphs'>, paragraphs: string[]): Source {
	return {id: fields.id, outlet: fields.outlet, headline: fields.headline, published: fields.published, paragraphs};
}
