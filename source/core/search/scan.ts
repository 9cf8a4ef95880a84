/**
 * Finding a term's text in a text: where it occurs, whether the occurrence respects the term's
 * anchors (`^` line start, `$` line end) and how good it is (a whole word beats the inside of a
 * word). Works on one document or on the whole corpus string, whose documents end in `\0` and
 * whose lines are separated by `\n`.
 */
import {isWordCode} from './fold.js';
import type {TermType} from './query.js';
import {piecesOf, type Readable, type TextPieces} from './text-pieces.js';

/** Match quality, 0 best: a whole word, the start of a word, the end of one, the inside of one. */
export const quality = {word: 0, wordStart: 0.1, wordEnd: 0.2, inside: 0.3} as const;

function isWordAt(text: Readable, at: number): boolean {
	if (at < 0 || at >= text.length) return false;
	const c = text.charCodeAt(at);
	return c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : c !== 0 && isWordCode(c);
}

function isLineEdge(text: Readable, at: number): boolean {
	if (at < 0 || at >= text.length) return true;
	const c = text.charCodeAt(at);
	return c === 10 || c === 0;
}

/** Quality of an occurrence of `length` characters at `at`, by the word boundaries around it. */
export function boundaryQuality(text: Readable, at: number, length: number): number {
	const start = !isWordAt(text, at - 1) || !isWordAt(text, at);
	const end = !isWordAt(text, at + length) || !isWordAt(text, at + length - 1);
	return start ? (end ? quality.word : quality.wordStart) : end ? quality.wordEnd : quality.inside;
}

/** Whether an occurrence at `at` satisfies the anchors of `type`. */
function anchored(type: TermType, text: Readable, at: number, length: number): boolean {
	switch (type) {
		case 'prefix':
			return isLineEdge(text, at - 1);
		case 'suffix':
			return isLineEdge(text, at + length);
		case 'equal':
			return isLineEdge(text, at - 1) && isLineEdge(text, at + length);
		default:
			return true;
	}
}

/** Occurrences looked at per document when grading: enough to find a whole word, bounded for short terms (one for a single letter, where grades tell little). */
const maxLooks = 3;

/** Occurrences looked at per document when grading a term of `length` characters. */
export function looksFor(length: number): number {
	return length === 1 ? 1 : maxLooks;
}

/** The quality of an occurrence of `length` characters at `at`, or -1 when it does not satisfy the anchors of `type`. */
export function gradeAt(text: Readable, at: number, length: number, type: TermType): number {
	return anchored(type, text, at, length) ? boundaryQuality(text, at, length) : -1;
}

/**
 * The best quality of `needle` in `text` between `from` and `to` (exclusive), honouring the
 * anchors of `type`; -1 when it does not occur there. `accept`, when given, says which
 * occurrences count (those whose case as written is the term's): the others are passed over.
 */
export function bestIn(text: Readable, needle: string, type: TermType, from: number, to: number, accept?: (at: number) => boolean): number {
	return bestFrom(text, needle, type, text.indexOf(needle, from), to, accept);
}

/** `bestIn` from an occurrence already found at `first` (-1: none). */
function bestFrom(text: Readable, needle: string, type: TermType, first: number, to: number, accept?: (at: number) => boolean): number {
	let best = -1;
	let looks = 0;
	for (let at = first; at !== -1 && at + needle.length <= to; at = text.indexOf(needle, at + 1)) {
		if ((accept !== undefined && !accept(at)) || !anchored(type, text, at, needle.length)) continue;
		const grade = boundaryQuality(text, at, needle.length);
		if (best < 0 || grade < best) best = grade;
		if (best === quality.word || ++looks >= looksFor(needle.length)) break;
	}
	return best;
}

/** Every non-overlapping occurrence of `needle` in `text` that honours `type`'s anchors, as `[start, end)` ranges. */
export function occurrences(text: string, needle: string, type: TermType): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	for (let at = text.indexOf(needle); at !== -1; ) {
		if (anchored(type, text, at, needle.length)) {
			found.push([at, at + needle.length]);
			at = text.indexOf(needle, at + needle.length);
		} else at = text.indexOf(needle, at + 1);
	}
	return found;
}

/**
 * Scans the whole corpus text for `needle`, calling `hit(doc, quality)` for each document where
 * it occurs honouring `type`'s anchors: once per document, in order, for an unanchored type; maybe
 * more than once, out of order, for an anchored one. `starts` are the document starts. Linear in
 * the corpus however many documents match: after a hit it jumps to the next document. An anchored needle is searched together with the
 * separators around it (`\0` between documents, `\n` between lines), so `^m` does not stop at every m.
 */
export function scanCorpus(given: string | TextPieces, starts: Uint32Array, needle: string, type: TermType, hit: (doc: number, quality: number) => void): void {
	const text = piecesOf(given);
	if (type === 'exact' || type === 'fuzzy') {
		// One character is graded by its first occurrence alone: the one just found.
		if (needle.length === 1) scanFor(text, starts, needle, 0, (doc, at) => hit(doc, boundaryQuality(text, at, 1)));
		else scanFor(text, starts, needle, 0, (doc, at) => hit(doc, bestFrom(text, needle, type, at, starts[doc + 1]! - 1)));
		return;
	}
	// The first document of each piece has no separator before it there: each is checked whole.
	for (let piece = 0, doc = 0; piece < text.pieces.length && doc < starts.length - 1; piece++) {
		while (starts[doc]! < text.base(piece)) doc++;
		if (starts[doc] !== text.base(piece) || doc >= starts.length - 1) continue;
		const first = bestIn(text, needle, type, starts[doc]!, starts[doc + 1]! - 1);
		if (first >= 0) hit(doc, first);
	}
	const leads = type === 'suffix' ? [''] : ['\0', '\n'];
	const tails = type === 'prefix' ? [''] : ['\0', '\n'];
	for (const lead of leads) {
		for (const tail of tails) scanFor(text, starts, lead + needle + tail, lead.length, (doc, at) => hit(doc, bestIn(text, needle, type, at, starts[doc + 1]! - 1)));
	}
}

/** Calls `found(doc, at)` for the first occurrence of `search` in each document; `at` is where the needle starts, `skip` characters into `search`. */
function scanFor(text: Readable, starts: Uint32Array, search: string, skip: number, found: (doc: number, at: number) => void): void {
	const documents = starts.length - 1;
	let doc = 0;
	let at = text.indexOf(search);
	while (at !== -1) {
		const position = at + skip;
		while (doc < documents && starts[doc + 1]! <= position) doc++;
		if (doc >= documents) return;
		found(doc, position);
		at = text.indexOf(search, starts[doc + 1]! - skip);
	}
}
