/** Where a search result is, in words: the same line in the explorer's results list and in printed output. */
import type {Timeline} from '../model/schema.js';
import {eventDate, formatDate} from '../model/dates.js';
import type {SearchResult} from './results.js';
import {byId} from '../model/by-id.js';

export type Location = {
	/** `June 3, 2011` for an event; `WBUR, June 6, 2011` for an article passage. */
	when: string;
	/** The event's headline, or the article's. */
	title: string;
	/** `¶ 4` for a passage; empty for an event. */
	paragraph: string;
	/** The event's id: the one an event result is, or the one a passage is reached through. */
	eventId?: string;
};

/** Describes where `result` is in `timeline` (the sanitised one the search ran on). */
export function locate(result: SearchResult, timeline: Timeline): Location {
	const event = result.eventIndex === undefined ? undefined : timeline.events[result.eventIndex];
	const eventId = event?.id;
	if (result.field === 'title' || result.field === 'description') return {when: 'Title slide', title: timeline.title, paragraph: ''};
	if (result.kind === 'event' || result.sourceId === undefined) {
		// The author's own date text, where given, as the timeline list shows it.
		return {when: event ? eventDate(event) : '', title: event?.headline ?? '', paragraph: result.paragraph ? `¶ ${result.paragraph}` : '', ...(eventId ? {eventId} : {})};
	}
	const source = byId(timeline.sources, result.sourceId);
	const published = source ? formatDate({value: source.published, precision: 'day'}) : '';
	return {
		when: source ? `${source.outlet}, ${published}` : '',
		title: source?.headline ?? result.sourceId,
		paragraph: `¶ ${result.paragraph ?? 1}`,
		...(eventId ? {eventId} : {}),
	};
}
