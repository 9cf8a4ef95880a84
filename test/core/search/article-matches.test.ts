import {describe, expect, it} from 'vitest';
import {articleMatches} from '../../../source/core/search/article-matches.js';
import {label, searchAll, timeline, engineFor} from './fixture.js';

const paragraphs = ['The State police will join.', 'Police chiefs disagree with the state.', 'Nothing here.', 'A zeppelin and the polise.'];
const shown = (query: string) => articleMatches(query, paragraphs).map(({paragraph, start, end}) => `${paragraph}:${paragraphs[paragraph]!.slice(start, end)}`);

describe('articleMatches', () => {
	it('marks every term in every paragraph, in reading order, even where the whole query does not match', () => {
		expect(shown('state police')).toEqual(['0:State', '0:police', '1:Police', '1:state', '3:poli', '3:e']);
		// The typo's matched letters only: "polise" for police.
	});

	it('follows the operators: exact, anchors, case, and no marks for ! terms', () => {
		expect(shown("'police")).toEqual(['0:police', '1:Police']);
		expect(shown('^police')).toEqual(['1:Police']);
		expect(shown('State')).toEqual(['0:State']);
		expect(shown('zeppelin !nothing')).toEqual(['3:zeppelin']);
		expect(shown('')).toEqual([]);
	});
});

describe('passages reached through events', () => {
	it('a passage opens through an event whose article pane shows its source', () => {
		const [zeppelin] = searchAll('zeppelin');
		expect(label(zeppelin!)).toBe('long-article#61');
		expect(timeline.events[zeppelin!.eventIndex!]?.id).toBe('letter');
		// An event whose first citation is another source shows that one instead: it is not the way in.
		const other = {
			...timeline,
			events: timeline.events.map(event => (event.id === 'letter' ? {...event, citations: [{source: 'short-article', paragraph: 1, quote: 'State police'}, ...event.citations]} : event)),
		};
		const [again] = searchAll('zeppelin', engineFor(other));
		expect(again?.eventIndex).toBeUndefined();
	});
});
