/**
 * The JSON shapes of `events --format json` and `show <id> --format json`. They are a stable
 * interface for scripts (`jq`): fields are only ever added. Strings are exactly as in the file
 * (JSON escapes control characters); derived fields are computed from them.
 */
import type {Citation, Media, Stance, Timeline, TimelineDate, TimelineEvent} from '../model/schema.js';
import {eventDate} from '../model/dates.js';
import {formatPublished} from './printed-date.js';
import {resolveCitations} from './citation.js';

/** One element of the array `events --format json` prints, in date order. */
export type EventJson = {
	id: string;
	/** As in the file: `value` is ISO cut to `precision`; `time`, `display` and `derivation` when given. */
	date: TimelineDate;
	/** The end of a date range, as in the file. */
	end?: TimelineDate;
	/** The date as printed: the author's own text, else `December 17, 2010`, `1066–1087`, `138 BC`, `by June 6, 2011`. */
	formattedDate: string;
	/** The TimelineJS group the event belongs to. */
	group?: string;
	/** Picture, video or page shown with the event. */
	media?: Media;
	headline: string;
	summary: string;
	actors: string[];
	tags: string[];
	/** Where the subject stood at the time of the event; null when the event records none. */
	stance: Stance | null;
	/** Present only when the event carries its own text (TimelineJS imports): one string per paragraph. */
	body?: string[];
	citations: Citation[];
};

/** A citation in `show --format json`: the reference, the whole paragraph, and the article it is in. */
export type CitationJson = Citation & {
	/** The whole cited paragraph; `quote` appears in it verbatim. */
	passage: string | null;
	article: {
		id: string;
		outlet: string;
		headline: string;
		/** YYYY-MM-DD */
		published: string;
		/** `June 6, 2011` */
		formattedPublished: string;
		url: string | null;
		byline: string | null;
	} | null;
};

/** What `show <id> --format json` prints: one event, its citations resolved. */
export type ShowJson = Omit<EventJson, 'citations'> & {citations: CitationJson[]};

/** An event as `EventJson` (pass an event from `loaded.raw` for exact strings). */
export function eventJson(event: TimelineEvent): EventJson {
	const json: EventJson = {
		id: event.id,
		date: event.date,
		formattedDate: eventDate(event),
		headline: event.headline,
		summary: event.summary,
		actors: event.actors,
		tags: event.tags,
		stance: event.stance ?? null,
		citations: event.citations,
	};
	if (event.body !== undefined) json.body = event.body;
	if (event.end !== undefined) json.end = event.end;
	if (event.group !== undefined) json.group = event.group;
	if (event.media !== undefined) json.media = event.media;
	return json;
}

/** An event as `ShowJson`, its citations looked up in `timeline` (the raw timeline, for exact strings). */
export function showJson(timeline: Pick<Timeline, 'sources'>, event: TimelineEvent): ShowJson {
	return {...eventJson(event), citations: citationsJson(timeline, event.citations)};
}

/** Citations as `CitationJson`: each with its passage and its article looked up in `timeline`. */
export function citationsJson(timeline: Pick<Timeline, 'sources'>, citations: Citation[]): CitationJson[] {
	return resolveCitations(timeline, citations).map(({citation, source, passage}) => ({
		...citation,
		passage: passage ?? null,
		article:
			source === undefined
				? null
				: {
						id: source.id,
						outlet: source.outlet,
						headline: source.headline,
						published: source.published,
						formattedPublished: formatPublished(source.published),
						url: source.url ?? null,
						byline: source.byline ?? null,
					},
	}));
}
