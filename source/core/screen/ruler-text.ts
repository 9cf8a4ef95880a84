/** The time axis for a timeline: its events as ruler items, and a drawn ruler painted as text lines. */
import type {Timeline} from '../model/schema.js';
import type {Style} from '../text/style.js';
import {drawRuler, type Ruler, type RulerEra, type RulerItem, type SpanKind} from './ruler.js';
import {eventSpan} from '../model/span.js';
import {finerUnit, unitOfPrecision} from './ruler-ticks.js';
import {atOnce} from '../steps.js';

/** Items without a selection, remembered per events array: the header's axis of a large timeline is built once, maybe ahead. */
const itemsCache = new WeakMap<Timeline['events'], RulerItem[]>();

/** Event `index` of `events` as an item of the axis. */
function rulerItem(events: Timeline['events'], index: number, selected: number | undefined): RulerItem {
	const event = events[index]!;
	const {start, end} = eventSpan(event);
	const unit = finerUnit(unitOfPrecision(event.date.precision, event.date.time !== undefined), event.end === undefined ? 'year' : unitOfPrecision(event.end.precision, event.end.time !== undefined));
	return {start, end, stance: event.stance, selected: index === selected, unit};
}

/** Each event as an item of the axis, the one at `selected` (an index into `events`) marked. */
export function rulerItems(events: Timeline['events'], selected?: number): RulerItem[] {
	if (selected !== undefined) return events.map((_, index) => rulerItem(events, index, selected));
	return atOnce(rulerItemsSteps(events, Number.POSITIVE_INFINITY));
}

/** `rulerItems(events)` a slice of `sliceEvents` at a time, yielding between (see `indexTimelineSteps`). */
export function* rulerItemsSteps(events: Timeline['events'], sliceEvents = 5000): Generator<void, RulerItem[]> {
	const known = itemsCache.get(events);
	if (known !== undefined) return known;
	const items: RulerItem[] = [];
	// Many events share a day: the place on the axis of one with no end is worked out once per date.
	const byDate = new Map<string, {date: Timeline['events'][number]['date']; item: RulerItem}>();
	for (let index = 0; index < events.length; index++) {
		if (index % sliceEvents === sliceEvents - 1) yield;
		const event = events[index]!;
		const known = event.end === undefined ? byDate.get(event.date.value) : undefined;
		if (known !== undefined && known.date.precision === event.date.precision && known.date.time === event.date.time) {
			items.push({...known.item, stance: event.stance});
			continue;
		}
		const item = rulerItem(events, index, undefined);
		if (event.end === undefined) byDate.set(event.date.value, {date: event.date, item});
		items.push(item);
	}
	itemsCache.set(events, items);
	return items;
}

function painter(kind: SpanKind, style: Style): (text: string) => string {
	switch (kind) {
		case 'joining':
			return style.joining;
		case 'refusing':
			return style.refusing;
		case 'undecided':
		case 'tick':
			return style.dim;
		case 'selected':
			return style.inverse;
		case 'era':
		case 'range':
			return style.accent;
		case 'density':
			return text => text;
	}
}

/** The ruler's rows with its spans painted; a later span wins a column painted twice. */
export function paintRuler(ruler: Ruler, style: Style): string[] {
	return ruler.rows.map((row, index) => {
		const cells = [...row];
		const kinds = new Array<SpanKind | undefined>(cells.length).fill(undefined);
		for (const span of ruler.spans) if (span.row === index) for (let c = span.from; c < Math.min(span.to, cells.length); c++) kinds[c] = span.kind;
		let out = '';
		for (let c = 0; c < cells.length; ) {
			let end = c + 1;
			while (end < cells.length && kinds[end] === kinds[c]) end++;
			const text = cells.slice(c, end).join('');
			out += kinds[c] === undefined ? text : painter(kinds[c]!, style)(text);
			c = end;
		}
		return out;
	});
}

/** Below this width the axis would be a smear of glyphs: the summary leaves it out. */
export const rulerMinWidth = 20;

/** The printed summary's axis: two rows, no selection; none when too narrow or there is no event. */
export function summaryRuler(timeline: Timeline, width: number, style: Style): string[] {
	if (width < rulerMinWidth || timeline.events.length === 0) return [];
	return paintRuler(drawRuler(width, rulerItems(timeline.events), {eras: rulerEras(timeline.eras)}), style);
}

/** A timeline's eras as bars of the axis, each from the start of its first date to the end of its last. */
export function rulerEras(eras: Timeline['eras']): RulerEra[] {
	return (eras ?? []).map(era => ({...eventSpan({date: era.start, end: era.end}), label: era.headline ?? ''}));
}
