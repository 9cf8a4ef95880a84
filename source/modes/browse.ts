/**
 * `browse`, the timeline pane: moving the selection, focusing the article. The two panes are
 * drawn by views/BrowseView.tsx, shared with the article mode (modes/article.ts).
 */
import type {Action} from '../state/messages.js';
import type {Binding, Mode} from '../state/mode.js';
import {listHeight, type State} from '../state/state.js';
import {citationBindings, foldBinding, reduceDetail} from '../state/detail.js';
import {indexTimeline} from '../core/screen/timeline-rows.js';
import {clamp, clampTop, keepVisible, pageSize} from '../core/screen/viewport.js';
import {BrowseView} from '../views/BrowseView.js';

/** The list's first row once `selected` is visible; a year heading directly above stays in view too. */
export function listTopFor(state: State, selected: number, top = state.listTop): number {
	const {rows, rowOfEvent} = indexTimeline(state.shown);
	const row = rowOfEvent[selected] ?? 0;
	const height = listHeight(state);
	let next = keepVisible(top, row, height, rows.length);
	if (row > 0 && rows[row - 1]?.kind === 'year' && next === row && height > 1) next = row - 1;
	return clampTop(next, rows.length, height);
}

/** Selects event `index` (clamped), scrolling the list to it; the pane opens on its card, at its first citation. */
export function select(state: State, index: number): State {
	const count = state.shown.events.length;
	if (count === 0) return state;
	const selected = clamp(index, 0, count - 1);
	if (selected === state.selected) return state;
	return {...state, selected, listTop: listTopFor(state, selected), articleTop: 0, citation: 0};
}

/** Scrolls the list `by` rows (the wheel); the selection moves only as far as it must to stay on screen. */
function scrollList(state: State, by: number): State {
	const {rows} = indexTimeline(state.shown);
	const height = listHeight(state);
	const listTop = clampTop(state.listTop + by, rows.length, height);
	if (listTop === state.listTop) return state;
	const eventRows = rows.flatMap((row, at) => (row.kind === 'event' ? [{at, index: row.index}] : []));
	const selectedRow = eventRows.find(row => row.index === state.selected)?.at ?? 0;
	const visible = eventRows.filter(row => row.at >= listTop && row.at < listTop + height);
	if (visible.length === 0 || (selectedRow >= listTop && selectedRow < listTop + height)) return {...state, listTop};
	const nearest = selectedRow < listTop ? visible[0]! : visible.at(-1)!;
	return select({...state, listTop}, nearest.index);
}

/** `i` from the list too, but hinted only in the detail pane, where the card is read. */
const {hint: _hint, ...foldQuietly} = foldBinding;

const bindings = [
	{keys: ['j', 'down'], action: {type: 'selectNext'}, help: 'next event', hint: ['↑↓', 'move']},
	{keys: ['k', 'up'], action: {type: 'selectPrevious'}, help: 'previous event'},
	{keys: ['g', 'home'], action: {type: 'selectFirst'}, help: 'first event'},
	{keys: ['G', 'end'], action: {type: 'selectLast'}, help: 'last event'},
	{keys: ['pagedown'], action: {type: 'selectPageDown'}, help: 'a page down'},
	{keys: ['pageup'], action: {type: 'selectPageUp'}, help: 'a page up'},
	{keys: ['return', 'l', 'right'], action: {type: 'focusArticle'}, help: 'focus the event and its article', hint: ['⏎', 'read']},
	...citationBindings,
	foldQuietly,
] as const satisfies readonly Binding[];

function reduce(state: State, action: Action): State {
	const page = pageSize(listHeight(state));
	switch (action.type) {
		case 'selectNext':
			return select(state, state.selected + 1);
		case 'selectPrevious':
			return select(state, state.selected - 1);
		case 'selectFirst':
			return select(state, 0);
		case 'selectLast':
			return select(state, state.shown.events.length - 1);
		case 'selectPageDown':
			return select(state, state.selected + page);
		case 'selectPageUp':
			return select(state, state.selected - page);
		case 'focusArticle':
			return {...state, focus: 'article'};
		case 'selectEvent':
			return select(state, action.index);
		case 'scrollList':
			return scrollList(state, action.rows);
		default:
			return reduceDetail(state, action) ?? state;
	}
}

/** The timeline pane's position: the selected event of how many. */
export function eventPosition(state: State): string {
	const count = state.shown.events.length;
	return count === 0 ? '0/0' : `${state.selected + 1}/${count}`;
}

export const browse: Mode = {
	label: 'timeline',
	bindings,
	jumps: ['selectFirst', 'selectLast'],
	actions: ['selectEvent', 'scrollList'],
	reduce,
	View: BrowseView,
	title: () => 'Timeline',
	position: eventPosition,
};
