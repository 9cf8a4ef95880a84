/**
 * The word index built on two threads: the halves merged are the index one thread builds, with
 * the built helper (dist/index-worker.js; `npm run build` first), and without it when it fails.
 */
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {fold} from '../../../source/core/search/fold.js';
import {buildCorpus} from '../../../source/core/search/corpus.js';
import {foldedCorpus} from '../../../source/core/search/case-map.js';
import {mergeWordIndexes, twoThreadIndexSteps} from '../../../source/core/search/index-halves.js';
import {buildWordIndex} from '../../../source/core/search/word-index-builder.js';
import {TextPieces} from '../../../source/core/search/text-pieces.js';
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
async function run(folded: string | TextPieces, helperUrl: URL | undefined, minChars = 0): Promise<WordIndex> {
	const text = folded instanceof TextPieces ? folded.slice(0) : folded;
	const documents = starts(text).length - 1;
	// Slices of some thousands of characters: the helper is sent many, two ahead.
	const steps = twoThreadIndexSteps(folded, starts(text), documents, helperUrl, {minChars, sliceChars: 5000});
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
		// A helper answering with one word of its own: its answer is what the second half's index is made of.
		const fake = path.join(dir, 'fake.mjs');
		writeFileSync(
			fake,
			`import {workerData} from 'node:worker_threads';
const {documents, signal, port} = workerData;
port.postMessage({index: {words: ['zzfake'], vocabText: '\\nzzfake\\n', vocabStarts: Uint32Array.of(1), masks: Uint32Array.of(0), starts: Uint32Array.of(0, 1), postings: Uint32Array.of(0), lengths: new Uint16Array(documents), firsts: new Uint8Array(36 * documents)}});
Atomics.add(signal, 0, 1);
Atomics.notify(signal, 0);
`,
		);
		const faked = await run(generated, pathToFileURL(fake));
		const id = faked.words.indexOf('zzfake');
		expect(id).toBeGreaterThan(0);
		// Its one document is the second half's first: the first document starting past the middle of the text.
		const middle = [...starts(generated)].findIndex(start => start >= generated.length / 2);
		expect(plain(faked).postings[id]).toEqual([middle]);
		// Text outside ASCII in both halves, the second's sent to the helper as text, not bytes.
		const at = [generated.indexOf('\0', generated.length / 4) + 1, generated.indexOf('\0', (generated.length * 3) / 4) + 1];
		const accented = `${generated.slice(0, at[0])}état naïve 東京都\0${generated.slice(at[0], at[1])}ямы straße 😀\0${generated.slice(at[1])}`;
		expect(plain(await run(accented, helper))).toEqual(plain(buildWordIndex(accented, starts(accented).length - 1)));
		// The text in pieces of one to five documents, as the corpus holds it: a slice sent is several pieces.
		const documents = accented.split(/(?<=\0)/);
		const pieces: string[] = [];
		for (let d = 0; d < documents.length; d += 1 + (d % 5)) pieces.push(documents.slice(d, d + 1 + (d % 5)).join(''));
		expect(plain(await run(new TextPieces(pieces), helper))).toEqual(plain(buildWordIndex(accented, starts(accented).length - 1)));
	});

	it('does other work given for this thread while the helper is still at its half', async () => {
		// A helper that answers only after a while, with an index of nothing.
		const slow = path.join(dir, 'slow.mjs');
		writeFileSync(
			slow,
			`import {workerData} from 'node:worker_threads';
const {documents, signal, port} = workerData;
setTimeout(() => {
	port.postMessage({index: {words: [], vocabText: '\\n\\n', vocabStarts: new Uint32Array(0), masks: new Uint32Array(0), starts: Uint32Array.of(0), postings: new Uint32Array(0), lengths: new Uint16Array(documents), firsts: new Uint8Array(36 * documents)}});
	Atomics.add(signal, 0, 1);
	Atomics.notify(signal, 0);
}, 300);
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

	it('is built on this thread alone when the helper fails, or the corpus is short', async () => {
		const whole = plain(buildWordIndex(generated, starts(generated).length - 1));
		const failing = path.join(dir, 'failing.mjs');
		writeFileSync(failing, "throw new Error('no index here');\n");
		expect(plain(await run(generated, pathToFileURL(failing)))).toEqual(whole);
		expect(plain(await run(generated, pathToFileURL(path.join(dir, 'missing.mjs'))))).toEqual(whole);
		expect(plain(await run(generated, helper, generated.length + 1))).toEqual(whole);
	});
});
