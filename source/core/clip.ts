/**
 * Cutting text to a display width for fixed-width screen rows. `truncate` (cli-truncate) can
 * overshoot by a column when the cut falls inside a double-width character (`移民…` for 4
 * columns is 5 wide); a row one column too wide wraps and breaks the whole frame, so this cuts
 * again until it fits.
 */
import {stringWidth, truncate} from './text.js';

/** `text` cut to at most `width` columns, ending in `…` when cut. */
export function clip(text: string, width: number): string {
	if (width <= 0) return '';
	let cut = truncate(text, width);
	for (let room = width - 1; stringWidth(cut) > width && room > 0; room--) cut = truncate(text, room);
	return stringWidth(cut) > width ? '' : cut;
}

/** `text` cut to `width` columns and padded with spaces to exactly `width`. */
export function clipPad(text: string, width: number): string {
	const cut = clip(text, width);
	return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}
