/**
 * What a mode is: its key bindings, its reducer, what it shows and its name on screen. Each mode
 * is one file in source/modes/ exporting one of these, registered in the table there. The
 * bindings that several modes share (scrolling, closing) are defined here once.
 */
import type {ComponentType} from 'react';
import type {Style} from '../core/text/style.js';
import {maxTop, pageSize, scrollBy} from '../core/screen/viewport.js';
import type {Action, ActionType} from './messages.js';
import {overlayHeight, type ModeName, type State} from './state.js';

/**
 * A key binding. Key names: a printable character as typed (`j`, `G`, `?`), or `space`, `return`,
 * `escape`, `tab`, `shift+tab`, `up`, `down`, `left`, `right`, `pageup`, `pagedown`, `home`, `end`,
 * `backspace`, `delete`, `ctrl+<letter>` (see `keys.ts`).
 */
export type Binding = {
	readonly keys: readonly string[];
	readonly action: Action;
	/** The help overlay's description. */
	readonly help: string;
	/** The hint bar's entry: the keys as shown, and a word or two. */
	readonly hint?: readonly [keys: string, label: string];
	/** Whether the binding does anything in this state; a disabled one is not hinted and its key falls through. */
	readonly enabled?: (state: State) => boolean;
	/** Whether the hint bar offers it in this state (by default, whenever it is enabled): a key that would only say why it cannot act is not offered, but still says so. */
	readonly hinted?: (state: State) => boolean;
};

/** The table of modes by name, as the help overlay receives it (a table may leave a declared mode out, as a test's does). */
export type ModeTable = {readonly [Name in ModeName]?: Mode};

/** A table's modes with their names, typed (`Object.entries` would give the names as plain strings). */
export function modeEntries(modes: ModeTable): Array<[ModeName, Mode]> {
	return Object.entries(modes).flatMap(([name, mode]) => (mode === undefined ? [] : [[name as ModeName, mode] as [ModeName, Mode]]));
}

export type ModeViewProps = {state: State; style: Style};

export type Mode = {
	/** The heading of its bindings in the help overlay. */
	readonly label: string;
	/** Printable keys are text here (a search line): global letters (`q`, `s`) do not fire. */
	readonly typing?: boolean;
	/** A prompt for one key (a mark's letter): keys that arrive together are taken one at a time, not as a paste. */
	readonly oneKey?: boolean;
	readonly bindings: readonly Binding[];
	/** The global binding that opens the mode (`/`, `d`, `?`), if a key opens it. */
	readonly opener?: Binding;
	/**
	 * Keys that work from every view but belong to this mode (`F` clears the filter, `y` copies):
	 * they join the global bindings, and their actions reach this mode's reducer wherever pressed.
	 */
	readonly globals?: readonly Binding[];
	/** Other actions it reduces whatever the view (sent by a hook rather than a key: marks read from a file). */
	readonly actions?: readonly ActionType[];
	/** Its actions that are jumps: when one moves the selection, the place left is recorded in the jump list. */
	readonly jumps?: readonly ActionType[];
	/** Opens over whatever view is showing (help, summary): closing returns to it. */
	readonly over?: boolean;
	/** Actions for this mode: keys its bindings resolve to, and keys nothing binds (`{type: 'key'}`). */
	readonly reduce: (state: State, action: Action, modes: ModeTable) => State;
	/** What the opener does; by default it opens the mode over the current view, or closes it when open. */
	readonly open?: (state: State) => State;
	/** The lines it shows, margin included, for scrolling and drawing; memoised on their inputs. */
	readonly lines?: (state: State, style: Style, modes: ModeTable) => string[];
	/** What a click on row `row` of its body (from 0) at column `column` does, as actions (state/mouse.ts). */
	readonly click?: (state: State, row: number, column: number) => Action[];
	/** How many of its first lines stay at the top while the rest scroll under them (a list's summary); `overlayTop` counts the rest. */
	readonly head?: number;
	/** The view, for a mode that draws more than lines. */
	readonly View?: ComponentType<ModeViewProps>;
	/** The name on the rule above the body. */
	readonly title: (state: State) => string;
	/** The counter at the right of the status bar: `11/22`. */
	readonly position?: (state: State) => string;
	/** The mode's slot in `state.slots` when the explorer opens. */
	readonly initial?: unknown;
};

/** Scrolling like `less`, the same keys wherever a body of lines scrolls (the article, help, summary, compare). */
export const scrollBindings = [
	{keys: ['j', 'down'], action: {type: 'scrollLineDown'}, help: 'scroll down a line', hint: ['↑↓', 'scroll']},
	{keys: ['k', 'up'], action: {type: 'scrollLineUp'}, help: 'scroll up a line'},
	{keys: ['space', 'pagedown'], action: {type: 'scrollPageDown'}, help: 'a page down', hint: ['space', 'page']},
	{keys: ['b', 'pageup'], action: {type: 'scrollPageUp'}, help: 'a page up'},
	// less's f and d are this explorer's filter and comparison everywhere, so a page and half a page are the Ctrl keys.
	{keys: ['ctrl+f'], action: {type: 'scrollPageDown'}, help: "a page down, as less's Ctrl-F (f opens the filter and d the comparison, as everywhere)"},
	{keys: ['ctrl+b'], action: {type: 'scrollPageUp'}, help: 'a page up'},
	{keys: ['ctrl+d'], action: {type: 'scrollHalfDown'}, help: 'half a page down'},
	{keys: ['ctrl+u'], action: {type: 'scrollHalfUp'}, help: 'half a page up'},
	{keys: ['g', 'home'], action: {type: 'scrollTop'}, help: 'top'},
	{keys: ['G', 'end'], action: {type: 'scrollBottom'}, help: 'end'},
] as const satisfies readonly Binding[];

/** Half a page of `height` rows, as less's Ctrl-D and Ctrl-U move (at least a line). */
export function halfPage(height: number): number {
	return Math.max(1, Math.floor(height / 2));
}

/** Esc in an overlay. */
export const closeBinding = {keys: ['escape'], action: {type: 'closeOverlay'}, help: 'close', hint: ['esc', 'close']} as const satisfies Binding;

/** Closes the open overlay: back to the view it was opened over, else to browsing. */
export function closeOverlay(state: State): State {
	const {behind} = state;
	return behind === undefined ? {...state, mode: 'browse', overlayTop: 0} : {...state, mode: behind.mode, overlayTop: behind.overlayTop, behind: undefined};
}

/** Applies a scrolling or closing action to an overlay of `total` lines. */
export function scrollOverlay(state: State, action: Action, total: number): State {
	const height = overlayHeight(state);
	const move = (overlayTop: number): State => (overlayTop === state.overlayTop ? state : {...state, overlayTop});
	switch (action.type) {
		case 'closeOverlay':
			return closeOverlay(state);
		case 'scrollLineDown':
			return move(scrollBy(state.overlayTop, 1, total, height));
		case 'scrollLineUp':
			return move(scrollBy(state.overlayTop, -1, total, height));
		case 'scrollPageDown':
			return move(scrollBy(state.overlayTop, pageSize(height), total, height));
		case 'scrollPageUp':
			return move(scrollBy(state.overlayTop, -pageSize(height), total, height));
		case 'scrollHalfDown':
			return move(scrollBy(state.overlayTop, halfPage(height), total, height));
		case 'scrollHalfUp':
			return move(scrollBy(state.overlayTop, -halfPage(height), total, height));
		case 'scrollTop':
			return move(0);
		case 'scrollBottom':
			return move(maxTop(total, height));
		default:
			return state;
	}
}
