/**
 * Searching on the calling thread, for a search client that has no worker script to run (tests
 * running the sources): the engine is made on the first query, and answers as the worker would.
 */
import type {Corpus} from './corpus.js';
import {SearchEngine, type Ranking} from './engine.js';
import type {SearchPage} from './protocol.js';
import type {FilterFacts} from './qualifiers.js';
import {materialize} from './results.js';

export class LocalSearch {
	private engine: SearchEngine | undefined;
	private last: {id: number; query: string; ranking: Ranking} | undefined;

	/** `source` gives the corpus (and the facts for qualifiers) when first needed. */
	constructor(private readonly source: () => {corpus: Corpus; facts: FilterFacts | undefined}) {}

	/** Query `id`'s first `count` results. */
	search(id: number, query: string, count: number): SearchPage | undefined {
		const started = performance.now();
		if (this.engine === undefined) {
			const {corpus, facts} = this.source();
			this.engine = new SearchEngine(corpus, {index: 'lazy', facts});
		}
		const ranking = this.engine.search(query);
		if (ranking === undefined) return undefined;
		this.last = {id, query, ranking};
		return {query, total: ranking.total, from: 0, results: materialize(this.engine, ranking, 0, count), ms: performance.now() - started};
	}

	/** Results `from` to `to` of query `id`, if it is the last one asked. */
	more(id: number, from: number, to: number): SearchPage | undefined {
		if (this.engine === undefined || this.last?.id !== id) return undefined;
		const started = performance.now();
		const {query, ranking} = this.last;
		return {query, total: ranking.total, from, results: materialize(this.engine, ranking, from, to), ms: performance.now() - started};
	}
}
