import {describe, expect, it} from 'vitest';
import {maxScoredPairs, pairParagraphs, pairingThreshold, paragraphSimilarity, wordSet} from '../../../source/core/compare/paragraphs.js';
import {bundled} from './fixtures.js';

const [older, newer] = bundled.timeline.sources;

describe('paragraphSimilarity', () => {
	it('is the share of content words two paragraphs have in common, plurals folded, function words ignored', () => {
		expect(paragraphSimilarity(wordSet('The police check immigrants.'), wordSet('Police checked the immigrant.'))).toBeCloseTo(2 / 4);
		expect(paragraphSimilarity(wordSet('It is the one.'), wordSet('Of the and to.'))).toBe(0);
		expect(paragraphSimilarity(wordSet('Same words here.'), wordSet('Same words here.'))).toBe(1);
	});
});

describe('pairParagraphs', () => {
	it('pairs the bundled articles where they tell the same thing: opening, the statement and the letter, advocates, air date', () => {
		const pairs = pairParagraphs(older!.paragraphs, newer!.paragraphs).filter(row => row.before !== undefined && row.after !== undefined);
		// Paragraph numbers from 1: 1↔1 and 2↔2 (what the state decided), 4↔12 (immigrant advocacy groups
		// on discouraging immigrants), 13↔15 ("This program aired on …").
		expect(pairs.map(row => [row.before! + 1, row.after! + 1])).toEqual([
			[1, 1],
			[2, 2],
			[4, 12],
			[13, 15],
		]);
		for (const row of pairs) expect(row.similarity).toBeGreaterThanOrEqual(pairingThreshold);
	});

	it('lists every paragraph of both articles exactly once, in reading order on each side', () => {
		const rows = pairParagraphs(older!.paragraphs, newer!.paragraphs);
		const before = rows.flatMap(row => (row.before === undefined ? [] : [row.before]));
		const after = rows.flatMap(row => (row.after === undefined ? [] : [row.after]));
		expect(before).toEqual(older!.paragraphs.map((_, index) => index));
		expect(after).toEqual(newer!.paragraphs.map((_, index) => index));
	});

	it('keeps the closer of two crossing pairs, and puts unpaired paragraphs between pairs, earlier article first', () => {
		const before = ['Alpha beta gamma delta.', 'Police arrest immigrants downtown.', 'Weather report sunny.'];
		const after = ['Police arrest immigrants downtown today.', 'Alpha beta gamma epsilon.', 'Sports scores tonight.'];
		// before 0 ↔ after 1 (3 of 5 words) and before 1 ↔ after 0 (4 of 5) cross: the closer one stays.
		expect(pairParagraphs(before, after)).toEqual([
			{before: 0, similarity: 0},
			{before: 1, after: 0, similarity: 0.8},
			{before: 2, similarity: 0},
			{after: 1, similarity: 0},
			{after: 2, similarity: 0},
		]);
	});

	it('pairs nothing when nothing is alike, and handles empty articles', () => {
		expect(pairParagraphs(['Red green.'], ['Blue yellow.'])).toEqual([
			{before: 0, similarity: 0},
			{after: 0, similarity: 0},
		]);
		expect(pairParagraphs([], ['One.'])).toEqual([{after: 0, similarity: 0}]);
		expect(pairParagraphs([], [])).toEqual([]);
	});

	it('pairs only identical paragraphs in articles too long to score every pair', () => {
		const count = Math.ceil(Math.sqrt(maxScoredPairs)) + 1;
		const before = Array.from({length: count}, (_, index) => `Paragraph ${index} of the first article.`);
		const after = before.map((text, index) => (index % 2 === 0 ? text : `${text} Changed.`));
		const pairs = pairParagraphs(before, after).filter(row => row.before !== undefined && row.after !== undefined);
		expect(pairs).toHaveLength(Math.ceil(count / 2));
		expect(pairs.every(row => row.before === row.after && row.before! % 2 === 0)).toBe(true);
	});
});
