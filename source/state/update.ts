/**
 * The explorer's one reducer: `update(state, action) → state`, pure. It handles what applies in
 * every mode (keys, resize, quitting, opening overlays) and hands the rest to the current mode's
 * own reducer.
 *
 * Adding a mode (search, compare): its name in `Mode` and `modeContexts` (model.ts), its state
 * fields in `State`, its actions in messages.ts, a context and bindings in keymap.ts (one line
 * opens it from `global`), a reducer file here with an entry in `modeReducers`, and a case for its
 * view in app.tsx. Keys its context does not bind reach its reducer as `{type: 'key'}` with the
 * typed text, which is how a text-input mode receives typing.
 */
import type {Action} from './messages.js';
import {citationTop, contextOf, overlayHeight, selectedArticle, type Mode, type State} from './model.js';
import {resolveKey, splitInput} from './keys.js';
import {contexts} from './keymap.js';
import {listTopFor, updateBrowse} from './browse.js';
import {closeOverlay, updateOverlay} from './overlay.js';
import {openSearch, stepMatch, updateSearch} from './search.js';
import {openCompare, updateCompare, updatePick} from './compare.js';
import {overlayLines} from './overlays.js';
import {computeLayout} from '../core/layout.js';
import {anchorAt, lineAt} from '../core/article.js';
import {clampTop} from '../core/viewport.js';

/** Control characters and escapes: in a typing context, what makes one input several keys. */
const batched = /[\u0000-\u001F\u007F-\u009F]/;

/** Each mode's reducer, for the actions that are not handled in every mode. */
export const modeReducers: Record<Mode, (state: State, action: Action) => State> = {
	browse: updateBrowse,
	help: updateOverlay,
	summary: updateOverlay,
	search: updateSearch,
	compare: updateCompare,
	pick: updatePick,
};

/** A new terminal size: lay out again, keep the selection in view and the reader's place in the article. */
function resize(state: State, columns: number, rows: number): State {
	if (state.layout.columns === columns && state.layout.rows === rows) return state;
	const before = selectedArticle(state);
	const atCitation = state.articleTop === citationTop(state);
	const next: State = {...state, layout: computeLayout(columns, rows)};
	next.listTop = listTopFor(next, next.selected);
	const after = selectedArticle(next);
	if (before !== undefined && after !== undefined) {
		if (atCitation) next.articleTop = citationTop(next);
		else {
			const anchor = anchorAt(before.layout, state.articleTop);
			const line = anchor.paragraph < 0 ? 0 : lineAt(after.layout, anchor.paragraph, anchor.offset);
			next.articleTop = clampTop(line, after.layout.lines.length, after.height);
		}
	}
	next.overlayTop = clampTop(state.overlayTop, overlayLines(next).length, overlayHeight(next));
	return next;
}

/** Opens overlay `mode` (over whatever view is showing), or closes it when it is already open. */
function toggle(state: State, mode: Mode): State {
	if (state.mode === mode) return closeOverlay(state);
	const behind = state.mode === 'browse' || state.mode === 'help' || state.mode === 'summary' ? state.behind : {mode: state.mode, overlayTop: state.overlayTop};
	return {...state, mode, overlayTop: 0, behind};
}

/** The reducer. Keys resolve through the key table for the current context; unbound keys go to the mode. */
export function update(state: State, action: Action): State {
	if (state.exitCode !== undefined) return state;
	switch (action.type) {
		case 'key': {
			// Several keys in one read: each resolves in the context the keys before it left (Enter or Esc
			// may leave the search). Typing contexts keep runs of text whole (a paste), so split only at controls.
			const typing = contexts[contextOf(state)].typing;
			if (action.name === undefined && (typing ? batched.test(action.input) : [...action.input].length > 1)) {
				return splitInput(action.input, typing).reduce((next, key) => update(next, {type: 'key', ...key}), state);
			}
			const bound = resolveKey(contextOf(state), action.name);
			return bound === undefined ? modeReducers[state.mode](state, action) : update(state, bound);
		}
		case 'resize':
			return resize(state, action.columns, action.rows);
		case 'interrupt':
			return {...state, exitCode: 130};
		case 'quit':
			if (state.mode === 'browse') return {...state, exitCode: 0};
			return state.mode === 'help' || state.mode === 'summary' ? closeOverlay(state) : {...state, mode: 'browse', overlayTop: 0, behind: undefined};
		case 'toggleHelp':
			return toggle(state, 'help');
		case 'toggleSummary':
			return toggle(state, 'summary');
		case 'openSearch':
			return openSearch(state);
		case 'openCompare':
			return openCompare(state);
		case 'nextMatch':
			return stepMatch(state, 1);
		case 'previousMatch':
			return stepMatch(state, -1);
		default:
			return modeReducers[state.mode](state, action);
	}
}
