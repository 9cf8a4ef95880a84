/**
 * One event in full, as `show` prints it: headline, date with its precision and derivation, the
 * facts that let a reader filter, the summary, then each cited passage as a quote with the line
 * that credits its source. Events that carry their own text (TimelineJS imports) show it instead.
 */
import type {Timeline, TimelineEvent} from '../model/schema.js';
import {eventDate, formatRange} from '../model/dates.js';
import {mediaLines, mediaMark, mediaParts} from '../model/event-text.js';
import {listItem, plainLinks} from '../load/html-text.js';
import {precisionNotes} from './printed-date.js';
import {resolveCitations, sourceLine} from './citation.js';
import {hang} from './hanging-indent.js';
import {padEnd, widest, wrap} from '../text/width.js';
import {escapeMarkdown, markdownLinks} from './markdown-escape.js';
import type {RenderOptions} from './summary-lines.js';
import {paintStance} from '../model/stance.js';

/** The labelled facts under the headline, in display order; empty values are left out. */
export function eventFacts(event: TimelineEvent): Array<[label: string, value: string]> {
	const {time} = event.date;
	const note = time === undefined ? precisionNotes[event.date.precision] : `known to the ${time.length === 2 ? 'hour' : time.length === 5 ? 'minute' : 'second'}`;
	const computed = `${formatRange(event.date, event.end)} (${note})`;
	const own = eventDate(event);
	// The author's own wording first, then what the date fields say, so both can be checked.
	const facts: Array<[string, string]> =
		own === formatRange(event.date, event.end)
			? [['Date', computed]]
			: [
					['Date', own],
					['Computed', computed],
				];
	if (event.date.derivation) facts.push(['How dated', event.date.derivation]);
	if (event.stance) facts.push(['Stance', event.stance]);
	if (event.actors.length > 0) facts.push(['Actors', event.actors.join(', ')]);
	if (event.tags.length > 0) facts.push(['Tags', event.tags.join(', ')]);
	if (event.group !== undefined) facts.push(['Group', event.group]);
	facts.push(['Id', event.id]);
	return facts;
}

/** The event's own paragraphs after the summary (an import's body usually opens with it). */
function bodyAfterSummary(event: TimelineEvent): string[] {
	const body = event.body ?? [];
	return body[0] === event.summary ? body.slice(1) : body;
}

/** `show <id>` as wrapped lines. The quote bar is `┃`, as in the explorer's article pane. */
export function renderEvent(timeline: Pick<Timeline, 'sources'>, event: TimelineEvent, {width, style}: RenderOptions): string[] {
	const lines = wrap(style.bold(event.headline), width);
	const facts = eventFacts(event);
	const column = widest(facts.map(([label]) => label));
	lines.push('');
	for (const [label, value] of facts) {
		const painted = label === 'Stance' ? paintStance(value, value, style) : value;
		lines.push(...hang(`${style.dim(padEnd(label, column))}  `, painted, width));
	}
	for (const paragraph of [event.summary, ...bodyAfterSummary(event)]) {
		if (paragraph !== '') lines.push('', ...wrap(plainLinks(paragraph), width));
	}
	const media = mediaLines(event.media);
	if (media.length > 0) lines.push('', ...media.flatMap(line => wrap(line, width)));
	for (const resolved of resolveCitations(timeline, event.citations)) {
		lines.push('');
		// The bar needs two columns; a terminal narrower than four gets the quote without it.
		const bar = width >= 4 ? `${style.accent('┃')} ` : '';
		lines.push(...wrap(style.highlight(resolved.citation.quote), width - (bar === '' ? 0 : 2)).map(line => bar + line));
		// A no-break space keeps "paragraph 7" together when the line wraps; it is a plain space again in the output.
		const credit = sourceLine(resolved).replace(/ (\d+)$/, '\u00a0$1');
		lines.push(...hang('  — ', credit, width).map(line => style.dim(line.replace(/\u00a0/g, ' '))));
	}
	return lines;
}

/**
 * One event as Markdown: a heading at `level` (1 for `show`, deeper inside `export`), the facts
 * as a list, the summary, and each cited passage as a blockquote ending in its source line.
 */
export function eventMarkdown(timeline: Pick<Timeline, 'sources'>, event: TimelineEvent, level = 1): string[] {
	const lines = [`${'#'.repeat(level)} ${escapeMarkdown(event.headline)}`, ''];
	for (const [label, value] of eventFacts(event)) {
		lines.push(`- **${label}:** ${label === 'Id' ? `\`${event.id}\`` : escapeMarkdown(value)}`);
	}
	// The kind of list the last paragraph was an item of, if it was one.
	let list: 'bullets' | 'numbers' | undefined;
	for (const paragraph of [event.summary, ...bodyAfterSummary(event)]) {
		if (paragraph === '') continue;
		// A list item (`• …`, `1. …`, as a TimelineJS list is read) is one in Markdown, its neighbours of a kind in the same list.
		const item = listItem.exec(paragraph);
		const kind = item === null ? undefined : item[1] === '•' ? 'bullets' : 'numbers';
		if (kind === undefined || kind !== list) lines.push('');
		lines.push(item === null ? markdownLinks(paragraph) : `${kind === 'bullets' ? '-' : item[1]} ${markdownLinks(item[2] ?? '')}`);
		list = kind;
	}
	if (event.media !== undefined) {
		const {label, relative, text, url, link} = mediaParts(event.media);
		// Only a plain web address becomes an autolink; anything else is shown as escaped text.
		const address = (value: string | undefined) => (value === undefined ? '' : /^https?:\/\/[^\s<>]+$/.test(value) ? ` <${value}>` : ` ${escapeMarkdown(value)}`);
		lines.push('', `${escapeMarkdown(mediaMark)} ${markdownLinks(label)}${address(relative)}${address(url)}${address(link)}`);
		if (text !== undefined) lines.push('', markdownLinks(text));
	}
	for (const resolved of resolveCitations(timeline, event.citations)) {
		lines.push('', `> ${escapeMarkdown(resolved.citation.quote, {lineStart: true})}`, '>', `> — ${escapeMarkdown(sourceLine(resolved))}`);
	}
	return lines;
}
