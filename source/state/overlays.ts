/**
 * The lines of the open overlay, for the reducer (how far it scrolls) and the view (what it
 * shows). Remembered per overlay, width and style, so scrolling does not rebuild them.
 */
import type {State} from './model.js';
import {helpLines} from './help.js';
import {renderSummary} from '../core/format/summary.js';
import {compareLines} from './compare.js';

/** Columns of overlay text: the body less a one-column margin each side. */
export function overlayWidth(state: State): number {
	return Math.max(1, (state.layout.kind === 'panes' ? state.layout.body.width : state.layout.columns) - 2);
}

let last: {key: string; state: Pick<State, 'timeline' | 'style'>; lines: string[]} | undefined;

/** The help or summary overlay's lines, or the compare modes' (state/compare.ts); empty when none is open. */
export function overlayLines(state: State): string[] {
	if (state.mode === 'compare' || state.mode === 'pick') return compareLines(state);
	if (state.mode !== 'help' && state.mode !== 'summary') return [];
	const width = overlayWidth(state);
	const key = `${state.mode}:${width}`;
	if (last !== undefined && last.key === key && last.state.timeline === state.timeline && last.state.style === state.style) return last.lines;
	const lines = state.mode === 'help' ? helpLines(width, state.style) : renderSummary(state.timeline, {width, style: state.style});
	last = {key, state: {timeline: state.timeline, style: state.style}, lines};
	return lines;
}
