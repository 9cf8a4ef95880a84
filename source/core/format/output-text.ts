/** The last step of every printed format: a style for the colour decision, and lines or JSON as one string. */
import {createStyle, type Style} from '../text/style.js';
import {escapeJsonControls} from '../text/sanitize.js';

/** Colour only when the CLI decided the terminal can show it; otherwise not one escape byte. */
export function styleFor(color: boolean): Style {
	return createStyle(color ? 'color' : 'none');
}

/** Lines as text, each ended by a newline, so it can go out in one write and a reader sees whole lines. */
export function linesText(lines: string[]): string {
	return lines.map(line => `${line}\n`).join('');
}

/**
 * A value as tab-indented JSON ending in a newline. Strings go out exactly as given; JSON escapes
 * them, and `escapeJsonControls` the C1, DEL and bidi controls JSON.stringify leaves raw.
 */
export function jsonText(value: unknown): string {
	return `${escapeJsonControls(JSON.stringify(value, null, '\t'))}\n`;
}
