/**
 * The helper thread that indexes the second half of a large corpus (bundled as dist/index-worker.js;
 * see index-halves.ts): reads its text a slice at a time as it comes, asking for the next, then
 * posts the index of the half (its arrays moved, not copied).
 */
import {workerData} from 'node:worker_threads';
import {indexBuffers, type FromHelper, type HalfJob, type ToHelper} from './index-halves.js';
import {WordIndexBuilder} from './word-index-builder.js';

const {documents, signal, port} = workerData as HalfJob;
const builder = new WordIndexBuilder();

/** Posts `message`, then says so through the counter the other thread may be waiting on. */
function say(message: FromHelper, transfer: ArrayBuffer[] = []): void {
	port.postMessage(message, transfer);
	Atomics.add(signal, 0, 1);
	Atomics.notify(signal, 0);
}

port.on('message', (message: ToHelper) => {
	if ('end' in message) {
		const index = builder.finish(documents);
		say({index}, indexBuffers(index));
		port.close();
		return;
	}
	if (typeof message.text === 'string') builder.addText(message.text);
	else builder.addBytes(message.text);
	say({more: true});
});
