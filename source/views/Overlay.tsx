/**
 * A mode's lines (help, summary, the comparison, the picker), scrolled to `top`. Only the rows
 * that fit are rendered, so a long full-text comparison costs no more to draw than a short one.
 */
import {visibleRange} from '../core/screen/viewport.js';
import {Lines} from './Lines.js';

export type OverlayProps = {
	/** Pre-rendered, pre-styled lines, margin included, each at most `width` columns. */
	lines: readonly string[];
	/** The first line shown; moved into range here, so a resize never leaves a blank page. */
	top: number;
	width: number;
	height: number;
	/** How many of the first lines stay at the top while the rest scroll under them; `top` counts the rest. */
	head?: number;
};

/** The visible slice of an overlay's lines: its head, then the rest from `top`. */
export function overlaySlice({lines, top, height, head = 0}: OverlayProps): string[] {
	const fixed = Math.min(head, height, lines.length);
	const rest = lines.slice(head);
	const {from, to} = visibleRange(top, height - fixed, rest.length);
	return [...lines.slice(0, fixed), ...rest.slice(from, to)];
}

export function Overlay(props: OverlayProps) {
	return <Lines lines={overlaySlice(props)} width={props.width} height={props.height} />;
}
