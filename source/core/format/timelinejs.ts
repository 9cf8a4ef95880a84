/**
 * Export to TimelineJS JSON (TimelineJS3's format), the reverse of core/timelinejs.ts: loading the
 * output back gives the same events (ids from `unique_id`), dates and text. TimelineJS has no
 * "reported by" precision, so such a date goes out as its day with a `display_date` of
 * `by June 6, 2011`, which TimelineJS shows in place of the day.
 */
import type {Timeline, TimelineEvent} from '../schema.js';
import {formatDate} from '../dates.js';
import {resolveCitations, sourceLine} from './citation.js';

/** A TimelineJS date: numbers for year, month and day, as TimelineJS's own examples write them. */
export type TimelineJsDate = {year: number; month?: number; day?: number; display_date?: string};

export type TimelineJsEvent = {
	unique_id: string;
	start_date: TimelineJsDate;
	text: {headline: string; text: string};
	/** TimelineJS groups events into rows by `group`; the event's first tag. */
	group?: string;
};

/** The document `export --format timelinejs` prints. */
export type TimelineJsDocument = {
	/** `text` is left out when the timeline has no description, so none appears on import. */
	title: {text: {headline: string; text?: string}};
	events: TimelineJsEvent[];
};

/** Escapes text for HTML element content (the import decodes these entities back). */
export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function toDate(event: TimelineEvent): TimelineJsDate {
	const [year = 0, month, day] = event.date.value.split('-').map(Number);
	const date: TimelineJsDate = {year};
	if (month !== undefined) date.month = month;
	if (day !== undefined) date.day = day;
	if (event.date.precision === 'reported') date.display_date = formatDate(event.date);
	return date;
}

/**
 * The event's text as HTML: its own paragraphs (an imported event), else the summary followed by
 * each cited quote as a blockquote and its source line. The import reads the first paragraph back
 * as the summary.
 */
function eventHtml(timeline: Timeline, event: TimelineEvent): string {
	const paragraphs = event.body ?? (event.summary === '' ? [] : [event.summary]);
	let html = paragraphs.map(paragraph => `<p>${escapeHtml(paragraph)}</p>`).join('');
	if (event.body === undefined) {
		for (const resolved of resolveCitations(timeline, event.citations)) {
			html += `<blockquote>${escapeHtml(resolved.citation.quote)}</blockquote><p>— ${escapeHtml(sourceLine(resolved))}</p>`;
		}
	}
	return html;
}

/** The timeline as a TimelineJS document (pass `loaded.raw`, so strings are exact). */
export function toTimelineJs(timeline: Timeline): TimelineJsDocument {
	return {
		title: {text: timeline.description === undefined ? {headline: escapeHtml(timeline.title)} : {headline: escapeHtml(timeline.title), text: `<p>${escapeHtml(timeline.description)}</p>`}},
		events: timeline.events.map(event => {
			const out: TimelineJsEvent = {
				unique_id: event.id,
				start_date: toDate(event),
				text: {headline: escapeHtml(event.headline), text: eventHtml(timeline, event)},
			};
			const [group] = event.tags;
			if (group !== undefined) out.group = group;
			return out;
		}),
	};
}
