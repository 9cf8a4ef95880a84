/** Ordering matches by score in linear time, however many there are. */

/** Score buckets: scores closer than 1/4096 keep their document order. */
const buckets = 4096;

/** Orders documents by score, best first, ties in document order: a counting sort over score buckets. */
export function rank(docs: Uint32Array, scores: Float32Array): {docs: Uint32Array; scores: Float32Array} {
	const counts = new Uint32Array(buckets + 1);
	const bucketOf = (score: number) => Math.min(buckets - 1, Math.floor(score * buckets));
	for (const score of scores) counts[bucketOf(score) + 1]!++;
	for (let b = 1; b <= buckets; b++) counts[b]! += counts[b - 1]!;
	const ordered = new Uint32Array(docs.length);
	const orderedScores = new Float32Array(docs.length);
	for (let i = 0; i < docs.length; i++) {
		const at = counts[bucketOf(scores[i]!)]!++;
		ordered[at] = docs[i]!;
		orderedScores[at] = scores[i]!;
	}
	return {docs: ordered, scores: orderedScores};
}
