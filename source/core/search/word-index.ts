/**
 * An inverted index from words to the documents that hold them. It narrows candidates: a term
 * can only be in documents that hold a word containing its longest run of word characters, and
 * a fuzzy term only in documents holding a word it fuzzily matches. Postings are one flat
 * Uint32Array (compressed sparse rows), so 100,000 articles fit in a few hundred megabytes.
 * What an index holds and how it is read are here; it is built by word-index-builder.ts.
 */
import {isWordCode} from './fold.js';

export type WordIndex = {
	/** The vocabulary: every distinct folded word. */
	words: string[];
	/** `\n` + the words joined by `\n` + `\n`: one string to search for words containing a piece. */
	vocabText: string;
	/** Where each word starts in `vocabText`. */
	vocabStarts: Uint32Array;
	/** Which letters each word has (see `letterMask`): a quick test before fuzzy matching. */
	masks: Uint32Array;
	/** Postings of word `w`: `postings[starts[w]]` up to `postings[starts[w + 1]]`, document ids ascending. */
	starts: Uint32Array;
	postings: Uint32Array;
	/**
	 * For an index built in two halves (index-halves.ts): word `w`'s postings in the second half,
	 * after those above, `postings[starts[ids[w]]]` up to `postings[starts[ids[w] + 1]]` (none when
	 * `ids[w]` is -1). Read a word's postings with `postingRuns`.
	 */
	more?: {ids: Int32Array; starts: Uint32Array; postings: Uint32Array};
	/** Words per document (up to 65,535): shorter texts rank a little higher. */
	lengths: Uint16Array;
	/**
	 * Per letter and digit (see `characterSlot`), per document: where in its word the character
	 * first occurs in the document (`FirstPlace`), 0 when it does not. A one-character term is
	 * graded by that occurrence alone, so these answer it without reading the text. Slot `s` of
	 * document `d` is `firsts[d * characterSlots + s]`: a document's are written together.
	 */
	firsts: Uint8Array;
};

/** Where in its word a character is: the whole word, its start, its end, inside it. */
export const FirstPlace = {word: 1, start: 2, end: 3, inside: 4} as const;

/** Letters a–z and digits 0–9, each a slot of `WordIndex.firsts`. */
export const characterSlots = 36;

/** The slot of a folded character in `WordIndex.firsts`: a–z 0–25, 0–9 26–35; -1 for any other. */
export function characterSlot(code: number): number {
	return code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 48 + 26 : -1;
}

/** A bit per letter a–z, one for digits and one for anything else. */
export function letterMask(word: string): number {
	let mask = 0;
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		mask |= c >= 97 && c <= 122 ? 1 << (c - 97) : c >= 48 && c <= 57 ? 1 << 26 : 1 << 27;
	}
	return mask;
}

/** Calls `visit(start, end)` for every word (maximal run of letters, digits and marks) in `text`. */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
	let start = -1;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const word = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : isWordCode(c);
		if (word) {
			if (start < 0) start = i;
		} else if (start >= 0) {
			visit(start, i);
			start = -1;
		}
	}
	if (start >= 0) visit(start, text.length);
}

/** Ids of the words that contain `piece` (folded, word characters only), in vocabulary order. */
export function wordsContaining(index: WordIndex, piece: string): number[] {
	const found: number[] = [];
	const {vocabText, vocabStarts} = index;
	let at = vocabText.indexOf(piece, 1);
	while (at !== -1) {
		// The word holding position `at`: the last start at or before it.
		let low = 0;
		let high = vocabStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (vocabStarts[mid]! <= at) low = mid;
			else high = mid - 1;
		}
		found.push(low);
		const next = low + 1 < vocabStarts.length ? vocabStarts[low + 1]! : vocabText.length;
		at = vocabText.indexOf(piece, next);
	}
	return found;
}

/** How many documents hold word `w`. */
export function documentFrequency({starts, more}: WordIndex, w: number): number {
	const id = more === undefined ? -1 : more.ids[w]!;
	return starts[w + 1]! - starts[w]! + (more === undefined || id < 0 ? 0 : more.starts[id + 1]! - more.starts[id]!);
}

/** Calls `visit(postings, from, to)` for each run of word `w`'s postings, in document order: one, or two for an index built in halves. */
export function postingRuns({starts, postings, more}: WordIndex, w: number, visit: (postings: Uint32Array, from: number, to: number) => void): void {
	visit(postings, starts[w]!, starts[w + 1]!);
	const id = more === undefined ? -1 : more.ids[w]!;
	if (more !== undefined && id >= 0) visit(more.postings, more.starts[id]!, more.starts[id + 1]!);
}
