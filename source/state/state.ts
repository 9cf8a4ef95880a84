/**
 * The explorer's state and the selectors over it. A leaf: it imports no mode and nothing that
 * imports a mode, so every mode, view and hook can depend on it without a cycle. Everything a key
 * can change is here, so the reducer is the only thing that changes it; derived values (the
 * selected article's wrapped lines, list heights) are computed from it by pure, remembered
 * functions. Style is not state: the view paints, the reducer only counts.
 */
import type {Timeline} from '../core/model/schema.js';
import type {Layout, Rect} from '../core/screen/layout.js';
import type {ArticleContent} from '../core/screen/article-lines.js';
import {detailOf, passageTop, type Detail} from '../core/screen/detail-lines.js';
import {unpainted, type StyleLevel} from '../core/text/style.js';
import type {ArticleMatch} from '../core/search/article-matches.js';
import type {SearchResult} from '../core/search/results.js';
import type {CompareLayout} from '../core/compare/render.js';
import type {Selection} from '../core/compare/select.js';

/**
 * Each mode's own state, by mode name. A mode declares its name and its slot's type in its own
 * file by augmenting this interface (`declare module '../state/state.js'`), as actions augment
 * `ActionMap`; a mode without state of its own declares `undefined`. So a mode's name is checked
 * wherever it is written, and a slot is read with its owner's type.
 */
export interface ModeSlots {
	/** The two panes (`browse`, the timeline focused; `article`, the detail pane focused): no state of their own. */
	browse: undefined;
	article: undefined;
}

/** A mode's name: its key in the mode table (modes/index.ts). `browse` is the two panes. */
export type ModeName = keyof ModeSlots & string;
export type Focus = 'timeline' | 'article';
export type Size = {columns: number; rows: number};

/** The newest answer from the search: the query it is for (it may trail what is typed), how many match, the first of them. */
export type SearchAnswer = {query: string; total: number; results: SearchResult[]};

export type SearchState = {
	/** What is typed on the search line. */
	query: string;
	/** Where the cursor is on it, in code points (undefined: at the end). */
	cursor?: number;
	/** Whether the query is selected whole, as `/` reopens it: typing replaces it (see state/line-editor.ts). */
	selected?: boolean;
	answer: SearchAnswer | undefined;
	/** The picked result: an index into `answer.results`. */
	picked: number;
	/** The first result on screen. */
	top: number;
	/** Where Esc goes back to: the view the search opened over (the comparison, help…) and the reader's place in it. */
	before: Pick<State, 'mode' | 'overlayTop' | 'behind' | 'selected' | 'listTop' | 'articleTop' | 'focus' | 'matches'> | undefined;
	/** The search worker is still building what it searches (a large timeline's corpus, just loaded): a query waits. */
	preparing?: boolean;
};

/** Search matches in one article: highlighted in the pane while it shows that article; `n` and `N` step through them. */
export type ArticleMatches = {
	content: ArticleContent;
	ranges: ArticleMatch[];
	/** The match last moved to, or -1 before any. */
	current: number;
};

export type CompareState = {
	/** What is compared: two statements, or two articles when the timeline has too few statements. */
	base?: {kind: Selection['kind']; ids: readonly [string, string]};
	/** Whether the articles behind the two statements are shown paragraph by paragraph instead of the claims. */
	fullText: boolean;
	/** Set by `u`; until then the width decides (`chooseLayout`). */
	layout?: CompareLayout;
	/** While picking: the highlighted statement and the first pick (indexes in `timeline.statements`). */
	picker?: {cursor: number; first?: number};
};

/** A one-line message for the status bar (a copy made, a date not found), until the next key. */
export type Status = {text: string; kind: 'info' | 'error'};

/** The loader's warnings (an event skipped, a column not read) on the status line: the first, and how many more; none without any. */
export function warningStatus(warnings: readonly string[] | undefined): Status | undefined {
	const [first] = warnings ?? [];
	if (first === undefined || warnings === undefined) return undefined;
	return {kind: 'info', text: warnings.length === 1 ? first : `${first} (and ${warnings.length - 1} more)`};
}

export type State = {
	/** Every event of the timeline, whatever the filter shows: what facets count and a reload replaces. */
	all: Timeline;
	/** The timeline as the list shows it: `all`, or only the events the filter keeps (see modes/filter.ts). */
	shown: Timeline;
	layout: Layout;
	/**
	 * Whether text is marked with colour or with bracket markers: that changes where lines wrap, so
	 * counting lines needs it. Painting is the view's (it gets the `Style`).
	 */
	styleLevel: StyleLevel;
	mode: ModeName;
	/** The pane that has the keyboard in `browse` mode (the one shown when only one fits). */
	focus: Focus;
	/** Index of the selected event in `shown.events`. */
	selected: number;
	/** First visible row of the timeline list (rows include year headings). */
	listTop: number;
	/** First visible line of the detail pane (the selected event's card, then its article). */
	articleTop: number;
	/** The selected event's current citation (an index into its citations with a source): the article the pane shows. */
	citation: number;
	/** Whether the event card is folded to one line (kept from event to event: a reader's preference). */
	cardFolded: boolean;
	/** First visible line of the open overlay. */
	overlayTop: number;
	/** The view help or summary was opened over (the comparison, say), which closing them returns to. */
	behind: {mode: ModeName; overlayTop: number} | undefined;
	/** Set when the explorer should end, with the process exit code. */
	exitCode: number | undefined;
	/** The search line and its results (kept when the search closes, so `/` reopens it as it was). */
	search: SearchState;
	/** Search matches in the article a result was opened in: highlighted there, `n`/`N` step through them. */
	matches: ArticleMatches | undefined;
	/** What `d` compares and how (kept when the comparison closes, so `d` reopens it as it was). */
	compare?: CompareState;
	/** The status line's message, cleared by the next key. */
	status?: Status | undefined;
	/** What is still loading (`reading 40%`), shown in the header until it is done; see state/replace.ts. */
	progress?: string | undefined;
	/**
	 * Each mode's own state, by mode name: a mode's `initial` is its slot's value when the explorer
	 * opens (see `ModeSlots` and modes/index.ts).
	 */
	slots: {readonly [Name in ModeName]?: ModeSlots[Name]};
};

/** A mode's slot in `state.slots`, with the type its mode declares (undefined before it is first set). */
export function slot<Name extends ModeName>(state: State, mode: Name): ModeSlots[Name] | undefined {
	return state.slots[mode];
}

/** `state` with mode `mode`'s slot replaced. */
export function withSlot<Name extends ModeName>(state: State, mode: Name, value: ModeSlots[Name]): State {
	return {...state, slots: {...state.slots, [mode]: value}};
}

/** Which mode's bindings apply now: `article` while browsing with the article pane focused, else the mode's own. */
export function contextOf(state: State): ModeName {
	return state.mode === 'browse' && state.focus === 'article' ? 'article' : state.mode;
}

/** Rows the timeline list has on screen (at least 1, so paging still moves when too small). */
export function listHeight(state: State): number {
	return state.layout.kind === 'panes' ? Math.max(1, state.layout.timeline.height) : 1;
}

/** The article pane's size. */
export function articleRect(state: State): Rect {
	if (state.layout.kind === 'panes') return state.layout.article;
	return {width: Math.max(1, state.layout.columns), height: 1};
}

/** Rows the overlays (help, summary, compare) have on screen. */
export function overlayHeight(state: State): number {
	return state.layout.kind === 'panes' ? Math.max(1, state.layout.body.height) : 1;
}

/** Columns of overlay text: the body less a one-column margin each side. */
export function overlayWidth(state: State): number {
	return Math.max(1, (state.layout.kind === 'panes' ? state.layout.body.width : state.layout.columns) - 2);
}

/** Lines each search result takes in the list: where it is, then the matched text. */
export const resultLines = 2;

/** Search results on screen (the search line takes one row of the body). */
export function resultsHeight(state: State): number {
	const height = state.layout.kind === 'panes' ? state.layout.body.height : 1;
	return Math.max(1, Math.floor((height - 1) / resultLines));
}

export type SelectedDetail = Detail & {height: number};

/** The detail pane for the selected event, wrapped for the pane (undefined for an empty timeline). */
export function selectedDetail(state: State, selected = state.selected, citation = selected === state.selected ? state.citation : 0): SelectedDetail | undefined {
	const event = state.shown.events[selected];
	if (event === undefined) return undefined;
	const {width, height} = articleRect(state);
	// The card's and the article's lines are remembered per event or article and width.
	return {...detailOf(state.shown, event, width, citation, state.cardFolded, unpainted(state.styleLevel)), height};
}

/** Where the pane shows the current citation's passage in its article (the top for an event without one). */
export function citationTop(state: State, selected = state.selected, citation?: number): number {
	const view = selectedDetail(state, selected, citation);
	if (view === undefined) return 0;
	return passageTop(view, view.current, view.height);
}

/** Adds a one-column left margin to overlay lines (empty lines stay empty). */
export function withMargin(lines: readonly string[]): string[] {
	return lines.map(line => (line === '' ? '' : ` ${line}`));
}
