/**
 * `mark`: the jump list and marks, as in vim. Every jump (a search result opened, a date, `g`/`G`,
 * a filter, a mark, a citation link: the actions modes list in `jumps`) records the event left;
 * Ctrl-O goes back and Ctrl-I forward. `m` and a letter marks the selected event, `'` and the
 * letter returns to it. While a letter is awaited this mode is current, showing the panes with
 * its prompt on the status line.
 *
 * Ctrl-I and Tab are the same byte in a terminal. As in vim, that byte goes forward in the jump
 * list, but only right after walking back with Ctrl-O (while there is somewhere forward to go);
 * otherwise Tab moves between the panes as everywhere else.
 *
 * Marks are kept per timeline file between runs (core/session/marks.ts); the reducer records them here and
 * hooks/use-state-files.ts writes them.
 */
import type {Action} from '../state/messages.js';
import type {Binding, Mode} from '../state/mode.js';
import {slot, withSlot, type State} from '../state/state.js';
import {emptyJumps, jumpBack, jumpForward, recordJump, setMark, type JumpList, type Marks} from '../core/session/marks.js';
import {BrowseView} from '../views/BrowseView.js';
import {select} from './browse.js';

declare module '../state/state.js' {
	interface ModeSlots {
		mark: MarkSlot;
	}
}

declare module '../state/messages.js' {
	interface ActionMap {
		jumpBack: Record<never, never>;
		jumpForward: Record<never, never>;
		/** `m` / `'`: wait for the letter of a mark to set or to go to. */
		markSet: Record<never, never>;
		markGo: Record<never, never>;
		markCancel: Record<never, never>;
		/** Marks read from the state file when the explorer opens. */
		marksLoaded: {marks: Marks};
		/** A state file (history, marks) set aside or not saved: one line for the status bar. */
		stateMessage: {text: string};
	}
}

export type MarkSlot = {jumps: JumpList; marks: Marks; awaiting?: 'set' | 'go'};

const initial: MarkSlot = {jumps: emptyJumps, marks: {}};

const markSlot = (state: State): MarkSlot => slot(state, 'mark') ?? initial;

/** The marks set, by letter (what hooks/use-state-files.ts writes). */
export function marksOf(state: State): Marks {
	return markSlot(state).marks;
}

const selectedId = (state: State): string | undefined => state.shown.events[state.selected]?.id;

/** After a jump from `before` to `after`: the event left is recorded when the selection moved to another event. */
export function noteJump(before: State, after: State): State {
	const from = selectedId(before);
	if (from === undefined || from === selectedId(after)) return after;
	const own = markSlot(after);
	return withSlot(after, 'mark', {...own, jumps: recordJump(own.jumps, from)});
}

/** Selects the event with id `id`: said on the status line when the filter hides it or it is gone. */
function goTo(state: State, id: string | undefined, what: string): State {
	if (id === undefined) return state;
	const index = state.shown.events.findIndex(event => event.id === id);
	if (index >= 0) return select(state, index);
	// Hidden by the filter, or no longer in the timeline at all (its id changed, or it was removed).
	const hidden = state.shown !== state.all && state.all.events.some(event => event.id === id);
	return {...state, status: {text: hidden ? `${what} is not in the list shown (F clears the filter)` : `${what} is an event no longer in this timeline`, kind: 'error'}};
}

const letter = /^[a-zA-Z]$/;

/** The prompt on the status line while a mark's letter is awaited. */
function markPrompt(awaiting: 'set' | 'go'): string {
	return awaiting === 'set' ? 'Mark: type a letter to mark this event (Esc cancels)' : 'Go to mark: type its letter (Esc cancels)';
}

function reduce(state: State, action: Action): State {
	const own = markSlot(state);
	const current = selectedId(state);
	switch (action.type) {
		case 'jumpBack': {
			if (current === undefined) return state;
			const {list, target} = jumpBack(own.jumps, current);
			if (target === undefined) return {...withSlot(state, 'mark', {...own, jumps: list}), status: {text: 'At the oldest jump', kind: 'info'}};
			return goTo(withSlot(state, 'mark', {...own, jumps: list}), target, 'That event');
		}
		case 'jumpForward': {
			const {list, target} = jumpForward(own.jumps);
			return goTo(withSlot(state, 'mark', {...own, jumps: list}), target, 'That event');
		}
		case 'markSet':
		case 'markGo':
			return withSlot({...state, mode: 'mark', status: {text: markPrompt(action.type === 'markSet' ? 'set' : 'go'), kind: 'info'}}, 'mark', {
				...own,
				awaiting: action.type === 'markSet' ? 'set' : 'go',
			});
		case 'markCancel':
			return withSlot({...state, mode: 'browse'}, 'mark', {...own, awaiting: undefined});
		case 'marksLoaded':
			return withSlot(state, 'mark', {...own, marks: {...action.marks, ...own.marks}});
		case 'stateMessage':
			return {...state, status: {text: action.text, kind: 'error'}};
		case 'key': {
			if (state.mode !== 'mark') return state;
			const back = withSlot({...state, mode: 'browse'}, 'mark', {...own, awaiting: undefined});
			// Anything but a letter is said beside the prompt, which stays open for the letter.
			if (!letter.test(action.input)) return {...state, status: {text: `${markPrompt(own.awaiting ?? 'go')}  A mark is a letter, a–z or A–Z`, kind: 'error'}};
			if (own.awaiting === 'set') {
				if (current === undefined) return back;
				return {...withSlot(back, 'mark', {...own, awaiting: undefined, marks: setMark(own.marks, action.input, current)}), status: {text: `Marked '${action.input}`, kind: 'info'}};
			}
			const target = own.marks[action.input];
			if (target === undefined) return {...back, status: {text: `No mark '${action.input}`, kind: 'error'}};
			const next = goTo(back, target, `Mark '${action.input}`);
			return next.selected === state.selected ? next : noteJump(state, next);
		}
		default:
			return state;
	}
}

const hasForward = (state: State): boolean => {
	const {jumps} = markSlot(state);
	return jumps.at < jumps.entries.length - 1;
};

const browsing = (state: State): boolean => state.mode === 'browse';

const globals = [
	{keys: ['ctrl+o'], action: {type: 'jumpBack'}, help: 'jump back', enabled: browsing},
	{keys: ['tab'], action: {type: 'jumpForward'}, help: 'jump forward: Ctrl-I, which is Tab, right after Ctrl-O', enabled: state => browsing(state) && hasForward(state)},
	{keys: ['m'], action: {type: 'markSet'}, help: 'mark the event: m and a letter', enabled: browsing},
	{keys: ["'"], action: {type: 'markGo'}, help: "go to a mark: ' and its letter", enabled: browsing},
] as const satisfies readonly Binding[];

const bindings = [{keys: ['escape'], action: {type: 'markCancel'}, help: 'cancel', hint: ['esc', 'cancel']}] as const satisfies readonly Binding[];

export const mark: Mode = {label: 'marks', typing: true, oneKey: true, bindings, globals, actions: ['marksLoaded', 'stateMessage'], reduce, View: BrowseView, title: () => 'Timeline', initial};
