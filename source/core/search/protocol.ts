/**
 * Messages between the search client (the explorer's thread) and the search worker. `id` numbers
 * queries (the newest is also in a shared counter); `request` numbers messages, so each gets its answer;
 * `engine` numbers the corpora the client sends, so `ready` and `indexed` name the engine they are about.
 */
import type {FileOnDisk} from '../load/large/file-on-disk.js';
import type {Corpus, CorpusFrame} from './corpus.js';
import type {SearchResult} from './results.js';
import type {FilterFacts} from './qualifiers.js';
import type {FilterableEvent} from '../filter/field-filter.js';
import type {EventCheck} from './file-corpus.js';
import type {SourcesReport} from '../load/large/lazy-sources.js';
import type {TopLayout} from '../load/large/json-layout.js';
import type {MessagePort} from 'node:worker_threads';

export type ToWorker =
	| {type: 'corpus'; engine: number; corpus: Corpus}
	/** A corpus sent in parts: text parts in order, then the rest (see `corpusParts`). */
	| {type: 'corpusPart'; text: string}
	/** What qualifiers read of the next events, in order: sent in slices, as a timeline's facts are too many to post at once. */
	| {type: 'factsPart'; events: FilterableEvent[]}
	/**
	 * `facts`: each event's actors, tags, stance, group, date and sources, for qualifiers
	 * (`actor:heffernan`), after the events of the `factsPart`s before it.
	 */
	| {type: 'corpusFrame'; engine: number; frame: CorpusFrame; facts?: FilterFacts}
	/**
	 * A timeline file's bytes, moved here (or shared) from the explorer's thread, which loads the
	 * same file, or, without them, read here from `file` a part at a time: the corpus is built from
	 * them here meanwhile (see file-corpus.ts), and used once `attach` agrees. `file`: where they
	 * were read from, when they were, so the articles can be read again from it for the corpus once
	 * the bytes are let go. The loader sends the events' citations through `citations` (see
	 * `SearchClient.citations`), or null once it is known none will come.
	 */
	| {type: 'bytes'; bytes?: Uint8Array | undefined; file?: FileOnDisk | undefined; citations: MessagePort}
	/** The check that the loaded timeline's events are the corpus's (whose facts for qualifiers the worker read with them). */
	| {type: 'attach'; engine: number; check: EventCheck}
	/** Run `query` and send back its first `count` results. */
	| {type: 'search'; request: number; id: number; query: string; count: number}
	/** More results of search `id`, from `from` to `to`. */
	| {type: 'more'; request: number; id: number; from: number; to: number};

export type FromWorker =
	/** Searches are answered from now on (by scanning until `indexed`); `ms` is how long the corpus took. */
	| {type: 'ready'; engine: number; ms: number; documents: number}
	/** The word index is built: searches answer at full speed. */
	| {type: 'indexed'; engine: number; ms: number}
	/** Where the parts of the bytes' JSON are: the explorer's loader need not lay the file out again. */
	| {type: 'layout'; layout: TopLayout}
	/** The bytes' sources are valid and their citations check: what the explorer's thread needs of them. */
	| {type: 'sources'; report: SourcesReport}
	/** The bytes gave no corpus that matches the loaded timeline: send the timeline's corpus instead. Said once per `bytes`. */
	| {type: 'unsupported'}
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
