/**
 * A new version of the timeline in a running explorer: the file changed under `--watch`, or more
 * of a large file has been read. One action, `replaceTimeline`, for both. The reader keeps their
 * place by event id, not by index: the selected event stays selected (and at the same height in
 * the list) wherever the new version puts it, and its article stays at the same passage.
 */
import type {Timeline} from '../core/schema.js';
import {indexTimeline} from '../core/timeline-rows.js';
import {anchorAt, lineAt} from '../core/article.js';
import {byId} from '../core/by-id.js';
import {clamp, clampTop} from '../core/viewport.js';
import {listTopFor} from '../modes/browse.js';
import {citationTop, selectedArticle, type State, type Status} from './state.js';

declare module './messages.js' {
	interface ActionMap {
		/**
		 * `timeline`: the new version to show (absent: keep the one shown, as while a watched file is
		 * invalid). `status`: the status line's message (a problem in the file; undefined clears it).
		 * `progress`: what is still loading, shown in the header until undefined.
		 */
		replaceTimeline: {timeline?: Timeline; status?: Status | undefined; progress?: string | undefined};
	}
}

/** The index in `events` of the event with `id`, else `fallback` kept in range. */
function indexOfId(events: Timeline['events'], id: string | undefined, fallback: number): number {
	const found = byId(events, id);
	if (found !== undefined) {
		// byId gives the event; its index is found once, near the old one first (the usual case: nothing moved).
		if (events[fallback] === found) return fallback;
		const index = events.indexOf(found);
		if (index !== -1) return index;
	}
	return clamp(fallback, 0, Math.max(0, events.length - 1));
}

/** Whether a comparison of `ids` can still be made: both are statements or sources of `timeline`. */
function comparable(timeline: Timeline, ids: readonly [string, string]): boolean {
	return ids.every(id => byId(timeline.statements ?? [], id) !== undefined || byId(timeline.sources, id) !== undefined);
}

/** `state` showing `timeline` (see the module comment); status and progress as given. */
export function replaceTimeline(state: State, {timeline, status, progress}: {timeline?: Timeline; status?: Status | undefined; progress?: string | undefined}): State {
	if (timeline === undefined || timeline === state.timeline) return {...state, status, progress};
	// The list's rows are remembered per events array from the first call, which must bring the eras.
	const rows = indexTimeline(timeline.events, timeline.eras);
	const {events} = state.timeline;
	const id = events[state.selected]?.id;
	const selected = indexOfId(timeline.events, id, state.selected);
	// The selected row stays where it was on screen.
	const offset = (indexTimeline(events).rowOfEvent[state.selected] ?? 0) - state.listTop;
	const before = state.search.before;
	const base = state.compare?.base;
	const next: State = {
		...state,
		timeline,
		selected,
		status,
		progress,
		// Matches and results point into the old version; the search runs again over the new one.
		matches: undefined,
		search: {
			...state.search,
			answer: undefined,
			picked: 0,
			top: 0,
			before: before === undefined ? undefined : {...before, selected: indexOfId(timeline.events, events[before.selected]?.id, before.selected), matches: undefined},
		},
		compare: state.compare === undefined || base === undefined || comparable(timeline, base.ids) ? state.compare : {...state.compare, base: undefined},
	};
	next.listTop = listTopFor(next, selected, (rows.rowOfEvent[selected] ?? 0) - offset);
	const old = selectedArticle(state);
	const now = selectedArticle(next);
	if (old === undefined || now === undefined || timeline.events[selected]?.id !== id || state.articleTop === citationTop(state)) next.articleTop = citationTop(next);
	else {
		// The same passage at the top of the pane, wherever the new version's wrapping puts it (the
		// heading lines above the first paragraph stay as they were).
		const top = old.layout.lines[state.articleTop];
		const anchor = anchorAt(old.layout, state.articleTop);
		const line = top === undefined || top.paragraph < 0 || anchor.paragraph < 0 ? state.articleTop : lineAt(now.layout, anchor.paragraph, anchor.offset);
		next.articleTop = clampTop(line, now.layout.lines.length, now.height);
	}
	return next;
}
