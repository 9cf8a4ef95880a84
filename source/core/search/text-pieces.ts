/**
 * The corpus's folded text in pieces, each a run of whole documents (every document ends in `\0`).
 * At 100,000 articles the text is 200 million characters: joined into one string it would be held
 * twice for a moment, as the parts it was folded in and as the whole. Positions are the whole
 * text's (the corpus's `starts`); a document is always in one piece, so what is read of one
 * document is read from its piece, and `indexOf` goes on from piece to piece.
 */

/** What reading a text needs: a string, or the corpus's folded text in pieces. */
export type Readable = {
	readonly length: number;
	charCodeAt(at: number): number;
	indexOf(search: string, from?: number): number;
	startsWith(search: string, at?: number): boolean;
	slice(start: number, end?: number): string;
};

export class TextPieces implements Readable {
	readonly length: number;
	readonly pieces: readonly string[];
	/** Where each piece starts in the whole text, and one more: the text's length. */
	private readonly bases: number[] = [0];
	/** The piece last looked in: reads mostly stay in one piece. */
	private last = 0;

	constructor(pieces: readonly string[]) {
		this.pieces = pieces.length === 0 ? [''] : pieces;
		for (const piece of this.pieces) this.bases.push(this.bases.at(-1)! + piece.length);
		this.length = this.bases.at(-1)!;
	}

	/** The piece holding position `at` (the last piece for the text's end, and past it). */
	pieceAt(at: number): number {
		const {bases, last} = this;
		if (at >= bases[last]! && (at < bases[last + 1]! || last === this.pieces.length - 1)) return last;
		let low = 0;
		let high = this.pieces.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (bases[mid]! <= at) low = mid;
			else high = mid - 1;
		}
		this.last = low;
		return low;
	}

	/** Where piece `piece` starts in the whole text. */
	base(piece: number): number {
		return this.bases[piece]!;
	}

	charCodeAt(at: number): number {
		if (at < 0 || at >= this.length) return Number.NaN;
		const piece = this.pieceAt(at);
		return this.pieces[piece]!.charCodeAt(at - this.bases[piece]!);
	}

	/**
	 * The first occurrence of `search` at or after `from`, or -1. An occurrence is found within a
	 * piece: one running from a piece into the next would hold the `\0` that ends the first, so a
	 * caller searching for a document's end and what follows it checks each piece's first document itself.
	 */
	indexOf(search: string, from = 0): number {
		for (let piece = this.pieceAt(Math.max(0, from)); piece < this.pieces.length; piece++) {
			const base = this.bases[piece]!;
			const at = this.pieces[piece]!.indexOf(search, Math.max(0, from - base));
			if (at !== -1) return base + at;
		}
		return -1;
	}

	startsWith(search: string, at = 0): boolean {
		if (at < 0 || at + search.length > this.length) return false;
		const piece = this.pieceAt(at);
		const base = this.bases[piece]!;
		return at + search.length <= this.bases[piece + 1]! ? this.pieces[piece]!.startsWith(search, at - base) : this.slice(at, at + search.length) === search;
	}

	/** The text from `start` to `end`: from one piece when they are in one (a document always is). */
	slice(start: number, end = this.length): string {
		const from = Math.max(0, Math.min(start, this.length));
		const to = Math.max(from, Math.min(end, this.length));
		let piece = this.pieceAt(from);
		let out = this.pieces[piece]!.slice(from - this.bases[piece]!, to - this.bases[piece]!);
		while (to > this.bases[piece + 1]!) {
			piece++;
			out += this.pieces[piece]!.slice(0, to - this.bases[piece]!);
		}
		return out;
	}
}

/** `text` as pieces: itself, or one piece. */
export function piecesOf(text: string | TextPieces): TextPieces {
	return typeof text === 'string' ? new TextPieces([text]) : text;
}
