import {afterEach, describe, expect, it, vi} from 'vitest';
import {existsSync, mkdtempSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {SearchClient} from '../../../source/core/search/client.js';
import {buildCorpus} from '../../../source/core/search/corpus.js';
import {parseTimeline} from '../../../source/core/load/load-timeline.js';
import {SearchEngine} from '../../../source/core/search/engine.js';
import {materialize} from '../../../source/core/search/results.js';
import {filterFacts} from '../../../source/core/search/qualifiers.js';
import type {Timeline} from '../../../source/core/model/schema.js';
import {timeline} from './fixture.js';
import {generateTimeline} from '../../../scripts/generate.mjs';

const workerUrl = new URL('../../../dist/search-worker.js', import.meta.url);
const clients: SearchClient[] = [];
afterEach(async () => {
	await Promise.all(clients.splice(0).map(client => client.close()));
});

for (const mode of ['on this thread', 'in a worker thread'] as const) {
	describe(`SearchClient ${mode}`, () => {
		const start = () => {
			if (mode === 'in a worker thread' && !existsSync(fileURLToPath(workerUrl))) throw new Error('build first: dist/search-worker.js is missing');
			const client = new SearchClient(buildCorpus(timeline), {workerUrl: mode === 'in a worker thread' ? workerUrl : false});
			clients.push(client);
			return client;
		};

		it('answers a query with its total and first results', async () => {
			const client = start();
			expect(client.threaded).toBe(mode === 'in a worker thread');
			await client.ready;
			const page = await client.search('zeppelin', 10);
			expect(page).toMatchObject({query: 'zeppelin', total: 1, from: 0});
			expect(page?.results[0]).toMatchObject({kind: 'passage', sourceId: 'long-article', paragraph: 61});
		});

		it('drops a query typed past: only the newest one answers', async () => {
			const client = start();
			await client.ready;
			const typed = ['p', 'po', 'pol', 'poli', 'police'].map(query => client.search(query, 5));
			const pages = await Promise.all(typed);
			expect(pages.slice(0, -1)).toEqual([undefined, undefined, undefined, undefined]);
			expect(pages.at(-1)?.query).toBe('police');
		});

		it('pages through the results of the newest query', async () => {
			const client = start();
			const first = await client.search('the', 2);
			expect(first?.results).toHaveLength(2);
			const next = await client.more(2, 4);
			expect(next).toMatchObject({query: 'the', from: 2, total: first?.total});
			expect(next?.results).toHaveLength(2);
			expect(next?.results).not.toEqual(first?.results);
		});
	});
}

/** A file's bytes in shared memory, as the explorer reads a large file. */
function sharedBytes(text: string): Uint8Array {
	const bytes = Buffer.from(text);
	const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
	shared.set(bytes);
	return shared;
}

describe('SearchClient given the bytes of the file a timeline is loading from', () => {
	const text = JSON.stringify(timeline);
	const loaded = parseTimeline(text, 'fixture.json').timeline;
	/** What a search of the loaded timeline's own corpus gives. */
	const own = (query: string) => {
		const engine = new SearchEngine(buildCorpus(loaded), {facts: filterFacts(loaded)});
		return materialize(engine, engine.search(query)!, 0, 100);
	};

	it('answers searches asked before the timeline is attached, once it is, as the timeline’s own corpus would', async () => {
		for (const url of [workerUrl, false] as const) {
			const client = new SearchClient({bytes: sharedBytes(text)}, {workerUrl: url});
			clients.push(client);
			const asked = client.search('quartermaster');
			client.attach(loaded);
			expect((await asked)?.results[0]).toMatchObject({sourceId: 'long-article', paragraph: 61});
			await client.indexed;
			for (const query of ['heffernan', 'actor:heffernan', 'progrm']) expect((await client.search(query))?.results, query).toEqual(own(query));
		}
	});

	it('moves bytes that are all of their memory to its worker, which lets them go, and answers as the timeline’s own corpus would when attached at once', async () => {
		// Memory of their own (a small Buffer may be a slice of Node's pool, which is copied instead).
		const bytes = new Uint8Array(Buffer.byteLength(text));
		Buffer.from(bytes.buffer).write(text);
		const client = new SearchClient({bytes}, {workerUrl});
		clients.push(client);
		expect(bytes.length).toBe(0);
		// Attached before the worker has made its engine (it waits for the bytes to be freed first).
		const asked = client.search('quartermaster');
		client.attach(loaded);
		expect((await asked)?.results[0]).toMatchObject({sourceId: 'long-article', paragraph: 61});
		await client.indexed;
		for (const query of ['heffernan', 'actor:heffernan', 'progrm']) expect((await client.search(query))?.results, query).toEqual(own(query));
	});

	it('reads the articles again from the file the bytes came from, once it has let them go, or the whole file when given no bytes; and if the file has changed since, answers from the attached timeline', async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'sc-timeline-client-'));
		const posted = vi.spyOn(Worker.prototype, 'postMessage');
		try {
			for (const [changed, given] of [
				[false, true],
				[true, true],
				[false, false],
				[true, false],
			] as const) {
				posted.mockClear();
				const file = path.join(folder, `${changed}-${given}.json`);
				writeFileSync(file, text);
				const {size, mtimeMs} = statSync(file);
				if (changed) writeFileSync(file, text.replaceAll('quartermaster', 'somebody-else'));
				const client = new SearchClient({bytes: given ? Buffer.from(text) : undefined, file: {path: file, size, mtimeMs}}, {workerUrl});
				clients.push(client);
				client.attach(loaded);
				await client.indexed;
				for (const query of ['quartermaster', 'heffernan', 'actor:heffernan', 'progrm'])
					expect((await client.search(query))?.results, `${query}, changed: ${changed}, bytes given: ${given}`).toEqual(own(query));
				// The worker's own corpus, or (the file changed) the timeline's, sent once.
				const frames = posted.mock.calls.filter(([message]) => (message as {type?: string}).type === 'corpusFrame');
				expect(frames).toHaveLength(changed ? 1 : 0);
			}
		} finally {
			posted.mockRestore();
		}
	});

	it('answers the same from a worker thread started before the bytes were read, with the newest query winning', async () => {
		SearchClient.prepare({workerUrl});
		const client = new SearchClient({bytes: sharedBytes(text)}, {workerUrl});
		clients.push(client);
		// Typed past at once: only the newest query is answered, which needs the counter the prepared thread shares.
		const older = client.search('heff');
		const newer = client.search('quartermaster');
		client.attach(loaded);
		expect(await older).toBeUndefined();
		expect((await newer)?.results[0]).toMatchObject({sourceId: 'long-article', paragraph: 61});
		await client.indexed;
		expect((await client.search('heffernan'))?.results).toEqual(own('heffernan'));
	});

	it('answers for the attached timeline when the bytes are not one it can read, or hold other events', async () => {
		const other: Timeline = {...timeline, events: timeline.events.map(event => ({...event, id: `other-${event.id}`, headline: `Heffernan ${event.headline}`}))};
		for (const bytes of ['{"events": [', JSON.stringify({timeline: {events: []}}), JSON.stringify(other)]) {
			const client = new SearchClient({bytes: sharedBytes(bytes)}, {workerUrl});
			clients.push(client);
			client.attach(loaded);
			await client.indexed;
			for (const query of ['heffernan', 'actor:heffernan']) expect((await client.search(query))?.results, bytes.slice(0, 20)).toEqual(own(query));
		}
	});
});

describe('SearchClient whose worker cannot use the bytes it was given', () => {
	const loaded = parseTimeline(JSON.stringify(timeline), 'fixture.json').timeline;
	const own = (query: string) => {
		const engine = new SearchEngine(buildCorpus(loaded), {facts: filterFacts(loaded)});
		return materialize(engine, engine.search(query)!, 0, 100);
	};

	// Attached at once, before the worker has said it cannot use the bytes: the worker refuses the bytes
	// and then the attached timeline's check, and the explorer asks its query again when `indexed` resolves.
	it('sends the attached timeline’s corpus once, and is indexed when the engine that answers is', async () => {
		const posted = vi.spyOn(Worker.prototype, 'postMessage');
		try {
			for (const bytes of ['{"events": [', JSON.stringify({timeline: {events: []}})]) {
				posted.mockClear();
				const client = new SearchClient({bytes: sharedBytes(bytes)}, {workerUrl});
				clients.push(client);
				client.attach(loaded);
				await client.indexed;
				// A misspelt word is found only through the word index: answered so once `indexed` has resolved.
				for (const query of ['progrm', 'heffernan']) expect((await client.search(query))?.results, query).toEqual(own(query));
				const frames = posted.mock.calls.filter(([message]) => (message as {type?: string}).type === 'corpusFrame');
				expect(frames, bytes).toHaveLength(1);
			}
		} finally {
			posted.mockRestore();
		}
	});
});

describe('SearchClient given a timeline', () => {
	it('applies qualifiers to every event of a long timeline, whose facts go to the worker in slices', async () => {
		const long = parseTimeline(JSON.stringify(generateTimeline({events: 2500, seed: 4})), 'long.json').timeline;
		const client = new SearchClient({timeline: long}, {workerUrl});
		clients.push(client);
		await client.ready;
		const engine = new SearchEngine(buildCorpus(long), {facts: filterFacts(long)});
		// Qualifiers of events past the first slice of facts: the last event's actor and tag, an actor of one in the middle.
		const last = long.events.at(-1)!;
		const middle = long.events[1800]!;
		for (const query of [`actor:"${last.actors[0]}" tag:${last.tags[0]}`, `actor:"${middle.actors[0]}"`, `source:${middle.citations[0]!.source} ${middle.headline.split(' ')[1]}`]) {
			const answered = await client.search(query, 100);
			const own = materialize(engine, engine.search(query)!, 0, 100);
			expect(own.length, query).toBeGreaterThan(0);
			expect(answered?.results, query).toEqual(own);
		}
	});

	it('sends its corpus in parts; a search asked for meanwhile waits its turn and is answered', async () => {
		for (const url of [workerUrl, false] as const) {
			const client = new SearchClient({timeline}, {workerUrl: url});
			clients.push(client);
			const page = await client.search('quartermaster');
			expect(page?.results[0]).toMatchObject({sourceId: 'long-article', paragraph: 61});
			await client.ready;
		}
	});
});
