import {describe, expect, it} from 'vitest';
import {update} from '../../source/state/update.js';
import type {State} from '../../source/state/state.js';
import {searchHistory} from '../../source/modes/search.js';
import {buildCorpus} from '../../source/core/search/corpus.js';
import {SearchEngine} from '../../source/core/search/engine.js';
import {materialize} from '../../source/core/search/results.js';
import {makeTimeline} from '../helpers/explorer-fixture.js';
import {act, open, press} from '../helpers/explorer-state.js';

const timeline = makeTimeline({events: 60, paragraphs: 30});
const engine = new SearchEngine(buildCorpus(timeline));
const type = (state: State, text: string) => press(state, ...[...text].map(char => (char === ' ' ? 'space' : char)));

/** What the search worker would answer for the query on the line. */
function answer(state: State): State {
	const ranking = engine.search(state.search.query)!;
	return update(state, {type: 'searchResults', query: state.search.query, total: ranking.total, from: 0, results: materialize(engine, ranking, 0, 200)});
}

/** Searches for `query` and opens its first result: the query joins the history. */
const searchAndOpen = (state: State, query: string) => press(answer(type(press(press(state, '/'), 'ctrl+u'), query)), 'return');

describe('the search history', () => {
	it('keeps each query opened with Enter, newest first, once each', () => {
		let state = open(timeline, 100, 30);
		for (const query of ['event 1', 'headline', 'event 1']) state = searchAndOpen(state, query);
		expect(searchHistory(state).queries).toEqual(['event 1', 'headline']);
		// Esc keeps nothing.
		expect(searchHistory(press(type(press(state, '/', 'ctrl+u'), 'summary'), 'escape')).queries).toEqual(['event 1', 'headline']);
	});

	it('Ctrl-P recalls older queries and Ctrl-N newer ones, back to the line as typed', () => {
		const state = press(type(press(searchAndOpen(searchAndOpen(open(timeline, 100, 30), 'headline'), 'event 1'), '/', 'ctrl+u'), 'quo'));
		const older = press(state, 'ctrl+p');
		expect(older.search.query).toBe('event 1');
		expect(press(older, 'ctrl+p').search.query).toBe('headline');
		expect(press(older, 'ctrl+p', 'ctrl+p').search.query).toBe('headline');
		expect(press(older, 'ctrl+p', 'ctrl+n').search.query).toBe('event 1');
		expect(press(older, 'ctrl+n').search.query).toBe('quo');
	});

	it('↑ on the first result (or with none) recalls the previous query; elsewhere it picks the result above', () => {
		const base = searchAndOpen(open(timeline, 100, 30), 'headline');
		const searching = answer(type(press(base, '/', 'ctrl+u'), 'event'));
		expect(press(searching, 'down', 'up').search.query).toBe('event');
		expect(press(searching, 'down', 'up').search.picked).toBe(0);
		expect(press(searching, 'up').search.query).toBe('headline');
		// Typing after a recall edits the recalled line and leaves the walk.
		const edited = type(press(searching, 'up'), 's');
		expect(edited.search.query).toBe('headlines');
		expect(searchHistory(edited).position).toBe(-1);
	});

	it('/ reopens with the last query selected: typing replaces it, ← → End keep it to edit', () => {
		const base = press(searchAndOpen(open(timeline, 100, 30), 'headline'), '/');
		expect(base.search).toMatchObject({query: 'headline', selected: true});
		expect(type(base, 'quinn').search.query).toBe('quinn');
		expect(type(press(base, 'end'), 'x').search.query).toBe('headlinex');
		expect(type(press(base, 'right'), 'x').search.query).toBe('headlinex');
		expect(type(press(base, 'left'), 'x').search.query).toBe('xheadline');
		expect(press(base, 'delete').search.query).toBe('');
	});

	it('the first Ctrl-P or ↑ after reopening recalls the query before the one shown', () => {
		const base = press(searchAndOpen(searchAndOpen(open(timeline, 100, 30), 'headline'), 'event 1'), '/');
		expect(base.search.query).toBe('event 1');
		expect(press(base, 'ctrl+p').search.query).toBe('headline');
		expect(press(base, 'up').search.query).toBe('headline');
		expect(press(base, 'ctrl+p', 'ctrl+n').search.query).toBe('event 1');
	});

	it('queries read from the file come after those of this run', () => {
		const state = act(searchAndOpen(open(timeline, 100, 30), 'headline'), {type: 'historyLoaded', queries: ['older one', 'headline']});
		expect(searchHistory(state).queries).toEqual(['headline', 'older one']);
	});
});
