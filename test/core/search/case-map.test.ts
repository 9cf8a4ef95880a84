/** The text as written, put back together from the folded text and what folding changed, for any range. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {FoldedText, foldWithMap, written} from '../../../source/core/search/case-map.js';
import {fold} from '../../../source/core/search/fold.js';

describe('folding with a case map, and the text as written', () => {
	it('give back any range of any text exactly as written: capitals, accents, other scripts, emoji', () => {
		const piece = fc.constantFrom('Boston', 'boston', 'Résumé', 'ÉCOLE', 'Ямы', 'İstanbul', 'ß', '😀', ' ', '\n', '\0', 'a', 'Ω');
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 40}), fc.nat(), fc.nat(), fc.integer({min: 1, max: 5}), (pieces, a, b, partPieces) => {
				const text = pieces.join('');
				// Folded in parts, as a worker receives a corpus, each kept as a piece.
				const builder = new FoldedText();
				for (let at = 0; at < pieces.length; at += partPieces) builder.add(pieces.slice(at, at + partPieces).join(''));
				const {folded, changed: map} = builder.finish();
				expect(folded.slice(0)).toBe(fold(text));
				const start = text.length === 0 ? 0 : a % text.length;
				const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
				expect(written(map, folded, start, end)).toBe(text.slice(start, end));
			}),
		);
	});

	it('folds any ASCII text, in parts of any length, short and long: every character, capitals beside @, [, ` and {', () => {
		const ascii = fc.array(fc.integer({min: 0, max: 127}), {maxLength: 120}).map(codes => String.fromCharCode(...codes));
		fc.assert(
			fc.property(fc.array(ascii, {maxLength: 6}), fc.nat(5000), (parts, repeat) => {
				// A long part too: past the size Node gives small buffers from a shared pool, at whatever offset.
				const all = [...parts, 'A@Z[a`z{'.repeat(repeat)];
				const builder = new FoldedText();
				for (const part of all) builder.add(part);
				const {folded, changed} = builder.finish();
				const text = all.join('');
				expect(folded.slice(0)).toBe(text.toLowerCase());
				const capitals = [...text].flatMap((char, at) => (/[A-Z]/.test(char) ? [at] : []));
				expect(Array.from(changed.positions)).toEqual(capitals);
				expect(written(changed, folded, 0, text.length)).toBe(text);
			}),
			{numRuns: 60},
		);
	});

	it('keeps only the characters folding changed', () => {
		const text = 'Boston police, État de Massachusetts';
		expect(Array.from(foldWithMap(text).changed.positions)).toEqual([0, 15, 23]);
	});
});
