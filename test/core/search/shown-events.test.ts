/**
 * Which event a search result in an article opens (ShownEvents): the first event showing that
 * article citing that very paragraph, else the first showing the article, else none; an event
 * shows the article its first citation names.
 */
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {ShownEvents} from '../../../source/core/search/corpus.js';
import type {TimelineEvent} from '../../../source/core/model/schema.js';
import {fcParameters} from '../../hardening/support.js';

type Cite = {source: string; paragraph: number};

/** The rule, read from each event in turn. */
function expected(events: ReadonlyArray<{citations: Cite[]}>, source: string, paragraph: number): number {
	const shows = (event: {citations: Cite[]}) => event.citations[0]?.source === source;
	const citing = events.findIndex(event => shows(event) && event.citations.some(cite => cite.source === source && cite.paragraph === paragraph));
	return citing === -1 ? events.findIndex(shows) : citing;
}

describe('the event a passage of an article opens', () => {
	it('is the first showing the article that cites the paragraph, else the first showing it, else none', () => {
		const ids = ['a', 'b', 'c', 'd', 'e'];
		const cite = fc.record({source: fc.constantFrom(...ids, 'unknown'), paragraph: fc.integer({min: 1, max: 5})});
		const input = fc.record({
			events: fc.array(fc.record({citations: fc.array(cite, {maxLength: 4})}), {maxLength: 25}),
			// The articles, some never cited, each with a few paragraphs; passages of another document kind may come first.
			sources: fc.uniqueArray(fc.constantFrom(...ids), {minLength: 1}),
			paragraphCounts: fc.array(fc.integer({min: 1, max: 6}), {minLength: 5, maxLength: 5}),
			before: fc.nat(3),
		});
		fc.assert(
			fc.property(input, ({events, sources: sourceIds, paragraphCounts, before}) => {
				const passages: Array<[number, number]> = sourceIds.flatMap((_, place) => Array.from({length: paragraphCounts[place]!}, (__, i): [number, number] => [place, i + 1]));
				const count = before + passages.length;
				const frame = {sources: new Int32Array(count), paragraphs: new Uint32Array(count), events: new Int32Array(count).fill(-7)};
				for (const [k, [place, paragraph]] of passages.entries()) {
					frame.sources[before + k] = place;
					frame.paragraphs[before + k] = paragraph;
				}
				new ShownEvents(events as unknown as TimelineEvent[]).fill(sourceIds, frame, before, count);
				expect([...frame.events.subarray(0, before)]).toEqual(Array.from({length: before}, () => -7));
				expect([...frame.events.subarray(before)]).toEqual(passages.map(([place, paragraph]) => expected(events, sourceIds[place]!, paragraph)));
			}),
			fcParameters(300),
		);
	});
});
