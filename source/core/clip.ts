/**
 * Cutting text to a display width for fixed-width screen rows. `truncate` (cli-truncate) can
 * overshoot by a column when the cut falls inside a double-width character (`移民…` for 4
 * columns is 5 wide); a row one column too wide wraps and breaks the whole frame, so this cuts
 * again until it fits.
 */
import {stringWidth, truncate} from './text.js';

const printableAscii = /^[\u0020-\u007E]*$/;

/**
 * Display width, with a fast path for printable ASCII (one column per character): screen rows
 * are measured on every key press, and string-width's grapheme segmentation is the slow part.
 */
export function displayWidth(text: string): number {
	return printableAscii.test(text) ? text.length : stringWidth(text);
}

/** `text` cut to at most `columns` columns, ending in `…` when cut. */
export function clip(text: string, columns: number): string {
	if (columns <= 0) return '';
	if (printableAscii.test(text)) return text.length <= columns ? text : text.slice(0, columns - 1) + '…';
	let cut = truncate(text, columns);
	for (let room = columns - 1; stringWidth(cut) > columns && room > 0; room--) cut = truncate(text, room);
	return stringWidth(cut) > columns ? '' : cut;
}

/** `text` cut to `columns` columns and padded with spaces to exactly `columns`. */
export function clipPad(text: string, columns: number): string {
	const cut = clip(text, columns);
	return cut + ' '.repeat(Math.max(0, columns - displayWidth(cut)));
}
