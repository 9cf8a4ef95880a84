/**
 * The horizontal rules around the body, as styled strings. The focused pane's stretch is drawn
 * heavy (`━`) with its name in reverse video, so focus shows without colour.
 */
import type {Style} from '../core/text/style.js';
import {displayWidth, truncate} from '../core/text/width.js';

/**
 * A rule `width` columns wide naming a pane, with optional text (a position) near its right end:
 * `━ Timeline ━━━━━━━━` when focused, `─ Article ──── 1-19/47 40% ─` when not.
 */
export function paneRule(label: string, width: number, focused: boolean, style: Style, right = ''): string {
	if (width <= 0) return '';
	const line = focused ? '━' : '─';
	const name = label === '' ? '' : ` ${label} `;
	const tail = right === '' ? '' : ` ${right} ${line}`;
	const nameWidth = displayWidth(name);
	const tailWidth = displayWidth(tail);
	if (1 + nameWidth + tailWidth > width) {
		if (1 + nameWidth > width) return paint(truncate(line + name, width), focused, style);
		return paint(line, focused, style) + paintName(name, focused, style) + paint(line.repeat(width - 1 - nameWidth), focused, style);
	}
	const fill = line.repeat(width - 1 - nameWidth - tailWidth);
	const paintedTail = tail === '' ? '' : ` ${style.dim(right)} ${paint(line, focused, style)}`;
	return paint(line, focused, style) + paintName(name, focused, style) + paint(fill, focused, style) + paintedTail;
}

function paint(text: string, focused: boolean, style: Style): string {
	return focused ? style.accent(text) : style.dim(text);
}

function paintName(name: string, focused: boolean, style: Style): string {
	if (name === '') return '';
	return focused ? style.inverse(style.bold(name)) : name;
}

/** A plain rule with optional text near its right end (the status side of a pane or overlay). */
export function plainRule(width: number, style: Style, right = ''): string {
	return paneRule('', width, false, style, right);
}
