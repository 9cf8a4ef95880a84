/**
 * The hint bar's entries, drawn from the key table: the current context's hints, then the
 * global ones. When they do not all fit, `?` and `q` are kept and the rest are dropped from the
 * end, so the way to every other binding is always on screen.
 */
import {displayWidth} from '../core/clip.js';
import {contexts, keymap, type Binding, type Context} from './keymap.js';

export type Hint = {keys: string; label: string};

/** Hints that are never dropped while anything fits. */
const essential = new Set(['?', 'q']);

/** Global actions that mean something only where the panes are: not hinted over an overlay. */
const paneActions = new Set(['focusNext', 'focusPrevious']);

/** Every hint for `context`, in table order: the context's own, then the global ones. */
export function hintsFor(context: Context): Hint[] {
	const bindings = keymap as readonly Binding[];
	// Where typing goes to a text line (search), global letters are text: only the context's own keys are hinted.
	const typing = contexts[context].typing;
	const overPanes = context === 'overlay' || context === 'compare' || context === 'pick';
	const applies = (binding: Binding) => (!overPanes || !paneActions.has(binding.action.type)) && !(typing && binding.context === 'global');
	const pick = (where: Context) =>
		bindings.filter(binding => binding.context === where && binding.hint !== undefined && applies(binding)).map(binding => ({keys: binding.hint?.[0] ?? '', label: binding.hint?.[1] ?? ''}));
	return context === 'global' ? pick('global') : [...pick(context), ...pick('global')];
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
