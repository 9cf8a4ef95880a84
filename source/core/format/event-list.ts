/** `events`: one line per event, for reading down a list and for `grep`, `wc -l` and `cut`. */
import type {Timeline} from '../model/schema.js';
import {displayWidth, padEnd, truncate, truncateMiddle, widest} from '../text/width.js';
import {eventDate} from '../model/dates.js';
import {mediumDate} from './printed-date.js';
import {escapeMarkdown} from './markdown-escape.js';
import type {RenderOptions} from './summary-lines.js';

/**
 * The id column takes at most this share of the width; longer ids are shortened in the middle. The
 * id is what `show` is given, so it keeps its whole length before the headline does: a headline
 * is cut first (the bundled story's ids are all whole at 80 columns).
 */
const idShare = 0.45;

/**
 * Each event on exactly one line, in three aligned columns: id (what `show` takes), compact date,
 * headline. The id column is as wide as the longest id up to a third of the width; a longer id
 * is shortened in the middle (`indianapolis-mayor…-university`) before any headline is cut, and
 * a headline longer than the rest of the line is cut with `…` at its end. `width` may be
 * `Infinity` (a pipe): nothing is cut.
 */
export function renderEventLines(timeline: Timeline, {width, style}: RenderOptions): string[] {
	const ids = Math.max(1, Math.min(widest(timeline.events.map(event => event.id)), Math.floor(width * idShare)));
	const dates = timeline.events.map(event => eventDate(event, mediumDate));
	const column = widest(dates);
	return timeline.events.map((event, index) => {
		const id = truncateMiddle(event.id, ids);
		// Style after cutting, so the cut counts only visible columns and never splits an escape sequence.
		const rest = truncate(`${padEnd(dates[index] ?? '', column)}  ${event.headline}`, width - ids - 2);
		// Narrower than the columns themselves (a few columns wide), the line is cut as a whole.
		return truncate(`${style.accent(id)}${' '.repeat(ids - displayWidth(id))}  ${rest}`, width);
	});
}

/** The event list as a Markdown list: `- **December 17, 2010**: headline (`id`)`. */
export function eventsMarkdown(timeline: Timeline): string[] {
	return timeline.events.map(event => `- **${escapeMarkdown(eventDate(event))}**: ${escapeMarkdown(event.headline)} (\`${event.id}\`)`);
}
