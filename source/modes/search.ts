/**
 * `search`: the search line and its results. Pure like every reducer: the search itself runs
 * elsewhere (hooks/use-search.ts sends the query to the search worker and dispatches
 * `searchResults`).
 *
 * Typing edits the query (Backspace, Ctrl-W a word, Ctrl-U all; pasted text goes in as typed);
 * ↑↓ / Ctrl-P Ctrl-N pick a result; Enter opens it (the event, or the article at the match, every
 * match highlighted); Esc goes back to where the reader was.
 */
import type {Action} from '../state/messages.js';
import type {Binding, Mode} from '../state/mode.js';
import {resultsHeight, type State} from '../state/state.js';
import {matchesFor, moveToMatch} from '../state/matches.js';
import {clamp, keepVisible, pageSize} from '../core/viewport.js';
import {SearchView} from '../views/Search.js';
import {select} from './browse.js';
import {shownIndex} from './filter.js';

const bindings = [
	{keys: ['down', 'ctrl+n'], action: {type: 'searchNext'}, help: 'next result', hint: ['↑↓', 'pick']},
	{keys: ['up', 'ctrl+p'], action: {type: 'searchPrevious'}, help: 'previous result'},
	{keys: ['pagedown'], action: {type: 'searchPageDown'}, help: 'a page of results down'},
	{keys: ['pageup'], action: {type: 'searchPageUp'}, help: 'a page of results up'},
	{keys: ['return'], action: {type: 'searchOpen'}, help: 'open the result: select the event, or the article at the match', hint: ['⏎', 'open']},
	{keys: ['escape'], action: {type: 'searchCancel'}, help: 'cancel: back to where you were', hint: ['esc', 'cancel']},
	// Ink 6.8 reports the Backspace key as `delete`; `backspace` is Ctrl-H.
	{keys: ['delete'], action: {type: 'searchDelete'}, help: 'delete the last letter'},
	{keys: ['backspace'], action: {type: 'searchDelete'}, help: 'delete the last letter'},
	{keys: ['ctrl+w'], action: {type: 'searchDeleteWord'}, help: 'delete a word'},
	{keys: ['ctrl+u'], action: {type: 'searchClear'}, help: 'clear the query'},
] as const satisfies readonly Binding[];

/** Opens the search line, keeping the last query (as fzf and less keep theirs) and noting which view and where the reader is. */
function open(state: State): State {
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

/** Enter: an event is selected; a passage's article opens at its first match, every match highlighted. */
function openResult(state: State): State {
	const result = state.search.answer?.results[state.search.picked];
	// The worker searches the whole timeline (the filter scoping the query): its index is placed in the list shown.
	const index = result === undefined || result.eventIndex === undefined ? undefined : shownIndex(state, result.eventIndex);
	if (result === undefined || index === undefined) return state;
	const query = state.search.answer?.query ?? state.search.query;
	let next: State = {...select(state, index), mode: 'browse', overlayTop: 0, behind: undefined, search: {...state.search, before: undefined}};
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

/** Esc: back to the view the search was opened over (browsing, the comparison, help, the summary), where the reader was. */
function cancel(state: State): State {
	const {before} = state.search;
	// The terminal may have been resized while searching: update.ts clamps the restored view's scroll.
	return {...state, mode: 'browse', ...before, search: {...state.search, before: undefined}};
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

function reduce(state: State, action: Action): State {
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
			return openResult(state);
		case 'searchCancel':
			return cancel(state);
		case 'searchResults':
			return receive(state, action);
		default:
			return state;
	}
}

/** The picked result of how many, or nothing before any match. */
function position(state: State): string {
	const found = state.search.answer?.total ?? 0;
	return found === 0 ? '' : `${state.search.picked + 1}/${found}`;
}

export const search: Mode = {
	label: 'search',
	typing: true,
	bindings,
	jumps: ['searchOpen'],
	opener: {keys: ['/'], action: {type: 'open', mode: 'search'}, help: 'search events and article text', hint: ['/', 'search']},
	open,
	reduce,
	View: SearchView,
	title: () => 'Search',
	position,
};
