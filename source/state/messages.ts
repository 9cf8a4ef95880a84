/**
 * Every action the explorer's reducer understands. Keys become actions through the key table
 * (`keymap.ts`); the terminal sends `resize`. A new mode adds its actions here.
 */
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
	| {type: 'toCitation'};

export type ActionType = Action['type'];
