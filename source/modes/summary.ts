/** `summary` (`s`): exactly the lines `sc-timeline summary` prints (core/format/summary-lines.ts), scrollable. */
import type {Action} from '../state/messages.js';
import {closeBinding, scrollBindings, scrollOverlay, type Binding, type Mode} from '../state/mode.js';
import {overlayWidth, withMargin, type State} from '../state/state.js';
import {renderSummary} from '../core/format/summary-lines.js';
import {unpainted, type Style} from '../core/text/style.js';
import {memoize} from '../core/memo.js';

declare module '../state/state.js' {
	interface ModeSlots {
		summary: undefined;
	}
}

const bindings = [...scrollBindings, closeBinding] as const satisfies readonly Binding[];

const summaryLines = memoize((timeline: State['shown'], width: number, style: Style) => withMargin(renderSummary(timeline, {width, style})));

function lines(state: State, style: Style): string[] {
	return summaryLines(state.shown, overlayWidth(state), style);
}

function reduce(state: State, action: Action): State {
	return scrollOverlay(state, action, lines(state, unpainted(state.styleLevel)).length);
}

export const summary: Mode = {
	label: 'summary',
	bindings,
	opener: {keys: ['s'], action: {type: 'open', mode: 'summary'}, help: 'summary view', hint: ['s', 'summary']},
	over: true,
	reduce,
	lines,
	title: () => 'Summary',
};
