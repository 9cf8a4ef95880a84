/**
 * `filter`: the facet chooser, as VisiData's frequency table. `f` lists every field (actor, tag,
 * stance, source, group, year) with each value and how many events have it; Space toggles a
 * value, Enter applies, Esc leaves the filter as it was. `F` clears the filter from any view.
 *
 * An applied filter narrows `state.shown` itself to the events it keeps (the full timeline is
 * kept in this mode's slot), so the list, moving, paging, the article and the time axis follow it
 * with nothing else to change, and each key stays as cheap as without a filter: the kept events
 * are computed once, when the filter changes.
 */
import type {Action} from '../state/messages.js';
import {closeOverlay, type Binding, type Mode} from '../state/mode.js';
import {overlayHeight, overlayWidth, slot, withMargin, withSlot, type State} from '../state/state.js';
import type {Timeline} from '../core/model/schema.js';
import {facets, selectionFilter, toggleFacet, type FacetSelection} from '../core/filter/facets.js';
import {filterIndexes, filterLabel, type Filter, type FilterField} from '../core/filter/field-filter.js';
import {keepVisible} from '../core/screen/viewport.js';
import {memoize} from '../core/memo.js';
import type {Style} from '../core/text/style.js';
import {fitWidth, padEnd} from '../core/text/width.js';
import {plural} from '../core/text/plural.js';
import {listTopFor} from './browse.js';

declare module '../state/state.js' {
	interface ModeSlots {
		filter: FilterSlot;
	}
}

declare module '../state/messages.js' {
	interface ActionMap {
		filterNext: Record<never, never>;
		filterPrevious: Record<never, never>;
		filterToggle: Record<never, never>;
		filterApply: Record<never, never>;
		filterCancel: Record<never, never>;
		filterClear: Record<never, never>;
	}
}

/** A filter in force: the indexes in `state.all` of the events shown, and the filter. */
export type AppliedFilter = {indexes: readonly number[]; filter: Filter; expression: string; selection: FacetSelection};

export type FilterSlot = {
	/** The highlighted value: an index into `choices`. */
	cursor: number;
	/** The values toggled on (applied with Enter). */
	selection: FacetSelection;
	applied?: AppliedFilter;
};

const initial: FilterSlot = {cursor: 0, selection: new Map()};

const filterSlot = (state: State): FilterSlot => slot(state, 'filter') ?? initial;

/** The filter in force, if any. */
export function appliedFilter(state: State): AppliedFilter | undefined {
	return filterSlot(state).applied;
}

/**
 * A new version of the whole timeline (a watched file changed, more of a large one was read) under
 * the filter in force: the state holding it, and the events the filter keeps of it, to show.
 */
export function refilter(state: State, full: Timeline): {state: State; shown: Timeline} {
	const applied = appliedFilter(state);
	if (applied === undefined) return {state, shown: full};
	const indexes = filterIndexes(applied.filter, full);
	const shown = {...full, events: indexes.map(index => full.events[index]!)};
	return {state: withSlot(state, 'filter', {...filterSlot(state), applied: {...applied, indexes}}), shown};
}

/** Where event `index` of the whole timeline is in the list shown: undefined when the filter hides it. */
export function shownIndex(state: State, index: number): number | undefined {
	const applied = appliedFilter(state);
	if (applied === undefined) return index;
	const at = firstAtOrAfter(applied.indexes, index);
	return applied.indexes[at] === index ? at : undefined;
}

/** The position of the first of the sorted `indexes` that is `index` or after it (binary search). */
function firstAtOrAfter(indexes: readonly number[], index: number): number {
	let low = 0;
	let high = indexes.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (indexes[middle]! < index) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** The header's counts: `9 of 22 · actor: Heffernan` under a filter, else `22 events · 2 sources`. */
export function headerCounts(state: State): string {
	const applied = appliedFilter(state);
	if (applied !== undefined) return filterLabel(applied.filter, state.shown.events.length, state.all.events.length);
	const {events, sources} = state.shown;
	return [plural(events.length, 'event'), ...(sources.length > 0 ? [plural(sources.length, 'source')] : [])].join(' · ');
}

type Choice = {field: FilterField; value: string; count: number; line: number};

/** The chooser's text lines (without marks) and its choices, counted over the whole timeline once. */
const chooser = memoize((timeline: Timeline) => {
	const rows: Array<{heading: string} | Omit<Choice, 'line'>> = [];
	for (const facet of facets(timeline, timeline.events)) {
		rows.push({heading: facet.field});
		for (const value of facet.values) rows.push({field: facet.field, ...value});
	}
	// Two lines above the fields: how many events the toggled values keep, and a blank.
	const choices: Choice[] = [];
	for (const [index, row] of rows.entries()) if (!('heading' in row)) choices.push({...row, line: index + 2});
	return {rows, choices};
});

/** How many events a selection would keep (counted once per toggle, not per key). */
const keptCount = memoize((timeline: Timeline, selection: FacetSelection) => filterIndexes(selectionFilter(selection).filter, timeline).length);

const linesOf = memoize((timeline: Timeline, selection: FacetSelection, cursor: number, width: number, style: Style): string[] => {
	const {rows} = chooser(timeline);
	const total = timeline.events.length;
	const summary =
		selection.size === 0
			? `${plural(total, 'event')}: Space toggles a value, Enter applies`
			: `${keptCount(timeline, selection)} of ${total} events · ${selectionFilter(selection).filter.labels.join(' · ')}`;
	let choice = -1;
	const body = rows.map(row => {
		if ('heading' in row) return style.bold(row.heading);
		choice++;
		const on = selection.get(row.field)?.has(row.value) === true;
		const count = String(row.count);
		const text = `  ${on ? '[x]' : '[ ]'} ${fitWidth(row.value, Math.max(1, width - 8 - count.length))} ${count}`;
		return choice === cursor ? style.inverse(padEnd(text, width)) : on ? style.accent(text) : text;
	});
	return withMargin([fitWidth(summary, width), '', ...body]);
});

function lines(state: State, style: Style): string[] {
	const {selection, cursor} = filterSlot(state);
	return linesOf(state.all, selection, cursor, overlayWidth(state), style);
}

/** Shows `timeline`'s events at `indexes` (all of them without a filter), keeping the selected event or the next one shown. */
function narrow(state: State, applied: AppliedFilter | undefined, selection: FacetSelection): State {
	const full = state.all;
	const current = appliedFilter(state)?.indexes[state.selected] ?? state.selected;
	const timeline = applied === undefined ? full : {...full, events: applied.indexes.map(index => full.events[index]!)};
	const selected = applied === undefined ? current : Math.min(firstAtOrAfter(applied.indexes, current), applied.indexes.length - 1);
	const next: State = withSlot({...state, shown: timeline, selected, listTop: 0, matches: undefined, mode: 'browse', overlayTop: 0, behind: undefined}, 'filter', {
		cursor: filterSlot(state).cursor,
		selection,
		applied,
	});
	return {...next, listTop: listTopFor(next, selected, 0), articleTop: 0, citation: 0};
}

/** Enter: the toggled values become the filter; none toggled clears it; one keeping no event is refused. */
function apply(state: State): State {
	const {selection} = filterSlot(state);
	if (selection.size === 0) return narrow(state, undefined, selection);
	const {filter, expression} = selectionFilter(selection);
	const full = state.all;
	const indexes = filterIndexes(filter, full);
	if (indexes.length === 0) return {...state, status: {text: `No event matches ${filter.labels.join(' · ')}`, kind: 'error'}};
	return narrow(state, {indexes, filter, expression, selection}, selection);
}

function move(state: State, by: number): State {
	const own = filterSlot(state);
	const {choices} = chooser(state.all);
	const cursor = Math.max(0, Math.min(choices.length - 1, own.cursor + by));
	const line = choices[cursor]?.line ?? 0;
	// The field's heading stays in view above its first value.
	const top = keepVisible(state.overlayTop, line, overlayHeight(state), line + 1);
	const overlayTop = choices[cursor - 1]?.field === choices[cursor]?.field ? top : Math.min(top, Math.max(0, line - 1));
	return withSlot({...state, overlayTop}, 'filter', {...own, cursor});
}

const bindings = [
	{keys: ['j', 'down'], action: {type: 'filterNext'}, help: 'next value', hint: ['↑↓', 'move']},
	{keys: ['k', 'up'], action: {type: 'filterPrevious'}, help: 'previous value'},
	{keys: ['space', 'x'], action: {type: 'filterToggle'}, help: 'toggle the value', hint: ['space', 'toggle']},
	{keys: ['return'], action: {type: 'filterApply'}, help: 'apply: show only the events with the toggled values', hint: ['⏎', 'apply']},
	{keys: ['escape'], action: {type: 'filterCancel'}, help: 'close, leaving the filter as it was', hint: ['esc', 'cancel']},
] as const satisfies readonly Binding[];

const globals = [
	{keys: ['F'], action: {type: 'filterClear'}, help: 'clear the filter', hint: ['F', 'unfilter'], enabled: state => appliedFilter(state) !== undefined},
] as const satisfies readonly Binding[];

function reduce(state: State, action: Action): State {
	const own = filterSlot(state);
	switch (action.type) {
		case 'filterNext':
			return move(state, 1);
		case 'filterPrevious':
			return move(state, -1);
		case 'filterToggle': {
			const choice = chooser(state.all).choices[own.cursor];
			return choice === undefined ? state : withSlot(state, 'filter', {...own, selection: toggleFacet(own.selection, choice.field, choice.value)});
		}
		case 'filterApply':
			return apply(state);
		case 'filterCancel':
			// The toggles go back to what is applied.
			return withSlot(closeOverlay(state), 'filter', {...own, selection: own.applied?.selection ?? new Map()});
		case 'filterClear':
			return own.applied === undefined ? state : narrow(state, undefined, new Map());
		default:
			return state;
	}
}

export const filter: Mode = {
	label: 'filter',
	bindings,
	globals,
	jumps: ['filterApply', 'filterClear'],
	opener: {keys: ['f'], action: {type: 'open', mode: 'filter'}, help: 'filter by actor, tag, stance, source, group or year', hint: ['f', 'filter']},
	reduce,
	lines,
	title: state => `Filter · ${plural(state.all.events.length, 'event')}`,
	position: state => `${filterSlot(state).cursor + 1}/${chooser(state.all).choices.length}`,
	initial,
};
