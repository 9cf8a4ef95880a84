/**
 * A one-character query (the first key typed) matches most documents. Once the word index is
 * built it is answered from where each character first occurs in each document, noted while
 * indexing; these tests hold that to reading each document's text.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {corpusOfTexts} from '../../../source/core/search/corpus.js';
import {SearchEngine} from '../../../source/core/search/engine.js';
import {fold} from '../../../source/core/search/fold.js';
import {parseQuery} from '../../../source/core/search/query.js';
import {materialize} from '../../../source/core/search/results.js';
import {bestIn} from '../../../source/core/search/scan.js';

const pieces = ['a', 'b', 'ab', 'ba', 'abc', 'z', '1', '12', 'é', 'Élan', 'Ωa', 'x9', ' ', ' ', '\n', '-', ', '];
const queries = ['a', 'b', 'c', 'z', 'e', '1', '2', '9', '-', "'a", "'1", '!a', 'b !a', 'a b', 'a | z', 'é'];
const documentText = fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 16}).map(parts => parts.join(''));

describe('one-character queries', () => {
	it('grade each document by the first occurrence in its text, with the index as without it', () => {
		fc.assert(
			fc.property(fc.array(documentText, {minLength: 1, maxLength: 12}), fc.constantFrom(...queries), (texts, query) => {
				const corpus = corpusOfTexts(texts);
				const term = parseQuery(query).groups[0]![0]!;
				// A scan keeps its grades as 32-bit floats, as the index does.
				const expected = texts.map(text => Math.fround(bestIn(fold(text), term.text, term.type, 0, text.length)));
				for (const index of ['steps', 'eager'] as const) {
					const matcher = new SearchEngine(corpus, {index}).compile(query).matchers[0]![0]!;
					matcher.scanAll();
					const grades = texts.map((_, doc) => Math.fround(matcher.test(doc)));
					expect(grades).toEqual(term.inverse ? expected.map(grade => (grade < 0 ? Math.fround(0.2) : -1)) : expected);
				}
			}),
			{numRuns: 300},
		);
	});

	it('find the same documents, with the same highlights, before and after the index is built', () => {
		fc.assert(
			fc.property(fc.array(documentText, {minLength: 1, maxLength: 12}), fc.constantFrom(...queries), (texts, query) => {
				const corpus = corpusOfTexts(texts);
				const found = (engine: SearchEngine) => {
					const ranking = engine.search(query)!;
					return materialize(engine, ranking, 0, ranking.total)
						.map(result => ({paragraph: result.paragraph, ranges: result.ranges}))
						.sort((a, b) => a.paragraph! - b.paragraph!);
				};
				expect(found(new SearchEngine(corpus))).toEqual(found(new SearchEngine(corpus, {index: 'steps'})));
			}),
			{numRuns: 200},
		);
	});
});
