/** The word index: the same words, postings and lengths however the folded text is read. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {fold, isWordCode} from '../../../source/core/search/fold.js';
import {characterSlot, characterSlots, FirstPlace, letterMask, wordsContaining, type WordIndex} from '../../../source/core/search/word-index.js';
import {buildWordIndex, WordIndexBuilder, wordIndexSteps} from '../../../source/core/search/word-index-builder.js';

/** The index read the plain way: documents split at `\0`, words as runs of word characters, a map per word. */
function reference(folded: string): WordIndex {
	const documents = folded.split('\0');
	// Text after the last `\0` is a document only if it holds a word.
	if (!/[a-z0-9]/.test(documents.at(-1)!) && ![...documents.at(-1)!].some(char => char.charCodeAt(0) >= 128 && isWordCode(char.charCodeAt(0)))) documents.pop();
	const ids = new Map<string, number>();
	const docs: number[][] = [];
	const lengths = new Uint16Array(documents.length);
	const firsts = new Uint8Array(characterSlots * documents.length);
	for (const [d, text] of documents.entries()) {
		let tokens = 0;
		let word = '';
		const end = () => {
			if (word === '') return;
			// Each letter and digit not met before in the document: where in this word it first is.
			for (let k = 0; k < word.length; k++) {
				const slot = characterSlot(word.charCodeAt(k));
				if (slot < 0 || firsts[d * characterSlots + slot] !== 0) continue;
				firsts[d * characterSlots + slot] = k === 0 ? (k === word.length - 1 ? FirstPlace.word : FirstPlace.start) : k === word.length - 1 ? FirstPlace.end : FirstPlace.inside;
			}
			tokens++;
			let id = ids.get(word);
			if (id === undefined) {
				id = ids.size;
				ids.set(word, id);
				docs.push([]);
			}
			if (docs[id]!.at(-1) !== d) docs[id]!.push(d);
			word = '';
		};
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : isWordCode(c)) word += text[i];
			else end();
		}
		end();
		lengths[d] = Math.min(tokens, 65_535);
	}
	const words = [...ids.keys()];
	const starts = new Uint32Array(words.length + 1);
	for (let w = 0; w < words.length; w++) starts[w + 1] = starts[w]! + docs[w]!.length;
	const vocabStarts = new Uint32Array(words.length);
	for (let w = 1; w < words.length; w++) vocabStarts[w] = vocabStarts[w - 1]! + words[w - 1]!.length + 1;
	return {
		words,
		vocabText: `\n${words.join('\n')}\n`,
		vocabStarts: vocabStarts.map(start => start + 1),
		masks: Uint32Array.from(words, letterMask),
		starts,
		postings: Uint32Array.from(docs.flat()),
		lengths,
		firsts,
	};
}

/** The index as plain arrays, for comparing. */
const plain = (index: WordIndex) => ({
	...index,
	vocabStarts: [...index.vocabStarts],
	masks: [...index.masks],
	starts: [...index.starts],
	postings: [...index.postings],
	lengths: [...index.lengths],
	firsts: [...index.firsts],
});

/** Documents (folded) from pieces: ASCII words, accents, İ, other scripts, emoji, punctuation. */
const documentText = fc
	.array(fc.constantFrom('boston', 'police', 'the', 'a', 'of', 'x1', '2010', 'Résumé', 'ÉCOLE', 'İstanbul', 'ß', 'Ямы', '東京都', '😀', 'naïve', ' ', ' ', ', ', '\n', "'", '-'), {maxLength: 12})
	.map(pieces => fold(pieces.join('')));

const countDocuments = (folded: string) => folded.split('\0').length - 1;

describe('the word index', () => {
	it('gives the words, postings and lengths of a plain reading, however the text is split into parts', () => {
		fc.assert(
			fc.property(fc.array(documentText, {maxLength: 30}), fc.array(fc.nat(), {maxLength: 6}), (documents, cuts) => {
				const folded = documents.map(text => `${text}\0`).join('');
				const expected = plain(reference(folded));
				expect(plain(buildWordIndex(folded, documents.length))).toEqual(expected);
				// In parts ending at document ends: ASCII parts as bytes, others as text.
				const ends = [...new Set(cuts.map(cut => cut % (documents.length + 1)))].sort((a, b) => a - b);
				const builder = new WordIndexBuilder();
				let from = 0;
				for (const end of [...ends, documents.length]) {
					const part = documents
						.slice(from, end)
						.map(text => `${text}\0`)
						.join('');
					if (/^[\0-\x7f]*$/.test(part)) builder.addBytes(Buffer.from(part, 'latin1'));
					else builder.addText(part);
					from = end;
				}
				expect(plain(builder.finish(documents.length))).toEqual(expected);
			}),
		);
	});

	it('tells apart words that share their first characters, of every length around those read four at a time', () => {
		// A stem of none, four, eight or twelve characters and up to three more: words that share their first four, eight or twelve, or are one another's start.
		const stem = fc.constantFrom('', 'ab0a', 'ab0abba0', 'ab0abba0b00a');
		const word = fc
			.tuple(stem, fc.array(fc.constantFrom('a', 'b', '0'), {maxLength: 3}))
			.map(([start, more]) => start + more.join(''))
			.filter(word => word !== '');
		const text = fc.array(word, {maxLength: 8}).map(words => words.join(' '));
		fc.assert(
			fc.property(fc.array(text, {minLength: 1, maxLength: 20}), fc.nat(), (documents, cut) => {
				const joined = (list: string[]) => list.map(document => `${document}\0`).join('');
				const folded = joined(documents);
				expect(plain(buildWordIndex(folded, documents.length))).toEqual(plain(reference(folded)));
				// The same words read as text (as a part with other characters is) before and after being read as bytes.
				const at = cut % documents.length;
				const builder = new WordIndexBuilder();
				builder.addText(joined(documents.slice(0, at)));
				builder.addBytes(Buffer.from(joined(documents.slice(at)), 'latin1'));
				builder.addText(joined(documents.slice(0, at)));
				const twice = plain(reference(folded + joined(documents.slice(0, at))));
				expect(plain(builder.finish(documents.length + at))).toEqual(twice);
			}),
		);
	});

	it('is the same built a step at a time as at once, with empty documents and a document without its `\\0`', () => {
		const folded = `${['the police', '', 'a', '', '', 'état civil the', 'the the the', ''].join('\0')}\0boston`;
		const documents = countDocuments(folded) + 1;
		const steps = wordIndexSteps(folded, documents, 4);
		let step = steps.next();
		let count = 0;
		for (; step.done !== true; step = steps.next()) count++;
		expect(count).toBeGreaterThan(2);
		const index = plain(step.value);
		expect(index).toEqual(plain(buildWordIndex(folded, documents)));
		expect(index).toEqual(plain(reference(folded)));
		expect(index.words).toEqual(['the', 'police', 'a', 'état', 'civil', 'boston']);
		expect(index.lengths).toEqual([2, 0, 1, 0, 0, 3, 3, 0, 1]);
		expect(wordsContaining(step.value, 'tat')).toEqual([3]);
	});

	it('indexes nothing in empty text', () => {
		const index = buildWordIndex('', 0);
		expect(index.words).toEqual([]);
		expect([...index.postings]).toEqual([]);
		expect(index.vocabText).toBe('\n\n');
	});

	it('keeps every posting of a large corpus: many thousands of words, millions of postings', () => {
		// 70,000 distinct words, a third of them longer than twelve characters (more than the builder's
		// tables hold before they double; ids of one, two and three bytes in its run) over 220,000
		// documents of 12 words each: more postings than one of the run's chunks holds.
		const vocabulary = Array.from({length: 70_000}, (_, i) => `w${i.toString(36)}${i % 3 === 0 ? 'longerthantwelve' : ''}`);
		const documents: string[] = [];
		let seed = 1;
		for (let d = 0; d < 220_000; d++) {
			const words: string[] = [];
			for (let k = 0; k < 12; k++) {
				seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
				words.push(vocabulary[k < 4 ? seed % 40 : seed % vocabulary.length]!);
			}
			documents.push(words.join(' '));
		}
		const folded = `${documents.join('\0')}\0`;
		const index = buildWordIndex(folded, documents.length);
		const expected = reference(folded);
		expect(index.words).toEqual(expected.words);
		expect(index.postings.length).toBeGreaterThan(2_000_000);
		expect(Buffer.from(index.postings.buffer).equals(Buffer.from(expected.postings.buffer))).toBe(true);
		expect(Buffer.from(index.starts.buffer).equals(Buffer.from(expected.starts.buffer))).toBe(true);
		expect(Buffer.from(index.lengths.buffer).equals(Buffer.from(expected.lengths.buffer))).toBe(true);
	});
});
