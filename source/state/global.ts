/**
 * The bindings that apply everywhere: moving between panes, the modes' openers (`/`, `d`, `s`,
 * `?`, taken from the mode table in its order), quitting. A mode's own binding for a key wins.
 */
import type {Binding, ModeTable} from './mode.js';
import {memoize} from '../core/memo.js';

const panes = [
	{keys: ['tab'], action: {type: 'focusNext'}, help: 'focus the other pane', hint: ['⇥', 'pane'], enabled: state => state.mode === 'browse'},
	{keys: ['shift+tab'], action: {type: 'focusPrevious'}, help: 'focus the other pane', enabled: state => state.mode === 'browse'},
] as const satisfies readonly Binding[];

const quitting = [
	{keys: ['q'], action: {type: 'quit'}, help: 'close the overlay, or quit', hint: ['q', 'quit']},
	{keys: ['ctrl+c'], action: {type: 'interrupt'}, help: 'quit at once'},
] as const satisfies readonly Binding[];

/** The global bindings for a table of modes, in the order the help lists them (remembered: the same table gives the same list). */
export const globalBindings = memoize((modes: ModeTable): Binding[] => [
	...panes,
	...Object.values(modes).flatMap(mode => (mode.opener === undefined ? [] : [mode.opener])),
	...Object.values(modes).flatMap(mode => mode.globals ?? []),
	...quitting,
]);

/**
 * The same bindings in the order a key is looked up: modes' own global keys first, so where one
 * is enabled it wins a key it shares (Tab right after Ctrl-O goes forward in the jump list).
 */
export const globalLookup = memoize((modes: ModeTable): Binding[] => {
	const own = Object.values(modes).flatMap(mode => mode.globals ?? []);
	return [...own, ...globalBindings(modes).filter(binding => !own.includes(binding))];
});
