/**
 * `date`: `t` asks for a date (`2011`, `2011-06`, `june 2011`, `2011-06-03`) on the status line,
 * as vim's command line does, and Enter selects the first event on or after it in the list shown.
 */
import type {Action} from '../state/messages.js';
import type {Binding, Mode} from '../state/mode.js';
import {slot, withSlot, type State} from '../state/state.js';
import type {Timeline} from '../core/model/schema.js';
import {firstOnOrAfter, parseDateQuery} from '../core/filter/date-query.js';
import {eventSpan} from '../core/model/span.js';
import {memoize} from '../core/memo.js';
import {BrowseView} from '../views/BrowseView.js';
import {select} from './browse.js';

declare module '../state/state.js' {
	interface ModeSlots {
		date: DateSlot;
	}
}

declare module '../state/messages.js' {
	interface ActionMap {
		dateGo: Record<never, never>;
		dateCancel: Record<never, never>;
		dateDelete: Record<never, never>;
	}
}

/** What is typed after `t`. */
export type DateSlot = {text: string};

const typedDate = (state: State): string => slot(state, 'date')?.text ?? '';

/** The prompt on the status line, with the text typed so far. */
function prompting(state: State, text: string): State {
	return withSlot({...state, mode: 'date', status: {text: `Go to date: ${text}▏  (2011, 2011-06, june 2011, 2011-06-03)`, kind: 'info'}}, 'date', {text});
}

/** Each event's span, once per list shown. */
const spansOf = memoize((events: Timeline['events']) => events.map(event => eventSpan(event)));

/** Enter: the first event on or after the date; a date not understood, or after every event, is said and the prompt stays. */
function go(state: State): State {
	const text = typedDate(state).trim();
	const query = parseDateQuery(text);
	if (query === undefined) return {...prompting(state, typedDate(state)), status: {text: `Not a date: "${text}" (try 2011, 2011-06, june 2011, 2011-06-03)`, kind: 'error'}};
	const index = firstOnOrAfter(spansOf(state.shown.events), query);
	if (index < 0) return {...prompting(state, typedDate(state)), status: {text: `No event on or after ${text}`, kind: 'error'}};
	return select({...state, mode: 'browse', focus: 'timeline'}, index);
}

const bindings = [
	{keys: ['return'], action: {type: 'dateGo'}, help: 'go to the first event on or after the date', hint: ['⏎', 'go']},
	{keys: ['escape'], action: {type: 'dateCancel'}, help: 'cancel', hint: ['esc', 'cancel']},
	// Ink 6.8 reports the Backspace key as `delete`; `backspace` is Ctrl-H.
	{keys: ['delete'], action: {type: 'dateDelete'}, help: 'delete the last letter'},
	{keys: ['backspace'], action: {type: 'dateDelete'}, help: 'delete the last letter'},
] as const satisfies readonly Binding[];

function reduce(state: State, action: Action): State {
	const text = typedDate(state);
	switch (action.type) {
		case 'key':
			// Printable keys are the date; a paste keeps its printable characters.
			if (action.name === undefined || [...action.name].length === 1 || action.name === 'space') return prompting(state, text + action.input.replace(/[\u0000-\u001f\u007f-\u009f]/g, ''));
			return prompting(state, text);
		case 'dateDelete':
			return prompting(state, [...text].slice(0, -1).join(''));
		case 'dateGo':
			return go(state);
		case 'dateCancel':
			return {...state, mode: 'browse'};
		default:
			return state;
	}
}

export const date: Mode = {
	label: 'date',
	typing: true,
	bindings,
	jumps: ['dateGo'],
	opener: {keys: ['t'], action: {type: 'open', mode: 'date'}, help: 'jump to a date', hint: ['t', 'date'], enabled: state => state.mode === 'browse'},
	open: state => prompting(state, ''),
	reduce,
	View: BrowseView,
	title: () => 'Timeline',
	initial: {text: ''},
};
