/** Small layout helpers for printed text: hanging indents and labelled rows, all display-width aware. */
import {stringWidth, wrap} from '../text.js';

/**
 * `wrap` from core/text.ts, skipping the work for text that already fits (most event lines):
 * the result is the same, one line as it is, and printing starts a little sooner.
 */
export function wrapText(text: string, width: number): string[] {
	if (width >= 1 && text !== '' && text === text.trim() && stringWidth(text) <= width) return [text];
	return wrap(text, width);
}

/**
 * Wraps `text` after a `prefix` on the first line, continuing under the text, not under the
 * prefix: the shape of a dated list entry or a labelled field. Falls back to stacking (prefix on
 * its own line, text indented by two) when the prefix leaves too little room to read.
 */
export function hang(prefix: string, text: string, width: number): string[] {
	const indent = stringWidth(prefix);
	const room = width - indent;
	if (room < Math.min(20, Math.max(8, Math.floor(width / 3)))) {
		const pad = width >= 4 ? '  ' : '';
		return [...wrapText(prefix.trimEnd(), width), ...wrapText(text, width - pad.length).map(line => pad + line)];
	}
	const lines = wrapText(text, room);
	return lines.map((line, index) => (index === 0 ? prefix : ' '.repeat(indent)) + line);
}

/** Pads `text` with spaces to `width` columns (never cuts). */
export function padEnd(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/** The widest display width among `texts` (0 for none). */
export function widest(texts: Iterable<string>): number {
	let most = 0;
	for (const text of texts) most = Math.max(most, stringWidth(text));
	return most;
}
