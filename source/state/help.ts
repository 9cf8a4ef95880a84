/**
 * The help overlay's lines, drawn from the key table: every binding, grouped by where it applies,
 * then what the position markers mean.
 */
import type {Style} from '../core/style.js';
import {stringWidth, wrap} from '../core/text.js';
import {stanceMark} from '../core/timeline-rows.js';
import {contexts, keymap, type Binding, type Context} from './keymap.js';
import {keyLabel} from './keys.js';

/** The keys of a binding as shown: `j ↓`, `Enter l →`. */
export function bindingKeys(binding: Binding): string {
	return binding.keys.map(key => keyLabel(key)).join(' ');
}

/** Help lines for `width` columns: a heading per context, then `keys  description` rows. */
export function helpLines(width: number, style: Style): string[] {
	const bindings = keymap as readonly Binding[];
	const keyColumn = Math.min(16, Math.max(...bindings.map(binding => stringWidth(bindingKeys(binding)))));
	const indent = 2 + keyColumn + 2;
	const lines: string[] = [];
	const groups = new Map<Context, Binding[]>();
	for (const binding of bindings) groups.set(binding.context, [...(groups.get(binding.context) ?? []), binding]);
	for (const [context, group] of groups) {
		if (lines.length > 0) lines.push('');
		lines.push(style.bold(style.accent(contexts[context].label)));
		for (const binding of group) {
			const keys = bindingKeys(binding);
			const room = width - indent;
			if (room < 8 || stringWidth(keys) > keyColumn) {
				lines.push(`  ${style.bold(keys)}`, ...wrap(binding.help, Math.max(1, width - 4)).map(line => `    ${line}`));
				continue;
			}
			const [first = '', ...rest] = wrap(binding.help, room);
			lines.push(`  ${style.bold(keys)}${' '.repeat(keyColumn - stringWidth(keys) + 2)}${first}`, ...rest.map(line => ' '.repeat(indent) + line));
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
}
