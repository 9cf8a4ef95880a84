/**
 * The compare view: the lines of `renderComparison` (the same lines `sc-timeline diff` prints),
 * scrolled to `top`. Only the rows that fit are rendered, so a long full-text comparison costs no
 * more to draw than a short one. An optional title line (what is compared, the layout) stays put
 * above the scrolling lines.
 */
import {visibleRange} from '../core/viewport.js';
import {Lines} from './Lines.js';

export type CompareProps = {
	/** Pre-rendered, pre-styled lines, each at most `width` columns. */
	lines: readonly string[];
	/** The first line shown; moved into range here, so a resize never leaves a blank page. */
	top: number;
	width: number;
	/** Rows for the whole view, the title line included. */
	height: number;
	/** A line kept above the scrolling text, e.g. `Compare 2010 → 2011 · side by side`. */
	title?: string;
};

/** The visible slice of the comparison, under the title when there is one. */
export function compareSlice({lines, top, height, title}: CompareProps): string[] {
	const room = Math.max(0, title === undefined ? height : height - 1);
	const {from, to} = visibleRange(top, room, lines.length);
	const shown = lines.slice(from, to);
	return title === undefined || height < 1 ? shown : [title, ...shown];
}

export function Compare(props: CompareProps) {
	return <Lines lines={compareSlice(props)} width={props.width} height={props.height} />;
}
