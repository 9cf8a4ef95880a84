/**
 * The search worker (bundled as dist/search-worker.js): holds the corpus and its index and
 * answers queries, so typing in the explorer never waits for a search. A shared counter holds
 * the id of the newest query; a search that is no longer the newest stops where it is.
 *
 * Searches are answered as soon as the corpus is in, by scanning it; the word index is built
 * meanwhile a step at a time, between messages, and makes them faster once it is done.
 */
import {parentPort, receiveMessageOnPort, workerData, type MessagePort} from 'node:worker_threads';
import {checkedFile, foldedFileCorpus, type CheckedFile, type EventCheck} from './file-corpus.js';
import {letGo} from '../let-go.js';
import {bytesParts, fileParts, type FileOnDisk, type FileParts} from '../load/large/file-on-disk.js';
import {SearchEngine, type Ranking} from './engine.js';
import {FoldedText} from './case-map.js';
import type {FilterableEvent} from '../filter/field-filter.js';
import type {FromWorker, ToWorker} from './protocol.js';
import type {EventCitations} from '../load/large/lazy-sources.js';
import {materialize} from './results.js';
import {besideBundle} from '../worker-script.js';

const port = parentPort;
const latest = new Int32Array((workerData as {latest: SharedArrayBuffer}).latest);
/** Waited on (never woken) to pause this thread while it looks for a message. */
const pause = new Int32Array(new SharedArrayBuffer(4));
let engine: SearchEngine | undefined;
/** The client's number for `engine`, named in `ready` and `indexed`. */
let engineNumber = 0;
/**
 * A file whose articles were checked and reported, waiting for the loaded timeline to be attached
 * (the explorer's loader finishes meanwhile without sharing the processor): then the rest of its
 * events are read and, if they agree with the timeline, its corpus is built and indexed; `refused`
 * once the file gave none and the client was told so (it is told once: each `unsupported` makes it
 * send the timeline's corpus). `bytes`: the file's bytes, when they were sent rather than read here.
 */
let fromBytes: {reported: {rest: () => CheckedFile | undefined}; reading: FileParts; bytes: Uint8Array | undefined; file: FileOnDisk | undefined; started: number} | 'refused' | undefined;
let parts = new FoldedText();
/** What qualifiers read of the events sent so far with a corpus in parts (`factsPart`). */
let factParts: FilterableEvent[] = [];
let last: {id: number; query: string; ranking: Ranking} | undefined;
/** The index worker's script beside this one: a large corpus is indexed on two threads. */
const helper = besideBundle('index-worker.js');

function post(message: FromWorker): void {
	port?.postMessage(message);
}

/** Builds `current`'s index a step at a time between messages, saying when it is done if it answers by then. */
function index(current: SearchEngine): void {
	const started = performance.now();
	const step = () => {
		if (current.indexStep()) {
			if (engine === current) post({type: 'indexed', engine: engineNumber, ms: performance.now() - started});
		} else setImmediate(step);
	};
	setImmediate(step);
}

/** Answers from `current`, the client's engine `number`, from now on. */
function start(current: SearchEngine, number: number, ms: number): void {
	engine = current;
	engineNumber = number;
	last = undefined;
	post({type: 'ready', engine: number, ms, documents: current.documents});
}

const same = (a: EventCheck, b: EventCheck) => a.count === b.count && a.first === b.first && a.last === b.last;

/** The file's bytes gave no corpus: the client is told, once, and sends the timeline's. */
function refuse(): void {
	fromBytes = 'refused';
	post({type: 'unsupported'});
}

/** Checks and reports the articles of the file `parts` reads (see `checkedFile`), which then wait for the loaded timeline to be attached. */
function check(reading: FileParts, bytes: Uint8Array | undefined, citations: MessagePort, file: FileOnDisk | undefined, started: number): void {
	let none = false;
	const reported = checkedFile(reading, {
		onLayout: layout => post({type: 'layout', layout}),
		onReport: report => post({type: 'sources', report}),
		given: (wait = 0) => {
			const until = performance.now() + wait;
			while (!none) {
				const message = receiveMessageOnPort(citations)?.message as EventCitations | null | undefined;
				// Null: none will come (the loader took another way).
				if (message === null) none = true;
				else if (message !== undefined || performance.now() >= until) return message;
				else Atomics.wait(pause, 0, 0, 2);
			}
			return undefined;
		},
	});
	citations.close();
	reading.close();
	if (reported !== undefined) {
		fromBytes = {reported, reading, bytes, file, started};
		return;
	}
	if (bytes !== undefined) void letGo(bytes);
	// Before the report, the loader reads the articles itself; after it, the client sends the timeline's corpus.
	refuse();
}

function handle(message: ToWorker): void {
	if (message.type === 'corpusPart') {
		parts.add(message.text);
		return;
	}
	if (message.type === 'factsPart') {
		for (const event of message.events) factParts.push(event);
		return;
	}
	if (message.type === 'bytes') {
		const started = performance.now();
		const {citations, file, bytes} = message;
		// Not given: read here a part at a time, while the explorer's thread reads only the file's last part.
		const reading = bytes !== undefined ? bytesParts(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : file === undefined ? undefined : fileParts(file);
		if (reading !== undefined) check(reading, bytes, citations, file, started);
		else {
			citations.close();
			refuse();
		}
		return;
	}
	if (message.type === 'attach') {
		const given = fromBytes;
		fromBytes = undefined;
		// Refused already: the client, told once, sends the timeline's corpus.
		if (given === 'refused') return;
		const checked = given?.reported.rest();
		if (given === undefined || checked === undefined || !same(checked.check, message.check)) {
			if (given?.bytes !== undefined) void letGo(given.bytes);
			post({type: 'unsupported'});
			return;
		}
		const {reading, bytes, file, started} = given;
		// The articles are read again for the corpus: from the file, once the bytes (moved here) are let go, when it is named; else as they were read.
		const reread = bytes === undefined || file === undefined ? reading : fileParts(file);
		const gone = bytes === undefined || file === undefined ? Promise.resolve() : letGo(bytes);
		void gone.then(() => {
			const corpus = foldedFileCorpus(checked, reread.part);
			reread.close();
			if (bytes !== undefined) void letGo(bytes);
			// Changed since it was opened: the client sends the timeline's corpus.
			if (corpus === undefined) {
				refuse();
				return;
			}
			// A newer timeline came meanwhile (the file was saved and loaded again): it is the one answered.
			if (engineNumber > message.engine) return;
			const current = new SearchEngine(corpus, {index: 'steps', helper, facts: checked.facts});
			start(current, message.engine, performance.now() - started);
			index(current);
		});
		return;
	}
	if (message.type === 'corpus' || message.type === 'corpusFrame') {
		const started = performance.now();
		const corpus = message.type === 'corpus' ? message.corpus : {...message.frame, ...parts.finish()};
		parts = new FoldedText();
		const facts = message.type === 'corpusFrame' && message.facts !== undefined ? {events: [...factParts, ...message.facts.events], sources: message.facts.sources} : undefined;
		factParts = [];
		const current = new SearchEngine(corpus, {index: 'steps', helper, facts});
		start(current, message.engine, performance.now() - started);
		index(current);
		return;
	}
	if (engine === undefined) return;
	if (message.type === 'search') {
		const started = performance.now();
		// Typed past already (before or during the search): the client no longer wants it.
		const ranking = Atomics.load(latest, 0) === message.id ? engine.search(message.query, {shouldStop: () => Atomics.load(latest, 0) !== message.id}) : undefined;
		if (ranking === undefined) {
			post({type: 'stale', request: message.request});
			return;
		}
		last = {id: message.id, query: message.query, ranking};
		const results = materialize(engine, ranking, 0, message.count);
		post({type: 'results', request: message.request, query: message.query, total: ranking.total, from: 0, results, ms: performance.now() - started});
		return;
	}
	if (last?.id !== message.id) {
		post({type: 'stale', request: message.request});
		return;
	}
	const started = performance.now();
	const results = materialize(engine, last.ranking, message.from, message.to);
	post({type: 'results', request: message.request, query: last.query, total: last.ranking.total, from: message.from, results, ms: performance.now() - started});
}

port?.on('message', (message: ToWorker) => {
	try {
		handle(message);
	} catch (error) {
		post({type: 'error', message: error instanceof Error ? error.message : String(error)});
	}
});
