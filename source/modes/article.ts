/**
 * `article`: the detail pane while it has the keyboard (browse mode, article focused): the event's
 * card, then the article. Scrolls like `less`, walks the event's citations, returns to the current
 * one, folds the card, steps through search matches.
 */
import type {Action} from '../state/messages.js';
import {halfPage, scrollBindings, type Binding, type Mode} from '../state/mode.js';
import {selectedDetail, type State} from '../state/state.js';
import {stepMatch} from '../state/matches.js';
import {citationBindings, foldBinding, reduceDetail, returnBinding} from '../state/detail.js';
import {clampTop, maxTop, pageSize, scrollBy} from '../core/screen/viewport.js';
import {BrowseView} from '../views/BrowseView.js';
import {eventPosition} from './browse.js';

const bindings = [
	...scrollBindings,
	...citationBindings,
	returnBinding,
	foldBinding,
	{keys: ['n'], action: {type: 'nextMatch'}, help: 'next search match', hint: ['n/N', 'match'], hinted: state => (state.matches?.ranges.length ?? 0) > 0},
	{keys: ['N'], action: {type: 'previousMatch'}, help: 'previous search match'},
	{keys: ['escape', 'h', 'left'], action: {type: 'focusTimeline'}, help: 'back to the timeline', hint: ['←', 'timeline']},
] as const satisfies readonly Binding[];

/** Scrolls the article; `to` is a line delta or an end. */
function scrollArticle(state: State, to: number | 'top' | 'bottom'): State {
	const view = selectedDetail(state);
	if (view === undefined) return state;
	const {total} = view;
	const articleTop = to === 'top' ? 0 : to === 'bottom' ? maxTop(total, view.height) : scrollBy(clampTop(state.articleTop, total, view.height), to, total, view.height);
	return articleTop === state.articleTop ? state : {...state, articleTop};
}

function reduce(state: State, action: Action): State {
	const page = pageSize(selectedDetail(state)?.height ?? 1);
	switch (action.type) {
		case 'scrollLineDown':
			return scrollArticle(state, 1);
		case 'scrollLineUp':
			return scrollArticle(state, -1);
		case 'scrollPageDown':
			return scrollArticle(state, page);
		case 'scrollPageUp':
			return scrollArticle(state, -page);
		case 'scrollArticle':
			return scrollArticle(state, action.lines);
		case 'scrollHalfDown':
			return scrollArticle(state, halfPage(selectedDetail(state)?.height ?? 1));
		case 'scrollHalfUp':
			return scrollArticle(state, -halfPage(selectedDetail(state)?.height ?? 1));
		case 'scrollTop':
			return scrollArticle(state, 'top');
		case 'scrollBottom':
			return scrollArticle(state, 'bottom');
		case 'nextMatch':
			return stepMatch(state, 1);
		case 'previousMatch':
			return stepMatch(state, -1);
		case 'focusTimeline':
			return {...state, focus: 'timeline'};
		default:
			return reduceDetail(state, action) ?? state;
	}
}

/** The detail pane's name while it has the keyboard. */
export const article: Mode = {label: 'article', bindings, actions: ['scrollArticle'], reduce, View: BrowseView, title: () => 'Event', position: eventPosition};
