/**
 * Screen layout as a pure function of the terminal's columns and rows. Every size decision the
 * explorer makes lives here, so each terminal size can be checked in a unit test and a resize is
 * just a new call.
 *
 * A frame is at most `rows - 1` lines: Ink 6.8 clears the whole terminal before every render of a
 * frame as tall as the terminal, which flickers and is slow. The spare line keeps it on the
 * ordinary path that rewrites the frame in place.
 */

/** Below this the explorer shows "terminal too small" instead of a broken screen. */
export const minColumns = 30;
export const minRows = 8;
/** From this width the two panes sit side by side. */
export const sideBySideColumns = 60;
/** A narrower terminal stacks the panes when the body has at least this many rows, else shows one at a time. */
export const stackedBodyRows = 14;

/** Lines around the body: header, the rule under it, the rule above the status bar, the status bar. */
export const chromeRows = 4;

/**
 * The time axis under the title takes rows only where the body keeps enough: two (density, then
 * the selection, stance letters and dates) from `twoRulerRows` terminal rows, one (dates inline,
 * the selection in reverse video) from `oneRulerRow`, none below.
 */
export const oneRulerRow = 18;
export const twoRulerRows = 32;

/** Rows the time axis gets in a terminal `rows` tall. */
export function rulerRows(rows: number): 0 | 1 | 2 {
	return rows >= twoRulerRows ? 2 : rows >= oneRulerRow ? 1 : 0;
}

export type Rect = {width: number; height: number};

/**
 * - `side`: timeline left, article right, a one-column divider between.
 * - `stacked`: timeline above, a one-line divider, article below.
 * - `single`: one pane at a time, the focused one, over the whole body.
 */
export type Arrangement = 'side' | 'stacked' | 'single';

export type Layout =
	| {kind: 'too-small'; columns: number; rows: number; frameHeight: number}
	| {
			kind: 'panes';
			columns: number;
			rows: number;
			/** Lines in a frame: never more than `rows - 1`. */
			frameHeight: number;
			/** Rows of the time axis in the header (see `rulerRows`). */
			ruler: 0 | 1 | 2;
			arrangement: Arrangement;
			/** The space between the header rules and the status rules; overlays use all of it. */
			body: Rect;
			timeline: Rect;
			article: Rect;
	  };

export type PanesLayout = Extract<Layout, {kind: 'panes'}>;

/** Side by side, the detail pane keeps at least this many columns (or 40% of the width, if more): a card stays readable. */
export const minDetailColumns = 35;
/** Side by side, the timeline list keeps at least this many columns. */
export const minListColumns = 28;

/**
 * Decides where everything goes for a terminal of `columns` × `rows`. `listWidth` is what the
 * timeline list would like (every headline whole, see `listWidth` in timeline-rows.ts): side by
 * side, the split gives the list that much when the detail pane keeps its minimum, else as much
 * as it can.
 */
export function computeLayout(columns: number, rows: number, listWidth?: number): Layout {
	const frameHeight = Math.max(0, rows - 1);
	if (columns < minColumns || rows < minRows) return {kind: 'too-small', columns, rows, frameHeight};
	const ruler = rulerRows(rows);
	const body: Rect = {width: columns, height: frameHeight - chromeRows - ruler};
	const panes = (arrangement: PanesLayout['arrangement'], timeline: Rect, article: Rect): Layout => ({kind: 'panes', columns, rows, frameHeight, ruler, arrangement, body, timeline, article});
	if (columns >= sideBySideColumns) {
		const most = columns - 1 - Math.max(minDetailColumns, Math.floor(columns * 0.4));
		const left = listWidth === undefined ? Math.min(60, Math.max(minListColumns, Math.floor(columns * 0.45))) : Math.max(minListColumns, Math.min(listWidth, most));
		return panes('side', {width: left, height: body.height}, {width: columns - left - 1, height: body.height});
	}
	if (body.height >= stackedBodyRows) {
		const top = Math.max(3, Math.floor((body.height - 1) * 0.4));
		return panes('stacked', {width: columns, height: top}, {width: columns, height: body.height - top - 1});
	}
	return panes('single', body, body);
}
