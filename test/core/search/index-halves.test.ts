/**
 * The word index built on two threads: the halves merged are the index one thread builds, with
 * the built helper (dist/index-worker.js; `npm run build` first), and without it when it fails.
 */
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {fold} from '../../../source/core/search/fold.js';
import {buildCorpus} from '../../../source/core/search/corpus.js';
import {foldedCorpus} from '../../../source/core/search/case-map.js';
import {IndexHelper, mergeWordIndexes, twoThreadIndexSteps} from '../../../source/core/search/index-halves.js';
import {buildWordIndex} from '../../../source/core/search/word-index-builder.js';
import {documentFrequency, postingRuns, type WordIndex} from '../../../source/core/search/word-index.js';
import {generateTimeline} from '../../../scripts/generate.mjs';
import {parseTimeline} from '../../../source/core/load/load-timeline.js';

const helper = new URL('../../../dist/index-worker.js', import.meta.url);
const dir = mkdtempSync(path.join(tmpdir(), 'sc-index-halves-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** The index as plain arrays, for comparing: each word's postings as one list, however many runs hold them. */
const plain = ({starts, postings, more, ...index}: WordIndex) => ({
	...Object.fromEntries(Object.entries(index).map(([key, value]) => [key, ArrayBuffer.isView(value) ? [...(value as Uint32Array)] : value])),
	postings: index.words.map((_, w) => {
		const docs: number[] = [];
		postingRuns({starts, postings, more, ...index}, w, (run, from, to) => docs.push(...run.subarray(from, to)));
		// What a term's matcher counts before reading them.
		expect(documentFrequency({starts, postings, more, ...index}, w)).toBe(docs.length);
		return docs;
	}),
});

/** Where each document starts in `folded` (documents end at `\0`), and how many there are. */
function starts(folded: string): Uint32Array {
	const at = [0];
	for (let i = folded.indexOf('\0'); i !== -1; i = folded.indexOf('\0', i + 1)) at.push(i + 1);
	return Uint32Array.from(at);
}

/** `twoThreadIndexSteps` run to the end, a step per turn of the event loop, as the search worker runs it. */
async function run(folded: string, helperUrl: URL | undefined, minChars = 0): Promise<WordIndex> {
	const documents = starts(folded).length - 1;
	// Slices of some thousands of characters: the helper is sent many, two ahead.
	const steps = twoThreadIndexSteps(folded, starts(folded), documents, helperUrl, {minChars, sliceChars: 5000});
	for (;;) {
		const step = steps.next();
		if (step.done === true) return step.value;
		await new Promise(resolve => setImmediate(resolve));
	}
}

const generated = foldedCorpus(buildCorpus(parseTimeline(JSON.stringify(generateTimeline({events: 400, seed: 5})), 'generated.json').timeline)).folded.slice(0);

describe('the word index of two halves', () => {
	it('merges into the index of the whole, wherever the documents are split', () => {
		const piece = fc.constantFrom('boston', 'police', 'the', 'a', 'x1', '2010', 'Résumé', 'İstanbul', 'Ямы', '東京都', '😀', ' ', ', ', '\n', '-');
		const documentText = fc.array(piece, {maxLength: 10}).map(pieces => fold(pieces.join('')));
		fc.assert(
			fc.property(fc.array(documentText, {maxLength: 20}), fc.nat(), (documents, cut) => {
				const split = cut % (documents.length + 1);
				const text = (from: number, to: number) =>
					documents
						.slice(from, to)
						.map(document => `${document}\0`)
						.join('');
				const merged = mergeWordIndexes(buildWordIndex(text(0, split), split), buildWordIndex(text(split, documents.length), documents.length - split), split);
				expect(plain(merged)).toEqual(plain(buildWordIndex(text(0, documents.length), documents.length)));
			}),
		);
	});

	it('is built on a helper thread exactly as on one thread, for a generated corpus and one with text outside ASCII', async () => {
		const whole = plain(buildWordIndex(generated, starts(generated).length - 1));
		// The helper, noting when it posts its index: the index below is the two halves', not this thread's alone.
		const noting = path.join(dir, 'noting.mjs');
		const note = path.join(dir, 'posted');
		writeFileSync(
			noting,
			`import {MessagePort} from 'node:worker_threads';
import {writeFileSync} from 'node:fs';
const post = MessagePort.prototype.postMessage;
MessagePort.prototype.postMessage = function (message, transfer) {
	if (message !== null && typeof message === 'object' && 'index' in message) writeFileSync(${JSON.stringify(note)}, '');
	return post.call(this, message, transfer);
};
await import(${JSON.stringify(helper.href)});
`,
		);
		expect(plain(await run(generated, pathToFileURL(noting)))).toEqual(whole);
		expect(existsSync(note)).toBe(true);
		// A helper answering, once told how many documents its part holds, with one word of its own in
		// its first document: its answer is what the first documents' index is made of.
		const fake = path.join(dir, 'fake.mjs');
		writeFileSync(
			fake,
			`import {workerData} from 'node:worker_threads';
const {signal, port} = workerData;
port.on('message', message => {
	if (!('end' in message)) return port.postMessage({more: true});
	const {documents} = message;
	port.postMessage({index: {words: ['zzfake'], vocabText: '\\nzzfake\\n', vocabStarts: Uint32Array.of(1), masks: Uint32Array.of(0), starts: Uint32Array.of(0, 1), postings: Uint32Array.of(0), lengths: new Uint16Array(documents), firsts: new Uint8Array(36 * documents)}});
	Atomics.add(signal, 0, 1);
	Atomics.notify(signal, 0);
});
`,
		);
		const faked = await run(generated, pathToFileURL(fake));
		expect(faked.words[0]).toBe('zzfake');
		expect(plain(faked).postings[0]).toEqual([0]);
		// Its part is the first half of the documents: up to the first document starting past the middle of the text.
		const middle = [...starts(generated)].findIndex(start => start >= generated.length / 2);
		const oneThread = buildWordIndex(generated, starts(generated).length - 1);
		expect(faked.lengths.subarray(0, middle).every(length => length === 0)).toBe(true);
		expect([...faked.lengths.subarray(middle)]).toEqual([...oneThread.lengths.subarray(middle)]);
		const accented = `${generated.slice(0, generated.length / 2)}état naïve 東京都\0${generated.slice(generated.length / 2)}`;
		expect(plain(await run(accented, helper))).toEqual(plain(buildWordIndex(accented, starts(accented).length - 1)));
	});

	it('does other work given for this thread while the helper is still at its half', async () => {
		// A helper that answers only after a while, with an index of nothing.
		const slow = path.join(dir, 'slow.mjs');
		writeFileSync(
			slow,
			`import {workerData} from 'node:worker_threads';
const {signal, port} = workerData;
port.on('message', message => {
	if (!('end' in message)) return port.postMessage({more: true});
	const {documents} = message;
	setTimeout(() => {
		port.postMessage({index: {words: [], vocabText: '\\n\\n', vocabStarts: new Uint32Array(0), masks: new Uint32Array(0), starts: Uint32Array.of(0), postings: new Uint32Array(0), lengths: new Uint16Array(documents), firsts: new Uint8Array(36 * documents)}});
		Atomics.add(signal, 0, 1);
		Atomics.notify(signal, 0);
	}, 300);
});
`,
		);
		let done = 0;
		const meanwhile = (function* () {
			for (; done < 5; done++) yield;
		})();
		const steps = twoThreadIndexSteps(generated, starts(generated), starts(generated).length - 1, pathToFileURL(slow), {minChars: 0, meanwhile});
		for (let step = steps.next(); step.done !== true; step = steps.next()) await new Promise(resolve => setImmediate(resolve));
		expect(done).toBe(5);
	});

	it('is begun on the helper while the corpus is still being made, and is still the index of the whole', async () => {
		const whole = plain(buildWordIndex(generated, starts(generated).length - 1));
		// The corpus as it is made: pieces of whole documents, some thousands of characters each.
		const pieces: string[] = [];
		for (let from = 0; from < generated.length; ) {
			const end = generated.indexOf('\0', from + 3000) + 1 || generated.length;
			pieces.push(generated.slice(from, end));
			from = end;
		}
		/** The index when `offered` of the pieces were given to a helper as they were made. */
		const fedIndex = async (script: URL, offered: number, minChars = 0, {sliceChars = 5000, turns = true} = {}) => {
			const early = new IndexHelper(script, minChars, sliceChars);
			for (const piece of pieces.slice(0, offered)) {
				early.offer(piece);
				// The helper reads while the corpus is being made: a turn now and then.
				if (turns) await new Promise(resolve => setTimeout(resolve, 1));
			}
			const sentEarly = early.sent;
			const steps = twoThreadIndexSteps(generated, starts(generated), starts(generated).length - 1, early, {minChars});
			for (let step = steps.next(); ; step = steps.next()) {
				if (step.done === true) return {index: plain(step.value), sentEarly, started: early.started};
				await new Promise(resolve => setImmediate(resolve));
			}
		};
		const all = await fedIndex(helper, pieces.length);
		expect(all.sentEarly).toBeGreaterThan(0);
		expect(all.index).toEqual(whole);
		// Part of the corpus offered, then the rest shared out.
		const some = await fedIndex(helper, Math.floor(pieces.length / 3));
		expect(some.sentEarly).toBeGreaterThan(0);
		expect(some.index).toEqual(whole);
		// Offered all at once, in slices of a third: two slices are sent while the helper is still starting, so it
		// has read less than it was sent when the corpus ends; the split stays past what was sent.
		const unread = await fedIndex(helper, pieces.length, 0, {sliceChars: Math.ceil(generated.length / 3), turns: false});
		expect(unread.sentEarly).toBeGreaterThanOrEqual((2 * generated.length) / 3);
		expect(unread.index).toEqual(whole);
		// A helper that fails after it was sent pieces: this thread indexes its part.
		const failing = path.join(dir, 'failing-late.mjs');
		writeFileSync(failing, "import {workerData} from 'node:worker_threads';\nworkerData.port.on('message', () => process.exit(3));\n");
		expect((await fedIndex(pathToFileURL(failing), pieces.length)).index).toEqual(whole);
		// A helper that cannot be started at all (a script no thread can load): the corpus is still folded, and this thread indexes it.
		const unstartable = await fedIndex(new URL('https://example.com/index-worker.js'), pieces.length);
		expect(unstartable.sentEarly).toBe(0);
		expect(unstartable.index).toEqual(whole);
		// A corpus of one document, begun on the helper: the helper's part is all of it.
		const one = `${generated.slice(0, generated.indexOf('\0'))}\0`;
		const early = new IndexHelper(helper, 0, 5000);
		early.offer(one);
		const oneSteps = twoThreadIndexSteps(one, Uint32Array.of(0, one.length), 1, early, {minChars: 0});
		let oneIndex: WordIndex | undefined;
		for (let step = oneSteps.next(); oneIndex === undefined; step = oneSteps.next()) {
			if (step.done === true) oneIndex = step.value;
			else await new Promise(resolve => setImmediate(resolve));
		}
		expect(plain(oneIndex)).toEqual(plain(buildWordIndex(one, 1)));
		// Fewer characters offered than start a helper: one thread, the same index.
		const short = await fedIndex(helper, pieces.length, generated.length + 1);
		expect(short.started).toBe(false);
		expect(short.index).toEqual(whole);
	});

	it.runIf(existsSync('/proc/thread-self'))('gives way to the threads the reader waits on: the helper runs at the lowest priority, the calling thread as it was', async () => {
		/** This process's threads running at the lowest priority (field 19 of /proc/self/task/N/stat: the nice value). */
		const lowest = () =>
			readdirSync('/proc/self/task').filter(task => {
				const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
				return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16] === '19';
			});
		const niceHere = () => readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ')[16];
		const before = new Set(lowest());
		const here = niceHere();
		const early = new IndexHelper(helper, 0, 5000);
		early.offer(generated.slice(0, generated.indexOf('\0', 6000) + 1));
		// Until the helper has read its first slice, it has started and set its priority.
		for (let waited = 0; early.done === 0 && waited < 200; waited++) {
			await new Promise(resolve => setTimeout(resolve, 25));
			early.listen();
		}
		expect(early.done).toBeGreaterThan(0);
		// One new thread runs at the lowest priority: the helper.
		expect(lowest().filter(task => !before.has(task))).toHaveLength(1);
		expect(niceHere()).toBe(here);
		await early.stop();
	});

	it('is built on this thread alone when the helper fails, or the corpus is short', async () => {
		const whole = plain(buildWordIndex(generated, starts(generated).length - 1));
		const failing = path.join(dir, 'failing.mjs');
		writeFileSync(failing, "throw new Error('no index here');\n");
		expect(plain(await run(generated, pathToFileURL(failing)))).toEqual(whole);
		expect(plain(await run(generated, pathToFileURL(path.join(dir, 'missing.mjs'))))).toEqual(whole);
		expect(plain(await run(generated, helper, generated.length + 1))).toEqual(whole);
	});
});
