/**
 * Building the word index (word-index.ts) from the folded corpus text, fast enough for 100,000
 * articles: the text read as bytes where it is ASCII, words found by hashing in place, the
 * (document, word) pairs kept compact until the postings are filled, and all of it in steps so
 * the search worker answers (by scanning) meanwhile.
 */
import {piecesOf, type TextPieces} from './text-pieces.js';
import {isWordCode} from './fold.js';
import {characterSlot, characterSlots, FirstPlace, letterMask, type WordIndex} from './word-index.js';
import {grown} from './grown.js';
import {atOnce} from '../steps.js';

/**
 * An open-addressing table of `width` numbers a slot, the last of them 0 in an empty one, made
 * twice as large: each entry placed again from where `home` says its search begins.
 */
function doubledTable(old: Int32Array<ArrayBuffer>, width: number, home: (entry: Int32Array) => number): Int32Array<ArrayBuffer> {
	const table = new Int32Array(old.length * 2);
	const mask = table.length / width - 1;
	for (let at = 0; at < old.length; at += width) {
		if (old[at + width - 1] === 0) continue;
		const entry = old.subarray(at, at + width);
		let slot = home(entry) & mask;
		while (table[width * slot + width - 1] !== 0) slot = (slot + 1) & mask;
		table.set(entry, width * slot);
	}
	return table;
}

/** A chunk's length in `WordRun`. */
const chunkSize = 1 << 22;

/**
 * The word ids of each document in turn, seven bits to a byte (a byte with its top bit set says
 * more follow), in fixed chunks: growing never copies, and the tens of millions of (document, word)
 * pairs of a large corpus take about a byte and a half each, since ids go by first appearance
 * and the commonest words come first. An id never straddles two chunks.
 */
class WordRun {
	private readonly chunks: Array<Uint8Array | undefined> = [];
	/** Bytes used in each full chunk. */
	private readonly used: number[] = [];
	private chunk = new Uint8Array(0);
	private offset = 0;

	/** Where the next id starts: its chunk's number times `chunkSize`, plus its offset. */
	get length(): number {
		return this.chunks.length === 0 ? 0 : (this.chunks.length - 1) * chunkSize + this.offset;
	}

	push(id: number): void {
		if (this.offset + 5 > this.chunk.length) {
			if (this.chunks.length > 0) this.used.push(this.offset);
			this.chunk = new Uint8Array(chunkSize);
			this.chunks.push(this.chunk);
			this.offset = 0;
		}
		const {chunk} = this;
		while (id >= 0x80) {
			chunk[this.offset++] = (id & 0x7f) | 0x80;
			id >>>= 7;
		}
		chunk[this.offset++] = id;
	}

	/** How many chunks there are. */
	get chunkCount(): number {
		return this.chunks.length;
	}

	/**
	 * Calls `visit(id, doc)` for every id of chunk `c` in order, where document `doc`'s ids end at
	 * `ends[doc]` (a `length` noted after its last) and `doc` is where the chunk's first id is or
	 * before; returns the document of its last id. The chunk is let go.
	 */
	readChunk(c: number, ends: Uint32Array, doc: number, visit: (id: number, doc: number) => void): number {
		const chunk = this.chunks[c]!;
		const base = c * chunkSize;
		const size = c < this.used.length ? this.used[c]! : this.offset;
		let k = 0;
		while (k < size) {
			while (ends[doc]! <= base + k) doc++;
			let id = 0;
			let shift = 0;
			for (;;) {
				const value = chunk[k++]!;
				id |= (value & 0x7f) << shift;
				if (value < 0x80) break;
				shift += 7;
			}
			visit(id >>> 0, doc);
		}
		this.chunks[c] = undefined;
		return doc;
	}
}

/** How each byte of folded ASCII text reads: 1 a word character (a–z, 0–9), 2 a document's end, 0 anything else. */
const byteKinds = new Uint8Array(256);
for (let c = 48; c <= 57; c++) byteKinds[c] = 1;
for (let c = 97; c <= 122; c++) byteKinds[c] = 1;
byteKinds[0] = 2;

/** FNV-1a's start and multiplier: words are hashed a character at a time, in place. */
const hashStart = 0x811c9dc5;
const hashPrime = 0x01000193;

/** FNV-1a hash of `bytes[start, end)`. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
	let hash = hashStart;
	for (let k = start; k < end; k++) hash = Math.imul(hash ^ bytes[k]!, hashPrime);
	return hash;
}

/** Words this long or shorter, in ASCII, are found by their characters alone (`WordIndexBuilder.short`). */
const shortLength = 3;
/** Each ASCII word character as a digit from 1 to 36: a short word read in base 37 is a number of its own. */
const wordDigits = new Uint8Array(256);
for (let c = 48; c <= 57; c++) wordDigits[c] = c - 47;
for (let c = 97; c <= 122; c++) wordDigits[c] = c - 86;

/** ASCII words this long or shorter are found by their characters alone, four to a number (`WordIndexBuilder.packed`). */
const packedLength = 12;

/** Up to four bytes, `bytes[start, end)`, as one number: the first in the lowest eight bits, zero past the last. */
function packWord(bytes: Uint8Array, start: number, end: number): number {
	let packed = 0;
	for (let k = end - 1; k >= start; k--) packed = (packed << 8) | bytes[k]!;
	return packed;
}

/** Where a packed word's slot search begins, from its three numbers. */
function packedHash(first: number, second: number, third: number): number {
	const hash = Math.imul(first ^ Math.imul(second, 0x85ebca6b) ^ Math.imul(third, 0xc2b2ae35), 0x9e3779b1);
	return hash ^ (hash >>> 15);
}

/**
 * Builds a `WordIndex` from folded text given in parts, each ending at a document's end (`\0`):
 * ASCII parts as bytes (`addBytes`, the usual text, read fastest), others as strings (`addText`).
 * Words are hashed in place and looked up in an open-addressing table whose slots hold each
 * word's hash beside its id, so a lookup reads one slot and compares characters with the word's
 * copy in a compact arena only when the hashes agree; a word becomes a string only at `finish`.
 */
export class WordIndexBuilder {
	/** Slot pairs: the word's hash and its id + 1 (0 an empty slot). */
	private table = new Int32Array(2 << 16);
	private mask = (1 << 16) - 1;
	/** Every word's characters, one after another: word `w` is `arena[wordStarts[w]]` up to `arena[wordStarts[w + 1]]`. */
	private arena = new Uint16Array(1 << 16);
	private wordStarts = new Uint32Array(1 << 12);
	private wordCount = 0;
	/**
	 * What is noted of each word `w` as the text is read, side by side so that noting a word reads
	 * one place in memory: at `4w` the last document it was seen in (-1 none: a word is noted once
	 * per document), at `4w + 1` how many documents hold it, then which letters (bits 0–25) and
	 * which digits (bits 0–9) it has.
	 */
	private noted = new Int32Array(4 << 12);
	/** The letters and digits of the current document met so far: `firsts` is written for the first word holding each new one. */
	private seenLetters = 0;
	private seenDigits = 0;
	/** `WordIndex.firsts` of the documents so far. */
	private firsts = new Uint8Array(characterSlots << 12);
	private readonly run = new WordRun();
	/** Id + 1 of each short ASCII word seen, by its number in base 37 (see `wordDigits`): most words read are short. */
	private readonly short = new Int32Array(37 ** shortLength);
	/**
	 * The ids of ASCII words longer than short but of `packedLength` characters at most, found by
	 * their characters alone, four to a number (`packWord`): slots of four numbers, three holding
	 * the word's characters (zero past its end, which no word character is) and the fourth its id
	 * + 1 (0 an empty slot). Finding a word here reads one slot, where `table` reads the slot, the
	 * word's place in `wordStarts` and its copy in `arena`; a word not here is found in `table`,
	 * which has every word however it was read, and noted here.
	 */
	private packed = new Int32Array(4 << 16);
	private packedMask = (1 << 16) - 1;
	private packedCount = 0;
	/** Where each document's ids end in `run`. */
	private docEnds = new Uint32Array(1 << 12);
	private lengths = new Uint16Array(1 << 12);
	private doc = 0;
	/** Words of the current document so far. */
	private tokens = 0;

	/** Adds folded ASCII text (as bytes) ending at a document's end. */
	addBytes(bytes: Uint8Array): void {
		let start = -1;
		const end = bytes.length;
		for (let i = 0; i < end; i++) {
			const kind = byteKinds[bytes[i]!]!;
			if (kind === 1) {
				if (start < 0) start = i;
				continue;
			}
			if (start >= 0) {
				this.note(this.wordOfBytes(bytes, start, i));
				start = -1;
			}
			if (kind === 2) this.endDocument();
		}
		if (start >= 0) this.note(this.wordOfBytes(bytes, start, end));
	}

	/** The id of the word `bytes[start, end)`: a short word straight from `short`, a longer one by its hash. */
	private wordOfBytes(bytes: Uint8Array, start: number, end: number): number {
		const length = end - start;
		if (length <= shortLength) {
			let key = 0;
			for (let k = start; k < end; k++) key = key * 37 + wordDigits[bytes[k]!]!;
			const known = this.short[key]! - 1;
			if (known >= 0) return known;
			const id = this.findBytes(bytes, start, end, hashBytes(bytes, start, end));
			this.short[key] = id + 1;
			return id;
		}
		if (length <= packedLength) return this.findPacked(bytes, start, end);
		return this.findBytes(bytes, start, end, hashBytes(bytes, start, end));
	}

	/** The id of the ASCII word `bytes[start, end)`, of `packedLength` characters at most, from `packed` (see there). */
	private findPacked(bytes: Uint8Array, start: number, end: number): number {
		const first = packWord(bytes, start, Math.min(end, start + 4));
		const second = end > start + 4 ? packWord(bytes, start + 4, Math.min(end, start + 8)) : 0;
		const third = end > start + 8 ? packWord(bytes, start + 8, end) : 0;
		const {packed, packedMask} = this;
		let slot = packedHash(first, second, third) & packedMask;
		for (; ; slot = (slot + 1) & packedMask) {
			const at = slot << 2;
			const id = packed[at + 3]! - 1;
			if (id < 0) break;
			if (packed[at] === first && packed[at + 1] === second && packed[at + 2] === third) return id;
		}
		const id = this.findBytes(bytes, start, end, hashBytes(bytes, start, end));
		if (++this.packedCount * 2 > packedMask + 1) {
			this.repack();
			slot = packedHash(first, second, third) & this.packedMask;
			while (this.packed[4 * slot + 3] !== 0) slot = (slot + 1) & this.packedMask;
		}
		this.packed.set([first, second, third, id + 1], 4 * slot);
		return id;
	}

	/** Doubles `packed`. */
	private repack(): void {
		this.packed = doubledTable(this.packed, 4, entry => packedHash(entry[0]!, entry[1]!, entry[2]!));
		this.packedMask = this.packed.length / 4 - 1;
	}

	/** Adds folded text ending at a document's end: any characters (word characters as `isWordCode` says). */
	addText(text: string): void {
		let start = -1;
		let hash = 0;
		const end = text.length;
		for (let i = 0; i < end; i++) {
			const c = text.charCodeAt(i);
			if (c < 128 ? byteKinds[c] === 1 : isWordCode(c)) {
				if (start < 0) {
					start = i;
					hash = hashStart;
				}
				hash = Math.imul(hash ^ c, hashPrime);
				continue;
			}
			if (start >= 0) {
				this.note(this.findText(text, start, i, hash));
				start = -1;
			}
			if (c === 0) this.endDocument();
		}
		if (start >= 0) this.note(this.findText(text, start, end, hash));
	}

	/** Counts word `id` in the current document, noting the document once per word. */
	private note(id: number): void {
		this.tokens++;
		const {noted} = this;
		const at = id << 2;
		const letters = noted[at + 2]! & ~this.seenLetters;
		const digits = noted[at + 3]! & ~this.seenDigits;
		if ((letters | digits) !== 0) this.noteFirsts(id, letters, digits);
		if (noted[at] !== this.doc) {
			noted[at] = this.doc;
			noted[at + 1]!++;
			this.run.push(id);
		}
	}

	/** Writes where in word `id` each of `letters` and `digits` (not met before in this document) first is. */
	private noteFirsts(id: number, letters: number, digits: number): void {
		this.seenLetters |= letters;
		this.seenDigits |= digits;
		const {arena, wordStarts} = this;
		const from = wordStarts[id]!;
		const last = wordStarts[id + 1]! - 1;
		if ((this.doc + 1) * characterSlots > this.firsts.length) this.firsts = grown(this.firsts, (this.doc + 1) * characterSlots);
		const base = this.doc * characterSlots;
		for (let k = from; k <= last && (letters | digits) !== 0; k++) {
			const slot = characterSlot(arena[k]!);
			if (slot < 0) continue;
			const bit = 1 << (slot < 26 ? slot : slot - 26);
			if (slot < 26 ? (letters & bit) === 0 : (digits & bit) === 0) continue;
			if (slot < 26) letters &= ~bit;
			else digits &= ~bit;
			this.firsts[base + slot] = k === from ? (k === last ? FirstPlace.word : FirstPlace.start) : k === last ? FirstPlace.end : FirstPlace.inside;
		}
	}

	private endDocument(): void {
		const doc = this.doc;
		this.seenLetters = 0;
		this.seenDigits = 0;
		if (doc === this.docEnds.length) {
			this.docEnds = grown(this.docEnds, doc + 1);
			this.lengths = grown(this.lengths, doc + 1);
		}
		this.docEnds[doc] = this.run.length;
		this.lengths[doc] = Math.min(this.tokens, 65_535);
		this.tokens = 0;
		this.doc = doc + 1;
	}

	/** The id of the word `bytes[start, end)` whose hash is `hash`, added if new. */
	private findBytes(bytes: Uint8Array, start: number, end: number, hash: number): number {
		const {table, mask, arena, wordStarts} = this;
		const length = end - start;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const id = table[2 * slot + 1]! - 1;
			if (id < 0) break;
			if (table[2 * slot] !== hash) continue;
			const from = wordStarts[id]!;
			if (wordStarts[id + 1]! - from !== length) continue;
			let k = 0;
			while (k < length && arena[from + k] === bytes[start + k]) k++;
			if (k === length) return id;
		}
		const id = this.newWord(hash, length);
		const from = this.wordStarts[id]!;
		for (let k = 0; k < length; k++) this.arena[from + k] = bytes[start + k]!;
		this.noteCharacters(id);
		return id;
	}

	/** `findBytes` for a word of a string. */
	private findText(text: string, start: number, end: number, hash: number): number {
		const {table, mask, arena, wordStarts} = this;
		const length = end - start;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const id = table[2 * slot + 1]! - 1;
			if (id < 0) break;
			if (table[2 * slot] !== hash) continue;
			const from = wordStarts[id]!;
			if (wordStarts[id + 1]! - from !== length) continue;
			let k = 0;
			while (k < length && arena[from + k] === text.charCodeAt(start + k)) k++;
			if (k === length) return id;
		}
		const id = this.newWord(hash, length);
		const from = this.wordStarts[id]!;
		for (let k = 0; k < length; k++) this.arena[from + k] = text.charCodeAt(start + k);
		this.noteCharacters(id);
		return id;
	}

	/** Notes which letters and digits the new word `id` has, once its characters are in the arena. */
	private noteCharacters(id: number): void {
		let letters = 0;
		let digits = 0;
		for (let k = this.wordStarts[id]!; k < this.wordStarts[id + 1]!; k++) {
			const slot = characterSlot(this.arena[k]!);
			if (slot >= 26) digits |= 1 << (slot - 26);
			else if (slot >= 0) letters |= 1 << slot;
		}
		this.noted[4 * id + 2] = letters;
		this.noted[4 * id + 3] = digits;
	}

	/** Makes room for a new word of `length` characters with hash `hash` (its characters for the caller to copy): its id. */
	private newWord(hash: number, length: number): number {
		const id = this.wordCount++;
		if (id + 2 > this.wordStarts.length) this.wordStarts = grown(this.wordStarts, id + 2);
		this.noted = grown(this.noted, 4 * (id + 1));
		const from = this.wordStarts[id]!;
		this.arena = grown(this.arena, from + length);
		this.wordStarts[id + 1] = from + length;
		// Noted by the caller: first seen in no document yet.
		this.noted[4 * id] = -1;
		if (this.wordCount * 2 > this.mask + 1) this.rehash();
		let slot = hash & this.mask;
		while (this.table[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
		this.table[2 * slot] = hash;
		this.table[2 * slot + 1] = id + 1;
		return id;
	}

	/** Doubles the table. */
	private rehash(): void {
		this.table = doubledTable(this.table, 2, entry => entry[0]!);
		this.mask = this.table.length / 2 - 1;
	}

	/** The index of everything added, over `documents` documents (at least those added). */
	finish(documents = this.doc): WordIndex {
		return atOnce(this.finishSteps(documents));
	}

	/**
	 * `finish` a step at a time: the postings are put in place a few million at a step (some tens of
	 * milliseconds), so a worker can answer between steps. Nothing may be added meanwhile.
	 */
	*finishSteps(documents = this.doc): Generator<void, WordIndex> {
		// Words after the last document's end: one more document.
		if (this.tokens > 0) this.endDocument();
		const count = this.wordCount;
		const {noted, run, docEnds} = this;
		const starts = new Uint32Array(count + 1);
		for (let w = 0; w < count; w++) starts[w + 1] = starts[w]! + noted[4 * w + 1]!;
		const fill = starts.slice(0, count);
		const postings = new Uint32Array(starts[count]!);
		const place = (id: number, doc: number) => {
			postings[fill[id]!++] = doc;
		};
		let doc = 0;
		for (let c = 0; c < run.chunkCount; c++) {
			doc = run.readChunk(c, docEnds, doc, place);
			yield;
		}
		const lengths = new Uint16Array(Math.max(documents, this.doc));
		lengths.set(this.lengths.subarray(0, this.doc));
		const firsts = new Uint8Array(characterSlots * Math.max(documents, this.doc));
		firsts.set(this.firsts.subarray(0, Math.min(this.firsts.length, firsts.length)));
		this.firsts = new Uint8Array(0);

		// The words as one string, `\n` before and after each (`\n\n` for none), decoded in slices.
		const {arena, wordStarts} = this;
		const vocab = new Uint16Array(wordStarts[count]! + Math.max(count, 1) + 1).fill(10);
		const vocabStarts = new Uint32Array(count);
		let offset = 1;
		for (let w = 0; w < count; w++) {
			vocabStarts[w] = offset;
			vocab.set(arena.subarray(wordStarts[w]!, wordStarts[w + 1]!), offset);
			offset += wordStarts[w + 1]! - wordStarts[w]! + 1;
		}
		let vocabText = '';
		for (let from = 0; from < vocab.length; from += 1 << 13) vocabText += String.fromCharCode(...vocab.subarray(from, from + (1 << 13)));
		const words: string[] = new Array(count);
		for (let w = 0; w < count; w++) words[w] = vocabText.slice(vocabStarts[w]!, vocabStarts[w]! + wordStarts[w + 1]! - wordStarts[w]!);
		const masks = Uint32Array.from(words, letterMask);
		return {words, vocabText, vocabStarts, masks, starts, postings, lengths, firsts};
	}
}

/**
 * Builds the index over the folded corpus text (documents separated by `\0`, as in `Corpus`, and
 * given whole or in pieces of whole documents), with `WordIndexBuilder`: read as bytes a slice at a
 * time where the text is ASCII.
 */
export function buildWordIndex(folded: string | TextPieces, documents: number): WordIndex {
	return atOnce(wordIndexSteps(folded, documents, Number.POSITIVE_INFINITY));
}

/** The most characters `wordIndexSteps` reads as one slice (into a buffer three times as long, for their UTF-8). */
const wholeChars = 1 << 22;

/** Where a slice of folded text starting at `from` ends: after the first document's end (`\0`) at least `chars` on, else at the text's end. */
export function sliceEnd(folded: string, from: number, chars: number): number {
	const at = folded.indexOf('\0', from + chars - 1);
	return at === -1 ? folded.length : at + 1;
}

/**
 * `buildWordIndex` a step at a time: yields after each `stepChars` characters or so (at the end of
 * a document), so a worker can answer searches, by scanning, while it builds the index.
 */
export function* wordIndexSteps(folded: string | TextPieces, documents: number, stepChars = 1 << 22): Generator<void, WordIndex> {
	const builder = new WordIndexBuilder();
	// Read a slice at a time, each ending at a document's end: as bytes when it is ASCII.
	const slice = Math.min(stepChars, wholeChars);
	let bytes = Buffer.alloc(0);
	let stepped = 0;
	const {pieces} = piecesOf(folded);
	for (const [piece, whole] of pieces.entries()) {
		let next = 0;
		while (next < whole.length) {
			const end = sliceEnd(whole, next, slice);
			const text = whole.slice(next, end);
			if (bytes.length < 3 * text.length) bytes = Buffer.allocUnsafe(3 * text.length);
			const written = bytes.write(text, 'utf8');
			if (written === text.length) builder.addBytes(bytes.subarray(0, written));
			else builder.addText(text);
			stepped += end - next;
			next = end;
			if (stepped >= stepChars && (next < whole.length || piece < pieces.length - 1)) {
				stepped = 0;
				yield;
			}
		}
	}
	return yield* builder.finishSteps(documents);
}
