/**
 * The word index of a large corpus built on two threads: a helper thread (index-worker.ts,
 * dist/index-worker.js) indexes the first documents while this one indexes the rest, and the two
 * parts are merged into the index one thread would have built. Word ids go by first appearance,
 * and every document of the helper's part comes before this thread's, so the merged ids,
 * postings, lengths and `firsts` are exactly the one-thread index's.
 *
 * The helper can start while the corpus is still being made (`IndexHelper.offer`, as each folded
 * piece is kept): it indexes the documents as they come, and when the corpus is done what is
 * left is shared between the two threads. Otherwise it is given the first half once the corpus is done.
 */
import {MessageChannel, receiveMessageOnPort, Worker, type MessagePort} from 'node:worker_threads';
import {letGo} from '../let-go.js';
import {letterMask, type WordIndex} from './word-index.js';
import {sliceEnd, wordIndexSteps} from './word-index-builder.js';
import {piecesOf, TextPieces} from './text-pieces.js';

/** What the helper thread is given: a counter it adds to after each message it posts on `port`. */
export type HalfJob = {signal: Int32Array; port: MessagePort};
/** To the helper: the next slice of its part's text (ASCII as bytes, moved rather than copied; else a string), or the end of it and how many documents it holds. */
export type ToHelper = {text: Uint8Array | string} | {end: true; documents: number};
/** From the helper: ready for another slice (the last one's memory given back, to be used again), or the index of its part. */
export type FromHelper = {more: true; spent?: ArrayBuffer} | {index: WordIndex};

/** Characters sent to the helper at a time, two slices ahead: it never holds a copy of its whole part. */
const helperSliceChars = 1 << 22;

/** Corpora shorter than this are indexed on one thread: a second thread's start would cost more than it saves. */
export const twoThreadChars = 8 << 20;

/** The arrays of a `WordIndex`, which move between threads rather than being copied. */
export function indexBuffers(index: WordIndex): ArrayBuffer[] {
	return [index.vocabStarts, index.masks, index.starts, index.postings, index.lengths, index.firsts].map(array => array.buffer as ArrayBuffer);
}

/**
 * The index over the documents of `first` and then those of `second`; `first` holds
 * `firstDocuments`. The postings are not copied into one array (which would hold them twice while
 * it was filled): the first part's are used as they are, the second's follow (`WordIndex.more`).
 */
export function mergeWordIndexes(first: WordIndex, second: WordIndex, firstDocuments: number): WordIndex {
	const ids = new Map<string, number>();
	for (let w = 0; w < first.words.length; w++) ids.set(first.words[w]!, w);
	const words = first.words.slice();
	// The merged id of each of the second part's words: its id in the first, else the next new one.
	const merged = new Uint32Array(second.words.length);
	for (let w = 0; w < second.words.length; w++) {
		const word = second.words[w]!;
		let id = ids.get(word);
		if (id === undefined) {
			id = words.length;
			words.push(word);
		}
		merged[w] = id;
	}
	// The first part's postings as they are (words new in the second have none there); the
	// second's moved, not copied, their documents numbered on from the first's.
	const starts = new Uint32Array(words.length + 1);
	starts.set(first.starts);
	starts.fill(first.starts[first.words.length]!, first.words.length + 1);
	const {postings: morePostings} = second;
	for (let k = 0; k < morePostings.length; k++) morePostings[k]! += firstDocuments;
	const moreIds = new Int32Array(words.length).fill(-1);
	for (let w = 0; w < second.words.length; w++) moreIds[merged[w]!] = w;
	const lengths = new Uint16Array(first.lengths.length + second.lengths.length);
	lengths.set(first.lengths);
	lengths.set(second.lengths, first.lengths.length);
	const firsts = new Uint8Array(first.firsts.length + second.firsts.length);
	firsts.set(first.firsts);
	firsts.set(second.firsts, first.firsts.length);
	const vocabText = `\n${words.join('\n')}\n`;
	const vocabStarts = new Uint32Array(words.length);
	for (let w = 0, offset = 1; w < words.length; w++) {
		vocabStarts[w] = offset;
		offset += words[w]!.length + 1;
	}
	const masks = new Uint32Array(words.length);
	masks.set(first.masks);
	for (let w = first.words.length; w < words.length; w++) masks[w] = letterMask(words[w]!);
	return {words, vocabText, vocabStarts, masks, starts, postings: first.postings, more: {ids: moreIds, starts: second.starts, postings: morePostings}, lengths, firsts};
}

/** The part of `text` from `from` to `to`, in pieces (slices of its own, which copy nothing). */
function between(text: TextPieces, from: number, to: number): TextPieces {
	const pieces: string[] = [];
	for (const [piece, whole] of text.pieces.entries()) {
		const base = text.base(piece);
		if (base + whole.length <= from || base >= to) continue;
		pieces.push(whole.slice(Math.max(0, from - base), Math.min(whole.length, to - base)));
	}
	return new TextPieces(pieces);
}

/**
 * The helper thread indexing the first documents of a corpus: given the folded text a piece of whole
 * documents at a time (`offer`, while the corpus is still being made, if the maker wishes), two
 * slices ahead, then told where its part ends (`end`). It starts once `minChars` are offered:
 * a shorter corpus is indexed on one thread. `failed` once it can no longer answer; its part is
 * then indexed on the calling thread.
 */
export class IndexHelper {
	/** Characters sent so far: always at a document's end. */
	sent = 0;
	/** Characters the helper has indexed. */
	done = 0;
	answer: WordIndex | undefined;
	failed = false;
	/** Pieces offered and not sent yet, the first from `taken`. */
	private pending: string[] = [];
	private taken = 0;
	private pendingChars = 0;
	private offered = 0;
	/** Slices the helper can take now, and the length of each sent and not yet indexed. */
	private credit = 2;
	private readonly inFlight: number[] = [];
	/** Slices' memory the helper gave back: the next slices are written into it rather than into new memory the helper would leave to its collector. */
	private readonly spent: ArrayBuffer[] = [];
	/** The documents of its part, once told where it ends; then whether the end was sent. */
	private documents: number | undefined;
	private ended = false;
	private thread: {worker: Worker; port: MessagePort; signal: Int32Array} | undefined;

	constructor(
		private readonly script: URL,
		private readonly minChars = twoThreadChars,
		private readonly sliceChars = helperSliceChars,
	) {}

	/** Whether the helper thread was started. */
	get started(): boolean {
		return this.thread !== undefined;
	}

	/** The next piece of whole documents of the folded text, to be sent when the helper can take it. */
	readonly offer = (piece: string): void => {
		if (this.documents !== undefined || this.failed) return;
		this.pending.push(piece);
		this.pendingChars += piece.length;
		this.offered += piece.length;
		if (this.thread === undefined && this.offered >= this.minChars) this.start();
		this.listen();
	};

	/** The helper's part ends at `split` of `text` (a document's end, at or past `sent`), `documents` of them: what it was not sent yet is sent. */
	end(text: TextPieces, split: number, documents: number): void {
		if (this.thread === undefined && !this.failed) this.start();
		this.pending = between(text, this.sent, split).pieces.slice();
		this.taken = 0;
		this.pendingChars = split - this.sent;
		this.documents = documents;
		this.listen();
	}

	/** Reads what the helper said (a slice more for each it is done with, or its index) and sends what it can take. */
	listen(): void {
		const port = this.thread?.port;
		if (port === undefined) return;
		for (let message = receiveMessageOnPort(port); message !== undefined; message = receiveMessageOnPort(port)) {
			const said = message.message as FromHelper;
			if ('more' in said) {
				this.credit++;
				this.done += this.inFlight.shift() ?? 0;
				if (said.spent !== undefined) this.spent.push(said.spent);
			} else this.answer = said.index;
		}
		if (this.failed) return;
		while (this.credit > 0 && (this.pendingChars >= this.sliceChars || (this.documents !== undefined && this.pendingChars > 0))) this.send(this.slice());
		if (this.documents !== undefined && this.pendingChars === 0 && !this.ended) {
			this.ended = true;
			this.post({end: true, documents: this.documents});
		}
	}

	/** Waits until the helper says something, `ms` at most. */
	wait(ms: number, seen: number): void {
		if (this.thread !== undefined) Atomics.wait(this.thread.signal, 0, seen, ms);
	}

	/** The count of messages the helper has posted, for `wait`. */
	get said(): number {
		return this.thread === undefined ? 0 : Atomics.load(this.thread.signal, 0);
	}

	/** Ends the helper thread; resolves once it has exited. */
	async stop(): Promise<void> {
		const thread = this.thread;
		this.failed ||= this.answer === undefined;
		this.pending = [];
		if (thread === undefined) return;
		thread.port.close();
		await thread.worker.terminate();
	}

	private start(): void {
		const signal = new Int32Array(new SharedArrayBuffer(4));
		const {port1, port2} = new MessageChannel();
		const job: HalfJob = {signal, port: port2};
		let worker: Worker;
		try {
			worker = new Worker(this.script, {workerData: job, transferList: [port2]});
		} catch {
			// No thread to be had: this one indexes it all.
			this.failed = true;
			port1.close();
			return;
		}
		worker.unref();
		worker.once('error', () => {
			this.failed = true;
		});
		worker.once('exit', () => {
			// Its answer, posted before it ended, may still wait on the port: read first.
			if (this.thread !== undefined) this.listen();
			if (this.answer === undefined) this.failed = true;
		});
		this.thread = {worker, port: port1, signal};
	}

	/** The next slice of what is pending: about `sliceChars`, ending at a document's end. */
	private slice(): string {
		const batch: string[] = [];
		let length = 0;
		while (length < this.sliceChars && this.pending.length > 0) {
			const whole = this.pending[0]!;
			const end = sliceEnd(whole, this.taken, this.sliceChars - length);
			batch.push(this.taken === 0 && end === whole.length ? whole : whole.slice(this.taken, end));
			length += end - this.taken;
			this.taken = end;
			if (end === whole.length) {
				this.pending.shift();
				this.taken = 0;
			}
		}
		this.pendingChars -= length;
		this.sent += length;
		this.credit--;
		this.inFlight.push(length);
		return batch.join('');
	}

	/** Sends `slice`: ASCII as bytes, moved rather than copied (into memory given back when a buffer is long enough), else the string. */
	private send(slice: string): void {
		if (Buffer.byteLength(slice, 'utf8') !== slice.length) {
			this.post({text: slice});
			return;
		}
		const reuse = (this.spent.at(-1)?.byteLength ?? 0) >= slice.length ? this.spent.pop() : undefined;
		const bytes = reuse === undefined ? new Uint8Array(slice.length) : new Uint8Array(reuse, 0, slice.length);
		Buffer.from(bytes.buffer).write(slice, 'latin1');
		this.post({text: bytes}, [bytes.buffer as ArrayBuffer]);
	}

	/** Lets go of what is left once its index is merged: its answer (held by the merged index only where needed) and the memory given back. */
	release(): void {
		this.answer = undefined;
		this.spent.length = 0;
		this.pending = [];
	}

	private post(message: ToHelper, transfer: ArrayBuffer[] = []): void {
		this.thread?.port.postMessage(message, transfer);
	}
}

/**
 * `wordIndexSteps` on two threads when `helper` (the index worker's script, or a helper already
 * given the corpus's first pieces) is given and the corpus is long (`minChars`): the first
 * documents go to the helper thread, a slice at a time, while this one indexes the rest a step at
 * a time. A helper already at work keeps what it was sent, and what is left is split so that both
 * threads finish together. Then this one does the steps of `meanwhile`, if given, and waits for
 * the helper (a few milliseconds at a time, so the caller answers between steps) and merges. If
 * the helper fails, this thread indexes its part too. What is left of `meanwhile` is the caller's.
 */
export function* twoThreadIndexSteps(
	given: string | TextPieces,
	starts: Uint32Array,
	documents: number,
	helper: URL | IndexHelper | undefined,
	{minChars = twoThreadChars, sliceChars = helperSliceChars, meanwhile}: {minChars?: number; sliceChars?: number; meanwhile?: Generator<void>} = {},
): Generator<void, WordIndex> {
	const folded = piecesOf(given);
	const fed = helper instanceof IndexHelper && helper.started ? helper : undefined;
	if (helper === undefined || (fed === undefined && (folded.length < minChars || documents < 2))) {
		if (helper instanceof IndexHelper) void helper.stop();
		return yield* wordIndexSteps(folded, documents);
	}
	const thread = fed ?? (helper instanceof IndexHelper ? helper : new IndexHelper(helper, minChars, sliceChars));
	thread.listen();
	// Where the helper's part ends: past what it was sent, where what is left for each thread is even.
	const even = Math.max(thread.sent, (folded.length + thread.done) / 2);
	let middle = 0;
	while (middle < documents && starts[middle]! < even) middle++;
	const split = starts[middle]!;
	thread.end(folded, split, middle);
	const own = wordIndexSteps(between(folded, split, folded.length), documents - middle);
	let step = own.next();
	for (; step.done !== true; step = own.next()) {
		thread.listen();
		yield;
	}
	const second = step.value;
	// Other work for this thread while the helper finishes, if there is some (the case index), a step at a time.
	let busy = meanwhile !== undefined;
	for (let seen = thread.said; thread.answer === undefined && !thread.failed; seen = thread.said) {
		if (busy) busy = meanwhile!.next().done !== true;
		// Else sleeps until the helper says something, a few milliseconds at most, so whoever calls the steps can answer between them.
		else thread.wait(5, seen);
		thread.listen();
		if (thread.answer === undefined) yield;
	}
	// The helper's memory goes before the parts are merged (which holds them and the whole at once).
	let exited = false;
	void thread.stop().finally(() => {
		exited = true;
	});
	while (!exited) yield;
	// The helper failed: its part, most of the corpus when it was begun early, is indexed here, a step at a time.
	const first = thread.answer ?? (yield* wordIndexSteps(between(folded, 0, split), middle));
	const merged = mergeWordIndexes(first, second, middle);
	thread.release();
	// The parts' arrays copied into the merged index (not the postings and the second part's starts, which it keeps): their memory goes now.
	for (const array of [first.vocabStarts, first.masks, first.starts, first.lengths, first.firsts, second.vocabStarts, second.masks, second.lengths, second.firsts]) void letGo(array);
	return merged;
}
