/**
 * From Ink's key events to the key table's names, and from a name to the bound action.
 * Pure, so the reducer can resolve keys with the state it is given: a handler reading state from
 * a render's closure would act on stale state when keys arrive faster than frames.
 */
import type {Key} from 'ink';
import type {Action} from './messages.js';
import {contexts, keymap, type Binding, type Context} from './keymap.js';

const named: Array<[keyof Key, string]> = [
	['upArrow', 'up'],
	['downArrow', 'down'],
	['leftArrow', 'left'],
	['rightArrow', 'right'],
	['pageUp', 'pageup'],
	['pageDown', 'pagedown'],
	['home', 'home'],
	['end', 'end'],
	['return', 'return'],
	['escape', 'escape'],
	['backspace', 'backspace'],
	['delete', 'delete'],
];

/**
 * The key table's name for a key press: `j`, `G`, `space`, `down`, `shift+tab`, `ctrl+c`.
 * Undefined for what the table cannot bind (a paste of several characters, an unknown sequence).
 */
export function keyName(input: string, key: Key): string | undefined {
	if (key.tab) return key.shift ? 'shift+tab' : 'tab';
	for (const [flag, name] of named) if (key[flag] === true) return name;
	if (key.ctrl && /^[a-z]$/i.test(input)) return `ctrl+${input.toLowerCase()}`;
	if (input === ' ') return 'space';
	if ([...input].length === 1 && input >= ' ') return input;
	return undefined;
}

/**
 * Key names for a run of typed characters that arrived together (a held key on a busy machine,
 * or several keys in one write): Ink passes such a run as one input, like a paste.
 */
export function splitKeys(input: string): string[] {
	const names: string[] = [];
	for (const char of input) {
		const code = char.codePointAt(0) ?? 0;
		if (char === '\r' || char === '\n') names.push('return');
		else if (char === '\t') names.push('tab');
		else if (char === ' ') names.push('space');
		else if (code === 0x7f) names.push('delete');
		else if (code === 0x08) names.push('backspace');
		else if (code >= 1 && code <= 26) names.push(`ctrl+${String.fromCharCode(code + 96)}`);
		else if (code >= 0x20) names.push(char);
	}
	return names;
}

const byContext = new Map<Context, Map<string, Binding>>();
for (const binding of keymap as readonly Binding[]) {
	const table = byContext.get(binding.context) ?? new Map<string, Binding>();
	for (const key of binding.keys) if (!table.has(key)) table.set(key, binding);
	byContext.set(binding.context, table);
}

/** True for a name that is one printable character: text in a typing context. */
function printable(name: string): boolean {
	return [...name].length === 1;
}

/**
 * The action a key is bound to in `context`: the context's own binding first, then the global
 * one (global printable keys do not fire in a typing context). Undefined when unbound.
 */
export function resolveKey(context: Context, name: string | undefined): Action | undefined {
	if (name === undefined) return undefined;
	const own = byContext.get(context)?.get(name);
	if (own !== undefined) return own.action;
	if (contexts[context].typing && printable(name)) return undefined;
	return byContext.get('global')?.get(name)?.action;
}

const labels: Record<string, string> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	space: 'Space',
	tab: 'Tab',
	'shift+tab': 'Shift-Tab',
	backspace: 'Backspace',
	delete: 'Delete',
};

/** How a key name is shown to people: `↓`, `PgDn`, `Ctrl-C`, `G`. */
export function keyLabel(name: string): string {
	const label = labels[name];
	if (label !== undefined) return label;
	if (name.startsWith('ctrl+')) return `Ctrl-${name.slice(5).toUpperCase()}`;
	return name;
}
