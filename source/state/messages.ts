/**
 * Every action the explorer's reducer understands. Keys become actions through the key table
 * (`keymap.ts`); the terminal sends `resize`. A new mode adds its actions here.
 */
import type {SearchResult} from '../core/search/results.js';

export type Action =
	/** A key press, named as in `keymap.ts` (`j`, `G`, `down`, `ctrl+c`), with the raw text typed. */
	| {type: 'key'; name: string | undefined; input: string}
	| {type: 'resize'; columns: number; rows: number}
	/** `q`: close the overlay, or quit with exit code 0. */
	| {type: 'quit'}
	/** Ctrl-C: quit at once, exit code 130. */
	| {type: 'interrupt'}
	| {type: 'toggleHelp'}
	| {type: 'toggleSummary'}
	| {type: 'closeOverlay'}
	| {type: 'focusNext'}
	| {type: 'focusPrevious'}
	| {type: 'focusArticle'}
	| {type: 'focusTimeline'}
	| {type: 'selectNext'}
	| {type: 'selectPrevious'}
	| {type: 'selectFirst'}
	| {type: 'selectLast'}
	| {type: 'selectPageDown'}
	| {type: 'selectPageUp'}
	/** Scrolling the article, or the open overlay. */
	| {type: 'scrollLineDown'}
	| {type: 'scrollLineUp'}
	| {type: 'scrollPageDown'}
	| {type: 'scrollPageUp'}
	| {type: 'scrollTop'}
	| {type: 'scrollBottom'}
	/** Back to the selected event's cited passage. */
	| {type: 'toCitation'}
	/** `/`: the search line (state/search.ts). */
	| {type: 'openSearch'}
	/** Backspace on the search line; Ctrl-W deletes a word, Ctrl-U the whole query. */
	| {type: 'searchDelete'}
	| {type: 'searchDeleteWord'}
	| {type: 'searchClear'}
	/** Picking a search result. */
	| {type: 'searchNext'}
	| {type: 'searchPrevious'}
	| {type: 'searchPageDown'}
	| {type: 'searchPageUp'}
	/** Enter: open the picked result; Esc: back to where the search started. */
	| {type: 'searchOpen'}
	| {type: 'searchCancel'}
	/** An answer from the search worker: results `from` on of `query` (see hooks/use-search.ts). */
	| {type: 'searchResults'; query: string; total: number; from: number; results: SearchResult[]}
	/** `n` / `N` in the article: the next or previous search match. */
	| {type: 'nextMatch'}
	| {type: 'previousMatch'}
	/** `d`: the comparison of two statements (state/compare.ts), or close it. */
	| {type: 'openCompare'}
	/** In the comparison: side by side ⇄ unified; claims ⇄ full articles; next or previous topic; pick other statements. */
	| {type: 'compareLayout'}
	| {type: 'compareText'}
	| {type: 'compareNextTopic'}
	| {type: 'comparePreviousTopic'}
	| {type: 'pickStatements'}
	/** In the statement picker: move, and pick the highlighted statement. */
	| {type: 'pickNext'}
	| {type: 'pickPrevious'}
	| {type: 'pickChoose'};

export type ActionType = Action['type'];
