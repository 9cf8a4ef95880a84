/** Display-width aware text helpers. Widths come from string-width (CJK and emoji take two columns). */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import cliTruncate from 'cli-truncate';

export {stringWidth};

/** Wraps plain or styled text to `width` columns at word boundaries; words longer than a line are broken. */
export function wrap(text: string, width: number): string[] {
	if (width < 1) return [];
	if (text === '') return [''];
	return wrapAnsi(text, width, {hard: true, trim: true, wordWrap: true}).split('\n');
}

/**
 * Cuts text to at most `width` columns, ending in `…` when cut. cli-truncate can overshoot by a
 * column when the cut falls inside a double-width character (`移民…` for 4 columns is 5 wide), and
 * a row one column too wide breaks a whole frame, so this cuts again until it fits.
 */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	if (stringWidth(text) <= width) return text;
	for (let room = width; room > 0; room--) {
		const cut = cliTruncate(text, room, {position: 'end'});
		if (stringWidth(cut) <= width) return cut;
	}
	return '';
}

/** Pads (or cuts) text to exactly `width` columns. */
export function fit(text: string, width: number): string {
	const cut = truncate(text, width);
	return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}
