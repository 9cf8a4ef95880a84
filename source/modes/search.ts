/**
 * `search`: the search line and its results. Pure like every reducer: the search itself runs
 * elsewhere (hooks/use-search.ts sends the query to the search worker and dispatches
 * `searchResults`).
 *
 * Typing edits the query with readline's keys (state/line-editor.ts; pasted text goes in whole);
 * `/` reopens it selected, as a browser's find bar: typing replaces it, ←→ Home End keep it to
 * edit. ↑↓ pick a result, Ctrl-P Ctrl-N walk the history (see `bindings`); Enter opens it (the
 * event, or the article at the match, every match highlighted); Esc goes back to where the reader was.
 */
import type {Action} from '../state/messages.js';
import type {SearchResult} from '../core/search/results.js';
import type {Binding, Mode} from '../state/mode.js';
import {resultLines, resultsHeight, slot, withSlot, type State} from '../state/state.js';
import {addToHistory, capHistory, historyStep} from '../core/session/history.js';
import {citationOfSource, matchesFor, moveToMatch} from '../state/matches.js';
import {clamp, keepVisible, pageSize, visibleRange} from '../core/screen/viewport.js';
import {SearchView} from '../views/Search.js';
import {editLine, lineBindings, lineOf, type Line} from '../state/line-editor.js';
import {select} from './browse.js';
import {shownIndex} from './filter.js';

declare module '../state/state.js' {
	interface ModeSlots {
		search: HistorySlot;
	}
}

declare module '../state/messages.js' {
	interface ActionMap {
		/** Ctrl-P / Ctrl-N: an earlier or a later query from the history. */
		historyOlder: Record<never, never>;
		historyNewer: Record<never, never>;
		/** The history read from the state file when the explorer opens. */
		historyLoaded: {queries: string[]};
		/** A click on a result: pick result `index`. */
		searchPick: {index: number};
	}
}

/**
 * The search history: queries opened with Enter, newest first (kept between runs by
 * hooks/use-state-files.ts); `position` is the one on the line (-1: what was typed, kept in `typed`).
 */
export type HistorySlot = {queries: readonly string[]; position: number; typed: string};

const noHistory: HistorySlot = {queries: [], position: -1, typed: ''};

/** The search history (what hooks/use-state-files.ts saves). */
export function searchHistory(state: State): HistorySlot {
	return slot(state, 'search') ?? noHistory;
}

/** Walks the history a step (older: +1), the typed line kept to come back to. */
function recall(state: State, direction: 1 | -1): State {
	const history = searchHistory(state);
	const position = historyStep(history.queries, history.position, direction);
	if (position === history.position) return state;
	const typed = history.position === -1 ? state.search.query : history.typed;
	const query = position === -1 ? typed : (history.queries[position] ?? '');
	return withSlot({...state, search: {...state.search, query, cursor: undefined, selected: false}}, 'search', {...history, position, typed});
}

/**
 * As fzf does with a history: Ctrl-P and Ctrl-N walk the history and ↑↓ pick results; ↑ on the
 * first result (or with none) recalls the previous query, as a shell's up-line-or-history does.
 */
const bindings = [
	{keys: ['down'], action: {type: 'searchNext'}, help: 'next result', hint: ['↑↓', 'pick']},
	{keys: ['up'], action: {type: 'searchPrevious'}, help: 'previous result; on the first one, an earlier query'},
	{keys: ['ctrl+p'], action: {type: 'historyOlder'}, help: 'an earlier query from the history', hint: ['^P^N', 'history']},
	{keys: ['ctrl+n'], action: {type: 'historyNewer'}, help: 'a later query from the history'},
	{keys: ['pagedown'], action: {type: 'searchPageDown'}, help: 'a page of results down'},
	{keys: ['pageup'], action: {type: 'searchPageUp'}, help: 'a page of results up'},
	{keys: ['return'], action: {type: 'searchOpen'}, help: 'open the result: select the event, or the article at the match', hint: ['⏎', 'open']},
	{keys: ['escape'], action: {type: 'searchCancel'}, help: 'cancel: back to where you were', hint: ['esc', 'cancel']},
	...lineBindings,
] as const satisfies readonly Binding[];

/**
 * Opens the search line, keeping the last query selected (as a browser's find bar does) and noting
 * which view and where the reader is. A query that is the newest in the history is that entry, so
 * the first Ctrl-P recalls the one before it.
 */
function open(state: State): State {
	const {mode, overlayTop, behind, selected, listTop, articleTop, focus, matches} = state;
	const {query} = state.search;
	const next: State = {
		...state,
		mode: 'search',
		search: {...state.search, cursor: undefined, selected: query !== '', before: {mode, overlayTop, behind, selected, listTop, articleTop, focus, matches}},
	};
	const history = searchHistory(state);
	return query !== '' && history.queries[0] === query ? withSlot(next, 'search', {...history, position: 0, typed: query}) : next;
}

/** The search line as the line editor holds it. */
export function searchLine(state: State): Line {
	const {query, cursor, selected} = state.search;
	const line = lineOf(query, selected === true);
	return cursor === undefined ? line : {...line, cursor};
}

/** The line edited: a change of text leaves the history walk (the line is the typed one again). */
function withLine(state: State, line: Line): State {
	const next = {...state, search: {...state.search, query: line.text, cursor: line.cursor, selected: line.selected}};
	const history = searchHistory(state);
	return line.text === state.search.query || history.position === -1 ? next : withSlot(next, 'search', {...history, position: -1, typed: ''});
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
	// A passage opens in its own article: the event's citation of that paragraph, else of that source.
	next = {...next, citation: Math.max(0, citationOfSource(next, result.sourceId, result.paragraph))};
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
	const answered = {...state.search, answer: {query: action.query, total: action.total, results: action.results}};
	// The same query answered again (the word index built, with typo tolerance): the picked result stays picked, where it is now.
	const picked = answer?.query === action.query ? answer.results[state.search.picked] : undefined;
	const at = picked === undefined ? -1 : action.results.findIndex(result => sameResult(result, picked));
	if (at < 0) return {...state, search: {...answered, picked: 0, top: 0}};
	const top = keepVisible(clamp(state.search.top + at - state.search.picked, 0, at), at, resultsHeight(state), action.results.length);
	return {...state, search: {...answered, picked: at, top}};
}

/** Whether two results are the same hit: the same event, or the same passage. */
const sameResult = (a: SearchResult, b: SearchResult) => a.kind === b.kind && a.eventIndex === b.eventIndex && a.sourceId === b.sourceId && a.paragraph === b.paragraph;

function reduce(state: State, action: Action): State {
	const {query} = state.search;
	switch (action.type) {
		case 'key':
		case 'lineEdit': {
			// Unbound keys: printable ones (and pastes, which arrive unnamed) are text.
			const edit = action.type === 'key' ? editLine(searchLine(state), action.name, action.input) : editLine(searchLine(state), action.key, '');
			if (edit === undefined) return state;
			return edit.error === undefined ? withLine(state, edit.line) : {...state, status: {text: edit.error, kind: 'error'}};
		}
		case 'searchNext':
			return pick(state, state.search.picked + 1);
		case 'searchPrevious':
			return state.search.picked === 0 || (state.search.answer?.results.length ?? 0) === 0 ? recall(state, 1) : pick(state, state.search.picked - 1);
		case 'historyOlder':
			return recall(state, 1);
		case 'historyNewer':
			return recall(state, -1);
		case 'historyLoaded':
			return withSlot(state, 'search', {...searchHistory(state), queries: capHistory([...searchHistory(state).queries, ...action.queries])});
		case 'searchPick':
			return pick(state, action.index);
		case 'searchPageDown':
			return pick(state, state.search.picked + pageSize(resultsHeight(state)));
		case 'searchPageUp':
			return pick(state, state.search.picked - pageSize(resultsHeight(state)));
		case 'searchOpen': {
			const opened = openResult(state);
			if (opened === state) return state;
			// Kept in the history: the line as typed, as fzf keeps its accepted queries.
			const history = searchHistory(opened);
			return withSlot(opened, 'search', {queries: addToHistory(history.queries, query), position: -1, typed: ''});
		}
		case 'searchCancel':
			return cancel(state);
		case 'searchResults':
			return receive(state, action);
		case 'searchReadiness':
			return state.search.preparing === !action.ready ? state : {...state, search: {...state.search, preparing: !action.ready}};
		default:
			return state;
	}
}

/** A click on the body: on a result (two rows under the search line each), pick it and open it. */
function click(state: State, row: number): Action[] {
	const count = state.search.answer?.results.length ?? 0;
	if (row < 1 || count === 0) return [];
	// The view's window (views/Search.tsx): the picked result kept in view from `top`.
	const rows = resultsHeight(state);
	const {from, to} = visibleRange(keepVisible(state.search.top, state.search.picked, rows, count), rows, count);
	const index = from + Math.floor((row - 1) / resultLines);
	return index < to ? [{type: 'searchPick', index}, {type: 'searchOpen'}] : [];
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
	actions: ['historyLoaded', 'searchReadiness'],
	initial: noHistory,
	opener: {keys: ['/'], action: {type: 'open', mode: 'search'}, help: 'search events and article text', hint: ['/', 'search']},
	open,
	reduce,
	View: SearchView,
	click,
	title: () => 'Search',
	position,
};
