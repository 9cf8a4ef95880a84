import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {bestIn, scanCorpus} from '../../../source/core/search/scan.js';
import type {TermType} from '../../../source/core/search/query.js';

/** A corpus string as corpus.ts builds it: documents each followed by `\0`, lines joined by `\n`. */
function corpusOf(documents: string[]): {text: string; starts: Uint32Array} {
	const starts = new Uint32Array(documents.length + 1);
	for (const [i, doc] of documents.entries()) starts[i + 1] = starts[i]! + doc.length + 1;
	return {text: `${documents.join('\0')}\0`, starts};
}

function scanned(documents: string[], needle: string, type: TermType): Map<number, number> {
	const {text, starts} = corpusOf(documents);
	const found = new Map<number, number>();
	scanCorpus(text, starts, needle, type, (doc, grade) => found.set(doc, Math.min(grade, found.get(doc) ?? 1)));
	return found;
}

describe('scanCorpus', () => {
	it('honours ^ and $ at document and line edges, the first and last documents too', () => {
		const documents = ['mass state', 'the mass\nmass', 'amass', 'state mass'];
		expect([...scanned(documents, 'mass', 'prefix').keys()].sort()).toEqual([0, 1]);
		expect([...scanned(documents, 'mass', 'suffix').keys()].sort()).toEqual([1, 2, 3]);
		expect([...scanned(documents, 'mass', 'equal').keys()].sort()).toEqual([1]);
		expect([...scanned(documents, 'mass', 'exact').keys()].sort()).toEqual([0, 1, 2, 3]);
	});

	it('finds what checking each document on its own finds, graded at least as well', () => {
		const alphabet = fc.constantFrom('a', 'b', ' ', '\n');
		const doc = fc.array(alphabet, {maxLength: 12}).map(chars => chars.join(''));
		const needle = fc.array(fc.constantFrom('a', 'b', ' '), {minLength: 1, maxLength: 3}).map(chars => chars.join(''));
		fc.assert(
			fc.property(fc.array(doc, {minLength: 1, maxLength: 6}), needle, fc.constantFrom<TermType>('exact', 'prefix', 'suffix', 'equal'), (documents, text, type) => {
				const expected = new Map<number, number>();
				for (const [i, content] of documents.entries()) {
					const grade = bestIn(content, text, type, 0, content.length);
					if (grade >= 0) expected.set(i, grade);
				}
				const found = scanned(documents, text, type);
				expect([...found.keys()].sort()).toEqual([...expected.keys()].sort());
				// Grading looks at the first few occurrences; scanning from each separator may see a better one, never a worse.
				for (const [doc, grade] of expected) expect(found.get(doc)).toBeLessThanOrEqual(grade);
			}),
			{numRuns: 300},
		);
	});
});
