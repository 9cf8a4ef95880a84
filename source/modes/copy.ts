/**
 * `y` / `Y`: copying the selected event's citation, or the whole event, as Markdown. The reducer
 * only decides what to copy and says so on the status line; hooks/use-clipboard.ts sends it to
 * the terminal's clipboard (OSC 52) as an effect, or takes the message back where the terminal
 * cannot take it (not a terminal, TERM=dumb).
 */
import type {Action} from '../state/messages.js';
import type {Binding, Mode} from '../state/mode.js';
import {slot, withSlot, type State} from '../state/state.js';
import {citationMarkdown, copyStatus, eventCopyMarkdown, osc52, type CopyRequest} from '../core/session/clipboard.js';

declare module '../state/state.js' {
	interface ModeSlots {
		copy: CopySlot;
	}
}

declare module '../state/messages.js' {
	interface ActionMap {
		copyCitation: Record<never, never>;
		copyEvent: Record<never, never>;
		/** From the clipboard hook: the terminal cannot take a copy. */
		copyRefused: {reason: string};
	}
}

/** The newest copy asked for, if any. */
export type CopySlot = CopyRequest | undefined;

/** The copy the hook should send, if any. */
export function pendingCopy(state: State): CopySlot {
	return slot(state, 'copy');
}

function copy(state: State, what: 'citation' | 'event'): State {
	const event = state.shown.events[state.selected];
	if (event === undefined) return state;
	const text = what === 'citation' ? citationMarkdown(state.shown, event, state.citation) : eventCopyMarkdown(state.shown, event);
	const status = {text: copyStatus(what, text), kind: text === undefined || osc52(text) === undefined ? 'error' : 'info'} as const;
	if (status.kind === 'error' || text === undefined) return {...state, status};
	return {...withSlot(state, 'copy', {text, serial: (pendingCopy(state)?.serial ?? 0) + 1}), status};
}

function reduce(state: State, action: Action): State {
	switch (action.type) {
		case 'copyCitation':
			return copy(state, 'citation');
		case 'copyEvent':
			return copy(state, 'event');
		case 'copyRefused':
			return {...state, status: {text: `Not copied: ${action.reason}`, kind: 'error'}};
		default:
			return state;
	}
}

const hasEvent = (state: State): boolean => state.mode === 'browse' && state.shown.events.length > 0;
/** Whether the selected event cites a source, so `y` has a citation to copy (else it says so, unoffered). */
const citesSource = (state: State): boolean => (state.shown.events[state.selected]?.citations.length ?? 0) > 0;

const globals = [
	{keys: ['y'], action: {type: 'copyCitation'}, help: 'copy the citation as Markdown (quote and source)', hint: ['y', 'copy'], enabled: hasEvent, hinted: citesSource},
	{keys: ['Y'], action: {type: 'copyEvent'}, help: 'copy the whole event as Markdown', enabled: hasEvent},
] as const satisfies readonly Binding[];

export const copying: Mode = {label: 'copy', bindings: [], globals, actions: ['copyRefused'], reduce, title: () => 'Copy'};
