/** Ordering matches by score in linear time, however many there are, and only as far as the pages asked. */
import type {TermMatcher} from './matcher.js';
import type {Query} from './query.js';

/** Score buckets: scores closer than 1/4096 keep their document order. */
const buckets = 4096;

/** A score's bucket: scores are from 0 to 1. */
const bucketOf = (score: number) => Math.min(buckets - 1, Math.floor(score * buckets));

/** How much further than the last page a later page is ordered ahead, so scrolling down takes few passes. */
const ahead = 4;

/**
 * Matching documents, best first, ties in document order: a counting sort over score buckets, done
 * only as far as the pages asked. The first page of 600,000 matches costs a pass counting the
 * buckets and one picking out the few best buckets; a later page, a pass picking out the next ones.
 */
export class Ranking {
	/** How many documents match. */
	readonly total: number;
	/** Where each bucket starts in the order, counted when the first page is asked. */
	private starts: Uint32Array | undefined;
	/** The order as far as it is known: its first `placed` entries, whole buckets (the first `placedBuckets`). */
	private ordered = new Uint32Array(0);
	private orderedScores = new Float32Array(0);
	private placed = 0;
	private placedBuckets = 0;

	/** `docs`: the matching documents in document order; `scores`: aligned with them, 0 best. */
	constructor(
		readonly query: Query,
		/** The matcher of every term, by group: what results.ts needs to find the ranges. */
		readonly matchers: TermMatcher[][],
		private readonly docs: Uint32Array,
		private readonly scores: Float32Array,
	) {
		this.total = docs.length;
	}

	/** Documents `from` to `to` (exclusive) in rank order, with their scores. */
	slice(from: number, to: number): {docs: Uint32Array; scores: Float32Array} {
		const end = Math.min(Math.max(0, to), this.total);
		const start = Math.min(Math.max(0, from), end);
		if (end > this.placed) this.place(end);
		return {docs: this.ordered.subarray(start, end), scores: this.orderedScores.subarray(start, end)};
	}

	/** Places the buckets after those placed, up to the one holding position `to - 1` (or further ahead when some are placed). */
	private place(to: number): void {
		const {docs, scores, total} = this;
		this.starts ??= countBuckets(scores);
		const {starts} = this;
		const want = Math.min(total, Math.max(to, this.placed * ahead));
		const first = this.placedBuckets;
		let last = first;
		while (starts[last + 1]! < want) last++;
		const end = starts[last + 1]!;
		const ordered = new Uint32Array(end);
		const orderedScores = new Float32Array(end);
		ordered.set(this.ordered);
		orderedScores.set(this.orderedScores);
		// Where the next document of each bucket goes.
		const next = starts.slice(first, last + 1);
		// The scores in those buckets, compared as they are (multiplying by a power of two is exact): most are not.
		const low = first / buckets;
		const high = last === buckets - 1 ? Number.POSITIVE_INFINITY : (last + 1) / buckets;
		for (let i = 0; i < total; i++) {
			const score = scores[i]!;
			if (score < low || score >= high) continue;
			const at = next[bucketOf(score) - first]!++;
			ordered[at] = docs[i]!;
			orderedScores[at] = score;
		}
		this.ordered = ordered;
		this.orderedScores = orderedScores;
		this.placed = end;
		this.placedBuckets = last + 1;
	}
}

/** Where each score bucket starts in rank order (and, last, the number of scores). */
function countBuckets(scores: Float32Array): Uint32Array {
	const starts = new Uint32Array(buckets + 1);
	for (let i = 0; i < scores.length; i++) starts[bucketOf(scores[i]!) + 1]!++;
	for (let b = 1; b <= buckets; b++) starts[b]! += starts[b - 1]!;
	return starts;
}
