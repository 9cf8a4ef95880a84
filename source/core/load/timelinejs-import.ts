/**
 * Import of TimelineJS JSON (NUKnightLab's TimelineJS3 format), the format newsrooms use for web
 * timelines: `{title?, events: [{start_date, end_date?, text?, media?, group?, …}], eras?, scale?}`.
 * Every field the format documents is kept, and fields the model has no place for go to `extra`
 * so export can write them back. Text is HTML, turned into plain text with `[label](url)` links.
 *
 * Files from the wild are read leniently: an event whose date cannot be read is left out with a
 * warning naming it; the caller decides whether a warning is an error (`--strict`).
 *
 * Dates are read as TimelineJS's sheet reader reads its cells, since most files were made from a
 * sheet: every value may be a string, an empty string is no value, numbers may carry spaces or
 * thousands separators (`"1,850"`), and `time` may be written `10:30 PM`, `14:05` or `14:05:30`.
 * An all-empty date is no date; an end date without a year is dropped (with a warning only when it
 * gave a month, day or time), and so is an end date equal to its start.
 */
import type {Era, Media, Timeline, TimelineDate, TimelineEvent} from '../model/schema.js';
import {isId} from '../model/id.js';
import {UserError} from '../model/errors.js';
import {formatDate, isCalendarDate} from '../model/dates.js';
import {endProblem} from '../model/cross-references.js';
import {idOf} from '../text/slug.js';
import {linkLabels, textToHtml} from './html-text.js';
import {htmlToParagraphs, htmlToText} from './html-parse.js';

export {htmlToParagraphs} from './html-parse.js';

type Json = Record<string, unknown>;

/** A field that cannot be read: its path inside the object and what is wrong. */
class Unreadable extends Error {}

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The fields of `object` not `known` (a list, or a test), or undefined when there are none. */
function rest(object: Json, known: readonly string[] | ((key: string) => boolean)): Json | undefined {
	let out: Json | undefined;
	for (const key of Object.keys(object)) {
		if (typeof known === 'function' ? known(key) : known.includes(key)) continue;
		out ??= {};
		out[key] = object[key];
	}
	return out;
}

/** True when a parsed JSON value looks like TimelineJS rather than sc-timeline. */
export function isTimelineJs(value: unknown): boolean {
	if (!isObject(value) || 'format' in value) return false;
	const events = value['events'];
	return Array.isArray(events) && (events.length === 0 || events.some(event => isObject(event) && 'start_date' in event));
}

/** Why a TimelineJS2 document is refused, as the loader and `check` both say it. */
export const timelineJs2Message = 'this is the TimelineJS2 format (timeline.date[]); sc-timeline reads TimelineJS3 JSON (events[].start_date)';

/** True for a TimelineJS2 document (`{timeline: {date: [...]}}`), which is not read. */
export function isTimelineJs2(value: unknown): boolean {
	return isObject(value) && isObject(value['timeline']) && Array.isArray(value['timeline']['date']);
}

/** True for what a sheet writes in an empty cell: nothing, null, or a blank string. */
const blank = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A date's number as the sheet reader cleans it: spaces and thousands separators dropped (`"1,850"`, `" 6 "`). */
const numberText = (value: string): string => value.replace(/[\s,]+/g, '');

/** A whole number from a number or a numeric string; undefined when absent or blank. */
function whole(date: Json, key: string, where: string, min: number, max: number): number | undefined {
	const value = date[key];
	if (blank(value)) return undefined;
	const number = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(numberText(value)) ? Number(numberText(value)) : Number.NaN;
	if (!Number.isSafeInteger(number) || number < min || number > max)
		// A number past what JSON.parse can hold (1e400) is Infinity, which JSON.stringify writes as null.
		throw new Unreadable(
			`${where}.${key}: ${typeof value === 'number' && !Number.isFinite(value) ? 'a number too large' : JSON.stringify(value).slice(0, 30)} is not a ${key}${key === 'year' ? '' : ` (${min} to ${max})`}`,
		);
	return number;
}

/**
 * A `time` string as TimelineJS's sheet reader takes it: `10:30 PM`, `12 a.m.`, `14:05`,
 * `14:05:30`, `14:05:30.250`, `1405`, `14.05`. Hour, minute, second and millisecond, or a reason.
 */
export function parseTime(text: string): {hour: number; minute?: number; second?: number; millisecond?: number} | string {
	const suffix = /\s*([ap])\.?\s*m\.?$/i.exec(text.trim());
	const clock = suffix === null ? text.trim() : text.trim().slice(0, suffix.index);
	let parts: string[];
	if (clock.includes(':')) parts = clock.split(':');
	else if (/^\d{3,4}$/.test(clock)) parts = [clock.slice(0, -2), clock.slice(-2)];
	else parts = clock.split('.');
	if (parts.length > 3) return 'misuse of : or . as separator';
	const [hourText = '', minuteText, secondText] = parts;
	const [secondWhole, fraction] = secondText === undefined ? [undefined, undefined] : secondText.split(/[.,]/);
	const number = (part: string | undefined, digits: RegExp) => (part === undefined ? undefined : digits.test(part.trim()) ? Number(part.trim()) : Number.NaN);
	let hour = number(hourText, /^\d{1,2}$/)!;
	const minute = number(minuteText, /^\d{1,2}$/);
	const second = number(secondWhole, /^\d{1,2}$/);
	const millisecond = fraction === undefined ? undefined : /^\d{1,3}$/.test(fraction) ? Number(fraction.padEnd(3, '0')) : Number.NaN;
	if (suffix !== null) {
		if (hour < 1 || hour > 12) return 'hour';
		hour = (hour % 12) + (suffix[1]!.toLowerCase() === 'p' ? 12 : 0);
	}
	if (!(hour >= 0 && hour <= 23)) return 'hour';
	if (minute !== undefined && !(minute >= 0 && minute <= 59)) return 'minute';
	if (second !== undefined && !(second >= 0 && second <= 59)) return 'second';
	if (Number.isNaN(millisecond)) return 'millisecond';
	return {hour, ...(minute === undefined ? {} : {minute}), ...(second === undefined ? {} : {second}), ...(millisecond === undefined ? {} : {millisecond})};
}

const two = (n: number) => String(n).padStart(2, '0');

const dateKeys = new Set(['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'time', 'display_date']);
/** A date's fields always read (or, for `display_date`, given to the event). */
const dateRead = new Set(['year', 'month', 'day', 'display_date']);
/** A date's fields for its time of day: read when it has a day. */
const timeKeys = new Set(['hour', 'minute', 'second', 'millisecond', 'time']);

/** True when a date object gives nothing: every field TimelineJS reads blank (a sheet's empty row of cells). */
const emptyDate = (raw: Json): boolean => {
	for (const key of dateKeys) if (!blank(raw[key])) return false;
	return true;
};

/** A TimelineJS date: year (any size), month, day, time to the millisecond, and the author's text. */
function toDate(raw: unknown, where: string): TimelineDate {
	if (!isObject(raw)) throw new Unreadable(`${where}: ${raw === undefined ? 'missing' : 'expected an object with a year'}`);
	const year = whole(raw, 'year', where, -1e12 + 1, 1e12 - 1);
	if (year === undefined) throw new Unreadable(`${where}.year: ${'year' in raw ? 'empty' : 'missing'}`);
	const month = whole(raw, 'month', where, 1, 12);
	const day = month === undefined ? undefined : whole(raw, 'day', where, 1, 31);
	const date: TimelineDate =
		day !== undefined
			? {value: `${year}-${two(month!)}-${two(day)}`, precision: 'day'}
			: month !== undefined
				? {value: `${year}-${two(month)}`, precision: 'month'}
				: {value: String(year), precision: 'year'};
	if (!isCalendarDate(date.value)) throw new Unreadable(`${where}.day: ${day} is not a day of ${formatDate({value: date.value.slice(0, -3), precision: 'month'})}`);
	let [hour, minute, second, ms] = [whole(raw, 'hour', where, 0, 23), whole(raw, 'minute', where, 0, 59), whole(raw, 'second', where, 0, 59), whole(raw, 'millisecond', where, 0, 999)];
	if (hour === undefined && typeof raw['time'] === 'string' && !blank(raw['time'])) {
		const time = parseTime(raw['time']);
		if (typeof time === 'string') throw new Unreadable(`${where}.time: ${JSON.stringify(raw['time']).slice(0, 30)} is not a time such as 10:30 PM or 14:05 (its ${time} cannot be read)`);
		({hour, minute, second, millisecond: ms} = time);
	}
	const timed = day !== undefined && hour !== undefined;
	if (timed) {
		date.time =
			two(hour!) +
			(minute === undefined ? '' : `:${two(minute)}`) +
			(minute === undefined || second === undefined ? '' : `:${two(second)}`) +
			(minute === undefined || second === undefined || ms === undefined ? '' : `.${String(ms).padStart(3, '0')}`);
	}
	const display = typeof raw['display_date'] === 'string' && !blank(raw['display_date']) ? raw['display_date'] : undefined;
	// Our export writes a "reported by" date as its day with that wording: read it back as such.
	if (display !== undefined && date.precision === 'day' && display === formatDate({...date, precision: 'reported'})) date.precision = 'reported';
	else if (display !== undefined) date.display = display;
	// A blank field is no field: a sheet's empty cells are not carried to export.
	const extra = rest(raw, key => dateRead.has(key) || (dateKeys.has(key) && (blank(raw[key]) || (timed && timeKeys.has(key)))));
	if (extra !== undefined) date.extra = extra;
	return date;
}

/**
 * An event's end date, or undefined when it has none: absent, all blank, without a year (with a
 * warning when it gave a month, day or time, which cannot stand alone), or equal to the start.
 */
function toEndDate(raw: unknown, start: TimelineDate, where: string, warnings: string[]): TimelineDate | undefined {
	if (raw === undefined || raw === null || (isObject(raw) && emptyDate(raw))) return undefined;
	if (isObject(raw) && blank(raw['year'])) {
		const given = ['month', 'day', 'hour', 'minute', 'second', 'millisecond', 'time'].filter(key => !blank(raw[key]));
		if (given.length > 0) warnings.push(`${where}.year: ${'year' in raw ? 'empty' : 'missing'}, so its ${given.join(', ')} cannot be placed; end date ignored`);
		return undefined;
	}
	const end = toDate(raw, where);
	const same = end.value === start.value && end.time === start.time && end.display === undefined && end.extra === undefined;
	if (same) return undefined;
	// A range written backwards (a typo in the end year, most often): the event is kept at its start.
	const backwards = endProblem(start, end);
	if (backwards !== undefined) {
		warnings.push(`${where}${backwards}; end date ignored`);
		return undefined;
	}
	return end;
}

/** Media fields read as HTML, and the model's field for each. */
const mediaTexts = [
	['caption', 'caption'],
	['credit', 'credit'],
] as const;
/** Media fields read as they are, and the model's field for each. */
const mediaStrings = [
	['alt', 'alt'],
	['title', 'title'],
	['thumbnail', 'thumbnail'],
	['link', 'link'],
	['link_target', 'linkTarget'],
] as const;
const mediaKeys = ['url', ...mediaTexts.map(([key]) => key), ...mediaStrings.map(([key]) => key)];

/** A media object; caption and credit become plain text with links. */
function toMedia(raw: unknown): Media | undefined {
	// A sheet writes a row without media as media with an empty URL: TimelineJS shows none.
	if (!isObject(raw) || typeof raw['url'] !== 'string' || raw['url'].trim() === '') return undefined;
	const media: Media = {url: raw['url']};
	for (const [key, field] of mediaTexts) if (typeof raw[key] === 'string') media[field] = htmlToText(raw[key]);
	for (const [key, field] of mediaStrings) if (typeof raw[key] === 'string') media[field] = raw[key];
	// Embed code (TimelineJS's blockquote, a post's blockquote) shows words: kept as text, so they are read and searched here too.
	if (raw['url'].trim().startsWith('<')) {
		const shown = htmlToText(raw['url']);
		if (shown !== '') media.text = shown;
	}
	const extra = rest(raw, mediaKeys);
	if (extra !== undefined) media.extra = extra;
	return media;
}

const printableAscii = /^[\x20-\x7e]*$/;

/**
 * An id from a `unique_id` or headline: letters of any script kept, lower-cased; anything else a
 * dash; at most 60 characters, never ending in a dash, never bare digits.
 */
export function slug(text: string): string {
	// Printable ASCII, most headlines: the same rules with plain classes (no normalizing, no code points to split).
	if (printableAscii.test(text)) {
		const cut = text
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+/, '')
			.slice(0, 60)
			.replace(/-+$/, '');
		return /^[0-9]+$/.test(cut) ? `event-${cut}` : cut;
	}
	return anyScriptSlug(text);
}

/**
 * The id a `unique_id` gives: itself when it is already an id of our format (`a--b`, up to 80
 * characters), else its slug; never bare digits (`2011` is `event-2011`) nor ending in a dash.
 */
export function idOfUniqueId(uniqueId: string): string {
	return uniqueId.length <= 80 && isId(uniqueId) && !uniqueId.endsWith('-') && !/^\p{N}+$/u.test(uniqueId) ? uniqueId : slug(uniqueId);
}

/**
 * The id the import gives the event at `index` (from 0) of the file, its `unique_id` or its headline
 * read as `idOfUniqueId` and `slug` do, made unique among `used` with its place in the file. The
 * export works out with it which ids reading it back would give.
 */
export function eventId(uniqueId: string | undefined, headline: string, index: number, used: ReadonlySet<string>): string {
	let id = (uniqueId === undefined ? slug(headline) : idOfUniqueId(uniqueId)) || `event-${index + 1}`;
	while (used.has(id)) id = `${id}-${index + 1}`;
	return id;
}

/** `slug` by the rules for any script, whatever the text. */
export function anyScriptSlug(text: string): string {
	const cut = idOf(text, 60);
	return /^\p{N}+$/u.test(cut) ? `event-${cut}` : cut;
}

/**
 * A headline for an event that has none: its first words, its media's caption or title, where the
 * media is, or its date: never its position, which export (in date order) would change.
 */
function madeHeadline(body: string[], media: Media | undefined, date: string): string {
	const words = linkLabels(body[0] || media?.caption || media?.title || '');
	if (words !== '') return Array.from(words).slice(0, 80).join('');
	const host = media === undefined ? undefined : /^[a-z]+:\/\/([^/?#\s]+)/i.exec(media.url)?.[1];
	return host ?? date;
}

const eventKeys = ['start_date', 'end_date', 'display_date', 'text', 'media', 'group', 'unique_id'];

/**
 * Headline HTML that plain text written back would not give (inline markup, `<br>`, links,
 * entities): kept, so export writes it as it came. Undefined when the plain text gives it.
 */
function keptHtml(html: unknown, plain: string): string | undefined {
	return typeof html === 'string' && html !== textToHtml(plain) ? html : undefined;
}

/** What a value that is not text is, for a warning: a number as written, else its kind. */
const described = (value: unknown) => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : Array.isArray(value) ? 'a list' : typeof value === 'string' ? 'text' : 'an object');

/**
 * A field TimelineJS shows as text: a string as it is, a number or true/false as written (TimelineJS
 * shows a headline of 42 as 42); anything else (a list, an object) is not read, with a warning.
 */
function textOf(value: unknown, where: string, warnings: string[]): string | undefined {
	if (value === undefined || value === null || typeof value === 'string') return value ?? undefined;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	warnings.push(`${where}: expected text, got ${described(value)}; not read`);
	return undefined;
}

/** An event's `text`, `{headline, text}`; anything else there is not read, with a warning. */
function textObject(value: unknown, where: string, warnings: string[]): Json {
	if (isObject(value)) return value;
	if (value !== undefined && value !== null) warnings.push(`${where}: expected {"headline": …, "text": …}, got ${described(value)}; not read`);
	return {};
}

function toEvent(event: Json, index: number, used: Set<string>, warnings: string[]): TimelineEvent {
	const where = `events[${index}]`;
	// Said once the event is read: one whose date cannot be is skipped, with its own warning.
	const fields: string[] = [];
	const text = textObject(event['text'], `${where}.text`, fields);
	const given = linkLabels(htmlToText(textOf(text['headline'], `${where}.text.headline`, fields)));
	let date: TimelineDate;
	try {
		date = toDate(isObject(event['start_date']) && emptyDate(event['start_date']) ? {...event['start_date'], year: ''} : event['start_date'], `${where}.start_date`);
	} catch (error) {
		// The warning names the event as its author knows it, by its headline.
		if (error instanceof Unreadable && given !== '') throw new Unreadable(`${error.message} (event ${JSON.stringify(Array.from(given).slice(0, 60).join(''))})`);
		throw error;
	}
	warnings.push(...fields);
	const end = toEndDate(event['end_date'], date, `${where}.end_date`, warnings);
	const bodyText = textOf(text['text'], `${where}.text.text`, warnings);
	const body = bodyText === undefined ? [] : htmlToParagraphs(bodyText);
	const mediaUrl = isObject(event['media']) ? event['media']['url'] : undefined;
	if (mediaUrl !== undefined && mediaUrl !== null && typeof mediaUrl !== 'string') warnings.push(`${where}.media.url: expected text, got ${described(mediaUrl)}; media not read`);
	const media = toMedia(event['media']);
	const displayText = textOf(event['display_date'], `${where}.display_date`, warnings);
	const display = displayText !== undefined && !blank(displayText) ? displayText : undefined;
	const headline = given || madeHeadline(body, media, display ?? date.display ?? formatDate(date));
	const uniqueText = textOf(event['unique_id'], `${where}.unique_id`, warnings);
	const uniqueId = uniqueText !== undefined && uniqueText.trim() !== '' ? uniqueText : undefined;
	const id = eventId(uniqueId, headline, index, used);
	// Whether the headline alone would give this id here: then only a kept unique_id says the file had one.
	const fromHeadline = uniqueId === id ? eventId(undefined, headline, index, used) : undefined;
	used.add(id);
	const group = htmlToText(textOf(event['group'], `${where}.group`, warnings));
	// Fields in the schema's order, so validation takes the event as it is rather than copying it into that order.
	const out = {id, date} as TimelineEvent;
	if (end !== undefined) out.end = end;
	if (display !== undefined) out.display = display;
	out.headline = headline;
	if (given === '') out.untitled = true;
	out.summary = body[0] ?? '';
	out.actors = [];
	out.tags = [];
	if (group !== '') out.group = group;
	out.body = body;
	if (media !== undefined) out.media = media;
	out.citations = [];
	const extra = rest(event, eventKeys) ?? {};
	// Export writes a unique_id where the headline would not give the id, and where the file had one: a unique_id is kept
	// when the id is not it as written, or when the headline would give the id too (then it is the only sign the file had one).
	if (uniqueId !== undefined && (uniqueId !== id || fromHeadline === id)) extra['unique_id'] = uniqueId;
	// A headline shows as plain text; its HTML is kept when plain text would not write it back.
	const textExtra = rest(text, given === '' || keptHtml(text['headline'], given) === undefined ? ['headline', 'text'] : ['text']);
	if (textExtra !== undefined) extra['text'] = textExtra;
	if (Object.keys(extra).length > 0) out.extra = extra;
	return out;
}

function toEra(era: unknown, index: number): Era {
	const where = `eras[${index}]`;
	if (!isObject(era)) throw new Unreadable(`${where}: expected an object`);
	const text = isObject(era['text']) ? era['text'] : {};
	const out: Era = {start: toDate(era['start_date'], `${where}.start_date`), end: toDate(era['end_date'], `${where}.end_date`)};
	const backwards = endProblem(out.start, out.end, 'its start');
	if (backwards !== undefined) throw new Unreadable(`${where}.end_date${backwards}`);
	const headline = linkLabels(htmlToText(text['headline']));
	if (headline !== '') out.headline = headline;
	if (typeof text['text'] === 'string') out.text = htmlToParagraphs(text['text']);
	const extra = rest(era, ['start_date', 'end_date', 'text']) ?? {};
	// As on an event: headline HTML plain text would not write back is kept, with the text's other fields.
	const textExtra = rest(text, headline === '' || keptHtml(text['headline'], headline) === undefined ? ['headline', 'text'] : ['text']);
	if (textExtra !== undefined) extra['text'] = textExtra;
	if (Object.keys(extra).length > 0) out.extra = extra;
	return out;
}

/** What an import gives: the timeline (validated afterwards like any other) and one warning per item left out. */
export type Imported = {timeline: Timeline; warnings: string[]};

/**
 * A TimelineJS document's events imported a run at a time, in the document's order, as
 * `fromTimelineJs` imports them (ids kept unique across runs, one warning per event left out); then
 * the rest of the document around them. For a large sheet, whose events come a run at a time.
 */
export class EventsImport {
	readonly warnings: string[] = [];
	readonly #used = new Set<string>();
	/** Events given so far, read or not. */
	#given = 0;

	/** The next events of the document's list, imported; those that cannot be read left out. */
	add(raw: readonly unknown[]): TimelineEvent[] {
		const events: TimelineEvent[] = [];
		for (const event of raw) {
			const index = this.#given++;
			try {
				if (!isObject(event)) throw new Unreadable(`events[${index}]: expected an object`);
				events.push(toEvent(event, index, this.#used, this.warnings));
			} catch (error) {
				if (!(error instanceof Unreadable)) throw error;
				this.warnings.push(`${error.message}; event skipped`);
			}
		}
		return events;
	}

	/** The timeline of `document` (whose `events` are not read) with `events`, every one this import gave. */
	around(document: Json, events: TimelineEvent[]): Imported {
		const warnings = this.warnings;
		if (events.length === 0 && this.#given > 0) throw new UserError(`no event could be read; the first: ${(warnings[0] ?? '').replace(/; event skipped$/, '')}`);
		const eras: Era[] = [];
		for (const [index, raw] of (Array.isArray(document['eras']) ? document['eras'] : []).entries()) {
			try {
				eras.push(toEra(raw, index));
			} catch (error) {
				if (!(error instanceof Unreadable)) throw error;
				warnings.push(`${error.message}; era skipped`);
			}
		}
		// Another converter writes the title slide as a list of one row.
		const titleGiven = Array.isArray(document['title']) ? document['title'][0] : document['title'];
		if (titleGiven !== undefined && titleGiven !== null && !isObject(titleGiven)) warnings.push(`title: expected {"text": {"headline": …, "text": …}}, got ${described(titleGiven)}; not read`);
		const title = isObject(titleGiven) ? titleGiven : {};
		const titleText = textObject(title['text'], 'title.text', warnings);
		const titleHeadline = linkLabels(htmlToText(textOf(titleText['headline'], 'title.text.headline', warnings)));
		const timeline: Timeline = {
			format: 'sc-timeline/1',
			title: titleHeadline || 'Untitled timeline',
			notes: ['Imported from TimelineJS JSON.'],
			sources: [],
			events,
			topics: [],
			statements: [],
		};
		if (titleHeadline === '') timeline.untitled = true;
		const descriptionText = textOf(titleText['text'], 'title.text.text', warnings);
		const description = descriptionText === undefined ? '' : htmlToParagraphs(descriptionText).join(' ');
		if (description !== '') timeline.description = description;
		const media = toMedia(title['media']);
		const slideExtra = rest(title, ['text', 'media']) ?? {};
		// The title's HTML is kept where plain text would not write it back, and its other text fields with it.
		const keptText = rest(titleText, [
			...(titleHeadline === '' || keptHtml(titleText['headline'], titleHeadline) === undefined ? ['headline'] : []),
			// Kept only when it holds more than one paragraph, which the one-line description joins: one paragraph is written back from the description.
			...(description === '' || htmlToParagraphs(descriptionText ?? '').length <= 1 ? ['text'] : []),
		]);
		if (keptText !== undefined) slideExtra['text'] = keptText;
		if (isObject(titleGiven)) timeline.titleSlide = {...(media === undefined ? {} : {media}), ...(Object.keys(slideExtra).length === 0 ? {} : {extra: slideExtra})};
		if (Array.isArray(document['eras'])) timeline.eras = eras;
		const scale = document['scale'];
		if (scale === 'human' || scale === 'cosmological') timeline.scale = scale;
		const extra = rest(document, ['title', 'events', 'eras', ...(timeline.scale === undefined ? [] : ['scale'])]);
		if (extra !== undefined) timeline.extra = extra;
		return {timeline, warnings};
	}
}

/** Converts a parsed TimelineJS document into an sc-timeline document, leaving out what cannot be read. */
export function fromTimelineJs(value: unknown): Imported {
	const document = value as Json;
	const events = new EventsImport();
	return events.around(document, events.add(document['events'] as unknown[]));
}
