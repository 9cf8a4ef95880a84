/** Ordering matches by score in linear time, however many there are. */

/** Score buckets: scores closer than 1/4096 keep their document order. */
const buckets = 4096;

/** Orders documents by score, best first, ties in document order: a counting sort over score buckets. */
export function rank(docs: Uint32Array, scores: Float32Array): {docs: Uint32Array; scores: Float32Array} {
	const counts = new Uint32Array(buckets + 1);
	// Each score's bucket, worked out once: scores are from 0 to 1.
	const bucketOf = new Uint16Array(docs.length);
	for (let i = 0; i < scores.length; i++) {
		const bucket = Math.min(buckets - 1, Math.floor(scores[i]! * buckets));
		bucketOf[i] = bucket;
		counts[bucket + 1]!++;
	}
	for (let b = 1; b <= buckets; b++) counts[b]! += counts[b - 1]!;
	const ordered = new Uint32Array(docs.length);
	const orderedScores = new Float32Array(docs.length);
	for (let i = 0; i < docs.length; i++) {
		const at = counts[bucketOf[i]!]!++;
		ordered[at] = docs[i]!;
		orderedScores[at] = scores[i]!;
	}
	return {docs: ordered, scores: orderedScores};
}
