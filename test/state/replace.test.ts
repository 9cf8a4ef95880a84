/** `replaceTimeline`: a new version of the timeline keeps the reader's place by event id. */
import {describe, expect, it} from 'vitest';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import type {Timeline} from '../../source/core/model/schema.js';
import {indexTimeline} from '../../source/core/screen/timeline-rows.js';
import {citationTop} from '../../source/state/state.js';
import {act, open, press} from '../helpers/explorer-state.js';

const {timeline} = loadTimeline();

/** A copy of the timeline with `count` new events dated before all others, so every old event moves down. */
function withEarlierEvents(count: number): Timeline {
	const first = timeline.events[0]!;
	const added = Array.from({length: count}, (_, i) => ({...first, id: `added-${i}`, headline: `Added ${i}`, date: {value: '1999', precision: 'year' as const}}));
	return {...timeline, events: [...added, ...timeline.events]};
}

describe('replaceTimeline', () => {
	it('keeps the selected event by id when events are added before it, at the same height in the list', () => {
		const state = press(open(timeline, 80, 24), 'j', 'j', 'j', 'j', 'j', 'j');
		const id = state.shown.events[state.selected]!.id;
		const rowOnScreen = indexTimeline(state.shown).rowOfEvent[state.selected]! - state.listTop;
		const next = act(state, {type: 'replaceTimeline', timeline: withEarlierEvents(3)});
		expect(next.shown.events[next.selected]!.id).toBe(id);
		expect(next.selected).toBe(state.selected + 3);
		expect(indexTimeline(next.shown).rowOfEvent[next.selected]! - next.listTop).toBe(rowOnScreen);
	});

	it('keeps the article scrolled to the same passage of the same event', () => {
		const state = press(open(timeline, 80, 24), 'j', 'j', 'tab', 'G', 'k', 'k', 'k', 'k');
		const scrolled = state.articleTop;
		// Scrolled away from the citation, so staying there is not just opening at the citation again.
		expect(scrolled).not.toBe(citationTop(state));
		const copy: Timeline = structuredClone(timeline);
		const next = act(state, {type: 'replaceTimeline', timeline: copy});
		expect(next.shown).toBe(copy);
		expect(next.selected).toBe(state.selected);
		expect(next.articleTop).toBe(scrolled);
		expect(next.focus).toBe('article');
	});

	it('selects the event at the same index when the selected one is gone, within range', () => {
		const state = press(open(timeline), 'G');
		const fewer: Timeline = {...timeline, events: timeline.events.slice(0, 5)};
		const next = act(state, {type: 'replaceTimeline', timeline: fewer});
		expect(next.selected).toBe(4);
		expect(next.listTop).toBeLessThanOrEqual(next.selected);
	});

	it('without a timeline keeps the version shown and sets the status line; a later version clears it', () => {
		const state = press(open(timeline), 'j');
		const problem = {kind: 'error' as const, text: 'story.json:3:9: error: invalid JSON: expected a value (syntax)'};
		const invalid = act(state, {type: 'replaceTimeline', status: problem});
		expect(invalid.shown).toBe(state.shown);
		expect(invalid.selected).toBe(state.selected);
		expect(invalid.status).toEqual(problem);
		const fixed = act(invalid, {type: 'replaceTimeline', timeline: structuredClone(timeline), status: undefined});
		expect(fixed.status).toBeUndefined();
		expect(fixed.selected).toBe(state.selected);
	});

	it('drops search results of the old version but keeps the query, and maps where Esc returns by id', () => {
		let state = press(open(timeline), 'j', 'j', '/', 'm', 'a');
		state = act(state, {type: 'searchResults', query: 'ma', total: 1, from: 0, results: []});
		const next = act(state, {type: 'replaceTimeline', timeline: withEarlierEvents(2)});
		expect(next.mode).toBe('search');
		expect(next.search.query).toBe('ma');
		expect(next.search.answer).toBeUndefined();
		expect(next.search.before?.selected).toBe(4);
	});

	it('keeps a prompt and its replies on the status line while more of the file is read', () => {
		const part = (count: number, progress: string) => ({type: 'replaceTimeline' as const, timeline: {...timeline, events: timeline.events.slice(0, count)}, progress});
		let state = act(open(timeline), part(3, 'reading events 20%'));
		state = press(state, 't', 'x');
		state = act(state, part(6, 'reading events 40%'), {type: 'replaceTimeline', progress: 'reading events 60%'});
		expect(state.mode).toBe('date');
		expect(state.status?.text).toMatch(/^Go to date: x▏/);
		state = act(press(state, 'return'), part(9, 'reading events 80%'));
		expect(state.status?.text).toMatch(/Not a date: "x"/);
		state = act(press(state, 'escape', 'm', 'a'), part(12, 'reading articles…'));
		expect(state.status?.text).toBe("Marked 'a");
		// A status given with the new version (a problem, or none) is the one shown.
		expect(act(state, {type: 'replaceTimeline', timeline, status: undefined}).status).toBeUndefined();
	});

	it('shows progress in place of the counts until it is done', () => {
		const loading = act(open(timeline), {type: 'replaceTimeline', timeline: {...timeline, events: timeline.events.slice(0, 3)}, progress: 'reading 40%'});
		expect(loading.progress).toBe('reading 40%');
		const done = act(loading, {type: 'replaceTimeline', timeline});
		expect(done.progress).toBeUndefined();
	});
});
