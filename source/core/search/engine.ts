/**
 * The search engine: runs a parsed query over a corpus and ranks the matching documents.
 *
 * 1. Each term gets its documents from the word index where it can (see matcher.ts).
 * 2. The smallest such set drives: only its documents are candidates. When the query refines the
 *    previous one (it grew as it was typed), candidates are also limited to the previous matches.
 * 3. Terms the index cannot answer are checked in each candidate's text, or, when most
 *    documents are candidates, found by one scan of the corpus string.
 *    A query of one term, or of alternatives, whose documents are all known exactly (by the
 *    index or the scan) needs neither: their union is the matches, each with its best grade.
 * 4. Matches are scored, and ordered by a bucket sort as far as the pages asked (rank.ts), so
 *    600,000 matches rank in linear time and the first page costs two passes over their scores.
 *
 * Nothing here allocates per document except the result arrays. A search can be cancelled
 * between documents (`shouldStop`), so a worker can drop a query the user has already typed past.
 */
import type {Corpus, CorpusFrame} from './corpus.js';
import {caseIndexSteps, foldedCorpus, written, type CaseIndex, type FoldedCorpus} from './case-map.js';
import {Marker, intersect, type DocSet} from './doc-set.js';
import {isWordTerm} from './fuzzy.js';
import {TermMatcher, type SearchData} from './matcher.js';
import {parseQuery, refines, type Query} from './query.js';
import {twoThreadIndexSteps} from './index-halves.js';
import {eventMask, filterKey, type FilterFacts} from './qualifiers.js';
import {combineFilters, type Filter} from '../filter/field-filter.js';
import {Ranking} from './rank.js';

export {Ranking};

/** `shouldStop`: called every `checkEvery` documents; a true answer abandons the search (it returns undefined). */
export type SearchOptions = {shouldStop?: () => boolean};
const checkEvery = 4096;

/*
 * Ranking. A score runs from 0 (best) to 1, a weighted sum of three parts, each 0 to 1:
 *
 *   score = matchWeight · match  +  placeWeight · place  +  lengthWeight · length
 *           how exactly the terms    where they matched:     how long the document is:
 *           matched (0 exact, up     0 an event's headline,  short ones first
 *           to 1 for typos)          then its other fields,
 *                                    then article passages
 */

/** How well the words match counts most: a typo-free match outranks a better place. */
const matchWeight = 0.6;
/** Where the match is comes next: an event whose headline matches is what a reader is most likely after. */
const placeWeight = 0.25;
/** Length only breaks near-ties: a short passage that matches is more about the query than a long one. */
const lengthWeight = 0.15;
/** `place` of an event that matched outside its headline: behind a headline match, ahead of an article passage. */
const eventBodyPlace = 0.4;
/** `place` of an article passage: events come first, since they are what the timeline is made of. */
const passagePlace = 0.7;
/** Characters per word, to estimate a document's length before the word index (which counts words) is built. */
const charactersPerWord = 6;
/** The length in words at which `length` reaches 0.29 (1 - 1/√2): past a sentence or two, length starts to count. */
const lengthScale = 16;

export class SearchEngine {
	readonly corpus: CorpusFrame;
	readonly data: SearchData;
	private readonly marker: Marker;
	private last: {text: string; query: Query; matched: Uint32Array; ranking: Ranking} | undefined;
	private mask: {key: string; keep: Uint8Array} | undefined;
	private readonly facts: FilterFacts | undefined;
	private indexing: Generator<void, void> | undefined;
	/** The index is built a step at a time by the owner (`indexStep`): queries do not wait for it. */
	private readonly stepped: boolean;
	private readonly base: Filter | undefined;
	/** `lengthWeight · length` per document, and whether by the word index's counts or estimated from characters. */
	private lengthParts: {counted: boolean; parts: Float64Array} | undefined;
	private headlines: Uint32Array | undefined;
	private readonly helper: URL | undefined;

	/**
	 * `index: 'eager'` builds the word index now; `'lazy'` only when a query needs typo tolerance;
	 * `'steps'` as the owner calls `indexStep` (the worker, between messages), queries meanwhile
	 * matching words as typed, by scanning. `facts` (see qualifiers.ts) let field qualifiers apply;
	 * without them a query with qualifiers matches nothing, rather than ignoring what was asked.
	 * `filter` applies to every query as if typed in it (`search --filter`, the explorer's facets).
	 * `helper`: the index worker's script, so a large corpus is indexed on two threads (index-halves.ts).
	 */
	constructor(given: Corpus | FoldedCorpus, {index = 'eager', facts, filter, helper}: {index?: 'eager' | 'lazy' | 'steps'; facts?: FilterFacts; filter?: Filter; helper?: URL | undefined} = {}) {
		this.facts = facts;
		this.base = filter;
		this.helper = helper;
		// Only the folded text is kept, with what folding changed: the text as written is put back together when needed.
		const {folded, changed, ...corpus} = foldedCorpus(given);
		this.corpus = corpus;
		this.data = {corpus, folded, changed, index: undefined, cases: undefined, written: (start, end) => written(changed, folded, start, end)};
		this.marker = new Marker(corpus.starts.length - 1);
		this.stepped = index === 'steps';
		if (index === 'eager') this.ensureIndex();
	}

	get documents(): number {
		return this.corpus.starts.length - 1;
	}

	/** Whether the word index and the case index are built. */
	get indexed(): boolean {
		return this.data.cases !== undefined;
	}

	/** Builds the word index (and the case index) if it is not built yet. */
	ensureIndex(): void {
		while (!this.indexStep());
	}

	/**
	 * Builds a step of the word index, then of the case index (some tens of milliseconds); true once
	 * both are built. Until then searches scan the corpus string, which gives the same matches, only slower.
	 */
	indexStep(): boolean {
		if (this.indexed) return true;
		this.indexing ??= this.indexSteps();
		if (this.indexing.next().done !== true) return false;
		this.indexing = undefined;
		return true;
	}

	private *indexSteps(): Generator<void, void> {
		// The case index, built while a helper thread finishes its half of the word index if it does; said built only after the word index.
		let cases: CaseIndex | undefined;
		const caseSteps = (function* (changed) {
			cases = yield* caseIndexSteps(changed);
		})(this.data.changed);
		if (this.data.index === undefined) {
			this.data.index = yield* twoThreadIndexSteps(this.data.folded, this.corpus.starts, this.documents, this.helper, {meanwhile: caseSteps});
			// A query answered without the index, asked again, is answered anew: with typo tolerance now.
			this.last = undefined;
			// Documents' lengths by their word counts, ready for the next query.
			this.lengths();
			this.headlineEnds();
			yield;
		}
		while (caseSteps.next().done !== true) yield;
		this.data.cases = cases;
	}

	/** Parses a query and prepares a matcher for each term (building the index first if a term needs it). */
	compile(text: string): {query: Query; matchers: TermMatcher[][]} {
		const query = parseQuery(text);
		// Typo tolerance needs the index; while it is being built in steps, words match as typed.
		if (!this.stepped && query.groups.some(group => group.some(term => term.errors > 0 && isWordTerm(term.text)))) this.ensureIndex();
		return {query, matchers: query.groups.map(group => group.map(term => new TermMatcher(term, this.data, this.marker)))};
	}

	/** Runs a query; undefined when `shouldStop` said to stop. An empty query matches nothing. */
	search(text: string, {shouldStop}: SearchOptions = {}): Ranking | undefined {
		if (this.last?.text === text) return this.last.ranking;
		const {query, matchers} = this.compile(text);
		const empty = new Ranking(query, matchers, new Uint32Array(0), new Float32Array(0));
		const filter = this.base === undefined || query.filter === undefined ? (query.filter ?? this.base) : combineFilters(this.base, query.filter);
		const keep = filter === undefined ? undefined : this.kept(filter);
		if (matchers.length === 0) return keep === undefined || query.filter === undefined ? empty : this.keptEvents(query, keep);

		// A query of one group whose terms are all known exactly: its documents are the matches, graded already.
		let matches = this.exactMatches(matchers);
		// The previous query's matches narrow the candidates, unless they are known exactly anyway.
		const previous = matches === undefined && this.last !== undefined && refines(query, this.last.query) ? this.last.matched : undefined;
		let candidates = matches?.docs ?? this.candidates(matchers, previous);
		let count = candidates?.length ?? this.documents;

		// Terms that would read the text of most documents read the corpus string once instead.
		let scanned = false;
		for (const group of matchers) {
			for (const m of group) {
				if (m.needsText && (m.superset?.length ?? count) * 4 > this.documents && count * 4 > this.documents) {
					m.scanAll();
					scanned = true;
				}
			}
		}
		if (scanned) {
			// Known exactly now, by the scan; or, where every document was a candidate, a term's set found by the scan may drive: only its documents are scored.
			matches = this.exactMatches(matchers);
			if (matches !== undefined) candidates = matches.docs;
			else if (candidates === undefined) candidates = this.candidates(matchers, undefined, false);
			count = candidates?.length ?? this.documents;
		}

		const plan: Plan = {
			groups: matchers,
			graded: matchers.map(group => !group.every(m => m.term.inverse)),
			positive: matchers.flat().filter(m => !m.term.inverse),
			lengths: this.lengths(),
			headlineEnds: this.headlineEnds(),
		};
		// Matches known exactly: their grades are read in step with them.
		const grades = matches?.qualities;
		// Known exactly, with no filter: every candidate matches, and the matches are those documents as they are.
		const every = keep === undefined ? matches?.docs : undefined;
		const matched = every ?? new Uint32Array(count);
		const scores = new Float32Array(count);
		let found = 0;
		for (let i = 0; i < count; i++) {
			if (i % checkEvery === checkEvery - 1 && shouldStop?.()) return undefined;
			const doc = candidates === undefined ? i : candidates[i]!;
			// A passage belongs to the event whose article pane shows it; one no event shows has none to match.
			if (keep !== undefined && keep[this.corpus.events[doc]!] !== 1) continue;
			const score = grades === undefined ? this.score(doc, plan) : this.scoreOf(grades[i]!, doc, plan);
			if (score < 0) continue;
			if (every === undefined) matched[found] = doc;
			scores[found++] = score;
		}
		candidates = matched.subarray(0, found);
		const ranking = new Ranking(query, matchers, candidates, scores.subarray(0, found));
		this.last = {text, query, matched: candidates, ranking};
		return ranking;
	}

	/**
	 * The documents worth scoring: those of the group whose terms all have document sets, with the
	 * fewest documents in all, and among the previous query's matches when this one refines it.
	 * Undefined: every document. `unions`: whether a group of alternatives may drive (their union is built).
	 */
	private candidates(matchers: TermMatcher[][], previous: Uint32Array | undefined, unions = true): Uint32Array | undefined {
		let driver: Uint32Array | undefined;
		for (const group of matchers) {
			if ((!unions && group.length > 1) || group.some(m => m.term.inverse || m.size === Number.POSITIVE_INFINITY)) continue;
			const size = group.reduce((sum, m) => sum + m.size, 0);
			if (driver !== undefined && size >= driver.length) continue;
			if (group.length === 1) driver = group[0]!.exact?.docs ?? group[0]!.superset;
			else {
				this.marker.reset();
				for (const m of group) for (const doc of m.exact?.docs ?? m.superset ?? []) this.marker.mark(doc, 0);
				driver = this.marker.collect().docs;
			}
		}
		return driver !== undefined && previous !== undefined ? intersect(driver, previous) : (driver ?? previous);
	}

	/**
	 * The matches of a query of one group (one term, or alternatives) whose terms are not `!` and
	 * are all known exactly, each with its best grade among the terms: what scoring them one by one
	 * would find. Undefined for any other query.
	 */
	private exactMatches(matchers: TermMatcher[][]): DocSet | undefined {
		const group = matchers.length === 1 ? matchers[0]! : [];
		if (group.length === 0 || group.some(m => m.term.inverse || m.exact === undefined)) return undefined;
		if (group.length === 1) return group[0]!.exact;
		this.marker.reset();
		for (const m of group) {
			const {docs, qualities} = m.exact!;
			for (let i = 0; i < docs.length; i++) this.marker.mark(docs[i]!, qualities[i]!);
		}
		return this.marker.collect();
	}

	/** `lengthWeight · length` of every document, by the word index's counts once it is built (kept until then). */
	private lengths(): Float64Array {
		const {corpus, index} = this.data;
		if (this.lengthParts?.counted !== (index !== undefined)) {
			const parts = new Float64Array(this.documents);
			for (let doc = 0; doc < parts.length; doc++) {
				const words = index?.lengths[doc] ?? (corpus.starts[doc + 1]! - corpus.starts[doc]!) / charactersPerWord;
				parts[doc] = lengthWeight * (1 - 1 / Math.sqrt(1 + words / lengthScale));
			}
			this.lengthParts = {counted: index !== undefined, parts};
		}
		return this.lengthParts.parts;
	}

	/** Where each event's headline (its first line) ends in the corpus string. */
	private headlineEnds(): Uint32Array {
		if (this.headlines === undefined) {
			const {corpus, folded} = this.data;
			this.headlines = new Uint32Array(corpus.eventCount);
			for (let doc = 0; doc < corpus.eventCount; doc++) this.headlines[doc] = folded.indexOf('\n', corpus.starts[doc]!);
		}
		return this.headlines;
	}

	/** Which events a filter keeps, by event index (the last filter's answer is kept for the next keystroke). */
	private kept(filter: Filter): Uint8Array {
		const key = filterKey(filter);
		if (this.mask?.key !== key) {
			this.mask = {key, keep: this.facts === undefined ? new Uint8Array(this.corpus.eventCount) : eventMask(filter, this.facts)};
		}
		return this.mask.keep;
	}

	/** Qualifiers alone (`actor:heffernan`): every event they keep, in timeline order. */
	private keptEvents(query: Query, keep: Uint8Array): Ranking {
		const docs: number[] = [];
		for (let doc = 0; doc < this.corpus.eventCount; doc++) if (keep[this.corpus.events[doc]!] === 1) docs.push(doc);
		return new Ranking(query, [], Uint32Array.from(docs), new Float32Array(docs.length));
	}

	/**
	 * A document's score, 0 best, or -1 when a group does not match. Mostly how well the terms
	 * match (whole words before parts of words before typos); then events whose headline has a
	 * term, other event fields, article passages; then shorter texts.
	 */
	private score(doc: number, plan: Plan): number {
		let sum = 0;
		let graded = 0;
		for (let g = 0; g < plan.groups.length; g++) {
			const group = plan.groups[g]!;
			let best = -1;
			for (let t = 0; t < group.length; t++) {
				const grade = group[t]!.test(doc);
				if (grade >= 0 && (best < 0 || grade < best)) best = grade;
			}
			if (best < 0) return -1;
			if (plan.graded[g]) {
				sum += best;
				graded++;
			}
		}
		return this.scoreOf(graded === 0 ? 0 : sum / graded, doc, plan);
	}

	/** The score of a document whose terms matched with grade `match`: adds where they matched and how long it is. */
	private scoreOf(match: number, doc: number, plan: Plan): number {
		let place = passagePlace;
		if (doc < this.corpus.eventCount) {
			const start = this.corpus.starts[doc]!;
			const end = plan.headlineEnds[doc]!;
			place = eventBodyPlace;
			for (const m of plan.positive) {
				if (m.occursIn(start, end)) {
					place = 0;
					break;
				}
			}
		}
		return matchWeight * match + placeWeight * place + plan.lengths[doc]!;
	}
}

/**
 * A query made ready for scoring: per group whether it counts towards the match grade, the terms
 * that are not `!`, every document's length part of the score and where each event's headline ends.
 */
type Plan = {groups: TermMatcher[][]; graded: boolean[]; positive: TermMatcher[]; lengths: Float64Array; headlineEnds: Uint32Array};
