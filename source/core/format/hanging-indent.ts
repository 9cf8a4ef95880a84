/** The hanging indent of printed text: a dated list entry, a labelled field. Widths are core/text/width.ts's. */
import {displayWidth, wrap} from '../text/width.js';

/**
 * Wraps `text` after a `prefix` on the first line, continuing under the text, not under the
 * prefix. Falls back to stacking (prefix on its own line, text indented by two) when the prefix
 * leaves too little room to read.
 */
export function hang(prefix: string, text: string, width: number): string[] {
	const indent = displayWidth(prefix);
	const room = width - indent;
	if (room < Math.min(20, Math.max(8, Math.floor(width / 3)))) {
		const pad = width >= 4 ? '  ' : '';
		return [...wrap(prefix.trimEnd(), width), ...wrap(text, width - pad.length).map(line => pad + line)];
	}
	const lines = wrap(text, room);
	return lines.map((line, index) => (index === 0 ? prefix : ' '.repeat(indent)) + line);
}
