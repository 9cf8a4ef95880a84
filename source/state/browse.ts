/**
 * The `browse` mode's reducer: moving the selection in the timeline, focusing panes, scrolling
 * the article like `less`. Pure: state in, state out.
 */
import type {Action} from './messages.js';
import {citationTop, listHeight, selectedArticle, type Focus, type State} from './model.js';
import {indexTimeline} from '../core/timeline-rows.js';
import {clamp, clampTop, keepVisible, maxTop, pageSize, scrollBy} from '../core/viewport.js';
import {scrollTopFor} from '../core/article.js';

/** The list's first row once `selected` is visible; a year heading directly above stays in view too. */
export function listTopFor(state: State, selected: number, top = state.listTop): number {
	const {rows, rowOfEvent} = indexTimeline(state.timeline.events);
	const row = rowOfEvent[selected] ?? 0;
	const height = listHeight(state);
	let next = keepVisible(top, row, height, rows.length);
	if (row > 0 && rows[row - 1]?.kind === 'year' && next === row && height > 1) next = row - 1;
	return clampTop(next, rows.length, height);
}

/** Selects event `index` (clamped), scrolling the list to it and opening its article at the citation. */
export function select(state: State, index: number): State {
	const count = state.timeline.events.length;
	if (count === 0) return state;
	const selected = clamp(index, 0, count - 1);
	if (selected === state.selected) return state;
	return {...state, selected, listTop: listTopFor(state, selected), articleTop: citationTop(state, selected)};
}

function focus(state: State, pane: Focus): State {
	return state.focus === pane ? state : {...state, focus: pane};
}

/** Scrolls the article; `to` is a line delta or an end. */
function scrollArticle(state: State, to: number | 'top' | 'bottom'): State {
	const view = selectedArticle(state);
	if (view === undefined) return state;
	const total = view.layout.lines.length;
	const articleTop =
		to === 'top' ? 0 : to === 'bottom' ? maxTop(total, view.height) : scrollBy(clampTop(state.articleTop, total, view.height), to, total, view.height);
	return articleTop === state.articleTop ? state : {...state, articleTop};
}

/** Applies a `browse` action; actions meant for other modes leave the state as it is. */
export function updateBrowse(state: State, action: Action): State {
	const page = pageSize(listHeight(state));
	const articlePage = pageSize(selectedArticle(state)?.height ?? 1);
	switch (action.type) {
		case 'selectNext':
			return select(state, state.selected + 1);
		case 'selectPrevious':
			return select(state, state.selected - 1);
		case 'selectFirst':
			return select(state, 0);
		case 'selectLast':
			return select(state, state.timeline.events.length - 1);
		case 'selectPageDown':
			return select(state, state.selected + page);
		case 'selectPageUp':
			return select(state, state.selected - page);
		case 'focusNext':
		case 'focusPrevious':
			// Two panes: forwards and backwards both reach the other one.
			return focus(state, state.focus === 'timeline' ? 'article' : 'timeline');
		case 'focusArticle':
			return focus(state, 'article');
		case 'focusTimeline':
			return focus(state, 'timeline');
		case 'scrollLineDown':
			return scrollArticle(state, 1);
		case 'scrollLineUp':
			return scrollArticle(state, -1);
		case 'scrollPageDown':
			return scrollArticle(state, articlePage);
		case 'scrollPageUp':
			return scrollArticle(state, -articlePage);
		case 'scrollTop':
			return scrollArticle(state, 'top');
		case 'scrollBottom':
			return scrollArticle(state, 'bottom');
		case 'toCitation': {
			const view = selectedArticle(state);
			if (view === undefined) return state;
			const articleTop = scrollTopFor(view.layout, view.article.cited[0], view.height);
			return articleTop === state.articleTop ? state : {...state, articleTop};
		}
		default:
			return state;
	}
}
