/**
 * The helper thread that indexes the second half of a large corpus (bundled as dist/index-worker.js;
 * see index-halves.ts): builds its word index, posts it (its arrays moved, not copied), says so, and ends.
 */
import {workerData} from 'node:worker_threads';
import {indexBuffers, type HalfJob} from './index-halves.js';
import {buildWordIndex, WordIndexBuilder} from './word-index-builder.js';
import type {WordIndex} from './word-index.js';

const {text, documents, done, port} = workerData as HalfJob;

/** The index of the half: ASCII bytes read as they are, other text as the one-thread build reads it. */
function halfIndex(): WordIndex {
	if (typeof text === 'string') return buildWordIndex(text, documents);
	const builder = new WordIndexBuilder();
	builder.addBytes(text);
	return builder.finish(documents);
}

const index = halfIndex();
port.postMessage(index, indexBuffers(index));
Atomics.store(done, 0, 1);
Atomics.notify(done, 0);
port.close();
