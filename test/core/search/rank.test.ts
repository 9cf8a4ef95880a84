import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {Ranking} from '../../../source/core/search/rank.js';
import {materialize} from '../../../source/core/search/results.js';
import {engineFor, searchAll} from './fixture.js';

/** The order results are expected in: by score bucket (1/4096), then document order. */
function referenceOrder(docs: number[], scores: number[]): number[] {
	const bucket = (score: number) => Math.min(4095, Math.floor(Math.fround(score) * 4096));
	return docs.map((_, i) => i).sort((a, b) => bucket(scores[a]!) - bucket(scores[b]!) || a - b);
}

const rankingOf = (docs: number[], scores: number[]) => new Ranking({groups: []} as never, [], Uint32Array.from(docs), Float32Array.from(scores));

/** Scores from a number: few distinct ones (sharing buckets), ones on the edges of buckets (up to 1), or spread out. */
const scoreKinds = {
	few: (value: number) => value / 50,
	edges: (value: number) => ((value * 37) % 4097) / 4096,
	spread: (value: number) => Math.sin(value * 7919 + 1) ** 2,
};

/** Matches in document order, with their scores. */
const matches = fc
	.tuple(fc.array(fc.nat(4096), {maxLength: 600}), fc.constantFrom(...Object.values(scoreKinds)))
	.map(([raw, kind]) => ({docs: raw.map((_, i) => i * 3 + 1), scores: raw.map(value => Math.fround(kind(value)))}));

describe('ranking', () => {
	it('orders every match best first, ties in document order, however the pages are asked', () => {
		fc.assert(
			fc.property(matches, fc.array(fc.tuple(fc.nat(700), fc.nat(200)), {maxLength: 8}), ({docs, scores}, pages) => {
				const order = referenceOrder(docs, scores);
				const ranking = rankingOf(docs, scores);
				expect(ranking.total).toBe(docs.length);
				for (const [from, length] of pages) {
					const page = ranking.slice(from, from + length);
					const expected = order.slice(from, from + length);
					expect(Array.from(page.docs)).toEqual(expected.map(i => docs[i]));
					expect(Array.from(page.scores)).toEqual(expected.map(i => Math.fround(scores[i]!)));
				}
				expect(Array.from(ranking.slice(0, docs.length).docs)).toEqual(order.map(i => docs[i]));
			}),
		);
	});

	it('gives nothing past the last match, and nothing for an empty range', () => {
		const ranking = rankingOf([2, 5, 9], [0.5, 0.1, 0.5]);
		expect(Array.from(ranking.slice(2, 10).docs)).toEqual([9]);
		expect(Array.from(ranking.slice(5, 10).docs)).toEqual([]);
		expect(Array.from(ranking.slice(1, 1).docs)).toEqual([]);
		expect(Array.from(ranking.slice(0, 3).docs)).toEqual([5, 2, 9]);
	});

	it('later pages of a search continue its first page, and the total counts every match', () => {
		const engine = engineFor();
		const all = searchAll('the', engine);
		const ranking = engine.search('the')!;
		expect(ranking.total).toBe(all.length);
		expect(all.length).toBeGreaterThan(6);
		// Asked as a reader scrolls, and then back up.
		const pages = [materialize(engine, ranking, 0, 2), materialize(engine, ranking, 2, 5), materialize(engine, ranking, 5, all.length)];
		expect(pages.flat()).toEqual(all);
		expect(materialize(engine, ranking, 1, 3)).toEqual(all.slice(1, 3));
	});
});
