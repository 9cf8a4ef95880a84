/**
 * The explorer's handle on search. Searches run in a worker thread when the bundled worker
 * script is found (dist/search-worker.js), so the thread that draws the screen and reads keys
 * never waits; otherwise (tests running the sources) they run on this thread, one per turn of
 * the event loop, skipping queries already typed past. Either way a newer query supersedes an
 * older one: the older one's promise resolves to undefined.
 */
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {buildCorpus, corpusParts, type Corpus} from './corpus.js';
import type {Timeline} from '../schema.js';
import {SearchEngine} from './engine.js';
import type {FromWorker, SearchPage, ToWorker} from './protocol.js';
import {materialize} from './results.js';
import {filterFacts} from './qualifiers.js';

export type {SearchPage};

export type SearchClientOptions = {
	/** The worker script; `false` searches on this thread. Default: search-worker.js beside the running bundle, if there is one. */
	workerUrl?: URL | false;
};

/** search-worker.js beside this bundle (dist/) or one level up (this code in dist/chunks/). */
function findWorker(): URL | undefined {
	for (const relative of ['./search-worker.js', '../search-worker.js']) {
		const url = new URL(relative, import.meta.url);
		if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
	}
	return undefined;
}

type Pending = {id: number; resolve: (page: SearchPage | undefined) => void};

/** What to search: a corpus, a timeline (its corpus sent in slices), or the file a timeline comes from. */
export type SearchSource = Corpus | {timeline: Timeline} | {file: string; corpus: () => Corpus};

/** Longest stretch the explorer's thread spends sending a timeline's corpus before letting keys in. */
const sliceMs = 8;

export class SearchClient {
	/** True when searches run in a worker thread. */
	readonly threaded: boolean;
	/** Resolves when the index is built and searches answer at full speed. */
	readonly ready: Promise<void>;
	private readonly worker: Worker | undefined;
	private readonly source: SearchSource;
	/** Messages held back while a timeline's corpus is still being sent. */
	private held: ToWorker[] | undefined;
	private closed = false;
	private readonly latest = new Int32Array(new SharedArrayBuffer(4));
	private readonly pending = new Map<number, Pending>();
	private engine: SearchEngine | undefined;
	private lastRanking: {id: number; query: string; ranking: NonNullable<ReturnType<SearchEngine['search']>>} | undefined;
	private nextId = 0;
	private nextRequest = 0;

	/**
	 * Starts searching. With a worker: a timeline's corpus is built and sent in slices of a few
	 * milliseconds between other work (at 100,000 events, building and posting it at once holds
	 * the thread for a second or two); a file is loaded in the worker, so this thread spends
	 * nothing; a corpus is posted, its typed arrays moved (do not use it afterwards). Searches asked
	 * for meanwhile wait their turn. Without a worker, the corpus is built here on the first search.
	 */
	constructor(source: SearchSource, {workerUrl}: SearchClientOptions = {}) {
		this.source = source;
		const url = workerUrl === false ? undefined : (workerUrl ?? findWorker());
		if (url === undefined) {
			this.threaded = false;
			this.ready = Promise.resolve();
			return;
		}
		this.threaded = true;
		const worker = new Worker(url, {workerData: {latest: this.latest.buffer}});
		worker.unref();
		this.worker = worker;
		this.ready = new Promise<void>((resolve, reject) => {
			worker.on('message', (message: FromWorker) => {
				if (message.type === 'ready') resolve();
				else if (message.type === 'results') this.settle(message.request, message);
				else if (message.type === 'stale') this.settle(message.request, undefined);
				else {
					for (const request of [...this.pending.keys()]) this.settle(request, undefined);
					reject(new Error(message.message));
				}
			});
			worker.on('error', reject);
		});
		// A failed start shows as searches that never answer; whoever awaits `ready` sees the error.
		this.ready.catch(() => {});
		if ('file' in source) this.post({type: 'file', path: source.file});
		else if ('timeline' in source) this.stream(source.timeline);
		else {
			const {starts, events, sources, paragraphs, actorCounts} = source;
			this.post({type: 'corpus', corpus: source}, [starts.buffer, events.buffer, sources.buffer, paragraphs.buffer, actorCounts.buffer] as ArrayBuffer[]);
		}
	}

	private post(message: ToWorker, transfer: ArrayBuffer[] = []): void {
		if (this.held !== undefined && message.type !== 'corpusPart' && message.type !== 'corpusFrame') this.held.push(message);
		else this.worker?.postMessage(message, transfer);
	}

	/** Sends a timeline's corpus part by part, a slice of the thread's time per turn of the event loop. */
	private stream(timeline: Timeline): void {
		const parts = corpusParts(timeline);
		this.held = [];
		const pump = () => {
			if (this.closed) return;
			const started = performance.now();
			while (performance.now() - started < sliceMs) {
				const next = parts.next();
				if (next.done === true) {
					const frame = next.value;
					this.post({type: 'corpusFrame', frame, facts: filterFacts(timeline)}, [
						frame.starts.buffer,
						frame.events.buffer,
						frame.sources.buffer,
						frame.paragraphs.buffer,
						frame.actorCounts.buffer,
					] as ArrayBuffer[]);
					const held = this.held ?? [];
					this.held = undefined;
					for (const message of held) this.post(message);
					return;
				}
				this.post({type: 'corpusPart', text: next.value});
			}
			setImmediate(pump);
		};
		setImmediate(pump);
	}

	/** The corpus, built here: for searching on this thread. */
	private corpus(): Corpus {
		const {source} = this;
		return 'file' in source ? source.corpus() : 'timeline' in source ? buildCorpus(source.timeline) : source;
	}

	private settle(request: number, page: SearchPage | undefined): void {
		const waiting = this.pending.get(request);
		this.pending.delete(request);
		waiting?.resolve(page === undefined ? undefined : {query: page.query, total: page.total, from: page.from, results: page.results, ms: page.ms});
	}

	/** Runs a query, resolving to its first `count` results, or to undefined when a newer query came first. */
	search(query: string, count = 100): Promise<SearchPage | undefined> {
		const id = ++this.nextId;
		Atomics.store(this.latest, 0, id);
		for (const [request, waiting] of [...this.pending]) if (waiting.id < id) this.settle(request, undefined);
		const request = ++this.nextRequest;
		return new Promise(resolve => {
			this.pending.set(request, {id, resolve});
			if (this.worker !== undefined) this.post({type: 'search', request, id, query, count});
			else setImmediate(() => this.searchHere(request, id, query, count));
		});
	}

	/** Results `from` to `to` of the newest query (for scrolling a long list). */
	more(from: number, to: number): Promise<SearchPage | undefined> {
		const id = this.nextId;
		const request = ++this.nextRequest;
		return new Promise(resolve => {
			this.pending.set(request, {id, resolve});
			if (this.worker !== undefined) this.post({type: 'more', request, id, from, to});
			else setImmediate(() => this.moreHere(request, id, from, to));
		});
	}

	private searchHere(request: number, id: number, query: string, count: number): void {
		if (Atomics.load(this.latest, 0) !== id) {
			this.settle(request, undefined);
			return;
		}
		const started = performance.now();
		this.engine ??= new SearchEngine(this.corpus(), {index: 'lazy', facts: 'timeline' in this.source ? filterFacts(this.source.timeline) : undefined});
		const ranking = this.engine.search(query);
		if (ranking === undefined) {
			this.settle(request, undefined);
			return;
		}
		this.lastRanking = {id, query, ranking};
		const results = materialize(this.engine, ranking, 0, count);
		this.settle(request, {query, total: ranking.docs.length, from: 0, results, ms: performance.now() - started});
	}

	private moreHere(request: number, id: number, from: number, to: number): void {
		if (this.engine === undefined || this.lastRanking?.id !== id) {
			this.settle(request, undefined);
			return;
		}
		const started = performance.now();
		const {query, ranking} = this.lastRanking;
		this.settle(request, {query, total: ranking.docs.length, from, results: materialize(this.engine, ranking, from, to), ms: performance.now() - started});
	}

	/** Stops the worker. */
	async close(): Promise<void> {
		this.closed = true;
		for (const request of [...this.pending.keys()]) this.settle(request, undefined);
		await this.worker?.terminate();
	}
}
