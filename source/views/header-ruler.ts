/**
 * The time axis in the header: the list shown (the filter's, if one applies) on a proportional
 * ruler, the selected event marked. The items and their per-column counts are computed once per
 * list and width; each move of the selection only redraws the columns (core/screen/ruler.ts `drawScale`).
 */
import type {Timeline} from '../core/model/schema.js';
import type {Style} from '../core/text/style.js';
import {drawScale, rulerScale, type RulerEra, type RulerItem} from '../core/screen/ruler.js';
import {paintRuler, rulerEras, rulerItems, rulerMinWidth} from '../core/screen/ruler-text.js';
import {memoize} from '../core/memo.js';
import type {State} from '../state/state.js';

const scaleOf = memoize((items: readonly RulerItem[], width: number) => rulerScale(width, items), 2);
const erasOf = memoize((eras: Timeline['eras']) => rulerEras(eras), 2);
const painted = memoize((items: readonly RulerItem[], width: number, rows: 1 | 2, selected: number, eras: readonly RulerEra[], style: Style) =>
	paintRuler(drawScale(scaleOf(items, width), items, {rows, selected, eras}), style).map(line => ` ${line}`),
);

/** The axis's lines, one-column margin included; none where the layout gives it no row. */
export function headerRuler(state: State, style: Style): string[] {
	const {layout, shown: timeline} = state;
	if (layout.kind !== 'panes' || layout.ruler === 0 || timeline.events.length === 0) return [];
	const width = layout.columns - 2;
	if (width < rulerMinWidth) return [];
	return painted(rulerItems(timeline.events), width, layout.ruler, state.selected, erasOf(timeline.eras), style);
}
