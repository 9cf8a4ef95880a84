/**
 * Sets of documents as sorted Uint32Arrays with a match quality each, built by marking a shared
 * scratch array rather than by allocating per document: unions of a million postings stay cheap.
 */

export type DocSet = {
	/** Document ids, ascending. */
	docs: Uint32Array;
	/** Quality per document, 0 best (see scan.ts), aligned with `docs`. */
	qualities: Float32Array;
};

/**
 * The set of the first `count` entries of arrays sized for every document: the arrays themselves
 * when most documents are in it (no copy), copies when few are (not to hold the rest).
 */
export function fittedSet(docs: Uint32Array, qualities: Float32Array, count: number): DocSet {
	if (count * 2 > docs.length) return {docs: docs.subarray(0, count), qualities: qualities.subarray(0, count)};
	return {docs: docs.slice(0, count), qualities: qualities.slice(0, count)};
}

/** Marks documents during a union, keeping the best quality each; reused across unions. */
export class Marker {
	private readonly stamp: Uint32Array;
	private readonly best: Float32Array;
	private readonly touched: Uint32Array;
	private count = 0;
	private generation = 0;

	constructor(documents: number) {
		this.stamp = new Uint32Array(documents);
		this.best = new Float32Array(documents);
		this.touched = new Uint32Array(documents);
	}

	/** Starts a new set. */
	reset(): void {
		this.count = 0;
		this.generation++;
		if (this.generation === 0xffffffff) {
			this.stamp.fill(0);
			this.generation = 1;
		}
	}

	mark(doc: number, quality: number): void {
		if (this.stamp[doc] !== this.generation) {
			this.stamp[doc] = this.generation;
			this.best[doc] = quality;
			this.touched[this.count++] = doc;
		} else if (quality < this.best[doc]!) this.best[doc] = quality;
	}

	/** Marks every document of a postings slice. */
	markAll(postings: Uint32Array, from: number, to: number, quality: number): void {
		for (let i = from; i < to; i++) this.mark(postings[i]!, quality);
	}

	has(doc: number): boolean {
		return this.stamp[doc] === this.generation;
	}

	get size(): number {
		return this.count;
	}

	/** The marked documents as a sorted set. A sweep when most are marked, a sort when few are. */
	collect(): DocSet {
		const docs = new Uint32Array(this.count);
		if (this.count * 8 > this.stamp.length) {
			let at = 0;
			for (let doc = 0; doc < this.stamp.length; doc++) if (this.stamp[doc] === this.generation) docs[at++] = doc;
		} else {
			docs.set(this.touched.subarray(0, this.count));
			docs.sort();
		}
		const qualities = new Float32Array(docs.length);
		for (let i = 0; i < docs.length; i++) qualities[i] = this.best[docs[i]!]!;
		return {docs, qualities};
	}
}

/**
 * Looks documents up in a sorted array when they are asked in ascending order, as candidates
 * are: a forward-moving cursor with galloping, so a pass over all of them is linear.
 */
export class Cursor {
	private at = 0;
	constructor(private readonly docs: Uint32Array) {}

	/** Position of `doc` in the array, or -1. Calls must not go backwards. */
	find(doc: number): number {
		const {docs} = this;
		let low = this.at;
		if (low >= docs.length) return -1;
		if (docs[low]! < doc) {
			let step = 1;
			let high = low + 1;
			while (high < docs.length && docs[high]! < doc) {
				low = high;
				step *= 2;
				high = low + step;
			}
			high = Math.min(high, docs.length - 1);
			while (low < high) {
				const mid = (low + high) >> 1;
				if (docs[mid]! < doc) low = mid + 1;
				else high = mid;
			}
		}
		this.at = low;
		return docs[low] === doc ? low : -1;
	}
}

/** Documents in both sorted arrays: a view of the array written when they fill most of it (no copy), a copy when few do. */
export function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
	const out = new Uint32Array(Math.min(a.length, b.length));
	let n = 0;
	const cursor = new Cursor(b);
	for (const doc of a) if (cursor.find(doc) >= 0) out[n++] = doc;
	return n * 2 > out.length ? out.subarray(0, n) : out.slice(0, n);
}
