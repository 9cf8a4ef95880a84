/**
 * Display width: the one module that measures, pads, cuts and wraps text for a terminal. Widths
 * come from string-width (CJK and emoji take two columns), with a fast path for printable ASCII,
 * which is one column per character: screen rows are measured on every key press, and
 * string-width's grapheme segmentation is the slow part. Styled text (SGR escapes) is measured
 * without its escapes.
 */
import stringWidth from 'string-width';
import cliTruncate from 'cli-truncate';
import {closeEachLine} from './style.js';

const printableAscii = /^[\u0020-\u007E]*$/;
/**
 * Text of printable ASCII and characters string-width counts one column each, alone and beside any
 * other (test/core/width.test.ts checks every one): Latin-1 and Latin Extended-A letters, dashes,
 * quotes, the no-break space (which keeps `paragraph 11` together), `…`, `·`, arrows, `⏎`, box drawing, blocks and geometric shapes (not the two emoji among
 * them), `✓`. Screen rows are full of them (a cut headline ends in `…`, the selected row starts
 * with `▸`, rules are `─`), and string-width's grapheme segmentation was a fifth of a key press's
 * time at 100,000 events, and much of the garbage it leaves.
 */
const narrowText = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u017F\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u23CE\u2500-\u25FC\u2713]*$/;

/**
 * Text of characters string-width counts two columns each, alone and beside any other (checked
 * the same way): CJK punctuation, kana, the unified ideographs, fullwidth forms and Hangul
 * syllables. Wrapping CJK text measures every character, one at a time.
 */
const wideText = /^[\u3001-\u3029\u3030-\u303E\u3041-\u3096\u30A1-\u30FA\u4E00-\u9FFF\uFF01-\uFF60\uAC00-\uD7A3]*$/;

/** Columns `text` takes on screen. */
export function displayWidth(text: string): number {
	if (narrowText.test(text)) return text.length;
	return wideText.test(text) ? text.length * 2 : stringWidth(text);
}

/** The widest display width among `texts` (0 for none). */
export function widest(texts: Iterable<string>): number {
	let most = 0;
	for (const text of texts) most = Math.max(most, displayWidth(text));
	return most;
}

/** Pads `text` with spaces to `width` columns (never cuts). */
export function padEnd(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Cuts text to at most `width` columns, ending in `…` when cut. cli-truncate can overshoot by a
 * column when the cut falls inside a double-width character (`移民…` for 4 columns is 5 wide), and
 * a row one column too wide breaks a whole frame, so this cuts again until it fits.
 */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	if (narrowText.test(text)) return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
	if (stringWidth(text) <= width) return text;
	for (let room = width; room > 0; room--) {
		const cut = cliTruncate(text, room, {position: 'end'});
		if (stringWidth(cut) <= width) return cut.includes('\u001B') ? (closeEachLine([cut])[0] ?? '') : cut;
	}
	return '';
}

/** `text` cut to `width` columns and padded with spaces to exactly `width`. */
export function fitWidth(text: string, width: number): string {
	return padEnd(truncate(text, width), width);
}

/**
 * Wraps plain or styled text to `width` columns where the Unicode line-breaking rules (UAX #14,
 * through `linebreak`) allow a break: after spaces, after a hyphen (`ice-begins-` / `secure`), after
 * `/` in a URL, between CJK characters but never before closing punctuation (`。`, `，`, `」`).
 * Spaces at a break hang past the line end and are dropped. A word longer than a line is broken
 * between graphemes. Styled text comes back with each line closing what it opens and reopening
 * what it carries, so no style runs past a line end.
 */
export function wrap(text: string, width: number): string[] {
	if (width < 1) return [];
	if (text === '') return [''];
	// Most lines already fit: the same result, without the work.
	if (text === text.trim() && !text.includes('\n') && displayWidth(text) <= width) return [text];
	if (!text.includes('\u001B')) return text.split('\n').flatMap(paragraph => wrapPlain(paragraph, width).map(([start, end]) => paragraph.slice(start, end)));
	return closeEachLine(text.split('\n').flatMap(paragraph => wrapStyled(paragraph, width)));
}

const sgrSequence = /\u001B\[[0-9;:]*m/g;

/** Wraps styled text: the breaks are found in its visible text, and each escape is put back where it stood. */
function wrapStyled(text: string, width: number): string[] {
	let plain = '';
	const escapes: {at: number; code: string}[] = [];
	let last = 0;
	for (const match of text.matchAll(sgrSequence)) {
		plain += text.slice(last, match.index);
		escapes.push({at: plain.length, code: match[0]});
		last = match.index + match[0].length;
	}
	plain += text.slice(last);
	const ranges = wrapPlain(plain, width);
	let next = 0;
	return ranges.map(([start, end], index) => {
		// Escapes in spaces dropped at a break still change the style: they go at the end of the line before.
		const until = ranges[index + 1]?.[0] ?? Number.POSITIVE_INFINITY;
		let line = '';
		let at = start;
		while (next < escapes.length && (escapes[next]?.at ?? 0) < until) {
			const sequence = escapes[next]!;
			const position = Math.min(Math.max(sequence.at, start), end);
			line += plain.slice(at, position) + sequence.code;
			at = position;
			next++;
		}
		return line + plain.slice(at, end);
	});
}

/**
 * The lines of unstyled text without line feeds, as [start, end) ranges: greedy, each line as full
 * as the break opportunities allow, spaces at a break left out.
 */
function wrapPlain(text: string, width: number): [number, number][] {
	const lines: [number, number][] = [];
	let start = text.length - text.trimStart().length;
	// The current line is text[start, end), trailing spaces included; `used` is its width.
	let end = start;
	let used = 0;
	const endLine = () => {
		lines.push([start, trimmedEnd(text, start, end)]);
		start = end;
		used = 0;
	};
	for (const {position, required} of lineBreaks(text, start)) {
		// The next word and the spaces after it.
		const word = text.slice(end, position);
		const visible = displayWidth(word.trimEnd());
		if (end > start && used + visible > width) endLine();
		if (end === start && visible > width) {
			// A word longer than a line: whole lines of it, the rest starting the next line.
			const pieces = graphemeLines(word.trimEnd(), width);
			for (const piece of pieces.slice(0, -1)) {
				lines.push([start, start + piece.length]);
				start += piece.length;
			}
			end = start;
		}
		used += displayWidth(text.slice(end, position));
		end = position;
		if (required) endLine();
	}
	if (end > start || lines.length === 0) lines.push([start, trimmedEnd(text, start, end)]);
	return lines;
}

function trimmedEnd(text: string, start: number, end: number): number {
	let cut = end;
	while (cut > start && /\s/.test(text[cut - 1] ?? '')) cut--;
	return cut;
}

type Break = {position: number; required: boolean};

/**
 * Latin text (ASCII, Latin-1 letters, curly quotes): what news text mostly is, and text whose
 * break opportunities `latinBreaks` finds as the Unicode rules do, without loading their tables.
 */
const latinText = /^[\u0020-\u007E\u00C0-\u00FF\u2018\u2019\u201C\u201D]*$/;
/** Characters no line starts with, even after a space (`word !`, `a / b`): UAX #14's CL, CP, EX, IS and SY. */
const noBreakBefore = /[)\]}!?,.;:/]/;
const letter = /[A-Za-z\u00C0-\u00FF]/;

/** Where lines may start in Latin text: after spaces, after a hyphen between a word and a letter, after `/` in a path. */
function latinBreaks(text: string, from: number): Break[] {
	const found: Break[] = [];
	for (let index = from + 1; index < text.length; index++) {
		const before = text[index - 1] ?? '';
		const next = text[index] ?? '';
		const opens = before === ' ' ? next !== ' ' && !noBreakBefore.test(next) : (before === '-' || before === '/') && letter.test(next) && breaksBetween(text, index);
		if (opens) found.push({position: index, required: false});
	}
	found.push({position: text.length, required: false});
	return found;
}

/** The Unicode rules (UAX #14), loaded on first use: summary and the explorer's first frame rarely need them. */
let unicodeRules: typeof import('linebreak') | undefined;

/** Where lines may start under the Unicode rules, narrowed by `breaksBetween`. */
function unicodeBreaks(text: string, from: number): Break[] {
	unicodeRules ??= require('linebreak') as typeof import('linebreak');
	const found: Break[] = [];
	const breaker = new unicodeRules.LineBreaker(text);
	for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak()) {
		if (next.position > from && (next.required || next.position === text.length || breaksBetween(text, next.position))) found.push({position: next.position, required: next.required});
	}
	return found;
}

/**
 * Where lines may start in `text`, from `from` on; the last is the text's end. `rules: 'unicode'`
 * asks the Unicode rules even of Latin text (tests compare the two ways).
 */
export function lineBreaks(text: string, from = 0, rules: 'auto' | 'unicode' = 'auto'): Break[] {
	return rules === 'auto' && latinText.test(text) ? latinBreaks(text, from) : unicodeBreaks(text, from);
}

const asciiMark = /[!-~]/;
const asciiPunctuation = /[!-/:-@[-`{-~]/;
const wordCharacter = /[A-Za-z0-9]/;

/**
 * After an ASCII mark that is not a space the rules allow more breaks than a reader expects: `]{`
 * and `[-変` (the change markers, `[-removed-]{+added+}`), `page?x`, `,世`. There a line breaks only
 * after a hyphen within a word (`secure-` / `communities`) or after `/` (a URL's path); and no line
 * starts with ASCII punctuation unless a space comes before it (`+}` after `中止`). Everywhere else
 * the Unicode rules decide.
 */
function breaksBetween(text: string, position: number): boolean {
	const before = text[position - 1] ?? '';
	if (before === ' ') return true;
	if (asciiMark.test(before)) return before === '/' || (before === '-' && wordCharacter.test(text[position - 2] ?? ''));
	return !asciiPunctuation.test(text[position] ?? '');
}

/** Unstyled text in pieces of at most `width` columns, between graphemes. */
function graphemeLines(text: string, width: number): string[] {
	if (printableAscii.test(text)) {
		const pieces: string[] = [];
		for (let index = 0; index < text.length; index += width) pieces.push(text.slice(index, index + width));
		return pieces;
	}
	return breakGraphemes(text, width);
}

/** Breaks unstyled text into lines of at most `width` columns, between graphemes. */
function breakGraphemes(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const {segment} of new Intl.Segmenter().segment(text)) {
		if (line !== '' && stringWidth(line + segment) > width) {
			lines.push(line);
			line = '';
		}
		line += segment;
	}
	lines.push(line);
	return lines.map(part => (stringWidth(part) <= width ? part : truncate(part, width)));
}

/**
 * Shortens `text` to at most `width` columns by taking out its middle, for names whose both ends
 * tell them apart (`indianapolis-mayor…-university`). The end keeps its last word when that takes
 * at most two thirds of the width, and the words before it while it stays within half (without a
 * word that fits, the last half of the width is kept); the
 * start up to a hyphen or space when that keeps two thirds of what is left, so whole words are
 * kept where they fit and a cut word does not waste the width.
 */
export function truncateMiddle(text: string, width: number): string {
	if (displayWidth(text) <= width) return text;
	if (width <= 2) return truncate(text, width);
	const characters = [...text];
	const room = width - 1;
	const suffixWidth = (from: number) => displayWidth(characters.slice(from).join(''));
	const boundary = (character: string | undefined) => character === '-' || character === ' ';
	let tailStart = characters.length;
	// The last word if it fits in two thirds of the room, with the words before it while the end stays within half.
	for (let index = characters.length - 2; index > 0; index--) {
		if (!boundary(characters[index])) continue;
		if (suffixWidth(index) > Math.floor(tailStart === characters.length ? (room * 2) / 3 : room / 2)) break;
		tailStart = index;
	}
	if (tailStart === characters.length) while (tailStart > 1 && suffixWidth(tailStart - 1) <= Math.floor(room / 2)) tailStart--;
	const tail = characters.slice(tailStart).join('');
	const headRoom = room - displayWidth(tail);
	let headEnd = 0;
	while (headEnd < tailStart && displayWidth(characters.slice(0, headEnd + 1).join('')) <= headRoom) headEnd++;
	for (let index = headEnd; index >= Math.ceil((headEnd * 2) / 3); index--) {
		if (boundary(characters[index])) {
			headEnd = index;
			break;
		}
	}
	return `${characters.slice(0, headEnd).join('')}…${tail}`;
}
