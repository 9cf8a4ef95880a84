/**
 * Search matches in the article pane: opening a result highlights every match of its query in
 * the article, and `n` / `N` step through them (modes/article.ts).
 */
import {articleMatches} from '../core/search/article-matches.js';
import {passageTop} from '../core/screen/detail-lines.js';
import {selectedDetail, type ArticleMatches, type State} from './state.js';

/** The matches of `query` in the article the pane shows for the selected event (none when it shows the card alone). */
export function matchesFor(state: State, query: string): ArticleMatches | undefined {
	const article = selectedDetail(state)?.article;
	if (article === undefined) return undefined;
	return {content: article.content, ranges: articleMatches(query, article.content.paragraphs), current: -1};
}

/** Scrolls the article to match `index` (wrapping around), making it the current one. */
export function moveToMatch(state: State, index: number): State {
	const view = selectedDetail(state);
	const {matches} = state;
	if (view === undefined || matches === undefined || matches.content !== view.article?.content || matches.ranges.length === 0) return state;
	const count = matches.ranges.length;
	const current = ((index % count) + count) % count;
	const range = matches.ranges[current]!;
	const next = {...state, articleTop: passageTop(view, range, view.height), matches: {...matches, current}};
	// Wrapping past either end says so, as vim's "search hit BOTTOM, continuing at TOP".
	if (matches.current < 0 || current === index || count === 1) return next;
	return {...next, status: {text: index > current ? `Wrapped around to the first match, 1/${count}` : `Wrapped around to the last match, ${count}/${count}`, kind: 'info'}};
}

/** `n` (1) and `N` (-1): the next or previous match in the article, from the first (or last) when none is current yet. */
export function stepMatch(state: State, delta: 1 | -1): State {
	const {matches} = state;
	if (matches === undefined) return state;
	return moveToMatch(state, matches.current < 0 ? (delta > 0 ? 0 : matches.ranges.length - 1) : matches.current + delta);
}

/**
 * The selected event's citation of paragraph `paragraph` (from 1) of source `sourceId`, else its
 * first citation of that source (an index into its sourced citations), or -1.
 */
export function citationOfSource(state: State, sourceId: string | undefined, paragraph?: number): number {
	const citations = selectedDetail(state)?.citations ?? [];
	const exact = citations.findIndex(item => item.source.id === sourceId && item.citation.paragraph === paragraph);
	return exact >= 0 ? exact : citations.findIndex(item => item.source.id === sourceId);
}
