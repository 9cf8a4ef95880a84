/**
 * Pairing the paragraphs of two articles for the full-text comparison. Two articles about the
 * same story rarely keep their paragraphs in the same places: the 2011 article's last paragraph
 * may answer the 2010 article's fourth. Paragraphs are paired by the words they share (Jaccard
 * on sets of content words), keeping reading order, so the pairs read down both articles at once.
 */
import {diffArrays} from 'diff';
import {contentWords} from './words.js';

/** Paragraphs sharing less than this are not paired: below it the shared words are incidental. */
export const pairingThreshold = 0.2;

/**
 * Above this many paragraph pairs (a thousand paragraphs each) every pair is not scored: only
 * identical paragraphs are paired, by `diffArrays`, so a huge article still opens at once.
 */
export const maxScoredPairs = 1_000_000;

/** One row of the full-text comparison: a pair, or a paragraph only one article has. Indexes count from 0. */
export type ParagraphPair = {before?: number; after?: number; similarity: number};

/** Content words with a plural `s` dropped, so "crimes" meets "crime" and "immigrants" meets "immigrant". */
export function wordSet(text: string): Set<string> {
	return new Set(contentWords(text).map(word => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word)));
}

/** How alike two paragraphs are by their word sets (`wordSet`): Jaccard similarity, shared words over all words, 0 to 1. */
export function paragraphSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	if (a.size === 0 && b.size === 0) return 0;
	let shared = 0;
	for (const word of a) if (b.has(word)) shared++;
	return shared / (a.size + b.size - shared);
}

/**
 * Pairs paragraphs so that the pairs keep both articles' order and gain the most: a pair gains
 * what its similarity exceeds `pairingThreshold` by, so one close pair outweighs two that only
 * just pass, and paragraphs alike by less stay unpaired. This is a weighted alignment rather
 * than `diffArrays` with a "similar enough" comparator: Myers' diff maximises the number of
 * pairs and, when two candidate pairs cross, keeps either one, where this keeps the closer.
 * Unpaired paragraphs come in reading order, the earlier article's first. Articles too long to
 * score every pair (`maxScoredPairs`) get only their identical paragraphs paired.
 */
export function pairParagraphs(before: readonly string[], after: readonly string[]): ParagraphPair[] {
	const pairs = before.length * after.length > maxScoredPairs ? identicalPairs(before, after) : closestPairs(before, after);
	// Between two pairs, the earlier article's unpaired paragraphs first, then the later one's.
	const rows: ParagraphPair[] = [];
	let i = 0;
	let j = 0;
	for (const pair of [...pairs, {before: before.length, after: after.length, similarity: 0}]) {
		while (i < pair.before) rows.push({before: i++, similarity: 0});
		while (j < pair.after) rows.push({after: j++, similarity: 0});
		if (pair.before < before.length) rows.push(pair);
		i = pair.before + 1;
		j = pair.after + 1;
	}
	return rows;
}

type Pair = {before: number; after: number; similarity: number};

/** Identical paragraphs in order, from `diffArrays`; none when the articles differ by more than a thousand paragraphs. */
function identicalPairs(before: readonly string[], after: readonly string[]): Pair[] {
	const changes = diffArrays([...before], [...after], {maxEditLength: Math.sqrt(maxScoredPairs)}) ?? [];
	const pairs: Pair[] = [];
	let i = 0;
	let j = 0;
	for (const change of changes) {
		if (change.added) j += change.count;
		else if (change.removed) i += change.count;
		else for (let k = 0; k < change.count; k++) pairs.push({before: i++, after: j++, similarity: 1});
	}
	return pairs;
}

/** The order-keeping pairs of greatest total gain (see `pairParagraphs`). */
function closestPairs(before: readonly string[], after: readonly string[]): Pair[] {
	const a = before.map(wordSet);
	const b = after.map(wordSet);
	const n = a.length;
	const m = b.length;
	const width = m + 1;
	// best[i * width + j]: the largest total gain for before[i..] and after[j..].
	const best = new Float64Array((n + 1) * width);
	const score = new Float64Array(n * m);
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			const s = paragraphSimilarity(a[i]!, b[j]!);
			score[i * m + j] = s;
			const pair = s >= pairingThreshold ? s - pairingThreshold + best[(i + 1) * width + j + 1]! : -1;
			best[i * width + j] = Math.max(pair, best[(i + 1) * width + j]!, best[i * width + j + 1]!);
		}
	}
	const pairs: Pair[] = [];
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		const s = score[i * m + j]!;
		const here = best[i * width + j]!;
		if (s >= pairingThreshold && here === s - pairingThreshold + best[(i + 1) * width + j + 1]!) pairs.push({before: i++, after: j++, similarity: s});
		else if (here === best[(i + 1) * width + j]!) i++;
		else j++;
	}
	return pairs;
}
