/**
 * The word index of a large corpus built on two threads: this one indexes the first half of the
 * documents while a helper thread (index-worker.ts, dist/index-worker.js) indexes the second, and
 * the halves are merged into the index one thread would have built. Word ids go by first
 * appearance, and every document of the first half comes before the second's, so the merged ids,
 * postings, lengths and `firsts` are exactly the one-thread index's.
 */
import {MessageChannel, receiveMessageOnPort, Worker, type MessagePort} from 'node:worker_threads';
import {letGo} from '../let-go.js';
import {letterMask, type WordIndex} from './word-index.js';
import {buildWordIndex, sliceEnd, wordIndexSteps} from './word-index-builder.js';
import {piecesOf, TextPieces} from './text-pieces.js';

/** What the helper thread is given: how many documents its half holds, a counter it adds to after each message it posts on `port`. */
export type HalfJob = {documents: number; signal: Int32Array; port: MessagePort};
/** To the helper: the next slice of its half's text (ASCII as bytes, moved rather than copied; else a string), or the end of it. */
export type ToHelper = {text: Uint8Array | string} | {end: true};
/** From the helper: ready for another slice, or the index of its half. */
export type FromHelper = {more: true} | {index: WordIndex};

/** Characters of the second half sent at a time, two slices ahead: the helper never holds a copy of its whole half. */
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
 * it was filled): the first half's are used as they are, the second half's follow (`WordIndex.more`).
 */
export function mergeWordIndexes(first: WordIndex, second: WordIndex, firstDocuments: number): WordIndex {
	const ids = new Map<string, number>();
	for (let w = 0; w < first.words.length; w++) ids.set(first.words[w]!, w);
	const words = first.words.slice();
	// The merged id of each of the second half's words: its id in the first half, else the next new one.
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
	// The first half's postings as they are (words new in the second half have none there); the
	// second half's moved, not copied, their documents numbered on from the first half's.
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

/** `text` in slices of about `sliceChars` characters, each ending at a document's end: ASCII as bytes, else as strings. */
function* textSlices(text: TextPieces, sliceChars: number): Generator<Uint8Array | string> {
	// Each piece written into the slice's bytes where it goes: joined into one string first, every slice would be made twice.
	const asSent = (pieces: string[], length: number): Uint8Array | string => {
		if (pieces.some(piece => Buffer.byteLength(piece, 'utf8') !== piece.length)) return pieces.join('');
		const bytes = Buffer.from(new ArrayBuffer(length));
		for (let piece = 0, at = 0; piece < pieces.length; at += pieces[piece++]!.length) bytes.write(pieces[piece]!, at, 'latin1');
		return new Uint8Array(bytes.buffer);
	};
	// Pieces shorter than a slice are sent together; a longer one is cut at documents' ends.
	let batch: string[] = [];
	let batchLength = 0;
	for (const whole of text.pieces) {
		for (let from = 0; from < whole.length; ) {
			const end = sliceEnd(whole, from, sliceChars - batchLength);
			batch.push(from === 0 && end === whole.length ? whole : whole.slice(from, end));
			batchLength += end - from;
			from = end;
			if (batchLength >= sliceChars) {
				yield asSent(batch, batchLength);
				batch = [];
				batchLength = 0;
			}
		}
	}
	if (batchLength > 0) yield asSent(batch, batchLength);
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
 * `wordIndexSteps` on two threads when `helper` (the index worker's script) is given and the corpus
 * is long (`minChars`): the second half of the documents goes to a helper thread, a slice at a time,
 * while this one indexes the first a step at a time; then this one does the steps of `meanwhile`, if
 * given, and waits for it (a few milliseconds at a time, so the caller answers between steps) and
 * merges. If the helper fails, this thread indexes that half too. What is left of `meanwhile` is the caller's.
 */
export function* twoThreadIndexSteps(
	given: string | TextPieces,
	starts: Uint32Array,
	documents: number,
	helper: URL | undefined,
	{minChars = twoThreadChars, sliceChars = helperSliceChars, meanwhile}: {minChars?: number; sliceChars?: number; meanwhile?: Generator<void>} = {},
): Generator<void, WordIndex> {
	const folded = piecesOf(given);
	if (helper === undefined || folded.length < minChars || documents < 2) return yield* wordIndexSteps(folded, documents);
	// The first document starting at or past the middle of the text.
	let middle = 0;
	while (middle < documents && starts[middle]! < folded.length / 2) middle++;
	const split = starts[middle]!;
	const second = between(folded, split, folded.length);
	const signal = new Int32Array(new SharedArrayBuffer(4));
	const {port1, port2} = new MessageChannel();
	const job: HalfJob = {documents: documents - middle, signal, port: port2};
	const worker = new Worker(helper, {workerData: job, transferList: [port2]});
	worker.unref();
	let failed = false;
	let answer: WordIndex | undefined;
	worker.once('error', () => {
		failed = true;
	});
	worker.once('exit', () => {
		// Its answer, posted before it ended, may still wait on the port: read first.
		listen();
		// Ended without an answer: this thread does the second half.
		if (answer === undefined) failed = true;
	});
	const slices = textSlices(second, sliceChars);
	let ended = false;
	const send = () => {
		if (ended) return;
		const next = slices.next();
		ended = next.done === true;
		const message: ToHelper = next.done === true ? {end: true} : {text: next.value};
		port1.postMessage(message, next.done !== true && typeof next.value !== 'string' ? [next.value.buffer as ArrayBuffer] : []);
	};
	/** Reads what the helper said: a slice more for each it is done with, or its index. */
	const listen = () => {
		for (let message = receiveMessageOnPort(port1); message !== undefined; message = receiveMessageOnPort(port1)) {
			const said = message.message as FromHelper;
			if ('more' in said) send();
			else answer = said.index;
		}
	};
	send();
	send();
	const own = wordIndexSteps(between(folded, 0, split), middle);
	let step = own.next();
	for (; step.done !== true; step = own.next()) {
		listen();
		yield;
	}
	const first = step.value;
	// Other work for this thread while the helper finishes, if there is some (the case index), a step at a time.
	let busy = meanwhile !== undefined;
	for (let seen = Atomics.load(signal, 0); answer === undefined && !failed; seen = Atomics.load(signal, 0)) {
		if (busy) busy = meanwhile!.next().done !== true;
		// Else sleeps until the helper says something, a few milliseconds at most, so whoever calls the steps can answer between them.
		else Atomics.wait(signal, 0, seen, 5);
		listen();
		if (answer === undefined) yield;
	}
	port1.close();
	// The helper's memory goes before the halves are merged (which holds them and the whole at once).
	let exited = false;
	void worker.terminate().finally(() => {
		exited = true;
	});
	while (!exited) yield;
	const other = answer ?? buildWordIndex(second, documents - middle);
	const merged = mergeWordIndexes(first, other, middle);
	// The halves' arrays copied into the merged index (not the postings and the second half's starts, which it keeps): their memory goes now.
	for (const array of [first.vocabStarts, first.masks, first.starts, first.lengths, first.firsts, other.vocabStarts, other.masks, other.lengths, other.firsts]) void letGo(array);
	return merged;
}
