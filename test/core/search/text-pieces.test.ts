/**
 * The corpus's folded text kept in pieces of whole documents, never joined: read through its
 * pieces, it must read as the joined text would, and search must find and rank exactly the same.
 */
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {buildCorpus, corpusOfTexts, type Corpus} from '../../../source/core/search/corpus.js';
import {FoldedText, type FoldedCorpus} from '../../../source/core/search/case-map.js';
import {SearchEngine} from '../../../source/core/search/engine.js';
import {materialize} from '../../../source/core/search/results.js';
import {TextPieces} from '../../../source/core/search/text-pieces.js';
import {bundledPath, parseTimeline} from '../../../source/core/load/load-timeline.js';

/** `corpus` folded in parts of at least `partChars` characters, each a run of whole documents (the last maybe shorter). */
function inPieces({text, ...frame}: Corpus, partChars: number): FoldedCorpus {
	const folded = new FoldedText();
	for (let d = 0, from = 0; d < frame.starts.length - 1; d++) {
		const end = frame.starts[d + 1]!;
		if (end - from >= partChars || d === frame.starts.length - 2) {
			folded.add(text.slice(from, end));
			from = end;
		}
	}
	return {...frame, ...folded.finish()};
}

/** Every result of `query`, in order, with its text and highlights. */
function everything(engine: SearchEngine, query: string): unknown {
	const ranking = engine.search(query);
	return ranking === undefined ? undefined : materialize(engine, ranking, 0, ranking.total);
}

const queries = ['boston', 'Boston', 'bo', '^bo', 'on$', '^boston$', 'ICE', 'I', 'i', 'é', 'ecole', 'École', 'bostn', 'polce', '!boston', 'boston police', 'a | z', 'z', '1', 'ost', '^', '9'];

describe('a folded text in pieces', () => {
	it('reads as the joined text: characters, slices, prefixes and occurrences', () => {
		const documents = fc.array(fc.constantFrom('ab', 'ba', 'é', 'Ω', '\n', ' ', 'abc', 'x'), {maxLength: 6}).map(parts => `${parts.join('')}\0`);
		fc.assert(
			fc.property(
				fc.array(fc.array(documents, {minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 5}),
				fc.constantFrom('a', 'ab', 'b\n', '\nx', 'é', 'abc', 'zz'),
				fc.nat(),
				fc.nat(),
				(pieces, search, a, b) => {
					const text = new TextPieces(pieces.map(docs => docs.join('')));
					const whole = pieces.flat().join('');
					expect(text.length).toBe(whole.length);
					const start = a % (whole.length + 1);
					const end = start + (b % (whole.length - start + 1));
					expect(text.slice(start, end)).toBe(whole.slice(start, end));
					expect(text.charCodeAt(start)).toEqual(whole.charCodeAt(start));
					expect(text.startsWith(search, start)).toBe(whole.startsWith(search, start));
					// A search without a document's end is never across two pieces: found as in the joined text.
					expect(text.indexOf(search, start)).toBe(whole.indexOf(search, start));
				},
			),
			{numRuns: 500},
		);
	});

	it('finds and ranks what the joined text finds, with the same highlights, before and after the index is built', () => {
		const documentText = fc
			.array(fc.constantFrom('Boston', 'boston', 'police', 'ICE', 'I', 'École', 'ecole', 'a', 'z', '1', '9', ' ', ' ', '\n', ', '), {minLength: 1, maxLength: 10})
			.map(parts => parts.join(''));
		fc.assert(
			fc.property(fc.array(documentText, {minLength: 1, maxLength: 14}), fc.integer({min: 1, max: 60}), fc.constantFrom(...queries), (texts, pieceChars, query) => {
				const corpus = corpusOfTexts(texts);
				for (const index of ['steps', 'eager'] as const) {
					expect(everything(new SearchEngine(inPieces(corpus, pieceChars), {index}), query)).toEqual(everything(new SearchEngine(corpus, {index}), query));
				}
			}),
			{numRuns: 150},
		);
	});

	it('finds and ranks the bundled story’s events and passages as the joined text does', () => {
		const {timeline} = parseTimeline(readFileSync(bundledPath(), 'utf8'), 'story.json');
		const corpus = buildCorpus(timeline);
		const pieced = new SearchEngine(inPieces(corpus, 300));
		const joined = new SearchEngine(corpus);
		expect(pieced.data.folded.pieces.length).toBeGreaterThan(10);
		for (const query of [...queries, 'secure communities', 'patrick', 'Patrick', '^the', 'deval', 'actor:patrick', 'ice detainers', '2010', 'immigrat', 'sherif']) {
			expect(everything(pieced, query), query).toEqual(everything(joined, query));
		}
	});
});
