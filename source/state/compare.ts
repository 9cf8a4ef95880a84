/**
 * The compare modes. `compare` shows two statements side by side or unified (`u`), claims by topic
 * or the full articles behind them (`f`), `n` `N` jumping from topic to topic; scrolling and
 * closing are the overlays' (`overlay.ts`), over the lines `compareLines` gives (`overlays.ts`
 * returns them in these modes). `pick` chooses the two statements first, when the timeline has
 * more than two (`d` opens it then; `p` at any time).
 */
import type {Action} from './messages.js';
import {overlayHeight, type State} from './model.js';
import {updateOverlay} from './overlay.js';
import {buildComparison, type Comparison} from '../core/compare/model.js';
import {chooseLayout, renderComparison, type CompareLayout, type RenderedComparison} from '../core/compare/render.js';
import {articlesOf, defaultSelection, selectPair, type Selection} from '../core/compare/select.js';
import {pickerHeaderRows, pickerLines} from '../core/compare/picker.js';
import {clampTop, keepVisible, maxTop} from '../core/viewport.js';
import {wrap} from '../core/text.js';

export type CompareState = {
	/** What is compared: two statements, or two articles when the timeline has too few statements. */
	base?: {kind: Selection['kind']; ids: readonly [string, string]};
	/** Whether the articles behind the two statements are shown paragraph by paragraph instead of the claims. */
	fullText: boolean;
	/** Set by `u`; until then the width decides (`chooseLayout`). */
	layout?: CompareLayout;
	/** While picking: the highlighted statement and the first pick (indexes in `timeline.statements`). */
	picker?: {cursor: number; first?: number};
};

/** Columns of compare text: the body less a one-column margin each side, as the overlays have. */
export function compareWidth(state: State): number {
	return Math.max(1, (state.layout.kind === 'panes' ? state.layout.body.width : state.layout.columns) - 2);
}

/** The two things compared now, or undefined when there is nothing to compare. */
export function selectionOf(state: State): Selection | undefined {
	const compare = state.compare;
	if (compare?.base === undefined) return undefined;
	const selection = selectPair(state.timeline, compare.base.ids);
	return compare.fullText ? articlesOf(state.timeline, selection) ?? selection : selection;
}

/** The layout in use: the one `u` chose, else the one the width calls for. */
export function compareLayout(state: State): CompareLayout {
	return state.compare?.layout ?? chooseLayout(compareWidth(state));
}

let built: {timeline: State['timeline']; key: string; comparison: Comparison} | undefined;
let rendered: {comparison: Comparison; key: string; style: State['style']; result: RenderedComparison} | undefined;

function comparisonOf(state: State): Comparison | undefined {
	const selection = selectionOf(state);
	if (selection === undefined) return undefined;
	const key = `${selection.kind}:${selection.before.id}:${selection.after.id}`;
	if (built?.timeline !== state.timeline || built.key !== key) built = {timeline: state.timeline, key, comparison: buildComparison(state.timeline, selection)};
	return built.comparison;
}

/** The comparison as screen lines with a one-column margin, and where each topic starts (remembered). */
export function renderedComparison(state: State): RenderedComparison | undefined {
	const comparison = comparisonOf(state);
	if (comparison === undefined) return undefined;
	const key = `${compareWidth(state)}:${compareLayout(state)}`;
	if (rendered?.comparison !== comparison || rendered.key !== key || rendered.style !== state.style) {
		const result = renderComparison(comparison, {width: compareWidth(state), style: state.style, layout: compareLayout(state)});
		rendered = {comparison, key, style: state.style, result: {lines: result.lines.map(line => (line === '' ? '' : ` ${line}`)), anchors: result.anchors}};
	}
	return rendered.result;
}

const nothing = 'Nothing to compare: this timeline has fewer than two statements and fewer than two articles.';

/** What the compare modes show: the picker, the comparison, or why there is nothing to compare. */
export function compareLines(state: State): string[] {
	const picker = state.compare?.picker;
	if (state.mode === 'pick' && picker !== undefined) return pickerLines(state.timeline.statements, picker, compareWidth(state), state.style).map(line => ` ${line}`);
	return renderedComparison(state)?.lines ?? wrap(nothing, compareWidth(state)).map(line => ` ${line}`);
}

/** The name on the rule above the view: `Compare 2010 → 2011 · claims · side by side`. */
export function compareTitle(state: State): string {
	if (state.mode === 'pick') return 'Compare · pick two statements';
	const comparison = comparisonOf(state);
	if (comparison === undefined) return 'Compare';
	const what = comparison.kind === 'statements' ? 'claims' : 'articles';
	return `Compare ${comparison.before.label} → ${comparison.after.label} · ${what} · ${compareLayout(state) === 'side-by-side' ? 'side by side' : 'unified'}`;
}

function startPicking(state: State): State {
	const {statements} = state.timeline;
	const current = state.compare?.base?.kind === 'statements' ? state.compare.base.ids[0] : state.timeline.comparison?.[0];
	const cursor = Math.max(0, statements.findIndex(statement => statement.id === current));
	return {...state, mode: 'pick', overlayTop: 0, compare: {fullText: false, ...state.compare, picker: {cursor}}};
}

/**
 * `d`: opens the comparison, or closes it when open. The first time, a timeline with more than
 * two statements opens the picker; two statements are compared at once (the data's `comparison`
 * pair first); a timeline without two statements compares its first two articles.
 */
export function openCompare(state: State): State {
	if (state.mode === 'compare' || state.mode === 'pick') return {...state, mode: 'browse', overlayTop: 0};
	const {statements, sources} = state.timeline;
	if (state.compare?.base !== undefined) return {...state, mode: 'compare', overlayTop: 0};
	if (statements.length > 2) return startPicking(state);
	const open = (base: CompareState['base']): State => ({...state, mode: 'compare', overlayTop: 0, compare: {fullText: false, base}});
	if (statements.length === 2) {
		const selection = defaultSelection(state.timeline);
		return open({kind: 'statements', ids: [selection.before.id, selection.after.id]});
	}
	if (sources[0] !== undefined && sources[1] !== undefined) return open({kind: 'articles', ids: [sources[0].id, sources[1].id]});
	return open(undefined);
}

/** The topic (row) the window's first line is in, to find it again in another rendering. */
function rowAt(anchors: readonly number[], top: number): number {
	let row = -1;
	anchors.forEach((line, index) => {
		if (line <= top) row = index;
	});
	return row;
}

/** Moves the window to the next (`step` 1) or previous (-1) topic's heading. */
function jumpTopic(state: State, step: 1 | -1): State {
	const result = renderedComparison(state);
	if (result === undefined) return state;
	const height = overlayHeight(state);
	const top = clampTop(state.overlayTop, result.lines.length, height);
	const target = step === 1 ? result.anchors.find(line => line > top) : [...result.anchors].reverse().find(line => line < top);
	const next = target === undefined ? (step === 1 ? maxTop(result.lines.length, height) : 0) : clampTop(target, result.lines.length, height);
	return next === state.overlayTop ? state : {...state, overlayTop: next};
}

/** The compare mode's reducer: layout, full text, topic jumps, picking; scrolling and closing as overlays do. */
export function updateCompare(state: State, action: Action): State {
	const compare = state.compare ?? {fullText: false};
	switch (action.type) {
		case 'compareLayout': {
			const before = renderedComparison(state);
			const row = before === undefined ? -1 : rowAt(before.anchors, state.overlayTop);
			const next: State = {...state, compare: {...compare, layout: compareLayout(state) === 'side-by-side' ? 'unified' : 'side-by-side'}};
			const after = renderedComparison(next);
			// Stay on the same topic: the new layout puts it on another line.
			const line = row < 0 || after === undefined ? 0 : after.anchors[row] ?? 0;
			return {...next, overlayTop: clampTop(line, after?.lines.length ?? 0, overlayHeight(next))};
		}
		case 'compareText':
			if (compare.base?.kind !== 'statements' || selectionOf({...state, compare: {...compare, fullText: true}})?.kind !== 'articles') return state;
			return {...state, overlayTop: 0, compare: {...compare, fullText: !compare.fullText}};
		case 'compareNextTopic':
			return jumpTopic(state, 1);
		case 'comparePreviousTopic':
			return jumpTopic(state, -1);
		case 'pickStatements':
			return state.timeline.statements.length >= 2 ? startPicking(state) : state;
		default:
			return updateOverlay(state, action);
	}
}

/** The picker's reducer: move, pick the first statement then the second; Esc steps back. */
export function updatePick(state: State, action: Action): State {
	const compare = state.compare ?? {fullText: false};
	const picker = compare.picker ?? {cursor: 0};
	const count = state.timeline.statements.length;
	const move = (cursor: number): State => {
		const total = pickerHeaderRows + count;
		const overlayTop = keepVisible(state.overlayTop, pickerHeaderRows + cursor, overlayHeight(state), total);
		return {...state, overlayTop, compare: {...compare, picker: {...picker, cursor}}};
	};
	switch (action.type) {
		case 'pickNext':
			return move(Math.min(count - 1, picker.cursor + 1));
		case 'pickPrevious':
			return move(Math.max(0, picker.cursor - 1));
		case 'pickChoose': {
			if (picker.first === undefined) {
				const next = picker.cursor + 1 < count ? picker.cursor + 1 : picker.cursor - 1;
				return {...move(Math.max(0, next)), compare: {...compare, picker: {cursor: Math.max(0, next), first: picker.cursor}}};
			}
			const first = state.timeline.statements[picker.first];
			const second = state.timeline.statements[picker.cursor];
			if (first === undefined || second === undefined || first === second) return state;
			return {...state, mode: 'compare', overlayTop: 0, compare: {...compare, fullText: false, picker: undefined, base: {kind: 'statements', ids: [first.id, second.id]}}};
		}
		case 'closeOverlay':
			if (picker.first !== undefined) return {...state, compare: {...compare, picker: {cursor: picker.first}}};
			return {...state, mode: compare.base === undefined ? 'browse' : 'compare', overlayTop: 0, compare: {...compare, picker: undefined}};
		default:
			return state;
	}
}
