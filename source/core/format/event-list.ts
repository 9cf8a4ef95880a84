/** `events`: one line per event, for reading down a list and for `grep`, `wc -l` and `cut`. */
import type {Timeline} from '../model/schema.js';
import {padEnd, truncate, widest} from '../text/width.js';
import {eventDate} from '../model/dates.js';
import {mediumDate} from './printed-date.js';
import {escapeMarkdown} from './markdown-escape.js';
import type {RenderOptions} from './summary-lines.js';

/** The id column takes at most this share of the width. */
const idShare = 0.4;

/**
 * Each event on exactly one line: id (what `show` takes), compact date, headline; a line longer
 * than the width is cut with `…` at the end, so ids and dates always survive.
 */
export function renderEventLines(timeline: Timeline, {width, style}: RenderOptions): string[] {
	// Ids longer than the column push the rest of their own line right, rather than squeezing every headline.
	const ids = Math.min(widest(timeline.events.map(event => event.id)), Math.max(12, Math.floor(width * idShare)));
	const dates = timeline.events.map(event => eventDate(event, mediumDate));
	const column = widest(dates);
	return timeline.events.map((event, index) => {
		const line = `${padEnd(event.id, ids)}  ${padEnd(dates[index] ?? '', column)}  ${event.headline}`;
		const cut = truncate(line, width);
		// Style after cutting, so the cut counts only visible columns and never splits an escape sequence.
		const id = cut.slice(0, Math.min(cut.length, event.id.length));
		return style.accent(id) + cut.slice(id.length);
	});
}

/** The event list as a Markdown list: `- **December 17, 2010**: headline (`id`)`. */
export function eventsMarkdown(timeline: Timeline): string[] {
	return timeline.events.map(event => `- **${escapeMarkdown(eventDate(event))}**: ${escapeMarkdown(event.headline)} (\`${event.id}\`)`);
}
