/**
 * `article`: the article pane while it has the keyboard (browse mode, article focused). Scrolls
 * like `less`, returns to the cited passage, steps through search matches.
 */
import type {Action} from '../state/messages.js';
import {scrollBindings, type Binding, type Mode} from '../state/mode.js';
import {selectedArticle, type State} from '../state/state.js';
import {stepMatch} from '../state/matches.js';
import {clampTop, maxTop, pageSize, scrollBy} from '../core/viewport.js';
import {scrollTopFor} from '../core/article.js';
import {BrowseView} from '../views/BrowseView.js';
import {eventPosition} from './browse.js';

const bindings = [
	...scrollBindings,
	{keys: ['c'], action: {type: 'toCitation'}, help: 'back to the cited passage', hint: ['c', 'citation']},
	{keys: ['n'], action: {type: 'nextMatch'}, help: 'next search match', hint: ['n/N', 'match']},
	{keys: ['N'], action: {type: 'previousMatch'}, help: 'previous search match'},
	{keys: ['escape', 'h', 'left'], action: {type: 'focusTimeline'}, help: 'back to the timeline', hint: ['←', 'timeline']},
] as const satisfies readonly Binding[];

/** Scrolls the article; `to` is a line delta or an end. */
function scrollArticle(state: State, to: number | 'top' | 'bottom'): State {
	const view = selectedArticle(state);
	if (view === undefined) return state;
	const total = view.layout.lines.length;
	const articleTop = to === 'top' ? 0 : to === 'bottom' ? maxTop(total, view.height) : scrollBy(clampTop(state.articleTop, total, view.height), to, total, view.height);
	return articleTop === state.articleTop ? state : {...state, articleTop};
}

function reduce(state: State, action: Action): State {
	const page = pageSize(selectedArticle(state)?.height ?? 1);
	switch (action.type) {
		case 'scrollLineDown':
			return scrollArticle(state, 1);
		case 'scrollLineUp':
			return scrollArticle(state, -1);
		case 'scrollPageDown':
			return scrollArticle(state, page);
		case 'scrollPageUp':
			return scrollArticle(state, -page);
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
		case 'nextMatch':
			return stepMatch(state, 1);
		case 'previousMatch':
			return stepMatch(state, -1);
		case 'focusTimeline':
			return {...state, focus: 'timeline'};
		default:
			return state;
	}
}

export const article: Mode = {label: 'article', bindings, reduce, View: BrowseView, title: () => 'Article', position: eventPosition};
