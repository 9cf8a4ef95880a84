/** Driving the explorer's reducer in tests: open it, press keys by their key-table names, send actions. */
import {initialState, modeLines, update} from '../../source/state/update.js';
import type {State} from '../../source/state/state.js';
import type {Action} from '../../source/state/messages.js';
import type {Timeline} from '../../source/core/model/schema.js';
import {createStyle, type StyleLevel} from '../../source/core/text/style.js';

/** The explorer opened on `timeline` in a `columns` × `rows` terminal. */
export function open(timeline: Timeline, columns = 80, rows = 24, level: StyleLevel = 'mono'): State {
	return initialState(timeline, {columns, rows}, level);
}

/** Presses keys by their key-table names (`j`, `space`, `return`); a printable name is also the text typed. */
export function press(state: State, ...names: string[]): State {
	return names.reduce((next, name) => update(next, {type: 'key', name, input: [...name].length === 1 ? name : name === 'space' ? ' ' : ''}), state);
}

/** Sends actions to the reducer. */
export function act(state: State, ...actions: Action[]): State {
	return actions.reduce(update, state);
}

/** The lines the open mode shows, in mono style (bold and reverse video, no colour). */
export function overlayLines(state: State): string[] {
	return modeLines(state, createStyle('mono')) ?? [];
}
