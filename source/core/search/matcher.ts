/**
 * One query term against the corpus: which documents it matches and how well, and where in a
 * document's text. A term gets its documents the cheapest way it can: from the word index when
 * its text is one word (exact set), narrowed by the index and checked in the text when it is not
 * (superset), or by one scan of the whole corpus string when it is too short for the index. A
 * letter or digit alone is graded by where the index noted its first occurrence in each document.
 * A case-sensitive term is looked for folded and its case checked against what folding changed.
 */
import {CaseCheck, type CaseIndex, type CaseMap} from './case-map.js';
import type {CorpusFrame} from './corpus.js';
import {fuzzyVocabulary, isWordTerm, matchWord, type WordMatch} from './fuzzy.js';
import type {Term} from './query.js';
import {bestIn, boundaryQuality, gradeAt, looksFor, occurrences, quality, scanCorpus} from './scan.js';
import {characterSlot, characterSlots, documentFrequency, forEachWord, postingRuns, wordsContaining, type WordIndex} from './word-index.js';
import {Cursor, fittedSet, type DocSet, type Marker} from './doc-set.js';
import type {TextPieces} from './text-pieces.js';

export type Range = [start: number, end: number];

/** What a matcher reads: the corpus, its folded text and (once built) the word index. */
export type SearchData = {
	corpus: CorpusFrame;
	/** `fold(corpus.text)`, in pieces: same length, same offsets. */
	folded: TextPieces;
	/** What folding changed: where a case-sensitive term's case is checked. */
	changed: CaseMap;
	index: WordIndex | undefined;
	/** `changed` by character, built with the word index: what a case-sensitive scan reads. */
	cases: CaseIndex | undefined;
	/** The corpus text as written from `start` to `end` (exclusive), within one document. */
	written: (start: number, end: number) => string;
};

/** The quality of each `FirstPlace`, by its number. */
const firstQuality = [-1, quality.word, quality.wordStart, quality.wordEnd, quality.inside];

/** Fuzzy word matches sit below every exact match: 0.3 plus fuse.js's score. */
const fuzzyBase = quality.inside;

/** The longest run of word characters in a folded text. */
function longestPiece(text: string): string {
	let best = '';
	forEachWord(text, (start, end) => {
		if (end - start > best.length) best = text.slice(start, end);
	});
	return best;
}

export class TermMatcher {
	/** The documents that match and how well, when known exactly. */
	exact: DocSet | undefined;
	/** Documents outside this (sorted) set cannot match; those inside are checked in their text. */
	superset: Uint32Array | undefined;
	/** For a fuzzy term with typos allowed: the vocabulary words it matches. */
	private fuzzyWords: Map<string, WordMatch> | undefined;
	private readonly caseMemo = new Map<string, WordMatch | undefined>();
	private exactCursor: Cursor | undefined;
	private supersetCursor: Cursor | undefined;
	/** What is searched for in the folded text: the term folded. */
	private readonly needle: string;
	/** A one-character term, a letter or digit, once the index is built: its slot in the index's `firsts`, which grade it; else -1. */
	private firstSlot = -1;
	/** A case-sensitive term: checks an occurrence found folded against the case as written. */
	private readonly caseCheck: CaseCheck | undefined;

	constructor(
		readonly term: Term,
		private readonly data: SearchData,
		private readonly marker: Marker,
	) {
		this.caseCheck = term.caseSensitive ? new CaseCheck(data.changed, term.text, data.cases) : undefined;
		this.needle = this.caseCheck?.folded ?? term.text;
		const {index} = data;
		if (index === undefined) return;
		const folded = this.needle;
		if (term.errors > 0 && isWordTerm(folded)) this.fromFuzzyVocabulary(index, folded);
		else if (folded.length === 1 && !term.caseSensitive && (term.type === 'exact' || term.type === 'fuzzy')) this.firstSlot = characterSlot(folded.charCodeAt(0));
		else this.fromWordIndex(index, folded);
	}

	/** The documents holding a letter or digit, graded by where in its word it first occurs, as the index noted. */
	private fromFirsts(slot: number): DocSet {
		const {firsts, lengths} = this.data.index!;
		const docs = new Uint32Array(lengths.length);
		const qualities = new Float32Array(docs.length);
		let count = 0;
		for (let doc = 0; doc < docs.length; doc++) {
			const place = firsts[doc * characterSlots + slot]!;
			if (place === 0) continue;
			docs[count] = doc;
			qualities[count++] = firstQuality[place]!;
		}
		return fittedSet(docs, qualities, count);
	}

	/** Documents known to hold the match (or a superset), for choosing which term drives the search. */
	get size(): number {
		return this.exact?.docs.length ?? this.superset?.length ?? Number.POSITIVE_INFINITY;
	}

	private fromWordIndex(index: WordIndex, folded: string): void {
		const piece = longestPiece(folded);
		if (piece.length < 2) return;
		const words = wordsContaining(index, piece);
		let postings = 0;
		for (const w of words) postings += documentFrequency(index, w);
		// Past this a scan of the corpus string is about as cheap, and a union would hold most documents anyway.
		if (postings > 4 * index.lengths.length) return;
		const simple = piece === folded && !this.term.caseSensitive && (this.term.type === 'exact' || this.term.type === 'fuzzy');
		this.marker.reset();
		for (const w of words) {
			const word = index.words[w]!;
			const grade = word === piece ? quality.word : word.startsWith(piece) ? quality.wordStart : word.endsWith(piece) ? quality.wordEnd : quality.inside;
			postingRuns(index, w, (postings, from, to) => this.marker.markAll(postings, from, to, grade));
		}
		const set = this.marker.collect();
		if (simple) this.exact = set;
		else this.superset = set.docs;
	}

	private fromFuzzyVocabulary(index: WordIndex, folded: string): void {
		const matches = fuzzyVocabulary(index, folded, this.term.errors);
		this.fuzzyWords = new Map();
		this.marker.reset();
		for (const [w, match] of matches) {
			const word = index.words[w]!;
			this.fuzzyWords.set(word, match);
			const at = word.indexOf(folded);
			const grade = at >= 0 ? boundaryQuality(word, at, folded.length) : fuzzyBase + match.score;
			postingRuns(index, w, (postings, from, to) => this.marker.markAll(postings, from, to, grade));
		}
		const set = this.marker.collect();
		if (this.term.caseSensitive) this.superset = set.docs;
		else this.exact = set;
	}

	/** Finds this term's documents by one pass over the corpus string (or the index's first occurrences); used when most documents are candidates. */
	scanAll(): void {
		if (this.exact !== undefined || (this.term.errors > 0 && this.fuzzyWords !== undefined)) return;
		const {corpus, folded} = this.data;
		const {starts} = corpus;
		const {type} = this.term;
		const check = this.caseCheck;
		if (this.firstSlot >= 0) {
			this.exact = this.fromFirsts(this.firstSlot);
			return;
		}
		if (check === undefined && type !== 'exact' && type !== 'fuzzy') {
			// Anchored: found from each separator in turn, a document maybe more than once.
			this.marker.reset();
			scanCorpus(folded, starts, this.needle, type, (doc, grade) => this.marker.mark(doc, grade));
			this.exact = this.marker.collect();
			this.superset = undefined;
			return;
		}
		// Found in document order, each document once: the set is written as it comes.
		const docs = new Uint32Array(starts.length - 1);
		const qualities = new Float32Array(docs.length);
		let count = 0;
		if (check === undefined) {
			scanCorpus(folded, starts, this.needle, type, (doc, grade) => {
				docs[count] = doc;
				qualities[count++] = grade;
			});
		} else {
			// Each document where the term occurs as written, graded as `bestIn` grades: by its first few such occurrences.
			const {length} = this.needle;
			const looks = looksFor(length);
			const next = check.places(folded);
			let doc = 0;
			let end = -1;
			let best = -1;
			let seen = 0;
			for (let at = next(0); at !== -1; ) {
				if (at >= end) {
					if (best >= 0) {
						docs[count] = doc;
						qualities[count++] = best;
					}
					while (starts[doc + 1]! <= at) doc++;
					end = starts[doc + 1]! - 1;
					best = -1;
					seen = 0;
				}
				const grade = gradeAt(folded, at, length, type);
				if (grade >= 0 && (best < 0 || grade < best)) best = grade;
				at = next(grade >= 0 && (best === quality.word || ++seen >= looks) ? end : at + 1);
			}
			if (best >= 0) {
				docs[count] = doc;
				qualities[count++] = best;
			}
		}
		this.exact = fittedSet(docs, qualities, count);
		this.superset = undefined;
	}

	/** True when checking a document needs its text, or the index's `firsts`, not an exact set: what makes a scan worth it. */
	get needsText(): boolean {
		return this.exact === undefined;
	}

	/**
	 * How well document `doc` matches (0 best), or -1 when it does not; for `!` terms, whether it
	 * does not match. Documents must be asked in ascending order.
	 */
	test(doc: number): number {
		const grade = this.grade(doc);
		if (!this.term.inverse) return grade;
		return grade < 0 ? quality.wordEnd : -1;
	}

	private grade(doc: number): number {
		if (this.exact !== undefined) {
			this.exactCursor ??= new Cursor(this.exact.docs);
			const at = this.exactCursor.find(doc);
			return at < 0 ? -1 : this.exact.qualities[at]!;
		}
		if (this.superset !== undefined) {
			this.supersetCursor ??= new Cursor(this.superset);
			if (this.supersetCursor.find(doc) < 0) return -1;
		}
		const {corpus, folded, index} = this.data;
		if (this.firstSlot >= 0) return firstQuality[index!.firsts[doc * characterSlots + this.firstSlot]!]!;
		const start = corpus.starts[doc]!;
		const end = corpus.starts[doc + 1]! - 1;
		// Read from the document's piece of the text, where its offsets are less the piece's start.
		const piece = folded.pieceAt(start);
		const base = folded.base(piece);
		const check = this.caseCheck;
		const grade = bestIn(folded.pieces[piece]!, this.needle, this.term.type, start - base, end - base, check === undefined ? undefined : at => check.at(at + base));
		if (grade >= 0 || this.fuzzyWords === undefined) return grade;
		let best = -1;
		const lower = folded.slice(start, end);
		forEachWord(lower, (from, to) => {
			const match = this.wordMatch(lower.slice(from, to), () => this.data.written(start + from, start + to));
			if (match !== undefined && (best < 0 || fuzzyBase + match.score < best)) best = fuzzyBase + match.score;
		});
		return best;
	}

	/** The fuzzy match of a word of the text, folded; `original` gives it as written, which a case-sensitive term reads. */
	private wordMatch(folded: string, original: () => string): WordMatch | undefined {
		const match = this.fuzzyWords?.get(folded);
		if (match === undefined || !this.term.caseSensitive) return match;
		const word = original();
		if (!this.caseMemo.has(word)) this.caseMemo.set(word, matchWord(this.term.text, word, this.term.errors, true));
		return this.caseMemo.get(word);
	}

	/** Whether the term occurs between `start` and `end` of the corpus string: for ranking events whose headline has a term. */
	occursIn(start: number, end: number): boolean {
		if (this.caseCheck !== undefined) return this.caseCheck.occursBetween(this.data.folded, start, end);
		return this.data.folded.slice(start, end).includes(this.needle);
	}

	/** Where the term matches in a document: `[start, end)` ranges in its text. Empty for `!` terms. */
	ranges(text: string, folded: string): Range[] {
		if (this.term.inverse) return [];
		const found: Range[] = occurrences(this.term.caseSensitive ? text : folded, this.term.text, this.term.type);
		if (this.fuzzyWords === undefined) return found;
		forEachWord(folded, (from, to) => {
			const match = this.wordMatch(folded.slice(from, to), () => text.slice(from, to));
			if (match === undefined) return;
			for (const [start, end] of match.ranges) found.push([from + start, from + end]);
		});
		return found;
	}
}
