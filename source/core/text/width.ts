/**
 * Display width: the one module that measures, pads, cuts and wraps text for a terminal. Widths
 * come from string-width (CJK and emoji take two columns), with a fast path for printable ASCII,
 * which is one column per character: screen rows are measured on every key press, and
 * string-width's grapheme segmentation is the slow part. Styled text (SGR escapes) is measured
 * without its escapes.
 */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
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

/** Columns `text` takes on screen. */
export function displayWidth(text: string): number {
	return narrowText.test(text) ? text.length : stringWidth(text);
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
 * Wraps plain or styled text to `width` columns at word boundaries; words longer than a line are
 * broken. wrap-ansi measures with an older string-width that counts some characters narrower
 * (spacing combining marks such as U+1D165), so a line it returns can be wider than `width`;
 * such a line is broken again by grapheme (styled ones are cut), so no line is ever too wide.
 * Styled text comes back with each line closing what it opens and reopening what it carries.
 */
export function wrap(text: string, width: number): string[] {
	if (width < 1) return [];
	if (text === '') return [''];
	// Most lines already fit: the same result, without the work.
	if (text === text.trim() && !text.includes('\n') && displayWidth(text) <= width) return [text];
	const wrapped = wrapAnsi(text, width, {hard: true, trim: true, wordWrap: true}).split('\n');
	// wrap-ansi carries only some styles across a break, and none given as one compound sequence (`31;9`).
	const lines = text.includes('\u001B') ? closeEachLine(wrapped) : wrapped;
	if (printableAscii.test(text)) return lines;
	return lines.flatMap(line => (stringWidth(line) <= width ? [line] : line.includes('\u001B') ? [truncate(line, width)] : breakGraphemes(line, width)));
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
