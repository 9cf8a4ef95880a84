/**
 * Telling a terminal's replies from keys. A terminal answers queries (cursor position, device
 * attributes, colours, capabilities) by writing to the program's input, where the answer would
 * read as typing: a device-attributes reply `ESC [ ? 6 2 ; 2 2 c` holds `?` (help) and `c`, and
 * an OSC 11 colour reply holds `g` and `b`. Ink splits input into events, one per escape sequence
 * and one per run of text; `classifyInput` labels each raw event, remembering across events
 * whether an OSC, DCS, APC or PM string (ended by ST or BEL) is still open.
 */

/**
 * `key`: a key press or typed text. `sequence`: an escape sequence, which is a key only when Ink
 * names it (arrows, Home, PgDn…); an unnamed one (a cursor position report `ESC [ 12 ; 40 R`,
 * focus in `ESC [ I`, paste brackets) is dropped. `reply`: part of a string reply, always dropped.
 */
export type InputKind = 'key' | 'sequence' | 'reply';

/** `rest`: keys typed right after a reply ended by BEL, which arrived in the same event as its end. */
export type Classified = {kind: InputKind; inString: boolean; rest?: string};

const bel = '\u0007';
const stringTerminator = '\u001B\\';
/** ESC ] (OSC), ESC P (DCS), ESC _ (APC), ESC ^ (PM), ESC X (SOS): the starts of string replies. */
const stringIntroducer = /^\u001B[\]P_^X]$/;
/** ESC [ or ESC O and at least one more character, after an optional second ESC (Alt with a key). */
const escapeSequence = /^\u001B\u001B?[[O]./s;

/** The kind of one raw input event, given whether a string reply is open; returns whether one is open after it. */
export function classifyInput(raw: string, inString: boolean): Classified {
	if (inString) {
		if (raw === stringTerminator || raw === bel) return {kind: 'reply', inString: false};
		// A key after ESC ] or ESC P (Alt-] typed, not a reply): the string was never there.
		if (raw.startsWith('\u001B') || [...raw].length === 1) return classifyInput(raw, false);
		const end = raw.indexOf(bel);
		if (end === -1) return {kind: 'reply', inString: true};
		return end === raw.length - 1 ? {kind: 'reply', inString: false} : {kind: 'reply', inString: false, rest: raw.slice(end + 1)};
	}
	if (stringIntroducer.test(raw)) return {kind: 'reply', inString: true};
	if (escapeSequence.test(raw)) return {kind: 'sequence', inString: false};
	return {kind: 'key', inString: false};
}
