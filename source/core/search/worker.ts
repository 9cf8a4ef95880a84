/**
 * The search worker (bundled as dist/search-worker.js): holds the corpus and its index and
 * answers queries, so typing in the explorer never waits for a search. A shared counter holds
 * the id of the newest query; a search that is no longer the newest stops where it is.
 */
import {parentPort, workerData} from 'node:worker_threads';
import {loadTimeline} from '../load.js';
import {buildCorpus} from './corpus.js';
import {SearchEngine, type Ranking} from './engine.js';
import type {FromWorker, ToWorker} from './protocol.js';
import {materialize} from './results.js';
import {filterFacts} from './qualifiers.js';

const port = parentPort;
const latest = new Int32Array((workerData as {latest: SharedArrayBuffer}).latest);
let engine: SearchEngine | undefined;
let parts: string[] = [];
let last: {id: number; query: string; ranking: Ranking} | undefined;

function post(message: FromWorker): void {
	port?.postMessage(message);
}

function handle(message: ToWorker): void {
	if (message.type === 'corpusPart') {
		parts.push(message.text);
		return;
	}
	if (message.type === 'corpus' || message.type === 'corpusFrame' || message.type === 'file') {
		const started = performance.now();
		// From a file, the timeline is dropped once its corpus is built: only the corpus and index stay.
		const timeline = message.type === 'file' ? loadTimeline(message.path).timeline : undefined;
		const corpus = message.type === 'corpus' ? message.corpus : message.type === 'corpusFrame' ? {...message.frame, text: parts.join('')} : buildCorpus(timeline!);
		const facts = message.type === 'corpusFrame' ? message.facts : timeline === undefined ? undefined : filterFacts(timeline);
		parts = [];
		engine = new SearchEngine(corpus, {index: 'eager', facts});
		post({type: 'ready', ms: performance.now() - started, documents: engine.documents});
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
		post({type: 'results', request: message.request, query: message.query, total: ranking.docs.length, from: 0, results, ms: performance.now() - started});
		return;
	}
	if (last?.id !== message.id) {
		post({type: 'stale', request: message.request});
		return;
	}
	const started = performance.now();
	const results = materialize(engine, last.ranking, message.from, message.to);
	post({type: 'results', request: message.request, query: last.query, total: last.ranking.docs.length, from: message.from, results, ms: performance.now() - started});
}

port?.on('message', (message: ToWorker) => {
	try {
		handle(message);
	} catch (error) {
		post({type: 'error', message: error instanceof Error ? error.message : String(error)});
	}
});
