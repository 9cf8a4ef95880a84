/**
 * Search results as JSON, like the other commands' JSON: strings exactly as in the file (JSON
 * escapes them itself), ids rather than positions. Search runs on sanitised text, so ranges are
 * moved from the sanitised text to the raw one where they differ.
 */
import type {LoadedTimeline} from '../load/load-timeline.js';
import {sanitize} from '../text/sanitize.js';
import {dateLine} from './corpus.js';
import type {FieldMatch, Range, SearchResult} from './results.js';
import {byId} from '../model/by-id.js';

export type SearchResultJson = {
	kind: SearchResult['kind'];
	/** The event matched, or the event a passage is reached through. */
	eventId?: string;
	/** That event's date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	date?: string;
	sourceId?: string;
	paragraph?: number;
	field: SearchResult['field'];
	/** The matched text as in the file. */
	text: string;
	/** Matched characters of `text`, `[start, end)` in UTF-16 code units. */
	ranges: Range[];
	/** 0 best. */
	score: number;
	/** An event's fields that matched. */
	fields?: Array<{field: FieldMatch['field']; text: string; ranges: Range[]}>;
};

/** Moves ranges in `sanitize(raw)` to the same characters of `raw`. */
export function rawRanges(raw: string, ranges: readonly Range[]): Range[] {
	if (sanitize(raw).length === raw.length) return ranges.map(([start, end]) => [start, end]);
	// Where each raw code unit starts in the sanitised text (sanitize replaces code units one by one).
	const at: number[] = [];
	let offset = 0;
	for (let i = 0; i < raw.length; i++) {
		at.push(offset);
		offset += sanitize(raw.charAt(i)).length;
	}
	at.push(offset);
	const rawIndex = (position: number) => {
		let i = 0;
		while (i + 1 < at.length && at[i + 1]! <= position) i++;
		return i;
	};
	return ranges.map(([start, end]) => [rawIndex(start), rawIndex(end - 1) + 1]);
}

/** The raw text of one field of a raw event, as the search joined it. */
function rawField(event: LoadedTimeline['raw']['events'][number], field: FieldMatch['field']): string {
	switch (field) {
		case 'headline':
			return event.headline;
		case 'summary':
			return event.summary;
		case 'date':
			return dateLine(event.date);
		case 'actors':
			return event.actors.join(', ');
		case 'tags':
			return event.tags.join(', ');
		case 'group':
			return event.group ?? '';
		case 'caption':
			return event.media?.caption ?? '';
		case 'credit':
			return event.media?.credit ?? '';
		case 'media':
			return event.media?.text ?? '';
	}
}

/** One result as JSON, with the raw strings of `loaded.raw`. */
export function resultJson(result: SearchResult, loaded: LoadedTimeline): SearchResultJson {
	const event = result.eventIndex === undefined ? undefined : loaded.raw.events[result.eventIndex];
	const where = event === undefined ? {} : {eventId: event.id, date: event.date.value};
	if (result.kind === 'event' && event !== undefined) {
		const fields = (result.fields ?? []).map(field => {
			const text = rawField(event, field.field);
			return {field: field.field, text, ranges: rawRanges(text, field.ranges)};
		});
		const best = fields.find(field => field.field === result.field);
		const text = best?.text ?? event.headline;
		return {kind: 'event', ...where, field: result.field, text, ranges: best?.ranges ?? [], score: result.score, fields};
	}
	const paragraphs = result.sourceId === undefined ? event?.body : byId(loaded.raw.sources, result.sourceId)?.paragraphs;
	const text = paragraphs?.[(result.paragraph ?? 1) - 1] ?? result.text;
	return {
		kind: 'passage',
		...where,
		...(result.sourceId === undefined ? {} : {sourceId: result.sourceId}),
		...(result.paragraph === undefined ? {} : {paragraph: result.paragraph}),
		field: result.field,
		text,
		ranges: rawRanges(text, result.ranges),
		score: result.score,
	};
}
