/**
 * The summary: title, description, overview, then the dated events one line each. The explorer's
 * `s` overlay renders exactly `renderSummary`'s lines and `sc-timeline summary` prints them, so
 * the two cannot disagree.
 */
import type {Timeline} from '../model/schema.js';
import type {Style} from '../text/style.js';
import {eventDate} from '../model/dates.js';
import {describeItem, overview} from './overview.js';
import {hang} from './hanging-indent.js';
import {padEnd, widest, wrap} from '../text/width.js';
import {escapeMarkdown, markdownLinks} from './markdown-escape.js';
import {plainLinks} from '../load/html-text.js';
import {mediumDate} from './printed-date.js';
import {summaryRuler} from '../screen/ruler-text.js';
import {paintStance} from '../model/stance.js';

export type RenderOptions = {
	/** Columns to wrap at (at least 1). */
	width: number;
	/** `none` for output that must hold no escape byte. */
	style: Style;
};

/** Overview lines: the extent, then "The decision to join: …" and the like, each wrapped. */
function overviewLines(timeline: Timeline, {width, style}: RenderOptions): string[] {
	const lines: string[] = [];
	for (const item of overview(timeline)) {
		const {lead, stance, body} = describeItem(item);
		let text = body;
		if (lead !== '') {
			const painted = paintStance(stance, lead, style, style.bold);
			text = `${painted}: ${body}`;
		}
		lines.push(...wrap(text, width));
	}
	return lines;
}

/** The date column may take at most this share of the width before a shorter date form is used. */
const dateShare = 0.4;

/**
 * One line per event (continued under the headline when it wraps): date, then headline. Dates
 * take the long form when it fits the column, else the compact one (`by Dec 17, 2010`).
 */
export function renderEventList(timeline: Timeline, {width, style}: RenderOptions): string[] {
	let dates = timeline.events.map(event => eventDate(event));
	if (widest(dates) > width * dateShare) dates = timeline.events.map(event => eventDate(event, mediumDate));
	const column = widest(dates);
	const lines: string[] = [];
	for (const [index, event] of timeline.events.entries()) {
		lines.push(...hang(`${style.dim(padEnd(dates[index] ?? '', column))}  `, event.headline, width));
	}
	return lines;
}

/**
 * The summary as wrapped lines for a terminal or a pipe. Blank lines separate the title, the
 * description, the overview and the event list.
 */
export function renderSummary(timeline: Timeline, options: RenderOptions): string[] {
	const {width, style} = options;
	const lines = wrap(style.bold(style.accent(timeline.title)), width);
	if (timeline.description) lines.push('', ...wrap(plainLinks(timeline.description), width));
	lines.push('', ...overviewLines(timeline, options));
	const ruler = summaryRuler(timeline, width, style);
	if (ruler.length > 0) lines.push('', ...ruler);
	if (timeline.events.length > 0) lines.push('', ...wrap(style.bold('Events'), width), ...renderEventList(timeline, options));
	return lines;
}

/**
 * The summary as Markdown: a heading, the description, the overview as a list, and the events as
 * a list under their own heading. Lines are not wrapped, so a renderer reflows them and no data
 * can land at the start of a line where it would start a list or a heading.
 */
export function summaryMarkdown(timeline: Timeline): string[] {
	const lines = [`# ${escapeMarkdown(timeline.title)}`, ''];
	if (timeline.description) lines.push(markdownLinks(timeline.description), '');
	for (const item of overview(timeline)) {
		const {lead, body} = describeItem(item);
		lines.push(`- ${lead === '' ? '' : `**${escapeMarkdown(lead)}:** `}${escapeMarkdown(body)}`);
	}
	if (timeline.events.length > 0) {
		lines.push('', '## Events', '');
		for (const event of timeline.events) lines.push(`- **${escapeMarkdown(eventDate(event))}**: ${escapeMarkdown(event.headline)}`);
	}
	return lines;
}
