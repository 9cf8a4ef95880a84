/**
 * Every binding in the key table does something a reader would notice in some state of its mode:
 * a key bound to an action no reducer handles, or handled by the wrong mode, fails here.
 */
import {describe, expect, it} from 'vitest';
import {keymap} from '../../source/state/keys.js';
import {contextOf, type State} from '../../source/state/state.js';
import {matchesFor} from '../../source/state/matches.js';
import type {SearchResult} from '../../source/core/search/results.js';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {makeTimeline} from '../helpers/explorer-fixture.js';
import {act, open, press} from '../helpers/explorer-state.js';

const fixture = makeTimeline({events: 60, paragraphs: 30});
const {timeline: story} = loadTimeline();
const results: SearchResult[] = Array.from({length: 30}, (_, index) => ({kind: 'event', eventIndex: index, field: 'headline', text: 'x', score: 0, ranges: []}));

const browsing = press(open(fixture, 80, 12), 'j', 'j', 'j');
const reading = press(browsing, 'return', 'space', 'space');
const searching = press(act(press(browsing, '/', 'x'), {type: 'searchResults', query: 'x', total: results.length, from: 0, results}), 'down');
const comparing = press(open(story, 80, 12), 'd', 'space');

// `/` reopens the query selected: End keeps it, so the line typed is `xx`.
const withHistory = act(press(searching, 'return', '/', 'end', 'x'), {type: 'searchResults', query: 'xx', total: results.length, from: 0, results});

/** States in every mode, some scrolled into the middle so that keys in both directions move. */
const scenes: State[] = [
	browsing,
	reading,
	{...reading, matches: matchesFor(reading, 'program')},
	press(browsing, '?', 'space'),
	press(browsing, 's', 'space'),
	searching,
	comparing,
	press(comparing, 'p', 'j'),
	press(browsing, 'f', 'j'),
	press(browsing, 'f', 'space', 'return'),
	// Narrowing the facet list: a few values left, the second one picked.
	press(browsing, 'f', '/', 'a', 'down'),
	press(browsing, 't', '2'),
	press(browsing, 'm'),
	press(browsing, 'G', 'ctrl+o'),
	// Searching with a history: on the typed line, and one step back in it.
	withHistory,
	press(withHistory, 'ctrl+p'),
];

describe('the key table', () => {
	for (const binding of keymap) {
		for (const key of binding.keys) {
			it(`${key} (${binding.help}) changes something in ${binding.context}`, () => {
				const where = scenes.filter(scene => binding.context === 'global' || contextOf(scene) === binding.context);
				expect(where.length, `no test state in ${binding.context}`).toBeGreaterThan(0);
				expect(where.some(scene => press(scene, key) !== scene)).toBe(true);
			});
		}
	}
});
