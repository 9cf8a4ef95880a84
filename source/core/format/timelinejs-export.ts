/**
 * Export to TimelineJS JSON (TimelineJS3's format), the reverse of core/load/timelinejs-import.ts: loading the
 * output back gives the same events (ids from `unique_id`), dates, times, ranges, media, eras,
 * groups and text, and fields kept in `extra` are written back as they came. TimelineJS has no
 * "reported by" precision, so such a date goes out as its day with a `display_date` of
 * `by June 6, 2011`, which TimelineJS shows in place of the day.
 */
import type {Era, Media, Timeline, TimelineDate, TimelineEvent} from '../model/schema.js';
import {dateParts, formatDate} from '../model/dates.js';
import {escapeHtml, linkLabels, paragraphsToHtml, textToHtml} from '../load/html-text.js';
import {htmlToParagraphs, htmlToText} from '../load/html-parse.js';
import {resolveCitations, sourceLine} from './citation.js';
import {eventId} from '../load/timelinejs-import.js';

export {escapeHtml} from '../load/html-text.js';

type Json = Record<string, unknown>;

/** A TimelineJS date: numbers for year, month, day and time, as TimelineJS's own examples write them. */
export type TimelineJsDate = {year: number; month?: number; day?: number; hour?: number; minute?: number; second?: number; millisecond?: number; display_date?: string};

export type TimelineJsEvent = Json & {
	unique_id?: string;
	start_date: TimelineJsDate;
	end_date?: TimelineJsDate;
	text: {headline?: string; text: string};
	/** TimelineJS groups events into rows by `group`; the event's group, else its first tag. */
	group?: string;
};

/** The title slide: its text (headline and description as HTML) and the slide's other fields. */
export type TimelineJsTitle = Json & {text: Json & {headline?: string; text?: string}};

/** The document `export --format timelinejs` prints. */
export type TimelineJsDocument = Json & {
	/** Left out for an imported timeline that had no title slide; `text.text` left out when there is no description. */
	title?: TimelineJsTitle;
	events: TimelineJsEvent[];
};

function toDate(date: TimelineDate): TimelineJsDate {
	const {year, month, day} = dateParts(date.value);
	const out: TimelineJsDate = {...date.extra, year};
	if (month !== undefined) out.month = month;
	if (day !== undefined) out.day = day;
	if (date.time !== undefined) {
		const [hour, minute, second] = date.time.split(':');
		out.hour = Number(hour);
		if (minute !== undefined) out.minute = Number(minute);
		if (second !== undefined) {
			const [whole = '0', ms] = second.split('.');
			out.second = Number(whole);
			if (ms !== undefined) out.millisecond = Number(ms.padEnd(3, '0'));
		}
	}
	if (date.display !== undefined) out.display_date = date.display;
	else if (date.precision === 'reported') out.display_date = formatDate(date);
	return out;
}

function toMedia(media: Media): Json {
	const out: Json = {...media.extra, url: media.url};
	if (media.caption !== undefined) out['caption'] = textToHtml(media.caption);
	if (media.credit !== undefined) out['credit'] = textToHtml(media.credit);
	const plain = [
		['alt', media.alt],
		['title', media.title],
		['thumbnail', media.thumbnail],
		['link', media.link],
		['link_target', media.linkTarget],
	] as const;
	for (const [key, value] of plain) if (value !== undefined) out[key] = value;
	return out;
}

const paragraphsHtml = paragraphsToHtml;

/** HTML kept from the file (`kept`) while it still reads as `plain`, else `plain` written as HTML. */
function keptOr(kept: unknown, plain: string): string {
	return typeof kept === 'string' && linkLabels(htmlToText(kept)) === plain ? kept : textToHtml(plain);
}

/**
 * The event's text as HTML: the summary and the event's own paragraphs (an imported event's summary
 * is the first of them, written once), then each cited quote as a blockquote and its source line.
 * The import reads the first paragraph back as the summary.
 */
function eventHtml(timeline: Timeline, event: TimelineEvent): string {
	const {summary, body = []} = event;
	// An imported event's summary is its text's first paragraph; one written with both keeps each.
	let html = paragraphsHtml(summary === '' || summary === body[0] ? body : [summary, ...body]);
	for (const resolved of resolveCitations(timeline, event.citations)) {
		html += `<blockquote>${escapeHtml(resolved.citation.quote)}</blockquote><p>— ${escapeHtml(sourceLine(resolved))}</p>`;
	}
	return html;
}

/**
 * `written` (the TimelineJS events of `events`, in order) with a `unique_id` on each whose id reading
 * the file back would not give: an id of our own format, a second event of one headline. One the
 * file gave is kept as it was; an event without, whose id its headline gives, gets none, so
 * TimelineJS names its slide as it did before (its `#event-…` links stay as they were).
 */
function withIds(events: readonly TimelineEvent[], written: TimelineJsEvent[]): TimelineJsEvent[] {
	const used = new Set<string>();
	return written.map((out, index) => {
		const event = events[index]!;
		const given = out.unique_id;
		// The id reading the export back would give this event.
		const id = eventId(given, event.headline, index, used);
		used.add(event.id);
		if (id === event.id) return out;
		// The id itself, where the file's own unique_id would now read back as another (two events of one unique_id, in another order).
		const {unique_id: _, ...rest} = out;
		return {unique_id: event.id, ...rest};
	});
}

function toEvent(timeline: Timeline, event: TimelineEvent): TimelineJsEvent {
	const {unique_id: originalId, text: textExtra, ...extra} = event.extra ?? {};
	const kept = (textExtra ?? {}) as Json;
	// The file's own headline HTML (kept for its links) while the headline is unchanged.
	const headline = keptOr(kept['headline'], event.headline);
	const text = {...kept, ...(event.untitled ? {} : {headline}), text: eventHtml(timeline, event)};
	const out: TimelineJsEvent = {...extra, ...(typeof originalId === 'string' ? {unique_id: originalId} : {}), start_date: toDate(event.date), text};
	if (event.end !== undefined) out.end_date = toDate(event.end);
	if (event.display !== undefined) out['display_date'] = event.display;
	if (event.media !== undefined) out['media'] = toMedia(event.media);
	const group = event.group ?? event.tags[0];
	if (group !== undefined) out.group = escapeHtml(group);
	return out;
}

function toEra(era: Era): Json {
	const {text: textExtra, ...extra} = era.extra ?? {};
	const kept = (textExtra ?? {}) as Json;
	const text: Json = {...kept};
	if (era.headline !== undefined) text['headline'] = keptOr(kept['headline'], era.headline);
	if (era.text !== undefined) text['text'] = paragraphsHtml(era.text);
	return {...extra, start_date: toDate(era.start), end_date: toDate(era.end), text};
}

/**
 * The title slide: the title and description, the slide's media and other fields. Left out for an
 * imported timeline that had none, so export invents no slide.
 */
function toTitle(timeline: Timeline): TimelineJsTitle | undefined {
	if (timeline.untitled && timeline.titleSlide === undefined && timeline.description === undefined) return undefined;
	const {text: keptText, ...slideExtra} = timeline.titleSlide?.extra ?? {};
	const kept = (keptText ?? {}) as Json;
	const text: TimelineJsTitle['text'] = {...kept};
	if (!timeline.untitled) text['headline'] = keptOr(kept['headline'], timeline.title);
	if (timeline.description !== undefined) {
		const keptDescription = typeof kept['text'] === 'string' ? htmlToParagraphs(kept['text']).join(' ') : undefined;
		text['text'] = keptDescription === timeline.description ? String(kept['text']) : `<p>${textToHtml(timeline.description)}</p>`;
	}
	const title: TimelineJsTitle = {...slideExtra, text};
	if (timeline.titleSlide?.media !== undefined) title['media'] = toMedia(timeline.titleSlide.media);
	return title;
}

/** The timeline as a TimelineJS document (pass `loaded.raw`, so strings are exact). */
export function toTimelineJs(timeline: Timeline): TimelineJsDocument {
	const title = toTitle(timeline);
	const document: TimelineJsDocument = {
		...timeline.extra,
		...(title === undefined ? {} : {title}),
		events: withIds(
			timeline.events,
			timeline.events.map(event => toEvent(timeline, event)),
		),
	};
	if (timeline.eras !== undefined) document['eras'] = timeline.eras.map(era => toEra(era));
	if (timeline.scale !== undefined) document['scale'] = timeline.scale;
	return document;
}
