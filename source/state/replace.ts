/**
 * A new version of the timeline in a running explorer: the file changed under `--watch`, or more
 * of a large file has been read. One action, `replaceTimeline`, for both. The reader keeps their
 * place by event id, not by index: the selected event stays selected (and at the same height in
 * the list) wherever the new version puts it, and its article stays at the same passage.
 */
import type {Timeline} from '../core/model/schema.js';
import {indexTimeline, listWidth} from '../core/screen/timeline-rows.js';
import {computeLayout} from '../core/screen/layout.js';
import {refilter} from '../modes/filter.js';
import {byId} from '../core/model/by-id.js';
import {clamp} from '../core/screen/viewport.js';
import {listTopFor} from '../modes/browse.js';
import {citationTop, selectedDetail, type State, type Status} from './state.js';
import {keepPlace} from './place.js';

declare module './messages.js' {
	interface ActionMap {
		/**
		 * `timeline`: the new version to show (absent: keep the one shown, as while a watched file is
		 * invalid). `status`: the status line's message (a problem in the file; undefined clears it;
		 * not given, the one there stays).
		 * `progress`: what is still loading, shown in the header until undefined.
		 */
		replaceTimeline: {timeline?: Timeline; status?: Status | undefined; progress?: string | undefined};
	}
}

/** The index in `events` of the event with `id`, else `fallback` kept in range. */
function indexOfId(events: Timeline['events'], id: string | undefined, fallback: number): number {
	// Where it was first (the usual case: nothing moved); else one pass, cheaper than an index of 100,000 ids for one look.
	if (id !== undefined && events[fallback]?.id === id) return fallback;
	const index = id === undefined ? -1 : events.findLastIndex(event => event.id === id);
	return index !== -1 ? index : clamp(fallback, 0, Math.max(0, events.length - 1));
}

/** Whether a comparison of `ids` can still be made: both are statements or sources of `timeline`. */
function comparable(timeline: Timeline, ids: readonly [string, string]): boolean {
	return ids.every(id => byId(timeline.statements ?? [], id) !== undefined || byId(timeline.sources, id) !== undefined);
}

/**
 * `state` showing `timeline` (see the module comment); progress as given, and the status line's
 * message as given, or, when none is given (more of a large file read), the one there: a prompt
 * (`t`'s date, `m`'s letter) and its replies live there, and must not vanish as the file loads.
 */
export function replaceTimeline(current: State, action: {timeline?: Timeline; status?: Status | undefined; progress?: string | undefined}): State {
	const {timeline: full, progress} = action;
	const status = 'status' in action ? action.status : current.status;
	if (full === undefined || full === current.all) return {...current, status, progress};
	// Under a filter, the new version is filtered the same way.
	const {state, shown: timeline} = refilter(current, full);
	const rows = indexTimeline(timeline);
	const {events} = state.shown;
	const id = events[state.selected]?.id;
	const selected = indexOfId(timeline.events, id, state.selected);
	// The selected row stays where it was on screen.
	const offset = (indexTimeline(state.shown).rowOfEvent[state.selected] ?? 0) - state.listTop;
	const searchBefore = state.search.before;
	const base = state.compare?.base;
	const next: State = {
		...state,
		all: full,
		shown: timeline,
		layout: computeLayout(state.layout.columns, state.layout.rows, listWidth(timeline)),
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
			before: searchBefore === undefined ? undefined : {...searchBefore, selected: indexOfId(timeline.events, events[searchBefore.selected]?.id, searchBefore.selected), matches: undefined},
		},
		compare: state.compare === undefined || base === undefined || comparable(timeline, base.ids) ? state.compare : {...state.compare, base: undefined},
	};
	next.listTop = listTopFor(next, selected, (rows.rowOfEvent[selected] ?? 0) - offset);
	const before = selectedDetail(state);
	const after = selectedDetail(next);
	const same = timeline.events[selected]?.id === id;
	if (!same) next.citation = 0;
	const atCitation = state.articleTop > 0 && state.articleTop === citationTop(state);
	if (before === undefined || after === undefined || !same) next.articleTop = 0;
	// Laid out the same (the usual save: a change elsewhere in the file), the pane stays exactly where it was.
	else if (before.total === after.total && before.articleStart === after.articleStart && !atCitation) next.articleTop = state.articleTop;
	else next.articleTop = keepPlace(state.articleTop, before, after, atCitation ? citationTop(next) : undefined);
	return next;
}
