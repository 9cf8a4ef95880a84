/**
 * Import of TimelineJS JSON (NUKnightLab's TimelineJS3 format), the format newsrooms use for web
 * timelines: `{title?, events: [{start_date, end_date?, text?, media?, group?, …}], eras?, scale?}`.
 * Every field the format documents is kept, and fields the model has no place for go to `extra`
 * so export can write them back. Text is HTML, turned into plain text with `[label](url)` links.
 *
 * Files from the wild are read leniently: an event whose date cannot be read is left out with a
 * warning naming it; the caller decides whether a warning is an error (`--strict`).
 */
import type {Era, Media, Timeline, TimelineDate, TimelineEvent} from '../model/schema.js';
import {UserError} from '../model/errors.js';
import {formatDate, isCalendarDate} from '../model/dates.js';
import {htmlToParagraphs, htmlToText, linkLabels} from './html-text.js';

export {htmlToParagraphs} from './html-text.js';

type Json = Record<string, unknown>;

/** A field that cannot be read: its path inside the object and what is wrong. */
class Unreadable extends Error {}

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The fields of `object` not in `known`, or undefined when there are none. */
function rest(object: Json, known: readonly string[]): Json | undefined {
	let out: Json | undefined;
	for (const key of Object.keys(object)) {
		if (known.includes(key)) continue;
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

/** True for a TimelineJS2 document (`{timeline: {date: [...]}}`), which is not read. */
export function isTimelineJs2(value: unknown): boolean {
	return isObject(value) && isObject(value['timeline']) && Array.isArray(value['timeline']['date']);
}

/** A whole number from a number or a numeric string; undefined when absent or empty. */
function whole(date: Json, key: string, where: string, min: number, max: number): number | undefined {
	const value = date[key];
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
	const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
	if (!Number.isSafeInteger(number) || number < min || number > max)
		throw new Unreadable(`${where}.${key}: ${JSON.stringify(value).slice(0, 30)} is not a ${key}${key === 'year' ? '' : ` (${min} to ${max})`}`);
	return number;
}

const two = (n: number) => String(n).padStart(2, '0');

/** A TimelineJS date: year (any size), month, day, time to the millisecond, and the author's text. */
function toDate(raw: unknown, where: string): TimelineDate {
	if (!isObject(raw)) throw new Unreadable(`${where}: ${raw === undefined ? 'missing' : 'expected an object with a year'}`);
	const year = whole(raw, 'year', where, -1e12 + 1, 1e12 - 1);
	if (year === undefined) throw new Unreadable(`${where}.year: ${'year' in raw ? 'empty' : 'missing'}`);
	const month = whole(raw, 'month', where, 1, 12);
	const day = month === undefined ? undefined : whole(raw, 'day', where, 1, 31);
	const date: TimelineDate = {value: String(year), precision: 'year'};
	if (month !== undefined) Object.assign(date, {value: `${year}-${two(month)}`, precision: 'month'});
	if (day !== undefined) Object.assign(date, {value: `${year}-${two(month!)}-${two(day)}`, precision: 'day'});
	if (!isCalendarDate(date.value)) throw new Unreadable(`${where}.day: ${day} is not a day of ${formatDate({value: date.value.slice(0, -3), precision: 'month'})}`);
	const timeKeys = ['hour', 'minute', 'second', 'millisecond'];
	const known = ['year', 'month', 'day', 'display_date'];
	const [hour, minute, second, ms] = [whole(raw, 'hour', where, 0, 23), whole(raw, 'minute', where, 0, 59), whole(raw, 'second', where, 0, 59), whole(raw, 'millisecond', where, 0, 999)];
	if (day !== undefined && hour !== undefined) {
		known.push(...timeKeys);
		date.time =
			two(hour) +
			(minute === undefined ? '' : `:${two(minute)}`) +
			(minute === undefined || second === undefined ? '' : `:${two(second)}`) +
			(minute === undefined || second === undefined || ms === undefined ? '' : `.${String(ms).padStart(3, '0')}`);
	}
	const display = typeof raw['display_date'] === 'string' ? raw['display_date'] : undefined;
	// Our export writes a "reported by" date as its day with that wording: read it back as such.
	if (display !== undefined && date.precision === 'day' && display === formatDate({...date, precision: 'reported'})) date.precision = 'reported';
	else if (display !== undefined) date.display = display;
	const extra = rest(raw, known);
	if (extra !== undefined) date.extra = extra;
	return date;
}

/** A media object; caption and credit become plain text with links. */
function toMedia(raw: unknown): Media | undefined {
	if (!isObject(raw) || typeof raw['url'] !== 'string') return undefined;
	const media: Media = {url: raw['url']};
	const texts = [
		['caption', 'caption'],
		['credit', 'credit'],
	] as const;
	for (const [key, field] of texts) if (typeof raw[key] === 'string') media[field] = htmlToText(raw[key]);
	const strings = [
		['alt', 'alt'],
		['title', 'title'],
		['thumbnail', 'thumbnail'],
		['link', 'link'],
		['link_target', 'linkTarget'],
	] as const;
	for (const [key, field] of strings) if (typeof raw[key] === 'string') media[field] = raw[key];
	const extra = rest(raw, ['url', ...texts.map(([key]) => key), ...strings.map(([key]) => key)]);
	if (extra !== undefined) media.extra = extra;
	return media;
}

/**
 * An id from a `unique_id` or headline: letters of any script kept, lower-cased; anything else a
 * dash; at most 60 characters, never ending in a dash, never bare digits.
 */
export function slug(text: string): string {
	const chars = Array.from(
		text
			.normalize('NFC')
			.toLowerCase()
			.replace(/[^\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+/gu, '-')
			.replace(/^[-\p{M}]+/u, ''),
	);
	const cut = chars.slice(0, 60).join('').replace(/-+$/, '');
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

function toEvent(event: Json, index: number, used: Set<string>): TimelineEvent {
	const where = `events[${index}]`;
	const date = toDate(event['start_date'], `${where}.start_date`);
	const end = event['end_date'] === undefined ? undefined : toDate(event['end_date'], `${where}.end_date`);
	const text = isObject(event['text']) ? event['text'] : {};
	const body = typeof text['text'] === 'string' ? htmlToParagraphs(text['text']) : [];
	const media = toMedia(event['media']);
	const linked = htmlToText(text['headline']);
	const given = linkLabels(linked);
	const display = typeof event['display_date'] === 'string' ? event['display_date'] : undefined;
	const headline = given || madeHeadline(body, media, display ?? date.display ?? formatDate(date));
	const uniqueId = typeof event['unique_id'] === 'string' && event['unique_id'].trim() !== '' ? event['unique_id'] : undefined;
	let id = slug(uniqueId ?? headline) || `event-${index + 1}`;
	while (used.has(id)) id = `${id}-${index + 1}`;
	used.add(id);
	const out: TimelineEvent = {id, date, headline, summary: body[0] ?? '', actors: [], tags: [], body, citations: []};
	if (end !== undefined) out.end = end;
	if (display !== undefined) out.display = display;
	if (given === '') out.untitled = true;
	const group = htmlToText(event['group']);
	if (group !== '') out.group = group;
	if (media !== undefined) out.media = media;
	const extra = rest(event, eventKeys) ?? {};
	// A unique_id the id had to change is kept, so export writes it back as it was.
	if (uniqueId !== undefined && uniqueId !== id) extra['unique_id'] = uniqueId;
	// A headline shows without its links; the HTML is kept so export writes the links back.
	const textExtra = rest(text, linked === given ? ['headline', 'text'] : ['text']);
	if (textExtra !== undefined) extra['text'] = textExtra;
	if (Object.keys(extra).length > 0) out.extra = extra;
	return out;
}

function toEra(era: unknown, index: number): Era {
	const where = `eras[${index}]`;
	if (!isObject(era)) throw new Unreadable(`${where}: expected an object`);
	const text = isObject(era['text']) ? era['text'] : {};
	const out: Era = {start: toDate(era['start_date'], `${where}.start_date`), end: toDate(era['end_date'], `${where}.end_date`)};
	const headline = linkLabels(htmlToText(text['headline']));
	if (headline !== '') out.headline = headline;
	if (typeof text['text'] === 'string') out.text = htmlToParagraphs(text['text']);
	const extra = rest(era, ['start_date', 'end_date', 'text']);
	if (extra !== undefined) out.extra = extra;
	return out;
}

/** What an import gives: the timeline (validated afterwards like any other) and one warning per item left out. */
export type Imported = {timeline: Timeline; warnings: string[]};

/** Converts a parsed TimelineJS document into an sc-timeline document, leaving out what cannot be read. */
export function fromTimelineJs(value: unknown): Imported {
	const document = value as Json;
	const warnings: string[] = [];
	const used = new Set<string>();
	const events: TimelineEvent[] = [];
	const rawEvents = document['events'] as unknown[];
	for (const [index, raw] of rawEvents.entries()) {
		try {
			if (!isObject(raw)) throw new Unreadable(`events[${index}]: expected an object`);
			events.push(toEvent(raw, index, used));
		} catch (error) {
			if (!(error instanceof Unreadable)) throw error;
			warnings.push(`${error.message}; event skipped`);
		}
	}
	if (events.length === 0 && rawEvents.length > 0) throw new UserError(`no event could be read; the first: ${(warnings[0] ?? '').replace(/; event skipped$/, '')}`);
	const eras: Era[] = [];
	for (const [index, raw] of (Array.isArray(document['eras']) ? document['eras'] : []).entries()) {
		try {
			eras.push(toEra(raw, index));
		} catch (error) {
			if (!(error instanceof Unreadable)) throw error;
			warnings.push(`${error.message}; era skipped`);
		}
	}
	const title = isObject(document['title']) ? document['title'] : {};
	const titleText = isObject(title['text']) ? title['text'] : {};
	const timeline: Timeline = {
		format: 'sc-timeline/1',
		title: htmlToText(titleText['headline']) || 'Untitled timeline',
		notes: ['Imported from TimelineJS JSON.'],
		sources: [],
		events,
		topics: [],
		statements: [],
	};
	if (typeof titleText['text'] === 'string') timeline.description = htmlToParagraphs(titleText['text']).join(' ');
	const media = toMedia(title['media']);
	const slideExtra = rest(title, ['text', 'media']);
	if (media !== undefined || slideExtra !== undefined) timeline.titleSlide = {...(media === undefined ? {} : {media}), ...(slideExtra === undefined ? {} : {extra: slideExtra})};
	if (Array.isArray(document['eras'])) timeline.eras = eras;
	const scale = document['scale'];
	if (scale === 'human' || scale === 'cosmological') timeline.scale = scale;
	const extra = rest(document, ['title', 'events', 'eras', ...(timeline.scale === undefined ? [] : ['scale'])]);
	if (extra !== undefined) timeline.extra = extra;
	return {timeline, warnings};
}
