import {describe, expect, it} from 'vitest';
import {drawLine, editLine, emptyLine, lineOf, type Line} from '../../source/state/line-editor.js';

/** Applies keys by name; a printable name is also its text. */
function keys(line: Line, ...names: string[]): Line {
	return names.reduce((current, name) => {
		const edit = editLine(current, name, [...name].length === 1 ? name : '');
		if (edit?.line === undefined) throw new Error(`${name}: ${edit?.error ?? 'not an editing key'}`);
		return edit.line;
	}, line);
}

/** The line drawn with `|` at the cursor (over the character there). */
const shown = (line: Line) =>
	drawLine(
		line,
		char => `[${char}]`,
		text => `<${text}>`,
	);

describe('the line editor', () => {
	it('inserts typed text at the cursor and moves a character with ← → Ctrl-B Ctrl-F', () => {
		const line = keys(lineOf('stat police'), 'left', 'left', 'left', 'left', 'left', 'left', 'left', 'e');
		expect(line.text).toBe('state police');
		expect(keys(line, 'ctrl+b', 'ctrl+f', 'ctrl+f').cursor).toBe(6);
		expect(keys(lineOf('ab'), 'right', 'right').cursor).toBe(2);
		expect(keys(lineOf('ab'), 'home', 'left').cursor).toBe(0);
	});

	it('goes to the ends with Home End Ctrl-A Ctrl-E and by words with Alt-B Alt-F', () => {
		const line = lineOf('secure  communities act');
		expect(keys(line, 'ctrl+a').cursor).toBe(0);
		expect(keys(line, 'home', 'end').cursor).toBe(23);
		expect(keys(line, 'ctrl+a', 'ctrl+e').cursor).toBe(23);
		expect(keys(line, 'alt+b').cursor).toBe(20);
		expect(keys(line, 'alt+b', 'alt+b').cursor).toBe(8);
		expect(keys(line, 'home', 'alt+f').cursor).toBe(6);
		expect(keys(line, 'home', 'alt+f', 'alt+f').cursor).toBe(19);
	});

	it('deletes with Backspace before the cursor, Delete and Ctrl-D under it, Ctrl-W the word before, Ctrl-U all before, Ctrl-K all after', () => {
		const line = keys(lineOf('state police act'), 'alt+b', 'left');
		expect(keys(line, 'delete').text).toBe('state polic act');
		expect(keys(line, 'backspace').text).toBe('state polic act');
		expect(keys(line, 'deleteForward').text).toBe('state policeact');
		expect(keys(line, 'ctrl+d').text).toBe('state policeact');
		expect(keys(line, 'ctrl+w')).toEqual({text: 'state  act', cursor: 6, selected: false});
		expect(keys(line, 'ctrl+u')).toEqual({text: ' act', cursor: 0, selected: false});
		expect(keys(line, 'ctrl+k')).toEqual({text: 'state police', cursor: 12, selected: false});
		expect(keys(lineOf(''), 'delete', 'deleteForward', 'ctrl+w')).toEqual(emptyLine);
	});

	it('counts in characters, not UTF-16 units: an emoji is one step', () => {
		const line = keys(lineOf('a😀b'), 'left', 'delete');
		expect(line).toEqual({text: 'ab', cursor: 1, selected: false});
	});

	it('takes a paste whole, at the cursor', () => {
		const edit = editLine(keys(lineOf('ab'), 'left'), undefined, 'state police');
		expect(edit?.line?.text).toBe('astate policeb');
		expect(edit?.line?.cursor).toBe(13);
	});

	it('refuses control characters, bidirectional controls and line separators with a reason, leaving the line', () => {
		for (const [text, code] of [
			['a\u001Bb', 'U+001B'],
			['\u009B31m', 'U+009B'],
			['x\u202Ey', 'U+202E'],
			['\u202A', 'U+202A'],
			['\u2066x\u2069', 'U+2066'],
			['\u2069', 'U+2069'],
			['one\u2028two', 'U+2028'],
			['\u2029', 'U+2029'],
		] as const) {
			const edit = editLine(lineOf('ok'), undefined, text);
			expect(edit?.line, text).toBeUndefined();
			expect(edit?.error, text).toContain(code);
		}
	});

	it('a selected line is replaced by typing and deleted by Backspace; ← → Home End keep its text to edit', () => {
		const selected = lineOf('actor:cuomo', true);
		expect(keys(selected, 'q')).toEqual({text: 'q', cursor: 1, selected: false});
		expect(keys(selected, 'delete')).toEqual(emptyLine);
		expect(keys(selected, 'end', 'x').text).toBe('actor:cuomox');
		expect(keys(selected, 'right', 'x').text).toBe('actor:cuomox');
		expect(keys(selected, 'left', 'x').text).toBe('xactor:cuomo');
		expect(keys(selected, 'home', 'x').text).toBe('xactor:cuomo');
	});

	it('leaves other keys to the mode', () => {
		expect(editLine(lineOf('a'), 'return', '')).toBeUndefined();
		expect(editLine(lineOf('a'), 'up', '')).toBeUndefined();
	});

	it('draws the cursor over the character it is on, or after the text, and a selection marked', () => {
		expect(shown(keys(lineOf('abc'), 'left'))).toBe('ab[c]');
		expect(shown(lineOf('abc'))).toBe('abc[ ]');
		expect(shown(lineOf('abc', true))).toBe('<abc>[ ]');
	});
});
