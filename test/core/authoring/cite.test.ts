import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import type {Citation, Timeline} from '../../../source/core/model/schema.js';
import {findCitations, nearestPassages} from '../../../source/core/authoring/cite.js';
import {fold} from '../../../source/core/authoring/match.js';

const bundled = JSON.parse(readFileSync(new URL('../../../data/secure-communities.json', import.meta.url), 'utf8')) as Timeline;
const citations: Citation[] = [...bundled.events.flatMap(event => event.citations ?? []), ...(bundled.statements ?? []).flatMap(statement => statement.claims.flatMap(claim => claim.citations))];

/** The quote as someone might type it: curly quotes for straight ones (and back), spaces doubled or made line breaks, case swapped. */
function retyped(quote: string): string {
	return quote
		.replace(/"/g, '\u201c')
		.replace(/'/g, '\u2019')
		.replace(/ /g, (_, index: number) => (index % 3 === 0 ? '  ' : index % 3 === 1 ? '\n' : ' '))
		.replace(/[a-z]/gi, char => (char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase()));
}

describe('cite', () => {
	it('finds every bundled citation from a re-spaced, re-cased, curly-quoted form of its quote, with the exact article text', () => {
		expect(citations.length).toBeGreaterThan(20);
		for (const citation of citations) {
			const typed = retyped(citation.quote);
			expect(typed).not.toBe(citation.quote);
			expect(findCitations(bundled.sources ?? [], typed)).toContainEqual(citation);
		}
	});

	it('lists every match, exact ones first', () => {
		const found = findCitations(bundled.sources ?? [], 'secure communities');
		expect(found.length).toBeGreaterThan(3);
		expect(found[0]!.quote).toBe('Secure Communities');
		for (const citation of found) expect(bundled.sources?.find(source => source.id === citation.source)?.paragraphs[citation.paragraph - 1]).toContain(citation.quote);
		expect(findCitations(bundled.sources ?? [], 'Secure Communities program').map(({paragraph}) => paragraph)).toEqual([2, 4]);
		const source = {id: 's', outlet: 'O', headline: 'H', published: '2011-01-01'};
		const ranked = findCitations([{...source, paragraphs: ['He said “NO”.', 'He said "No".', 'He said "no".']}], 'He said "no"');
		expect(ranked.map(({paragraph}) => paragraph)).toEqual([3, 2, 1]);
	});

	it('finds nothing for words no source holds, and gives the passages sharing the most words', () => {
		expect(findCitations(bundled.sources ?? [], 'governor vetoed the budget')).toEqual([]);
		const [nearest] = nearestPassages(bundled.sources ?? [], 'reluctant participate mandatory voluntary');
		expect(nearest).toMatchObject({source: 'wbur-2011-06-06', paragraph: 10});
	});

	it('maps each compared character back to the original text', () => {
		const folded = fold('A  \u201cB\u201d\nc');
		expect(folded.text).toBe('a "b" c');
		expect(folded.starts).toEqual([0, 1, 3, 4, 5, 6, 7]);
	});
});
