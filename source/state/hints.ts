/**
 * The hint bar's entries, drawn from the bindings: the current mode's own, then the global ones,
 * each only when its binding is enabled in the state. When they do not all fit, `?` and `q` are
 * kept and the rest are dropped from the end, so the way to every other binding is always on screen.
 */
import {displayWidth} from '../core/text/width.js';
import type {Binding, ModeTable} from './mode.js';
import {globalBindings} from './global.js';
import {contextOf, type State} from './state.js';

export type Hint = {keys: string; label: string};

/** Hints that are never dropped while anything fits. */
const essential = new Set(['?', 'q']);

/** Every hint for the mode `state` is in, in table order: the mode's own, then the global ones. */
export function hintsFor(state: State, modes: ModeTable): Hint[] {
	const mode = modes[contextOf(state)];
	const shown = (binding: Binding) => binding.hint !== undefined && binding.enabled?.(state) !== false && binding.hinted?.(state) !== false;
	const own = (mode?.bindings ?? []).filter(binding => binding.enabled?.(state) !== false);
	// A key the mode takes (`/` narrows the filter's list) does not do what the global binding says.
	const taken = new Set(own.flatMap(binding => binding.keys));
	// Where typing goes to a text line (search), global letters are text: only the mode's own keys are hinted.
	const globals = mode?.typing === true ? [] : globalBindings(modes).filter(binding => !binding.keys.some(key => taken.has(key)));
	return [...own, ...globals].filter(shown).map(binding => ({keys: binding.hint?.[0] ?? '', label: binding.hint?.[1] ?? ''}));
}

/** Display width of a hint: `keys label`. */
export function hintWidth(hint: Hint): number {
	return displayWidth(hint.keys) + 1 + displayWidth(hint.label);
}

/** The hints that fit in `width` columns with two spaces between them, in their order. */
export function fitHints(hints: Hint[], width: number): Hint[] {
	const chosen = new Set<Hint>();
	let used = 0;
	const take = (hint: Hint) => {
		const cost = hintWidth(hint) + (chosen.size > 0 ? 2 : 0);
		if (used + cost > width) return;
		chosen.add(hint);
		used += cost;
	};
	for (const hint of hints) if (essential.has(hint.keys)) take(hint);
	for (const hint of hints) if (!chosen.has(hint)) take(hint);
	return hints.filter(hint => chosen.has(hint));
}
