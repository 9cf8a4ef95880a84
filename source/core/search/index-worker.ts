/**
 * The helper thread that indexes the first documents of a large corpus (bundled as
 * dist/index-worker.js; see index-halves.ts): reads its text a slice at a time as it comes, asking
 * for the next, then, told how many documents its part holds, posts their index (its arrays moved, not copied).
 */
import {readlinkSync} from 'node:fs';
import {constants, setPriority} from 'node:os';
import {workerData} from 'node:worker_threads';
import {indexBuffers, type FromHelper, type HalfJob, type ToHelper} from './index-halves.js';
import {WordIndexBuilder} from './word-index-builder.js';

const {signal, port} = workerData as HalfJob;

// This thread gives way to those the reader is waiting on (the search worker folding the corpus,
// the explorer's): the index only makes search faster, and is begun early to use a spare core, not
// to take one. Where a thread's id cannot be had (no /proc), it runs as it is.
try {
	setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), constants.priority.PRIORITY_LOW);
} catch {}
const builder = new WordIndexBuilder();

/** Posts `message`, then says so through the counter the other thread may be waiting on. */
function say(message: FromHelper, transfer: ArrayBuffer[] = []): void {
	port.postMessage(message, transfer);
	Atomics.add(signal, 0, 1);
	Atomics.notify(signal, 0);
}

port.on('message', (message: ToHelper) => {
	if ('end' in message) {
		const index = builder.finish(message.documents);
		say({index}, indexBuffers(index));
		port.close();
		return;
	}
	if (typeof message.text === 'string') {
		builder.addText(message.text);
		say({more: true});
		return;
	}
	builder.addBytes(message.text);
	// Read: its memory goes back, to hold a later slice.
	const {buffer} = message.text;
	say({more: true, spent: buffer as ArrayBuffer}, [buffer as ArrayBuffer]);
});
