/**
 * The keys of the detail pane that work from either pane: walking the selected event's citations
 * (`]` `[`, each switching the article to that citation's source at its passage), returning to
 * the current one (`c`) and folding the card (`i`). Browse and article modes both list them.
 */
import type {Binding} from './mode.js';
import type {Action} from './messages.js';
import {citationTop, selectedDetail, type State} from './state.js';
import {passageShown} from '../core/screen/detail-lines.js';
import {clampTop} from '../core/screen/viewport.js';

/** Whether the selected event has an article to go to: `]`, `[` and `c` do nothing without one. */
export function hasArticle(state: State): boolean {
	return (selectedDetail(state)?.citations.length ?? 0) > 0;
}

/** `]` and `[`, and `c`: in the key table of both panes, so help and hints show them. */
export const citationBindings = [
	{keys: [']'], action: {type: 'nextCitation'}, help: "the event's next citation (switches the article)", hint: [']/[', 'citation'], enabled: hasArticle},
	{keys: ['['], action: {type: 'previousCitation'}, help: "the event's previous citation", enabled: hasArticle},
] as const satisfies readonly Binding[];

export const returnBinding = {keys: ['c'], action: {type: 'toCitation'}, help: 'back to the current citation', hint: ['c', 'back'], enabled: hasArticle} as const satisfies Binding;

export const foldBinding = {keys: ['i'], action: {type: 'toggleCard'}, help: 'fold the event card to one line, or unfold it', hint: ['i', 'card']} as const satisfies Binding;

/**
 * Moves `delta` citations on (wrapping around, and saying so on the status line) and scrolls the
 * article to that citation's passage; search matches belong to the old article. From the card,
 * before the current citation's passage has been on screen, `]` goes to that passage first.
 */
function stepCitation(state: State, delta: 1 | -1): State {
	const before = selectedDetail(state);
	if (before === undefined || before.citations.length === 0) return state;
	const count = before.citations.length;
	const onCard = state.articleTop < before.articleStart && !passageShown(before, before.current, state.articleTop, before.height);
	const target = delta > 0 && onCard ? state.citation : state.citation + delta;
	const view = selectedDetail(state, state.selected, target);
	if (view === undefined) return state;
	const matches = state.matches !== undefined && state.matches.content === view.article?.content ? state.matches : undefined;
	const next = {...state, citation: view.citation, articleTop: citationTop(state, state.selected, view.citation), matches};
	const wrapped = target !== view.citation;
	if (!wrapped) return next;
	const text = count === 1 ? 'The event has one citation' : delta > 0 ? `Wrapped around to the first citation, 1/${count}` : `Wrapped around to the last citation, ${count}/${count}`;
	return {...next, status: {text, kind: 'info'}};
}

/** Folds or unfolds the card, keeping the reader's place in the article when they were in it. */
function toggleCard(state: State): State {
	const before = selectedDetail(state);
	const next = {...state, cardFolded: !state.cardFolded};
	const after = selectedDetail(next);
	if (before === undefined || after === undefined) return next;
	const inArticle = state.articleTop >= before.articleStart && before.layout !== undefined;
	const articleTop = inArticle ? clampTop(state.articleTop - before.articleStart + after.articleStart, after.total, after.height) : 0;
	return {...next, articleTop};
}

/** The detail actions; undefined for any other action. */
export function reduceDetail(state: State, action: Action): State | undefined {
	switch (action.type) {
		case 'nextCitation':
			return stepCitation(state, 1);
		case 'previousCitation':
			return stepCitation(state, -1);
		case 'toCitation': {
			const articleTop = citationTop(state);
			return articleTop === state.articleTop ? state : {...state, articleTop};
		}
		case 'toggleCard':
			return toggleCard(state);
		default:
			return undefined;
	}
}
