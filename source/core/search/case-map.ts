/**
 * The corpus text as written, kept as what folding changed: search reads the folded text (lower
 * case, no accents, the same length), and the text as written is needed only for the results
 * shown. Most characters fold to themselves, so the few that do not (capitals, accented letters: a
 * few in a hundred) are kept with their places, and a document's text is put back together from
 * the folded text when asked for. At 100,000 articles this holds tens of megabytes where a second
 * copy of the text held two hundred. A case-sensitive term is found in the folded text and its
 * case read from these places (`CaseCheck`), grouped by character once the index is built (`CaseIndex`).
 */
import type {Corpus, CorpusFrame} from './corpus.js';
import {letGo} from '../let-go.js';
import {fold} from './fold.js';
import {TextPieces, type Readable} from './text-pieces.js';

export type CaseMap = {
	/** Where folding changed a character, ascending. */
	positions: Uint32Array;
	/** The character as written at each of `positions`. */
	codes: Uint16Array;
};

/** Whether the first of four bytes read as one number is its lowest (as on every machine Node runs on today): `FoldedText` reads four at a time only then. */
const littleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * Folds a text given in parts of whole documents, keeping each part folded as a piece of the
 * folded text (`TextPieces`) and what folding changed: neither the text as written nor the folded
 * text is ever one string, so neither is held twice (a worker receiving a corpus in parts folds
 * each as it comes, and joining parts into pieces would leave as much again to be collected).
 */
export class FoldedText {
	private readonly pieces: string[] = [];
	private length = 0;
	private positions = new Uint32Array(1 << 12);
	private codes = new Uint16Array(1 << 12);
	private count = 0;

	/** Adds the next part of the text. */
	add(text: string): void {
		// ASCII (as long in UTF-8 as in characters), the usual text: folding is lower-casing A–Z, done
		// on the bytes in one pass that also notes each capital, rather than folding and then comparing.
		const bytes = Buffer.from(text, 'utf8');
		if (bytes.length === text.length) {
			this.addAscii(bytes);
			return;
		}
		const folded = fold(text);
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code !== folded.charCodeAt(i)) this.push(this.length + i, code);
		}
		this.keep(folded);
	}

	/** Adds the next part of the text given as ASCII bytes, which are folded in place (and may be reused once this returns). */
	addAscii(bytes: Buffer): void {
		this.lowerAscii(bytes);
		this.keep(bytes.toString('latin1'));
	}

	/** Lower-cases the capitals of the ASCII `bytes` (the next part) in place, noting each: four bytes at a time, from the first that starts four aligned. */
	private lowerAscii(bytes: Buffer): void {
		const head = littleEndian ? Math.min((4 - (bytes.byteOffset & 3)) & 3, bytes.length) : bytes.length;
		const fours = new Int32Array(bytes.buffer, bytes.byteOffset + head, (bytes.length - head) >> 2);
		this.lowerBytes(bytes, 0, head);
		for (let f = 0; f < fours.length; f++) {
			const four = fours[f]!;
			// The top bit of each byte from A (0x41) to Z (0x5a): an ASCII byte never carries into the next.
			const capitals = (four + 0x3f3f3f3f) & ~(four + 0x25252525) & 0x80808080;
			if (capitals === 0) continue;
			fours[f] = four | (capitals >>> 2);
			for (let bits = capitals; bits !== 0; bits &= bits - 1) {
				const byte = (31 - Math.clz32(bits & -bits)) >> 3;
				this.push(this.length + head + 4 * f + byte, (four >>> (8 * byte)) & 0xff);
			}
		}
		this.lowerBytes(bytes, head + 4 * fours.length, bytes.length);
	}

	/** `lowerAscii` a byte at a time, from `start` to `end`. */
	private lowerBytes(bytes: Buffer, start: number, end: number): void {
		for (let i = start; i < end; i++) {
			const code = bytes[i]!;
			if ((code - 65) >>> 0 < 26) {
				this.push(this.length + i, code);
				bytes[i] = code | 0x20;
			}
		}
	}

	private keep(part: string): void {
		this.pieces.push(part);
		this.length += part.length;
	}

	private push(position: number, code: number): void {
		if (this.count === this.positions.length) {
			const positions = new Uint32Array(this.count * 2);
			positions.set(this.positions);
			void letGo(this.positions);
			this.positions = positions;
			const codes = new Uint16Array(this.count * 2);
			codes.set(this.codes);
			void letGo(this.codes);
			this.codes = codes;
		}
		this.positions[this.count] = position;
		this.codes[this.count++] = code;
	}

	/** The whole folded text, in pieces, and its case map. */
	finish(): {folded: TextPieces; changed: CaseMap} {
		// The map's arrays as they are when mostly used (no copy at the moment the text is joined), else copied to size.
		const {count, positions, codes} = this;
		const used = count * 4 >= positions.length * 3;
		const changed = used ? {positions: positions.subarray(0, count), codes: codes.subarray(0, count)} : {positions: positions.slice(0, count), codes: codes.slice(0, count)};
		this.positions = new Uint32Array(0);
		this.codes = new Uint16Array(0);
		if (!used) for (const spent of [positions, codes]) void letGo(spent);
		return {folded: new TextPieces(this.pieces.splice(0)), changed};
	}
}

/** What folding changed in `text`, and the folded text. */
export function foldWithMap(text: string): {folded: TextPieces; changed: CaseMap} {
	const builder = new FoldedText();
	builder.add(text);
	return builder.finish();
}

/** A corpus whose text is given folded, with what folding changed: built in parts, it is never held twice. */
export type FoldedCorpus = CorpusFrame & {folded: TextPieces; changed: CaseMap};

/** `corpus` with its text folded (a corpus given folded already is returned as it is). */
export function foldedCorpus(corpus: Corpus | FoldedCorpus): FoldedCorpus {
	if (!('text' in corpus)) return corpus;
	const {text, ...frame} = corpus;
	return {...frame, ...foldWithMap(text)};
}

/** The text as written from `start` to `end` (exclusive), from the folded text and its case map. */
export function written({positions, codes}: CaseMap, folded: Readable, start: number, end: number): string {
	let low = 0;
	let high = positions.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (positions[mid]! < start) low = mid + 1;
		else high = mid;
	}
	if (low === positions.length || positions[low]! >= end) return folded.slice(start, end);
	let out = '';
	let at = start;
	for (let i = low; i < positions.length && positions[i]! < end; i++) {
		const position = positions[i]!;
		out += folded.slice(at, position) + String.fromCharCode(codes[i]!);
		at = position + 1;
	}
	return out + folded.slice(at, end);
}

/**
 * The case map's entries grouped by the character as written, each group ascending: where every
 * `I` of the corpus is, say, without reading the entries of every other capital.
 */
export type CaseIndex = {
	/** The entries of code `c` are `entries[starts[c]]` to `entries[starts[c + 1]]` (exclusive). */
	starts: Uint32Array;
	/** Positions in the text, as in the case map's `positions`. */
	entries: Uint32Array;
};

/** Builds the case index of `map` a chunk of entries at a time, yielding between chunks. */
export function* caseIndexSteps({positions, codes}: CaseMap, chunk = 1 << 21): Generator<void, CaseIndex> {
	const starts = new Uint32Array(65_537);
	for (let from = 0; from < codes.length; from += chunk) {
		for (let k = from, to = Math.min(codes.length, from + chunk); k < to; k++) starts[codes[k]! + 1]!++;
		yield;
	}
	for (let c = 0; c < 65_536; c++) starts[c + 1]! += starts[c]!;
	const next = starts.slice(0, 65_536);
	const entries = new Uint32Array(codes.length);
	for (let from = 0; from < codes.length; from += chunk) {
		for (let k = from, to = Math.min(codes.length, from + chunk); k < to; k++) entries[next[codes[k]!]!++] = positions[k]!;
		yield;
	}
	return {starts, entries};
}

/**
 * A case-sensitive term against the folded text: its occurrences are found folded, then checked
 * against the case map, never by putting the text as written back together. Folding keeps every
 * character at its index and letters letters, so word boundaries and anchors read the same folded.
 */
export class CaseCheck {
	/** The term folded: what to look for in the folded text. */
	readonly folded: string;
	/** How many of the term's characters folding changes. */
	private readonly changes: number;
	/** Where the last lookup in the case map ended: lookups mostly go forwards, a little at a time. */
	private hint = 0;
	/** The offset of the lead character (see `leadOffset`), -1 until worked out. */
	private lead = -1;
	/** Where `occursBetween` last started in the case index's entries, and the place in the text it was asked from. */
	private entry = 0;
	private entryFrom = Number.POSITIVE_INFINITY;

	constructor(
		private readonly map: CaseMap,
		/** The term as written. */
		readonly needle: string,
		private readonly index?: CaseIndex,
	) {
		this.folded = fold(needle);
		let changes = 0;
		for (let i = 0; i < needle.length; i++) if (needle.charCodeAt(i) !== this.folded.charCodeAt(i)) changes++;
		this.changes = changes;
	}

	/** False for a term folding leaves as it is (no capital, no accent): then only the folded text can find it. */
	get changesCase(): boolean {
		return this.changes > 0;
	}

	/**
	 * Whether the text as written reads the term at `at`, where the folded text reads it folded.
	 * There, the characters folding changed must be exactly the term's changed ones, written as the term writes them.
	 */
	readonly at = (at: number): boolean => this.matchesFrom(this.firstFrom(at), at);

	/** The index of the first of the case map's positions at or after `at`: galloping on from the last answer, or searching from the start. */
	private firstFrom(at: number): number {
		const {positions} = this.map;
		let low = this.hint > 0 && positions[this.hint - 1]! >= at ? 0 : this.hint;
		let high = low;
		for (let step = 1; high < positions.length && positions[high]! < at; step *= 2) {
			low = high + 1;
			high = Math.min(positions.length, low + step);
		}
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (positions[mid]! < at) low = mid + 1;
			else high = mid;
		}
		this.hint = low;
		return low;
	}

	private matchesFrom(k: number, at: number): boolean {
		const {positions, codes} = this.map;
		const end = at + this.needle.length;
		let count = 0;
		for (; k < positions.length && positions[k]! < end; k++) {
			if (codes[k] !== this.needle.charCodeAt(positions[k]! - at)) return false;
			count++;
		}
		return count === this.changes;
	}

	/** The offset in the term of the changed character whose entries are read: with the case index, its rarest. */
	private leadOffset(): number {
		if (this.lead < 0) {
			const {needle} = this;
			let size = Number.POSITIVE_INFINITY;
			for (let i = 0; i < needle.length; i++) {
				const code = needle.charCodeAt(i);
				if (code === this.folded.charCodeAt(i)) continue;
				const count = this.index === undefined ? 0 : this.index.starts[code + 1]! - this.index.starts[code]!;
				if (this.lead < 0 || count < size) {
					this.lead = i;
					size = count;
				}
			}
		}
		return this.lead;
	}

	/**
	 * Whether the text as written reads the term between `from` and `to` (exclusive), `folded` being
	 * the folded text. With the case index, only the entries there of the term's lead character are
	 * read, on from where the last call left them when asked in ascending order (as events are scored).
	 */
	occursBetween(folded: Readable, from: number, to: number): boolean {
		const {length} = this.needle;
		if (this.changes === 0 || this.index === undefined) {
			const part = folded.slice(from, to);
			for (let at = part.indexOf(this.folded); at !== -1; at = part.indexOf(this.folded, at + 1)) if (this.at(from + at)) return true;
			return false;
		}
		const offset = this.leadOffset();
		const code = this.needle.charCodeAt(offset);
		const {starts, entries} = this.index;
		const end = starts[code + 1]!;
		// The first entry at or after `from + offset`: galloping on from the last call's.
		const target = from + offset;
		let low = from < this.entryFrom ? starts[code]! : this.entry;
		let high = low;
		for (let step = 1; high < end && entries[high]! < target; step *= 2) {
			low = high + 1;
			high = Math.min(end, low + step);
		}
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (entries[mid]! < target) low = mid + 1;
			else high = mid;
		}
		this.entry = low;
		this.entryFrom = from;
		for (let e = low; e < end; e++) {
			const at = entries[e]! - offset;
			if (at + length > to) return false;
			if (folded.startsWith(this.folded, at) && (length === 1 || this.at(at))) return true;
		}
		return false;
	}

	/**
	 * The places, ascending, where the text as written reads the term (`folded` being the folded
	 * text), one at a time: the returned function gives the first place at or after `from`, or -1,
	 * `from` never going back. Only the case map's entries of one of the term's changed characters
	 * are read: with the case index, those of its rarest; without, the whole map.
	 */
	places(folded: Readable): (from: number) => number {
		const {needle} = this;
		if (this.changes === 0) {
			return from => {
				for (let at = folded.indexOf(this.folded, from); at !== -1; at = folded.indexOf(this.folded, at + 1)) if (this.at(at)) return at;
				return -1;
			};
		}
		const offset = this.leadOffset();
		const code = needle.charCodeAt(offset);
		if (this.index !== undefined) {
			const {starts, entries} = this.index;
			const end = starts[code + 1]!;
			let e = starts[code]!;
			return from => {
				for (; e < end; e++) {
					const at = entries[e]! - offset;
					if (at < from || !folded.startsWith(this.folded, at)) continue;
					// A one-character term is its entry.
					if (needle.length === 1 || this.at(at)) return at;
				}
				return -1;
			};
		}
		const {positions, codes} = this.map;
		let k = 0;
		return from => {
			for (; k < positions.length; k++) {
				if (codes[k] !== code) continue;
				const at = positions[k]! - offset;
				if (at < from || !folded.startsWith(this.folded, at)) continue;
				let first = k;
				while (first > 0 && positions[first - 1]! >= at) first--;
				if (this.matchesFrom(first, at)) return at;
			}
			return -1;
		};
	}
}
