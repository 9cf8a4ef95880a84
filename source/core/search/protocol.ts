/**
 * Messages between the search client (the explorer's thread) and the search worker. `id` numbers
 * queries (the newest is also in a shared counter); `request` numbers messages, so each gets its answer.
 */
import type {Corpus, CorpusFrame} from './corpus.js';
import type {SearchResult} from './results.js';
import type {FilterFacts} from './qualifiers.js';

export type ToWorker =
	| {type: 'corpus'; corpus: Corpus}
	/** A corpus sent in parts: text parts in order, then the rest (see `corpusParts`). */
	| {type: 'corpusPart'; text: string}
	/** `facts`: each event's actors, tags, stance, group, date and sources, for qualifiers (`actor:heffernan`). */
	| {type: 'corpusFrame'; frame: CorpusFrame; facts?: FilterFacts}
	/** Load the timeline file at `path` here (the explorer's thread has loaded it too) and search that. */
	| {type: 'file'; path: string}
	/** Run `query` and send back its first `count` results. */
	| {type: 'search'; request: number; id: number; query: string; count: number}
	/** More results of search `id`, from `from` to `to`. */
	| {type: 'more'; request: number; id: number; from: number; to: number};

export type FromWorker =
	/** The index is built; `ms` is how long that took. */
	| {type: 'ready'; ms: number; documents: number}
	| {type: 'results'; request: number; query: string; total: number; from: number; results: SearchResult[]; ms: number}
	/** Request `request` was for a query typed past: no answer. */
	| {type: 'stale'; request: number}
	| {type: 'error'; message: string};

/** A page of results for one query. */
export type SearchPage = {
	query: string;
	/** Every match, of which `results` are the first shown. */
	total: number;
	from: number;
	results: SearchResult[];
	/** Time the search took where it ran. */
	ms: number;
};
