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
};

/** The visible slice of an overlay's lines. */
export function overlaySlice({lines, top, height}: OverlayProps): string[] {
	const {from, to} = visibleRange(top, height, lines.length);
	return lines.slice(from, to);
}

export function Overlay(props: OverlayProps) {
	return <Lines lines={overlaySlice(props)} width={props.width} height={props.height} />;
}
