/**
 * The corpus text as written, kept as what folding changed: search reads the folded text (lower
 * case, no accents, the same length), and the text as written is needed only for case-sensitive
 * terms and for the results shown. Most characters fold to themselves, so the few that do not
 * (capitals, accented letters: a few in a hundred) are kept with their places, and a document's
 * text is put back together from the folded text when asked for. At 100,000 articles this holds
 * tens of megabytes where a second copy of the text held two hundred.
 */
import type {Corpus, CorpusFrame} from './corpus.js';
import {fold} from './fold.js';

export type CaseMap = {
	/** Where folding changed a character, ascending. */
	positions: Uint32Array;
	/** The character as written at each of `positions`. */
	codes: Uint16Array;
};

/**
 * Folds a text given in parts, keeping the folded parts and what folding changed: the text as
 * written is never whole, so it is never held twice (a worker receiving a corpus in parts folds
 * each as it comes).
 */
export class FoldedText {
	private readonly parts: string[] = [];
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
			for (let i = 0; i < bytes.length; i++) {
				const code = bytes[i]!;
				if ((code - 65) >>> 0 < 26) {
					this.push(this.length + i, code);
					bytes[i] = code | 0x20;
				}
			}
			this.parts.push(bytes.toString('latin1'));
			this.length += text.length;
			return;
		}
		const folded = fold(text);
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code !== folded.charCodeAt(i)) this.push(this.length + i, code);
		}
		this.parts.push(folded);
		this.length += text.length;
	}

	private push(position: number, code: number): void {
		if (this.count === this.positions.length) {
			const positions = new Uint32Array(this.count * 2);
			positions.set(this.positions);
			this.positions = positions;
			const codes = new Uint16Array(this.count * 2);
			codes.set(this.codes);
			this.codes = codes;
		}
		this.positions[this.count] = position;
		this.codes[this.count++] = code;
	}

	/** The whole folded text and its case map. */
	finish(): {folded: string; changed: CaseMap} {
		const folded = this.parts.join('');
		this.parts.length = 0;
		return {folded, changed: {positions: this.positions.slice(0, this.count), codes: this.codes.slice(0, this.count)}};
	}
}

/** What folding changed in `text`, and the folded text. */
export function foldWithMap(text: string): {folded: string; changed: CaseMap} {
	const builder = new FoldedText();
	builder.add(text);
	return builder.finish();
}

/** A corpus whose text is given folded, with what folding changed: built in parts, it is never held twice. */
export type FoldedCorpus = CorpusFrame & {folded: string; changed: CaseMap};

/** `corpus` with its text folded (a corpus given folded already is returned as it is). */
export function foldedCorpus(corpus: Corpus | FoldedCorpus): FoldedCorpus {
	if (!('text' in corpus)) return corpus;
	const {text, ...frame} = corpus;
	return {...frame, ...foldWithMap(text)};
}

/** The text as written from `start` to `end` (exclusive), from the folded text and its case map. */
export function written({positions, codes}: CaseMap, folded: string, start: number, end: number): string {
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
