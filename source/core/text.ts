/** Display-width aware text helpers. Widths come from string-width (CJK and emoji take two columns). */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import cliTruncate from 'cli-truncate';

export {stringWidth};

/**
 * Wraps plain or styled text to `width` columns at word boundaries; words longer than a line are
 * broken. wrap-ansi measures with an older string-width that counts some characters narrower
 * (spacing combining marks such as U+1D165), so a line it returns can be wider than `width`;
 * such a line is broken again by grapheme (styled ones are cut), so no line is ever too wide.
 */
export function wrap(text: string, width: number): string[] {
	if (width < 1) return [];
	if (text === '') return [''];
	const lines = wrapAnsi(text, width, {hard: true, trim: true, wordWrap: true}).split('\n');
	if (/^[\u0020-\u007E]*$/.test(text)) return lines;
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

/** `1 event`, `3 events`. */
export function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}
