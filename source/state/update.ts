/**
 * The explorer's one reducer: `update(state, action) → state`, pure. It handles what applies in
 * every mode (keys, resize, quitting, opening modes, moving between panes) and hands the rest to
 * the current mode's own reducer, found in the mode table (modes/index.ts). Keys the mode does
 * not bind reach its reducer as `{type: 'key'}` with the typed text, which is how a text-input
 * mode receives typing.
 */
import type {Timeline} from '../core/model/schema.js';
import {listWidth} from '../core/screen/timeline-rows.js';
import type {Action} from './messages.js';
import {citationTop, contextOf, overlayHeight, selectedDetail, type ModeName, type Size, type State} from './state.js';
import {keepPlace} from './place.js';
import {closeOverlay, modeEntries, type ModeTable} from './mode.js';
import {splitInput} from './key-names.js';
import {resolveKeyIn} from './keymap.js';
import {modes as table} from '../modes/index.js';
import {anchoredListTop} from '../modes/browse.js';
import {noteJump} from '../modes/mark.js';
import {memoize} from '../core/memo.js';
import {computeLayout} from '../core/screen/layout.js';
import {clampTop} from '../core/screen/viewport.js';
import {unpainted, type Style, type StyleLevel} from '../core/text/style.js';
import {replaceTimeline} from './replace.js';
import {mouseActions} from './mouse.js';

/** Control characters and escapes: in a typing mode, what makes one input several keys. */
const batched = /[\u0000-\u001F\u007F-\u009F]/;

/** The lines the open mode shows, painted with `style`: undefined for a mode that draws a view of its own. */
export function modeLines(state: State, style: Style, modes: ModeTable = table): string[] | undefined {
	return modes[state.mode]?.lines?.(state, style, modes);
}

/** How many lines the open mode shows (0 for one without lines), for clamping its scroll. */
function lineCount(state: State, modes: ModeTable): number {
	return modeLines(state, unpainted(state.styleLevel), modes)?.length ?? 0;
}

/** The view's scroll kept in range: after a resize, or on returning to a view (Esc from a search). */
function clampOverlay(state: State, modes: ModeTable): State {
	const overlayTop = clampTop(state.overlayTop, lineCount(state, modes), overlayHeight(state));
	return overlayTop === state.overlayTop ? state : {...state, overlayTop};
}

/** A new terminal size: lay out again, keep the selection in view and the reader's place in the article. */
function resize(state: State, columns: number, rows: number, modes: ModeTable): State {
	if (state.layout.columns === columns && state.layout.rows === rows) return state;
	const before = selectedDetail(state);
	// At the top the reader is on the card: it stays there, even where the passage no longer fits below it.
	const atCitation = state.articleTop > 0 && state.articleTop === citationTop(state);
	const next: State = {...state, layout: computeLayout(columns, rows, listWidth(state.shown))};
	next.listTop = anchoredListTop(next);
	const after = selectedDetail(next);
	if (before !== undefined && after !== undefined) next.articleTop = keepPlace(state.articleTop, before, after, atCitation ? citationTop(next) : undefined);
	return clampOverlay(next, modes);
}

/** Opens `mode` over whatever view is showing, or closes it when it is already open. */
function toggle(state: State, mode: ModeName, modes: ModeTable): State {
	if (state.mode === mode) return closeOverlay(state);
	const behind = state.mode === 'browse' || modes[state.mode]?.over === true ? state.behind : {mode: state.mode, overlayTop: state.overlayTop};
	return {...state, mode, overlayTop: 0, behind};
}

/** Which mode reduces each action of a global binding a mode owns (`F`, `y`), and which actions are jumps. */
const routes = memoize((modes: ModeTable) => {
	const owners = new Map<string, ModeName>();
	const jumps = new Set<string>();
	for (const [name, mode] of modeEntries(modes)) {
		for (const binding of mode.globals ?? []) owners.set(binding.action.type, name);
		for (const type of mode.actions ?? []) owners.set(type, name);
		for (const type of mode.jumps ?? []) jumps.add(type);
	}
	return {owners, jumps};
});

/** The reducer over a table of modes; `update` is it over the explorer's own table. */
export function createUpdate(modes: ModeTable): (state: State, action: Action) => State {
	const reduce = (state: State, action: Action): State => {
		const {owners, jumps} = routes(modes);
		const next = modes[owners.get(action.type) ?? contextOf(state)]?.reduce(state, action, modes) ?? state;
		return jumps.has(action.type) ? noteJump(state, next) : next;
	};
	const update = (state: State, action: Action): State => {
		if (state.exitCode !== undefined) return state;
		switch (action.type) {
			case 'key': {
				// Several keys in one read: each resolves in the mode the keys before it left (Enter or Esc
				// may leave the search). Typing modes keep runs of text whole (a paste), so split only at controls.
				const mode = modes[contextOf(state)];
				const typing = mode?.typing === true && mode.oneKey !== true;
				if (action.name === undefined && (typing ? batched.test(action.input) : [...action.input].length > 1)) {
					return splitInput(action.input, typing).reduce((next, key) => update(next, {type: 'key', ...key}), state);
				}
				const bound = resolveKeyIn(modes, contextOf(state), action.name, state);
				const next = state.status === undefined ? state : {...state, status: undefined};
				return bound === undefined ? reduce(next, action) : update(next, bound);
			}
			case 'paste': {
				// Text, whatever it holds: a line break or tab inside is a space (a pasted line), one at either end
				// is dropped (never Enter), and any other control character makes the prompt refuse the text. Outside
				// a prompt a paste does nothing: its characters are not keys.
				const mode = modes[contextOf(state)];
				if (mode?.typing !== true || mode.oneKey === true) return state;
				const text = action.text.replace(/^[\r\n]+|[\r\n]+$/g, '').replace(/\r\n|[\r\n\t]/g, ' ');
				const next = state.status === undefined ? state : {...state, status: undefined};
				return text === '' ? next : reduce(next, {type: 'key', name: undefined, input: text});
			}
			case 'resize':
				return resize(state, action.columns, action.rows, modes);
			case 'mouse':
				return mouseActions(state, action, modes).reduce(update, state);
			case 'replaceTimeline':
				return clampOverlay(replaceTimeline(state, action), modes);
			case 'interrupt':
				return {...state, exitCode: 130};
			case 'quit':
				if (state.mode === 'browse') return {...state, exitCode: 0};
				return modes[state.mode]?.over === true ? closeOverlay(state) : {...state, mode: 'browse', overlayTop: 0, behind: undefined};
			case 'open': {
				const mode = modes[action.mode];
				if (mode === undefined) return state;
				return clampOverlay(mode.open?.(state) ?? toggle(state, action.mode, modes), modes);
			}
			case 'focusNext':
			case 'focusPrevious':
				// Two panes: forwards and backwards both reach the other one.
				return state.mode === 'browse' ? {...state, focus: state.focus === 'timeline' ? 'article' : 'timeline'} : state;
			default: {
				const next = reduce(state, action);
				return next.mode === state.mode ? next : clampOverlay(next, modes);
			}
		}
	};
	return update;
}

/** The explorer's reducer. */
export const update = createUpdate(table);

/** The explorer as it opens: first event selected, timeline focused, the pane on its card, each mode's slot at its initial value. */
export function initialState(timeline: Timeline, size: Size, styleLevel: StyleLevel, modes: ModeTable = table): State {
	const slots = Object.fromEntries(modeEntries(modes).flatMap(([name, mode]) => (mode.initial === undefined ? [] : [[name, mode.initial]])));
	const state: State = {
		all: timeline,
		shown: timeline,
		layout: computeLayout(size.columns, size.rows, listWidth(timeline)),
		styleLevel,
		mode: 'browse',
		focus: 'timeline',
		selected: 0,
		listTop: 0,
		articleTop: 0,
		citation: 0,
		cardFolded: false,
		overlayTop: 0,
		behind: undefined,
		exitCode: undefined,
		search: {query: '', answer: undefined, picked: 0, top: 0, before: undefined},
		matches: undefined,
		slots,
	};
	return state;
}
