/**
 * `pick`: choosing the two statements to compare, when the timeline has more than two (`d` opens
 * it then; `p` in the comparison at any time). Enter picks the first, then the second, and the
 * comparison opens; Esc steps back.
 */
import type {Action} from '../state/messages.js';
import type {Binding, Mode} from '../state/mode.js';
import {overlayHeight, overlayWidth, withMargin, type State} from '../state/state.js';
import {pickerHeaderRows, pickerLines} from '../core/compare/picker.js';
import {keepVisible} from '../core/screen/viewport.js';
import type {Style} from '../core/text/style.js';
import {memoize} from '../core/memo.js';
import {yearsOf} from '../core/model/dates.js';

declare module '../state/state.js' {
	interface ModeSlots {
		pick: undefined;
	}
}

const bindings = [
	{keys: ['j', 'down'], action: {type: 'pickNext'}, help: 'next statement', hint: ['↑↓', 'move']},
	{keys: ['k', 'up'], action: {type: 'pickPrevious'}, help: 'previous statement'},
	{keys: ['return'], action: {type: 'pickChoose'}, help: 'pick it: first one, then the one to compare it with', hint: ['⏎', 'pick']},
	{keys: ['escape'], action: {type: 'closeOverlay'}, help: 'back a step', hint: ['esc', 'back']},
] as const satisfies readonly Binding[];

/** Opens the picker on the statement compared now (or the data's `comparison` pair's first). */
export function startPicking(state: State): State {
	const {statements} = state.shown;
	const current = state.compare?.base?.kind === 'statements' ? state.compare.base.ids[0] : state.shown.comparison?.[0];
	const cursor = Math.max(
		0,
		statements.findIndex(statement => statement.id === current),
	);
	return {...state, mode: 'pick', overlayTop: 0, compare: {fullText: false, ...state.compare, picker: {cursor}}};
}

const linesOf = memoize((statements: State['shown']['statements'], cursor: number, first: number | undefined, width: number, style: Style) =>
	withMargin(pickerLines(statements, {cursor, first}, width, style)),
);

function lines(state: State, style: Style): string[] {
	const picker = state.compare?.picker ?? {cursor: 0};
	return linesOf(state.shown.statements, picker.cursor, picker.first, overlayWidth(state), style);
}

function reduce(state: State, action: Action): State {
	const compare = state.compare ?? {fullText: false};
	const picker = compare.picker ?? {cursor: 0};
	const count = state.shown.statements.length;
	const move = (cursor: number): State => {
		const total = pickerHeaderRows + count;
		const overlayTop = keepVisible(state.overlayTop, pickerHeaderRows + cursor, overlayHeight(state), total);
		return {...state, overlayTop, compare: {...compare, picker: {...picker, cursor}}};
	};
	switch (action.type) {
		case 'pickNext':
			return move(Math.min(count - 1, picker.cursor + 1));
		case 'pickPrevious':
			return move(Math.max(0, picker.cursor - 1));
		case 'pickChoose': {
			if (picker.first === undefined) {
				const next = picker.cursor + 1 < count ? picker.cursor + 1 : picker.cursor - 1;
				return {...move(Math.max(0, next)), compare: {...compare, picker: {cursor: Math.max(0, next), first: picker.cursor}}};
			}
			const first = state.shown.statements[picker.first];
			const second = state.shown.statements[picker.cursor];
			if (first === undefined || second === undefined) return state;
			if (first === second) return {...state, status: {text: 'That statement is picked already: pick another to compare it with', kind: 'error'}};
			// Earlier against later, whichever was picked first: a timeline reads forward.
			const [before, after] = yearsOf(second.date) < yearsOf(first.date) ? [second, first] : [first, second];
			return {...state, mode: 'compare', overlayTop: 0, compare: {...compare, fullText: false, picker: undefined, base: {kind: 'statements', ids: [before.id, after.id]}}};
		}
		case 'closeOverlay':
			if (picker.first !== undefined) return {...state, compare: {...compare, picker: {cursor: picker.first}}};
			return {...state, mode: compare.base === undefined ? 'browse' : 'compare', overlayTop: 0, compare: {...compare, picker: undefined}};
		default:
			return state;
	}
}

export const pick: Mode = {label: 'picking statements', bindings, reduce, lines, title: () => 'Compare · pick two statements'};
