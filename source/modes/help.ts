/**
 * `help` (`?`): every binding of every mode, grouped by where it applies (the scrolling keys, which
 * several modes share, once), then what the position markers mean.
 */
import type {Action} from '../state/messages.js';
import {closeBinding, scrollBindings, scrollOverlay, type Binding, type Mode, type ModeTable} from '../state/mode.js';
import {lineBindings} from '../state/line-editor.js';
import {overlayWidth, withMargin, type State} from '../state/state.js';
import {globalBindings} from '../state/global.js';
import {keyLabel} from '../state/key-names.js';
import {unpainted, type Style} from '../core/text/style.js';
import {displayWidth, wrap} from '../core/text/width.js';
import {stanceMark} from '../core/screen/timeline-rows.js';
import {memoize} from '../core/memo.js';

declare module '../state/state.js' {
	interface ModeSlots {
		help: undefined;
	}
}

/** The keys of a binding as shown: `j ↓`, `Enter l →`. */
export function bindingKeys(binding: Binding): string {
	return binding.keys.map(key => keyLabel(key)).join(' ');
}

/** Bindings several modes share, listed once each under their own heading. */
const sharedGroups: Array<[string, readonly Binding[]]> = [
	['scrolling', scrollBindings],
	['editing a prompt', lineBindings],
];
const shared = new Set<Binding>(sharedGroups.flatMap(([, bindings]) => bindings));

/** The groups of bindings the help lists: everywhere, the shared ones (scrolling, editing a prompt), then each mode's own. */
function groups(modes: ModeTable): Array<[string, readonly Binding[]]> {
	const users = (bindings: readonly Binding[]) => Object.values(modes).filter(mode => mode.bindings.some(binding => bindings.includes(binding)));
	return [
		['everywhere', globalBindings(modes)],
		...sharedGroups.flatMap(([heading, bindings]): Array<[string, readonly Binding[]]> => {
			const modesUsing = users(bindings);
			return modesUsing.length === 0 ? [] : [[`${heading} (${modesUsing.map(mode => mode.label).join(', ')})`, bindings]];
		}),
		...Object.values(modes).map((mode): [string, readonly Binding[]] => [mode.label, mode.bindings.filter(binding => !shared.has(binding))]),
	];
}

/** Help lines for `width` columns: a heading per group, then `keys  description` rows. */
export const helpLines = memoize((width: number, style: Style, modes: ModeTable): string[] => {
	const all = groups(modes);
	const keyColumn = Math.min(16, Math.max(...all.flatMap(([, bindings]) => bindings.map(binding => displayWidth(bindingKeys(binding))))));
	const indent = 2 + keyColumn + 2;
	const lines: string[] = [];
	for (const [heading, bindings] of all) {
		if (bindings.length === 0) continue;
		if (lines.length > 0) lines.push('');
		lines.push(...wrap(heading, width).map(line => style.bold(style.accent(line))));
		for (const binding of bindings) {
			const keys = bindingKeys(binding);
			const room = width - indent;
			if (room < 8 || displayWidth(keys) > keyColumn) {
				lines.push(`  ${style.bold(keys)}`, ...wrap(binding.help, Math.max(1, width - 4)).map(line => `    ${line}`));
				continue;
			}
			const [first = '', ...rest] = wrap(binding.help, room);
			lines.push(`  ${style.bold(keys)}${' '.repeat(keyColumn - displayWidth(keys) + 2)}${first}`, ...rest.map(line => ' '.repeat(indent) + line));
		}
	}
	lines.push('', style.bold(style.accent('where Massachusetts stood')));
	const legend: Array<[string, string]> = [
		[stanceMark('joining', 'joining', style), 'joining the program'],
		[stanceMark('refusing', 'refusing', style), 'refusing it'],
		[stanceMark('undecided', 'undecided', style), 'undecided'],
		[stanceMark(undefined, 'joining', style), 'no stance stated: the last one carries on'],
	];
	for (const [mark, text] of legend) lines.push(...wrap(`  ${mark}  ${text}`, width));
	return lines;
});

function lines(state: State, style: Style, modes: ModeTable): string[] {
	return withMargin(helpLines(overlayWidth(state), style, modes));
}

function reduce(state: State, action: Action, modes: ModeTable): State {
	return scrollOverlay(state, action, lines(state, unpainted(state.styleLevel), modes).length);
}

export const help: Mode = {
	label: 'help',
	bindings: [...scrollBindings, closeBinding],
	opener: {keys: ['?'], action: {type: 'open', mode: 'help'}, help: 'help: every binding', hint: ['?', 'help']},
	over: true,
	reduce,
	lines,
	title: () => 'Help',
};
