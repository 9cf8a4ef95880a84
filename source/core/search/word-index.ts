/**
 * An inverted index from words to the documents that hold them. It narrows candidates: a term
 * can only be in documents that hold a word containing its longest run of word characters, and
 * a fuzzy term only in documents holding a word it fuzzily matches. Postings are one flat
 * Uint32Array (compressed sparse rows), so 100,000 articles fit in a few hundred megabytes.
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

/** A growable Uint32Array. */
class Column {
	data = new Uint32Array(1 << 12);
	length = 0;
	push(value: number): void {
		if (this.length === this.data.length) {
			const grown = new Uint32Array(this.data.length * 2);
			grown.set(this.data);
			this.data = grown;
		}
		this.data[this.length++] = value;
	}
}

/** Bits of a chunk's length in `Chunks`. */
const chunkBits = 20;

/**
 * A growable list of numbers in fixed chunks: growing never copies, so the tens of millions of
 * (document, word) pairs of a large corpus are held once, not twice while an array doubles.
 */
class Chunks {
	private readonly chunks: Uint32Array[] = [];
	length = 0;
	push(value: number): void {
		const offset = this.length & ((1 << chunkBits) - 1);
		if (offset === 0) this.chunks.push(new Uint32Array(1 << chunkBits));
		this.chunks[this.chunks.length - 1]![offset] = value;
		this.length++;
	}
	at(index: number): number {
		return this.chunks[index >>> chunkBits]![index & ((1 << chunkBits) - 1)]!;
	}
}

/**
 * Builds the index over the folded corpus text (documents separated by `\0`, as in `Corpus`).
 * Words are found by hashing characters in place and probing an open-addressing table, so only
 * a word never seen before becomes a string: 30 million words index in about a second.
 */
export function buildWordIndex(folded: string, documents: number): WordIndex {
	const steps = wordIndexSteps(folded, documents, Number.POSITIVE_INFINITY);
	for (;;) {
		const step = steps.next();
		if (step.done === true) return step.value;
	}
}

/**
 * `buildWordIndex` a step at a time: yields after each `stepChars` characters or so (at the end of
 * a document), so a worker can answer searches, by scanning, while it builds the index.
 */
export function* wordIndexSteps(folded: string, documents: number, stepChars = 1 << 22): Generator<void, WordIndex> {
	const words: string[] = [];
	const hashes = new Column();
	const counts = new Column();
	const lastDoc = new Column();
	const docWords = new Chunks();
	const docEnds = new Uint32Array(documents);
	const lengths = new Uint16Array(documents);
	let table = new Int32Array(1 << 16).fill(-1);
	let mask = table.length - 1;
	// Which letters (bits 0–25) and digits (bits 26–35, as a second number) each word has.
	const wordLetters = new Column();
	const wordDigits = new Column();
	const firsts = new Uint8Array(characterSlots * documents);

	const insert = (id: number, hash: number) => {
		let slot = hash & mask;
		while (table[slot] !== -1) slot = (slot + 1) & mask;
		table[slot] = id;
	};
	const lookup = (start: number, end: number, hash: number): number => {
		const length = end - start;
		let slot = hash & mask;
		// biome-ignore lint/suspicious/noAssignInExpressions: linear probing steps the slot as it reads it, in the hottest loop of indexing
		for (let id = table[slot]!; id !== -1; id = table[(slot = (slot + 1) & mask)]!) {
			if (hashes.data[id] !== hash) continue;
			const word = words[id]!;
			if (word.length !== length) continue;
			let same = true;
			for (let k = 0; k < length && same; k++) same = word.charCodeAt(k) === folded.charCodeAt(start + k);
			if (same) return id;
		}
		const id = words.length;
		words.push(folded.slice(start, end));
		let letters = 0;
		let digits = 0;
		for (let k = start; k < end; k++) {
			const slot = characterSlot(folded.charCodeAt(k));
			if (slot >= 26) digits |= 1 << (slot - 26);
			else if (slot >= 0) letters |= 1 << slot;
		}
		wordLetters.push(letters);
		wordDigits.push(digits);
		hashes.push(hash);
		counts.push(0);
		lastDoc.push(0xffffffff);
		if (words.length * 2 > table.length) {
			table = new Int32Array(table.length * 2).fill(-1);
			mask = table.length - 1;
			for (let w = 0; w < words.length; w++) insert(w, hashes.data[w]!);
		} else insert(id, hash);
		return id;
	};

	// The characters of the current document met so far; `firsts` is written for the first word holding each new one.
	let seenLetters = 0;
	let seenDigits = 0;
	const noteFirsts = (start: number, end: number, letters: number, digits: number) => {
		for (let k = start; k < end && (letters | digits) !== 0; k++) {
			const slot = characterSlot(folded.charCodeAt(k));
			if (slot < 0) continue;
			const bit = 1 << (slot < 26 ? slot : slot - 26);
			if (slot < 26 ? (letters & bit) === 0 : (digits & bit) === 0) continue;
			if (slot < 26) letters &= ~bit;
			else digits &= ~bit;
			firsts[doc * characterSlots + slot] = k === start ? (k === end - 1 ? FirstPlace.word : FirstPlace.start) : k === end - 1 ? FirstPlace.end : FirstPlace.inside;
		}
	};

	// The text is read in steps, each a call of a plain function: a loop this hot may run slower inside a generator.
	let doc = 0;
	let next = 0;
	const scan = (limit: number) => {
		let tokens = 0;
		let start = -1;
		let hash = 0;
		let i = next;
		for (; i < folded.length; i++) {
			const c = folded.charCodeAt(i);
			if (c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : c !== 0 && isWordCode(c)) {
				if (start < 0) {
					start = i;
					hash = 0x811c9dc5;
				}
				hash = Math.imul(hash ^ c, 0x01000193);
				continue;
			}
			if (start >= 0) {
				const id = lookup(start, i, hash >>> 0);
				tokens++;
				const letters = wordLetters.data[id]! & ~seenLetters;
				const digits = wordDigits.data[id]! & ~seenDigits;
				if ((letters | digits) !== 0) {
					seenLetters |= letters;
					seenDigits |= digits;
					noteFirsts(start, i, letters, digits);
				}
				start = -1;
				if (lastDoc.data[id] !== doc) {
					lastDoc.data[id] = doc;
					counts.data[id]!++;
					docWords.push(id);
				}
			}
			if (c === 0) {
				docEnds[doc] = docWords.length;
				lengths[doc] = Math.min(tokens, 65_535);
				tokens = 0;
				seenLetters = 0;
				seenDigits = 0;
				doc++;
				if (i >= limit) break;
			}
		}
		next = i + 1;
	};
	while (next < folded.length) {
		scan(next + stepChars);
		if (next < folded.length) yield;
	}

	const starts = new Uint32Array(words.length + 1);
	for (let w = 0; w < words.length; w++) starts[w + 1] = starts[w]! + counts.data[w]!;
	const fill = starts.slice(0, words.length);
	const postings = new Uint32Array(docWords.length);
	let at = 0;
	for (let d = 0; d < documents; d++) {
		for (const end = docEnds[d]!; at < end; at++) postings[fill[docWords.at(at)]!++] = d;
	}

	const vocabStarts = new Uint32Array(words.length);
	let offset = 1;
	for (let w = 0; w < words.length; w++) {
		vocabStarts[w] = offset;
		offset += words[w]!.length + 1;
	}
	const masks = Uint32Array.from(words, letterMask);
	return {words, vocabText: `\n${words.join('\n')}\n`, vocabStarts, masks, starts, postings, lengths, firsts};
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
export function documentFrequency(index: WordIndex, w: number): number {
	return index.starts[w + 1]! - index.starts[w]!;
}
