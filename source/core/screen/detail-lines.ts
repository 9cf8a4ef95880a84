/**
 * The detail pane's text: the selected event's card (exactly what `show` prints, from the same
 * `renderEvent`), a rule, then the source article of the current citation. One list of lines the
 * pane scrolls through, so the card scrolls away as the reader reads on. The card's lines are
 * remembered per (event, width, style); the article's per (article, width) in article.ts.
 */
import type {Timeline, TimelineEvent} from '../model/schema.js';
import type {Style} from '../text/style.js';
import {layoutArticle, linesOf, paintArticle, paintHeading, type ArticleLayout, type HighlightRange} from './article-lines.js';
import {articleOfSource, citedRange, sourcedCitations, type EventArticle, type SourcedCitation} from './article-content.js';
import {renderEvent} from '../format/event-card.js';
import {formatPublished} from '../format/printed-date.js';
import {eventDate, formatMediumDate} from '../model/dates.js';
import {clampTop} from './viewport.js';
import {rememberIn} from '../memo.js';
import {displayWidth, truncate} from '../text/width.js';

/** Columns around the card: a margin on the left, one spare on the right. */
const cardMargin = 1;

/** The width `show` prints at for the card in a pane `width` wide: what the card's text equals. */
export function cardWidth(width: number): number {
	return Math.max(1, width - cardMargin - 1);
}

const cards = new WeakMap<TimelineEvent, Map<Style, Map<number, string[]>>>();

/** The card's lines for a pane `width` wide, margin included: `renderEvent` (show's formatter) at `cardWidth`. */
export function cardLines(timeline: Timeline, event: TimelineEvent, width: number, style: Style): string[] {
	const byWidth = rememberIn(cards, event, style, () => new Map<number, string[]>());
	const known = byWidth.get(width);
	if (known !== undefined) return known;
	const margin = ' '.repeat(cardMargin);
	const lines = renderEvent(timeline, event, {width: cardWidth(width), style}).map(line => (line === '' ? '' : margin + line));
	// Only a few widths are ever live (the current one and the one before a resize).
	if (byWidth.size >= 4) byWidth.clear();
	byWidth.set(width, lines);
	return lines;
}

/** The card folded to one line: the headline and the date, and the key that unfolds it. */
export function foldedLine(event: TimelineEvent, width: number, style: Style): string {
	const text = truncate(`${event.headline} · ${eventDate(event)}`, Math.max(1, width - cardMargin - 1 - 5));
	return `${' '.repeat(cardMargin)}${style.bold(text)}${style.dim('  (i)')}`;
}

/** `WBUR, June 6, 2011, ¶5` (`short`: `WBUR, Jun 6, 2011, ¶5`): where a citation points, for a pane's title. */
export function citationPlace({citation, source}: SourcedCitation, short = false): string {
	const date = {value: source.published, precision: 'day'} as const;
	return `${source.outlet}, ${short ? formatMediumDate(date) : formatPublished(source.published)}, ¶${citation.paragraph}`;
}

/**
 * The pane's title for the current citation in `width` columns: `citation 2/2 · WBUR, June 6,
 * 2011, ¶5`, shortened as needed (`2/2 · WBUR, Jun 6, 2011, ¶5`); `Event` without a citation.
 */
export function detailTitle(detail: Detail | undefined, width: number): string {
	const at = detail?.citations[detail.citation];
	if (detail === undefined || at === undefined) return 'Event';
	const count = `${detail.citation + 1}/${detail.citations.length}`;
	const forms = [`citation ${count} · ${citationPlace(at)}`, `citation ${count} · ${citationPlace(at, true)}`, `${count} · ${citationPlace(at, true)}`];
	return forms.find(form => displayWidth(form) <= width) ?? forms[forms.length - 1]!;
}

/** What the pane shows for an event at a width: the card (or its folded line), the rule, the article. */
export type Detail = {
	event: TimelineEvent;
	/** The card's lines, unpainted (the view paints its own with `cardLines`); one line when folded. */
	card: readonly string[];
	folded: boolean;
	/** Lines before the article: the card and the rule under it (all of them when there is no article). */
	articleStart: number;
	citations: SourcedCitation[];
	/** The current citation: an index into `citations` (0 when there are none). */
	citation: number;
	/** The current citation's article and its laid-out lines; undefined for an event with no source article. */
	article: EventArticle | undefined;
	layout: ArticleLayout | undefined;
	/** The current citation's passage. */
	current: HighlightRange | undefined;
	/** Lines in all. */
	total: number;
};

/** The pane's document for `event`: `citation` picks the article (wrapping around), `plain` is the style used to count lines. */
export function detailOf(timeline: Timeline, event: TimelineEvent, width: number, citation: number, folded: boolean, plain: Style): Detail {
	const card = folded ? [foldedLine(event, width, plain)] : cardLines(timeline, event, width, plain);
	const citations = sourcedCitations(timeline, event);
	const count = citations.length;
	const index = count === 0 ? 0 : ((citation % count) + count) % count;
	const at = citations[index];
	if (at === undefined) return {event, card, folded, articleStart: card.length, citations, citation: 0, article: undefined, layout: undefined, current: undefined, total: card.length};
	const article = articleOfSource(timeline, event, at.source);
	const layout = layoutArticle(article.content, width);
	const articleStart = card.length + 1;
	return {event, card, folded, articleStart, citations, citation: index, article, layout, current: citedRange(at), total: articleStart + layout.lines.length};
}

/** The shortest pane that pins the article's heading on its first line once the title scrolls away. */
export const pinnedHeadingMinHeight = 6;

/**
 * Lines of the article kept above a passage when the start of its paragraph cannot show with it,
 * as `less -j` and vim's `scrolloff` keep context: enough for the words that lead into a quote
 * (who is speaking).
 */
export const passageContext = 2;

/** The article's lines `[from, to)` a window at `top` shows below the pinned heading (if any). */
function articleWindow(detail: Detail, top: number, height: number): {from: number; to: number} {
	const start = top - detail.articleStart;
	const pinned = start > 0 && height >= pinnedHeadingMinHeight;
	return {from: Math.max(0, pinned ? start + 1 : start), to: start + height};
}

/**
 * Where to scroll so `range` of the article is on screen in context: the top of the pane when it
 * already shows there (the card above it); else from the start of its paragraph when the
 * paragraph's start and the whole passage fit, otherwise with `passageContext` lines above it.
 * Never under the pinned heading: the heading takes the line above the first one kept.
 */
export function passageTop(detail: Detail, range: HighlightRange | undefined, height: number): number {
	if (detail.layout === undefined || range === undefined) return 0;
	const {first, last} = linesOf(detail.layout, range);
	if (detail.articleStart + last < height) return 0;
	const heading = height >= pinnedHeadingMinHeight ? 1 : 0;
	const paragraph = detail.layout.paragraphStart[range.paragraph] ?? first;
	const from = last - paragraph < height - heading ? paragraph : Math.max(paragraph, first - passageContext);
	return clampTop(detail.articleStart + from - heading, detail.total, height);
}

/** Whether the first line of `range` shows in a window at `top` (not hidden by the card or the pinned heading). */
export function passageShown(detail: Detail, range: HighlightRange | undefined, top: number, height: number): boolean {
	if (detail.layout === undefined || range === undefined) return false;
	const {first} = linesOf(detail.layout, range);
	const {from, to} = articleWindow(detail, clampTop(top, detail.total, height), height);
	return first >= from && first < to;
}

/**
 * The styled lines `[top, top + height)` of the pane: the card painted with `style` (the same
 * lines `show` prints), the rule, the article with every cited passage marked and the current one
 * distinctly, `extra` ranges (search matches) in reverse video. Once the article's top has
 * scrolled away, its heading is pinned on the first line (in a pane tall enough to spare it).
 */
export function paintDetail(timeline: Timeline, detail: Detail, top: number, height: number, width: number, style: Style, extra?: readonly HighlightRange[]): string[] {
	const from = clampTop(top, detail.total, height);
	const to = Math.min(detail.total, from + height);
	const card = detail.folded ? [foldedLine(detail.event, width, style)] : cardLines(timeline, detail.event, width, style);
	const out = card.slice(from, to);
	const {layout, article} = detail;
	if (layout === undefined || article === undefined || to <= card.length) return out;
	if (from <= card.length) out.push(style.dim('─'.repeat(Math.max(0, width - 1))));
	const start = Math.max(0, from - detail.articleStart);
	const pinned = start > 0 && height >= pinnedHeadingMinHeight;
	const marks = {cited: article.cited, current: detail.current, extra};
	if (pinned) out.push(paintHeading(layout, style));
	out.push(...paintArticle(layout, pinned ? start + 1 : start, to - detail.articleStart, marks, style));
	return out;
}
