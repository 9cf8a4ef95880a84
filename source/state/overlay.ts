/**
 * The overlays' reducer (`help` and `summary`): scrolling their lines, closing them. Their
 * content comes from `overlays.ts`, so the line count here is the line count on screen.
 */
import type {Action} from './messages.js';
import {overlayHeight, type State} from './model.js';
import {overlayLines} from './overlays.js';
import {maxTop, pageSize, scrollBy} from '../core/viewport.js';

/** Closes the open overlay: back to the view it was opened over, else to browsing. */
export function closeOverlay(state: State): State {
	const {behind} = state;
	return behind === undefined ? {...state, mode: 'browse', overlayTop: 0} : {...state, mode: behind.mode, overlayTop: behind.overlayTop, behind: undefined};
}

/** Applies a scrolling or closing action to the open overlay. */
export function updateOverlay(state: State, action: Action): State {
	const height = overlayHeight(state);
	const total = overlayLines(state).length;
	const move = (overlayTop: number): State => (overlayTop === state.overlayTop ? state : {...state, overlayTop});
	switch (action.type) {
		case 'closeOverlay':
			return closeOverlay(state);
		case 'scrollLineDown':
			return move(scrollBy(state.overlayTop, 1, total, height));
		case 'scrollLineUp':
			return move(scrollBy(state.overlayTop, -1, total, height));
		case 'scrollPageDown':
			return move(scrollBy(state.overlayTop, pageSize(height), total, height));
		case 'scrollPageUp':
			return move(scrollBy(state.overlayTop, -pageSize(height), total, height));
		case 'scrollTop':
			return move(0);
		case 'scrollBottom':
			return move(maxTop(total, height));
		default:
			return state;
	}
}
