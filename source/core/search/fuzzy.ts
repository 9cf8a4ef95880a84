/**
 * Typo-tolerant matching of a fuzzy term against words, scored by fuse.js's Bitap search. Running
 * Bitap over whole articles is what makes fuse.js slow on long texts (and its location scoring
 * misses matches deep in them), so it runs over the vocabulary instead: a few thousand short
 * words that survive cheap filters, rather than every article.
 */
import Fuse from 'fuse.js';
import {letterMask, wordsContaining, type WordIndex} from './word-index.js';

export type WordMatch = {
	/** fuse.js's score: edits over the term's length (0 exact). */
	score: number;
	/** Matched characters of the word, `[start, end)`. */
	ranges: Array<[number, number]>;
};

/** Bitap with location ignored: a match anywhere in the word counts the same. */
function fuseOptions(term: string, errors: number, caseSensitive: boolean) {
	return {
		ignoreLocation: true,
		ignoreFieldNorm: true,
		includeMatches: true,
		isCaseSensitive: caseSensitive,
		// fuse.js's score is edits ÷ length; a hair above errors ÷ length admits exactly `errors` edits.
		threshold: (errors + 0.5) / term.length,
		minMatchCharLength: 1,
	};
}

/** True when every capital of `term` is in `word`: smart case, so a typo never stands in for a capital. */
function hasCapitals(term: string, word: string): boolean {
	for (const char of term) if (char !== char.toLowerCase() && !word.includes(char)) return false;
	return true;
}

/**
 * Matches one term against one word with fuse.js; undefined when it is more than `errors` edits
 * away or, for a case-sensitive term, when the word lacks one of its capitals.
 */
export function matchWord(term: string, word: string, errors: number, caseSensitive: boolean): WordMatch | undefined {
	if (caseSensitive && !hasCapitals(term, word)) return undefined;
	const result = Fuse.match(term, word, fuseOptions(term, errors, caseSensitive));
	if (!result.isMatch) return undefined;
	const score = result.score < 0.01 ? 0 : result.score;
	if (score * term.length > errors + 0.5) return undefined;
	return {score, ranges: (result.indices ?? []).map(([start, end]) => [start, end + 1] as [number, number])};
}

/** True when `term` is made only of letters and digits: the kind a word can fuzzily match. */
export function isWordTerm(term: string): boolean {
	return /^[\p{L}\p{N}\p{M}]+$/u.test(term);
}

function popcount(value: number): number {
	let v = value - ((value >>> 1) & 0x55555555);
	v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
	return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Every vocabulary word that `term` (folded) matches with at most `errors` edits, with its score.
 * Candidates come from the pigeonhole principle: split into `errors + 1` pieces, at least one
 * piece survives the edits unchanged, so a matching word contains one of them. A word too short,
 * or missing more distinct letters of the term than there are edits, is skipped before fuse.js.
 */
export function fuzzyVocabulary(index: WordIndex, term: string, errors: number): Map<number, WordMatch> {
	const found = new Map<number, WordMatch>();
	const pieces = errors + 1;
	const size = Math.floor(term.length / pieces);
	const candidates = new Set<number>();
	for (let p = 0; p < pieces; p++) {
		const piece = term.slice(p * size, p === pieces - 1 ? term.length : (p + 1) * size);
		for (const id of wordsContaining(index, piece)) candidates.add(id);
	}
	const termMask = letterMask(term);
	for (const id of candidates) {
		const word = index.words[id]!;
		if (word.length < term.length - errors) continue;
		if (popcount(termMask & ~index.masks[id]!) > errors) continue;
		const match = matchWord(term, word, errors, false);
		if (match !== undefined) found.set(id, match);
	}
	return found;
}
