/**
 * Cutting text to a display width for fixed-width screen rows, measured on every key press:
 * printable ASCII takes a fast path, everything else goes through `truncate`.
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
	return truncate(text, columns);
}

/** `text` cut to `columns` columns and padded with spaces to exactly `columns`. */
export function clipPad(text: string, columns: number): string {
	const cut = clip(text, columns);
	return cut + ' '.repeat(Math.max(0, columns - displayWidth(cut)));
}
