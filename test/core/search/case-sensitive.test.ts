/**
 * Smart case: a term with a capital (or an accent) matches only text written that way. The engine
 * finds such a term in the folded text and checks its case against what folding changed; these
 * tests hold it to the plain reading of the text as written: each document's text, searched as is.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {CaseCheck, caseIndexSteps, foldWithMap, type CaseIndex, type CaseMap} from '../../../source/core/search/case-map.js';
import {corpusOfTexts, type Corpus} from '../../../source/core/search/corpus.js';
import {SearchEngine} from '../../../source/core/search/engine.js';
import {parseQuery} from '../../../source/core/search/query.js';
import {materialize} from '../../../source/core/search/results.js';
import {bestIn} from '../../../source/core/search/scan.js';

const words = ['ICE', 'Ice', 'ice', 'IcE', 'police', 'POLICE', 'Mass', 'MASS', 'mass', 'aMass', 'Résumé', 'RÉSUMÉ', 'resume', 'I', 'i', 'İstanbul', 'Ω', 'ω', 'x'];
const separators = [' ', ' ', '\n', ', ', '-'];
/** Terms with a capital or an accent, each with every operator a case-sensitive term can have (none long enough to allow typos). */
const terms = ['ICE', 'Ice', 'I', 'IC', 'Ma', 'MASS', 'Mass', 'Ré', 'RÉ', 'É', 'İ', 'Ω', 'POL'].flatMap(text => [text, `'${text}`, `^${text}`, `${text}$`, `^${text}$`, `'${text}sum`]);

/** A document: words and separators. */
const documentText = fc
	.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), {minLength: 1, maxLength: 12})
	.map(pairs => pairs.map(([word, separator]) => word + separator).join(''));

/** A corpus of `texts` whose first `events` documents are events (their first line the headline). */
function corpusOf(texts: string[], events: number): Corpus {
	const corpus = corpusOfTexts(texts);
	return {...corpus, eventCount: events, events: Int32Array.from(texts, (_, i) => (i < events ? i : -1))};
}

/** The reference: a document's grade for a term, read from its text as written (-1 when it does not match). */
function referenceGrade(text: string, query: string): number {
	const term = parseQuery(query).groups[0]![0]!;
	return bestIn(text, term.text, term.type, 0, text.length);
}

describe('case-sensitive terms', () => {
	it('match and grade each document as its text as written does, by a scan or document by document, with or without the indexes', () => {
		fc.assert(
			fc.property(fc.array(documentText, {minLength: 1, maxLength: 14}), fc.nat(), fc.constantFrom(...terms), (texts, events, query) => {
				const corpus = corpusOf(texts, events % (texts.length + 1));
				// A scan keeps its grades as 32-bit floats.
				const expected = texts.map(text => Math.fround(referenceGrade(text, query)));
				for (const index of ['steps', 'eager'] as const) {
					for (const scan of [false, true]) {
						const engine = new SearchEngine(corpus, {index});
						const matcher = engine.compile(query).matchers[0]![0]!;
						if (scan) matcher.scanAll();
						expect(texts.map((_, doc) => Math.fround(matcher.test(doc)))).toEqual(expected);
						// Events rank higher when their headline has the term: the check reads the headline as written too.
						const headlines = engine.compile(query).matchers[0]![0]!;
						for (let doc = 0; doc < corpus.eventCount; doc++) {
							const start = corpus.starts[doc]!;
							const headline = texts[doc]!.split('\n')[0]!;
							expect(headlines.occursIn(start, start + headline.length)).toBe(headline.includes(parseQuery(query).groups[0]![0]!.text));
						}
					}
				}
			}),
			{numRuns: 200},
		);
	});

	it('find exactly the documents with the term in that case, the same before and after the indexes are built, ranked the same typed or searched afresh', () => {
		fc.assert(
			fc.property(fc.array(documentText, {minLength: 1, maxLength: 14}), fc.nat(), fc.constantFrom(...terms), (texts, events, query) => {
				const corpus = corpusOf(texts, events % (texts.length + 1));
				const scanning = new SearchEngine(corpus, {index: 'steps'});
				const indexed = new SearchEngine(corpus);
				const typed = new SearchEngine(corpus);
				for (let i = 1; i < query.length; i++) typed.search(query.slice(0, i));
				const results = (engine: SearchEngine) => {
					const ranking = engine.search(query)!;
					const {docs, scores} = ranking.slice(0, ranking.total);
					return {docs: Array.from(docs), scores: Array.from(scores), results: materialize(engine, ranking, 0, ranking.total)};
				};
				const expected = texts.flatMap((text, doc) => (referenceGrade(text, query) >= 0 ? [doc] : []));
				// Before the word index counts words, a document's length is estimated from its characters: scores differ, not what matched.
				const byDoc = (engine: SearchEngine) => {
					const {docs, results: found} = results(engine);
					return docs.map((doc, i) => ({doc, text: found[i]!.text, ranges: found[i]!.ranges})).sort((a, b) => a.doc - b.doc);
				};
				expect(byDoc(scanning).map(({doc}) => doc)).toEqual(expected);
				expect(byDoc(indexed)).toEqual(byDoc(scanning));
				expect(results(typed).results).toEqual(results(indexed).results);
			}),
			{numRuns: 200},
		);
	});

	it('tell ICE from Ice and ice, and highlight only the occurrences in that case', () => {
		const corpus = corpusOf(['ICE agents and the ice rink', 'Ice storms', 'police and ICE', 'no match here'], 0);
		const engine = new SearchEngine(corpus);
		const found = (query: string) =>
			materialize(engine, engine.search(query)!, 0, 10)
				.map(result => [result.text, result.ranges])
				.sort();
		expect(found('ICE')).toEqual([
			['ICE agents and the ice rink', [[0, 3]]],
			['police and ICE', [[11, 14]]],
		]);
		expect(found('Ice')).toEqual([['Ice storms', [[0, 3]]]]);
		expect(found('IC')).toHaveLength(2);
		expect(found('ice')).toHaveLength(3);
	});
});

describe('a case-sensitive term between two places (what ranks an event whose headline has it first)', () => {
	const caseIndex = (map: CaseMap): CaseIndex => {
		const steps = caseIndexSteps(map, 4);
		for (let next = steps.next(); ; next = steps.next()) if (next.done === true) return next.value;
	};

	it('is found as the text as written has it, with or without the case index, ranges asked in order or not', () => {
		fc.assert(
			fc.property(
				fc.array(documentText, {minLength: 1, maxLength: 8}),
				fc.constantFrom('ICE', 'Ice', 'I', 'IC', 'Ma', 'MASS', 'Ré', 'É', 'İ', 'Ω', 'POL', 'ice'),
				fc.array(fc.tuple(fc.nat(), fc.nat(40)), {maxLength: 12}),
				(texts, term, asked) => {
					const text = texts.join('\n');
					const {folded, changed} = foldWithMap(text);
					const ranges = asked.map(([from, length]) => [from % (text.length + 1), Math.min(text.length, (from % (text.length + 1)) + length)] as const);
					const ascending = [...ranges].sort((a, b) => a[0] - b[0]);
					for (const index of [undefined, caseIndex(changed)]) {
						for (const order of [ascending, ranges]) {
							const check = new CaseCheck(changed, term, index);
							for (const [from, to] of order) expect(check.occursBetween(folded, from, to)).toBe(text.slice(from, to).includes(term));
						}
					}
				},
			),
		);
	});
});
