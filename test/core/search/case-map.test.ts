/** The text as written, put back together from the folded text and what folding changed, for any range. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {caseMap, written} from '../../../source/core/search/case-map.js';
import {fold} from '../../../source/core/search/fold.js';

describe('caseMap and written', () => {
	it('give back any range of any text exactly as written: capitals, accents, other scripts, emoji', () => {
		const piece = fc.constantFrom('Boston', 'boston', 'Résumé', 'ÉCOLE', 'Ямы', 'İstanbul', 'ß', '😀', ' ', '\n', '\0', 'a', 'Ω');
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 40}), fc.nat(), fc.nat(), (pieces, a, b) => {
				const text = pieces.join('');
				const folded = fold(text);
				const map = caseMap(text, folded);
				const start = text.length === 0 ? 0 : a % text.length;
				const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
				expect(written(map, folded, start, end)).toBe(text.slice(start, end));
			}),
		);
	});

	it('keeps only the characters folding changed', () => {
		const text = 'Boston police, État de Massachusetts';
		expect(Array.from(caseMap(text, fold(text)).positions)).toEqual([0, 15, 23]);
	});
});
