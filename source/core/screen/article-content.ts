/**
 * Which text the article pane shows for an event, and which part of it the event cites: the
 * source article of its first citation, or, for an event with no source (an imported timeline),
 * the event's own text. Results are remembered per event and source, so the wrapped layout in
 * `article.ts` is shared by every event citing the same article.
 */
import type {Citation, Source, Timeline, TimelineEvent} from '../model/schema.js';
import type {ArticleContent, HighlightRange} from './article-lines.js';
import {eventDate, formatDate} from '../model/dates.js';
import {eventTextParagraphs} from '../model/event-text.js';
import {byId} from '../model/by-id.js';
import {rememberIn} from '../memo.js';

export type EventArticle = {
	content: ArticleContent;
	/** The source shown, or undefined when the pane shows the event's own text. */
	source: Source | undefined;
	/** The event's cited passages within that source, in the order the event lists them. */
	cited: HighlightRange[];
};

const sourceContent = new WeakMap<Source, ArticleContent>();
const eventArticles = new WeakMap<TimelineEvent, EventArticle>();

/** The heading and paragraphs of a source article: headline, then "outlet · date · byline". */
export function sourceArticle(source: Source): ArticleContent {
	let content = sourceContent.get(source);
	if (content === undefined) {
		const date = formatDate({value: source.published, precision: 'day'});
		const meta = [source.outlet, date, source.byline].filter(part => part !== undefined && part !== '').join(' · ');
		content = {title: source.headline, meta, paragraphs: source.paragraphs};
		sourceContent.set(source, content);
	}
	return content;
}

/** The article the pane shows for `event`, and the passages it cites there. */
export function eventArticle(timeline: Timeline, event: TimelineEvent): EventArticle {
	const known = eventArticles.get(event);
	if (known !== undefined) return known;
	const first = event.citations.find(citation => byId(timeline.sources, citation.source) !== undefined);
	const source = byId(timeline.sources, first?.source);
	let article: EventArticle;
	if (source === undefined) {
		const meta = [eventDate(event), event.group].filter(part => part !== undefined && part !== '').join(' · ');
		article = {content: {title: event.headline, meta, paragraphs: eventTextParagraphs(event)}, source: undefined, cited: []};
	} else article = articleOfSource(timeline, event, source);
	eventArticles.set(event, article);
	return article;
}

/** A citation whose source is in the timeline, with that source. */
export type SourcedCitation = {citation: Citation; source: Source};

const sourced = new WeakMap<TimelineEvent, SourcedCitation[]>();

/** The event's citations that the pane can open: those whose source article is in the timeline, in the event's order. */
export function sourcedCitations(timeline: Timeline, event: TimelineEvent): SourcedCitation[] {
	let known = sourced.get(event);
	if (known === undefined) {
		known = event.citations.flatMap(citation => {
			const source = byId(timeline.sources, citation.source);
			return source === undefined ? [] : [{citation, source}];
		});
		sourced.set(event, known);
	}
	return known;
}

/** The passage a citation marks: its quote in its paragraph (the whole paragraph should the quote be missing). */
export function citedRange({citation, source}: SourcedCitation): HighlightRange | undefined {
	const paragraph = citation.paragraph - 1;
	const text = source.paragraphs[paragraph];
	if (text === undefined) return undefined;
	const start = text.indexOf(citation.quote);
	return start === -1 ? {paragraph, start: 0, end: text.length} : {paragraph, start, end: start + citation.quote.length};
}

const articles = new WeakMap<TimelineEvent, Map<Source, EventArticle>>();

/** The article of one of the event's sources, with every passage the event cites there. */
export function articleOfSource(timeline: Timeline, event: TimelineEvent, source: Source): EventArticle {
	return rememberIn(articles, event, source, () => {
		const cited = sourcedCitations(timeline, event)
			.filter(item => item.source === source)
			.flatMap(item => citedRange(item) ?? []);
		return {content: sourceArticle(source), source, cited};
	});
}
