/**
 * Keys resolved through the explorer's mode table (modes/index.ts). Pure, so the reducer can
 * resolve keys with the state it is given: a handler reading state from a render's closure would
 * act on stale state when keys arrive faster than frames.
 */
import type {Action} from './messages.js';
import type {ModeName, State} from './state.js';
import {keymapOf, resolveKeyIn} from './keymap.js';
import {modes} from '../modes/index.js';

/** Every binding of the explorer, each with the mode it applies in (`global` for everywhere). */
export const keymap = keymapOf(modes);

/** The action `name` is bound to in mode `context` (given `state`, only if the binding is enabled there). */
export function resolveKey(context: ModeName, name: string | undefined, state?: State): Action | undefined {
	return resolveKeyIn(modes, context, name, state);
}
