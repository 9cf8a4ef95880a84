/**
 * `date`: `t` asks for a date (`2011`, `2011-06`, `june 2011`, `2011-06-03`) on the status line,
 * as vim's command line does, and Enter selects the first event on or after it in the list shown.
 * The date is typed with the line editor's keys (state/line-editor.ts); a date not understood is
 * said beside the prompt, which stays open with the text, so the next key edits it.
 */
import type {Action} from '../state/messages.js';
import type {Binding, Mode} from '../state/mode.js';
import {slot, withSlot, type State} from '../state/state.js';
import type {Timeline} from '../core/model/schema.js';
import {firstOnOrAfter, parseDateQuery} from '../core/filter/date-query.js';
import {eventSpan} from '../core/model/span.js';
import {memoize} from '../core/memo.js';
import {BrowseView} from '../views/BrowseView.js';
import {editLine, emptyLine, lineBindings, type Line} from '../state/line-editor.js';
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
	}
}

/** What is typed after `t`. */
export type DateSlot = Line;

const typedDate = (state: State): Line => slot(state, 'date') ?? emptyLine;

const examples = '2011, 2011-06, june 2011, 2011-06-03';

/** The prompt on the status line, with the text typed so far and the cursor; after an error, the error beside it. */
function prompting(state: State, line: Line, error?: string): State {
	const chars = [...line.text];
	// The status line is plain text: a thin bar marks the cursor.
	const prompt = `Go to date: ${chars.slice(0, line.cursor).join('')}▏${chars.slice(line.cursor).join('')}`;
	const status = error === undefined ? {text: `${prompt}  (${examples})`, kind: 'info' as const} : {text: `${prompt}  ${error}`, kind: 'error' as const};
	return withSlot({...state, mode: 'date', status}, 'date', line);
}

/** Each event's span, once per list shown. */
const spansOf = memoize((events: Timeline['events']) => events.map(event => eventSpan(event)));

/** Enter: the first event on or after the date; a date not understood, or after every event, is said and the prompt stays. */
function go(state: State): State {
	const line = typedDate(state);
	const text = line.text.trim();
	const query = parseDateQuery(text);
	if (query === undefined) return prompting(state, line, `Not a date: "${text}" (try ${examples})`);
	const index = firstOnOrAfter(spansOf(state.shown.events), query);
	if (index < 0) return prompting(state, line, `No event on or after ${text}`);
	return select({...state, mode: 'browse', focus: 'timeline'}, index);
}

const bindings = [
	{keys: ['return'], action: {type: 'dateGo'}, help: 'go to the first event on or after the date', hint: ['⏎', 'go']},
	{keys: ['escape'], action: {type: 'dateCancel'}, help: 'cancel', hint: ['esc', 'cancel']},
	...lineBindings,
] as const satisfies readonly Binding[];

function reduce(state: State, action: Action): State {
	const line = typedDate(state);
	switch (action.type) {
		case 'key':
		case 'lineEdit': {
			// Printable keys (and pastes) are the date; other keys leave the prompt as it is.
			const edit = action.type === 'key' ? editLine(line, action.name, action.input) : editLine(line, action.key, '');
			if (edit === undefined) return prompting(state, line);
			return edit.error === undefined ? prompting(state, edit.line) : prompting(state, line, edit.error);
		}
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
	open: state => prompting(state, emptyLine),
	reduce,
	View: BrowseView,
	title: () => 'Timeline',
	initial: emptyLine,
};
