/**
 * Every action the explorer's reducer understands. Keys become actions through the key table
 * (`keymap.ts`); the terminal sends `resize`. A mode added later declares its own actions in its own file, by
 * augmenting `ActionMap` (`declare module '../state/messages.js' {interface ActionMap {…}}`).
 */
import type {SearchResult} from '../core/search/results.js';
import type {ModeName} from './state.js';
import type {MouseInput} from './key-names.js';

/** Every action by its type, with what it carries. An interface, so a mode's file can add its own. */
export interface ActionMap {
	/** A key press, named as in `keymap.ts` (`j`, `G`, `down`, `ctrl+c`), with the raw text typed. */
	key: {name: string | undefined; input: string};
	/** Text the terminal marked as pasted (bracketed paste): typed into a prompt as text, never read as keys. */
	paste: {text: string};
	resize: {columns: number; rows: number};
	/** A click or a turn of the wheel at column `x`, row `y` of the screen (from 0), see state/mouse.ts. */
	mouse: MouseInput;
	/** `/`, `d`, `s`, `?`: open a mode (modes/index.ts), or close it when its opener toggles. */
	open: {mode: ModeName};
	/** `q`: close the overlay, or quit with exit code 0. */
	quit: Record<never, never>;
	/** Ctrl-C: quit at once, exit code 130. */
	interrupt: Record<never, never>;
	closeOverlay: Record<never, never>;
	focusNext: Record<never, never>;
	focusPrevious: Record<never, never>;
	focusArticle: Record<never, never>;
	focusTimeline: Record<never, never>;
	selectNext: Record<never, never>;
	selectPrevious: Record<never, never>;
	selectFirst: Record<never, never>;
	selectLast: Record<never, never>;
	selectPageDown: Record<never, never>;
	selectPageUp: Record<never, never>;
	/** A click on an event in the timeline: select it. */
	selectEvent: {index: number};
	/** The wheel over the timeline: scroll its rows, the selection kept on screen. */
	scrollList: {rows: number};
	/** The wheel over the article: scroll it, whichever pane has the keyboard. */
	scrollArticle: {lines: number};
	/** Scrolling the article, or the open overlay. */
	scrollLineDown: Record<never, never>;
	scrollLineUp: Record<never, never>;
	scrollPageDown: Record<never, never>;
	scrollPageUp: Record<never, never>;
	scrollTop: Record<never, never>;
	scrollBottom: Record<never, never>;
	/** Back to the current citation's passage. */
	toCitation: Record<never, never>;
	/** `]` / `[`: the event's next or previous citation, in its article. */
	nextCitation: Record<never, never>;
	previousCitation: Record<never, never>;
	/** `i`: fold the event card to one line, or unfold it. */
	toggleCard: Record<never, never>;
	/** An editing key in a prompt (state/line-editor.ts): `key` is the editor's name for it (`home`, `ctrl+w`). */
	lineEdit: {key: string};
	/** Scrolling half a page, as less's Ctrl-D and Ctrl-U. */
	scrollHalfDown: Record<never, never>;
	scrollHalfUp: Record<never, never>;
	/** Picking a search result. */
	searchNext: Record<never, never>;
	searchPrevious: Record<never, never>;
	searchPageDown: Record<never, never>;
	searchPageUp: Record<never, never>;
	/** Enter: open the picked result; Esc: back to where the search started. */
	searchOpen: Record<never, never>;
	searchCancel: Record<never, never>;
	/** An answer from the search worker: results `from` on of `query` (see hooks/use-search.ts). */
	searchResults: {query: string; total: number; from: number; results: SearchResult[]};
	/** Whether the search worker answers yet: not while it still builds the corpus of a timeline just loaded. */
	searchReadiness: {ready: boolean};
	/** `n` / `N` in the article: the next or previous search match. */
	nextMatch: Record<never, never>;
	previousMatch: Record<never, never>;
	/** In the comparison: side by side ⇄ unified; claims ⇄ full articles; next or previous topic; pick other statements. */
	compareLayout: Record<never, never>;
	compareText: Record<never, never>;
	compareNextTopic: Record<never, never>;
	comparePreviousTopic: Record<never, never>;
	pickStatements: Record<never, never>;
	/** In the statement picker: move, and pick the highlighted statement. */
	pickNext: Record<never, never>;
	pickPrevious: Record<never, never>;
	pickChoose: Record<never, never>;
}

export type ActionType = keyof ActionMap;

export type Action = {[Type in ActionType]: {type: Type} & ActionMap[Type]}[ActionType];
