/**
 * From Ink's key events to the key table's names (`j`, `down`, `ctrl+c`), splitting keys that
 * arrive together, and from a name to how it is shown (`↓`, `Ctrl-C`). Resolving a name to its
 * action is keys.ts's.
 */
import type {Key} from 'ink';

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

/** The Delete key's sequence: Ink names it `delete`, as it names Backspace, so it is told apart by its bytes. */
const deleteKey = '\u001B[3~';

/**
 * The key table's name for a key press: `j`, `G`, `space`, `down`, `shift+tab`, `ctrl+c`, `alt+b`;
 * `delete` is Backspace (Ink's name for it), `deleteForward` the Delete key (told from `raw`, the
 * bytes read, when given). Undefined for what the table cannot bind (a paste of several
 * characters, an unknown sequence).
 */
export function keyName(input: string, key: Key, raw?: string): string | undefined {
	if (raw === deleteKey) return 'deleteForward';
	if (key.tab) return key.shift ? 'shift+tab' : 'tab';
	for (const [flag, name] of named) if (key[flag] === true) return name;
	if (key.ctrl && /^[a-z]$/i.test(input)) return `ctrl+${input.toLowerCase()}`;
	if (key.meta && /^[a-z]$/i.test(input)) return `alt+${input}`;
	if (input === ' ') return 'space';
	if ([...input].length === 1 && input >= ' ') return input;
	return undefined;
}

/** A key press or a run of typed text, as the reducer's `{type: 'key'}` takes it. */
export type TypedKey = {name: string | undefined; input: string};

/** Escape sequences a batch may hold (Ink usually parts them out first): CSI or SS3 and their final characters. */
const sequenceNames: Record<string, string> = {
	'[A': 'up',
	'[B': 'down',
	'[C': 'right',
	'[D': 'left',
	'[H': 'home',
	'[F': 'end',
	'[Z': 'shift+tab',
	'[1~': 'home',
	'[4~': 'end',
	'[3~': 'deleteForward',
	'[5~': 'pageup',
	'[6~': 'pagedown',
	OA: 'up',
	OB: 'down',
	OC: 'right',
	OD: 'left',
	OH: 'home',
	OF: 'end',
};

/** The key name of one control character, or undefined for one no key is named after (NUL, C1 controls). */
function controlName(char: string): string | undefined {
	const code = char.codePointAt(0) ?? 0;
	if (char === '\r' || char === '\n') return 'return';
	if (char === '\t') return 'tab';
	if (code === 0x7f) return 'delete';
	if (code === 0x08) return 'backspace';
	if (code === 0x1b) return 'escape';
	if (code >= 1 && code <= 26) return `ctrl+${String.fromCharCode(code + 96)}`;
	return undefined;
}

/** An escape sequence (CSI, SS3), a lone control character, or a run of printable text. */
const token = /\u001B\[[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]|\u001BO[\u0040-\u007E]|[\u0000-\u001F\u007F-\u009F]|[^\u0000-\u001F\u007F-\u009F]+/gu;
const lineBreak = /^[\r\n\t]$/;
const control = /^[\u0000-\u001F\u007F-\u009F]/;

/** A one-character key's entry; a space is named `space`. */
function single(char: string): TypedKey {
	return {name: char === ' ' ? 'space' : char, input: char};
}

/**
 * What several keys that arrived in one read are: a held key on a busy machine, keys typed faster
 * than the terminal is read, or a paste, all of which Ink passes as one input. Control characters
 * and escape sequences are their keys (a held Backspace is several `delete`s, not text); unknown
 * sequences are dropped. With `typing`, a run of printable text stays one piece of text, so a
 * paste goes in as typed, and a line break or tab between two runs of text is a space in it (a
 * pasted line, not Enter); without, every character is its own key.
 */
export function splitInput(input: string, typing: boolean): TypedKey[] {
	const pieces = input.match(token) ?? [];
	const keys: TypedKey[] = [];
	const isText = (other: string | undefined) => other !== undefined && !control.test(other);
	/** The nearest piece from `index` in direction `step` that is not a line break. */
	const beyond = (index: number, step: 1 | -1) => {
		let at = index + step;
		while (pieces[at] !== undefined && lineBreak.test(pieces[at]!)) at += step;
		return pieces[at];
	};
	pieces.forEach((piece, index) => {
		const last = keys.at(-1);
		if (typing && lineBreak.test(piece) && isText(beyond(index, -1)) && isText(beyond(index, 1)) && last !== undefined) {
			keys[keys.length - 1] = {name: undefined, input: `${last.input} `};
			return;
		}
		if (piece.startsWith('\u001B') && piece.length > 1) {
			const name = sequenceNames[piece.slice(1)];
			if (name !== undefined) keys.push({name, input: ''});
			return;
		}
		if (control.test(piece)) {
			const name = controlName(piece.slice(0, 1));
			if (name !== undefined) keys.push({name, input: ''});
			return;
		}
		if (!typing) {
			for (const char of piece) keys.push(single(char));
			return;
		}
		// Text after a pasted line break joins the text before it.
		if (last !== undefined && last.name === undefined) keys[keys.length - 1] = {name: undefined, input: last.input + piece};
		else keys.push([...piece].length === 1 ? single(piece) : {name: undefined, input: piece});
	});
	return keys;
}

/**
 * Key names for a run of typed characters that arrived together (a held key on a busy machine,
 * or several keys in one write): Ink passes such a run as one input, like a paste.
 */
export function splitKeys(input: string): string[] {
	return splitInput(input, false).flatMap(key => (key.name === undefined ? [] : [key.name]));
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
	// Ink names the Backspace key `delete` and Ctrl-H `backspace`.
	backspace: 'Ctrl-H',
	delete: 'Backspace',
	deleteForward: 'Delete',
};

/** How a key name is shown to people: `↓`, `PgDn`, `Ctrl-C`, `G`. */
export function keyLabel(name: string): string {
	const label = labels[name];
	if (label !== undefined) return label;
	if (name.startsWith('ctrl+')) return `Ctrl-${name.slice(5).toUpperCase()}`;
	if (name.startsWith('alt+')) return `Alt-${name.slice(4).toUpperCase()}`;
	return name;
}

/** What the mouse did, as the explorer acts on it: a left click, or a turn of the wheel; `x` and `y` count from 0 at the top left. */
export type MouseInput = {kind: 'click' | 'wheelUp' | 'wheelDown'; x: number; y: number};

/** xterm's SGR mouse report: ESC [ < button ; column ; row, then `M` for a press or `m` for a release. */
const sgrMouse = /^\u001B\[<(\d+);(\d+);(\d+)([Mm])$/;

/** Button bits of a report: 64 a wheel, 32 motion while a button is held; the low two bits the button. */
const wheelBit = 64;
const motionBit = 32;

/**
 * The mouse event a raw input is, when it is an SGR mouse report (the terminal sends them once
 * mode 1006 is on, see ui.tsx); null for a report the explorer does not act on (a release, a
 * drag, the middle or right button); undefined for input that is not a mouse report.
 */
export function parseMouse(raw: string): MouseInput | null | undefined {
	const match = sgrMouse.exec(raw);
	if (match === null) return undefined;
	const button = Number(match[1]);
	const x = Number(match[2]) - 1;
	const y = Number(match[3]) - 1;
	if (x < 0 || y < 0) return null;
	if ((button & wheelBit) !== 0) return (button & 3) === 0 ? {kind: 'wheelUp', x, y} : (button & 3) === 1 ? {kind: 'wheelDown', x, y} : null;
	if (match[4] === 'm' || (button & motionBit) !== 0 || (button & 3) !== 0) return null;
	return {kind: 'click', x, y};
}
