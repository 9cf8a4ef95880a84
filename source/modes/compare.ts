/**
 * `compare`: two statements side by side or unified (`u`), claims by topic or the full articles
 * behind them (`f`), `n` `N` jumping from topic to topic, `p` picking two others (modes/pick.ts).
 * The lines are the ones `sc-timeline diff` prints, from the same core functions.
 */
import type {Action} from '../state/messages.js';
import {closeBinding, scrollBindings, scrollOverlay, type Binding, type Mode} from '../state/mode.js';
import {overlayHeight, overlayWidth, withMargin, type CompareState, type State} from '../state/state.js';
import {buildComparison, type Comparison} from '../core/compare/model.js';
import {chooseLayout, renderComparison, type CompareLayout, type RenderedComparison} from '../core/compare/render.js';
import {articlesOf, defaultSelection, selectPair, type Selection} from '../core/compare/select.js';
import {clampTop, maxTop} from '../core/screen/viewport.js';
import {unpainted, type Style} from '../core/text/style.js';
import {wrap} from '../core/text/width.js';
import {memoize} from '../core/memo.js';
import {startPicking} from './pick.js';

declare module '../state/state.js' {
	interface ModeSlots {
		compare: undefined;
	}
}

const bindings = [
	{keys: ['u'], action: {type: 'compareLayout'}, help: 'side by side ⇄ unified', hint: ['u', 'layout']},
	{keys: ['f'], action: {type: 'compareText'}, help: 'claims by topic ⇄ the full articles', hint: ['f', 'full text']},
	...scrollBindings,
	{keys: ['n'], action: {type: 'compareNextTopic'}, help: 'next topic', hint: ['n/N', 'topic']},
	{keys: ['N'], action: {type: 'comparePreviousTopic'}, help: 'previous topic'},
	{keys: ['p'], action: {type: 'pickStatements'}, help: 'pick two other statements'},
	closeBinding,
] as const satisfies readonly Binding[];

/** The two things compared now, or undefined when there is nothing to compare. */
export function selectionOf(state: State): Selection | undefined {
	const compare = state.compare;
	if (compare?.base === undefined) return undefined;
	const selection = selectPair(state.shown, compare.base.ids);
	return compare.fullText ? (articlesOf(state.shown, selection) ?? selection) : selection;
}

/** The layout in use: the one `u` chose, else the one the width calls for. */
export function compareLayout(state: State): CompareLayout {
	return state.compare?.layout ?? chooseLayout(overlayWidth(state));
}

const comparisonFor = memoize((timeline: State['shown'], before: string, after: string, fullText: boolean) => {
	const selection = selectPair(timeline, [before, after]);
	return buildComparison(timeline, fullText ? (articlesOf(timeline, selection) ?? selection) : selection);
});

function comparisonOf(state: State): Comparison | undefined {
	const base = state.compare?.base;
	if (base === undefined) return undefined;
	return comparisonFor(state.shown, base.ids[0], base.ids[1], state.compare?.fullText === true);
}

const renderedFor = memoize((comparison: Comparison, width: number, layout: CompareLayout, style: Style): RenderedComparison => {
	const result = renderComparison(comparison, {width, style, layout});
	return {lines: withMargin(result.lines), anchors: result.anchors};
});

/** The comparison as screen lines with a one-column margin, and where each topic starts; `style` defaults to counting only. */
export function renderedComparison(state: State, style: Style = unpainted(state.styleLevel)): RenderedComparison | undefined {
	const comparison = comparisonOf(state);
	return comparison === undefined ? undefined : renderedFor(comparison, overlayWidth(state), compareLayout(state), style);
}

const nothing = 'Nothing to compare: this timeline has fewer than two statements and fewer than two articles.';

/** What the comparison shows: the comparison, or why there is nothing to compare. */
function lines(state: State, style: Style): string[] {
	return renderedComparison(state, style)?.lines ?? withMargin(wrap(nothing, overlayWidth(state)));
}

/** The name on the rule above the view: `Compare 2010 → 2011 · claims · side by side`. */
function title(state: State): string {
	const comparison = comparisonOf(state);
	if (comparison === undefined) return 'Compare';
	const what = comparison.kind === 'statements' ? 'claims' : 'articles';
	return `Compare ${comparison.before.label} → ${comparison.after.label} · ${what} · ${compareLayout(state) === 'side-by-side' ? 'side by side' : 'unified'}`;
}

/**
 * `d`: opens the comparison, or closes it when open. The first time, a timeline with more than
 * two statements opens the picker; two statements are compared at once (the data's `comparison`
 * pair first); a timeline without two statements compares its first two articles.
 */
/** Whether the shown timeline has two statements or two articles to set side by side. */
const comparable = (state: State) => state.shown.statements.length >= 2 || state.shown.sources.length >= 2;

function open(state: State): State {
	if (state.mode === 'compare' || state.mode === 'pick') return {...state, mode: 'browse', overlayTop: 0};
	// A large file still being read has neither its statements nor its articles yet.
	if (state.progress !== undefined) return {...state, status: {kind: 'info', text: 'Still reading the file: compare once it is read'}};
	if (!comparable(state)) return {...state, status: {kind: 'info', text: 'Nothing to compare: this timeline has no two statements or articles'}};
	const {statements, sources} = state.shown;
	if (state.compare?.base !== undefined) return {...state, mode: 'compare', overlayTop: 0};
	if (statements.length > 2) return startPicking(state);
	const opened = (base: CompareState['base']): State => ({...state, mode: 'compare', overlayTop: 0, compare: {fullText: false, base}});
	if (statements.length === 2) {
		const selection = defaultSelection(state.shown);
		return opened({kind: 'statements', ids: [selection.before.id, selection.after.id]});
	}
	// Two articles, then (`comparable`).
	return opened({kind: 'articles', ids: [sources[0]!.id, sources[1]!.id]});
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

function reduce(state: State, action: Action): State {
	const compare = state.compare ?? {fullText: false};
	switch (action.type) {
		case 'compareLayout': {
			const before = renderedComparison(state);
			const row = before === undefined ? -1 : rowAt(before.anchors, state.overlayTop);
			const next: State = {...state, compare: {...compare, layout: compareLayout(state) === 'side-by-side' ? 'unified' : 'side-by-side'}};
			const after = renderedComparison(next);
			// Stay on the same topic: the new layout puts it on another line.
			const line = row < 0 || after === undefined ? 0 : (after.anchors[row] ?? 0);
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
			return state.shown.statements.length >= 2 ? startPicking(state) : state;
		default:
			return scrollOverlay(state, action, lines(state, unpainted(state.styleLevel)).length);
	}
}

export const compare: Mode = {
	label: 'compare',
	bindings,
	// Offered with two statements or two articles to set side by side, once the file is read; else `d` only says why not.
	opener: {
		keys: ['d'],
		action: {type: 'open', mode: 'compare'},
		help: 'compare statements (d again closes)',
		hint: ['d', 'compare'],
		hinted: state => state.progress === undefined && comparable(state),
	},
	open,
	reduce,
	lines,
	title,
};
