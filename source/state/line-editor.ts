/**
 * The one line editor behind every prompt (the search line, `t`'s date, the facet list's
 * narrowing), with readline's keys: Ctrl-A/Home and Ctrl-E/End to the ends, Ctrl-B/← and Ctrl-F/→
 * a character, Alt-B and Alt-F a word, Backspace and Delete a character, Ctrl-W the word before
 * the cursor, Ctrl-U all before it, Ctrl-K all after it.
 *
 * A line may be selected whole, as a browser's find bar reopens: typing replaces it, Backspace
 * deletes it, and a key that moves the cursor keeps the text for editing.
 *
 * Text typed or pasted goes in whole, or not at all when it holds a character that must never
 * reach a prompt: a control character (an escape would be a terminal command), a bidirectional
 * embedding or isolate (it reorders what is shown after it), or a line or paragraph separator.
 * The edit then says why and leaves the line as it was, so the prompt stays open with its text.
 */

import type {Binding} from './mode.js';

/** A line being edited: its text, the cursor as a count of code points, whether the text is selected whole. */
export type Line = {readonly text: string; readonly cursor: number; readonly selected: boolean};

/** What a key did: the line after it, or a reason it was refused (the line unchanged); undefined when it is no editing key. */
export type LineEdit = {line: Line; error?: undefined} | {error: string; line?: undefined} | undefined;

/** A line holding `text`, the cursor at its end. */
export function lineOf(text: string, selected = false): Line {
	return {text, cursor: [...text].length, selected: selected && text !== ''};
}

export const emptyLine: Line = lineOf('');

/**
 * Characters a prompt refuses: C0 and C1 controls and DEL; U+202A–U+202E (embeddings and
 * overrides) and U+2066–U+2069 (isolates), which reorder the text after them; U+2028 and U+2029.
 */
const refused = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;

/** Why `text` cannot be typed, or undefined when it can. */
export function refusal(text: string): string | undefined {
	const found = refused.exec(text)?.[0];
	if (found === undefined) return undefined;
	const code = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	const what = /[\u202A-\u202E\u2066-\u2069]/u.test(found) ? 'a bidirectional control character' : /[\u2028\u2029]/u.test(found) ? 'a line separator' : 'a control character';
	return `Not typed: the text holds ${what} (${code})`;
}

/** Where the word before `at` starts: back over spaces, then over the word (readline's backward-word). */
function wordStart(chars: readonly string[], at: number): number {
	let index = at;
	while (index > 0 && /\s/u.test(chars[index - 1]!)) index--;
	while (index > 0 && !/\s/u.test(chars[index - 1]!)) index--;
	return index;
}

/** Where the word at or after `at` ends: over spaces, then over the word (readline's forward-word). */
function wordEnd(chars: readonly string[], at: number): number {
	let index = at;
	while (index < chars.length && /\s/u.test(chars[index]!)) index++;
	while (index < chars.length && !/\s/u.test(chars[index]!)) index++;
	return index;
}

/** The line with `chars` as its text and the cursor at `cursor`, no longer selected. */
function made(chars: readonly string[], cursor: number): Line {
	return {text: chars.join(''), cursor: Math.max(0, Math.min(chars.length, cursor)), selected: false};
}

/** The editing keys by name: what each does to the characters and the cursor. */
const moves: Record<string, (chars: string[], cursor: number) => Line> = {
	home: chars => made(chars, 0),
	'ctrl+a': chars => made(chars, 0),
	end: chars => made(chars, chars.length),
	'ctrl+e': chars => made(chars, chars.length),
	left: (chars, cursor) => made(chars, cursor - 1),
	'ctrl+b': (chars, cursor) => made(chars, cursor - 1),
	right: (chars, cursor) => made(chars, cursor + 1),
	'ctrl+f': (chars, cursor) => made(chars, cursor + 1),
	'alt+b': (chars, cursor) => made(chars, wordStart(chars, cursor)),
	'alt+f': (chars, cursor) => made(chars, wordEnd(chars, cursor)),
	// Ink 6.8 names the Backspace key `delete`; `backspace` is Ctrl-H. The Delete key is `deleteForward`.
	delete: (chars, cursor) => made([...chars.slice(0, Math.max(0, cursor - 1)), ...chars.slice(cursor)], cursor - 1),
	backspace: (chars, cursor) => made([...chars.slice(0, Math.max(0, cursor - 1)), ...chars.slice(cursor)], cursor - 1),
	deleteForward: (chars, cursor) => made([...chars.slice(0, cursor), ...chars.slice(cursor + 1)], cursor),
	'ctrl+d': (chars, cursor) => made([...chars.slice(0, cursor), ...chars.slice(cursor + 1)], cursor),
	'ctrl+w': (chars, cursor) => {
		const start = wordStart(chars, cursor);
		return made([...chars.slice(0, start), ...chars.slice(cursor)], start);
	},
	'ctrl+u': (chars, cursor) => made(chars.slice(cursor), 0),
	'ctrl+k': (chars, cursor) => made(chars.slice(0, cursor), cursor),
};

/** Keys that, on a selected line, keep its text and only end the selection (a browser's find bar). */
const keepsSelection: Record<string, 'start' | 'end'> = {left: 'start', 'ctrl+b': 'start', home: 'start', 'ctrl+a': 'start', right: 'end', 'ctrl+f': 'end', end: 'end', 'ctrl+e': 'end'};

/**
 * The editing keys as bindings, for every prompt's key table (and so its help): each sends
 * `lineEdit` with the key's name, which the prompt's reducer passes to `editLine`.
 */
export const lineBindings = [
	{keys: ['ctrl+a', 'home'], action: {type: 'lineEdit', key: 'home'}, help: 'to the start of the line'},
	{keys: ['ctrl+e', 'end'], action: {type: 'lineEdit', key: 'end'}, help: 'to the end of the line'},
	{keys: ['ctrl+b', 'left'], action: {type: 'lineEdit', key: 'left'}, help: 'a character left'},
	{keys: ['ctrl+f', 'right'], action: {type: 'lineEdit', key: 'right'}, help: 'a character right'},
	{keys: ['alt+b'], action: {type: 'lineEdit', key: 'alt+b'}, help: 'a word left'},
	{keys: ['alt+f'], action: {type: 'lineEdit', key: 'alt+f'}, help: 'a word right'},
	// Ink 6.8 names the Backspace key `delete`; `backspace` is Ctrl-H.
	{keys: ['delete'], action: {type: 'lineEdit', key: 'delete'}, help: 'delete the character before the cursor'},
	{keys: ['backspace'], action: {type: 'lineEdit', key: 'delete'}, help: 'delete the character before the cursor'},
	{keys: ['deleteForward'], action: {type: 'lineEdit', key: 'deleteForward'}, help: 'delete the character under the cursor'},
	{keys: ['ctrl+d'], action: {type: 'lineEdit', key: 'deleteForward'}, help: 'delete the character under the cursor'},
	{keys: ['ctrl+w'], action: {type: 'lineEdit', key: 'ctrl+w'}, help: 'delete the word before the cursor'},
	{keys: ['ctrl+u'], action: {type: 'lineEdit', key: 'ctrl+u'}, help: 'delete everything before the cursor'},
	{keys: ['ctrl+k'], action: {type: 'lineEdit', key: 'ctrl+k'}, help: 'delete everything after the cursor'},
] as const satisfies readonly Binding[];

/**
 * Applies a key to a line. `name` is the key table's name (`left`, `ctrl+w`; undefined for a paste),
 * `input` the text typed. Printable keys and pastes insert their text at the cursor (replacing a
 * selected line); editing keys edit; any other key is undefined, for the mode to handle.
 */
export function editLine(line: Line, name: string | undefined, input: string): LineEdit {
	const chars = [...line.text];
	const text = name === 'space' ? ' ' : name === undefined || [...name].length === 1 ? input : undefined;
	if (text !== undefined) {
		if (text === '') return undefined;
		const why = refusal(text);
		if (why !== undefined) return {error: why};
		if (line.selected) return {line: lineOf(text)};
		const cursor = Math.min(line.cursor, chars.length);
		return {line: made([...chars.slice(0, cursor), ...[...text], ...chars.slice(cursor)], cursor + [...text].length)};
	}
	if (name === undefined) return undefined;
	const kept = keepsSelection[name];
	if (line.selected && kept !== undefined) return {line: made(chars, kept === 'start' ? 0 : chars.length)};
	const move = moves[name];
	if (move === undefined) return undefined;
	// On a selected line, the deleting keys take the whole selection.
	if (line.selected) return {line: emptyLine};
	return {line: move(chars, Math.min(line.cursor, chars.length))};
}

/** The line as shown: the text, with `cursor` drawn at the cursor (a selected line drawn with `selection`). */
export function drawLine(line: Line, cursor: (char: string) => string, selection: (text: string) => string = text => text): string {
	const chars = [...line.text];
	if (line.selected) return `${selection(line.text)}${cursor(' ')}`;
	const at = Math.min(line.cursor, chars.length);
	return `${chars.slice(0, at).join('')}${cursor(chars[at] ?? ' ')}${chars.slice(at + 1).join('')}`;
}
