/**
 * The key table, assembled from the mode table: the global bindings, then each mode's own. The
 * reducer resolves key presses through it, and the help overlay and the hint bar are drawn from
 * the same bindings, so they cannot disagree with what the keys do.
 */
import type {Action} from './messages.js';
import {modeEntries, type Binding, type ModeTable} from './mode.js';
import {globalBindings, globalLookup} from './global.js';
import type {ModeName, State} from './state.js';

/** Where a binding applies: a mode's name, or `global`. */
export type Context = ModeName | 'global';

/** A binding with the place it applies. */
export type PlacedBinding = Binding & {readonly context: Context};

/** Every binding of a table of modes, each with its context. */
export function keymapOf(modes: ModeTable): PlacedBinding[] {
	return [
		...globalBindings(modes).map(binding => ({...binding, context: 'global' as const})),
		...modeEntries(modes).flatMap(([name, mode]) => mode.bindings.map(binding => ({...binding, context: name}))),
	];
}

/** True for a name that is one printable character: text in a typing mode. */
function printable(name: string): boolean {
	return [...name].length === 1;
}

/** The first binding for `name` among `bindings` that is enabled in `state` (every one, without a state). */
function find(bindings: readonly Binding[], name: string, state: State | undefined): Binding | undefined {
	return bindings.find(binding => binding.keys.includes(name) && (state === undefined || binding.enabled?.(state) !== false));
}

/**
 * The action a key is bound to in `context`: the mode's own binding first, then the global one
 * (global printable keys do not fire in a typing mode). Undefined when unbound or disabled.
 */
export function resolveKeyIn(modes: ModeTable, context: ModeName, name: string | undefined, state?: State): Action | undefined {
	if (name === undefined) return undefined;
	const mode = modes[context];
	const own = mode === undefined ? undefined : find(mode.bindings, name, state);
	if (own !== undefined) return own.action;
	if (mode?.typing === true && printable(name)) return undefined;
	// Without a state, the binding that applies in every state (a mode's key that wins only in some states is skipped).
	return find(state === undefined ? globalBindings(modes) : globalLookup(modes), name, state)?.action;
}
