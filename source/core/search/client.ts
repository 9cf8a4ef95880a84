/**
 * The explorer's handle on search. Searches run in a worker thread when the bundled worker
 * script is found (dist/search-worker.js), so the thread that draws the screen and reads keys
 * never waits; otherwise (tests running the sources) they run on this thread, one per turn of
 * the event loop, skipping queries already typed past. Either way a newer query supersedes an
 * older one: the older one's promise resolves to undefined.
 */
import {MessageChannel, Worker, type MessagePort} from 'node:worker_threads';
import {buildCorpus, corpusParts, type Corpus, type CorpusFrame} from './corpus.js';
import type {Timeline} from '../model/schema.js';
import {LocalSearch} from './local.js';
import {deferred} from '../deferred.js';
import {besideBundle} from '../worker-script.js';
import type {FromWorker, SearchPage, ToWorker} from './protocol.js';
import {eventFacts, filterFacts, type FilterFacts} from './qualifiers.js';
import {eventCheck} from './file-corpus.js';
import type {EventCitations, SourcesReport} from '../load/large/lazy-sources.js';
import type {TopLayout} from '../load/large/json-layout.js';
import {ownBuffer} from '../let-go.js';
import type {FileOnDisk} from '../load/large/file-on-disk.js';

export type {SearchPage};

export type SearchClientOptions = {
	/** The worker script; `false` searches on this thread. Default: search-worker.js beside the running bundle, if there is one. */
	workerUrl?: URL | false;
};

type Pending = {id: number; resolve: (page: SearchPage | undefined) => void};

/**
 * What to search: a corpus, a timeline (its corpus sent in slices), or the bytes of the file a
 * timeline is loading from (the corpus is built from them in the worker meanwhile; `attach` the
 * timeline once it is loaded). Bytes that are all of their memory (`ownBuffer`) are moved to the
 * worker, which lets them go once it has read them (do not use them afterwards); bytes in a
 * SharedArrayBuffer are shared; others are copied. `file`: where they were read from, from which
 * the worker reads the articles again for its corpus, having let the bytes go.
 */
/** `bytes`: a timeline file's bytes, or undefined for the worker to read them from `file`. */
export type SearchSource = Corpus | {timeline: Timeline} | {bytes: Uint8Array | undefined; file?: FileOnDisk | undefined};

/** Longest stretch the explorer's thread spends sending a timeline's corpus before letting keys in. */
const sliceMs = 8;
/** Events whose facts for qualifiers go in one message: some milliseconds to post. */
const factsSlice = 1000;

/** A worker thread started ahead of need (`SearchClient.prepare`), with the counter it was given: the next client takes it. */
let spare: {worker: Worker; latest: Int32Array; url: string} | undefined;

/** The worker's script: as given, none (`false`: search on this thread), or the built one beside this bundle if there is one. */
function workerScript(workerUrl: URL | false | undefined): URL | undefined {
	return workerUrl === false ? undefined : (workerUrl ?? besideBundle('search-worker.js'));
}

/** A worker thread on `url`, with `latest` (the newest query's id) shared. */
function startWorker(url: URL, latest: Int32Array): Worker {
	const worker = new Worker(url, {workerData: {latest: latest.buffer}});
	worker.unref();
	return worker;
}

export class SearchClient {
	/** True when searches run in a worker thread. */
	readonly threaded: boolean;
	/** Resolves when searches are answered (by scanning the corpus until the index is built). */
	readonly ready: Promise<void>;
	/** Resolves when the word index is built and searches answer at full speed. */
	readonly indexed: Promise<void>;
	/**
	 * Given a file's bytes: resolves to what the explorer's thread needs of the file's articles, read
	 * and checked in the worker (see file-corpus.ts), or to undefined when they were not (then the
	 * loader reads them itself).
	 */
	readonly sources: Promise<SourcesReport | undefined>;
	/** Given a file's bytes: resolves to their layout as the worker found it, or to undefined when it found none. */
	readonly layout: Promise<TopLayout | undefined>;
	private readonly worker: Worker | undefined;
	/** Where the loader's citations of a file's events go to the worker (see `citations`); `cited` once they have gone, or null saying none will. */
	private readonly citationsPort: MessagePort | undefined;
	private cited = false;
	private source: SearchSource;
	/** Messages held back until the worker has a corpus to answer from. */
	private held: ToWorker[] | undefined;
	/** The worker could not use the file's bytes: the attached timeline's corpus is sent instead, once. */
	private unsupported = false;
	/**
	 * The number of the last corpus sent (or attached): the engine that answers searches. `ready` and
	 * `indexed` wait for that engine, not for one it replaced.
	 */
	private engine = 0;
	private closed = false;
	/** The id of the newest query, shared with the worker. */
	private readonly latest: Int32Array;
	private readonly pending = new Map<number, Pending>();
	private readonly local = new LocalSearch(() => this.corpus());
	private nextId = 0;
	private nextRequest = 0;

	/**
	 * Starts searching. With a worker: a timeline's corpus is built and sent in slices of a few
	 * milliseconds between other work (at 100,000 events, building and posting it at once holds
	 * the thread for a second or two); a file's bytes are read in the worker, so this thread spends
	 * nothing; a corpus is posted, its typed arrays moved (do not use it afterwards). Searches asked
	 * for meanwhile wait their turn. Without a worker, the corpus is built here on the first search.
	 */
	constructor(source: SearchSource, {workerUrl}: SearchClientOptions = {}) {
		this.source = source;
		const url = workerScript(workerUrl);
		const sources = deferred<SourcesReport | undefined>();
		this.sources = sources.promise;
		const layout = deferred<TopLayout | undefined>();
		this.layout = layout.promise;
		if (url === undefined || !('bytes' in source)) {
			sources.resolve(undefined);
			layout.resolve(undefined);
		}
		if (url === undefined) {
			this.latest = new Int32Array(new SharedArrayBuffer(4));
			this.threaded = false;
			this.ready = Promise.resolve();
			this.indexed = Promise.resolve();
			return;
		}
		this.threaded = true;
		const prepared = spare?.url === url.href ? spare : undefined;
		if (prepared !== undefined) spare = undefined;
		this.latest = prepared?.latest ?? new Int32Array(new SharedArrayBuffer(4));
		const worker = prepared?.worker ?? startWorker(url, this.latest);
		this.worker = worker;
		const ready = deferred<void>();
		const indexed = deferred<void>();
		this.ready = ready.promise;
		this.indexed = indexed.promise;
		const fail = (error: Error) => {
			sources.resolve(undefined);
			layout.resolve(undefined);
			for (const request of [...this.pending.keys()]) this.settle(request, undefined);
			ready.reject(error);
			indexed.reject(error);
		};
		worker.on('message', (message: FromWorker) => {
			if (message.type === 'ready') {
				if (message.engine !== this.engine) return;
				this.release();
				ready.resolve();
			} else if (message.type === 'indexed') {
				if (message.engine === this.engine) indexed.resolve();
			} else if (message.type === 'sources') sources.resolve(message.report);
			else if (message.type === 'layout') layout.resolve(message.layout);
			else if (message.type === 'unsupported') {
				sources.resolve(undefined);
				layout.resolve(undefined);
				this.fallBack();
			} else if (message.type === 'results') this.settle(message.request, message);
			else if (message.type === 'stale') this.settle(message.request, undefined);
			else fail(new Error(message.message));
		});
		worker.on('error', fail);
		// A failed start shows as searches that never answer; whoever awaits `ready` sees the error.
		this.ready.catch(() => {});
		this.indexed.catch(() => {});
		if ('bytes' in source) {
			this.held = [];
			const channel = new MessageChannel();
			this.citationsPort = channel.port1;
			this.citationsPort.unref();
			const moved = source.bytes === undefined ? undefined : ownBuffer(source.bytes);
			this.worker.postMessage({type: 'bytes', bytes: source.bytes, file: source.file, citations: channel.port2} satisfies ToWorker, moved === undefined ? [channel.port2] : [channel.port2, moved]);
		} else if ('timeline' in source) this.stream(source.timeline);
		else {
			const {starts, events, sources, paragraphs, actorCounts} = source;
			this.post({type: 'corpus', engine: ++this.engine, corpus: source}, [starts.buffer, events.buffer, sources.buffer, paragraphs.buffer, actorCounts.buffer] as ArrayBuffer[]);
		}
	}

	/**
	 * Starts a worker thread now for the next client to take: its thread and script are ready by
	 * the time a large file's bytes are read, instead of starting then.
	 */
	static prepare({workerUrl}: SearchClientOptions = {}): void {
		const url = workerScript(workerUrl);
		if (url === undefined || spare !== undefined) return;
		const latest = new Int32Array(new SharedArrayBuffer(4));
		spare = {worker: startWorker(url, latest), latest, url: url.href};
	}

	/**
	 * The citations of the events of the file whose bytes were given at the start, as the loader
	 * reads them, a batch at a time (`more` on all but the last), or null when none (or no more)
	 * will come: the worker checks the articles against them, sparing it reading the events before
	 * it can say the articles are good (see file-corpus.ts).
	 */
	citations(citations: EventCitations | null): void {
		if (this.cited) return;
		if (citations === null) this.citationsPort?.postMessage(null);
		else this.citationsPort?.postMessage(citations, [citations.ends.buffer, citations.paragraphs.buffer] as ArrayBuffer[]);
		// The last batch, or none to come: nothing more is sent.
		this.cited = citations === null || citations.more !== true;
	}

	/**
	 * The timeline loaded from the bytes given at the start: its facts (for qualifiers) and a check
	 * that the worker's corpus has its events, else its own corpus is sent.
	 */
	attach(timeline: Timeline): void {
		if (!('bytes' in this.source)) return;
		this.source = {timeline};
		// Loaded without sending the citations (another way than the worker's): the worker, waiting for them, is told none will come.
		if (!this.cited) this.citationsPort?.postMessage(null);
		this.cited = true;
		if (this.unsupported) this.stream(timeline);
		else this.worker?.postMessage({type: 'attach', engine: ++this.engine, check: eventCheck(timeline.events)} satisfies ToWorker);
	}

	/**
	 * The worker's corpus from the bytes is not to be used: the attached timeline's is sent, now or
	 * once attached. Only the first word counts, so the corpus is never sent twice.
	 */
	private fallBack(): void {
		if (this.unsupported) return;
		this.unsupported = true;
		if ('timeline' in this.source) this.stream(this.source.timeline);
	}

	/** Sends the messages held while the worker had no corpus. */
	private release(): void {
		const held = this.held ?? [];
		this.held = undefined;
		for (const message of held) this.post(message);
	}

	private post(message: ToWorker, transfer: ArrayBuffer[] = []): void {
		if (this.held !== undefined && message.type !== 'corpusPart' && message.type !== 'factsPart' && message.type !== 'corpusFrame') this.held.push(message);
		else this.worker?.postMessage(message, transfer);
	}

	/** Sends a timeline's corpus part by part, a slice of the thread's time per turn of the event loop. */
	private stream(timeline: Timeline): void {
		const parts = corpusParts(timeline);
		const engine = ++this.engine;
		this.held ??= [];
		let frame: CorpusFrame | undefined;
		/** Events whose facts are sent. */
		let sent = 0;
		const pump = () => {
			if (this.closed) return;
			const started = performance.now();
			while (performance.now() - started < sliceMs) {
				if (frame === undefined) {
					const next = parts.next();
					if (next.done !== true) {
						this.post({type: 'corpusPart', text: next.value});
						continue;
					}
					frame = next.value;
				}
				// The facts for qualifiers, a slice at a time: 100,000 events' at once hold this thread for a second.
				if (sent < timeline.events.length) {
					const to = Math.min(sent + factsSlice, timeline.events.length);
					this.post({type: 'factsPart', events: eventFacts(timeline.events.slice(sent, to))});
					sent = to;
					continue;
				}
				this.post({type: 'corpusFrame', engine, frame, facts: filterFacts({events: [], sources: timeline.sources})}, [
					frame.starts.buffer,
					frame.events.buffer,
					frame.sources.buffer,
					frame.paragraphs.buffer,
					frame.actorCounts.buffer,
				] as ArrayBuffer[]);
				this.release();
				return;
			}
			setImmediate(pump);
		};
		setImmediate(pump);
	}

	/** The corpus, built here: for searching on this thread. */
	private corpus(): {corpus: Corpus; facts: FilterFacts | undefined} {
		const {source} = this;
		// searchHere waits for the timeline when given bytes.
		if ('bytes' in source) throw new Error('search before the timeline was attached');
		return 'timeline' in source ? {corpus: buildCorpus(source.timeline), facts: filterFacts(source.timeline)} : {corpus: source, facts: undefined};
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
		// Given a file's bytes, there is nothing to search here until the timeline is attached: asked again then.
		if ('bytes' in this.source && Atomics.load(this.latest, 0) === id) setImmediate(() => this.searchHere(request, id, query, count));
		else this.settle(request, Atomics.load(this.latest, 0) === id ? this.local.search(id, query, count) : undefined);
	}

	private moreHere(request: number, id: number, from: number, to: number): void {
		this.settle(request, this.local.more(id, from, to));
	}

	/** Stops the worker. */
	async close(): Promise<void> {
		this.closed = true;
		this.citationsPort?.close();
		for (const request of [...this.pending.keys()]) this.settle(request, undefined);
		await this.worker?.terminate();
	}
}
