/**
 * `filter`: the facet chooser, as VisiData's frequency table. `f` lists every field (actor, tag,
 * stance, source, group, year) with each value and how many events have it; Space toggles a
 * value, Enter applies, Esc leaves the filter as it was. `F` clears the filter from any view.
 * The list moves as lists do (g G Home End PgUp PgDn Ctrl-D Ctrl-U) under a summary line that
 * stays at the top; `/` narrows the values to those containing what is typed (fzf's and
 * VisiData's habit), in the `facetFind` mode below, with the line editor's keys.
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
import {keepVisible, pageSize} from '../core/screen/viewport.js';
import {memoize} from '../core/memo.js';
import type {Style} from '../core/text/style.js';
import {fitWidth, padEnd} from '../core/text/width.js';
import {plural} from '../core/text/plural.js';
import {listTopFor} from './browse.js';
import {fold} from '../core/search/fold.js';
import {editLine, emptyLine, lineBindings, type Line} from '../state/line-editor.js';

declare module '../state/state.js' {
	interface ModeSlots {
		filter: FilterSlot;
		/** Typing the text that narrows the facet list: its state is the filter's (`narrowing`). */
		facetFind: undefined;
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
		/** Moving the cursor: to the first or last value, a page or half a page. */
		filterFirst: Record<never, never>;
		filterLast: Record<never, never>;
		filterPageDown: Record<never, never>;
		filterPageUp: Record<never, never>;
		filterHalfDown: Record<never, never>;
		filterHalfUp: Record<never, never>;
		/** `/` in the list: type to narrow the values; Enter keeps the narrowing, Esc drops it. */
		facetFindOpen: Record<never, never>;
		facetFindDone: Record<never, never>;
		facetFindCancel: Record<never, never>;
		/** A click on a value: the cursor goes to choice `index` (then `filterToggle` toggles it). */
		filterPick: {index: number};
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
	/** What narrows the values listed (`/`): only values containing it, case and accents aside. */
	narrowing?: Line;
};

const initial: FilterSlot = {cursor: 0, selection: new Map()};

/** The text narrowing the list, folded; empty for none. */
const needleOf = (own: FilterSlot): string => fold(own.narrowing?.text.trim() ?? '');

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

/** Lines above the list that stay while it scrolls: how many events the toggled values keep, then the narrowing (or a blank). */
export const chooserHead = 2;

/**
 * The list's rows (a field's heading, then its values) and its choices, each with its row, counted
 * over the whole timeline once; with `needle`, only the values containing it, under their fields.
 */
const chooser = memoize((timeline: Timeline, needle: string) => {
	const rows: Array<{heading: string} | Omit<Choice, 'line'>> = [];
	for (const facet of facets(timeline, timeline.events)) {
		const values = needle === '' ? facet.values : facet.values.filter(value => fold(value.value).includes(needle));
		if (values.length === 0) continue;
		rows.push({heading: facet.field});
		for (const value of values) rows.push({field: facet.field, ...value});
	}
	const choices: Choice[] = [];
	for (const [index, row] of rows.entries()) if (!('heading' in row)) choices.push({...row, line: index});
	return {rows, choices};
});

/** The list as the filter's slot narrows it. */
const chooserOf = (state: State) => chooser(state.all, needleOf(filterSlot(state)));

/** Rows the list has under the summary. */
export function chooserHeight(state: State): number {
	return Math.max(1, overlayHeight(state) - chooserHead);
}

/** How many events a selection would keep (counted once per toggle, not per key). */
const keptCount = memoize((timeline: Timeline, selection: FacetSelection) => filterIndexes(selectionFilter(selection).filter, timeline).length);

const linesOf = memoize((timeline: Timeline, selection: FacetSelection, cursor: number, width: number, style: Style, narrowing: Line | undefined, typing: boolean): string[] => {
	const {rows} = chooser(timeline, fold(narrowing?.text.trim() ?? ''));
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
	const chars = [...(narrowing?.text ?? '')];
	const at = narrowing?.cursor ?? 0;
	const find =
		narrowing === undefined
			? ''
			: typing
				? `${style.bold('/')} ${chars.slice(0, at).join('')}${style.inverse(chars[at] ?? ' ')}${chars.slice(at + 1).join('')}`
				: `${style.bold('/')} ${narrowing.text}${body.length === 0 ? '' : `  (${style.bold('/')} to change)`}`;
	const none = narrowing !== undefined && body.length === 0 ? ['', '  no value contains that'] : [];
	return withMargin([fitWidth(summary, width), fitWidth(find, width), ...body, ...none]);
});

/** Every line: the summary and the narrowing above the list (`head`: those two stay on screen). */
function lines(state: State, style: Style): string[] {
	const {selection, cursor, narrowing} = filterSlot(state);
	return linesOf(state.all, selection, cursor, overlayWidth(state), style, narrowing, state.mode === 'facetFind');
}

/** Shows `timeline`'s events at `indexes` (all of them without a filter), keeping the selected event or the next one shown. */
function narrow(state: State, applied: AppliedFilter | undefined, selection: FacetSelection): State {
	const full = state.all;
	const current = appliedFilter(state)?.indexes[state.selected] ?? state.selected;
	const timeline = applied === undefined ? full : {...full, events: applied.indexes.map(index => full.events[index]!)};
	const selected = applied === undefined ? current : Math.min(firstAtOrAfter(applied.indexes, current), applied.indexes.length - 1);
	const own = filterSlot(state);
	const next: State = withSlot({...state, shown: timeline, selected, listTop: 0, matches: undefined, mode: 'browse', overlayTop: 0, behind: undefined}, 'filter', {
		// The next opening lists every value: a cursor placed in a narrowed list starts over.
		cursor: own.narrowing === undefined ? own.cursor : 0,
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

/** Moves the cursor `by` values (clamped to the list), scrolling the list under the summary to keep it in view. */
function move(state: State, by: number): State {
	const own = filterSlot(state);
	const {choices} = chooserOf(state);
	const cursor = Math.max(0, Math.min(choices.length - 1, own.cursor + by));
	const line = choices[cursor]?.line ?? 0;
	// `overlayTop` is the list's first row shown; the field's heading stays in view above its first value.
	const top = keepVisible(state.overlayTop, line, chooserHeight(state), line + 1);
	const overlayTop = choices[cursor - 1]?.field === choices[cursor]?.field ? top : Math.min(top, Math.max(0, line - 1));
	return withSlot({...state, overlayTop}, 'filter', {...own, cursor});
}

/** A click on the body: on a value, the cursor goes there and toggles it. */
function click(state: State, row: number): Action[] {
	if (row < chooserHead) return [];
	const line = state.overlayTop + row - chooserHead;
	const index = chooserOf(state).choices.findIndex(choice => choice.line === line);
	return index < 0 ? [] : [{type: 'filterPick', index}, {type: 'filterToggle'}];
}

/** The list narrowed to `narrowing` (none: every value), the cursor on its first value. */
function narrowTo(state: State, narrowing: Line | undefined, mode: 'filter' | 'facetFind'): State {
	const own = filterSlot(state);
	const next = withSlot({...state, mode, overlayTop: 0}, 'filter', {...own, cursor: 0, narrowing});
	return move(next, 0);
}

const bindings = [
	{keys: ['j', 'down'], action: {type: 'filterNext'}, help: 'next value', hint: ['↑↓', 'move']},
	{keys: ['k', 'up'], action: {type: 'filterPrevious'}, help: 'previous value'},
	{keys: ['g', 'home'], action: {type: 'filterFirst'}, help: 'first value'},
	{keys: ['G', 'end'], action: {type: 'filterLast'}, help: 'last value'},
	{keys: ['pagedown'], action: {type: 'filterPageDown'}, help: 'a page down'},
	{keys: ['pageup'], action: {type: 'filterPageUp'}, help: 'a page up'},
	{keys: ['ctrl+d'], action: {type: 'filterHalfDown'}, help: 'half a page down'},
	{keys: ['ctrl+u'], action: {type: 'filterHalfUp'}, help: 'half a page up'},
	{keys: ['/'], action: {type: 'facetFindOpen'}, help: 'narrow the values: type part of one', hint: ['/', 'narrow']},
	{keys: ['space', 'x'], action: {type: 'filterToggle'}, help: 'toggle the value', hint: ['space', 'toggle']},
	{keys: ['return'], action: {type: 'filterApply'}, help: 'apply: show only the events with the toggled values', hint: ['⏎', 'apply']},
	{keys: ['escape'], action: {type: 'filterCancel'}, help: 'close, leaving the filter as it was', hint: ['esc', 'cancel']},
] as const satisfies readonly Binding[];

const globals = [
	{keys: ['F'], action: {type: 'filterClear'}, help: 'clear the filter', hint: ['F', 'unfilter'], enabled: state => appliedFilter(state) !== undefined},
] as const satisfies readonly Binding[];

function reduce(state: State, action: Action): State {
	const own = filterSlot(state);
	const page = pageSize(chooserHeight(state));
	switch (action.type) {
		case 'filterNext':
			return move(state, 1);
		case 'filterPrevious':
			return move(state, -1);
		case 'filterFirst':
			return move(state, -own.cursor);
		case 'filterLast':
			return move(state, chooserOf(state).choices.length);
		case 'filterPageDown':
			return move(state, page);
		case 'filterPageUp':
			return move(state, -page);
		case 'filterHalfDown':
			return move(state, Math.max(1, Math.floor(chooserHeight(state) / 2)));
		case 'filterHalfUp':
			return move(state, -Math.max(1, Math.floor(chooserHeight(state) / 2)));
		case 'filterPick':
			return move(state, action.index - own.cursor);
		case 'facetFindOpen':
			return {...state, mode: 'facetFind'};
		case 'filterToggle': {
			const choice = chooserOf(state).choices[own.cursor];
			return choice === undefined ? state : withSlot(state, 'filter', {...own, selection: toggleFacet(own.selection, choice.field, choice.value)});
		}
		case 'filterApply':
			return apply(state);
		case 'filterCancel':
			// The toggles go back to what is applied; the next opening lists every value.
			return withSlot(closeOverlay(state), 'filter', {...own, cursor: 0, narrowing: undefined, selection: own.applied?.selection ?? new Map()});
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
	head: chooserHead,
	click,
	title: state => `Filter · ${plural(state.all.events.length, 'event')}`,
	position: state => `${filterSlot(state).cursor + 1}/${chooserOf(state).choices.length}`,
	initial,
};

const findBindings = [
	{keys: ['return'], action: {type: 'facetFindDone'}, help: 'keep the narrowed list and go back to it (Space toggles there)', hint: ['⏎', 'done']},
	{keys: ['escape'], action: {type: 'facetFindCancel'}, help: 'list every value again', hint: ['esc', 'cancel']},
	{keys: ['down', 'ctrl+n'], action: {type: 'filterNext'}, help: 'next value', hint: ['↑↓', 'move']},
	{keys: ['up', 'ctrl+p'], action: {type: 'filterPrevious'}, help: 'previous value'},
	{keys: ['pagedown'], action: {type: 'filterPageDown'}, help: 'a page down'},
	{keys: ['pageup'], action: {type: 'filterPageUp'}, help: 'a page up'},
	...lineBindings,
] as const satisfies readonly Binding[];

function reduceFind(state: State, action: Action): State {
	const own = filterSlot(state);
	const line = own.narrowing ?? emptyLine;
	switch (action.type) {
		case 'key':
		case 'lineEdit': {
			const edit = action.type === 'key' ? editLine(line, action.name, action.input) : editLine(line, action.key, '');
			if (edit === undefined) return state;
			if (edit.error !== undefined) return {...state, status: {text: edit.error, kind: 'error'}};
			return edit.line.text === line.text ? withSlot(state, 'filter', {...own, narrowing: edit.line}) : narrowTo(state, edit.line, 'facetFind');
		}
		case 'facetFindDone':
			return line.text.trim() === '' ? narrowTo(state, undefined, 'filter') : {...state, mode: 'filter'};
		case 'facetFindCancel':
			return narrowTo(state, undefined, 'filter');
		default:
			return reduce(state, action);
	}
}

/** `/` in the facet list: typing narrows the values shown; the list stays on screen. */
export const facetFind: Mode = {
	label: 'filter: narrowing',
	typing: true,
	bindings: findBindings,
	reduce: reduceFind,
	lines,
	head: chooserHead,
	click,
	title: state => `Filter · ${plural(state.all.events.length, 'event')}`,
	position: state => `${chooserOf(state).choices.length === 0 ? 0 : filterSlot(state).cursor + 1}/${chooserOf(state).choices.length}`,
};
