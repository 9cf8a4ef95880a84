/**
 * The mouse, as actions: a click or a turn of the wheel at a cell of the screen (hooks/use-keys.ts
 * reads xterm's SGR reports) becomes the actions a key would send, found by hit-testing the
 * layout's rectangles (core/screen/layout.ts), so every effect goes through the same reducers.
 *
 * - The wheel scrolls what is under the pointer: the article, or the timeline (the selection kept
 *   on screen), or the open overlay as its ↓ and ↑ keys do (a list's cursor, a page's lines).
 * - A click on an event selects it, on the other pane focuses it; in an overlay, the mode says
 *   what a click on a row does (`Mode.click`: a search result opens, a facet value toggles).
 *
 * The frame is drawn from the top-left corner of the alternate screen: the header (title, time
 * axis, rule), the body, then the status bar.
 */
import type {Action} from './messages.js';
import type {MouseInput} from './key-names.js';
import type {ModeTable} from './mode.js';
import {contextOf, type Focus, type State} from './state.js';
import {resolveKeyIn} from './keymap.js';
import type {PanesLayout} from '../core/screen/layout.js';
import {indexTimeline} from '../core/screen/timeline-rows.js';
import {timelineWindow} from '../core/screen/timeline-window.js';
import {createStyle} from '../core/text/style.js';

/** Lines are only counted here, never drawn. */
const plain = createStyle('mono');

/** Lines (or list rows) one notch of the wheel moves, as most terminals' programs do. */
export const wheelLines = 3;

/** The first row of the body on screen: under the title, the time axis and the rule. */
export function bodyTop(layout: PanesLayout): number {
	return 2 + layout.ruler;
}

/** Where a cell is among the panes while browsing: which pane and the row within it. */
export function paneAt(layout: PanesLayout, focus: Focus, x: number, y: number): {pane: Focus; row: number} | undefined {
	const row = y - bodyTop(layout);
	if (row < 0 || row >= layout.body.height || x < 0 || x >= layout.columns) return undefined;
	switch (layout.arrangement) {
		case 'side':
			if (x < layout.timeline.width) return {pane: 'timeline', row};
			return x > layout.timeline.width ? {pane: 'article', row} : undefined;
		case 'stacked':
			if (row < layout.timeline.height) return {pane: 'timeline', row};
			return row > layout.timeline.height ? {pane: 'article', row: row - layout.timeline.height - 1} : undefined;
		case 'single':
			return {pane: focus, row};
	}
}

/** The index of the event on line `line` of the timeline pane (`width` × `height`), if one is there: the pane's own window says which row a line is. */
function eventAt(state: State, line: number, width: number, height: number): number | undefined {
	const {rows} = timelineWindow({timeline: state.shown, selected: state.selected, top: state.listTop, width, height, focused: false, style: plain});
	const row = rows[line];
	const listRow = row === undefined ? undefined : indexTimeline(state.shown).rows[row];
	return listRow?.kind === 'event' ? listRow.index : undefined;
}

/** The actions a mouse event stands for in `state`. */
export function mouseActions(state: State, input: MouseInput, modes: ModeTable): Action[] {
	const {layout} = state;
	if (layout.kind !== 'panes') return [];
	const wheel = input.kind === 'click' ? 0 : input.kind === 'wheelDown' ? 1 : -1;
	if (state.mode === 'browse') {
		const at = paneAt(layout, state.focus, input.x, input.y);
		if (at === undefined) return [];
		if (wheel !== 0) {
			if (at.pane === 'timeline') return [{type: 'scrollList', rows: wheel * wheelLines}];
			return [{type: 'scrollArticle', lines: wheel * wheelLines}];
		}
		const focus: Action[] = at.pane === state.focus ? [] : [{type: at.pane === 'timeline' ? 'focusTimeline' : 'focusArticle'}];
		const event = at.pane === 'timeline' ? eventAt(state, at.row, layout.timeline.width, layout.timeline.height) : undefined;
		return event === undefined ? focus : [...focus, {type: 'selectEvent', index: event}];
	}
	const row = input.y - bodyTop(layout);
	if (row < 0 || row >= layout.body.height) return [];
	if (wheel !== 0) {
		// An overlay scrolls as its ↓ and ↑ keys move it.
		const action = resolveKeyIn(modes, contextOf(state), wheel > 0 ? 'down' : 'up', state);
		return action === undefined ? [] : Array.from({length: wheelLines}, () => action);
	}
	return modes[state.mode]?.click?.(state, row, input.x) ?? [];
}
