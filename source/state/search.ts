/**
 * The `search` mode: the search line and its results, and the matches shown in the article pane
 * after a result is opened. Pure like the rest of the reducer: the search itself runs elsewhere
 * (hooks/use-search.ts sends the query to the search worker and dispatches `searchResults`).
 *
 * Typing edits the query (Backspace, Ctrl-W a word, Ctrl-U all; pasted text goes in as typed);
 * ↑↓ / Ctrl-P Ctrl-N pick a result; Enter opens it; Esc goes back to where the reader was.
 */
import type {Action} from './messages.js';
import {overlayHeight, selectedArticle, type State} from './model.js';
import {overlayLines} from './overlays.js';
import {select} from './browse.js';
import {articleMatches, type ArticleMatch} from '../core/search/article-matches.js';
import type {SearchResult} from '../core/search/results.js';
import type {ArticleContent} from '../core/article.js';
import {scrollTopFor} from '../core/article.js';
import {clamp, clampTop, keepVisible, pageSize} from '../core/viewport.js';

/** The newest answer from the search: the query it is for (it may trail what is typed), how many match, the first of them. */
export type SearchAnswer = {query: string; total: number; results: SearchResult[]};

export type SearchState = {
	/** What is typed on the search line. */
	query: string;
	answer: SearchAnswer | undefined;
	/** The picked result: an index into `answer.results`. */
	picked: number;
	/** The first result on screen. */
	top: number;
	/** Where Esc goes back to: the view the search opened over (the comparison, help…) and the reader's place in it. */
	before: Pick<State, 'mode' | 'overlayTop' | 'behind' | 'selected' | 'listTop' | 'articleTop' | 'focus' | 'matches'> | undefined;
};

/** Search matches in one article: highlighted in the pane while it shows that article; `n` and `N` step through them. */
export type ArticleMatches = {
	content: ArticleContent;
	ranges: ArticleMatch[];
	/** The match last moved to, or -1 before any. */
	current: number;
};

export const emptySearch: SearchState = {query: '', answer: undefined, picked: 0, top: 0, before: undefined};

/** Lines each result takes in the list: where it is, then the matched text. */
export const resultLines = 2;

/** Results on screen in a body `height` rows tall (the search line takes one). */
export function resultsHeight(state: State): number {
	const height = state.layout.kind === 'panes' ? state.layout.body.height : 1;
	return Math.max(1, Math.floor((height - 1) / resultLines));
}

/** Opens the search line, keeping the last query (as fzf and less keep theirs) and noting which view and where the reader is. */
export function openSearch(state: State): State {
	const {mode, overlayTop, behind, selected, listTop, articleTop, focus, matches} = state;
	return {...state, mode: 'search', search: {...state.search, before: {mode, overlayTop, behind, selected, listTop, articleTop, focus, matches}}};
}

/**
 * Pasted text as it goes on the search line. The reducer splits control keys out of an input
 * before it gets here (update.ts); a line break inside pasted text arrives as a space, and any
 * control character still left becomes one.
 */
function typed(input: string): string {
	return input.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

function withQuery(state: State, query: string): State {
	return query === state.search.query ? state : {...state, search: {...state.search, query}};
}

function pick(state: State, index: number): State {
	const count = state.search.answer?.results.length ?? 0;
	if (count === 0) return state;
	const picked = clamp(index, 0, count - 1);
	const top = keepVisible(state.search.top, picked, resultsHeight(state), count);
	return picked === state.search.picked && top === state.search.top ? state : {...state, search: {...state.search, picked, top}};
}

/** The matches of `query` in the article the pane shows for event `selected`. */
function matchesFor(state: State, query: string): ArticleMatches | undefined {
	const view = selectedArticle(state);
	if (view === undefined) return undefined;
	return {content: view.article.content, ranges: articleMatches(query, view.article.content.paragraphs), current: -1};
}

/** Enter: an event is selected; a passage's article opens at its first match, every match highlighted. */
function open(state: State): State {
	const result = state.search.answer?.results[state.search.picked];
	if (result === undefined || result.eventIndex === undefined) return state;
	const query = state.search.answer?.query ?? state.search.query;
	let next: State = {...select(state, result.eventIndex), mode: 'browse', overlayTop: 0, behind: undefined, search: {...state.search, before: undefined}};
	const matches = matchesFor(next, query);
	next = {...next, matches, focus: result.kind === 'event' ? 'timeline' : 'article'};
	if (result.kind === 'passage' && matches !== undefined) {
		const paragraph = (result.paragraph ?? 1) - 1;
		const first = result.ranges[0]?.[0] ?? 0;
		const current = matches.ranges.findIndex(range => range.paragraph === paragraph && range.end > first);
		next = moveToMatch({...next, matches: {...matches, current: -1}}, current >= 0 ? current : matches.ranges.findIndex(range => range.paragraph === paragraph));
	}
	return next;
}

/** Scrolls the article to match `index` (wrapping around), making it the current one. */
export function moveToMatch(state: State, index: number): State {
	const view = selectedArticle(state);
	const {matches} = state;
	if (view === undefined || matches === undefined || matches.content !== view.article.content || matches.ranges.length === 0) return state;
	const count = matches.ranges.length;
	const current = ((index % count) + count) % count;
	const range = matches.ranges[current]!;
	return {...state, articleTop: scrollTopFor(view.layout, range, view.height), matches: {...matches, current}};
}

/** `n` (1) and `N` (-1): the next or previous match in the article, from the first (or last) when none is current yet. */
export function stepMatch(state: State, delta: 1 | -1): State {
	const {matches} = state;
	if (matches === undefined) return state;
	return moveToMatch(state, matches.current < 0 ? (delta > 0 ? 0 : matches.ranges.length - 1) : matches.current + delta);
}

/** Esc: back to the view the search was opened over (browsing, the comparison, help, the summary), where the reader was. */
function cancel(state: State): State {
	const {before} = state.search;
	const next: State = {...state, mode: 'browse', ...before, search: {...state.search, before: undefined}};
	// The terminal may have been resized while searching.
	return {...next, overlayTop: clampTop(next.overlayTop, overlayLines(next).length, overlayHeight(next))};
}

/** New results: kept when they are for the query on the line (or older and still the newest answer). */
function receive(state: State, action: Extract<Action, {type: 'searchResults'}>): State {
	const {answer} = state.search;
	if (action.from > 0) {
		// More results of the same query, for scrolling further.
		if (answer === undefined || answer.query !== action.query || action.from !== answer.results.length) return state;
		return {...state, search: {...state.search, answer: {...answer, results: [...answer.results, ...action.results]}}};
	}
	return {...state, search: {...state.search, answer: {query: action.query, total: action.total, results: action.results}, picked: 0, top: 0}};
}

/** The `search` mode's reducer. */
export function updateSearch(state: State, action: Action): State {
	const {query} = state.search;
	switch (action.type) {
		case 'key':
			// Unbound keys: printable ones (and pastes, which arrive unnamed) are text for the line.
			if (action.name === undefined || [...action.name].length === 1 || action.name === 'space') return withQuery(state, query + typed(action.input));
			return state;
		case 'searchDelete':
			return withQuery(state, [...query].slice(0, -1).join(''));
		case 'searchDeleteWord':
			return withQuery(state, query.replace(/\S*\s*$/, ''));
		case 'searchClear':
			return withQuery(state, '');
		case 'searchNext':
			return pick(state, state.search.picked + 1);
		case 'searchPrevious':
			return pick(state, state.search.picked - 1);
		case 'searchPageDown':
			return pick(state, state.search.picked + pageSize(resultsHeight(state)));
		case 'searchPageUp':
			return pick(state, state.search.picked - pageSize(resultsHeight(state)));
		case 'searchOpen':
			return open(state);
		case 'searchCancel':
			return cancel(state);
		case 'searchResults':
			return receive(state, action);
		default:
			return state;
	}
}
