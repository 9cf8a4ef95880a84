/**
 * The explorer's state and the values derived from it. Everything a key can change is here, so
 * the reducer is the only thing that changes it; derived values (the selected article's wrapped
 * lines, list heights) are computed from it by pure, remembered functions.
 */
import type {Timeline} from '../core/schema.js';
import type {Style} from '../core/style.js';
import {computeLayout, type Layout, type Rect} from '../core/layout.js';
import {layoutArticle, scrollTopFor, type ArticleLayout} from '../core/article.js';
import {eventArticle, type EventArticle} from '../core/article-content.js';
import {indexTimeline} from '../core/timeline-rows.js';
import type {Context} from './keymap.js';
import {emptySearch, type ArticleMatches, type SearchState} from './search.js';
import type {CompareState} from './compare.js';

/** `browse` is the two panes; the others are overlays over the body. A new mode adds its name here. */
export type Mode = 'browse' | 'help' | 'summary' | 'search' | 'compare' | 'pick';
export type Focus = 'timeline' | 'article';

export type State = {
	timeline: Timeline;
	style: Style;
	layout: Layout;
	mode: Mode;
	/** The pane that has the keyboard in `browse` mode (the one shown when only one fits). */
	focus: Focus;
	/** Index of the selected event in `timeline.events`. */
	selected: number;
	/** First visible row of the timeline list (rows include year headings). */
	listTop: number;
	/** First visible line of the selected event's article. */
	articleTop: number;
	/** First visible line of the open overlay. */
	overlayTop: number;
	/** The view help or summary was opened over (the comparison, say), which closing them returns to. */
	behind: {mode: Mode; overlayTop: number} | undefined;
	/** Set when the explorer should end, with the process exit code. */
	exitCode: number | undefined;
	/** The search line and its results (kept when the search closes, so `/` reopens it as it was). */
	search: SearchState;
	/** Search matches in the article a result was opened in: highlighted there, `n`/`N` step through them. */
	matches: ArticleMatches | undefined;
	/** What `d` compares and how (kept when the comparison closes, so `d` reopens it as it was). */
	compare?: CompareState;
};

export type Size = {columns: number; rows: number};

/** The key-table context of each mode; `browse` uses the focused pane's. A new mode adds a line. */
export const modeContexts: Record<Mode, Context | 'focus'> = {
	browse: 'focus',
	help: 'overlay',
	summary: 'overlay',
	search: 'search',
	compare: 'compare',
	pick: 'pick',
};

/** Which part of the key table applies now. */
export function contextOf(state: State): Context {
	const context = modeContexts[state.mode];
	return context === 'focus' ? state.focus : context;
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

/** Rows the overlays have on screen. */
export function overlayHeight(state: State): number {
	return state.layout.kind === 'panes' ? Math.max(1, state.layout.body.height) : 1;
}

export type SelectedArticle = {article: EventArticle; layout: ArticleLayout; height: number};

/** The selected event's article, wrapped for the pane (undefined for an empty timeline). */
export function selectedArticle(state: State, selected = state.selected): SelectedArticle | undefined {
	const event = state.timeline.events[selected];
	if (event === undefined) return undefined;
	const article = eventArticle(state.timeline, event);
	const {width, height} = articleRect(state);
	return {article, layout: layoutArticle(article.content, width), height};
}

/** Where the article opens for an event: at its cited passage. */
export function citationTop(state: State, selected = state.selected): number {
	const view = selectedArticle(state, selected);
	if (view === undefined) return 0;
	return scrollTopFor(view.layout, view.article.cited[0], view.height);
}

/** The explorer as it opens: first event selected, timeline focused, article at its citation. */
export function initialState(timeline: Timeline, size: Size, style: Style): State {
	indexTimeline(timeline.events, timeline.eras);
	const state: State = {
		timeline,
		style,
		layout: computeLayout(size.columns, size.rows),
		mode: 'browse',
		focus: 'timeline',
		selected: 0,
		listTop: 0,
		articleTop: 0,
		overlayTop: 0,
		behind: undefined,
		exitCode: undefined,
		search: emptySearch,
		matches: undefined,
	};
	return {...state, articleTop: citationTop(state)};
}
